"""An author's name as a reader wants to see it."""

from __future__ import annotations

import re

from newstui.feeds.parse.plain_text import one_line

# 'kim@example.org (Kim Ortega)' (RSS 2.0's author) and 'Kim Ortega <kim@example.org>'.
_EMAIL_AND_NAME = re.compile(r"[^\s@()<>]+@[^\s@()<>]+\s*\((?P<a>[^()]+)\)\Z|(?P<b>[^<>@]+?)\s*<[^\s<>@]+@[^\s<>]+>\Z")


def author_name(text: str) -> str | None:
    """An author as a reader wants to see it: the name of 'email (Name)' or 'Name <email>', else the text."""
    text = one_line(text)
    match = _EMAIL_AND_NAME.match(text)
    if match:
        return one_line(match.group("a") or match.group("b")) or text
    return text or None
