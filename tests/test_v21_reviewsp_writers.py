"""Review of version 21's texts with a named writer ("An email from Jo Dee warned …: “…”"):
a month or day after "from" ("A letter from December", "a memo from Monday") dates the
text and names nobody, so the text still speaks for nobody named, not for the person
quoted before. Invented text."""

from __future__ import annotations

import pytest

from extract_helpers import speakers

_BEFORE = [
    "Tom Brandt spoke to the council about the harbour on Monday.",
    "“We will not pay for the wall,” he said.",
]


@pytest.mark.parametrize("when", ["December", "Monday", "March"])
def test_a_date_after_from_names_no_writer(when: str) -> None:
    assert speakers(
        [
            *_BEFORE,
            f"A letter from {when} warned of the cost: “Every dollar spent on the wall is a dollar lost to the "
            "schools.”",
        ]
    ) == ["Tom Brandt", None]


def test_guard_a_named_writer_after_from_still_speaks() -> None:
    assert speakers(
        [
            *_BEFORE,
            "An email from Dana Holt warned of the cost: “Every dollar spent on the wall is a dollar lost to the "
            "schools.”",
        ]
    ) == ["Tom Brandt", "Dana Holt"]
