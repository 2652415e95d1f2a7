"""Version 19 (recall): the story's closing paragraphs after an ad's label are kept.

Templates cut the body around an ad slot; once the slot's script is gone what is left is its
label ('Advertisement', 'Anzeige', 'Publicité'), and the closing paragraphs
sit in a container of their own after it. The edge scan ended at the label and the story's
end was lost (pages written for the tests).
"""

from __future__ import annotations

import pytest

from extract_helpers import body_text

_LINES = [
    f"Part {n}: the lock keepers on the canal say the new gates, fitted last winter, "
    f"have cut the wait for boats by {n + 3} minutes, and the towpath is busier than ever"
    for n in range(15)
]


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}.</p>" for line in lines)


def _page(label: str, byline: str = "") -> str:
    others = "".join(f"<li><a href='/story/{n}'>Another story from the canal, number {n}</a></li>" for n in range(8))
    return (
        "<html><head><title>Faster locks on the canal</title></head><body>"
        f"<div id='page'><h1>Faster locks on the canal</h1>{byline}"
        f"<div class='copy'>{_paragraphs(_LINES[:14])}</div>"
        f"<div class='slot'><span>{label}</span></div>"
        f"<div class='tail'>{_paragraphs(_LINES[14:])}</div></div>"
        f"<div id='more'><ul>{others}</ul></div></body></html>"
    )


@pytest.mark.parametrize("label", ["Advertisement", "ANZEIGE", "Publicité"])
def test_the_closing_paragraphs_after_an_ad_label_are_kept(label: str) -> None:
    text = body_text(_page(label))
    assert "Part 0: the lock keepers" in text
    assert "Part 14: the lock keepers" in text
    assert "Another story from the canal" not in text


def test_a_prompt_after_the_story_still_ends_it() -> None:
    # Only an ad's label says the story goes on: a closing prompt still ends the scan.
    html = _page("Share this story").replace("<div class='tail'>", "<div class='tail'><p>About the author:</p>")
    text = body_text(html)
    assert "Part 13: the lock keepers" in text
    assert "Part 14: the lock keepers" not in text
