"""Live blogs and live commentary: every entry is the story, reader comments are not.

General pattern: a live page is a run of sibling entries (each an `<article>` or a list
item, often with its own time and heading, sometimes classed "comment" by the CMS);
no single entry holds most of the text, so an extractor that picks one block keeps
one update. Pages of our own, in the shapes news sites use.
"""

from __future__ import annotations

from newstui.extract.article import extract_article

_SENTENCE = (
    "Councillors argued for an hour over the cost of the new tram depot before the chair "
    "called a short recess and promised figures from the finance office by the evening session."
)


def _nav() -> str:
    links = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(12))
    return f'<nav class="site-nav"><ul>{links}</ul></nav>'


def _live_blog(entries: int) -> str:
    posts = "".join(
        f'<article class="liveblog-entry" id="post-{n}"><time datetime="2026-12-04T1{n}:00Z">1{n}:00</time>'
        f"<h2>Update {n}: the depot vote</h2><p>Entry {n}. {_SENTENCE}</p><p>{_SENTENCE}</p>"
        '<div class="share-bar"><a href="#share">Share this update</a></div></article>'
        for n in range(entries)
    )
    related = "".join(f'<li><a href="/other/{n}">Another story {n}</a></li>' for n in range(6))
    return (
        "<html><head><title>Live: the depot vote - Harbour Gazette</title></head><body>"
        f"{_nav()}<main><h1>Live: the depot vote</h1><p class='standfirst'>{_SENTENCE}</p>"
        f'<div class="liveblog-feed">{posts}</div></main>'
        f'<aside class="related"><h3>Related</h3><ul>{related}</ul></aside><footer>Harbour Gazette</footer>'
        "</body></html>"
    )


def _commentary(minutes: range) -> str:
    items = "".join(
        f'<li class="commentary-item comment"><span class="minute">{m}\'</span><p>Minute {m}. {_SENTENCE}</p></li>'
        for m in minutes
    )
    return (
        "<html><head><title>Rovers v Athletic: live commentary</title></head><body>"
        f'{_nav()}<div class="match-centre"><h1>Rovers v Athletic: live commentary</h1>'
        f'<div class="live-commentary"><ol class="comments-list">{items}</ol></div></div>'
        '<div id="comments"><h3>Reader comments</h3><div class="comment"><p>What a match that was.</p></div></div>'
        "<footer>Harbour Gazette</footer></body></html>"
    )


def test_every_entry_of_a_live_blog_is_kept_with_its_heading() -> None:
    article = extract_article(_live_blog(8).encode())
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    # Each entry's time heads its own entry, not the end of the one before.
    headings = [s.heading for s in article.sections if s.heading]
    assert headings == [f"1{n}:00 · Update {n}: the depot vote" for n in range(8)]
    assert not any(p.endswith(":00") for s in article.sections for p in s.paragraphs)
    assert all(f"Entry {n}." in text for n in range(8))
    assert "Share this update" not in text and "Another story" not in text


def test_live_commentary_classed_as_comments_is_kept_but_reader_comments_are_not() -> None:
    minutes = range(5, 90, 9)
    article = extract_article(_commentary(minutes).encode())
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert all(f"Minute {m}." in text for m in minutes)
    assert "What a match" not in text
