"""Version 20 (recall): a lead set in an inline tag beside the story's block is kept.

Old templates set the opening paragraph as bold text (`<strong>`, `<b>`) straight inside a
`<span>`, `<font>` or table cell that also holds the block with the rest of the story. The text
was no paragraph of its own (it is not loose text of the host, it sits in an inline child), so
it neither voted nor read as text to the edge scan, and the story lost its opening (pages
written for the tests).
"""

from __future__ import annotations

import pytest

from extract_helpers import body_text

_LEAD = (
    "The harbour board has approved a plan to dredge the old fishing basin this spring, "
    "ending a dispute that has run for nearly six years between skippers and the council."
)
_BODY = [
    f"Point {n}: the skippers say the silt has cut the depth at low tide by {n + 2} feet, "
    f"and boats now wait for the flood before they can land their catch at the quay"
    for n in range(6)
]


def _page(host: str, bold: str) -> str:
    body = "".join(f"<p>{line}.</p>" for line in _BODY)
    menu = "".join(f"<a href='/s/{n}'>Section {n}</a> " for n in range(8))
    return (
        "<html><head><title>Basin to be dredged</title></head><body>"
        f"<table><tr><td>{menu}</td></tr><tr><td>"
        "<h1>Basin to be dredged</h1>"
        f"<{host} class='copy'><{bold}>{_LEAD}</{bold}><div class='feed'>{body}</div></{host}>"
        "</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(("host", "bold"), [("span", "strong"), ("font", "b"), ("td", "strong")])
def test_a_bold_lead_beside_the_story_block_is_kept(host: str, bold: str) -> None:
    html = _page(host, bold)
    if host == "td":
        html = html.replace("<td class='copy'>", "<table><tr><td class='copy'>").replace(
            "</div></td></tr></table></body>", "</div></td></tr></table></td></tr></table></body>"
        )
    text = body_text(html)
    assert "The harbour board has approved a plan" in text
    assert "Point 5: the skippers say" in text
    assert "Section 3" not in text


def test_a_short_bold_label_beside_the_story_stays_out() -> None:
    # A short bold word ('Update') is a label, not a paragraph: it is not made one.
    html = _page("span", "strong").replace(_LEAD, "Update")
    text = body_text(html)
    assert "Point 0: the skippers say" in text
    assert not text.startswith("Update")


def test_a_bold_dateline_beside_the_story_is_not_made_a_paragraph() -> None:
    # A dateline or byline does not end like a sentence: it is not taken in before the story.
    html = _page("span", "strong").replace(_LEAD, "Harbour Wire Service - 14 May 2008, 12:53 PM")
    text = body_text(html)
    assert "Point 0: the skippers say" in text
    assert "Harbour Wire Service" not in text


def test_a_bold_prompt_after_the_story_block_is_not_made_a_paragraph() -> None:
    # Below the block the bold line is a reader prompt, not the story's opening.
    prompt = "Were you at the meeting? Tell us what you thought of the plan by writing to the desk."
    html = _page("span", "strong").replace(f"<strong>{_LEAD}</strong><div class='feed'>", "<div class='feed'>")
    html = html.replace("</div></span>", f"</div><strong>{prompt}</strong></span>")
    text = body_text(html)
    assert "Point 5: the skippers say" in text
    assert "Were you at the meeting" not in text


def test_a_bold_promo_before_an_icon_is_not_made_a_paragraph() -> None:
    # The only block after the bold line is a linked picture: a promo box, not the story's host.
    promo = (
        "<span class='note'><b>Special offer</b><br><strong>If you like the harbour news, try our "
        "weekly paper free of charge for a month.</strong><br><a href='/offer'><img src='/o.png'></a></span>"
    )
    html = _page("span", "strong").replace("<h1>Basin to be dredged</h1>", f"<h1>Basin to be dredged</h1>{promo}")
    html = html.replace(f"<strong>{_LEAD}</strong>", "")
    text = body_text(html)
    assert "Point 0: the skippers say" in text
    assert "weekly paper free of charge" not in text
