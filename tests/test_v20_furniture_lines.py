"""Lines of page furniture between and after a story's paragraphs (issue 11, precision).

Every page here is invented. Each test shows the furniture going and, beside it, story
text that looks like it staying.
"""

from __future__ import annotations

from extract_helpers import PIER_LAST_WORDS as LAST_WORDS
from extract_helpers import body_text
from extract_helpers import pier_page as page

MORE = (
    "<p>Fishermen on the quay said they would rather see the pier mended than replaced, since a new one "
    "would take two seasons to build and leave them without a landing place for the summer.</p>"
    "<p>The council expects the survey in February and has promised a public meeting before any vote, "
    "with the engineers on hand to answer questions from everyone who uses the harbour.</p>"
)


def test_jump_links_between_sections_go() -> None:
    text = body_text(
        page(
            '<p><a href="#top">Back to top</a></p>' + MORE + "<p>Return to citation in text: [1] [2]</p>"
            "<p>(Return to Contents)</p><p>Top of Page</p>"
        )
    )
    assert LAST_WORDS in text
    assert "two seasons to build" in text
    assert "Back to top" not in text
    assert "citation in text" not in text
    assert "Contents" not in text
    assert "Top of Page" not in text


def test_a_sentence_about_going_back_to_the_top_stays() -> None:
    text = body_text(
        page("<p>Back to the top of the hill the walkers went, tired but happy after the long day.</p>" + MORE)
    )
    assert "Back to the top of the hill the walkers went" in text


def test_a_reading_time_line_under_a_dateline_goes() -> None:
    before = "<p>06. 03. 2025, 14:59 Uhr Lesedauer: 4 Minuten</p><p>5 min read</p><p>3 Min. Lesezeit</p>"
    text = body_text(page(MORE, before=before))
    assert LAST_WORDS in text
    assert "Lesedauer" not in text
    assert "min read" not in text
    assert "Lesezeit" not in text


def test_a_story_sentence_on_minutes_stays() -> None:
    text = body_text(page("<p>The ferry crossing now takes 25 minutes.</p>" + MORE))
    assert "The ferry crossing now takes 25 minutes." in text


def test_a_list_related_to_this_story_after_it_goes() -> None:
    after = (
        "<p>Related to this story:</p>"
        '<p><a href="/a">Harbour fees rise again</a> (31 Dec 24 | Coast )</p>'
        '<p><a href="/b">Pier survey delayed</a> (30 Dec 24 | Coast )</p>'
        "<p>Related internet links:</p>"
        '<p><a href="https://harbour.example">Harbour trust</a></p>'
    )
    text = body_text(page(MORE + after))
    assert "leave them without a landing place" in text
    assert "Harbour fees" not in text
    assert "Related to this story" not in text
    assert "Harbour trust" not in text


GERMAN_STORY = (
    "<p>Der Hafenausschuss hat am Dienstagabend über die Zukunft der alten Holzbrücke beraten, die seit "
    "Jahrzehnten am Ende der Mühlenstraße steht und von den Fischern täglich genutzt wird.</p>"
    "<p>Die Ingenieure erklärten, die Pfähle seien unter der Wasserlinie morsch und eine Reparatur koste "
    "mehr als ein Neubau, eine Ansicht, die die meisten Anwohner in der Sitzung teilten.</p>"
    "<p>Der Vorsitzende kündigte eine Abstimmung im Frühjahr an, sobald das Gutachten veröffentlicht und "
    "die Fischerfamilien angehört worden seien, die ihre Boote noch an der Brücke festmachen.</p>"
)


def german_page(after: str) -> bytes:
    return (
        "<html><head><title>Brücke</title></head><body>"
        f"<article><h1>Abstimmung verschoben</h1>{GERMAN_STORY}{after}</article></body></html>"
    ).encode()


def test_a_box_of_more_on_a_topic_after_a_german_story_goes() -> None:
    after = (
        "<p>Mehr zum Thema Hafenbrücken</p><p>Zum Anhören</p>"
        "<p>Eine Staffel der Feuerwehr hilft am Hafen. Sie versorgt die Menschen an der Brücke mit Wasser.</p>"
        "<p>Hafenschutz</p><p>Nach dem Sturm prüft die Stadt noch mögliche Schäden an den Stegen.</p>"
    )
    text = body_text(german_page(after))
    assert "die ihre Boote noch an der Brücke festmachen" in text
    assert "Mehr zum Thema" not in text
    assert "Staffel der Feuerwehr" not in text


def test_a_german_story_that_goes_on_after_a_more_on_box_stays() -> None:
    after = (
        "<p>Mehr zum Thema Hafenbrücken</p>"
        '<p><a href="/a">Neue Stege für den Jachthafen</a></p>'
        "<p>Die Fischer selbst wollen die alte Brücke behalten. Sie sagen, ein Neubau dauere zwei Jahre und "
        "lasse sie den ganzen Sommer ohne Anlegestelle.</p>"
        "<p>Die Stadt erwartet das Gutachten im Februar und hat vor jeder Abstimmung eine öffentliche "
        "Versammlung versprochen, bei der die Ingenieure Fragen beantworten.</p>"
        "<p>Bis dahin bleibt die Brücke für Fußgänger gesperrt, nur die Fischer dürfen sie am frühen Morgen "
        "betreten, um ihre Boote zu erreichen.</p>"
    )
    text = body_text(german_page(after))
    assert "Mehr zum Thema" not in text
    assert "Die Fischer selbst wollen die alte Brücke behalten." in text
    assert "nur die Fischer dürfen sie am frühen Morgen" in text


def test_publication_stamps_between_paragraphs_go() -> None:
    before = "<p>By Jane Roe</p>" + MORE
    after = "<p>Last Updated: Monday, March 3, 2025 | 2:21 PM ET</p><p>Aktualisiert am 03.03.2025, 14:21 Uhr</p>"
    text = body_text(page(after, before=before + "<p>Published: Monday, March 3, 2025</p>"))
    assert LAST_WORDS in text
    assert "Last Updated" not in text
    assert "Published:" not in text
    assert "Aktualisiert" not in text


def test_a_story_sentence_on_what_was_published_stays() -> None:
    after = "<p>Published in 1998, the first survey of the pier already warned of rot in 12 of its piles.</p>"
    text = body_text(page(after + MORE))
    assert "Published in 1998, the first survey of the pier" in text


def test_a_bare_more_on_this_topic_heading_over_the_storys_last_words_stays_inline() -> None:
    after = (
        "<h3>Mehr zum Thema</h3><p>Einen Überblick über das Gutachten finden Sie auf den Seiten der Stadt, und "
        "weitere Informationen erhalten Sie beim Hafenamt.</p>"
    )
    text = body_text(german_page(after))
    assert "weitere Informationen erhalten Sie beim Hafenamt" in text


def test_a_note_disowning_external_sites_goes() -> None:
    after = (
        "<p>Note: The Gazette is not responsible for the content of external internet sites - links open in a new "
        "window</p>"
    )
    text = body_text(page(MORE + after))
    assert "leave them without a landing place" in text
    assert "external internet sites" not in text


def test_a_story_sentence_on_responsibility_for_a_website_stays() -> None:
    after = "<p>The harbour trust says it is not responsible for the content of the old pier website.</p>"
    text = body_text(page(after + MORE))
    assert "not responsible for the content of the old pier website" in text


def test_captions_ending_on_an_archive_note_or_a_credit_go() -> None:
    before = (
        "<p>The harbour master explains what the storm did to the piles. (Archivbild)</p>"
        "<p>The old pier at low tide © Harbour Trust</p>"
    )
    after = "<p>Boats moored beside the pier in March 2025. (REUTERS/Jane Roe)</p>"
    text = body_text(page(MORE + after, before=before))
    assert LAST_WORDS in text
    assert "Archivbild" not in text
    assert "low tide" not in text
    assert "REUTERS" not in text


def test_a_story_sentence_ending_on_brackets_or_a_copyright_sign_stays() -> None:
    after = (
        "<p>The trust has put old photographs of the pier online (most of them from the town archive).</p>"
        "<p>Each picture carries the archive's mark, a small ©.</p>"
    )
    text = body_text(page(after + MORE))
    assert "(most of them from the town archive)" in text
    assert "a small ©." in text
