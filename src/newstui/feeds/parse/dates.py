"""Item dates (RFC 822 and its variants, ISO 8601 / W3C-DTF) → aware UTC datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_tz

# The usual RSS date, "Sat, 31 Oct 2026 21:00:00 +0000", read without email.utils
# (which costs a third of an item's cleaning); anything else takes the general path.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) (?:([+-])(\d\d)(\d\d)|GMT|UTC|UT|Z)\Z"
)
_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_MONTHS = {m.lower(): i for i, m in enumerate(_MONTH_ABBREVIATIONS, start=1)}
# Dates before this are placeholders (.NET's 0001-01-01, Unix time 0 in any zone) or garbage.
_EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
# A date further ahead than this is a typo or a bid for the top of every list.
FUTURE_SLACK = timedelta(days=1)
# Zone names feeds use that email.utils does not know (it reads them as UTC).
_ZONES = {
    "CET": "+0100", "CEST": "+0200", "MET": "+0100", "MEST": "+0200", "WET": "+0000", "WEST": "+0100",
    "EET": "+0200", "EEST": "+0300", "BST": "+0100", "MSK": "+0300", "IST": "+0530", "JST": "+0900",
    "KST": "+0900", "HKT": "+0800", "SGT": "+0800", "AEST": "+1000", "AEDT": "+1100", "ACST": "+0930",
    "AWST": "+0800", "NZST": "+1200", "NZDT": "+1300", "HST": "-1000", "AKST": "-0900", "AKDT": "-0800",
    # German names of CET and CEST, written beside German month names ('Di, 01 Dez 2026 10:00:00 MEZ').
    "MEZ": "+0100", "MESZ": "+0200",
}  # fmt: skip
_ZONE_NAME = re.compile(r"\b(" + "|".join(_ZONES) + r")\Z")
_COLON_OFFSET = re.compile(r"([+-]\d\d):(\d\d)\Z")
_MERIDIEM = re.compile(r"\b(\d{1,2})(:\d\d(?::\d\d)?)\s*([AaPp])\.?[Mm]\.?(?=\s|\Z)")
_DATE_ONLY = re.compile(r"(?:[A-Za-z]+,?\s+)?\d{1,2}\s+[A-Za-z]+\.?\s+\d{2,4}\Z|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}\Z")
# ISO 8601 / W3C-DTF: '2026-11-24T09:30:00Z', '2026-11-24 09:30', '2026/11/24', '2026-11', '2026'.
_ISO = re.compile(
    r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})"
    r"(?:[Tt ]\s*(\d{1,2})(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?"
    r"\s*(Z|z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?)?)?)?"
)


def _rfc822_fast(match: re.Match[str]) -> datetime | None:
    day, month_name, year, hour, minute, second, sign, off_h, off_m = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None or year < "1000" or off_h and (off_h > "23" or off_m > "59"):
        # email.utils reads years below 100 as 19xx/20xx; a zone offset is under a day.
        return None
    try:
        moment = datetime(int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=UTC)
        if sign:
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            moment = moment - offset if sign == "+" else moment + offset
    except (ValueError, OverflowError):
        return None  # e.g. 31 Nov, second 60, or past year 9999: the general path decides
    return moment


def _iso(text: str) -> datetime | None:
    match = _ISO.match(text)
    if match is None or match.end() < len(text.rstrip()) and match.group(3) is None:
        return None  # '2026 was a year' is not a date; '2026-11-24 (updated)' still is
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    moment = datetime(
        int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0), micro
    )
    if zone is None or zone.upper() in ("Z", "UTC", "GMT"):
        return moment.replace(tzinfo=UTC)
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return moment.replace(tzinfo=timezone(sign * offset))


# 'GMT+0200 (Central European Summer Time)' (JavaScript's Date), 'GMT+2', 'UTC+02:00':
# email.utils reads the name as UTC and drops the offset after it.
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d\d))?\s*(?:\([^()]*\))?\Z")
_SEPT = re.compile(r"\bSept\b\.?", re.I)
# '18:00:00.000' (Java's and .NET's formatters write milliseconds, Java's 'ss.SSSZ' glued to
# the offset: '18:00:00.000+0100'): email.utils refuses the date.
_FRACTION = re.compile(r"(\d:\d\d:\d\d)[.,]\d+(?=\s|\Z|[+-]\d)")


# A year of three or four digits below 1000 ("0001", .NET's empty DateTime; "0000"): a
# placeholder, not a date. email.utils reads every year below 100 as a two-digit one (0001 →
# 2001), so it is refused before; a two-digit year, which RFC 822 allows, still reads. Not a
# zone offset (+0100) nor part of a time (00:00); and only where no year from 1000 on is
# written: beside "2026", a "0100" is a zone that lost its sign, which email.utils reads.
_PADDED_YEAR = re.compile(r"(?<![+\-\d:.,])0\d{2,3}(?![\d:])")
_FULL_YEAR = re.compile(r"(?<![+\-\d:.,])[1-9]\d{3}(?![\d:])")


# Month names of the languages European feeds are written in (German, French, Spanish,
# Italian, Dutch, Portuguese), abbreviated and whole, that are not English's own: a CMS
# set to its site's language writes them into RFC 822 dates ('Di, 01 Dez 2026 10:00:00
# +0100', 'mar., 01 déc. 2026'), which email.utils cannot read.
_FOREIGN_MONTHS = {
    name: month
    for month, names in enumerate(
        (
            "jän jänner januar janv janvier ene enero gen gennaio januari janeiro",
            "februar févr fevr fév février fevrier febrero febbraio februari fev fevereiro",
            "mär märz mrz maerz mars marzo mrt maart março marco",
            "avr avril abr abril aprile",
            "mai mag maggio mayo mei maio",
            "juni juin junio giu giugno junho",
            "juli juil juillet julio lug luglio julho",
            "août aout ago agosto augustus",
            "set settembre septembre septiembre setiembre setembro",
            "okt oktober ott ottobre octobre octubre out outubro",
            "novembre noviembre novembro",
            "dez dezember déc décembre decembre dic diciembre dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
# A day, then a month name, then a year: the order the languages above write.
_DAY_MONTH_YEAR = re.compile(r"(?<![^\W\d_])(\d{1,2})\.?\s+([^\W\d_]{3,10})\.?(?=,?\s+\d{2,4}(?!\d))")
# '01.12.2026' and '1.12.2026, 10:00': the dotted numeric date, always day first.
_DOTTED = re.compile(r"\A(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)\.?,?")


def _english_month(match: re.Match[str]) -> str:
    month = _FOREIGN_MONTHS.get(match.group(2).lower())
    return match.group(0) if month is None else f"{match.group(1)} {_MONTH_ABBREVIATIONS[month - 1]}"


def _dotted(match: re.Match[str]) -> str:
    day, month, year = match.groups()
    if not 1 <= int(month) <= 12:
        return match.group(0)
    return f"{day} {_MONTH_ABBREVIATIONS[int(month) - 1]} {year}"


def _named_offset(match: re.Match[str]) -> str:
    sign, hours, minutes = match.groups()
    return f"{sign}{int(hours):02d}{minutes or '00'}"


def _rfc822(text: str) -> datetime | None:
    text = _DOTTED.sub(_dotted, text)
    text = _DAY_MONTH_YEAR.sub(_english_month, text)
    text = _NAMED_OFFSET.sub(_named_offset, text)
    text = _SEPT.sub("Sep", text)  # AP style, which email.utils does not know
    text = _FRACTION.sub(r"\1", text)
    text = _COLON_OFFSET.sub(r"\1\2", text)  # '+01:00', which email.utils silently reads as UTC
    text = _ZONE_NAME.sub(lambda m: _ZONES[m.group(1)], text)
    meridiem = _MERIDIEM.search(text)
    if meridiem is not None:
        hour = int(meridiem.group(1)) % 12 + (12 if meridiem.group(3) in "Pp" else 0)
        text = text[: meridiem.start()] + f"{hour}{meridiem.group(2)}" + text[meridiem.end() :]
    if _DATE_ONLY.match(text):
        text += " 00:00:00 +0000"
    if _PADDED_YEAR.search(text) and not _FULL_YEAR.search(text):
        return None
    parts = parsedate_tz(text)
    if parts is None:
        return None
    offset = parts[9] or 0
    return datetime(*parts[:6], tzinfo=timezone(timedelta(seconds=offset)))


def parse_date(value: str | None, now: datetime | None = None) -> datetime | None:
    """An item's date → aware UTC datetime, or None when there is no usable date.

    Reads RFC 822/2822 (with the variants feeds use: '+01:00' offsets, zone names
    such as CEST or AEST, 'GMT+2', 'PM', fractional seconds, no time at all, month names
    in German, French, Spanish, Italian, Dutch or Portuguese, the dotted '01.12.2026')
    through email.utils, and ISO 8601 /
    W3C-DTF ('2026-11-24T09:30:00.1234567+0100', '2026-11-24 09:30', '2026/11/24',
    '2026-11', '2026'). A date without a zone is taken as UTC.

    None, per item, for anything impossible (31 November, year 9999 pushed past the
    calendar by its offset), for placeholders before 2 January 1970, and for dates
    more than a day after `now` (default: the current time): a far-future date would
    pin its item to the top of every list for ever, so the store's first-seen time
    stands in for it instead.
    """
    if not value:
        return None
    value = value.strip()[:120]  # a date is short; a long value is not worth regex time
    moment: datetime | None = None
    try:
        fast = _RFC822.match(value)
        if fast is not None:
            moment = _rfc822_fast(fast)
        if moment is None and value[:4].isdigit():
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                moment = _iso(value)
            if moment is not None and moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
        if moment is None:
            moment = _rfc822(value)
        if moment is None:
            return None
        return plausible(moment.astimezone(UTC), now)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def plausible(moment: datetime, now: datetime | None) -> datetime | None:
    """moment, unless it is before 2 January 1970 or more than FUTURE_SLACK after now."""
    if moment < _EARLIEST or moment > (now or datetime.now(UTC)) + FUTURE_SLACK:
        return None
    return moment
