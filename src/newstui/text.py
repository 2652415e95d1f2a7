"""Cleaning untrusted text before it is stored or shown."""

from __future__ import annotations

import re

# C0 controls except tab/newline, DEL, C1 controls, and the bidi overrides that
# can disguise text. ESC goes with them, which defuses ANSI escape sequences.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A whole ANSI CSI/OSC sequence, so no "[31m" residue is left behind.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")


def strip_control(text: str) -> str:
    """Remove terminal escape sequences and control characters, keep tabs and newlines."""
    return _CONTROL.sub("", _ANSI.sub("", text))


def one_line(text: str) -> str:
    """Control-free text folded to a single line of single spaces (titles, names)."""
    return " ".join(strip_control(text).split())
