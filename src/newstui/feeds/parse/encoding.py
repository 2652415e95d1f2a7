"""Encoding labels that would lose characters, repaired the way browsers read them."""

from __future__ import annotations

import codecs
import re

# The encoding an XML declaration names: rewritten to utf-8 when a document is re-encoded.
XML_DECL_ENCODING = re.compile(r"""(<\?xml[^<>]{0,300}?encoding\s*=\s*)(["'])[^"'<>]*\2""")

_DECLARED_ENCODING = re.compile(rb"""\s*<\?xml[^<>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_LATIN_1 = frozenset(("iso-8859-1", "iso8859-1", "iso_8859-1", "latin-1", "latin1", "l1", "cp819", "ibm819"))
_UTF_8 = frozenset(("utf-8", "utf8"))
_C1 = re.compile(rb"[\x80-\x9f]")
# U+0080..U+009F as windows-1252 reads the same bytes (its five undefined ones stay as they are).
_C1_AS_CP1252 = {0x80 + i: (bytes([0x80 + i]).decode("cp1252", "ignore") or chr(0x80 + i)) for i in range(32)}


def _as_cp1252(data: bytes) -> str:
    return data.decode("latin-1").translate(_C1_AS_CP1252)


def _lenient_utf8(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: an invalid UTF-8 byte is read as windows-1252 (a pasted Latin-1 snippet)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _as_cp1252(error.object[error.start : error.end]), error.end


codecs.register_error("newstui-cp1252", _lenient_utf8)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def repair_encoding(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """body re-encoded as UTF-8 where its own encoding label would lose characters.

    Two real-world faults, both read the way browsers read them:

    * a document labelled ISO-8859-1 that holds windows-1252 bytes 0x80-0x9F (smart
      quotes, dashes, €): as Latin-1 they are C1 control characters, which the
      cleaning drops, so "“quoted”" would come out as "quoted";
    * a UTF-8 document (by BOM, declaration, or by default) with a few invalid
      bytes: strict parsers reject it and a forgiving one then reads the *whole*
      document as windows-1252, garbling every item. Only the bad bytes are read
      as windows-1252 instead, so the damage stays in the item that has them.

    The declaration wins over the HTTP charset, as in the lxml reader. A UTF-16 or UTF-32
    document (by its BOM, or by its first "<" in two or four bytes) is re-encoded as UTF-8
    too (`_wide_as_utf8`): taken for broken UTF-8 it came out as nothing but bad bytes, and
    left as it was, one that is not well-formed (a download cut short) lost every item
    when it had no XML declaration. Other NUL bytes among the first ones are left to the
    parsers. An HTTP charset naming UTF-16 or UTF-32 on a document that is neither is
    dropped (`_impossible_wide_label`).
    """
    wide = _wide(body)
    if wide is not None:
        return _wide_as_utf8(body, wide[0], wide[1], content_type)
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in body[:4]:
        return body, content_type  # the UTF-32 BOMs start with a UTF-16 one or with NULs
    content_type = _impossible_wide_label(body, content_type)
    bom = body.startswith(codecs.BOM_UTF8)
    declared_match = _DECLARED_ENCODING.match(body, 3 if bom else 0)
    declared = declared_match.group(1).decode("ascii").lower() if declared_match else None
    label = "utf-8" if bom else declared or charset_of(content_type) or "utf-8"
    if label in _LATIN_1:
        if _C1.search(body) is None or declared is None and _is_utf8(body):
            return body, content_type  # only HTTP says Latin-1 and the bytes are UTF-8: a mislabelling server
        text = _as_cp1252(body)
    elif label in _UTF_8:
        if _is_utf8(body):
            return body, content_type
        text = body.decode("utf-8", "newstui-cp1252")
    else:
        return body, content_type
    if declared_match is not None:
        text = XML_DECL_ENCODING.sub(r"\1\2utf-8\2", text, count=1)
    return text.encode("utf-8"), _utf8_type(content_type)


# Byte-order marks and the first character "<" of a document, in the encodings that do not
# keep ASCII as ASCII: the UTF-32 ones first (their BOM starts with a UTF-16 one).
_WIDE_STARTS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", 4),
    (codecs.BOM_UTF32_BE, "utf-32-be", 4),
    (b"<\x00\x00\x00", "utf-32-le", 0),
    (b"\x00\x00\x00<", "utf-32-be", 0),
    (codecs.BOM_UTF16_LE, "utf-16-le", 2),
    (codecs.BOM_UTF16_BE, "utf-16-be", 2),
    (b"<\x00", "utf-16-le", 0),
    (b"\x00<", "utf-16-be", 0),
)


def ascii_view(body: bytes, tail: int | None = None) -> bytes:
    """`body` (or its last `tail` characters) with its markup as ASCII bytes: a UTF-16 or UTF-32
    document (by its BOM, or by a first "<" in two or four bytes) re-encoded as UTF-8, any other
    returned as it is.

    Checks that look for tags as bytes (`</rss>` at the end, an `<item>` left open) see nothing
    in a UTF-16 document, where "<" is "<\\x00": a cut download of one was read as whole. The
    view is for looking at, never parsed; a body cut inside a character loses that character.
    """
    wide = _wide(body)
    if wide is None:
        return body if tail is None else body[-tail:]
    codec, skip, unit = wide
    begin = skip if tail is None else max(skip, len(body) - tail * unit)
    begin -= (begin - skip) % unit  # on a character's first byte
    end = len(body) - (len(body) - skip) % unit  # a cut inside the last character drops it
    return body[begin:end].decode(codec, "replace").encode("utf-8")


def _wide(body: bytes) -> tuple[str, int, int] | None:
    """(codec, BOM length, bytes per character) of a UTF-16/UTF-32 document, else None."""
    for start, codec, skip in _WIDE_STARTS:
        if body.startswith(start):
            return codec, skip, 4 if codec.startswith("utf-32") else 2
    return None


def whole_characters(body: bytes) -> bytes:
    """A UTF-16 or UTF-32 document without the bytes of a character its end cuts in two.

    A download cut at an odd byte, or a server that appends one stray byte (a newline
    written as ASCII after the document), leaves the last character incomplete, and the
    parsers then read nothing at all ("invalid token" at the start), every item lost; the
    document read up to its last whole character keeps what came, as a UTF-8 one does.
    In UTF-16 a character beyond the first 65,536 (an emoji, a rarer CJK character) is two
    units, a surrogate pair: an end between them leaves a lone first half, as fatal, and
    it goes too.
    """
    wide = _wide(body)
    if wide is None:
        return body
    codec, skip, unit = wide
    end = len(body) - (len(body) - skip) % unit
    if unit == 2 and end - skip >= 2:
        high = body[end - 2] if codec == "utf-16-be" else body[end - 1]  # the unit's high byte
        if 0xD8 <= high <= 0xDB:  # a first (high) surrogate
            end -= 2
    return body[:end] if end < len(body) else body


def _wide_as_utf8(body: bytes, codec: str, skip: int, content_type: str | None) -> tuple[bytes, str]:
    """A UTF-16 or UTF-32 document (`codec`, its BOM `skip` bytes long) as UTF-8, its XML
    declaration and its Content-Type saying so.

    The general pattern: the parsers read a wide document by its BOM or its declaration, and
    the forgiving one (feedparser, for any document not well-formed) read a cut UTF-16 one
    with a BOM and no declaration as nothing at all, every item lost; as UTF-8 it reads what
    came, as for any cut document. Read up to its last whole character (`whole_characters`);
    a lone surrogate inside it is U+FFFD, so the damage stays in the item that has it.
    """
    text = whole_characters(body)[skip:].decode(codec, "replace")
    declared = XML_DECL_ENCODING.match(text, len(text) - len(text.lstrip()))
    if declared is not None:  # only a declaration at the start: the same words in an item are text
        text = text[: declared.start()] + declared.expand(r"\1\2utf-8\2") + text[declared.end() :]
    return text.encode("utf-8"), _utf8_type(content_type)


def _utf8_type(content_type: str | None) -> str:
    """The Content-Type of a document re-encoded as UTF-8: its media type, charset=utf-8."""
    media = (content_type or "application/xml").split(";", 1)[0].strip() or "application/xml"
    return f"{media}; charset=utf-8"


_WIDE_LABEL = re.compile(r"(?:utf-?(?:16|32)|ucs-?[24]|unicode)(?:-?[bl]e)?", re.I)
_CHARSET_PARAM = re.compile(r"""\s*;\s*charset\s*=\s*"?[^";]*"?""", re.I)


def _impossible_wide_label(body: bytes, content_type: str | None) -> str | None:
    """`content_type` without its charset when that names UTF-16 or UTF-32 and the body
    cannot be so (no byte-order mark, no NUL in its first characters: a "<" in UTF-16 is
    "<\\x00"); else `content_type` as it is.

    A server configured to label its files UTF-16 (a default copied from a Windows setup)
    sends them as they are, 8-bit: read by the label, a document whose declaration names no
    encoding was nothing but invalid tokens, every item lost, for the header's fault. The
    bytes say what they are; a label they contradict is dropped, as for any other document
    the declaration or the UTF-8 default then reads.
    """
    label = charset_of(content_type)
    if content_type is None or label is None or not _WIDE_LABEL.fullmatch(label):
        return content_type
    return _CHARSET_PARAM.sub("", content_type, count=1)


def charset_of(content_type: str | None) -> str | None:
    """The charset an HTTP Content-Type names, lower-cased; None when it names none."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", content_type, re.I)
    return match.group(1).lower() if match else None
