"""A small TOML line scanner: which line each key is on, and how keys are written.

tomllib gives no positions, so errors and in-place edits find a key's line here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from typing import Final

# A path into the TOML document: table names, keys, and 0-based array indices.
KeyPath = tuple["str | int", ...]


MAX_KEY_PARTS: Final = 100
"""Most parts of one dotted key (`a.b.c` has 3). tomllib's time grows with the
square of the parts (50,000 parts: minutes); real files use two or three."""


def toml_value(value: object) -> str:
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(toml_value(part) for part in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(toml_value(part) for part in value) + "]"
    return repr(value)


def toml_string(value: str) -> str:
    import json

    # A JSON string is a valid TOML basic string for these characters.
    return json.dumps(value, ensure_ascii=False)


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


def key_name(where: KeyPath) -> str:
    """`("feeds", 2, "url")` -> `feeds[3].url` (feeds count from 1, as people do)."""
    out = ""
    for part in where:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + toml_key(part)
    return out


def line_of(lines: Mapping[KeyPath, int], where: KeyPath) -> int | None:
    """The line of `where`, else of the nearest enclosing table or entry that has one."""
    for end in range(len(where), 0, -1):
        line = lines.get(where[:end])
        if line is not None:
            return line
    return None


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"')
_LITERAL_KEY = re.compile(r"'([^']*)'")


def _parse_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse a (dotted) TOML key starting at `pos`; return its parts and the end position.

    None when there is no key, or one of more than MAX_KEY_PARTS parts (the scan
    stops there, so a hostile 50,000-part key costs no more than its length).
    """
    parts: list[str] = []
    while len(parts) <= MAX_KEY_PARTS:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        for pattern in (_BARE_KEY, _BASIC_KEY, _LITERAL_KEY):
            match = pattern.match(text, pos)
            if match:
                part = match.group(1) if match.lastindex else match.group(0)
                if pattern is _BASIC_KEY:
                    part = _unescape(part)
                parts.append(part)
                pos = match.end()
                break
        else:
            return None
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == ".":
            pos += 1
            continue
        return parts, pos
    return None


def _unescape(text: str) -> str:
    try:
        return str(tomllib.loads(f'k = "{text}"')["k"])
    except tomllib.TOMLDecodeError:
        return text


def locate_keys(source: str) -> dict[KeyPath, int]:
    """Map each table header and key in TOML `source` to its 1-based line.

    A light scan, not a parser: it follows table headers (`[t]`, `[[t]]`, numbering
    array entries from 0), dotted keys, and skips the inside of multi-line strings
    and arrays. Good enough to point an error at a line; when it cannot place
    something the caller falls back to the enclosing table's line.
    """
    return scan_toml(source)[0]


def scan_toml(source: str) -> tuple[dict[KeyPath, int], list[int]]:
    """`locate_keys` and the 1-based lines of the table headers (`[t]`, `[[t]]`) in one pass,
    in time linear in `source`."""
    lines: dict[KeyPath, int] = {}
    headers: list[int] = []
    aot_counts: dict[KeyPath, int] = {}
    table: KeyPath | None = ()  # None: under a header too long to place
    multiline: str | None = None  # the closing delimiter of an open multi-line string
    depth = 0  # open brackets/braces of a multi-line value

    def resolve(parts: Sequence[str]) -> KeyPath:
        # Quadratic in the parts, which _parse_key bounds by MAX_KEY_PARTS.
        out: KeyPath = ()
        for part in parts:
            out = (*out, part)
            if out in aot_counts:
                out = (*out, aot_counts[out] - 1)
        return out

    for number, text in enumerate(source.splitlines(), start=1):
        pos = 0
        if multiline is None and depth == 0:
            stripped = text.lstrip()
            pos = len(text) - len(stripped)
            if stripped.startswith("[["):
                parsed = _parse_key(text, pos + 2)
                if parsed and text[parsed[1] : parsed[1] + 2] == "]]":
                    prefix = resolve(parsed[0][:-1])
                    array = (*prefix, parsed[0][-1])
                    index = aot_counts.get(array, 0)
                    aot_counts[array] = index + 1
                    table = (*array, index)
                    lines.setdefault(array, number)
                    lines[table] = number
                    headers.append(number)
                elif parsed is None:
                    table = None
                    headers.append(number)
                continue
            if stripped.startswith("["):
                parsed = _parse_key(text, pos + 1)
                if parsed and text[parsed[1] : parsed[1] + 1] == "]":
                    table = resolve(parsed[0])
                    lines.setdefault(table, number)
                    headers.append(number)
                elif parsed is None:
                    table = None
                    headers.append(number)
                continue
            parsed = _parse_key(text, pos)
            if parsed and text[parsed[1] : parsed[1] + 1] == "=":
                parts, pos = parsed
                pos += 1
                if table is not None:
                    for end in range(1, len(parts) + 1):
                        lines.setdefault((*table, *parts[:end]), number)
        multiline, depth = _scan_value(text, pos, multiline, depth)
    return lines, headers


def _scan_value(text: str, pos: int, multiline: str | None, depth: int) -> tuple[str | None, int]:
    """Follow strings, comments and brackets through one line of a value."""
    while pos < len(text):
        if multiline is not None:
            end = text.find(multiline, pos)
            if end < 0:
                return multiline, depth
            pos = end + 3
            multiline = None
            continue
        char = text[pos]
        if char == "#":
            break
        if text.startswith('"""', pos) or text.startswith("'''", pos):
            multiline = text[pos : pos + 3]
            pos += 3
            continue
        if char == '"':
            match = _BASIC_KEY.match(text, pos)
            pos = match.end() if match else len(text)
            continue
        if char == "'":
            end = text.find("'", pos + 1)
            pos = end + 1 if end >= 0 else len(text)
            continue
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        pos += 1
    return multiline, depth
