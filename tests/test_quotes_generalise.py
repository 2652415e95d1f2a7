"""Speaker rules from the batch-15 held-out pages (issue 11), each on invented text.

Every test here is written for one general pattern; none of the sentences come
from a labelled page.
"""

from __future__ import annotations

from extract_helpers import speakers
from newstui.extract.names import Registry, classify, scan


def test_people_in_a_sentence_led_by_she_are_not_the_next_she() -> None:
    # "She compares him to Brandvik": Brandvik is not who "she" is; the next "she" is still Ivy Lund.
    found = speakers(
        [
            "Councillor Ivy Lund has spent the spring criticising the harbour plan.",
            "She compares the developer to Mayor Okoro Brandvik. The plan offers residents “nothing but a longer "
            "commute and a smaller beach,” she said on Monday.",
        ]
    )
    assert found == ["Ivy Lund"]


def test_a_picture_credit_between_speaker_and_quote_names_nobody() -> None:
    found = speakers(
        [
            "Tomasz Wren, a ferry pilot on the northern route, has organised a petition against the timetable.",
            "© Harbour Pictures Agency BRIGHTLING, MARCH 3: A ferry leaves the pier. Photograph by Carl Dunmore",
            "“We were never asked about any of this,” he says. “The crossings are our livelihood.”",
        ]
    )
    assert found == ["Tomasz Wren", "Tomasz Wren"]


def test_an_indefinite_speaker_after_the_verb_is_unnamed_whatever_name_places_it() -> None:
    found = speakers(
        [
            "“Two boats are taking on water near the breakwater,” said a dispatcher on Harbour Radio.",
            "“Nobody in the party saw this coming,” said one Labour organiser in the county.",
            "“Then the answers were wrong,” said a sceptical Imogen Varga, the board's new chair.",
        ]
    )
    assert found == [None, None, "Imogen Varga"]


def test_a_given_name_ending_in_an_is_no_nationality() -> None:
    assert classify(["Zhenfan", "Marcus", "Olberg"])[1] == ["Zhenfan", "Marcus", "Olberg"]
    # A real nationality before a name still goes: "Russian Sergei Lavrov".
    assert classify(["Russian", "Sergei", "Lavrov"])[1] == ["Sergei", "Lavrov"]
    assert classify(["Israeli", "Dana", "Peretz"])[1] == ["Dana", "Peretz"]
    found = speakers(["“The signal repeats every four days,” says Zhenfan Marcus Olberg, who studies pulsars."])
    assert found == ["Zhenfan Marcus Olberg"]


def test_a_place_closing_an_office_title_is_not_part_of_the_name() -> None:
    found = speakers(
        [
            "Acting U.S. Attorney for the District of Vermont Harold Quist said the ring preyed on the poor.",
            "“We expect more charges within weeks,” Quist said.",
            "The Governor of Oregon Daniel Marsh said: “Nobody will be spared because of who they are.”",
        ]
    )
    assert found == ["Harold Quist", "Daniel Marsh"]


def test_local_office_titles_are_not_part_of_the_name() -> None:
    found = speakers(
        [
            "“The budget is balanced for the first time in years,” said Supervisor Renata Olguin of Marsh County.",
            "“We will audit every contract,” said Comptroller Felix Ambrose.",
        ]
    )
    assert found == ["Renata Olguin", "Felix Ambrose"]


def test_a_name_with_a_middle_initial_is_a_person_even_when_a_company_bears_it() -> None:
    assert classify(["Daniel", "K.", "Reuters"])[2] == "person"
    found = speakers(
        [
            "The publisher Daniel K. Reuters told shareholders the paper would survive.",
            "“We have weathered worse than this,” he said.",
        ]
    )
    assert found == ["Daniel K. Reuters"]


def test_a_quoted_programme_title_does_not_cut_the_sentence_before_the_quote() -> None:
    found = speakers(
        [
            "Asked why the club kept going, Odile Farrant told “Harbour Evening Show” presenter Lewis Crane, "
            "“Because nobody else would run it for the children.”",
        ]
    )
    assert found == ["Odile Farrant"]


def test_a_reflexive_between_the_name_and_the_verb_keeps_the_name() -> None:
    found = speakers(
        [
            "Governor Tomas Reyes appointed Amara Whitlock to the court. While it is notable that she is the "
            "first Pacific Islander on the bench, as Whitlock herself said, “What matters most is that I am "
            "not the last one.”",
        ]
    )
    assert found == ["Amara Whitlock"]


def test_a_name_used_as_an_adjective_is_no_referent_for_he() -> None:
    found = speakers(
        [
            "Petra Lindqvist runs the observatory's data team.",
            "The team is negotiating with the Grace Halvard administration for more storage. "
            "“A good review will help us,” she says.",
        ]
    )
    assert found == ["Petra Lindqvist"]


def test_a_surname_that_names_a_company_in_the_headline_takes_the_full_name() -> None:
    found = speakers(
        [
            "The etiquette columnist Emily J. Post spoke to a packed hall on Sunday.",
            "“Good manners cost nothing and open every door,” Post said.",
        ],
        headline="Post defends her guide to table manners",
    )
    assert found == ["Emily J. Post"]


def test_handles_with_digits_are_names() -> None:
    found = speakers(
        [
            "“The seller shipped flour instead of the product,” wrote user rivet1987 on the forum.",
            "“We test every batch before we post a review,” marlow42 told me in a message.",
            "“Nothing arrives on time any more,” said @quill_reader.",
        ]
    )
    assert found == ["rivet1987", "marlow42", "@quill_reader"]


def test_one_opening_a_sentence_is_no_name() -> None:
    found = speakers(
        [
            "Head teachers were furious with the minister, Gavin Marsh, this week. One, who asked not to be "
            "named, said: “The ministry asked us to fix the mess and now blames us for it.”",
        ]
    )
    assert found == [None]
    names = [m.entity.name for m in scan("Formula One driver Max Lund won in Air Force One.", Registry(), set(), {0})]
    assert names == ["Formula One", "Max Lund", "Air Force One"]


def test_as_the_paper_reported_names_the_words_after_it() -> None:
    found = speakers(
        [
            "Jo Marsh seized the depot. The mob burned it – “igniting,” as the Tribune reported, "
            "“fears of a wider riot in the capital.”",
            "As Harbour Weekly put it, “the port was back to full capacity within hours of the deal.”",
        ]
    )
    assert found[-2:] == ["Tribune", "Harbour Weekly"]


def test_a_text_from_somebody_that_reads_out_the_quote_is_theirs() -> None:
    found = speakers(
        [
            "Jo Marsh shared a post on Sunday. The tweet from Harbour Weekly reads, "
            "“Ferry strike ends after nine days of talks.”",
        ]
    )
    assert found == ["Harbour Weekly"]
