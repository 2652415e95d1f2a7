"""Page bytes → text: size cap, binary sniffing, BOM / meta charset, sane fallbacks.

Pure standard library, so importing it costs nothing.
"""

from __future__ import annotations

import codecs
import re

from newstui.errors import ExtractError
from newstui.text import strip_control

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
    # WHATWG labels Python does not know: Thai pages' windows-874 (TIS-620's superset),
    # Hebrew's logical-order ISO-8859-8-I, and the x- spelling of EUC-JP.
    "windows-874": "cp874",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "x-euc-jp": "euc_jp",
}


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def _check_magic(head: bytes) -> None:
    """Raise ExtractError when the bytes open with a known binary format's signature."""
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise ExtractError(f"input is {what}, not an HTML page")


def check_binary(head: bytes) -> None:
    """Raise ExtractError when the first bytes are plainly not text."""
    _check_magic(head)
    if head.startswith(b"\x00\x00\x00"):
        raise ExtractError("input is binary data, not an HTML page")
    sample = head[:4096]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 50):
        raise ExtractError("input looks like binary data (control bytes), not an HTML page")


_PROBE = "<p>é – 字</p>"
# str <-> bytes codecs that are escape schemes, not charsets a document is written in.
_NOT_CHARSETS = frozenset(("punycode", "unicode-escape", "raw-unicode-escape", "idna", "unicode-internal"))
# WHATWG gives pages no UTF-7 (it smuggles markup past filters); such a label falls back.
_NOT_FOR_PAGES = frozenset(("utf-7",))


def text_codec(label: str) -> str | None:
    """Python's name for the text encoding `label`, or None for unknown labels and non-text codecs.

    codecs.lookup also finds bytes-to-bytes codecs (rot13, zlib, base64, hex, uu,
    bz2), which `bytes.decode` refuses with LookupError. A codec counts as text
    here only if it turns a probe string into bytes and back into a str.
    """
    try:
        name = codecs.lookup(label).name
        encoded = _PROBE.encode(name, "replace")
        decoded = encoded.decode(name, "replace")
    except (LookupError, TypeError, ValueError, UnicodeError):
        return None
    if name in _NOT_CHARSETS or not isinstance(encoded, bytes) or not isinstance(decoded, str) or "<p>" not in decoded:
        return None
    return name


def declared_encoding(data: bytes) -> str | None:
    """The charset named by an XML declaration or a <meta> in the first 8 KB, if Python knows it."""
    head = data[:8192]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    name = transport_encoding(match.group(1).decode("ascii", "replace"))
    # A meta tag cannot really declare UTF-16: the bytes that carried it were ASCII.
    if name is not None and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def transport_encoding(label: str | None) -> str | None:
    """Python's name for a charset label (the transport's, HTTP's Content-Type, or a page's own
    declaration), if it is a text encoding a page may be written in; None for no label, an
    unknown one, or UTF-7."""
    if not label:
        return None
    label = label.strip().lower()
    name = text_codec(_ALIASES.get(label, label))
    return None if name is None or name in _NOT_FOR_PAGES else name


def _wide_order(name: str, data: bytes) -> str:
    """A UTF-16/32 codec with its byte order: a label without one ("utf-16") reads the
    order from where the first character's zero bytes are (ASCII markup opens a page)."""
    if name in ("utf-16", "utf-32"):
        return f"{name}-be" if data[:1] == b"\x00" else f"{name}-le"
    return name


def decode_html(data: bytes, transport_charset: str | None = None) -> str:
    """Decode page bytes.

    Order: a BOM wins; then strict UTF-8 (valid UTF-8 with non-ASCII bytes is
    almost never anything else, which also rescues pages whose meta lies);
    then the charset the page declares and the one its transport declared
    (`transport_charset`, HTTP's Content-Type), in the order below; then
    windows-1252, which decodes any byte.

    The page's own declaration goes before an HTTP label that is a server's
    blanket default (ISO-8859-1, ASCII or UTF-8 for every file), against the HTML
    standard's order, as that is the common conflict; any other HTTP label (windows-1251,
    KOI8-R, Shift_JIS...) was set for these pages and goes first, as browsers take it,
    over a template's leftover <meta>. HTTP's label also matters when the page names
    none, as many pages in Cyrillic, Greek or the CJK scripts do. A label the bytes
    refute (a <meta> saying UTF-8 over bytes that are not, or Shift_JIS over bytes no
    Shift_JIS decoder takes) gives way to the other one.
    A UTF-16/32 label from HTTP is the one way a page without a BOM can say it is
    written in 16 or 32-bit units: it is used when the body holds NUL bytes near
    its start (an 8-bit body wrongly labelled so is read as if unlabelled).

    Raises:
        ExtractError: the bytes are empty or binary.
    """
    return _decode(data, transport_charset)[0]


def _decode(data: bytes, transport_charset: str | None = None) -> tuple[str, bool]:
    """decode_html's text, and whether it is `data` decoded as strict UTF-8 (so `data` are its UTF-8 bytes)."""
    if not data.strip():
        raise ExtractError("the page is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace"), False
    transport = transport_encoding(transport_charset)
    if transport is not None and transport.startswith(("utf-16", "utf-32")):
        if b"\x00" in data[:64]:
            _check_magic(data)  # an image or archive under a wrong text label is still no page
            return data.decode(_wide_order(transport, data), "replace"), False
        transport = None
    check_binary(data)
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError as error:
        utf8_error = error
    page = declared_encoding(data)
    declared = page or transport
    if page not in (None, "utf-8") and transport not in (None, "cp1252", "utf-8", page):
        # HTTP names a charset no blanket default names: it goes first, the page's is the fallback.
        # (A page saying UTF-8 keeps it while its bytes mostly are: a cut page's last bytes.)
        declared, transport = transport, page
    # How many characters the bytes fail to hold as UTF-8, read once, when a UTF-8 label is to be weighed.
    bad_utf8 = data[utf8_error.start :].decode("utf-8", "replace").count("\ufffd") if declared == "utf-8" else 0
    if declared == "utf-8" and transport not in (None, "utf-8") and bad_utf8 > 3:
        # The page says UTF-8 and its bytes say otherwise (a template's <meta> copied onto
        # pages saved in a legacy charset): the label the bytes refute gives way to HTTP's.
        declared = transport
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), False
        except UnicodeError:
            pass
        if transport not in (None, declared):
            try:  # the first label is refuted by the bytes (a multi-byte charset's): the other may fit
                return data.decode(transport), False
            except UnicodeError:
                pass
        return data.decode(declared, "replace"), False
    # Declared UTF-8 (or nothing) but not valid UTF-8. Mostly-valid UTF-8 with a
    # few bad bytes (a truncated page, one pasted Latin-1 character) stays UTF-8.
    if declared == "utf-8" and bad_utf8 <= 3:
        return data.decode("utf-8", "replace"), False
    return data.decode("cp1252", "replace"), False


def cap_input(html: str | bytes) -> str | bytes:
    """Cut input longer than MAX_INPUT_BYTES (libxml2 closes what is left open)."""
    if len(html) > MAX_INPUT_BYTES:
        return html[:MAX_INPUT_BYTES]
    return html


# A character reference to a C0 control or DEL ('&#27;', '&#x1b;'): libxml2 would
# turn it into the character after we cleaned the text, so it is made one before.
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[0-8]|1[1-9]|2[0-9]|3[01]|127)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]))(?![0-9a-fA-F]);?"
)
# 8-bit forms of CSI and OSC sequences (C1 controls), which strip_control would
# reduce to their bare parameters ('2J').
_C1_SEQUENCE = re.compile("\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c\x1b]*(?:\x07|\x9c)")
# A terminal string (DCS, SOS, PM, APC) in 8-bit form, short and terminated: removed whole.
_C1_STRING = re.compile("[\x90\x98\x9e\x9f][^\x07\x18\x1a\x1b\x9c<>]{0,256}(?:\x07|\x9c)")
_C1 = re.compile("[\x80-\x9f]")
# Anything strip_control removes; most pages have none of it.
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
"""C0 control characters but tab, LF and CR, as bytes (each one byte in UTF-8 too)."""
# _UNCLEAN's characters as UTF-8 bytes, CR aside (clean_text turns every CR into LF first).
_UNCLEAN_BYTES = C0_CONTROL_BYTES + b"\x7f"
_UNCLEAN_C1 = re.compile(rb"\xc2[\x80-\x9f]")
_UNCLEAN_BIDI = re.compile(rb"\xe2(?:\x80[\xaa-\xae]|\x81[\xa6-\xa9])")


def _unas_utf8(data: bytes) -> bool:
    """Whether UTF-8 `data` holds a character of _UNCLEAN other than CR (each regex starts with a literal byte)."""
    return (
        len(data.translate(None, _UNCLEAN_BYTES)) != len(data)
        or _UNCLEAN_C1.search(data) is not None
        or _UNCLEAN_BIDI.search(data) is not None
    )


def _control_char(match: re.Match[str]) -> str:
    ref = match.group().rstrip(";")[2:]
    return chr(int(ref[1:], 16) if ref[:1] in "xX" else int(ref))


def clean_text(text: str, *, as_utf8: bytes | None = None) -> str:
    """Page text without terminal escape sequences or control characters, before any parsing.

    Done before lxml sees the text: libxml2 drops a lone ESC but keeps the rest of
    its sequence, which left '[2J' or ']52;c;…' in article text. Line breaks are
    normalised as HTML does (CR LF and CR become LF), so no line break is lost.

    as_utf8, when given, is `text`'s exact UTF-8 encoding: _UNCLEAN is then
    looked for in the bytes, with C-speed scans instead of a regex over every
    character (the page's one costliest scan before parsing).
    """
    clean = as_utf8 is not None and not _unas_utf8(as_utf8)
    if "&#" in text:
        text, refs = _CONTROL_REF.subn(_control_char, text)
        clean = clean and not refs
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if clean or _UNCLEAN.search(text) is None:
        return text
    text = _C1_SEQUENCE.sub("", text.replace("\x0c", " "))  # a form feed is HTML whitespace
    # What is left of C1 goes one character at a time: in a page a lone U+0090/U+0098
    # is mojibake ('ï\x80\x98' for an icon font's U+F018), not the start of a terminal
    # string, and strip_control would drop everything after it up to the page's end.
    return strip_control(_C1.sub("", _C1_STRING.sub("", text)))


def to_text(html: str | bytes, transport_charset: str | None = None) -> str:
    """Any page input → text, capped, decoded (bytes: see `decode_html`) and cleaned (see
    `clean_text`), or ExtractError."""
    if not isinstance(html, (str, bytes, bytearray)):
        raise ExtractError(f"expected HTML as str or bytes, got {type(html).__name__}")
    html = cap_input(bytes(html) if isinstance(html, bytearray) else html)
    if isinstance(html, bytes):
        text, utf8 = _decode(html, transport_charset)
        return clean_text(text, as_utf8=html if utf8 else None)
    if not html.strip():
        raise ExtractError("the page is empty")
    if "\x00" in html[:4096]:
        check_binary(html[:4096].encode("utf-8", "replace"))
    return clean_text(html)
