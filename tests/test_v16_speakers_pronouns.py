"""He/she referents the finder used to get wrong (version 16). Invented text."""

from __future__ import annotations

from extract_helpers import speakers_and_texts as _speakers
from newstui.extract.quotes import find_quotes


def test_a_plural_talk_noun_opening_the_sentence_is_no_speech_verb() -> None:
    # "In posts to the … community": "posts" is a noun after "In" as after "in"; read as a
    # verb it made the forum's name a speaker, which then took the he.
    paragraphs = [
        "In posts to the Harbour forum community, Ken Obi pitched the plan as good for everyone.",
        "“We will all gain from this if we stick together,” he continued.",
    ]
    assert _speakers(paragraphs) == [("Ken Obi", "We will all gain from this if we stick together")]


def test_a_description_after_a_clause_naming_somebody_is_that_person() -> None:
    # "And when Voss was asked …, the singer explained …": the writer named her, then
    # varied the word; the singer introduced four paragraphs up is somebody else.
    paragraphs = [
        "Soul singer Mia Holt sang with her on the 1998 tour.",
        "Lara Voss went on to sell ten million records.",
        "She moved to Lisbon in 2010.",
        "The move suited her.",
        "And when Voss was asked about the next ten years, the singer explained that touring came first."
        " She added, “I will keep singing until my voice gives out, that much I promise.”",
    ]
    assert _speakers(paragraphs) == [
        ("Lara Voss", "I will keep singing until my voice gives out, that much I promise.")
    ]


def test_a_role_holder_named_just_before_keeps_the_description() -> None:
    # "Judge Ann Roe" was named in the paragraph before: "the judge" is still her, not
    # the defendant the opening clause names.
    paragraphs = [
        "Judge Ann Roe heard the case in Leeds on Monday.",
        "When Tom Dee walked into the courtroom, the judge said he was “lucky to be out on bail at all.”",
    ]
    assert _speakers(paragraphs) == [("Ann Roe", "lucky to be out on bail at all.")]


def test_the_elder_of_two_is_the_one_not_introduced_as_the_child() -> None:
    # Only the son is marked by a kin word; "The elder Brandt" is then the other one.
    paragraphs = [
        "The boatyard is run by Peter and Thomas Brandt.",
        "His son Thomas Brandt joined the yard in 2015 after training in Kiel.",
        "The elder Brandt builds wooden dinghies. He has built forty of them and has said,"
        " “I will never build one in plastic while I can still hold a plane.”",
    ]
    assert _speakers(paragraphs) == [
        ("Peter Brandt", "I will never build one in plastic while I can still hold a plane.")
    ]


def test_a_he_in_a_prose_interview_turn_is_not_the_one_answering() -> None:
    # "Holt: He walked into my shop …": Holt speaks as "I"; the he is the man asked about.
    paragraphs = [
        "Do you remember the first time you met Sam Reyes?",
        "Holt: He walked into my shop on a Monday. He put out his hand and said, “I'm Sam, and I want a job.”"
        " I laughed.",
    ]
    got = find_quotes(paragraphs, headline="Bakery founder Ida Holt on her first hire")
    assert [(q.speaker, q.text) for q in got] == [("Sam Reyes", "I'm Sam, and I want a job.")]


def test_a_he_after_a_sentence_about_somebody_described_is_them() -> None:
    # "The coach smiled. “…,” he said.": the sentence before names nobody, but describes
    # the coach; the he is him, not the captain quoted before.
    paragraphs = [
        "Coach John Dee has run the club for a decade. His captain, Paul Roe, joined in 2015.",
        "“We will win the league this year,” Roe said. The coach smiled. “Every single year he says that,” he said.",
    ]
    assert _speakers(paragraphs)[-1] == ("John Dee", "Every single year he says that")
    paragraphs = [
        "Mary Holt, 71, opened the bakery in 1985.",
        "Her granddaughter, Sarah Holt, now runs its Instagram account.",
        "“Grandma thinks sourdough is lazy bread,” Sarah said, laughing. The 71-year-old did not look up from the"
        " baskets. “It is lazy bread,” she said.",
    ]
    assert _speakers(paragraphs)[-1] == ("Mary Holt", "It is lazy bread")


def test_a_quoted_full_sentence_ends_its_sentence_for_a_he() -> None:
    # "“…,” says Hill. “…” It is a view shared by Groene, too. “…,” he says.": Groene is
    # named after Hill spoke, though the quote's full stop is masked.
    paragraphs = [
        "Andrew Hill and Ralf Groene lead the design team.",
        "“We argue about every hinge,” says Groene.",
        "“We are here to make good products, not to show off,” says Hill. “That matters to me.” It is a view"
        " shared by Groene, too. “If the inside is not good, the outside cannot be good,” he says.",
    ]
    assert _speakers(paragraphs)[-1] == ("Ralf Groene", "If the inside is not good, the outside cannot be good")
