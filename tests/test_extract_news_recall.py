"""News-page recall rules, on pages written for these tests."""

from __future__ import annotations

from newstui.extract import extract_article


def _body_text(html: str) -> str:
    article = extract_article(html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


def _story(slug: str, title: str, sentences: list[str]) -> str:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return f'<article class="story-item" id="{slug}"><h1>{title}</h1><div class="story-text">{body}</div></article>'


def test_infinite_scroll_keeps_the_story_the_page_is_about() -> None:
    # General pattern: news sites append the next stories below the first one
    # (infinite scroll), all in the same template; a later, longer story used to win.
    first = [
        f"The harbour board voted, after {n} hours of talks, to rebuild the old pier before the winter storms arrive."
        for n in range(3)
    ]
    later = [
        f"Item {n}: the orchard cooperative said, in a statement, that the plum harvest was late, small, and dear."
        for n in range(9)
    ]
    html = (
        "<html><head><title>Harbour board rebuilds the old pier | The Coast Herald</title>"
        '<meta property="og:title" content="Harbour board rebuilds the old pier"></head><body><main>'
        + _story("pier", "Harbour board rebuilds the old pier", first)
        + _story("plums", "Plum harvest is late and small", later)
        + "</main></body></html>"
    )
    text = _body_text(html)
    assert all(s in text for s in first)
    assert "plum harvest" not in text


def test_a_list_of_stories_without_the_headline_keeps_the_best_one() -> None:
    # The rule needs the page's headline on one of the stories: a section front or a
    # tabbed story (no part titled like the page) keeps the scorer's choice.
    short = [f"Short note {n}: the library, on Main Street, opens late on Fridays this month." for n in range(2)]
    long = [f"Long note {n}: the museum, after a long closure, reopens its wing, cafe, and garden." for n in range(8)]
    html = (
        "<html><head><title>Town notes</title></head><body><main>"
        + _story("a", "Library hours", short)
        + _story("b", "Museum reopens", long)
        + "</main></body></html>"
    )
    text = _body_text(html)
    assert all(s in text for s in long)
