""" "According to" a text and the person who issued it (version 17, found on PolNeAR):
"according to a court filing signed by Dana Holt". Invented text."""

from __future__ import annotations

from extract_helpers import speakers as _speakers

_EARLIER = "Mayor Tom Reed spoke first. “We have cleared the roads before the storm came in,” he said."
_QUOTE = "“The claims cannot be proven and are not enough for any further charges in this matter,”"


def test_according_to_a_filing_signed_by_a_named_prosecutor() -> None:
    assert _speakers([_EARLIER, f"{_QUOTE} according to a court filing signed by county prosecutor Dana Holt."]) == [
        "Tom Reed",
        "Dana Holt",
    ]


def test_according_to_a_document_filed_by_a_named_lawyer() -> None:
    assert _speakers([_EARLIER, f"{_QUOTE} according to a court document filed by state attorney Dana Holt."]) == [
        "Tom Reed",
        "Dana Holt",
    ]


def test_according_to_a_letter_obtained_by_an_outlet_names_no_author() -> None:
    assert _speakers([_EARLIER, f"{_QUOTE} according to a letter obtained by the Valley Post."])[1] != "Valley Post"
