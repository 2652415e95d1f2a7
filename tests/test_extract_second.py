"""The weak-first-pass test and the second opinion taken on weak pages."""

from __future__ import annotations

from newstui.extract import article, extract_article
from newstui.extract.walk import Block

STORY = [
    f"Paragraph {n} of the ferry story: the harbour board met again on Tuesday, and the pilots said the winter "
    "timetable still leaves the island without a late boat on most weekdays."
    for n in range(30)
]


def test_a_first_pass_is_weak_when_small_next_to_the_page() -> None:
    long = [Block("p", s) for s in STORY[:6]]  # about 1,000 characters
    assert not article._weak([Block("p", STORY[0])], visible=200)  # a brief story is not weak
    assert not article._weak(long, visible=2_000)
    assert article._weak(long, visible=40_000)  # under a twentieth of what the page shows


def test_visible_text_leaves_out_scripts_and_styles() -> None:
    root = article.parse_html(
        "<html><head><title>T</title></head><body><p>Seen text.</p>"
        "<script>var hidden = 'not seen by a reader at all';</script><style>p { color: red }</style></body></html>"
    )
    assert article._visible_chars(root) == len("Seen text.")


def test_a_story_dropped_for_its_class_name_comes_back_on_a_weak_page() -> None:
    # General pattern: the story's own wrapper carries a furniture word that no
    # keep-rule explains ('related-reading' on a page whose first pass keeps only
    # a short notice); the light second pass (class-name rules off) finds it.
    body = "".join(f"<p>{s}</p>" for s in STORY)
    html = (
        "<html><head><title>Ferry</title></head><body><h1>Ferry</h1>"
        "<div class='notice'><p>The harbour office is open from nine to five on weekdays, and on Saturday "
        "mornings in the summer season, for tickets, passes and lost property.</p></div>"
        f"<div class='related-reading'>{body}</div></body></html>"
    )
    text = " ".join(p for s in extract_article(html.encode()).sections for p in s.paragraphs)
    assert STORY[0] in text and STORY[29] in text
