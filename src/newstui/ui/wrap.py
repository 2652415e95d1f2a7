"""Lines of text broken where a reader breaks them: at spaces, and inside a long link or path
only at its separators."""

from __future__ import annotations

import re

_LINK_PIECES = re.compile(r"[?&#]?[^/?&#]*/*")
"""A link's pieces: each ends after its "/"s or runs up to a "?", "&" or "#", which starts
the next one (a query's parts read as units: "?page=2", "&lang=en")."""


def wrap_words(text: str, width: int) -> list[str]:
    """Lines of at most `width` cells, broken at spaces. A word wider than that (a URL, a path)
    breaks after a "/" or before a "?", "&" or "#", and only as a last resort inside a name
    (one name wider than the line). The pieces of a broken word follow on without a space, so
    the lines joined give the word back whole."""
    from rich.cells import cell_len

    pieces: list[tuple[str, bool]] = []
    """(text, starts a word): a long word's later pieces follow on without a space."""
    for word in text.split():
        if cell_len(word) <= width:
            pieces.append((word, True))
            continue
        chunk = ""
        first = True
        for part in (part for part in _LINK_PIECES.findall(word) if part):
            if chunk and cell_len(chunk + part) > width:
                pieces.append((chunk, first))
                chunk, first = "", False
            *heads, part = _name_pieces(part, width)  # one name longer than the line
            for head in heads:
                pieces.append((head, first))
                first = False
            chunk += part
        if chunk:
            pieces.append((chunk, first))
    lines: list[str] = []
    for piece, starts_word in pieces:
        joined = (lines[-1] + " " + piece) if lines and starts_word else (lines[-1] + piece if lines else piece)
        if lines and cell_len(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(piece)
    return lines


def has_long_word(text: str, width: int) -> bool:
    """Whether a word of `text` is wider than `width` cells (a link, a path), which the text
    wrap would cut wherever the width ran out."""
    from rich.cells import cell_len

    return any(len(word) > width and cell_len(word) > width for word in text.split()) if width > 0 else False


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """The lines of `text` (its own line breaks kept) as (start, end) offsets into it, each at
    most `width` cells: broken at spaces, as `wrap_words` breaks them, and a word wider than
    the line (a bare link in a paragraph) after a "/" or before a "?", "&" or "#", inside a
    name only when the name alone is wider. Offsets, not strings, so a styled text (quotes,
    link markers) can be cut at the same places; spaces at a break are left out."""
    from rich.cells import cell_len

    width = max(1, width)
    spans: list[tuple[int, int]] = []
    at = 0
    for hard in text.split("\n"):
        line: tuple[int, int] | None = None
        for match in re.finditer(r"\S+", hard):
            for start, end in _word_pieces(match.group(), width):
                start, end = at + match.start() + start, at + match.start() + end
                if line is not None and cell_len(text[line[0] : end]) <= width:
                    line = (line[0], end)
                    continue
                if line is not None:
                    spans.append(line)
                line = (start, end)
        spans.append(line if line is not None else (at, at))
        at += len(hard) + 1
    return spans


def _word_pieces(word: str, width: int) -> list[tuple[int, int]]:
    """A word as (start, end) pieces: whole when it fits a line, else cut where `wrap_words`
    cuts it."""
    from rich.cells import cell_len

    if cell_len(word) <= width:
        return [(0, len(word))]
    pieces: list[tuple[int, int]] = []
    chunk_start = at = 0
    for part in (part for part in _LINK_PIECES.findall(word) if part):
        if at > chunk_start and cell_len(word[chunk_start : at + len(part)]) > width:
            pieces.append((chunk_start, at))
            chunk_start = at
        *heads, rest = _name_pieces(part, width)
        for head in heads:
            if at > chunk_start:
                pieces.append((chunk_start, at))
            pieces.append((at, at + len(head)))
            at += len(head)
            chunk_start = at
        at += len(rest)
    if at > chunk_start:
        pieces.append((chunk_start, at))
    return pieces


def _name_pieces(name: str, width: int) -> list[str]:
    """A name cut into lines of at most `width` cells, the last one the rest: each cut after
    its last "-", "_" or "." that leaves at most `width` cells before it (a slug's words stay
    whole), else at the width itself. Only a line's worth is measured for each cut, not the
    rest of the name: a hostile 100 KB name with no separator took minutes."""
    from rich.cells import cell_len

    if cell_len(name) <= width:
        return [name]
    pieces: list[str] = []
    at = 0
    while True:
        end = min(len(name), at + max(1, width))
        while end > at and cell_len(name[at:end]) > width:
            end -= 1  # wide characters: fewer of them fit
        if end >= len(name):
            break
        hyphen = max(name.rfind(mark, at, end) for mark in "-_.")
        cut = hyphen + 1 if hyphen > at else max(end, at + 1)
        pieces.append(name[at:cut])
        at = cut
    pieces.append(name[at:])
    return pieces


def wrap_link(label: str, url: str, width: int) -> list[str]:
    """`label` and a link in lines of at most `width` cells. A link that fits a line is never
    broken: it goes on the label's line, or whole on the next. A longer one starts on the
    label's line, filling it, and breaks only where `wrap_words` breaks a link (after a "/", before a
    "?", "&" or "#"; inside a name only when the name alone is wider than a line, and then
    after a "-", "_" or "." where it can). The lines
    joined (less the label) give the link back whole."""
    from rich.cells import cell_len

    if label and cell_len(url) <= width < cell_len(f"{label} {url}"):
        return [label, url]  # whole on a line of its own: one line to select, or for a terminal to find
    lines: list[str] = []
    line = f"{label} " if label else ""
    for part in (part for part in _LINK_PIECES.findall(url) if part):
        if cell_len(line + part) <= width:
            line += part
            continue
        if line.strip():
            lines.append(line.rstrip())
        *heads, part = _name_pieces(part, width)  # one name wider than the line
        lines += heads
        line = part
    if line.strip():
        lines.append(line.rstrip())
    return lines


SEPARATOR = " · "
"""What stands between the pieces of a line of facts (byline · date · feed)."""


def separated_lines(parts: list[str], width: int, separator: str = SEPARATOR) -> list[str]:
    """Facts joined by `separator` in lines of at most `width` cells, broken between pieces
    only: a piece ("25 Nov 2026, 10:00", "1 min read") never splits over two lines, and a
    separator ends the line it follows, never starts one (a line opening with "·" reads as a
    stray mark). A piece wider than the line is wrapped at its spaces (`wrap_words`), and the
    next piece may follow on its last line."""
    from rich.cells import cell_len

    trail = separator.rstrip()  # " ·": what a line ends with when more follows
    lines: list[str] = []
    for index, part in enumerate(parts):
        more = trail if index + 1 < len(parts) else ""
        if lines and cell_len(lines[-1] + separator + part + more) <= width:
            lines[-1] += separator + part
            continue
        if lines:
            lines[-1] += trail
        lines += wrap_words(part, max(1, width - cell_len(more))) if cell_len(part + more) > width else [part]
    return lines
