"""A heading tag written inside a script or a comment does not make the mismatched-heading
repair rewrite a real heading's end tag."""

from __future__ import annotations

from newstui.extract.article import _close_headings


def test_a_mismatched_end_tag_is_repaired() -> None:
    assert _close_headings("<h2 class='dek'>The dek</h3><p>Story</p>") == "<h2 class='dek'>The dek</h2><p>Story</p>"


def test_heading_tags_in_a_script_or_comment_are_not_tags() -> None:
    page = (
        "<h2>Weather</h2><script>var t = '<h3>' + x;</script><!-- <h4> --><h2>Tides</h2><p>Story</p><h1>Mismatched</h2>"
    )
    repaired = _close_headings(page)
    assert repaired.startswith("<h2>Weather</h2><script>var t = '<h3>'")
    assert "<h2>Tides</h2>" in repaired  # the script's '<h3>' and the comment's '<h4>' opened nothing
    assert repaired.endswith("<h1>Mismatched</h1>")


def test_a_script_between_a_heading_and_its_end_tag() -> None:
    page = "<h2>Harbour <script>document.write('<h3>')</script>news</h2><p>Story</p>"
    assert _close_headings(page) == page
