"""An author's name as a reader wants to see it."""

from __future__ import annotations

import re

from newstui.feeds.parse.plain_text import has_reference, one_line, read_references

# 'kim@example.org (Kim Ortega)' (RSS 2.0's author), 'Kim Ortega <kim@example.org>', and a
# news CMS's byline 'Kim Ortega | kim@example.org'.
_EMAIL_AND_NAME = re.compile(
    r"[^\s@()<>]+@[^\s@()<>]+\s*\((?P<a>[^()]+)\)\Z|(?P<b>[^<>@]+?)\s*<[^\s<>@]+@[^\s<>]+>\Z"
    r"|(?P<c>[^|@]+?)\s*\|\s*[^\s@|]+@[^\s@|]+\Z"
)
# The byline word news systems put before the name ('By Kim Ortega', 'by: Kim Ortega').
_BY = re.compile(r"(?i:by)\s*:?\s+(?=\S)")


def author_name(text: str) -> str | None:
    """An author as a reader wants to see it: the name of 'email (Name)', 'Name <email>' or
    'Name | email', else the text.

    Two habits of the systems that write feeds are undone, as a person reads the name:
    a name escaped once more than its element needs ('Ana &amp;amp; Luis' in the XML,
    'Ana &amp; Luis' once read: a template escaped a field that was already text) has its
    whole character references read once (`read_references`), and the byline word before a name ('By Kim
    Ortega', the print habit many news CMSs keep) is dropped.
    """
    if has_reference(text):
        text = read_references(text)
    text = one_line(text)
    match = _EMAIL_AND_NAME.match(text)
    if match:
        text = one_line(match.group("a") or match.group("b") or match.group("c")) or text
    by = _BY.match(text)
    if by is not None:
        text = text[by.end() :]
    return text or None
