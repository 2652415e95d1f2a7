"""Document type declarations removed before any parser sees the document."""

from __future__ import annotations

import codecs
import re

from newstui.feeds.parse.encoding import XML_DECL_ENCODING, charset_of

# A markup declaration (<!DOCTYPE, <!ENTITY, ...), not a comment or CDATA section.
_DECLARATION = re.compile(rb"<!(?![-\[])")
_DECLARATION_TEXT = re.compile(r"<!(?![-\[])")
_XML_DECL = re.compile(r"\ufeff?\s*(?:<\?xml[^<>]{0,300}?\?>)?")
# Feeds never need these, and no parser may see them: entity declarations expand
# ("billion laughs", one big entity referenced a million times) and external
# identifiers name local files or URLs.
_DECL_END = re.compile(r"""["'\[\]>]|<!--""")
_ROOT = re.compile(r"<[A-Za-z0-9_]")  # feedparser's end of the prolog; ours is never later


def _declaration_end(text: str, start: int) -> int:
    """Index just past the declaration at `start` (quotes, internal subset and comments skipped)."""
    depth = 0
    pos = start + 2
    while True:
        match = _DECL_END.search(text, pos)
        if match is None:
            return len(text)
        token = match.group()
        if token in ("'", '"'):
            close = text.find(token, match.end())
            if close < 0:
                return len(text)
            pos = close + 1
        elif token == "<!--":
            close = text.find("-->", match.end())
            if close < 0:
                return len(text)
            pos = close + 3
        elif token == "[":
            depth += 1
            pos = match.end()
        elif token == "]":
            depth = max(depth - 1, 0)
            pos = match.end()
        elif depth == 0:
            return match.end()
        else:
            pos = match.end()  # the end of a declaration inside the subset


def _strip_prolog_declarations(text: str) -> str | None:
    """text without the DOCTYPE and other declarations before its root element; None if it has none.

    Comments and processing instructions there go too (the XML declaration stays):
    feedparser's loose reader picks `<!ENTITY` out of the prolog with a regex that
    does not know about comments.
    """
    if _DECLARATION_TEXT.search(text) is None:
        return None
    kept = [_XML_DECL.match(text).group()]  # type: ignore[union-attr]  # the pattern matches ''
    pos = len(kept[0])
    removed = False
    while pos < len(text):
        lt = text.find("<", pos)
        if lt < 0:
            break
        kept.append(text[pos:lt])
        pos = lt
        if text.startswith("<?", pos):
            close = text.find("?>", pos + 2)
            pos = len(text) if close < 0 else close + 2
        elif text.startswith("<!--", pos):
            close = text.find("-->", pos + 4)
            pos = len(text) if close < 0 else close + 3
        elif text.startswith("<![", pos):
            close = text.find("]]>", pos + 3)
            pos = len(text) if close < 0 else close + 3
        elif text.startswith("<!", pos):
            pos = _declaration_end(text, pos)
            removed = True
        elif _ROOT.match(text, pos):
            break
        else:
            kept.append("<")
            pos += 1
    if not removed:
        return None
    kept.append(text[pos:])
    return "".join(kept)


def _candidate_codecs(body: bytes, content_type: str | None) -> list[str]:
    """Encodings a parser might read `body` in that do not keep ASCII as ASCII (UTF-16/32, EBCDIC, UTF-7)."""
    from newstui.extract.decode import text_codec

    labels: list[str | None] = [charset_of(content_type)]
    declared = re.match(rb"""\s*<\?xml[^<>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", body)
    if declared:
        labels.append(declared.group(1).decode("ascii"))
    if body[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) or b"\x00\x00" in body[:4]:
        labels += ["utf-32-le", "utf-32-be"]
    if body[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or b"\x00" in body[:4096]:
        labels += ["utf-16-le", "utf-16-be"]
    if body[:4] == b"\x4c\x6f\xa7\x94":  # '<?xm' in EBCDIC
        labels.append("cp037")
    found: list[str] = []
    for label in labels:
        name = text_codec(label) if label else None
        if name and name not in found and "<!".encode(name) != b"<!":
            found.append(name)
    return found


def without_dtd(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """body with its document type declaration (and so every entity declaration) removed.

    Returns the body and the content type to parse it with. A body in an encoding
    that is not ASCII-compatible is decoded to find them, and comes back as UTF-8.
    """
    if _DECLARATION.search(body) is not None:
        stripped = _strip_prolog_declarations(body.decode("latin-1"))
        if stripped is not None:
            body = stripped.encode("latin-1")
    for name in _candidate_codecs(body, content_type):
        try:
            text = body.decode(name)
        except (UnicodeDecodeError, ValueError):
            continue  # no parser reads it this way either
        stripped = _strip_prolog_declarations(text.lstrip("\ufeff"))
        if stripped is not None:
            stripped = XML_DECL_ENCODING.sub(r"\1\2utf-8\2", stripped, count=1)
            return stripped.encode("utf-8", "replace"), "application/xml; charset=utf-8"
    return body, content_type
