"""find_quotes: spans, conventions and speakers, on the labelled corpus and on edge cases."""

from __future__ import annotations

import random

import pytest

from extract_helpers import quoted
from newstui.extract.quotes import find_quotes
from newstui.model import Quote
from quote_corpus import Case, all_cases

ALL_CASES = all_cases()


def test_corpus_is_big_and_varied() -> None:
    assert len(ALL_CASES) >= 40
    assert sum(len(c.quotes) for c in ALL_CASES) >= 80
    assert any(not c.quotes for c in ALL_CASES), "cases with scare quotes only"
    assert any(q[1] is None for c in ALL_CASES for q in c.quotes), "quotes nobody can be named for"


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_corpus_case(case: Case) -> None:
    found = find_quotes(case.paragraphs, headline=case.headline)
    assert [(q.paragraph, q.speaker, q.text) for q in found] == case.quotes
    assert all(q.section == 0 for q in found)


def test_returns_model_quotes_with_paragraph_index() -> None:
    found = find_quotes(["No quotes here.", "“This is the only quote in the article,” Jane Doe said."])
    assert found == [Quote(text="This is the only quote in the article", speaker="Jane Doe", section=0, paragraph=1)]


def test_interrupted_quote_is_two_quotes_with_one_speaker() -> None:
    assert quoted(["“We will respond,” said Amir Haddad, “but not yet.”"]) == [
        ("We will respond", "Amir Haddad"),
        ("but not yet.", "Amir Haddad"),
    ]


def test_multi_paragraph_quote_is_joined_with_one_space() -> None:
    found = find_quotes(
        [
            "Nurse Ellen Park described the night.",
            "“The lights went out first.",
            "“Then the alarms started,” Park said.",
        ]
    )
    assert [(q.paragraph, q.text, q.speaker) for q in found] == [
        (1, "The lights went out first. Then the alarms started", "Ellen Park")
    ]


def test_unclosed_quote_without_reopening_mark_ends_at_its_paragraph() -> None:
    found = find_quotes(
        ["“This sentence never closes but it is clearly speech from someone, Ruth Obi said.", "Next paragraph."]
    )
    assert [(q.paragraph, q.text) for q in found] == [
        (0, "This sentence never closes but it is clearly speech from someone, Ruth Obi said.")
    ]


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    assert (
        quoted(
            [
                "What the Kremlin calls its “special military operation” entered a fourth year.",
                "Her novel “The Silent Harbour” sold well, and critics praised its “quiet menace.”",
                "He described the talks as “constructive,” a word diplomats use for failure.",
            ]
        )
        == []
    )


def test_short_quote_attached_to_a_speech_verb_is_kept() -> None:
    assert quoted(["“No,” Senator Ruth Adler said when asked whether she would resign."]) == [("No", "Ruth Adler")]


def test_short_quote_inside_a_sentence_with_attribution_is_a_term() -> None:
    assert quoted(["The “experts,” he said, were wrong about everything."]) == []


def test_apostrophes_and_nested_single_quotes_do_not_break_spans() -> None:
    found = quoted(
        [
            "Singer Mae Collins looked back on the ’90s.",
            "“Don't tell me it's ‘just pop music,’ because that's what we lived for,” Collins said. "
            "'Ninety-nine' was the year's song and we didn't care.",
        ]
    )
    assert found == [("Don't tell me it's ‘just pop music,’ because that's what we lived for", "Mae Collins")]


def test_straight_quotes_and_inch_marks() -> None:
    assert quoted(['A 12" board and a 5\'10" frame. "We measured twice and cut once," builder Sam Reyes said.']) == [
        ("We measured twice and cut once", "Sam Reyes")
    ]


def test_surname_and_honorific_resolve_to_the_first_full_name() -> None:
    found = quoted(
        [
            "Finance Minister Ana Beltrán presented the budget.",
            "“The deficit will halve within two years,” Beltrán said.",
            "“We have done the arithmetic and it holds,” Ms. Beltrán added.",
        ]
    )
    assert found == [
        ("The deficit will halve within two years", "Ana Beltrán"),
        ("We have done the arithmetic and it holds", "Ana Beltrán"),
    ]


def test_pronoun_resolves_to_the_right_gender() -> None:
    found = quoted(
        [
            "Michael Torres met Sarah Lindgren, the union's negotiator, on Friday.",
            "“There is a deal to be done, but not at any price,” she said.",
        ]
    )
    assert found == [("There is a deal to be done, but not at any price", "Sarah Lindgren")]


def test_no_speaker_from_far_away() -> None:
    paragraphs = [
        "Mayor Tom Reilly said the road would reopen.",
        "Work began in March.",
        "Crews have worked around the clock since then.",
        "Traffic has been diverted through the town centre for weeks.",
        "“Everyone here just wants their street back and some peace and quiet,” one resident said.",
        "“It has been the longest spring of my life, honestly, and I am tired.”",
    ]
    assert quoted(paragraphs) == [
        ("Everyone here just wants their street back and some peace and quiet", None),
        ("It has been the longest spring of my life, honestly, and I am tired.", None),
    ]


def test_unnamed_source_is_not_followed_by_an_older_speaker() -> None:
    paragraphs = [
        "Mayor Tom Reilly said the road would reopen in May.",
        "“Everyone here just wants their street back,” one resident said.",
        "“It has been the longest spring of my life, honestly.”",
    ]
    assert quoted(paragraphs) == [
        ("Everyone here just wants their street back", None),
        ("It has been the longest spring of my life, honestly.", None),
    ]


def test_unattributed_quote_continues_the_person_just_introduced() -> None:
    paragraphs = [
        "“The plan is dead,” said planner Omar Haddad.",
        "Nadia Karim has lived on the street for thirty years.",
        "“I have never seen the river this low, not in my whole life.”",
    ]
    assert quoted(paragraphs) == [
        ("The plan is dead", "Omar Haddad"),
        ("I have never seen the river this low, not in my whole life.", "Nadia Karim"),
    ]


def test_organisation_speaker_drops_the_article() -> None:
    assert quoted(["“The allegations are baseless and we will say so in court,” the Pentagon said."]) == [
        ("The allegations are baseless and we will say so in court", "Pentagon")
    ]


def test_headline_surname_upgrades_to_full_name() -> None:
    found = find_quotes(
        ["Economist Kaveh Rahimi said growth would slow.", "“Expect a hard winter for exporters,” Rahimi said."],
        headline="Rahimi sees slowdown",
    )
    assert [(q.text, q.speaker) for q in found] == [("Expect a hard winter for exporters", "Kaveh Rahimi")]


def test_guillemets_and_low_high_quotes() -> None:
    found = quoted(
        [
            "«Nous ne céderons pas sur les retraites», a déclaré Élise Martin.",
            "„Wir sind bereit für Gespräche“, sagte Jonas Weber.",
        ]
    )
    assert found == [
        ("Nous ne céderons pas sur les retraites", "Élise Martin"),
        ("Wir sind bereit für Gespräche", "Jonas Weber"),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [],
        [""],
        ["   "],
        ["“"],
        ["”"],
        ['"'],
        ["“unclosed", "“still unclosed", "“and again"],
        ["”reversed“ marks ”everywhere“"],
        ['„«“"”»“„'],
        ["\x00\x01\x1b[31m“control chars in a quote that is long enough,” he said\x00"],
        ["He said: " + "“" * 500 + "”" * 499],
        ["Mr. Dr. Sen. Rep. Gov. . . . ,,, said said said “a b c d e” said"],
    ],
)
def test_bad_input_never_crashes(paragraphs: list[str]) -> None:
    found = find_quotes(paragraphs)
    assert all(isinstance(q, Quote) and q.text for q in found)
    assert all(0 <= q.paragraph < len(paragraphs) for q in found)


def test_control_characters_are_stripped_from_quotes() -> None:
    found = quoted(["“We will \x1b[31mnot\x07 stop building here,” said Mayor Ida Berg."])
    assert found == [("We will not stop building here", "Ida Berg")]


def test_random_text_never_crashes() -> None:
    rng = random.Random(4)
    alphabet = "abc XYZ Smith Jones said he she “”\"'‘’«»„,.:;—\n0123456789 the minister Mr. J.D. von der"
    for _ in range(300):
        paragraphs = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(rng.randint(0, 5))
        ]
        for q in find_quotes(paragraphs):
            assert q.text and 0 <= q.paragraph < len(paragraphs)


def test_large_article_is_handled() -> None:
    paragraphs = [
        " ".join(f"“We will keep building road number {p * 40 + k},” Minister Lena Fors said." for k in range(40))
        for p in range(100)
    ]
    found = find_quotes(paragraphs)
    assert len(found) == 4000
    assert {q.speaker for q in found} == {"Lena Fors"}


def test_pull_quote_with_dash_attribution_and_duplicates() -> None:
    found = find_quotes(
        [
            "“Nobody is coming to save us, so we will save ourselves.” — Grace Mwangi",
            "Grace Mwangi founded the cooperative in 2019.",
            "“Nobody is coming to save us, so we will save ourselves,” Mwangi said.",
        ]
    )
    assert [(q.paragraph, q.text, q.speaker) for q in found] == [
        (0, "Nobody is coming to save us, so we will save ourselves.", "Grace Mwangi")
    ]
