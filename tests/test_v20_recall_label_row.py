"""Version 20 (recall): a story's last part after a short label of its own ('Addendum') is kept.

Hand-made and old pages set a closing part of the story ('Addendum', 'Postscript', 'Update')
in a block of its own under a label set as large text rather than a heading tag. The forward
edge scan read the label as a prompt and stopped, so the closing part was lost. A heading
there was already taken once text followed it (pages written for the tests).
"""

from __future__ import annotations

from extract_helpers import body_text

_MAIN = [
    f"Note {n}: the old orchard behind the mill was planted in the spring of {1900 + n}, "
    "and the trees still give a crop of small sour apples that the village presses each October"
    for n in range(12)
]
_CLOSING = [
    f"Later note {n}: since this was written the trust has bought the orchard, and volunteers "
    "now prune the trees each winter so that the oldest of them may last another century"
    for n in range(3)
]


def _page(label: str, after: str) -> str:
    main = "".join(f"<p>{line}.</p>" for line in _MAIN)
    closing = "".join(f"<p>{line}.</p>" for line in _CLOSING)
    return (
        "<html><head><title>The mill orchard</title></head><body><table>"
        "<tr><td><h1>The mill orchard</h1></td></tr>"
        f"<tr><td width='470'>{main}</td><td width='40'>&nbsp;</td></tr>"
        f"<tr><td width='470'><font size='5'>{label}</font></td><td width='40'>&nbsp;</td></tr>"
        f"<tr><td width='470'>{after or closing}</td><td width='40'>&nbsp;</td></tr>"
        "</table></body></html>"
    )


def test_the_closing_part_under_a_label_row_is_kept() -> None:
    text = body_text(_page("Addendum", ""))
    assert "Note 11: the old orchard" in text
    assert "Later note 2: since this was written" in text


def test_a_label_over_links_still_ends_the_story() -> None:
    links = "".join(f"<p><a href='/o/{n}'>Another orchard story, part {n} of the series</a></p>" for n in range(6))
    text = body_text(_page("More stories", links))
    assert "Note 11: the old orchard" in text
    assert "Another orchard story" not in text


def test_a_sentence_between_the_parts_still_ends_the_scan() -> None:
    # A short line that ends like a sentence is a prompt ('Thanks for reading.'), not a label.
    text = body_text(_page("Thanks for reading.", ""))
    assert "Note 11: the old orchard" in text
    assert "Later note 0" not in text


def test_a_label_over_short_credit_lines_still_ends_the_story() -> None:
    # Under a byline-like label only a whole part is taken: credit lines and a bio stay out.
    credits = (
        "<p>© 2008 The Valley Gazette, all rights kept by the owners.</p><p>Jo Bloggs writes on rural matters.</p>"
    )
    text = body_text(_page("Written by Jo Bloggs", credits))
    assert "Note 11: the old orchard" in text
    assert "Valley Gazette" not in text


def test_a_label_naming_other_matter_still_ends_the_story() -> None:
    # 'Comments' or 'Partner content' heads matter that is not the story, however long it is.
    for label in ("Comments", "Partner content"):
        text = body_text(_page(label, ""))
        assert "Note 11: the old orchard" in text
        assert "Later note 0" not in text
