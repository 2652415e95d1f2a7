"""An RFC 822 date that names its year in four digits keeps it, whatever other number in it
starts with 0.

Version 23 made a year written 0000-0999 no date (.NET's empty "Mon, 01 Jan 0001"), by refusing
any date holding a three- or four-digit number that starts with 0 and is not a signed offset or
part of a time. That also refused dates of this year whose zone lost its sign or got a space
after it ("08:15:00 0100", "GMT 0000", "- 0500"), or was written with a typographic minus:
email.utils reads those (as an offset, or as UTC), and the item lost its date.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newstui.feeds.parse import parse_date

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def test_a_four_digit_year_is_read_beside_a_zone_written_with_a_leading_zero() -> None:
    assert parse_date("Wed, 04 Mar 2026 08:15:00 0100", NOW) == datetime(2026, 3, 4, 7, 15, tzinfo=UTC)
    assert parse_date("Wed, 04 Mar 2026 08:15:00 GMT 0000", NOW) == datetime(2026, 3, 4, 8, 15, tzinfo=UTC)
    assert parse_date("Wed, 04 Mar 2026 08:15:00 UTC 0000", NOW) == datetime(2026, 3, 4, 8, 15, tzinfo=UTC)
    assert parse_date("Wed, 04 Mar 2026 08:15:00 \u22120500", NOW) is not None


def test_a_padded_year_below_1000_is_still_no_date() -> None:
    for text in (
        "Mon, 01 Jan 0001 00:00:00 GMT",
        "Mon, 01 Jan 0001 00:00:00 0000",
        "Sat, 01 Jan 0000 00:00:00 +0000",
        "4 Mar 0026",
    ):
        assert parse_date(text, NOW) is None, text
