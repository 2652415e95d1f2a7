"""Review of version 18's named-speaker rules: where they overreached on ordinary news
sentences. A possessive before somebody else's role ("Dana Cole's lawyer", "Washington's
governor") names whom that person works for, not who speaks; the first name in an
opening "When …" clause may be its object ("When the court ordered Sam Pike to …"), not
its subject; a clause after a semicolon whose verb is no speech verb ("; Cole was fined
for “…”") still belongs to the speech verb before it. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."
_QUOTE = "“a reckless and selfish act that put the whole town at risk”"


def _speakers(paragraph: str) -> list[str | None]:
    return [q.speaker for q in find_quotes([_EARLIER, paragraph])][1:]


def test_as_a_persons_lawyer_wrote_is_not_that_person() -> None:
    assert _speakers(f"As Dana Cole's lawyer wrote, the crash was {_QUOTE}.") == [None]


def test_as_a_places_governor_wrote_is_not_the_place() -> None:
    assert _speakers(f"As Washington's governor wrote, the crash was {_QUOTE}.") == [None]


def test_as_a_persons_office_noted_is_still_that_person() -> None:
    assert _speakers(f"As Dana Cole's office noted, the crash was {_QUOTE}.") == ["Dana Cole"]


def test_what_a_persons_lawyer_called_is_not_that_person() -> None:
    assert _speakers(f"The judge sentenced Sam Pike for what Dana Cole's lawyer called {_QUOTE}.") == [None]


def test_the_object_of_an_opening_when_clause_is_no_speaker() -> None:
    assert _speakers(
        f"When the court ordered Sam Pike to pay for {_QUOTE}, Judge Dana Cole said the fine was fair."
    ) == ["Dana Cole"]


def test_the_object_of_an_opening_after_clause_is_no_speaker() -> None:
    assert _speakers(f"After the jury acquitted Sam Pike of {_QUOTE}, his lawyer Dana Cole wept.") == [None]


def test_a_passive_subject_of_an_opening_clause_is_no_speaker() -> None:
    assert _speakers(f"When Sam Pike was charged with {_QUOTE}, Dana Cole resigned.") == [None]


def test_the_times_opening_a_while_clause_still_speaks() -> None:
    assert _speakers(f"While the Times called it {_QUOTE}, Dana Cole praised it.") == ["Times"]


def test_a_clause_after_a_semicolon_without_a_speech_verb_is_the_earlier_speakers() -> None:
    assert _speakers(f"Sam Pike said the fine was fair; Dana Cole should pay for {_QUOTE}.") == ["Sam Pike"]


def test_a_passive_clause_after_a_semicolon_is_the_earlier_speakers() -> None:
    assert _speakers(f"Sam Pike said the fine was fair; Dana Cole was fined for {_QUOTE}.") == ["Sam Pike"]


_HOUSTON = (
    "Senator Dana Cole and coach Sam Houston met on Monday. “We have cleared the roads before it came,” Cole said."
)
_WHOLE = "“We will not let this town down, whatever the cost may be.”"


def _last(paragraph: str) -> str | None:
    return [q.speaker for q in find_quotes([_HOUSTON, paragraph])][-1]


def test_said_it_again_after_a_quote_is_its_attribution() -> None:
    # "it" is the quote said again, no reported clause of its own.
    assert _last(f"{_WHOLE} Houston said it again.") == "Sam Houston"


def test_said_that_closing_the_sentence_is_its_attribution() -> None:
    assert _last(f"{_WHOLE} Houston said that, twice.") == "Sam Houston"
