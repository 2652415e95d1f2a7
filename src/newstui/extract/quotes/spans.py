"""Quoted spans: where quotations open and close, in double-mark (“…”, "…", „…“, «…»)
and British single-mark (‘…’) articles, over paragraph breaks."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from newstui.extract.budget import check
from newstui.extract.quotes.vocabulary import SPEECH, TURN, WORDS

_MARKS_ALL = re.compile('[“”„«»"‘]')

# Opening mark → the marks that close it and the marks that nest inside it.
_FAMILIES: dict[str, tuple[str, str]] = {
    "“": ("”", "“"),
    "„": ("“”", "„"),
    "«": ("»", "«"),
    "»": ("«»", ""),
    '"': ('"', '"'),
    "”": ("”", ""),
}


@dataclass(slots=True)
class Span:
    """One candidate quotation, possibly over several paragraphs."""

    para: int
    open_at: int
    parts: list[str] = field(default_factory=list)
    close_para: int = 0
    close_end: int | None = None
    """Offset just after the closing mark in close_para; None when never closed."""
    after: str = ""
    """The words right after the closing mark (up to 40 characters of its paragraph):
    how the sentence goes on says whether the span is speech or words talked about."""
    repeat: bool = False
    """The span's words were quoted already, inside a longer span (see `_mark_repeats`)."""

    @property
    def last_char(self) -> str:
        """The last character before the closing mark ("," in “We will,”), "" when none:
        how the quoted words end says whether an attribution should follow."""
        return self.parts[-1].rstrip()[-1:] if self.parts else ""


def _opening_ctx(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    # 'said."That' — a mark glued to the end of a sentence opens the next one.
    return before.isspace() or before in "([{—–―-/‘'“«„:\u00a0" or (before in ".?!" and after.isupper())


def _closing_ctx(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # 'fourth,"Simmons said' — punctuation before the mark closes even without a space after.
    return not before.isspace() and (not after.isalnum() or before in ",;?!…—")


class _Ranges:
    """Offset ranges [a, b) of one paragraph, asked whether they hold an offset in
    log time: a paragraph of thousands of quotes asks once per mark."""

    __slots__ = ("ends", "starts")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [a for a, _ in ordered]
        self.ends: list[int] = []  # the furthest end of the ranges up to each one
        for _, b in ordered:
            self.ends.append(max(b, self.ends[-1]) if self.ends else b)

    def __contains__(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and i < self.ends[k]


def _single_quote_style(paragraphs: list[str]) -> bool:
    """True for articles quoting with ‘…’ (British style), where “…” only nests.

    Double marks inside a closed ‘…’ span are nested (‘… call it “a deal” …’) and
    do not count against the style: only doubles standing outside one do.
    """
    if "‘" not in "".join(paragraphs):
        return False
    spans, masks = _scan(paragraphs, _SingleMarks())
    singles = sum(1 for span in spans if span.close_end is not None)
    doubles = 0
    for text, ranges in zip(paragraphs, masks, strict=True):
        inside = _Ranges(ranges)
        for m in _MARKS_ALL.finditer(text):
            c, i = m.group(), m.start()
            if i in inside:
                continue
            if c == "‘" and _opening_ctx(text, i):
                singles += 1  # an unclosed opening still tells the style
            elif c in "“„«" or (c == '"' and _opening_ctx(text, i)):
                doubles += 1
    return singles > 2 * doubles


def _single_closes(text: str, i: int) -> bool:
    """Is this ’ a closing mark rather than an apostrophe (don’t, players’ union)?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or after.isalnum():
        return False
    if (
        before == "."
        and _abbreviation_possessive(text, i)
        # 'the U.S.’ Navy will …,’ he said': a capitalised noun only while the quote's
        # own close is to come ('… the U.S.’ Yesterday we …' starts a new sentence).
        and (not _NAME_AFTER_POSSESSIVE.match(text, i + 1) or _LATER_CLOSE.match(text, i + 1))
    ):
        return False
    if before in ",.!?…—-;:":
        return True
    if before in "sz" and after == " ":
        if _NAME_AFTER_POSSESSIVE.match(text, i + 1) and _LATER_CLOSE.match(text, i + 1):
            # '‘We drank at the Rovers’ Return pub every night,’ she said': a plural
            # possessive before a capitalised name, the quote's own close still to come.
            return False
        nxt = _NEXT_WORD.match(text, i + 1)
        if nxt and nxt.group(1) not in _AFTER_CLOSING:
            # 'the players’ union' is a plural possessive, unless the span is one word
            # ('Ms Truss’s ‘toothless’ commission'): a quoted single word ends there.
            # An opening ‘ in the word ends at: searched back to its space only.
            return text.find("‘", text.rfind(" ", 0, i) + 1, i) >= 0
    return True


_NEXT_WORD = re.compile(r" ([a-z]+)")
# Initials with their stops right before a mark: "the U.S.", "the U.K.".
_INITIALS_BEFORE = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")
# The word after a mark and a space, and the capital opening it if any.
_WORD_AFTER = re.compile(r" ([A-Za-z][a-z]*)")


def _abbreviation_possessive(text: str, i: int) -> bool:
    """Is the ’ at `i`, after initials and their stop, a possessive ("the U.S.’ Navy",
    "the U.K.’ rules") rather than a quote's close ("… leave the U.S.’ Dee said")?
    An abbreviation ending in a stop takes its possessive as a bare apostrophe, which
    looks like a close after a full stop. It is a possessive when a noun follows: a
    word that is neither a pronoun, article, conjunction or preposition (the words
    that follow a closing mark) nor a name going on to a reporting verb."""
    if not _INITIALS_BEFORE.search(text, max(0, i - 12), i):
        return False
    m = _WORD_AFTER.match(text, i + 1)
    if m is None or m.group(1).lower() in _AFTER_CLOSING:
        return False
    return _ATTRIBUTION_AFTER.match(text, i + 1) is None


# A capitalised word, not a pronoun, after a mark: the noun a plural possessive owns
# ("the Rovers’ Return") or the name of a speaker after the close.
_NAME_AFTER_POSSESSIVE = re.compile(r" (?!(?:He|She|They|It|We|I)\b)[A-Z]")
# Later in the paragraph, before any new opening mark, a ’ after a comma or stop that
# ends a quote ("…every night,’ she said").
_LATER_CLOSE = re.compile(r"[^‘]*?[,.!?…]’(?![\w])")
# Words that follow a closing mark, never a possessive's noun ('the stakes’ because …').
_AFTER_CLOSING = frozenset(
    "he she they it we i said says added told the a an and but according because as or "
    "if when while so then than that which who after before since until for from with "
    "in on at to by of about over into is was were are be been has had have".split()
)


# Clipped words that begin with an apostrophe ('n', 'em, 'til): never an opening mark.
_ELISIONS = frozenset(
    ("n", "em", "til", "tis", "twas", "cause", "cos", "bout", "round", "ere", "kay", "im", "er", "ow")
)
_ASCII_OPEN_AFTER = re.compile(r"[^\W\d_]+")


def _ascii_opens(text: str, i: int) -> bool:
    """Can this straight ' open a quotation (UK tabloid style: 'We will win,' he said)?

    Only at a paragraph start or after a space, bracket, colon, comma, semicolon or
    dash, and only before a letter: a year ('90s) or a clipped word (rock 'n' roll,
    'em, 'til) never opens, and an apostrophe inside a word (don't) has a letter
    before it.
    """
    before = text[i - 1] if i > 0 else " "
    if not (before.isspace() or before in '([{—–―-:,;/"“'):
        return False
    m = _ASCII_OPEN_AFTER.match(text, i + 1)
    if m is None:
        return False
    return m.group() not in _ELISIONS


def _ascii_singles(paragraphs: list[str], joined: str) -> list[str] | None:
    """The paragraphs with each straight ' read as ‘ (an opening) or ’ (a closing or an
    apostrophe), for an article quoting with ASCII single marks and no curly ones;
    None when there is no such mark to read. Same length, so offsets hold.
    `joined` is the paragraphs joined."""
    if "'" not in joined or "‘" in joined:
        return None
    out: list[str] = []
    for text in paragraphs:
        if "'" not in text:
            out.append(text)
            continue
        chars = list(text)
        for m in re.finditer("'", text):
            i = m.start()
            chars[i] = "‘" if _ascii_opens(text, i) else "’"
        out.append("".join(chars))
    return out if any("‘" in text for text in out) else None


# Marks that stand for a double or single quotation mark: double primes, reversed and
# full-width marks, ornaments. Each is one character, so offsets hold.
_LOOK_ALIKES = str.maketrans(
    {
        "\u2033": '"',
        "\uff02": '"',
        "\u201f": "“",
        "\u301d": "“",
        "\u275d": "“",
        "\u301e": "”",
        "\u301f": "”",
        "\u275e": "”",
        "\u201b": "‘",
        # Corner brackets (Chinese, Japanese pages), set across or down the page: 「…」
        # quotes; 『…』 nests in it or names a book, and stays a character of the words.
        "「": "“",
        "」": "”",
        "\ufe41": "“",
        "\ufe42": "”",
    }
)
# Two apostrophes or two backticks typed for one double mark (''We will,'' / ``We will,'').
# Of three apostrophes closing, a nested single quote closes with its outer one
# (the word 'old-school,''' he said): the last two are the double mark.
_TWO_FOR_ONE = re.compile("(?:^|(?<=[\\s(\\[{:—–]))''|''(?!')|``")
# A double prime after a number: inches or seconds (a 55″ screen, 6′ 8″), no quote mark.
_PRIME_AFTER_NUMBER = re.compile("(?<=[0-9′'])\u2033")
# Two apostrophes opening a quote: at the start or after a space, bracket, colon or dash,
# before a letter or digit. A paragraph with no `` and no such opening reads '' as
# apostrophes: a nested single quote and its outer one closing together ('… told me,
# 'Go home,'' she said').
_PAIR_OPENS = re.compile("(?:^|(?<=[\\s(\\[{:—–]))''(?=[^\\W_])")
_KEPT = "\x00"


def _inches(text: str) -> str:
    """`text` with each '' after a number that is inches ("the 55'' screens", 6'8'') set
    aside as two `_KEPT`. Read in order, a '' after a number closes the quote a `` or ''
    opened, unless another '' closing comes before the next opening: "``the Forbes 400''
    list" closes, "``The 55'' screens sold out,'' he said" is inches, and so is a '' after a
    number outside any quote."""
    pairs = list(_TWO_FOR_ONE.finditer(text))
    kept: list[int] = []
    open_ = False
    for k, m in enumerate(pairs):
        i = m.start()
        if m.group() == "``" or _PAIR_OPENS.match(text, i):
            open_ = True
            continue
        if text[i - 1 : i].isdigit():
            nxt = pairs[k + 1] if k + 1 < len(pairs) else None
            closes_later = nxt is not None and nxt.group() == "''" and not _PAIR_OPENS.match(text, nxt.start())
            if not open_ or closes_later:
                kept.append(i)
                continue
        open_ = False
    for i in kept:
        text = text[:i] + _KEPT * 2 + text[i + 2 :]
    return text


# A quotation mark or apostrophe left as an HTML character reference (&quot;, &#8220;,
# &rdquo;, &#x201D;, &laquo;): text escaped twice by a feed or a page.
_MARK_ENTITY = re.compile(
    r"&(?:quot|apos|(?:[lr][sd]|sb|bd)quo|[lr]aquo|#0*(?:34|39|171|187|82(?:1[6-9]|2[0-3]))"
    r"|#[xX]0*(?:22|27|[aA][bB]|[bB][bB]|201[89a-fA-F]));"
)


def _mark_entity(m: re.Match[str]) -> str:
    """The mark a reference stands for; the reference kept when it stands as a word of its
    own, white space before it and no word after it: the code named in a text about HTML
    ('a quote mark is written &quot; or &#34;.'), which would open a stray quote."""
    text, a, b = m.string, m.start(), m.end()
    after = text[b : b + 1]
    if (a == 0 or text[a - 1].isspace()) and not (after.isalnum() or after in "&‘'…("):
        return m.group()
    return html.unescape(m.group())


def read_marks(text: str) -> str:
    """A paragraph with its quotation marks in the forms the span scanner reads: look-alike
    marks (″…″, ‟…”, ＂…＂, 〝…〞, corner brackets 「…」) as the double or single mark
    they stand for, a mark left as an HTML character reference (&quot;, &#8221;: a feed
    escaped twice) as the mark itself unless it stands as a word (`_mark_entity`), and two
    apostrophes or backticks (an old wire or print archive's ``…'' and ''…'') as one
    straight double mark, in a paragraph where a `` or '' opens a quote. A double prime or
    two apostrophes after a number are inches (a 55″ screen, 6'8''), and stay. The words
    between the marks are unchanged."""
    if "&" in text:
        text = _MARK_ENTITY.sub(_mark_entity, text)
    if "``" in text or _PAIR_OPENS.search(text):
        text = _inches(text)
        text = _TWO_FOR_ONE.sub('"', text).replace(_KEPT, "'")
    if "\u2033" in text:
        text = _PRIME_AFTER_NUMBER.sub(_KEPT, text).translate(_LOOK_ALIKES).replace(_KEPT, "\u2033")
        return text
    return text.translate(_LOOK_ALIKES)


def read_marks_origins(text: str) -> list[int]:
    """Where each character of `read_marks(text)` came from in `text`, and one entry more:
    `text`'s end. A read character's source runs from its origin to the next one's, so
    `text[origins[a]:origins[b]]` is what the page printed for the read text's `a`–`b`:
    the words a reader finds (an apostrophe left as &#39;, a nested ''…'' as two marks).
    Only the references and two-character marks `read_marks` reads change lengths; every
    other mark it reads is one character for one."""
    origins = list(range(len(text) + 1))
    if "&" in text:
        text, origins = _sub_tracked(_MARK_ENTITY, _mark_entity, text, origins)
    if "``" in text or _PAIR_OPENS.search(text):
        text, origins = _sub_tracked(_TWO_FOR_ONE, lambda _: '"', _inches(text), origins)
    return origins


def _sub_tracked(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], text: str, origins: list[int]
) -> tuple[str, list[int]]:
    """`pattern.sub(replace, text)`, and the origins of its characters carried over from
    `origins` (those of `text`'s characters and its end): a replacement's characters
    come from where its match began, an unchanged match's from its own."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        out.append(text[last:a])
        where.extend(origins[last:a])
        new = replace(m)
        out.append(new)
        where.extend(origins[a:b] if new == m.group() else [origins[a]] * len(new))
        last = b
    out.append(text[last:])
    where.extend(origins[last:])
    return "".join(out), where


def find_spans(paragraphs: list[str]) -> tuple[list[Span], list[list[tuple[int, int]]]]:
    """All quoted spans, and per paragraph the ranges they cover (marks included).

    An article with straight single marks only ('We will win,' he said — common in
    UK tabloids) is read as the curly ‘…’ style when that style wins there; the
    spans' text keeps its straight apostrophes. Spans repeating words an earlier
    span quoted are marked (`Span.repeat`).
    """
    spans, masks = _find_spans(paragraphs)
    if len(spans) > 1:
        _mark_repeats(spans)
    return spans, masks


def _find_spans(paragraphs: list[str]) -> tuple[list[Span], list[list[tuple[int, int]]]]:
    if _single_quote_style(paragraphs):
        return _scan(paragraphs, _SingleMarks())
    joined = "".join(paragraphs)
    ascii_single = _ascii_singles(paragraphs, joined)
    if ascii_single is not None and _single_quote_style(ascii_single):
        spans, masks = _scan(ascii_single, _SingleMarks())
        _restore(spans, paragraphs, ascii_single)
        return spans, masks
    spans, masks = _scan(paragraphs, _DoubleMarks())
    extra: list[Span] = []
    if "‘" in joined:
        extra = _introduced_single_spans(paragraphs, masks)
    elif ascii_single is not None:
        # "Bell told the BBC: 'We will appeal.'" in a double-mark article, typed straight.
        extra = _introduced_single_spans(ascii_single, masks)
        _restore(extra, paragraphs, ascii_single)
    if extra:
        spans = sorted(spans + extra, key=lambda span: (span.para, span.open_at))
    return spans, masks


# Words for comparing spans regardless of punctuation and case.
_WORD_CHARS = re.compile(r"\w+")


def _mark_repeats(spans: list[Span]) -> None:
    """Mark the spans that quote again words an earlier, longer span quoted: an
    essay quoting a prayer, then dwelling on a phrase of it (“… and peace at the
    last.” … It is a beautiful plea — “peace at the last.”), a pull quote set as
    its own paragraph after the body quoted the whole sentence. Unless attributed
    anew, the words are no new quotation (the finder decides). Spans of the very
    same words are left to the finder (one quote, the speaker kept from either);
    under four words never count.
    """
    seen: set[str] = set()
    earlier = ""
    earlier_words: set[str] = set()
    """The words of the spans so far: a span with a word none of them has repeats none
    (most do), which saves searching the ever longer `earlier` in a long article."""
    for span in spans:
        words = _WORD_CHARS.findall(" ".join(span.parts).lower())
        fold = " " + " ".join(words) + " "
        if len(words) >= 4 and fold not in seen and earlier_words.issuperset(words) and fold in earlier:
            span.repeat = True
        seen.add(fold)
        earlier += "|" + fold
        earlier_words.update(words)


def _restore(spans: list[Span], paragraphs: list[str], read: list[str]) -> None:
    """Put back each span's text from the untouched paragraphs (`read` is the same
    text with its straight marks read as curly ones, offset for offset)."""
    for span in spans:
        parts = []
        for k, part in enumerate(span.parts):
            text, at = paragraphs[span.para + k], span.open_at + 1
            if k:
                at = read[span.para + k].find(part)
            parts.append(text[at : at + len(part)] if at >= 0 else part)
        span.parts = parts
        if span.close_end is not None:
            span.after = paragraphs[span.close_para][span.close_end : span.close_end + 40]


_COLON_BEFORE = re.compile(r":\s*$")


# Curly single and double marks.
_CURLY_MARKS = re.compile("[‘’“”]")


# A reporting verb and a comma right before the mark: 'I said, ‘I don’t know.’'.
_SAID_COMMA_BEFORE = re.compile("(?:" + SPEECH.pattern + r")\s*,\s*$")


def _introduced_single_spans(paragraphs: list[str], masks: list[list[tuple[int, int]]]) -> list[Span]:
    """‘…’ quotes in an article that otherwise quotes with double marks (wire copy
    mixing styles, a transcript's recounted lines): introduced by a colon ("Bell
    told the BBC: ‘…’") or by a reporting verb and a comma ("and I said, ‘I don’t
    know.’"). Only a span closed in its own
    paragraph, outside every double-quoted span, counts; one under four words only
    when it is a whole sentence after a reporting verb."""
    found: list[Span] = []
    for p, text in enumerate(paragraphs):
        start = 0
        # The spans found here lie before every offset asked after them: no need to add them.
        inside = _Ranges(masks[p])
        closes: dict[int, int] | None = None  # read once, at the paragraph's first candidate
        while True:
            i = text.find("‘", start)
            if i < 0:
                break
            start = i + 1
            if i in inside or not _opening_ctx(text, i):
                continue
            said = _SAID_COMMA_BEFORE.search(text, max(0, i - 40), i) is not None
            if not (said or _COLON_BEFORE.search(text, max(0, i - 4), i)):
                continue
            if closes is None:
                closes = _matched_singles(text, inside)
            close = closes.get(i)
            if close is None:
                continue
            words = text[i + 1 : close]
            if len(WORDS.findall(words)) < 4 and not (said and words[:1].isupper() and words.rstrip()[-1:] in ".?!"):
                continue
            span = Span(para=p, open_at=i, parts=[words], close_para=p, close_end=close + 1)
            span.after = text[close + 1 : close + 41]
            found.append(span)
            masks[p].append((i, close + 1))
            masks[p].sort()
            start = close + 1
    return found


def _matched_singles(text: str, inside: _Ranges) -> dict[int, int]:
    """Each opening ‘ of a paragraph that closes before any double-quoted span (`inside`)
    begins, and its ’: one pass over the marks, ‘ and ’ nesting as brackets (each ‘
    searching the rest for its own close made a paragraph of n open marks cost n²)."""
    matched: dict[int, int] = {}
    open_: list[int] = []
    for mark in _CURLY_MARKS.finditer(text):
        k = mark.start()
        c = text[k]
        if k in inside:
            open_.clear()  # a double-quoted span begins inside them: no clean single quotes
        elif c == "‘" and _opening_ctx(text, k):
            open_.append(k)
        elif c == "’" and open_ and _single_closes(text, k):
            matched[open_.pop()] = k
    return matched


class _Marks(Protocol):
    """One quoting style for `_scan`: which marks open, nest and close a span."""

    marks: re.Pattern[str]
    line_reopens: bool
    """Whether a line break inside a paragraph ends and reopens a span as a paragraph
    break does (`_line_start`)."""

    def opens(self, text: str, i: int) -> bool:
        """Does the mark at `i`, outside any span, open one?"""

    def reopens(self, text: str, k: int) -> bool:
        """Does the paragraph's first character (at `k`) continue the open span?"""

    def depth(self, text: str, i: int, depth: int) -> int:
        """The nesting depth after the mark at `i` inside a span (0: it closed)."""

    def lost_opening(self, text: str, i: int) -> bool:
        """Is the paragraph's first mark (at `i`) the close of a quote whose opening
        mark was lost, the quote running from the paragraph's start?"""


# Nothing but white space to the paragraph's end (read from an offset, no copy of the rest).
_ONLY_SPACE = re.compile(r"\s*$")
# A single closing mark and spaces before a straight double one: "… of 'Park Avenue,'  ".
_SPACED_CLOSE = re.compile("['’] +$")


class _DoubleMarks:
    """“…”, "…", „…“, «…» and »…« (or »…»); the opening mark's family says what closes
    and nests."""

    marks = re.compile('[“”„«»"]')
    line_reopens = True

    def __init__(self) -> None:
        self.family = ""
        self._rights_of = ""
        self._closed: dict[int, bool] = {}  # the attribution check per ”, read once per paragraph
        self._followed: dict[int, bool] = {}  # `_words_after` per ”, read once per paragraph
        self._rights: list[int] = []
        self._last_close = -1
        self.run_goes_on = False
        """Whether the paragraph after the one scanned opens with a straight mark: a run of
        paragraphs each opened with one, as a block quote is printed (`_nests_curly`)."""

    def _next_right(self, text: str, i: int) -> int:
        """The first ” after offset `i` in `text`, -1 when none: looked up in the
        paragraph's ” offsets, read once (a paragraph of thousands of “ searches no rest)."""
        if text is not self._rights_of:
            self._rights_of = text
            self._closed = {}
            self._followed = {}
            self._rights = [m.start() for m in _RIGHT_MARKS.finditer(text)]
            closes = [m.start() for m in _STRAIGHT.finditer(text) if _closing_ctx(text, m.start())]
            # The last mark that can close the straight quote: a straight one, or a ” (a
            # page typing its close curly).
            self._last_close = max(closes[-1] if closes else -1, self._rights[-1] if self._rights else -1)
        k = bisect_right(self._rights, i)
        return self._rights[k] if k < len(self._rights) else -1

    def _nests_curly(self, text: str, i: int) -> bool:
        """Does the “ at `i`, inside a quote opened with a straight mark, open a quote of
        its own ('"I asked the board: “Will the boats come back?” Nobody answered."': a
        letter or article quoted in straight marks, its own quotes curly)? So it does when
        it can open, a ” closes it in the paragraph, and either a straight mark or another
        ” closes the outer quote after that, or the paragraph is one of a block quote's
        run (`run_goes_on`) and words that are no attribution follow the ”; and no attribution follows the ”,
        unless the next mark can only close (`_closed_after`). '"We want “freedom,” she
        said.' closes the straight quote at the ”, the page's close typed curly and a
        stray “ inside."""
        if not _opening_ctx(text, i) or _closing_ctx(text, i):
            return False
        close = self._next_right(text, i)
        if close < 0:
            return False
        if close >= self._last_close and not (self.run_goes_on and self._words_after(text, close)):
            # No close after the ”: it closes the straight quote ('"… chanting “U-S-A!”'
            # ending its paragraph, or words going on after it in a paragraph standing
            # alone: the page typed its close curly). In a run of paragraphs each opened
            # with a straight mark and left open (a block quote, a letter printed in full),
            # words going on after the ” are the run's own: the ” closes a quote inside it,
            # unless they are an attribution ('"We want “freedom,” she said.' before a
            # paragraph of its own quote: quote paragraphs in a row are no block quote).
            return False
        # Asked once per ”: many “ before one ” each asking would search the rest again
        # (an attribution's white space, too).
        if close not in self._closed:
            self._closed[close] = _ATTRIBUTION_AFTER.match(text, close + 1) is None or _closed_after(text, close)
        return self._closed[close]

    def _words_after(self, text: str, close: int) -> bool:
        """Do words other than an attribution follow the ” at `close` in the paragraph
        (`_nests_curly` in a block quote's run)? Asked once per ”: many “ before one ”,
        each asking, ran over the stretch after it again."""
        if close not in self._followed:
            rest = not _ONLY_SPACE.match(text, close + 1) and not _SPEECH_AFTER.match(text, close + 1)
            self._followed[close] = rest
        return self._followed[close]

    def opens(self, text: str, i: int) -> bool:
        c = text[i]
        opens = (
            c in "„«"
            # '»Wir bauen …«' (German, Danish): » opens where it can, before a word after a space or colon.
            or (c == "»" and _opening_ctx(text, i) and _chevron_may_close(text, i))
            or (c == "“" and not (_closing_ctx(text, i) and not _opening_ctx(text, i)))
            # 'Ryan said,“Look, …”': outside a quote, a left mark glued to a comma and a word opens.
            or (c == "“" and text[i - 1 : i] in (",", ";") and text[i + 1 : i + 2].isalpha())
            or (c in '"”' and _opening_ctx(text, i))
        )
        if opens:
            self.family = c
        return opens

    def reopens(self, text: str, k: int) -> bool:
        if k >= len(text) or text[k] not in self.family + _FAMILIES[self.family][1] + '"“':
            return False
        # '"PENCE: …' after '"WALLACE: …': a transcript's next turn is a quote of its own.
        return TURN.match(text, k + 1) is None

    def depth(self, text: str, i: int, depth: int) -> int:
        c, family = text[i], self.family
        closers, nesters = _FAMILIES[family]
        if family == '"':
            if c == '"':
                if _opening_ctx(text, i) and not _closing_ctx(text, i):
                    # ' "normal" ' inside a quote nests when two more marks follow.
                    later = text.find('"', i + 1)
                    return depth + (1 if later >= 0 and text.find('"', later + 1) >= 0 else -1)
                if _closing_ctx(text, i):
                    return depth - 1
                if depth == 1 and _SPACED_CLOSE.search(text, max(0, i - 6), i) and not text[i + 1 : i + 2].isalnum():
                    return depth - 1  # "… say, 'Well done,' " — spaces set between the closing marks
                if text[i - 2 : i] in (", ", ". ", "? ", "! ") and not text[i + 1 : i + 2].strip():
                    return depth - 1  # '"… developers, " said': a page's stray space before the close
            elif c == "“" and _ONLY_SPACE.match(text, i + 1):
                return depth - 1  # '"… in the future.“' ending the paragraph: a close typed as an open
            elif c == "“" and self._nests_curly(text, i):
                return depth + 1
            elif c == "”" and depth > 1 and _closing_ctx(text, i):
                return depth - 1  # the nested “…” (or a nested "…” pair) closes
            elif c == "”" and depth == 1 and _closing_ctx(text, i) and not _opening_ctx(text, i):
                return depth - 1  # a sloppy "…” pair: typed open mark, curly close
            return depth
        if c in closers and (c not in nesters or not _opening_ctx(text, i) or _closing_ctx(text, i)):
            return depth - 1
        if c == "“" and _ONLY_SPACE.match(text, i + 1):
            return depth - 1  # '… They see that. “' ending the paragraph: a close typed as an open
        if c == "“" and family == "“" and _closing_ctx(text, i) and not _opening_ctx(text, i):
            return depth - 1  # “…,“ with the opening mark typed twice
        if c in nesters and c:
            return depth + 1
        if c == '"':
            return self._straight_inside(text, i, depth)
        return depth

    def _straight_inside(self, text: str, i: int, depth: int) -> int:
        """A straight " inside a “…”, „…“ or «…» quote: a term nested in straight marks
        (“We saw the "big picture" and left.”, also ″…″ read as straight) nests and
        un-nests; at the outer level, a " that can only close ends a sloppy “…" pair, and
        so it does after „, « or » ('sagte: „Wir bauen drei Schulen." Dann …'), unless a
        number stands before it (inches)."""
        if _opening_ctx(text, i) and not _closing_ctx(text, i):
            # A later " that can close the term: else this one is a stray mark.
            later = text.find('"', i + 1)
            return depth + 1 if later > 0 and _closing_ctx(text, later) else depth
        if depth > 1 and _closing_ctx(text, i):
            return depth - 1
        if _closing_ctx(text, i) and depth == 1 and not text[i - 1].isdigit():
            # A sloppy “…", „…" or «…" pair: the page typed its close straight. After a
            # number the mark is inches ('“He is 6'2" and fast,”', '«l'écran de 65"…»').
            return depth - 1
        return depth

    def lost_opening(self, text: str, i: int) -> bool:
        """'We needed time," admits Jo Dee, a director.' opening its paragraph: a
        straight or right mark after a comma, ? or ! that cannot open, followed by
        a reporting verb (or a capitalised name and one), closes a quote whose
        opening mark the page lost."""
        if text[i] not in '"”' or text[i - 1 : i] not in (",", "?", "!") or _opening_ctx(text, i):
            return False
        return _ATTRIBUTION_AFTER.match(text, i + 1) is not None


class _SingleMarks:
    """‘…’ in British-style articles; ’ closes only where it is no apostrophe."""

    marks = re.compile("[‘’]")
    line_reopens = False  # its spans' parts map back to the paragraphs one for one (`_restore`)

    def lost_opening(self, text: str, i: int) -> bool:
        return False  # ’ after a comma is too often an apostrophe's twin to tell

    def opens(self, text: str, i: int) -> bool:
        return text[i] == "‘" and _opening_ctx(text, i)

    def reopens(self, text: str, k: int) -> bool:
        return text[k : k + 1] == "‘"

    def depth(self, text: str, i: int, depth: int) -> int:
        c = text[i]
        if c == "‘" and _opening_ctx(text, i):
            return depth + 1
        if c == "’" and _single_closes(text, i):
            return depth - 1
        return depth


# After a closing mark: a reporting verb ("admits Jo Dee"), or a name and one ("Dee says").
_ATTRIBUTION_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*\s+){1,3})?(?:" + SPEECH.pattern + ")")


# An opening mark typed twice before a word: “”This, ""This, “"This.
_DOUBLED_OPENING = re.compile('[“"][”"](?=[^\\W_])')


def _chevron_may_close(text: str, i: int) -> bool:
    """Can the » at `i` open a German or Danish quote: does a « or » follow it in the
    paragraph, or no other quote mark (the quote going on in the next paragraph)? A »
    glyph set as an arrow before a link's words ('Related: »Harbour plan approved. Lund
    said, “…”') closes nowhere and would hide the paragraph's own quotes."""
    nxt = _DoubleMarks.marks.search(text, i + 1)
    # One search to the nearest chevron: a paragraph of thousands of » costs no n².
    return nxt is None or _CHEVRONS.search(text, nxt.start()) is not None


_CHEVRONS = re.compile("[«»]")
_RIGHT_MARKS = re.compile("”")
_STRAIGHT = re.compile('"')


# A reporting clause right after a closing mark, set off or not (", she said", " the
# mayor said", " – Dee said"): its subject a pronoun, one to three capitalised words, or a
# noun or two after an article or possessive.
_SPEECH_AFTER = re.compile(
    r"[\s,;:–—-]*(?:(?:he|she|they|we|I|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|(?:the|a|an|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+)?(?:" + SPEECH.pattern + r")\b"
)
# A paragraph opening with a straight double mark.
_OPENS_STRAIGHT = re.compile(r'\s*"')
# The next double mark of any kind.
_ANY_DOUBLE = re.compile('[“”"]')


def _closed_after(text: str, close: int) -> bool:
    """Is the next double mark after the ” at `close` one that can only close ('…,"' before
    a space)? Then the straight quote the ” sits in goes on to that mark, and words
    after the ” that read as an attribution are the quote's own ('"I asked: “Will the
    boats come back?” Nobody answered for a week," Toll said.'): a ” that closed the
    straight quote would leave that mark closing nothing. A next mark that opens ('"We
    want “freedom,” she said. "Now."') leaves the ” the close, and so does a " right
    after a number: inches ('… where a 12" drum kept time.'), closing nothing."""
    nxt = _ANY_DOUBLE.search(text, close + 1)
    if nxt is None:
        return False
    j = nxt.start()
    return text[j] != "“" and _closing_ctx(text, j) and not _opening_ctx(text, j) and not text[j - 1].isdigit()


def _line_start(text: str, i: int) -> int:
    """Where the line of the paragraph holding offset `i` starts, when nothing but white
    space stands before `i` on it and it is no first line (a page's <br>, or a paragraph
    break a copy kept as one line break); else -1. A span open there goes on when the
    mark reopens it, as over a paragraph break (“… as an African-American.⏎“I have
    been thinking …”), rather than nesting a new quote that would hold every quote after
    it in the paragraph; the line's quote ends where it closes."""
    # Back over the white space before `i` only: a long line costs no search per mark.
    k = i - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    return k + 1 if k >= 0 and text[k] == "\n" else -1


def _closes_unreopened(text: str, style: _DoubleMarks) -> bool:
    """Does the paragraph, after one that left a double quote open, go on with that quote
    though it opens with no mark, its first mark closing it ('“We will rebuild the
    harbour.⏎The town has waited long enough,” the mayor said.', in German '…gewartet“,
    sagte Lund', '…gewartet«, sagte', in French '…attendu », a déclaré', in Swedish
    '…nog”, sa')? A page that drops the reopening mark still closes the quote where it
    ends: the words up to that mark are the quote's. A mark that could open ('said:
    "We', 'said."We') is no such close, nor is one right after a number: inches or
    seconds (the 6'2" forward, a 65” screen) in a paragraph of prose."""
    mark = style.marks.search(text)
    if mark is None:
        return False
    i = mark.start()
    if text[i - 1 : i].isdigit():
        return False
    c = text[i]
    if c == '"' or c == "”":
        return not _opening_ctx(text, i) and _closing_ctx(text, i) and style.depth(text, i, 1) == 0
    # The family's own close: „…“ and »…« in German, «…» in French (a space before the
    # close, 'attendu »', is the French setting, not a mark opening anything).
    # A word right after it would make it an opening (»Wir …).
    return c in _FAMILIES[style.family][0] and not text[i + 1 : i + 2].isalnum() and style.depth(text, i, 1) == 0


def _nested_on_line(text: str, i: int, style: _Marks, depth: int) -> bool:
    """Does the mark at `i`, opening a line inside a quote held open at `depth`, nest a
    quote in it rather than reopen it? So it does when, read as nested, the quote it is
    in closes on that same line ('“She read the letter out:⏎"Pack your things," it
    said, and nobody moved,” Dee recalled.'): read as a reopening, the nested quote's
    close would end the outer one and leave its close stray. A line whose marks leave
    the quote open (“… as an African-American.⏎“I have been thinking,” she said.)
    reopens it."""
    inner = style.depth(text, i, depth)
    if inner <= depth:
        return False
    end = text.find("\n", i)
    for mark in style.marks.finditer(text, i + 1, len(text) if end < 0 else end):
        inner = style.depth(text, mark.start(), inner)
        if inner <= 0:
            return True
    return False


def _scan(
    paragraphs: list[str], style: _Marks, *, look_ahead: bool = True
) -> tuple[list[Span], list[list[tuple[int, int]]]]:
    """`_scan_marks`, then the quotes it left open ended at their attributions
    (`_cut_unclosed`)."""
    spans, masks = _scan_marks(paragraphs, style, look_ahead=look_ahead)
    if any(span.close_end is None for span in spans):
        spans = _cut_unclosed(spans, masks, paragraphs, style, look_ahead=look_ahead)
    return spans, masks


def _scan_marks(
    paragraphs: list[str], style: _Marks, *, look_ahead: bool = True
) -> tuple[list[Span], list[list[tuple[int, int]]]]:
    """The span scanner both styles share: a span opens on a mark, nests and closes
    as its style says, and a span left open at a paragraph's end goes on in the
    next paragraph when that one starts with a reopening mark (else it ends there);
    so does one open at a line break inside a paragraph (`_line_start`).
    A paragraph whose first mark closes a quote it never opened (`lost_opening`)
    quotes from its start. `look_ahead` False: the scan `_attributed_quote_after` runs
    to see where one quote closes; it looks for no attributed quote and scans no
    rest after a cut itself (each such scan looking again made a paragraph of n
    open marks cost 3ⁿ scans)."""
    spans: list[Span] = []
    masks: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    cur: Span | None = None
    depth = part_start = 0
    for p, text in enumerate(paragraphs):
        check()  # the page's CPU budget: a hostile paragraph ends the page, not the session
        i = mask_start = 0
        doubled = -1
        first = cur is None  # the paragraph's first mark, in no span carried over
        if isinstance(style, _DoubleMarks):
            style.run_goes_on = p + 1 < len(paragraphs) and _OPENS_STRAIGHT.match(paragraphs[p + 1]) is not None
        if cur is not None:
            k = len(text) - len(text.lstrip())
            if style.reopens(text, k):
                depth, part_start, mask_start, i = 1, k + 1, k, k + 1
            elif isinstance(style, _DoubleMarks) and _closes_unreopened(text, style):
                depth, part_start, mask_start, i = 1, k, k, k  # its first mark closes the quote
            else:
                spans.append(cur)
                cur = None
        for mark in style.marks.finditer(text, i):
            i = mark.start()
            line = _line_start(text, i) if cur is not None and style.line_reopens else -1
            if cur is not None and line >= 0 and TURN.match(text, i + 1) is not None:
                # '"BRENNER: …⏎"ODE: …': a transcript's next turn on its own line is a
                # quote of its own, as it is in the next paragraph.
                cur.parts.append(text[part_start : line - 1])
                cur.close_para, cur.close_end = p, line - 1
                cur.after = text[line - 1 : line + 39]
                masks[p].append((mask_start, line - 1))
                spans.append(cur)
                cur = None
            if cur is None:
                if first and style.lost_opening(text, i):
                    # '…," admits Jo Dee' opening the paragraph: its opening mark was lost.
                    k = len(text) - len(text.lstrip())
                    lost = Span(para=p, open_at=k, parts=[text[k:i]], close_para=p, close_end=i + 1)
                    lost.after = text[i + 1 : i + 41]
                    masks[p].append((k, i + 1))
                    spans.append(lost)
                elif style.opens(text, i):
                    cur = Span(para=p, open_at=i)
                    depth, part_start, mask_start = 1, i + 1, i
                    if _DOUBLED_OPENING.match(text, i):
                        # '“”This is unfair,” he said': the opening mark typed twice.
                        doubled, part_start = i + 1, i + 2
                first = False
                continue
            if i == doubled:
                continue
            if line >= 0 and style.reopens(text, i) and not _nested_on_line(text, i, style, depth):
                # The quote goes on after a line break that opens with a mark again.
                cur.parts.append(text[part_start:i])
                depth, part_start = 1, i + 1
                continue
            depth = style.depth(text, i, depth)
            if depth == 0:
                cur.parts.append(text[part_start:i])
                cur.close_para, cur.close_end = p, i + 1
                cur.after = text[i + 1 : i + 41]
                masks[p].append((mask_start, i + 1))
                spans.append(cur)
                cur = None
        if cur is not None:
            cur.parts.append(text[part_start:])
            cur.close_para, cur.close_end = p, None
            masks[p].append((mask_start, len(text)))
            # Only a next paragraph could take it on (a rest scan after a cut has none).
            if look_ahead and p + 1 < len(paragraphs) and _ends_on_attributed_quote(text, part_start, style):
                spans.append(cur)  # left open here: `_cut_unclosed` ends it
                cur = None
    if cur is not None:
        spans.append(cur)
    return spans, masks


# Where a quote left open runs into its own attribution: a comma, ? or ! and then a
# reporting verb with its subject after or before it (", said the minister", ", Dee
# said.", "? he asked"); the subject is a pronoun, one to three capitalised words, or a
# noun or two after an article.
_ATTRIBUTION_INSIDE = re.compile(
    r"(?<=[,?!])\s+(?=(?:(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
    r"(?:" + SPEECH.pattern + r")([\s,.;:]))"
)


# The attribution's clause ended before the next mark: a stop, colon, comma or semicolon
# and spaces ("said the minister. “", "she told reporters, “").
_CLAUSE_ENDED = re.compile(r"[.!?:,;]\s*$")


def _attribution_cut(text: str, start: int, style: _Marks) -> int | None:
    """Where the attribution of the quote left open at `start` begins, a quote mark
    coming after it (see `_cut_unclosed`); None when there is none."""
    m = _ATTRIBUTION_INSIDE.search(text, start)
    if m is None:
        return None
    cut = m.start()
    mark = style.marks.search(text, cut)
    if mark is None:
        return None
    if m.group(1).isspace() and not _CLAUSE_ENDED.search(text, cut, mark.start()):
        # A verb going on to its object ("they said no, and called it “a lesson”")
        # and a mark inside that clause: the words may still be the quote's own.
        return None
    return cut


_LOOK_AHEAD_QUOTES = 8
"""Sentences opening with a mark inside an open quote that `_attributed_quote_after` tries."""


# A sentence's end and the space after it, right before an opening mark.
_SENTENCE_BEFORE = re.compile(r"[.?!…]\s+$")


def _attributed_quote_after(text: str, start: int, style: _Marks) -> tuple[int, int] | None:
    """The opening mark, inside the quote left open at `start`, of a new sentence's quote
    that closes in the paragraph with an attribution right after it ('her “and said, …
    shell-shocked. “And she said, ‘Do you understand,’” Dee said.'), and where that
    attribution's match ends: the writer left the first quote open, and a quote with its
    own attribution is no part of it. None when there is none. Only the first
    _LOOK_AHEAD_QUOTES sentences opening with a mark are tried: each try scans the
    paragraph's rest, and a paragraph of hundreds of open marks is no prose."""
    tries = 0
    for mark in style.marks.finditer(text, start + 1):
        j = mark.start()
        if not _SENTENCE_BEFORE.search(text, max(start, j - 4), j):
            continue
        tries += 1
        if tries > _LOOK_AHEAD_QUOTES:
            return None
        # Its own scanner: the scan under way keeps the family of the quote it holds open.
        rest, _ = _scan([" " * j + text[j:]], type(style)(), look_ahead=False)
        first = rest[0] if rest else None
        if first is not None and first.open_at == j and first.close_end is not None:
            attribution = _ATTRIBUTION_AFTER.match(text, first.close_end)
            if attribution is not None:
                return j, attribution.end()
    return None


# The rest of a sentence closing its paragraph: a few words and a full stop.
_SENTENCE_TAIL = re.compile(r"[^“”„«»\"‘’.?!]{0,60}[.?!]?\s*$")


def _ends_on_attributed_quote(text: str, start: int, style: _Marks) -> bool:
    """Does the paragraph of a quote left open at `start` end on a new sentence's quote and
    its attribution ('… shell-shocked. “And she said, ‘…’” Dee said.')? Then the quote
    does not go on in the next paragraph even when that one opens with a mark: the
    writer left it open here, and the next paragraph's quote is a new one. A quote going
    on after the attribution ('“Stop,” the guard shouted. We ran.') is recounted speech
    inside the open quote, and the paragraph does not count."""
    found = _attributed_quote_after(text, start, style)
    return found is not None and _SENTENCE_TAIL.match(text, found[1]) is not None


# After a single mark closing a double quote: a new sentence or an attribution, its verb
# first or not ("she said", "said Dee", "added the mayor").
_AFTER_SINGLE_CLOSE = re.compile(r"\s+(?:[A-Z]|(?:he|she|they)\b|(?:" + SPEECH.pattern + r"))|\s*$")
_SINGLES = re.compile("[‘’]")


def _single_close(text: str, start: int) -> int | None:
    """Where a double quote left open at `start` closes with a single mark, the page
    mixing its marks (“Let’s go. We can win.’ Dee was in the hall.): a ’ after a stop,
    question or exclamation mark or a comma, before a new sentence, an attribution
    (“…,’ she said; “…,’ said Dee) or the paragraph's end, with no ‘…’ nested in the quote open; None
    when there is none. An apostrophe (Let’s, the owners’ union) has a letter before it."""
    depth = 0
    for mark in _SINGLES.finditer(text, start):
        i = mark.start()
        if text[i] == "‘":
            depth += _opening_ctx(text, i)
        elif depth and _single_closes(text, i):
            depth -= 1
        elif (
            not depth
            and text[i - 1] in ".?!,"
            and _AFTER_SINGLE_CLOSE.match(text, i + 1)
            and not (text[i - 1] == "." and _abbreviation_possessive(text, i))
        ):
            return i
    return None


MOST_CUTS = 16
"""Most quotes one long paragraph's scan ends at their attributions (`_cut_unclosed`):
each cut scans the paragraph's rest again, and a long paragraph of more quotes left open
is no prose; its rest stays one quote open to the paragraph's end. A short one may have
more cuts, as many as scan CUT_CHARS characters (a live blog's run of quotes closed with
a single mark)."""
CUT_CHARS = 100_000
"""Characters a paragraph's cuts may scan again before MOST_CUTS bounds them."""


def _cut_unclosed(
    spans: list[Span], masks: list[list[tuple[int, int]]], paragraphs: list[str], style: _Marks, *, look_ahead: bool
) -> list[Span]:
    """A quote whose closing mark the page left out, followed in its paragraph by its
    attribution and a new quote ('“The harbour is dying, Leroy said. “Now it has a
    chance.”'), ends where the attribution begins, and the rest of the paragraph is
    scanned again for quotes of its own: the later opening mark shows the writer meant
    the first quote closed there. With no quote mark after it, or a verb going on to its
    object and a mark inside that clause ('“We asked, they said no, and called it “a
    lesson” …'), nothing shows where the words end, and the quote runs to the end of
    its paragraph. So does one followed by a new sentence quoting with an attribution
    of its own (`_attributed_quote_after`), and one after MOST_CUTS cuts in its
    paragraph (more in a short one). A double quote closed with a single mark (`_single_close`) ends there,
    unless its attribution comes first.
    The rest's own quotes left open are cut in turn, in this loop (a paragraph of
    thousands of them costs no recursion)."""
    out: list[Span] = []
    todo = deque(spans)
    cuts: dict[int, int] = {}
    while todo:
        span = todo.popleft()
        out.append(span)
        if span.close_end is not None or not span.parts:
            continue
        p = span.close_para
        if cuts.get(p, 0) >= max(MOST_CUTS, CUT_CHARS // len(paragraphs[p])):
            continue
        check()  # the page's CPU budget: each cut scans the paragraph's rest
        text = paragraphs[p]
        start = len(text) - len(span.parts[-1])
        single = _single_close(text, start) if isinstance(style, _DoubleMarks) else None
        cut = _attribution_cut(text, start, style)
        if cut is None and look_ahead:
            found = _attributed_quote_after(text, start, style)
            cut = found[0] if found is not None else None
        # The earlier end wins: an attribution before the single mark ends this quote, and
        # the mark closes the next one ('“… open, Lund said. “We can win,’ she added.').
        if single is not None and (cut is None or single < cut):
            end, cut = single, single + 1  # the words end before the mark, the span after it
        elif cut is None:
            continue
        else:
            end = cut
        cuts[p] = cuts.get(p, 0) + 1
        span.parts[-1] = text[start:end]
        span.close_end = cut
        span.after = text[cut : cut + 40]
        masks[p] = [(a, cut) if b == len(text) and a < cut else (a, b) for a, b in masks[p]]
        if not look_ahead:
            continue  # `_attributed_quote_after` reads only the first span: the rest may wait
        rest, rest_masks = _scan_marks([" " * cut + text[cut:]], style, look_ahead=True)
        for extra in rest:
            extra.para += p
            extra.close_para += p
        todo.extendleft(reversed(rest))
        masks[p] = sorted(masks[p] + rest_masks[0])
    return sorted(out, key=lambda span: (span.para, span.open_at))
