"""Review of version 20's furniture rules: story text of a similar look they must keep.

Every page here is invented: a short local story with one paragraph of the look a rule serves.
"""

from __future__ import annotations

from extract_helpers import body_text

OPENING = (
    "<p>The harbour committee met on Tuesday evening to decide the fate of the old wooden pier, which"
    " has stood at the end of Mill Lane since the town first built a quay for its fishing boats.</p>"
    "<p>Engineers told the members that the timber piles had rotted below the waterline and that"
    " repairs would cost more than a new structure, a view most residents at the meeting shared.</p>"
)
CLOSING = (
    "<p>The chair said a final vote would follow in spring, once the council had published the survey"
    " and heard from the fishing families who still moor their boats beside the pier.</p>"
)


def page(paragraph: str) -> str:
    return (
        "<html><head><title>Pier vote delayed</title></head><body><article><h1>Pier vote delayed</h1>"
        f"{OPENING}<p>{paragraph}</p>{CLOSING}</article></body></html>"
    )


def test_a_story_sentence_trailing_off_on_the_full_story_is_kept() -> None:
    # A 'Read more...' label stands apart from the summary it closes (after a sentence's end, or
    # capitalised as a link); a sentence trailing off on the same words ends the story's paragraph.
    # (Before: the paragraph was dropped as a teaser.)
    text = (
        "Asked where the money raised in 1998 had gone, the chair shrugged. Nobody, she said, knows the full story..."
    )
    assert "knows the full story" in body_text(page(text))


def test_a_story_sentence_ending_on_continue_reading_with_an_ellipsis_is_kept() -> None:
    text = "The old harbour master kept a diary for forty years, and his grandson told us to continue reading…"
    assert "told us to continue reading" in body_text(page(text))


def test_a_news_brief_ending_on_its_agency_credit_is_kept() -> None:
    # A brief's credit in brackets ('… (AP)', '(Reuters)') closes a story; a picture's credit
    # names the photographer or the photo ('(AP Photo/Name)', '(REUTERS/Name)', '(AFP/Getty Images)').
    # (Before: the brief was dropped as a caption.)
    text = "In a separate vote, the committee agreed to fund a new lifeboat station for the north shore. (AP)"
    assert "new lifeboat station" in body_text(page(text))
    text = "Ferry crossings to the island were cancelled on Wednesday as gales swept the coast. (Reuters)"
    assert "Ferry crossings" in body_text(page(text))


def test_a_caption_with_a_photographers_credit_still_goes() -> None:
    # The other side: the caption shapes the credit rule serves.
    for caption in (
        "The old pier at low tide on Tuesday. (REUTERS/Jane Doe)",
        "Residents at the meeting in the town hall. (AP Photo/John Roe)",
        "Gulls over the harbour wall. (AFP/Getty Images)",
    ):
        assert caption.split(".")[0] not in body_text(page(caption))


GERMAN_STORY = [
    "Der Gemeinderat hat am Dienstagabend über die Zukunft des alten Holzstegs am Hafen beraten, der seit"
    " über hundert Jahren am Ende der Mühlengasse steht.",
    "Die Ingenieure erklärten, dass die Pfähle unter der Wasserlinie verrottet seien und eine Reparatur"
    " teurer würde als ein neuer Steg aus Stahl und Beton.",
    "Viele Anwohner sprachen sich bei der Sitzung für einen Neubau aus, andere wollen den alten Steg als"
    " Denkmal erhalten und sammeln dafür Unterschriften.",
]
GERMAN_END = (
    "<p>Die Fischerfamilien, die ihre Boote noch immer am Steg festmachen, fordern eine Lösung bis zum"
    " Sommer, damit die Saison nicht verloren geht.</p>"
)


def german_page(subheading: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in GERMAN_STORY) + f"<h2>{subheading}</h2>{GERMAN_END}"
    return (
        "<html><head><title>Steg</title></head><body><article><h1>Streit um den alten Steg</h1>"
        f"{body}</article></body></html>"
    )


def test_a_german_subheading_opening_on_mehr_does_not_cut_the_story() -> None:
    # 'Mehr zum Thema Hitze', 'Mehr aus Sachsen' open a list of other stories: a topic, a noun or a
    # name, capitalised in German. A story's subheading going on in lower case is a clause.
    # (Before: the story was cut at the subheading.)
    for subheading in ("Mehr aus weniger machen", "Mehr zu tun als gedacht", "Mehr von allem"):
        assert "Fischerfamilien" in body_text(german_page(subheading)), subheading


def test_a_german_more_on_opener_with_a_topic_still_cuts() -> None:
    # The other side: the openers the rule serves, a list of other stories after them.
    for opener in ("Mehr aus der Region", "Mehr zum Thema Hafen", "Mehr von Anna Berg"):
        page = german_page(opener).replace(GERMAN_END, "<p><a href='/a'>Neue Busse für die Küstenstraße</a></p>")
        assert "Küstenstraße" not in body_text(page), opener
