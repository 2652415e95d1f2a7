"""Version 13 recall rules (second round), each on a page written for its test (no development-set text).

A part of the story streamed later in the document by a server renderer, hidden until a
script moves it into its placeholder.
"""

from __future__ import annotations

from extract_helpers import body_text


def _paragraphs(count: int, first: int = 0) -> str:
    return "".join(
        f"<p>Paragraph {n}: the ferry crews on the lake logged {n + 4} crossings in the fog, "
        "as the harbour master kept the beacons lit, and the night boats ran on time.</p>"
        for n in range(first, first + count)
    )


def _page(inside: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferries keep running in the fog</title></head><body>"
        f"<main><h1>Ferries keep running in the fog</h1>{inside}</main>"
        f'<footer><a href="/about">About us</a></footer>{after}</body></html>'
    )


def test_a_streamed_segment_is_read_in_its_placeholder() -> None:
    # General pattern: React's streaming renderer leaves <template id="B:n"> where a slow
    # part goes and sends the part at the end as <div hidden id="S:n">, moved in by a script.
    streamed = f'<div hidden id="S:0">{_paragraphs(4, first=2)}</div><script>$RC("B:0","S:0")</script>'
    html = _page(f'<div class="body">{_paragraphs(2)}<template id="B:0"></template></div>', after=streamed)
    text = body_text(html)
    assert "Paragraph 5:" in text
    # In the placeholder's place: the streamed part follows the paragraphs before it.
    assert text.index("Paragraph 1:") < text.index("Paragraph 2:") < text.index("Paragraph 5:")


def test_a_hidden_segment_without_its_placeholder_stays_hidden() -> None:
    # Only the renderer's pair counts: a hidden block named S:n that fills no placeholder is hidden.
    hidden = '<div hidden id="S:3"><p>Secret draft text that the page never shows to any of its readers.</p></div>'
    html = _page(f'<div class="body">{_paragraphs(4)}</div>', after=hidden)
    text = body_text(html)
    assert "Paragraph 3:" in text
    assert "Secret draft" not in text
