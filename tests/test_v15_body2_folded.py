"""Version 15 (body, round two): a story beside a longer part folded into an accordion."""

from __future__ import annotations

from extract_helpers import body_text

_STORY = (
    "Paragraph {n}: the new ferry timetable adds two early crossings from the north quay, and the "
    "operator says the boats will run every forty minutes until the evening, even in the winter months."
)
_ANSWER = (
    "Answer {n}: the captain explains at length how the crew trained on the new boat, which harbours "
    "it can reach at low tide, and why the long crossing to the island takes longer in an easterly wind."
)


def _page() -> str:
    def module(first: int, count: int) -> str:
        return (
            "<div class='ce-text'>"
            + "".join(f"<p>{_STORY.format(n=n)}</p>" for n in range(first, first + count))
            + "</div>"
        )

    interview = (
        "<div class='ce-accordion'><div class='panel-group accordion'><div class='panel'>"
        "<a class='panel-title collapsed' href='#c9'>The interview in full</a>"
        "<div class='panel-collapse collapse' id='c9'><div class='panel-body'><div class='ce-text'>"
        + "".join(f"<p>{_ANSWER.format(n=n)}</p>" for n in range(30))
        + "</div></div></div></div></div></div>"
    )
    return (
        "<html><head><title>Ferry adds early crossings</title></head><body>"
        "<div class='news-detail'><h1>Ferry adds early crossings</h1>"
        f"{module(0, 4)}{module(4, 4)}{module(8, 4)}{interview}</div>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def test_the_visible_story_beside_a_folded_interview_is_kept() -> None:
    # General pattern: a page folds an interview in full into an accordion under the
    # story; it is longer than the story and wins, and the story's own modules, which
    # do not double its prose, were left out.
    text = body_text(_page())
    assert "Paragraph 0:" in text
    assert "Paragraph 11:" in text


def test_a_folded_part_alone_on_the_page_is_still_the_text() -> None:
    # A page whose only text is in the accordion (an FAQ page) keeps it.
    page = _page().replace("<div class='ce-text'><p>Paragraph", "<div class='ce-note'><p>Note")
    page = (
        page.split("<div class='ce-note'>")[0]
        + "<div class='ce-accordion'>"
        + page.split("<div class='ce-accordion'>")[1]
    )
    text = body_text(page)
    assert "Answer 0:" in text
    assert "Answer 29:" in text
