"""Page bytes → text: size cap, binary sniffing, BOM / meta charset, sane fallbacks.

Pure standard library, so importing it costs nothing.
"""

from __future__ import annotations

import codecs
import re

from newstui.errors import ExtractError

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Pages longer than this are cut before parsing (best effort: the article is near the top)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"\x00\x00\x00", "binary data"),
)
# WHATWG: labels for Latin-1 and ASCII mean windows-1252, which fills 0x80-0x9F
# with the curly quotes and dashes that pages actually contain.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-mac-cyrillic": "mac-cyrillic",
}


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def check_binary(head: bytes) -> None:
    """Raise ExtractError when the first bytes are plainly not text."""
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise ExtractError(f"input is {what}, not an HTML page")
    sample = head[:4096]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 50):
        raise ExtractError("input looks like binary data (control bytes), not an HTML page")


def declared_encoding(data: bytes) -> str | None:
    """The charset named by an XML declaration or a <meta> in the first 8 KB, if Python knows it."""
    head = data[:8192]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A meta tag cannot really declare UTF-16: the bytes that carried it were ASCII.
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return "utf-8"
    return name


def decode_html(data: bytes) -> str:
    """Decode page bytes.

    Order: a BOM wins; then strict UTF-8 (valid UTF-8 with non-ASCII bytes is
    almost never anything else, which also rescues pages whose meta lies);
    then the declared charset; then windows-1252, which decodes any byte.

    Raises:
        ExtractError: the bytes are empty or binary.
    """
    if not data.strip():
        raise ExtractError("the page is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    check_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    declared = declared_encoding(data)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            return data.decode(declared, "replace")
    # Declared UTF-8 (or nothing) but not valid UTF-8. Mostly-valid UTF-8 with a
    # few bad bytes (a truncated page, one pasted Latin-1 character) stays UTF-8.
    bad = data[utf8_error.start :].decode("utf-8", "replace").count("\ufffd")
    if bad <= 3 and declared == "utf-8":
        return data.decode("utf-8", "replace")
    return data.decode("cp1252", "replace")


def cap_input(html: str | bytes) -> str | bytes:
    """Cut input longer than MAX_INPUT_BYTES (libxml2 closes what is left open)."""
    if len(html) > MAX_INPUT_BYTES:
        return html[:MAX_INPUT_BYTES]
    return html


def to_text(html: str | bytes) -> str:
    """Any page input → text, capped and decoded, or ExtractError."""
    if not isinstance(html, (str, bytes, bytearray)):
        raise ExtractError(f"expected HTML as str or bytes, got {type(html).__name__}")
    html = cap_input(bytes(html) if isinstance(html, bytearray) else html)
    if isinstance(html, bytes):
        return decode_html(html)
    if not html.strip():
        raise ExtractError("the page is empty")
    if "\x00" in html[:4096]:
        check_binary(html[:4096].encode("utf-8", "replace"))
    return html
