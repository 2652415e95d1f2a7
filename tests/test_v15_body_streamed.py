"""Version 15: parts of a story streamed by React into segment placeholders (pages written for the tests)."""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the glassworks by the canal fired {k} new furnaces this season, "
    "and the apprentices blew the first bottles while the old kiln was rebuilt."
)


def _paragraphs(count: int, first: int = 0) -> str:
    return numbered_paragraphs(_SENTENCE, count, first, offset=5)


def _page(body: str, after: str) -> str:
    return (
        "<html><head><title>Glassworks fires new furnaces</title></head><body>"
        f"<main><h1>Glassworks fires new furnaces</h1><div class='body'>{body}</div></main>"
        f"<footer><a href='/about'>About us</a></footer>{after}</body></html>"
    )


def test_segments_named_by_the_pages_own_calls_fill_their_placeholders() -> None:
    # General pattern: Next.js pages stream each part of a story as <div hidden id="S:x">
    # (ids in hex) moved into <template id="P:x"> by $RS("S:x","P:x"), or into a boundary
    # <template id="B:y"> of another number by $RC("B:y","S:x").
    body = f"{_paragraphs(2)}<template id='P:a'></template><template id='B:1'></template><template id='P:b'></template>"
    streamed = (
        f"<div hidden id='S:a'>{_paragraphs(2, first=2)}</div><script>$RS('x')</script>"
        '<script>$RS("S:a","P:a")</script>'
        f"<div hidden id='S:c'>{_paragraphs(2, first=4)}</div>"
        '<script>$RC("B:1","S:c")</script>'
        f"<div hidden id='S:b'>{_paragraphs(2, first=6)}</div>"
        '<script>$RS("S:b","P:b")</script>'
    )
    text = body_text(_page(body, streamed))
    order = [text.index(f"Paragraph {n}:") for n in range(8)]
    assert order == sorted(order)


def test_a_segment_whose_call_names_a_missing_placeholder_stays_hidden() -> None:
    # The page's own call wins over the number: S:0 bound for P:0 does not fill B:0.
    body = f"{_paragraphs(4)}<template id='B:0'></template>"
    streamed = (
        "<div hidden id='S:0'><p>Draft notes that the page never shows to its readers at all.</p></div>"
        '<script>$RS("S:0","P:0")</script>'
    )
    text = body_text(_page(body, streamed))
    assert "Paragraph 3:" in text
    assert "Draft notes" not in text
