"""Text for the columns of a list row, in forms every terminal gives the same width.

Textual measures an emoji sequence as one glyph (👩‍🔬, ☀️ and 👍🏽 two cells each); many
terminals add up some or all of its code points instead (tmux 3.3 draws ☀ + VS16 in one
cell and 👍 + a skin tone in four; xterm adds up the parts of 👩‍🔬 too), so a title holding
one drew its row a cell or two shorter or longer than Textual laid it out and pushed the
feed and date columns of that row out of line. A bidi terminal (VTE, Konsole) also lays out
a row whose first strong letter is Hebrew or Arabic right to left, the date at the left
end. `steady` gives the forms both measures agree on, and `LTR_MARK` near a row's start
keeps its columns left to right.
"""

from __future__ import annotations

import re

LTR_MARK = "\u200e"
"""LEFT-TO-RIGHT MARK: no width, a strong left-to-right letter to a bidi terminal (the row
then reads left to right whatever script its title is in; each title's words keep theirs)."""

_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
"""Code points that start or join an emoji sequence (pictographs, symbols, dingbats)."""

_JOINED_EMOJI = re.compile(f"\u200d[{_EMOJI}]")
"""A zero-width joiner and the emoji it glues onto the one before (👨‍👩‍👧 is 👨 then two of these)."""

_SEQUENCE_MARKS = re.compile("[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\u200d]")
"""Variation selectors 15 and 16, skin tones, tag characters (subdivision flags) and any
joiner left: each makes a sequence one glyph to Textual and several cells to a terminal."""


def steady(text: str) -> str:
    """`text` with each emoji sequence cut to its first emoji, plain (no selector, skin tone
    or joined emoji): "👩‍🔬" → "👩", "☀️" → "☀", "👍🏽" → "👍". A joiner elsewhere (between
    letters of an Indic word) only shapes the letters: it goes too, so Textual and the
    terminal count the word alike. Text with none of these is returned as it is."""
    if text.isascii():
        return text
    return _SEQUENCE_MARKS.sub("", _JOINED_EMOJI.sub("", text))


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest)."""


def needs_ltr_mark(text: str) -> bool:
    """Whether a row holding `text` needs `LTR_MARK` to stay left to right (it holds a
    right-to-left letter, which a bidi terminal could take for the row's direction)."""
    return not text.isascii() and _RIGHT_TO_LEFT.search(text) is not None
