"""Character references XML forbids (`&#27;`, `&#0;`), made legal before parsing.

Such a reference in a feed makes the document not well-formed, and feedparser's
lenient reader then keeps the text but loses characters around the reference. Each
such reference is rewritten before parsing: a C0 control to a stand-in (a Unicode
noncharacter, U+FDD0 + its code, legal in XML and never meaningful text) that the
cleaning turns back into the control, so control characters and whole escape
sequences go as they do for a control the document holds (an ESC that starts no
sequence goes alone: "wall&#27;s" keeps its "s"); vertical tab and form feed (Word's
line and page breaks) become spaces; NUL, surrogates and numbers past Unicode are
dropped. The same references inside escaped HTML (`&amp;#27;`, or in CDATA) get the
same treatment (`html_references`) before that HTML is read.
"""

from __future__ import annotations

import re

# The references that may name such a character (the rest, such as &#39; or &#8217;,
# are never looked at): below 32, the stand-ins, and the long numbers (surrogates,
# past Unicode).
_SUSPECT = (
    r"&#(?:[xX]0*(1?[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF][dD][dDeE][0-9a-fA-F]|[fF]{3}[eEfF]|[0-9a-fA-F]{5,8})"
    r"|0*([0-9]|[12][0-9]|3[01]|[0-9]{5,10}));"
)
_CHAR_REFERENCE = re.compile(_SUSPECT.encode())
_STAND_IN = 0xFDD0
_RESTORE_CONTROLS = {_STAND_IN + code: code for code in range(32)}
_STRAY_ESC = re.compile(f"{chr(_STAND_IN + 27)}(?![\\[\\]PX^_])")


def _replacement(hexadecimal: str | bytes | None, decimal: str | bytes | None) -> str | None:
    """What a character reference becomes: None when XML allows its character, else the
    stand-in of a control, a space for VT and FF, or nothing (see above)."""
    code = int(hexadecimal, 16) if hexadecimal is not None else int(decimal or 0)
    if _STAND_IN <= code < _STAND_IN + 32:
        # A stand-in written as a reference: the rewrite of a reference inside CDATA.
        return chr(code)
    if code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return None
    if code in (11, 12):
        return " "
    return chr(_STAND_IN + code) if 0 < code < 32 else ""


def _legal_reference(match: re.Match[bytes]) -> bytes:
    replacement = _replacement(*match.groups())
    if replacement is None:
        return match.group()
    if replacement in ("", " "):
        return replacement.encode()
    # A reference again, not the character: the body's encoding is not known here.
    return b"&#x%X;" % ord(replacement)


def legal_references(body: bytes) -> bytes:
    """`body` with every character reference XML 1.0 forbids rewritten (the same object when none is)."""
    if b"&#" not in body:
        return body
    fixed = _CHAR_REFERENCE.sub(_legal_reference, body)
    return body if fixed == body else fixed


def restored(text: str) -> str:
    """`text` with the stand-ins of `legal_references` turned back into controls (a stray ESC dropped)."""
    return _STRAY_ESC.sub("", text).translate(_RESTORE_CONTROLS)


_HTML_CHAR_REFERENCE = re.compile(_SUSPECT)


def html_references(markup: str) -> str:
    """Entry HTML with its references to characters text cannot hold resolved as above: a
    C0 control becomes that control (for the cleaning to remove, with its sequence), a
    stray ESC, NUL, a surrogate or a number past Unicode nothing, VT and FF a space."""
    if "&#" not in markup:
        return markup
    return restored(_HTML_CHAR_REFERENCE.sub(_html_reference, markup))


def _html_reference(match: re.Match[str]) -> str:
    replacement = _replacement(*match.groups())
    return match.group() if replacement is None else replacement
