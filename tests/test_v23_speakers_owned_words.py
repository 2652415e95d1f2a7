"""Version 23: a sentence opening on a person's words, by a possessive ("Prell’s catch
phrase was that Villet “…”", "Prell’s fundraising email notes that …", "From Prell's
Facebook post: “…”"), gives the quote to that person; names inside the clause the words
report are what they say, not who says it. Before, the quote went to the name in that
clause, or on with an earlier speaker. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

EARLIER = "“The ferry must run all winter,” said Tom Reed, who skippers the night boat."
INTRO = "Dana Prell ran against Omar Villet for the harbour council in 2019."


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


def test_a_catch_phrase_that_a_named_rival_would_do_something() -> None:
    text = "Prell’s catch phrase in that race was that Villet “would sell the harbour to the highest bidder.”"
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_an_email_that_notes_something_of_another_person() -> None:
    """Right before too (the email, a text of Prell's, carried her on); kept as a guard."""
    text = (
        "Prell’s fundraising email to her supporters notes that Villet, who now sits on the council, "
        "“is a fierce defender of the fishing fleet.”"
    )
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_a_post_introduced_by_from() -> None:
    text = "From Prell's Facebook post: “We must heal the divisions in this town before the next vote.”"
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_a_dictum_introducing_the_quote_after_a_comma() -> None:
    text = "Prell’s dictum to her campaign staff was, “It is not a good week if nobody complains.”"
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_another_person_with_a_verb_of_their_own_speaks() -> None:
    text = "Prell’s remarks angered Villet, who called them “a disgrace to the whole harbour.”"
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Omar Villet"]


def test_words_inside_another_persons_sentence_stay_theirs() -> None:
    text = "In Prell's letter, Villet wrote: “We must heal the divisions in this town before the vote.”"
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Omar Villet"]


def test_a_campaign_sending_a_release_that_names_a_rival() -> None:
    text = (
        "After the debate ended, Prell’s campaign sent out a press release saying Villet owes "
        "“the harbour an explanation for voting against the levy.”"
    )
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_a_second_quote_of_a_campaign_after_a_short_one() -> None:
    text = (
        "North Dakota Sen. Dana Prell’s campaign, for example, said she would “back the nominee” "
        "but “is not planning to endorse anyone.”"
    )
    assert _speakers([INTRO, EARLIER, text]) == ["Tom Reed", "Dana Prell"]


def test_a_full_name_s_campaign_speaks_for_the_person() -> None:
    """ "Dana Prell's campaign said" (a name of two words before the possessive) named
    nobody, while "Prell's campaign said" named her."""
    text = "Dana Prell's campaign said in a statement that “Prell will not be bullied by anyone on the council.”"
    assert _speakers([EARLIER, text]) == ["Tom Reed", "Dana Prell"]
    after = "“Prell will not be bullied by anyone on the council,” Dana Prell's campaign said."
    assert _speakers([EARLIER, after]) == ["Tom Reed", "Dana Prell"]


def test_a_full_name_s_publicist_stays_unnamed() -> None:
    text = "Dana Prell's publicist said: “Prell will not be bullied by anyone on the council.”"
    assert _speakers([EARLIER, text]) == ["Tom Reed", None]
