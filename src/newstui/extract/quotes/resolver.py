"""Direct quotations in article text, and who said them.

`find_quotes(paragraphs, *, headline=None)` works on plain paragraphs: pure
Python and stdlib `re`, well under a millisecond per paragraph.

Conventions (kept consistently; the tests and `tests/data/quotes/` follow them):

- Spans: curly “…”, straight "…", „…“ and «…»; a typed " closed by ” is one span. Single marks are not span marks
  in a normal article: ‘…’ inside a quote is part of its text, and apostrophes
  (don't, Trump's, ’90s) are letters. An article that quotes with ‘…’ and uses
  double marks only inside them (British style) is read with ‘…’ as the marks
  (doubles nested in a ‘…’ span do not count against the style). In an article
  quoting with double marks, a ‘…’ span introduced by a colon ("Vogt told the
  BBC: ‘…’") and closed in its paragraph is a quote too.
- One quote per contiguous span: “We will respond,” she said, “but not yet.”
  gives two quotes with the same speaker; the second part is kept however short.
- A paragraph that opens a quote without closing it goes on in the next paragraph
  when that one reopens with a quote mark; the parts are joined with ONE SPACE.
  Without the reopening mark the quote ends with its paragraph.
- `Quote.text` is the words between the marks, whitespace collapsed, a trailing
  comma dropped (“We will respond,” → "We will respond"); a final . ? ! stays.
  The same words quoted twice (a pull quote repeating the body) are one quote.
- Not quotes: quoted terms, scare quotes, titles and nicknames — spans under 4
  words unless they are a whole utterance attached to a reporting verb (“No,”
  she said); short spans after "so-called", "calls its", "dubbed", "titled", "the
  headline"…; Title Case spans. A span of 4+ words is a quote when a reporting
  verb or an attribution is in its sentence, or it reads as speech by itself (a
  whole sentence in the marks, or 8+ words).
- Speakers are the full name as first mentioned, titles and honorifics dropped
  ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; later "Lavrov", "Mr.
  Lavrov" → "Sergei Lavrov"; a surname seen first in the headline takes the
  full name given later). Attribution is looked for right after the quote
  (“…,” Doe said / said Jane Doe, a spokeswoman / “…” — Jane Doe), then before
  it in its sentence (Doe told Reuters: “…” / According to Doe, “…” / Lavrov
  noted, “…”), then as the subject of the sentence of a partial quote.
  A verb joined by "and"/"but", or a participle ("…, saying", "issued a
  statement saying", "adding that"), takes the subject opening the sentence; a
  second partial quote in one sentence keeps the first one's speaker; a named
  reporter before a partial quote outranks an unnamed source after it. Party
  tags ("Rep. Gwen Moore (D-Wis.) said") and appositions between a name and its
  verb are looked through ("Harry Bond, 30, of Raleigh, N.C., who was polled,
  said"), dashed ones too ("A former candidate -- John Doe, who lost in 2008 --
  said" → John Doe; "Doe — twice passed over — told"). "said Florida's Rick
  Wilson" names Wilson. A name right after the verb
  and followed by a verb of its own is the reported clause's subject, not the
  speaker ("Massie now said Trump had “…”" → Massie). Names after told/asked or
  a preposition, with a role phrase between ("told Fox News host Sean Hannity",
  "told CNN's Jake Tapper"), are objects and never inherit a quote. A
  description opening the sentence ("The Florida senator …, saying “…”")
  speaks its partial quotes. A Title Case headline is not read for names.
- Pronouns (he/she) resolve to the subject of the latest sentence naming a person
  or reporting speech, at most two paragraphs back, checked against he/she when
  honorifics, roles or common first names say. The main clause's subject beats a
  person in a when/where/who… clause ("Ryan …, and when Tapper asked …, he said"
  → Ryan).
- Interview transcripts: a quote opening with a capitalised label ("WALLACE: …")
  is that person's turn, resolved to the full name if known ("PENCE:" → "Mike
  Pence"), else the label in title case ("Wallace"); a reopening mark followed
  by a new label starts a new quote rather than continuing the last one.
  A title in the label is dropped ("MR. O'NEILL:" → "O'Neill"); "VIDEO:",
  "CROSSTALK:", "PARTICIPANT:", "MODERATOR:" and other roles → None. "it" resolves to a recent
  organisation; "they", "I", "we" to nobody.
- Descriptions ("the minister", "the 56-year-old", "the Italian") resolve to the
  person with that role or age, else to the person the sentence before is about.
- Organisations speak under their proper name without "the" ("the Kremlin said"
  → "Kremlin"; "the ministry said" → the ministry named earlier, e.g. "Foreign
  Ministry", else None). Unnamed sources ("an official said", "officials said",
  "the report said") → None.
- A quote with no attribution of its own that starts a sentence continues the
  latest speaker, or the person named as a subject since then, looking two
  paragraphs back at most; nothing older is used. An unnamed source in between
  ("one resident said") stops the inheritance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from newstui.extract.names import (
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    Entity,
    Gender,
    Mention,
    Registry,
    scan,
)
from newstui.model import Quote
from newstui.text import strip_control

__all__ = ["find_quotes"]

_MASK = "\x00"
_SPEECH_VERBS = """said says say saying told tells tell added adds noted notes remarked remarks
stated states warned warns argued argues explained explains wrote writes insisted insists recalled
recalls asked asks replied replies continued continues tweeted tweets posted posts claimed claims
declared declares announced announces acknowledged acknowledges admitted admits observed observes
commented comments responded responds answered answers suggested suggests emphasised emphasized
emphasises emphasizes stressed stresses conceded concedes predicted predicts promised promises vowed
vows boasted boasts complained complains lamented laments joked jokes quipped quips exclaimed
shouted yelled screamed whispered mused muses concluded concludes contended contends maintained
maintains asserted asserts confirmed confirms denied denies reiterated reiterates underlined
underscored underscores cautioned cautions urged urges pleaded pleads demanded demands countered
counters retorted testified testifies recounted recounts reflected reflects elaborated interjected
sighed agreed agrees disagreed objected protested alleged alleges revealed reveals disclosed adding
hinted assured assures fumed snapped added wondered wonders explained told declared opined
acknowledged conceded texted emailed wrote chanted chant chants sang
laughed laughs smiled smiles remembered remembers bragged reasoned estimated surmised
sagte sagt erklärte betonte dijo afirmó señaló aseguró añadió disse afirmou""".split()
_SPEECH_MULTI = [
    "pointed out", "points out", "went on", "goes on", "chimed in", "told reporters", "shot back", "summed up", "sums up",
    "fired back", "hit back", "pushed back", "spoke out",
    "a déclaré", "a dit", "a affirmé", "a souligné", "a ajouté", "a expliqué", "a estimé",
]


def _trie_pattern(words: set[str]) -> str:
    """One regex alternation as a trie: `re` tries a flat list of 200 verbs at every
    position, a trie only the branch for the next letter. A word that is also the
    start of a longer one tries the longer first, as the longest-first list did."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


_SPEECH = re.compile(
    r"(?<![\w'’-])" + _trie_pattern(set(_SPEECH_VERBS) | set(_SPEECH_MULTI)) + r"(?![\w'’-])"
    # "agreed to be bought", "promised to pay": an action, not speech.
    r"(?!(?<=agrees) to )(?!(?<=agreed) to )(?!(?<=promised) to )(?!(?<=vowed) to )"
)
_MEDIA = frozenset(
    "Reuters Bloomberg AP AFP BBC CNN NBC CBS ABC Fox MSNBC NPR Times Post Journal News Press Guardian "
    "Telegraph Interfax TASS Tass Xinhua Politico Axios Channel Radio Television TV".split()
)
_SENTENCE_OPENERS = frozenset("The A An His Her Their Its Our My This That These Those One Another".split())
_CORE_VERBS = frozenset(
    "said says added adds told tells wrote writes asked asks replied replies explained noted continued "
    "recalled stated remarked insisted posted tweeted".split()
)
_ACCORDING = re.compile(r"(?<![\w])(?:according to|in the words of|selon|según|laut)\s+", re.IGNORECASE)
# Every _ACCORDING match holds one of these in lower case (letters that fold only to
# themselves: not i, s or k), so a text without them needs no regex pass.
_ACCORDING_HINTS = ("ccord", "word", "elon", "egún", "laut")
_ADVERBS = frozenset(
    """also later then again once had has have would will further earlier previously recently
    subsequently now already simply long once first last separately meanwhile publicly privately
    repeatedly often sometimes not never was were is""".split()
)
_PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
_DETERMINERS = frozenset("the a an one another his her their its this that our some".split())
_INDEFINITE = frozenset("a an one another some".split())
_NAMING = re.compile(
    r"(?:\bso-called|\b(?:called|calls|call|dubbed|dubs|dub|termed|terms|term|known as|billed as|titled|"
    r"entitled|named|nicknamed|branded|brands|labell?ed|labels|headlined|headline|hashtag|slogan|motto|"
    r"word|words|phrase|term|label|nickname|moniker|refers to|referred to|describes? as|described as))"
    r"\b[\w\s’',-]{0,30}$"
)
_MARKS = re.compile('[“”„«»"]')
_MARKS_ALL = re.compile('[“”„«»"‘]')
_SENTENCE_END = re.compile(r"[.?!…]+[)\]’'\"”]*\s+")
_WORDS = re.compile(r"[^\W_][\w'’\-]*")
_FULL_STOP_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|(?:\b[A-Z]\.)+[A-Z])\.$")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’\-]*)\s*$")
_LAST_LETTERS = re.compile(r"([^\W\d_]+)$")
_LAST_PHRASE = re.compile(r"(?:^|[\s(—–])((?:[\w'’\-.]+\s+){0,7}[\w'’\-.]+)$")
_HEADLINE_SPEAKER = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s){1,2}[A-Z][\w'’-]*):\s")
_INTRO_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Since|From|Following|Speaking|Asked|Writing|Appearing|Later|Earlier)\b[^,;:\x00]{0,120},"
)
_CONTRAST = re.compile(r"\s*(?:In contrast|By contrast|Meanwhile|Still|Instead|However|Yet|Likewise|Similarly),")
_THE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)
_DASHES = ("--", "—", "–")
# A dashed aside closing right before a verb: "Doe -- who lost in 2008 -- said".
_DASH_APPOSITION = re.compile(r"(?<=\w)(\s*(?:--|—|–)\s*)((?:(?!--)[^—–\n]){3,180}?)\s*(?:--|—|–)$")
# Words opening a clause whose people are not the sentence's main subject.
_SUBORDINATOR = re.compile(r"\b(?:[Ww]hen|[Ww]here|[Aa]fter|[Bb]efore|[Uu]ntil|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Ii]f|[Ww]hether|[Ww]ho|[Ww]hom|[Ww]hose)\b")
# A transcript turn opening a quote: "WALLACE: Let's start …", "SEN. DOE: …".
_TURN = re.compile(r"\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}):\s")
_UNNAMED_TURNS = frozenset(
    {"VIDEO", "AUDIO", "CROSSTALK", "UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE", "UNKNOWN", "PARTICIPANT", "AUDIENCE",
     "AUDIENCE MEMBER", "QUESTION", "ANSWER", "MODERATOR", "ANNOUNCER", "NARRATOR", "REPORTER", "CROWD", "MALE", "FEMALE"}
)
_TURN_TITLES = frozenset("MR MRS MS MISS DR SEN REP GOV PRES PROF GEN REV".split())
_NOT_SPEAKERS = frozenset(
    {"UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "PHOTO", "WATCH", "READ MORE", "AP", "UPI", "Q", "A"}
)
_PARTY_TAG = re.compile(r"(?<=\w) \((?:[DRI]|Dem|Rep|Ind|Lab|Con|LD|SNP)(?:[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)")
_AGE = re.compile(r"(\d{1,3})-year-old")
_FEMALE_ROLES = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman actress mother woman queen princess wife daughter "
    "sister girl grandmother granddaughter aunt niece widow girlfriend fiancee fiancée councilwoman".split()
)
_MALE_ROLES = frozenset(
    "spokesman chairman congressman businessman actor father man king prince husband son brother boy "
    "grandfather grandson uncle nephew widower boyfriend councilman".split()
)

# Opening mark → the marks that close it and the marks that nest inside it.
_FAMILIES: dict[str, tuple[str, str]] = {
    "“": ("”", "“"),
    "„": ("“”", "„"),
    "«": ("»", "«"),
    '"': ('"', '"'),
    "”": ("”", ""),
}


@dataclass(slots=True)
class _Span:
    """One candidate quotation, possibly over several paragraphs."""

    para: int
    open_at: int
    parts: list[str] = field(default_factory=list)
    close_para: int = 0
    close_end: int | None = None
    """Offset just after the closing mark in close_para; None when never closed."""


@dataclass(slots=True)
class _Subject:
    kind: str  # "name" | "pronoun" | "desc" | "unnamed"
    start: int
    end: int
    text: str
    mention: Mention | None = None


@dataclass(slots=True)
class _Event:
    """A point where somebody is reported as speaking."""

    para: int
    pos: int
    speaker: str | None
    entity: Entity | None


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


def _single_quote_style(paragraphs: list[str]) -> bool:
    """True for articles quoting with ‘…’ (British style), where “…” only nests.

    Double marks inside a closed ‘…’ span are nested (‘… call it “a deal” …’) and
    do not count against the style: only doubles standing outside one do.
    """
    if "‘" not in "".join(paragraphs):
        return False
    spans, masks = _find_single_spans(paragraphs)
    singles = sum(1 for span in spans if span.close_end is not None)
    doubles = 0
    for text, ranges in zip(paragraphs, masks):
        for m in _MARKS_ALL.finditer(text):
            c, i = m.group(), m.start()
            if any(a <= i < b for a, b in ranges):
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
    if before in ",.!?…—-;:":
        return True
    if before in "sz" and after == " ":
        nxt = re.match(r" ([a-z]+)", text[i + 1 :])
        if nxt and nxt.group(1) not in ("he", "she", "they", "it", "we", "i", "said", "says", "added", "told", "the", "a", "an", "and", "but", "according"):
            return False
    return True


def _find_spans(paragraphs: list[str]) -> tuple[list[_Span], list[list[tuple[int, int]]]]:
    """All quoted spans, and per paragraph the ranges they cover (marks included)."""
    if _single_quote_style(paragraphs):
        return _find_single_spans(paragraphs)
    spans: list[_Span] = []
    masks: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    cur: _Span | None = None
    family = ""
    depth = 0
    part_start = 0
    for p, text in enumerate(paragraphs):
        i = 0
        n = len(text)
        mask_start = 0
        if cur is not None:
            k = len(text) - len(text.lstrip())
            if k < n and text[k] in (family + _FAMILIES[family][1] + '"“') and _TURN.match(text, k + 1):
                # '"PENCE: …' after '"WALLACE: …': a transcript's next turn is a quote of its own.
                spans.append(cur)
                cur = None
            elif k < n and text[k] in (family + _FAMILIES[family][1] + '"“'):
                depth, part_start, mask_start, i = 1, k + 1, k, k + 1
            else:
                spans.append(cur)
                cur = None
        for mark in _MARKS.finditer(text, i):
            i = mark.start()
            c = text[i]
            if cur is None:
                opens = (
                    c in "„«"
                    or (c == "“" and not (_closing_ctx(text, i) and not _opening_ctx(text, i)))
                    or (c in '"”' and _opening_ctx(text, i))
                )
                if opens:
                    cur = _Span(para=p, open_at=i)
                    family, depth, part_start, mask_start = c, 1, i + 1, i
                continue
            closers, nesters = _FAMILIES[family]
            if family == '"':
                if c == '"':
                    if _opening_ctx(text, i) and not _closing_ctx(text, i):
                        # ' "normal" ' inside a quote nests when two more marks follow.
                        depth += 1 if text.count('"', i + 1) >= 2 else -1
                    elif _closing_ctx(text, i):
                        depth -= 1
                    elif depth == 1 and text[i - 2 : i] in ("' ", "’ ") and not text[i + 1 : i + 2].isalnum():
                        depth -= 1  # "… say, 'Well done,' " — a space set between the closing marks
                elif c == "”" and depth == 1 and _closing_ctx(text, i) and not _opening_ctx(text, i):
                    depth -= 1  # a sloppy "…” pair: typed open mark, curly close
            elif c in closers and (c not in nesters or not _opening_ctx(text, i) or _closing_ctx(text, i)):
                depth -= 1
            elif c == "“" and family == "“" and _closing_ctx(text, i) and not _opening_ctx(text, i):
                depth -= 1  # “…,“ with the opening mark typed twice
            elif c in nesters and c:
                depth += 1
            elif c == '"' and _closing_ctx(text, i) and family == "“" and depth == 1:
                depth -= 1  # a sloppy “…" pair
            if depth == 0:
                cur.parts.append(text[part_start:i])
                cur.close_para, cur.close_end = p, i + 1
                masks[p].append((mask_start, i + 1))
                spans.append(cur)
                cur = None
        if cur is not None:
            cur.parts.append(text[part_start:])
            cur.close_para, cur.close_end = p, None
            masks[p].append((mask_start, n))
    if cur is not None:
        spans.append(cur)
    if "‘" in "".join(paragraphs):
        extra = _introduced_single_spans(paragraphs, masks)
        if extra:
            spans = sorted(spans + extra, key=lambda span: (span.para, span.open_at))
    return spans, masks


_COLON_BEFORE = re.compile(r":\s*$")


def _introduced_single_spans(paragraphs: list[str], masks: list[list[tuple[int, int]]]) -> list[_Span]:
    """‘…’ quotes introduced by a colon ("Bell told the BBC: ‘…’") in an article that
    otherwise quotes with double marks (wire copy mixing styles). Only a span
    closed in its own paragraph, outside every double-quoted span, counts."""
    found: list[_Span] = []
    for p, text in enumerate(paragraphs):
        start = 0
        while True:
            i = text.find("‘", start)
            if i < 0:
                break
            start = i + 1
            if any(a <= i < b for a, b in masks[p]) or not _opening_ctx(text, i):
                continue
            if not _COLON_BEFORE.search(text, max(0, i - 4), i):
                continue
            depth, j = 1, i + 1
            close = None
            for mark in re.finditer("[‘’“”]", text[j:]):
                k = j + mark.start()
                c = text[k]
                if any(a <= k < b for a, b in masks[p]):
                    break  # a double-quoted span begins inside: not a clean single quote
                if c == "‘" and _opening_ctx(text, k):
                    depth += 1
                elif c == "’" and _single_closes(text, k):
                    depth -= 1
                    if depth == 0:
                        close = k
                        break
            if close is None or len(_WORDS.findall(text[i + 1 : close])) < 4:
                continue
            span = _Span(para=p, open_at=i, parts=[text[i + 1 : close]], close_para=p, close_end=close + 1)
            found.append(span)
            masks[p].append((i, close + 1))
            masks[p].sort()
            start = close + 1
    return found


def _find_single_spans(paragraphs: list[str]) -> tuple[list[_Span], list[list[tuple[int, int]]]]:
    """Spans in ‘…’ for single-quote articles; a paragraph reopening with ‘ continues one."""
    spans: list[_Span] = []
    masks: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    cur: _Span | None = None
    depth = part_start = 0
    for p, text in enumerate(paragraphs):
        i, mask_start = 0, 0
        if cur is not None:
            k = len(text) - len(text.lstrip())
            if text[k : k + 1] == "‘":
                depth, part_start, mask_start, i = 1, k + 1, k, k + 1
            else:
                spans.append(cur)
                cur = None
        for mark in re.finditer("[‘’]", text[i:]):
            j = i + mark.start()
            c = text[j]
            if cur is None:
                if c == "‘" and _opening_ctx(text, j):
                    cur = _Span(para=p, open_at=j)
                    depth, part_start, mask_start = 1, j + 1, j
                continue
            if c == "‘" and _opening_ctx(text, j):
                depth += 1
            elif c == "’" and _single_closes(text, j):
                depth -= 1
            if depth == 0:
                cur.parts.append(text[part_start:j])
                cur.close_para, cur.close_end = p, j + 1
                masks[p].append((mask_start, j + 1))
                spans.append(cur)
                cur = None
        if cur is not None:
            cur.parts.append(text[part_start:])
            cur.close_para, cur.close_end = p, None
            masks[p].append((mask_start, len(text)))
    if cur is not None:
        spans.append(cur)
    return spans, masks


def _sentence_starts(masked: str) -> list[int]:
    starts = [len(masked) - len(masked.lstrip())]
    for m in _SENTENCE_END.finditer(masked):
        before = masked[max(0, m.start() - 12) : m.start() + 1]
        if masked[m.start()] == "." and _FULL_STOP_ABBREV.search(before):
            continue
        nxt = masked[m.end() : m.end() + 1]
        if nxt and (nxt.isupper() or nxt.isdigit() or nxt in _MASK + "“\"‘'(«„"):
            starts.append(m.end())
    return starts


@dataclass(slots=True)
class _Para:
    text: str
    masked: str
    starts: list[int]
    mentions: list[Mention]
    sentence_base: int
    """Global index of this paragraph's first sentence."""

    def sentence_of(self, pos: int) -> int:
        """Global index of the sentence holding offset `pos`."""
        return self.sentence_base + max(0, bisect_right(self.starts, pos) - 1)

    def sentence_start(self, pos: int) -> int:
        k = bisect_right(self.starts, pos) - 1
        return self.starts[k] if k >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        k = bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else len(self.masked)


class _LowerWords:
    """The article's lower-case words, collected on first use (many articles never ask)."""

    __slots__ = ("_paragraphs", "_words")

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            found: set[str] = set()
            for text in self._paragraphs:
                found.update(_WORDS.findall(text))
            self._words = {w for w in found if w.islower()}
        return word in self._words


def _tail_start(text: str, chunks: int) -> int:
    """Offset of the whitespace before the last `chunks` whitespace-separated chunks of
    `text` (0 when it has fewer): an end-anchored pattern spanning at most `chunks - 1`
    gaps cannot start before it, so searching from there finds the same match."""
    parts = text.rsplit(None, chunks)
    return len(parts[0]) if len(parts) > chunks else 0


class _Resolver:
    """Holds one article's paragraphs, names and speech events."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        self.registry = Registry()
        lower_words = _LowerWords(paragraphs)
        if headline and _is_title_case(headline, least=3):
            # A Title Case headline ("Clinton Wades In, Urges Britain to Stay") makes
            # every word look like a name; only a speaker's name before a colon
            # ("Cecile Richards: ‘I’m Sick Of …’") is read from it.
            speaker = _HEADLINE_SPEAKER.match(headline)
            headline = speaker.group(1) if speaker else None
        if headline:
            scan(headline, self.registry, lower_words, {0})
        self.paras: list[_Para] = []
        base = 0
        for text, ranges in zip(paragraphs, masks):
            masked = text
            for a, b in ranges:
                masked = masked[:a] + _MASK * (b - a) + masked[b:]
            if "(" in masked:
                # "Rep. Gwen Moore (D-Wis.) said": the party tag hides the name from its verb.
                masked = _PARTY_TAG.sub(lambda m: " " * len(m.group()), masked)
            starts = _sentence_starts(masked)
            mentions = scan(masked, self.registry, lower_words, set(starts))
            self.paras.append(_Para(text, masked, starts, mentions, base))
            base += len(starts)
        for para in self.paras:
            for mention in para.mentions:
                self._note_roles(para.masked, mention)
        self._events: dict[int, list[_Event]] = {}
        """Speech events by paragraph, so look-backs stay local in long articles."""
        for p, para in enumerate(self.paras):
            self._speech_clauses(p, para)

    # -- names -----------------------------------------------------------

    def _note_roles(self, masked: str, mention: Mention) -> None:
        """Roles and age from an apposition or the words before a name."""
        entity = mention.entity
        after = re.match(r",\s+([^,.;:\x00]{1,90}?)(?=,|\.|;|$)", masked[mention.end :])
        if after:
            seg = after.group(1).strip()
            if seg.isdigit() and 0 < int(seg) < 120:
                entity.age = int(seg)
            else:
                words = seg.lower().replace("’s", "").replace("'s", "").split()
                if words and (words[0] in _DETERMINERS or words[0] in PERSON_NOUNS or "’s" in seg or "'s" in seg):
                    entity.roles.update(w for w in words if w in PERSON_NOUNS)
        before = masked[max(0, mention.start - 40) : mention.start].split()[-3:]
        for w in before:
            w = w.strip(",;:()")
            if w.lower() in PERSON_NOUNS and w.islower():
                entity.roles.add(w)
        if entity.kind in ("person", "unknown") and entity.gender is None:
            if entity.roles & _FEMALE_ROLES:
                entity.gender = "f"
            elif entity.roles & _MALE_ROLES:
                entity.gender = "m"

    def _mention_ending(self, p: int, end: int) -> Mention | None:
        for mention in self.paras[p].mentions:
            if mention.end == end:
                return mention
        return None

    def _mention_starting(self, p: int, start: int) -> Mention | None:
        """The name at `start`, allowing a few lower-case words first ("plumber Dave Kowalski")."""
        for mention in self.paras[p].mentions:
            if mention.start >= start and _only_role_words(self.paras[p].masked[start : mention.start]):
                return mention
            if mention.start > start:
                break
        return None

    # -- subjects of speech verbs -----------------------------------------

    def subject_before(self, p: int, end: int, floor: int = 0, apposition: bool = True) -> _Subject | None:
        """The subject phrase that ends just before offset `end` (a speech verb)."""
        masked = self.paras[p].masked
        pos = end
        # Skip adverbs and auxiliaries: "Smith later said", "she has long argued".
        while True:
            seg = masked[floor:pos]
            m = _LAST_WORD.search(seg, _tail_start(seg, 1))
            if not m:
                break
            word = m.group(1)
            if word.islower() and (word in _ADVERBS or word.endswith("ly")):
                pos = floor + m.start(1)
                continue
            break
        head = masked[floor:pos].rstrip()
        pos = floor + len(head)
        if apposition and head.endswith(_DASHES):
            dashed = self._dash_apposition(p, floor, head)
            if dashed is not None:
                return dashed
        if head.endswith(",") and apposition:
            # "Jane Doe, a spokeswoman for Acme, said" / "Smith, 56, said"
            named = self._long_apposition(p, floor, pos)
            if named is not None:
                return named
            comma = head.rfind(",", 0, len(head) - 1)
            if comma >= 0:
                seg = head[comma + 1 : -1]
                if 0 < len(seg.split()) <= 16 and _MASK not in seg and not re.search(r"[;:!?]", seg):
                    subj = self.subject_before(p, floor + comma, floor, apposition=False)
                    inner = self._mention_ending(p, floor + len(head) - 1)
                    if inner is not None and inner.start > floor + comma and (subj is None or subj.kind in ("desc", "unnamed")):
                        # "her challenger, state Sen. Paul Greaves, shot back": the name wins.
                        return _Subject("name", inner.start, inner.end, "", inner)
                    if subj is None or subj.kind in ("desc", "unnamed"):
                        # "Jane Doe, the attorney general of Oklahoma, one of the states
                        # suing, said": a second apposition; the name stands before both.
                        outer = head.rfind(",", 0, comma)
                        seg = head[outer + 1 : comma]
                        if outer >= 0 and 0 < len(seg.split()) <= 16 and _MASK not in seg and not re.search(r"[;:!?]", seg):
                            named = self.subject_before(p, floor + outer, floor, apposition=False)
                            if named is not None and named.kind == "name":
                                return named
                    if subj is not None and subj.kind in ("name", "pronoun", "desc"):
                        return subj
            return None
        if not head:
            return None
        mention = self._mention_ending(p, pos)
        if mention is not None and mention.after_preposition:
            # "A spokesperson for the National Security Council said": the
            # spokesperson speaks, not the council.
            lead = re.search(
                r"(?:^|[\s(—–])((?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?$",
                masked[max(floor, mention.start - 80) : mention.start],
            )
            if lead:
                words = lead.group(1).split()
                start = mention.start - len(masked[max(floor, mention.start - 80) : mention.start]) + lead.start(1)
                if words[0].lower() in _DETERMINERS:
                    return _Subject("desc", start, pos, " ".join(words))
                return _Subject("unnamed", start, pos, " ".join(words))
        if mention is not None and not mention.possessive:
            single = len(mention.entity.tokens) == 1 and mention.entity.kind in ("unknown", "place")
            det = re.search(r"\bthe\s+(?:[a-z][\w-]*\s+){0,3}$", masked[max(floor, mention.start - 40) : mention.start])
            if not (single and det):
                return _Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
            # "the Italian said", "the two-time Olympian said": a description, not a name.
            return _Subject("desc", mention.start, mention.end, "the " + masked[mention.start : mention.end])
        m = _LAST_LETTERS.search(head, _tail_start(head, 1))
        if m and m.group(1).lower() in _PRONOUNS and (m.start(1) == 0 or not head[m.start(1) - 1].isalnum()):
            return _Subject("pronoun", floor + m.start(1), pos, m.group(1).lower())
        # A description: back to the last determiner within eight words.
        m = _LAST_PHRASE.search(head, _tail_start(head, 9))
        if not m:
            return None
        phrase = m.group(1)
        if _MASK in phrase:
            return None
        words = phrase.split()
        det_at = None
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _DETERMINERS and (k == 0 or words[k][0].islower() or k == 0):
                det_at = k
                break
        if det_at is not None:
            words = words[det_at:]
            if len(words) == 1 and words[0].lower() in ("that", "this", "the", "a", "an", "his", "her", "their", "its", "our"):
                return None  # "…, that states can …": a bare determiner is no subject
        else:
            # No determiner: keep the short noun phrase right before the verb
            # ("officials", "police", "Smith's office", "Russian officials").
            words = words[-3:]
            while words and (words[0].lower() in _ADVERBS or (words[0][0].islower() and words[0].lower() not in PERSON_NOUNS | ORG_NOUNS and len(words) > 1 and not words[0].endswith(("’s", "'s")))):
                words = words[1:]
            if not words:
                return None
        text = " ".join(words)
        start = pos - len(text) if head.endswith(text) else pos
        if det_at is None:
            last = words[-1].lower()
            if last in PERSON_NOUNS or last in ORG_NOUNS or last.endswith("s") and last[:-1] in PERSON_NOUNS:
                return _Subject("unnamed", start, pos, text)
            return None
        return _Subject("desc", start, pos, text)

    def _dash_apposition(self, p: int, floor: int, head: str) -> _Subject | None:
        """'A former candidate -- John Doe, who lost in 2008 -- said' / 'Doe — twice
        passed over — told': the subject stands before the opening dash; a name
        opening the dashed part outranks a description before it."""
        m = _DASH_APPOSITION.search(head, max(0, len(head) - 200))
        if m is None:
            return None
        inside = m.group(2)
        if _MASK in inside or re.search(r"[;:!?]", inside):
            return None
        opening = floor + m.start(1)
        subj = self.subject_before(p, opening, floor, apposition=False)
        inner = self._mention_starting(p, floor + m.start(2))
        if inner is not None and inner.entity.kind == "person" and not inner.possessive and (subj is None or subj.kind in ("desc", "unnamed")):
            return _Subject("name", inner.start, inner.end, "", inner)
        if subj is not None and subj.kind in ("name", "pronoun", "desc", "unnamed"):
            return subj
        return None

    def _long_apposition(self, p: int, floor: int, pos: int) -> _Subject | None:
        """'Harry Bond, 30, of Raleigh, N.C., who was polled, said': a person named at
        the start of the clause, then a comma, and only appositions up to the verb."""
        para = self.paras[p]
        seg = para.masked[floor:pos]
        floor += seg.rfind(_MASK) + 1  # the clause begins after a quote that closes before it
        seg = para.masked[floor:pos]
        if ";" in seg or len(seg) > 300:
            return None
        for mention in para.mentions:
            if mention.start < floor:
                continue
            if mention.start >= pos:
                break
            if mention.entity.kind != "person" or mention.possessive or mention.after_preposition or mention.modifier:
                continue
            if para.masked.startswith(",", mention.end) and _only_role_words(para.masked[floor : mention.start].strip(" ,—–―-\u00a0")):
                return _Subject("name", mention.start, mention.end, "", mention)
            break
        return None

    def subject_after(self, p: int, start: int) -> _Subject | None:
        """The subject after an inverted verb: "said Jane Doe, a spokeswoman"."""
        masked = self.paras[p].masked
        rest = masked[start:]
        mention = self._mention_starting(p, start)
        if mention is not None and mention.modifier:
            # "said Hamas official Basem Naim": the name after the role speaks.
            later = self._mention_starting(p, mention.end)
            if later is not None:
                mention = later
        if mention is not None and mention.possessive:
            # "said Florida's Rick Wilson", "said CNN's Jake Tapper": the name right after speaks.
            # "said Clinton's top foreign policy aide Jake Sullivan": through a lower-case role phrase.
            role = re.match(r"(?:\s+[a-z][\w-]*){0,5}\s+", masked[mention.end :])
            later = self._mention_starting(p, mention.end + (role.end() if role else 0))
            if role and later is None:
                later = self._mention_starting(p, mention.end)
            if (
                later is not None and later.entity.kind == "person"
                and (not masked[mention.end : later.start].strip() or masked[mention.end : later.start].split()[-1] in PERSON_NOUNS)
            ):
                return _Subject("name", later.start, later.end, masked[later.start : later.end], later)
            # "said Kowalczyk's neighbour, Jan Nowicki": the apposed name speaks.
            m = re.match(r"[^,.;:!?\x00]{0,40},\s+", masked[mention.end :])
            later = self._mention_starting(p, mention.end + m.end()) if m else None
            if later is not None and later.start == mention.end + m.end():  # type: ignore[union-attr]
                return _Subject("name", later.start, later.end, "", later)
            return _Subject("unnamed", mention.start, mention.end, "")
        if mention is not None:
            return _Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
        m = re.match(r"\s*(he|she|they|it|we|I)\b", rest)
        if m:
            return _Subject("pronoun", start + m.start(1), start + m.end(1), m.group(1).lower())
        m = re.match(r"\s*((?:the|a|an|one|another|his|her|their|its)\s+[^,.;:!?\x00]{1,80}?)(?=\s*(?:[,.;:!?\x00]|$|\s+(?:in|on|at|during|after|before|when|while|who|adding|according)\b))", rest)
        if m:
            return _Subject("desc", start + m.start(1), start + m.end(1), m.group(1))
        return None

    # -- resolving a subject to a speaker ----------------------------------

    def resolve(self, p: int, subj: _Subject, at: int | None = None, at_para: int | None = None) -> tuple[str | None, Entity | None]:
        """The speaker a subject names; `at`/`at_para` move the look-back point (a quote's start)."""
        if at is not None and at_para is not None:
            p, subj = at_para, _Subject(subj.kind, at, at, subj.text, subj.mention)
        if subj.kind == "name" and subj.mention is not None:
            entity = subj.mention.entity
            subj.mention.speech_subject = True
            return entity.name, entity
        if subj.kind == "pronoun":
            word = subj.text
            if word in ("he", "she"):
                entity = self.antecedent(p, subj.start, _PRONOUNS[word])  # type: ignore[arg-type]
                return (entity.name, entity) if entity else (None, None)
            if word == "it":
                entity = self.org_antecedent(p, subj.start, None)
                return (entity.name, entity) if entity else (None, None)
            return None, None
        if subj.kind == "desc":
            return self.resolve_description(p, subj.start, subj.text)
        return None, None

    def _person_mentions_before(self, p: int, pos: int, back: int) -> list[tuple[int, Mention]]:
        out: list[tuple[int, Mention]] = []
        for q in range(max(0, p - back), p + 1):
            for mention in self.paras[q].mentions:
                if q == p and mention.start >= pos:
                    continue
                e = mention.entity
                if e.kind == "person" or (e.kind == "unknown" and (mention.speech_subject or e.roles or e.gender)):
                    out.append((q, mention))
        return out

    def antecedent(self, p: int, pos: int, gender: Gender) -> Entity | None:
        """The person a he/she most likely refers to: the subject of the latest sentence naming one.

        Candidates are names (not possessives or modifiers such as "Dortmund" in
        "Dortmund coach Edin Terzic") and earlier speech events, so a chain of
        pronouns keeps its referent.
        """
        # (sentence, order, rank, entity): rank 0 speaker, 1 plain subject, 2 other;
        # in a subordinate clause 1.4 speaker, 1.5 plain subject, 2.5 other.
        cands: list[tuple[int, int, float, Entity]] = []
        for q, mention in self._person_mentions_before(p, pos, 2):
            if mention.modifier:
                continue
            rank: float = 0 if mention.speech_subject else 1 if not (mention.possessive or mention.after_preposition) else 2
            if self._subordinate(q, mention.start):
                rank = (1.4, 1.5, 2.5)[int(rank)]  # below the main clause's subject, above its objects
            cands.append((self.paras[q].sentence_of(mention.start), mention.start, rank, mention.entity))
        for ev in self.events_between(p - 2, p):
            if ev.entity is not None and ev.entity.kind in ("person", "unknown") and (ev.para, ev.pos) < (p, pos) and ev.para >= p - 2:
                rank = 1.4 if self._subordinate(ev.para, ev.pos) else 0
                cands.append((self.paras[ev.para].sentence_of(ev.pos), ev.pos, rank, ev.entity))
        cands = [c for c in cands if not (gender and c[3].gender and c[3].gender != gender)]
        if not cands:
            return None
        latest = max(c[0] for c in cands)
        group = sorted((c for c in cands if c[0] == latest), key=lambda c: (c[2], c[1]))
        return group[0][3]

    def _subordinate(self, p: int, pos: int) -> bool:
        """Whether `pos` sits in a subordinate clause ("when Tapper asked him, he said"):
        its people rank below the main clause's subject as a pronoun's referent."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        lead = para.masked[start:pos]
        m = None
        for m in _SUBORDINATOR.finditer(lead):
            pass
        return m is not None and not re.search(r"[,;:—–]|--", lead[m.end() :])

    def org_antecedent(self, p: int, pos: int, keyword: str | None, back: int = 2) -> Entity | None:
        best: Entity | None = None
        for q in range(max(0, p - back), p + 1):
            for mention in self.paras[q].mentions:
                if q == p and mention.start >= pos:
                    continue
                if mention.entity.kind != "org" or mention.modifier or set(mention.entity.tokens) & _MEDIA:
                    continue  # "told Reuters": the news agency is not the company that spoke
                if keyword and keyword not in mention.entity.name.lower():
                    continue
                best = mention.entity
        return best

    def resolve_description(self, p: int, pos: int, desc: str) -> tuple[str | None, Entity | None]:
        words = desc.split()
        det = words[0].lower()
        capital_head = False
        rest = words[1:] if det in _DETERMINERS else words
        if not rest:
            return None, None
        if rest[-1][:1].isupper():
            # "the Kremlin", "the Foreign Ministry", "the White House"
            name = " ".join(rest)
            entity = self.registry.lookup(name)
            if entity is not None and entity.kind not in ("org", "person"):
                entity = None
            if entity is None:
                for e in self.registry.entities:
                    if e.kind == "org" and e.name.endswith(name):
                        entity = e
                        break
            if entity is not None:
                return entity.name, entity
            if any(w.removesuffix("’s").removesuffix("'s") in ORG_WORDS for w in rest):
                return name, None
            # "the Spaniard", "the Republican": a person described, not named.
            rest = [w.lower() for w in rest]
            capital_head = True
        if det in _INDEFINITE or det in ("his", "her", "their", "its", "our"):
            return None, None
        head = rest[-1].lower().rstrip(".,")
        for suffix in ("’s", "'s"):
            head = head.removesuffix(suffix)
        age = _AGE.search(desc)
        if age is None and head in ORG_NOUNS and head not in PERSON_NOUNS:
            keyword = None if head in ("company", "firm", "group", "organisation", "organization", "statement") else head
            entity = self.org_antecedent(p, pos, keyword, back=len(self.paras))
            if entity is None and keyword is not None:
                entity = self.org_antecedent(p, pos, None, back=1)
            return (entity.name, entity) if entity else (None, None)
        if not capital_head and age is None and head not in PERSON_NOUNS and not (head.endswith("s") and head[:-1] in PERSON_NOUNS):
            # "the memo said", "the grocery chain agreed": nobody to name.
            return None, None
        # A person description: the latest person with that role or age.
        for q, mention in reversed(self._person_mentions_before(p, pos, len(self.paras))):
            e = mention.entity
            if (age and e.age == int(age.group(1))) or (not age and head in e.roles):
                return e.name, e
        entity = self.antecedent(p, pos, None)
        if entity is not None:
            return entity.name, entity
        event = self.last_event(p, pos, back=2)
        if event is not None and event.speaker:
            return event.speaker, event.entity
        return None, None

    def continuing_speaker(self, p: int, pos: int) -> tuple[str | None, Entity | None]:
        """Who an unattributed quote at (p, pos) continues: at most two paragraphs back."""
        event = self.last_event(p, pos, back=2)
        since = (event.para, event.pos) if event is not None else (max(0, p - 1), -1)
        latest: tuple[int, Mention] | None = None
        for q in range(since[0], p + 1):
            for mention in self.paras[q].mentions:
                if (q, mention.start) <= since or (q == p and mention.start >= pos):
                    continue
                e = mention.entity
                if mention.possessive or mention.after_preposition or mention.modifier or e.kind != "person":
                    continue
                if _THE_BEFORE.search(self.paras[q].masked, max(0, mention.start - 5), mention.start):
                    continue  # "the Okafor campaign": a name used as a modifier
                sentence = self.paras[q].sentence_of(mention.start)
                if latest is None or sentence > self.paras[latest[0]].sentence_of(latest[1].start):
                    latest = (q, mention)
        if latest is not None:
            return latest[1].entity.name, latest[1].entity
        if event is not None:
            return event.speaker, event.entity
        return None, None

    def has_spoken(self, entity: Entity) -> bool:
        """Was this entity (perhaps a bare surname of unknown kind) reported speaking?"""
        return any(ev.entity is entity for events in self._events.values() for ev in events)

    def add_event(self, event: _Event) -> None:
        self._events.setdefault(event.para, []).append(event)

    def events_between(self, first: int, last: int) -> list[_Event]:
        return [ev for q in range(max(0, first), last + 1) for ev in self._events.get(q, ())]

    def last_event(self, p: int, pos: int, back: int) -> _Event | None:
        best: _Event | None = None
        for ev in self.events_between(p - back, p):
            if (ev.para, ev.pos) < (p, pos):
                if best is None or (ev.para, ev.pos) >= (best.para, best.pos):
                    best = ev
        return best

    def _speech_clauses(self, p: int, para: _Para) -> None:
        """Record every "X said …" outside quotes as a speech event."""
        for m in _SPEECH.finditer(para.masked):
            floor = para.sentence_start(m.start())
            subj = self.subject_before(p, m.start(), floor)
            if _COORDINATED_ING.match(m.group()):
                if subj is None or subj.kind in ("desc", "unnamed"):
                    # "Clinton responded …, saying the Sanders campaign …": the
                    # sentence's subject speaks, not the noun after the participle.
                    first = next(
                        (x for x in para.mentions if floor <= x.start < m.start() and not (x.after_preposition or x.modifier or x.possessive)),
                        None,
                    )
                    subj = _Subject("name", first.start, first.end, "", first) if first and first.entity.kind == "person" else None
            elif subj is None:
                subj = self.subject_after(p, m.end())
            if subj is None:
                continue
            speaker, entity = self.resolve(p, subj)
            if speaker:
                self.add_event(_Event(p, m.start(), speaker, entity))
        low = para.masked.lower()
        if not any(hint in low for hint in _ACCORDING_HINTS):
            return
        for m in _ACCORDING.finditer(para.masked):
            mention = self._mention_starting(p, m.end())
            if mention is not None:
                mention.speech_subject = True
                self.add_event(_Event(p, m.start(), mention.entity.name, mention.entity))


@dataclass(slots=True)
class _Attribution:
    found: bool = False
    speaker: str | None = None
    entity: Entity | None = None
    tail: bool = False
    head: bool = False
    speech_in_sentence: bool = False
    embedded: bool = False
    """The quote sits inside its sentence (a partial quote), not at its start."""


def _attribute(res: _Resolver, span: _Span, long_ends: dict[int, list[int]]) -> _Attribution:
    """Who the quote is attributed to, and how (after it, before it, in its sentence)."""
    out = _Attribution()
    # 1. Right after the closing mark: “…,” Smith said / “…,” said Smith.
    if span.close_end is not None:
        p = span.close_para
        para = res.paras[p]
        ce = span.close_end
        limit = para.masked.find(_MASK, ce)
        limit = len(para.masked) if limit < 0 else limit
        limit = min(limit, para.sentence_end(ce))
        tail = para.masked[ce:limit]
        m = re.match(r"[\s,—–―-]*", tail)
        lead = m.end() if m else 0
        verb = _SPEECH.match(tail, lead)
        subj: _Subject | None = None
        # After a quote closed on a full stop a new sentence may begin ("“….” Trump
        # disagreed."); only the plain reporting verbs still attribute it.
        period = span.parts[-1].rstrip()[-1:] == "." if span.parts else False
        if period and span.para == p:
            before = para.masked[para.sentence_start(span.open_at) : span.open_at].rstrip()
            if before and not before.endswith((":", ",", "—", "–", _MASK)) and re.match(r"\s+[A-Z]", tail):
                # 'Roberts … but said "the question is the timing." Gov. Pat McCrory said …':
                # a partial quote ending its sentence; the next sentence is another's.
                tail, verb, lead = "", None, 0
        if period and verb and verb.group() not in _CORE_VERBS:
            verb = None
        if verb and _COORDINATED_ING.match(verb.group()):
            pass  # "“…,” adding that …": a participle has no subject after it
        elif verb:
            subj = res.subject_after(p, ce + verb.end())
        else:
            acc = _ACCORDING.match(tail, lead)
            if acc:
                mention = res._mention_starting(p, ce + acc.end())
                if mention is not None:
                    subj = _Subject("name", mention.start, mention.end, "", mention)
            else:
                verb = _verb_search(tail, lead)
                generic = False
                if verb is None and span.parts and span.parts[-1].rstrip()[-1:] in (",", "?", "!"):
                    generic = True
                    # “…,” she laughs. A quote closed on a comma is followed by its
                    # attribution, whatever the verb.
                    verb = re.search(r"(?<![\w'’-])[a-z]+(?:ed|s)(?=[\s.,;!?]|$)", tail[lead:])
                    if verb is not None:
                        verb = re.compile(re.escape(verb.group())).search(tail, lead + verb.start())
                if verb and period and verb.group() not in _CORE_VERBS:
                    verb = None
                if verb and verb.start() - lead <= 120:
                    cand = res.subject_before(p, ce + verb.start(), ce)
                    between = para.masked[ce : cand.start].strip(" ,—–―-\u00a0") if cand else ""
                    if cand is not None and _only_role_words(between):
                        if not (generic or period) or (cand.kind in ("name", "pronoun", "desc") and not between):
                            subj = cand
                    elif (
                        cand is not None and cand.kind == "name" and not period and para.masked[ce : cand.start].rstrip().endswith(",")
                        and para.masked[ce + verb.end() : limit].strip(" .") == ""
                    ):
                        # '“…,” just as Clinton did in 2008, Rendell added.': an aside, then the
                        # name and verb that close the sentence.
                        subj = cand
                    elif cand is None and not period and verb.group() in _CORE_VERBS and tail[lead : verb.start()].rstrip().endswith(","):
                        # "“…” about fixing schools, said Marla Kilfoyle, a teacher": the
                        # quote's sentence goes on, then names its speaker after the verb.
                        after = res.subject_after(p, ce + verb.end())
                        if after is not None and after.kind == "name":
                            subj = after
        if subj is None:
            # A pull quote or epigraph: “…” — Sergei Lavrov
            # "―" (horizontal bar) is how some sites set the dash before a pull quote's author.
            dash = re.match(r"\s*[—–―-]\s*", tail)
            if dash:
                mention = res._mention_starting(p, ce + dash.end())
                if mention is not None and mention.start == ce + dash.end():
                    subj = _Subject("name", mention.start, mention.end, "", mention)
        if subj is not None:
            # A pronoun or description after the quote refers back from where the quote began.
            out.speaker, out.entity = res.resolve(p, subj, span.open_at, span.para)
            out.found = out.tail = True
        if _SPEECH.search(para.masked[ce : para.sentence_end(ce)]):
            out.speech_in_sentence = True
    # 2. Before the opening mark: Lavrov noted, “…” / Doe told Reuters: “…”
    p = span.para
    para = res.paras[p]
    o = span.open_at
    floor = para.sentence_start(o)
    for e in long_ends.get(p, []):
        if floor < e <= o:
            floor = e
    head = para.masked[floor:o]
    stripped = head.rstrip()
    introduces = stripped.endswith((":", ",", "—", "–")) or not stripped
    heard = list(_SPEECH.finditer(head))
    verbs = [v for v in heard if not _is_noun_use(head, v)]
    if heard:
        out.speech_in_sentence = True  # "his comments" still marks talk about speech
    # A quote closed on . ? ! after "X said:" / "X remarked," belongs to X, whatever follows it.
    ends_sentence = bool(span.parts) and span.parts[-1].rstrip()[-1:] in (".", "?", "!", "…")
    # "Trump claimed that “…,” one of the prosecutors said …": an unnamed source
    # after the quote does not outrank a named one reporting it before.
    unnamed_tail = out.found and out.speaker is None and bool(verbs)
    if not out.found or (ends_sentence and stripped.endswith((":", ","))) or unnamed_tail:
        acc = list(_ACCORDING.finditer(head))
        subj = None
        if acc:
            mention = res._mention_starting(p, floor + acc[-1].end())
            if mention is not None:
                subj = _Subject("name", mention.start, mention.end, "", mention)
        coordinated = None
        for v in reversed(verbs):
            if subj is not None:
                break
            joined = _COORDINATED.search(head, 0, v.start())
            if joined and joined.group(1):
                coordinated = coordinated or v  # "… but told", "… and said"
                continue
            subj = res.subject_before(p, floor + v.start(), floor)
            if (subj is None or subj.kind in ("desc", "unnamed")) and head[: v.start()].endswith(" to ") and head[v.end() :].startswith(","):
                subj = None  # "As the crowd began to chant, …": an infinitive reports nothing here
                continue
            if _COORDINATED_ING.match(v.group()) and (
                subj is None or subj.kind in ("desc", "unnamed") or head[: v.start()].rstrip().endswith(",")
            ):
                # "Jeffries reacted to the news, saying", "Mackler issued a statement
                # saying": a participle's subject is the sentence's, not the noun before it.
                coordinated, subj = coordinated or v, None
                continue  # and no inverted subject after it: "saying his comment …"
            if subj is None:
                after = res.subject_after(p, floor + v.end())
                if after is not None and after.start < o:
                    if after.kind == "name" and _CLAUSE_VERB.match(para.masked, after.end):
                        # "… but now said Trump had “…”": the name after the verb is the
                        # subject of the reported clause; the sentence's subject speaks.
                        coordinated = coordinated or v
                        continue
                    subj = after
        if subj is None and coordinated is not None:
            # "Carson ignored his rivals but told supporters, “…”", "Jeffries reacted,
            # saying: “…”": the verb shares the subject that opens the sentence.
            # From the sentence's own start: "Cruz said that “…,” adding that …" has its
            # subject before an earlier quote of the same sentence.
            start = para.sentence_start(o)
            inside = [
                m for m in para.mentions
                if start <= m.start < floor + coordinated.start() and not (m.after_preposition or m.modifier or m.possessive)
            ]
            if inside and (inside[0].entity.kind == "person" or (inside[0].entity.kind == "unknown" and res.has_spoken(inside[0].entity))):
                subj = _Subject("name", inside[0].start, inside[0].end, "", inside[0])
            elif not inside:
                pm = re.match(r"\s*(He|She)\b", head)
                if pm:
                    subj = _Subject("pronoun", floor + pm.start(1), floor + pm.end(1), pm.group(1).lower())
                else:
                    subj = _description_opening(para.masked, start)
        if subj is None and stripped.endswith(":"):
            # "Jones disagreed: “…”", "Ashdown's answer was blunt: “…”": the
            # subject of the introducing clause.
            inside = [m for m in para.mentions if floor <= m.start < o and not m.after_preposition and not m.modifier]
            plain = [m for m in inside if not m.possessive] or inside
            if plain:
                subj = _Subject("name", plain[0].start, plain[0].end, "", plain[0])
            else:
                pm = re.match(r"\s*(?:[A-Z]\w*,?\s+)?(He|She|he|she)\b", head)
                if pm:
                    subj = _Subject("pronoun", floor + pm.start(1), floor + pm.end(1), pm.group(1).lower())
        if subj is not None:
            out.speaker, out.entity = res.resolve(p, subj)
            out.found = True
            out.head = introduces and stripped != ""
    out.embedded = not introduces
    if not out.found and out.embedded:
        # 'Schumer called the bill “a missed opportunity …”': the subject of the sentence.
        inside = [m for m in para.mentions if floor <= m.start < o and not m.after_preposition and not m.modifier and not m.possessive]
        # An opening phrase ("During an interview with Univision's Los Angeles
        # affiliate, Clinton expressed …") holds no subject: names after its comma.
        intro = _INTRO_PHRASE.match(head)
        if intro:
            inside = [m for m in inside if m.start >= floor + intro.end()]
        while inside and inside[0].entity.kind == "place":
            inside.pop(0)
        if not inside and floor > para.sentence_start(o):
            # 'Cross called it “a citizenship election” and likened … to “stand up
            # and be counted.”': an earlier quote cut the head; the sentence's subject,
            # after any opening phrase ("In contrast, Ham described …").
            start = para.sentence_start(o)
            intro = _INTRO_PHRASE.match(para.masked, start) or _CONTRAST.match(para.masked, start)
            if intro:
                start = intro.end()
            inside = [m for m in para.mentions if start <= m.start < floor and not (m.after_preposition or m.modifier or m.possessive)][:1]
        if floor > para.sentence_start(o) and re.match(r"[\s,]*(?:and|but)\s+(?:then\s+|also\s+)?[a-z]+(?:ed|s)\b", head):
            # 'Trump called the merger "a terrible deal" and ranked Fiorina among …': a verb
            # joined after an earlier quote shares the sentence's subject, not its object.
            start = para.sentence_start(o)
            first = [m for m in para.mentions if start <= m.start < floor and not (m.after_preposition or m.modifier or m.possessive)][:1]
            if first and first[0].entity.kind == "person":
                inside = first
        if inside and (inside[0].entity.kind in ("person", "org") or res.has_spoken(inside[0].entity)):
            out.speaker, out.entity, out.found = inside[0].entity.name, inside[0].entity, True
            inside[0].speech_subject = True
        else:
            pm = re.match(r"\s*(?:[A-Z]\w*,?\s+)?(He|She)\b", head)
            desc = None if pm or inside else _description_opening(para.masked, para.sentence_start(o))
            if pm:
                out.speaker, out.entity = res.resolve(p, _Subject("pronoun", floor + pm.start(1), floor + pm.end(1), pm.group(1).lower()))
                out.found = out.speaker is not None
            elif desc is not None and desc.start < o:
                out.speaker, out.entity = res.resolve(p, desc)
                out.found = out.speaker is not None
    # 3. A paragraph that is only the quote, named in the next one: "That was how X put it."
    if not out.found and not stripped and span.close_end is not None and span.close_para + 1 < len(res.paras):
        rest = res.paras[span.close_para].masked[span.close_end :].strip()
        nxt = res.paras[span.close_para + 1]
        first = nxt.masked[: nxt.sentence_end(0)]
        if not rest and re.match(r"\s*(?:That|This|Those|These|So|Such)\b[^.]*\b(?:how|what|words|said|says|put it|view|verdict|message)\b", first):
            for mention in nxt.mentions:
                if mention.start < len(first) and mention.entity.kind in ("person", "org") and not mention.modifier:
                    out.speaker, out.entity, out.found = mention.entity.name, mention.entity, True
                    break
    return out


_CLAUSE_VERB = re.compile(
    r"\s+(?:had|has|have|was|is|were|are|would|will|could|should|can|cannot|may|might|must|did|does|do"
    r"|(?:didn|doesn|wasn|isn|won|hasn|hadn|wouldn|couldn)[’']t|ran|made|gave|took|knew|got|went|thought|felt|saw|lost|won"
    r"|(?!(?:always|afterwards|perhaps|towards|across|unless|thus|besides|plus|less|this|was|has|is)\b)[a-z]{2,}(?:ed|s))\b"
)
_DESC_OPENING = re.compile(r"\s*(?:[A-Z][^,.;:!?\x00]{0,40},\s+)?([Tt]he\s+(?:[\w’'.-]+\s+){0,3}?([a-z\d][\w-]*))(?=[\s,])")


def _description_opening(masked: str, start: int) -> _Subject | None:
    """'The Florida senator …', 'The 56-year-old …' opening a sentence: its subject."""
    m = _DESC_OPENING.match(masked, start)
    if m is None or not (m.group(2) in PERSON_NOUNS or _AGE.search(m.group(2))):
        return None
    return _Subject("desc", m.start(1), m.end(1), m.group(1))


_COORDINATED = re.compile(r"(?:\b(and|but)|,)\s*$")
_COORDINATED_ING = re.compile(r"\w+ing\b")
_NOUN_BEFORE_PLURAL = re.compile(r"(?:\w[’']s?|\w+-\w+-\w+)\s+$")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those|our|of|and)\s+$", re.IGNORECASE)


def _is_noun_use(text: str, verb: re.Match[str], pos: int = 0) -> bool:
    """A speech-verb look-alike after a determiner is a noun ("his comments", "the states")."""
    if _NOUN_BEFORE.search(text, max(pos, verb.start() - 12), verb.start()) is not None:
        return True
    # "Trump's comments", "his over-the-top remarks": a plural after a possessive or a
    # compound adjective is a noun.
    return verb.group().endswith("s") and _NOUN_BEFORE_PLURAL.search(text, max(pos, verb.start() - 30), verb.start()) is not None


def _verb_search(text: str, pos: int) -> re.Match[str] | None:
    """The first speech verb from `pos` that is not a noun after a determiner
    ("one of the states that sued, said": "states" is not the verb)."""
    verb = _SPEECH.search(text, pos)
    while verb is not None and _is_noun_use(text, verb, pos):
        verb = _SPEECH.search(text, verb.end())
    return verb


def _only_role_words(text: str) -> bool:
    """A role before a name, no punctuation: "the", "manager", "state Sen.", "Merriman chief executive"."""
    words = text.split()
    if len(words) > 5 or _MASK in text or re.search(r"[,;:!?\u2014\u2013]", text):
        return False
    if words and words[-1].lower() in PERSON_NOUNS and words[0] not in _SENTENCE_OPENERS:
        return True
    if 2 <= len(words) <= 3 and words[-1] in ORG_NOUNS and words[0] not in _SENTENCE_OPENERS:
        # "Tulsa police Chief Chuck Jordan": the force he heads stands before his title.
        return True
    return len(words) <= 4 and all(
        w[:1].islower() or w.rstrip(".") in ("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms") for w in words
    )


def _is_title_case(text: str, least: int = 2) -> bool:
    words = _WORDS.findall(text)
    significant = [w for w in words if len(w) > 3]
    return len(words) >= 2 and len(significant) >= least and all(w[0].isupper() for w in significant)


def _clean(text: str) -> str:
    text = " ".join(strip_control(text).split())
    return text.rstrip(",").rstrip()


def find_quotes(paragraphs: list[str], *, headline: str | None = None) -> list[Quote]:
    """Direct quotations in `paragraphs`, in reading order, with their speakers.

    Args:
        paragraphs: plain-text paragraphs of one article, in order.
        headline: the article's headline; names in it help resolve later surnames.

    Returns:
        One `Quote` per contiguous quoted span that reads as speech (see the module
        docstring for the conventions); `paragraph` is the index where it starts.
    """
    paragraphs = [p.replace(_MASK, " ") if isinstance(p, str) else "" for p in paragraphs]
    spans, masks = _find_spans(paragraphs)
    res = _Resolver(paragraphs, masks, headline)
    # Spans long enough to be speech cut the head of the next one in their paragraph.
    long_ends: dict[int, list[int]] = {}
    for span in spans:
        if span.close_end is not None and len(_WORDS.findall(" ".join(span.parts))) >= 1:
            long_ends.setdefault(span.close_para, []).append(span.close_end)
    quotes: list[Quote] = []
    seen: dict[str, int] = {}
    last: tuple[int, int, str | None, Entity | None] | None = None
    """The latest kept quote: its closing paragraph and offset, speaker and entity."""
    for span in spans:
        text = _clean(" ".join(part.strip() for part in span.parts))
        if not text:
            continue
        words = len(_WORDS.findall(text))
        attr = _attribute(res, span, long_ends)
        para = res.paras[span.para]
        head = para.masked[para.sentence_start(span.open_at) : span.open_at]
        at_start = not head.strip() or head.rstrip().endswith((":", ",", "—", "–")) or head.rstrip()[-1:] == _MASK
        naming = bool(_NAMING.search(head[-60:])) and not attr.head
        multi = len(span.parts) > 1
        titled = _is_title_case(text) and not re.search(r"[.?!…]\W*$", text)
        if (attr.tail or attr.head) and (at_start or words >= 4) and not (naming and words < 5) and not titled:
            keep = True
        elif multi and words >= 4:
            keep = True
        elif not head.strip() and words >= 2 and text[0].isupper() and re.search(r"[.?!…]\W*$", text):
            # A whole sentence standing alone in quote marks is speech, however short.
            keep = True
        elif words < 4:
            keep = False
        elif (naming and words < 5) or _is_title_case(text):
            keep = False
        elif attr.found or attr.speech_in_sentence:
            keep = True
        elif text[0].isupper() and re.search(r"[.?!…]\W*$", text):
            keep = True
        else:
            keep = words >= 8
        if not keep:
            continue
        speaker, entity = attr.speaker, attr.entity
        turn = _TURN.match(text)
        if turn and turn.group(1).strip(" .") in _UNNAMED_TURNS:
            speaker, entity = None, None  # "VIDEO: …", "UNIDENTIFIED MALE: …": nobody named speaks
        elif turn and turn.group(1).strip(" .") not in _NOT_SPEAKERS:
            # An interview transcript's turn: "WALLACE: …" → the person of that name.
            words = turn.group(1).split()
            while len(words) > 1 and words[0].rstrip(".") in _TURN_TITLES:
                words = words[1:]  # "MR. O'NEILL:" → O'Neill
            label = " ".join(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), w) for w in words)
            label = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), label)
            entity = res.registry.lookup(label)
            speaker = entity.name if entity is not None else label
        elif not attr.found and attr.embedded and last is not None and last[0] == span.para and (
            para.sentence_of(last[1]) == para.sentence_of(span.open_at)
        ):
            # 'Hicks said Trump "has a long history …" and has "made contributions …"':
            # a later partial quote in the same sentence has the same speaker.
            speaker, entity = last[2], last[3]
        elif not attr.found and not attr.embedded:
            # A quote standing at a sentence start continues the latest speaker,
            # or the person the text turned to since.
            speaker, entity = res.continuing_speaker(span.para, span.open_at)
        if speaker or attr.found:
            # An unnamed source ("one resident said") is an event too: it stops
            # the next quote inheriting an older speaker.
            res.add_event(_Event(span.para, span.open_at, speaker, entity))
        key = _fold(text)
        if key in seen:
            # The same words again (a pull quote repeating the body): keep one, with a speaker.
            k = seen[key]
            if quotes[k].speaker is None and speaker:
                quotes[k] = Quote(text=quotes[k].text, speaker=speaker, section=0, paragraph=quotes[k].paragraph)
            continue
        seen[key] = len(quotes)
        quotes.append(Quote(text=text, speaker=speaker, section=0, paragraph=span.para))
        if span.close_end is not None:
            last = (span.close_para, span.close_end - 1, speaker, entity)
    return quotes


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))
