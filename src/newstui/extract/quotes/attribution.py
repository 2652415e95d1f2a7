"""Attribution: who a quoted span is attributed to, and how.

Each strategy is a small function that tries one pattern and returns what it
found, or None to let the next one try. They run as ordered tuples:

1. `AFTER_QUOTE`, on the words after the closing mark, up to the sentence end or
   the next quote: “…,” said Jane Doe / “…,” according to Doe / “…,” as Harbour
   Radio's Doe reported. / “…,” Doe said /
   “…,” Doe, a spokeswoman told us / “…,” Minister of Trade, Senator Jo Dee, told
   us / “…,” inquired Doe / “…” — Jane Doe /
   “…,” Jane Doe, director of the board. (no verb) / “…” would be the answer,
   candidate Jo Dee said. (a name and verb closing the quote's sentence)
2. `BEFORE_QUOTE`, on the words between the sentence start and the opening mark,
   when nothing followed the quote (or an unnamed source did, or the quote is
   a whole sentence introduced by "X said:"): …, including Doe -- “…” -- and … (set
   off by dashes after a name) / according to Doe, “…” / as Reuters
   reported, “…” / as the Post's Jo Dee wrote, “…” / But as the Post noted, the mayor
   “…” / the tweet from Doe reads, “…” / Doe released the following statement:
   “…” / Doe told
   Reuters: “…” / Doe ignored them but told supporters, “…” / Dee's catch phrase was
   that Roe “…” (a person's words by a possessive) / Doe disagreed: “…” / Doe
   called over her shoulder, “…” (a whole sentence quoted) /
   Declaring “…” at stake, Doe ordered ….
3. `IN_SENTENCE`, for a partial quote inside its sentence ('Doe called the bill
   “a missed opportunity”'): the subject of the verb a second "and that" clause
   still reports ("Doe said that …, and that the court should “…”"), the
   sentence's subject, the speaker reporting an
   earlier quote of the sentence ("the director noted that “…,” but we “…”"; "Doe
   says his “friend” Roe ran “…”"), the subject of a subordinate clause opening the
   sentence and holding the quote ("While Doe calls it “…,” Roe …"), a
   he/she opening it, or a description opening it ("The Florida senator …").
4. `NEXT_PARAGRAPH`: a paragraph that is only the quote, named in the next one
   ("That was how Doe put it.").

Strategies of steps 1 and 2 return the subject phrase (a `Subject`), resolved
to a speaker by the `Resolver`; those of step 3 and 4 return the speaker itself.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from newstui.extract.names import (
    ACCUSATION_VERBS,
    LEADING_ONLY,
    ORG_NOUNS,
    PERSON_NOUNS,
    Entity,
    Gender,
    Mention,
    is_demonym,
    mention_start,
)
from newstui.extract.quotes.continuation import NAMELESS_STAFF_CREDIT, REPORTER_CREDIT_AFTER
from newstui.extract.quotes.resolver import Resolver
from newstui.extract.quotes.sentences import Para
from newstui.extract.quotes.spans import Span
from newstui.extract.quotes.subjects import PAST_VERB_NEXT, Subject, body_of_acronym, names_a_title
from newstui.extract.quotes.vocabulary import (
    ACCORDING,
    AGE,
    CLAUSE_OPENERS,
    CONTRAST,
    COORDINATED,
    COORDINATED_ING,
    CORE_VERBS,
    IN_WORDS,
    INTRO_PHRASE,
    ISSUED_TEXT,
    MASK,
    OWN_BODIES,
    OWN_TEXTS,
    PARTICIPLE_PHRASE,
    PLATFORM_THING,
    PLATFORMS,
    PRONOUN_LEAD,
    PRONOUN_SUBJECT,
    PROSE_TURN,
    SPEECH,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    is_noun_use,
    only_role_words,
    role_label,
    verb_search,
)

Speaker = tuple[str | None, Entity | None]
_T = TypeVar("_T")


CLAUSE_VERB = re.compile(
    r"\s+(?:had|has|have|was|is|were|are|would|will|could|should|can|cannot|may|might|must|did|does|do"
    r"|(?:didn|doesn|wasn|isn|won|hasn|hadn|wouldn|couldn)[’']t|ran|made|gave|took|knew|got|went|thought|felt|saw|lost|won"
    r"|(?!(?:always|afterwards|perhaps|towards|across|unless|thus|besides|plus|less|this|was|has|is)\b)[a-z]{2,}(?:ed|s))\b"
)
_DESC_OPENING = re.compile(
    r"\s*(?:[A-Z][^,.;:!?\x00]{0,40},\s+)?([Tt]he\s+(?:[\w’'.-]+\s+){0,3}?([a-z\d][\w-]*))(?=[\s,])"
)


def description_opening(masked: str, start: int) -> Subject | None:
    """'The Florida senator …', 'The 56-year-old …' opening a sentence: its subject.

    So is an organisation's common noun ('The union called the cuts “…”'): it
    resolves to the organisation of that kind named before, or to nobody.
    """
    m = _DESC_OPENING.match(masked, start)
    if m is None:
        return None
    if m.group(2).startswith("then-") and m.group(2)[5:] in PERSON_NOUNS:
        # "The then-mayor …": the office as it was then, read as "the mayor".
        return Subject("desc", m.start(1), m.end(1), masked[m.start(1) : m.start(2)] + m.group(2)[5:])
    if not (m.group(2) in PERSON_NOUNS or m.group(2) in ORG_NOUNS or AGE.search(m.group(2))):
        # "The former mayor …", "The longtime senator …": a word placing the office in
        # time before its noun.
        if m.group(2) not in _OFFICE_TIME_WORDS:
            return None
        noun = _WORD_NEXT.match(masked, m.end(2))
        if noun is None or noun.group(1) not in PERSON_NOUNS:
            return None
        return Subject("desc", m.start(1), noun.end(1), masked[m.start(1) : noun.end(1)])
    return Subject("desc", m.start(1), m.end(1), m.group(1))


# Words placing an office in time, before its noun: "the former mayor", "the outgoing senator"
# ("the then-mayor" is one word: `description_opening` reads it apart).
_OFFICE_TIME_WORDS = frozenset("former late outgoing incoming longtime retired".split())
# The next word, followed by a space or a comma.
_WORD_NEXT = re.compile(r"\s+([a-z][\w-]*)(?=[\s,])")


@dataclass(slots=True)
class Attribution:
    found: bool = False
    speaker: str | None = None
    entity: Entity | None = None
    tail: bool = False
    """Attributed by the words after the quote."""
    head: bool = False
    """Attributed by a clause introducing the quote ("Doe said: “…”")."""
    speech_in_sentence: bool = False
    embedded: bool = False
    """The quote sits inside its sentence (a partial quote), not at its start."""
    topic: bool = False
    """The sentence's subject stands right before the marks: the quote says something
    about it in another's words ('Abbas “has put aside efforts …”')."""
    how: str = ""
    """Which strategy named the speaker ("after:_verb_then_subject:pronoun"): for
    measuring the mechanisms (bench/speaker_mechanisms.py), never read by the finder."""


@dataclass(slots=True)
class _After:
    """The words after a closed quote, up to its sentence's end or the next quote."""

    p: int
    para: Para
    close: int
    """Offset just after the closing mark."""
    limit: int
    tail: str
    lead: int
    """Offset in `tail` past the commas and dashes right after the mark."""
    period: bool
    """The quote closed on a full stop: a new sentence may begin after it."""
    direct: re.Match[str] | None
    """A speech verb right after the mark ("“…,” said Doe")."""


@dataclass(slots=True)
class _Before:
    """The words of the quote's sentence before its opening mark."""

    p: int
    para: Para
    open_at: int
    floor: int
    """Where the head starts: the sentence start, or the end of a quote before it."""
    head: str
    stripped: str
    verbs: list[re.Match[str]]
    """Speech verbs in the head, nouns ("his comments") left out."""
    speech: bool
    """Whether the head holds a speech verb or its look-alike noun (`SPEECH` finds one)."""
    _scan: tuple[Subject | None, re.Match[str] | None] | None = None
    _subjects: list[Mention] | None = None
    _reported: Subject | None = None
    """The subject reporting an earlier quote of the sentence, when not a name (`_sentence_subjects`)."""


@dataclass(slots=True)
class _Quoted:
    res: Resolver
    span: Span
    after: _After | None
    before: _Before
    topic: bool = False


def _core_verb(verb: re.Match[str]) -> bool:
    """Whether a speech verb found (its match may hold its object: "told reporters") is
    one of the plain reporting verbs."""
    return verb.group().split()[0] in CORE_VERBS


# Spaces, commas and dashes between a closing mark and its attribution.
_TAIL_LEAD = re.compile(r"[\s,—–―-]*")
# A capitalised word next: a new sentence may begin.
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _tail_limit(para: Para, close: int) -> int:
    """Where the words after a quote closing at `close` stop: the next quoted span, unless
    that span is a nickname inside a name ('“…,” Dana “Dee” Price shouted'): the name
    scan read the name across it, so the tail goes on past the name to the verb. It
    also goes on past a quoted term or title of under four words that its sentence goes
    on after (at most `_TERMS_PASSED` per quote: '“…,” aside from knowing him “casually”
    at the club, said Tom Crane')."""
    masked = para.masked
    limit = masked.find(MASK, close)
    mentions = para.mentions
    k = bisect_left(mentions, close, key=mention_start)
    terms = _TERMS_PASSED
    while limit >= 0:
        while k < len(mentions) and mentions[k].end <= limit:
            k += 1
        if k < len(mentions) and mentions[k].start < limit:
            # The name starts before the span and ends after it: the span is inside the name.
            limit = masked.find(MASK, mentions[k].end)
            continue
        run = _MASK_RUN_AT.match(masked, limit)
        end = run.end() if run is not None else limit
        if terms and end < len(masked) and _short_term(para.text, limit, end, masked, end):
            # '“ties of any consequence,” aside from knowing each other “casually” at the
            # club, said Tom Crane': a quoted term or title of a few words inside the
            # sentence is part of it; the reporting clause closing it still attributes.
            terms -= 1
            limit = masked.find(MASK, end)
            continue
        return limit
    return len(masked)


# At most this many quoted terms are read past per quote (a bound on the work per quote).
_TERMS_PASSED = 2
_MASK_RUN_AT = re.compile(MASK + "+")
# What follows a term inside its sentence: a word, a comma, a bracket (not a stop ending it).
_SENTENCE_GOES_ON = re.compile(r"[,;]?\s+[\w(]")


# A full stop, ! or ? inside a term's closing mark ("a “Keep Out.” Nearby, …"), then a capital:
# the term closed its sentence (the mask hides that stop).
_STOP_IN_CLOSE = re.compile(r"[.!?][”\"’']+$")
_CAPITAL_NEXT_WORD = re.compile(r"\s+[A-Z]")


def _short_term(text: str, start: int, end: int, masked: str, after: int) -> bool:
    """Whether the masked span `start`..`end` holds fewer than four words (a term, a
    title: no quote of its own) and its sentence goes on after it (not when a stop
    inside its closing mark and a capital after it end the sentence)."""
    term = text[start:end]
    if len(term.split()) >= 4 or _SENTENCE_GOES_ON.match(masked, after) is None:
        return False
    return not (_STOP_IN_CLOSE.search(term) and _CAPITAL_NEXT_WORD.match(masked, after))


def _after_context(res: Resolver, span: Span) -> _After | None:
    if span.close_end is None:
        return None
    p = span.close_para
    para = res.paras[p]
    close = span.close_end
    limit = _tail_limit(para, close)
    limit = min(limit, para.sentence_end(close))
    tail = para.masked[close:limit]
    m = _TAIL_LEAD.match(tail)
    lead = m.end() if m else 0
    if (
        "\n" in tail[:lead]
        and span.last_char in (".", "!", "?")
        and para.masked.startswith(MASK, limit)
        and not tail.rstrip().endswith((".", "!", "?"))
        and not _LOWER_OPENING.match(para.text, limit)
    ):
        # '“…!”⏎Dee added, “…”': a page's line break, then a clause running into the next
        # quote without a sentence's end: it introduces that quote, as a new paragraph
        # would, and says nothing of this one ('“…,”⏎Dee added, “but …”' goes on with
        # the same sentence, which the clause interrupts, and so does a quote closing on
        # a comma: '“…,”⏎Dee said, “…”').
        tail, lead = "", 0
    direct = SPEECH.match(tail, lead)
    # After a quote closed on a full stop a new sentence may begin ("“….” Trump
    # disagreed."); only the plain reporting verbs still attribute it.
    period = span.last_char == "."
    if period and span.para == p:
        # The last character of the sentence before the quote, read in place (a copy of
        # that head per quote is the whole paragraph per quote when it is only quotes).
        last = _last_char_before(para.masked, para.sentence_start(span.open_at), span.open_at)
        if last and last not in (":", ",", "—", "–", MASK) and _CAPITAL_NEXT.match(tail):
            # 'Roberts … but said "the question is the timing." Gov. Pat McCrory said …':
            # a partial quote ending its sentence; the next sentence is another's.
            tail, direct, lead = "", None, 0
    if period and direct and not _core_verb(direct):
        direct = None
    return _After(p, para, close, limit, tail, lead, period, direct)


def _last_char_before(masked: str, start: int, end: int) -> str:
    """The last character of `masked[start:end]` that is not white space, "" when none."""
    while end > start and masked[end - 1].isspace():
        end -= 1
    return masked[end - 1] if end > start else ""


# A quote opening on a lower-case word, past its mark: it goes on with a sentence begun before.
_LOWER_OPENING = re.compile(r"\W{1,3}[a-z]")


# An auxiliary right after a word: "EU states will meet", "the claims are": the word in
# -s before it is a plural noun, the subject of that auxiliary, and no speech verb.
_AUXILIARY_NEXT = re.compile(r"\s+(?:will|would|can|could|should|must|may|might|are|were|have|had|do|did)\b")


# "the question asked of the court", "the words quoted by": a participle after a noun,
# passive, with nobody speaking in the sentence by it.
_PASSIVE_AGENT_NEXT = re.compile(r"\s+(?:of|by)\b")


class _SpeechIndex:
    """The speech verbs of one paragraph, found once: a sentence holding thousands of
    quotes asks for the verbs before or after each of them, which a scan of the text
    from the sentence start (or to its end) per quote would make quadratic."""

    def __init__(self, masked: str) -> None:
        self.verbs = list(SPEECH.finditer(masked))
        self.starts = [v.start() for v in self.verbs]

    def last(self, lo: int, hi: int) -> re.Match[str] | None:
        """The last verb inside `lo`..`hi`."""
        k = bisect_right(self.starts, hi) - 1
        while k >= 0 and self.verbs[k].end() > hi:
            k -= 1
        return self.verbs[k] if k >= 0 and self.starts[k] >= lo else None

    def last_such(self, lo: int, hi: int, keep: Callable[[re.Match[str]], bool]) -> re.Match[str] | None:
        """The last verb inside `lo`..`hi` that `keep` accepts."""
        k = bisect_right(self.starts, hi) - 1
        while k >= 0 and self.starts[k] >= lo:
            verb = self.verbs[k]
            if verb.end() <= hi and keep(verb):
                return verb
            k -= 1
        return None

    def any(self, lo: int, hi: int) -> bool:
        """Whether a verb lies inside `lo`..`hi`."""
        k = bisect_left(self.starts, lo)
        return k < len(self.verbs) and self.verbs[k].end() <= hi


_SPEECH_INDEXES: weakref.WeakKeyDictionary[Resolver, dict[int, _SpeechIndex]] = weakref.WeakKeyDictionary()


def _speech_index(res: Resolver, p: int) -> _SpeechIndex:
    """Paragraph `p`'s `_SpeechIndex`, made on first use and kept as long as `res`."""
    per_para = _SPEECH_INDEXES.setdefault(res, {})
    index = per_para.get(p)
    if index is None:
        index = per_para[p] = _SpeechIndex(res.paras[p].masked)
    return index


def _mentions_in(para: Para, lo: int, hi: int | None = None) -> Iterator[Mention]:
    """The paragraph's names starting at `lo` or later (before `hi`), in text order,
    found by bisection: a paragraph of thousands of quotes and names is not read from
    its first name for each quote."""
    mentions = para.mentions
    for k in range(bisect_left(mentions, lo, key=mention_start), len(mentions)):
        if hi is not None and mentions[k].start >= hi:
            return
        yield mentions[k]


def _mention_index(mentions: list[Mention], mention: Mention) -> int:
    """Where `mention` stands in its paragraph's `mentions` (text order), or -1."""
    k = bisect_left(mentions, mention.start, key=mention_start)
    while k < len(mentions) and mentions[k].start == mention.start:
        if mentions[k] is mention:
            return k
        k += 1
    return -1


# Heads longer than this are read through `_HeadScan`: a sentence of many quoted titles.
_LONG_HEAD = 2000
# How far past its start one attempt of a head pattern reads (a few words, a lookahead; the
# longest, `_AS_REPORTED`, some 130 characters): a match starting this far before a head's
# end is the same in the head as in its sentence.
_REACH = 200
# How far back from a head's end a pattern anchored there (`_WHAT_CALLED`, `_ASKED_PASSIVE`,
# `_READS`) is looked for: longer than any of their matches. A search of the whole head
# per quote was quadratic in a sentence of many quoted titles.
_TAIL_CHARS = 400


class _HeadScan:
    """One pattern's matches over the heads of one sentence's quotes, from one floor.

    Quoted titles ("Harbour Lights at Dawn") do not end the head of the sentence's next
    quote (`finder._is_quoted_title`), so in a sentence listing thousands of them each
    title's head reaches back to the sentence start, and scanning each head anew is
    quadratic. The sentence is scanned once; a head keeps the matches starting more than
    `_REACH` before its end and scans again only its last `_REACH` characters."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.text = text
        self.matches = list(pattern.finditer(text))
        self.starts = [m.start() for m in self.matches]

    def within(self, pattern: re.Pattern[str], head: str) -> list[re.Match[str]]:
        """The matches `pattern.finditer(head)` gives, `head` a prefix of the text."""
        safe = len(head) - _REACH
        k = bisect_left(self.starts, safe)
        kept = self.matches[:k]
        # Every attempt between the last kept match and `safe` failed on the sentence, so
        # fails on the head: the scan of the head goes on from there.
        resume = max(kept[-1].end() if kept else 0, safe)
        return kept + list(pattern.finditer(head, resume))


_HEAD_SCANS: weakref.WeakKeyDictionary[Resolver, dict[tuple[int, int, object], _HeadScan]] = weakref.WeakKeyDictionary()


def _head_matches(res: Resolver, p: int, floor: int, head: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """`pattern`'s matches in `head` (paragraph `p`'s text from `floor`), positions in
    `head`; a long head through the sentence's `_HeadScan`, kept as long as `res`."""
    if len(head) <= _LONG_HEAD:
        return list(pattern.finditer(head))
    scans = _HEAD_SCANS.setdefault(res, {})
    key = (p, floor, pattern)
    scan = scans.get(key)
    if scan is None or len(head) > len(scan.text):
        para = res.paras[p]
        scan = scans[key] = _HeadScan(pattern, para.masked[floor : para.sentence_end(floor + len(head))])
    return scan.within(pattern, head)


def _before_context(res: Resolver, span: Span, long_ends: dict[int, list[int]]) -> _Before:
    p = span.para
    para = res.paras[p]
    o = span.open_at
    floor = para.sentence_start(o)
    # The last earlier quote closing between the sentence start and this quote cuts
    # the head (the ends of a paragraph come in text order: found by bisection).
    ends = long_ends.get(p, [])
    k = bisect_right(ends, o) - 1
    if k >= 0 and ends[k] > floor:
        if not _title_in_apposition(para, floor, ends[k]):
            floor = ends[k]
        elif k >= 1 and ends[k - 1] > floor:
            floor = ends[k - 1]  # the quote before the title still cuts the head
    head = para.masked[floor:o]
    found = _head_matches(res, p, floor, head, SPEECH)
    verbs = [
        v
        for v in found
        if not is_noun_use(head, v)
        and not (v.group().endswith("s") and _AUXILIARY_NEXT.match(head, v.end()))
        and not (v.group().endswith("ed") and _PASSIVE_AGENT_NEXT.match(head, v.end()))
    ]
    return _Before(p, para, o, floor, head, head.rstrip(), verbs, bool(found))


_APPOSITION_REACH = 300


def _title_in_apposition(para: Para, floor: int, end: int) -> bool:
    """'Sam Rollo, a contestant on Hale's quiz show, “The Big Board,” said his boss was
    “…”': an earlier quote that is a work's title inside an apposition, closed by the
    apposition's comma, does not end the clause; the name before it is still the subject."""
    # A few hundred characters back at most: a sentence of many quoted titles is not read
    # from its start for each quote.
    lo = max(floor, end - _APPOSITION_REACH)
    seg = para.masked[lo:end]
    last = seg.rfind(MASK)
    if last < 0 or not names_a_title(seg, last):
        return False
    opening = last
    while opening > 0 and seg[opening - 1] == MASK:
        opening -= 1
    if not _WORK_NOUN_END.search(seg, max(0, opening - 40), opening):
        return False  # "a clip that Judge Dee called “distasteful,” …": a term, not a title
    return para.text[lo:end].rstrip("”’\"' ").endswith(",") or para.masked.startswith(",", end)


# A work's kind right before its quoted title: "quiz show, ", "his book ", "the film ".
_WORK_NOUN_END = re.compile(
    r"\b(?:book|film|movie|show|series|novel|memoir|album|song|play|program|programme|podcast|column|blog)"
    r",?\s*[“\"‘']*$"
)


# -- 1. after the closing mark ------------------------------------------------


def _verb_then_subject(q: _Quoted) -> Subject | None:
    """“…,” said Jane Doe, a spokeswoman / “…,” said the minister: the inverted subject.
    So is a name after "reported" (`_reported_by`)."""
    a = q.after
    if a is not None and a.direct is None:
        return _reported_by(q)
    if a is None or a.direct is None or COORDINATED_ING.match(a.direct.group()):
        return None  # "“…,” adding that …": a participle has no subject after it
    return q.res.subject_after(a.p, a.close + a.direct.end())


# "reported" or "reports" right after a quote, inverted before its subject.
_REPORTED_INVERTED = re.compile(r"(?:reported|reports)(?=\s+(?:the\s+)?[A-Z])")


def _reported_by(q: _Quoted) -> Subject | None:
    """'This is “roughly the same lead she has held all month,” reported Reuters.':
    "reported" is no reporting verb the finder knows (most reports are no quotes), but
    right after a quote and before a name it is the inverted attribution, as "said" is.
    Only a name: '“…,” reports a local paper' is nobody named here."""
    a = q.after
    if a is None or a.direct is not None:
        return None
    verb = _REPORTED_INVERTED.match(a.tail, a.lead)
    if verb is None:
        return None
    subj = q.res.subject_after(a.p, a.close + verb.end())
    return subj if subj is not None and subj.kind == "name" else None


def _according_after(q: _Quoted) -> Subject | None:
    """“…,” according to Jane Doe / “…” are thought to contribute, according to the
    Department of Conservation: "according to" anywhere in the rest of the quote's
    sentence, with no speech verb before it (never in a new sentence after a quote that
    closed on . ! ?)."""
    a = q.after
    if a is None or a.direct is not None:
        return None
    acc = ACCORDING.search(a.tail, a.lead)
    if acc is not None and acc.start() > a.lead and SPEECH.search(a.tail, a.lead, acc.start()):
        return None
    if acc is not None and acc.start() > a.lead and q.span.last_char in ".!?" and _CAPITAL_NEXT.match(a.tail):
        # '“….” Pike's win was also due to farmers, according to the Valley Times.': a
        # new sentence after a quote that closed its own; its "according to" is that
        # sentence's source, not the quote's.
        return None
    if acc is not None:
        unnamed = _unnamed_of_body(q.res, a.p, a.close + acc.end())
        if unnamed is not None:
            return unnamed
    mention = q.res.named_at(a.p, a.close + acc.end()) if acc else None
    if mention is not None and body_of_acronym(q.res.paras[a.p].masked, mention):
        # "according to the UN refugee agency": the body, unnamed, not "UN".
        return Subject("unnamed", mention.start, mention.end, "")
    if acc is not None and mention is not None and mention.possessive:
        holder = _holder_after_owner(q.res, a.p, mention)
        if holder is not None:
            return Subject.named(holder)
        owned = _owned_person_after(q.res.paras[a.p].masked, mention)
        if owned is not None:
            return owned
    if acc is not None and mention is None:
        source = _according_pronoun_or_unnamed(q.res.paras[a.p].masked, a.close + acc.end())
        if source is not None:
            return source
    if acc is not None and (mention is None or mention.possessive):
        role = _ROLE_THEN_NAME.match(a.tail, acc.end())
        if role is not None and role.group(1) in PERSON_NOUNS:
            # "according to the families' lawyer, Rhian Evans", "according to Acme's chief
            # executive, Jo Dee": the person apposed to a role speaks, not its owner.
            holder = q.res.named_at(a.p, a.close + role.end())
            if holder is not None and holder.entity.kind in ("person", "unknown"):
                mention = holder
    if acc is not None and mention is None:
        # "according to a court filing signed by prosecutor Dana Holt": the text's author speaks.
        text = _AUTHORED_TEXT.match(a.tail, acc.end())
        mention = q.res.named_at(a.p, a.close + text.end()) if text is not None else None
        if mention is None:
            return _described_after_according(q.res.paras[a.p].masked, a.close + acc.end())
    return Subject.named(mention) if mention is not None else None


# After a possessive name, up to three lower-case words, the last a noun (group 1) that
# ends the phrase: a mark, the end, or a word opening a clause or a phrase of place
# ("Tom Dee's lawyer at the hearing", "… lawyer in Boston", "… lawyer who").
_OWNED_NOUN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?)—–]|--|$)|\s+(?:who|whom|whose|at|in|on|for|from|with|during|before|after)\b)"
)


def _owned_person_after(masked: str, owner: Mention) -> Subject | None:
    """'according to Tom Dee's lawyer', '…'s lawyer, who said': a person the owner has
    (a person noun, no holder named after it) is somebody unnamed, not the owner; the
    owner's office, campaign or statement still speaks for the owner (`_owner_of_another`)."""
    owned = _OWNED_NOUN.match(masked, owner.end)
    if owned is None or owned.group(1) not in PERSON_NOUNS or not _owner_of_another(masked, owner, owned.end()):
        return None
    return Subject("unnamed", owner.start, owned.end(), masked[owner.start : owned.end()])


# An owned role, then its holder's name apposed: "(Tom Dee's) chief lawyer, Ivy Moss" (group 1: the noun).
_OWNED_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*),\s+(?=[A-Z])")


def _holder_after_owner(res: Resolver, p: int, owner: Mention) -> Mention | None:
    """'according to Tom Dee's lawyer, Ivy Moss': after a possessive name, a role and the
    name of the person holding it, apposed (closed by a mark or the paragraph's end); that
    person is the source, not the owner."""
    para = res.paras[p]
    role = _OWNED_ROLE_THEN_NAME.match(para.masked, owner.end)
    if role is None or role.group(1) not in PERSON_NOUNS:
        return None
    # The name right after the comma, found by bisection (not a scan from the paragraph's
    # first name: a paragraph of thousands of quotes asks once per quote).
    holder = next(_mentions_in(para, role.end(), role.end() + 1), None)
    if holder is None or holder.entity.kind not in ("person", "unknown"):
        return None
    # "…'s lawyer, Ivy Moss, …" closes the apposition; "…'s lawyer, Ivy Moss was …" goes on
    # with the reported clause, whose subject is talked about, not the source.
    return holder if _APPOSITION_CLOSED.match(para.masked, holder.end) else None


# What closes an apposed name: a mark ending the phrase, or the paragraph's end.
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,.;:!?)—–]|--|$)")


# After "according to": a pronoun ("according to him"), or somebody unnamed introduced
# with "a" ("according to a trust spokesman"), ending the phrase.
_ACCORDING_PRONOUN = re.compile(r"(him|her|them)(?=\s*(?:[,.;:!?]|$))")
# Ends at a mark or at a clause or phrase saying who the person is ("a senior official who
# spoke on condition of anonymity", "one aide familiar with the talks").
_ACCORDING_UNNAMED = re.compile(
    r"(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?]|$)|,?\s+(?:who|whose|familiar|speaking|briefed|close\s+to)\b)"
)
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}


def _according_pronoun_or_unnamed(masked: str, start: int) -> Subject | None:
    """The source after "according to" at `start` when it is a pronoun (as its subject
    form, resolved as a he/she/they is: "“…,” according to him") or a person nobody names
    ("according to a trust spokesman", "according to one official": nobody named, not the
    last speaker)."""
    pronoun = _ACCORDING_PRONOUN.match(masked, start)
    if pronoun is not None:
        return Subject("pronoun", pronoun.start(), pronoun.end(), _SUBJECT_FORMS[pronoun.group(1)])
    unnamed = _ACCORDING_UNNAMED.match(masked, start)
    if unnamed is not None and unnamed.group(1) in PERSON_NOUNS:
        return Subject("unnamed", unnamed.start(), unnamed.end(), unnamed.group())
    return None


_THE_DESCRIPTION = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)(?=\s*[,.;]|\s*$)")


def _described_after_according(masked: str, start: int) -> Subject | None:
    """'According to the foundation, the closures “…”', '“…,” according to the senator.':
    a definite description after "according to", whole up to its comma or full stop, is
    the source; it resolves as any description does (to the foundation or senator named
    before, else nobody). Only a person's or body's noun: "according to the figures" is
    no speaker."""
    m = _THE_DESCRIPTION.match(masked, start)
    if m is None or not (m.group(1) in PERSON_NOUNS or m.group(1) in ORG_NOUNS):
        return None
    return Subject("desc", m.start(), m.end(), m.group())


# A definite or owned role, then a comma before the name of its holder: "the families'
# lawyer, ", "the party's treasurer, ", "Acme's chief executive, " (group 1: the role's noun).
_ROLE_THEN_NAME = re.compile(
    r"(?:the|his|her|their|its|[A-Z][\w.&-]*(?:['’]s|s['’]))\s+(?:[\w’'.&-]+\s+){0,4}?([a-z][\w-]*),\s+(?=[A-Z])"
)


# An indefinite article, a body's capitalised name and a person's role: "a UN
# spokesperson", "an Interior Ministry official", "one senior EU diplomat".
_INDEFINITE_OF_BODY = re.compile(
    r"\s*(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.&’'-]*\s+){1,4}"
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b(?!\s+[A-Z])"
)


_APPOSED_NAME_NEXT = re.compile(r",\s+[A-Z]")


def _unnamed_of_body(res: Resolver, p: int, start: int) -> Subject | None:
    """After "according to": somebody unnamed of a named body ("according to a UN
    spokesperson", "an Interior Ministry official"), never the body itself; a name
    apposed after the role ("a UN spokesman, Jo Dee") speaks."""
    masked = res.paras[p].masked
    m = _INDEFINITE_OF_BODY.match(masked, start)
    if m is None or not _people_noun(m.group(1)):
        return None
    apposed = _APPOSED_NAME_NEXT.match(masked, m.end())
    if apposed is not None:
        person = res.mention_at(p, apposed.end() - 1)
        return Subject.named(person) if person is not None and person.entity.kind == "person" else None
    return Subject("unnamed", m.start(), m.end(), m.group().strip())


# A text and the participle naming its author: " a court document filed by ", " the letter
# sent out by " (never "obtained by", "seen by": who holds a text did not write it).
_AUTHORED_TEXT = re.compile(
    r"\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:filed|signed|sent|released|issued|written|published|posted|submitted|authored)\s+(?:out\s+)?by\s+"
)


# Any verb in -ed/-s as a word of its own ("laughs", "joked"); `_LOOSE_VERB_AT` re-reads the
# word found at its place in the whole tail (greedy, it ends where the word ends).
# Irregular pasts count too: a text "began", "ran" or "went" on ('“…,” the email began').
_IRREGULAR_PASTS = frozenset(("began", "ran", "went"))
_LOOSE_VERB = re.compile(r"(?<![\w'’-])(?:[a-z]+(?:ed|s)|began|ran|went)(?=[\s.,;!?]|$)")
_LOOSE_VERB_AT = re.compile(r"[a-z]+(?:ed|s)|began|ran|went")
# "the ACLU’s", "Brookings’", "the New York Times'": an owner's possessive before a name.
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?(?:’s|'s|’|')")


# A role phrase before an apposed name: "the undersecretary for legal affairs".
# A role owned by a named person or body: "Ohio Rep. Dana Prell’s chief of staff", "Acme's head".
_OWNED_ROLE_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*(?:’s|'s|’)\s+[a-z][^,;:.!?\x00]{0,60}")
_ROLE_PHRASE_BEFORE = re.compile(r"(?:the|its|their)\s+[^,;:.!?\x00]{1,80}")


# A capitalised name of one to three words, then a verb in -ed/-s or an irregular past,
# then a comma: "Moran began,", "Jo Dee shrugged,".
_NAME_VERB_CLAUSE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}([a-z]+(?:ed|s)|began|ran|went)(?=,)")


# A yes or no standing as somebody's answer right after a speech verb: "said yes", "says
# no, again and again", "said no to the plan". A "no" that opens a noun phrase ("said no
# decision was made", "said no fewer than five times") is the start of a report instead.
_YES_NO_NEXT = re.compile(
    r"\s+(?:yes\b|no(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:to|and|or|again|twice|once|repeatedly|over)\b))"
)


def _subject_then_verb(q: _Quoted) -> Subject | None:
    """“…,” Doe said / “…,” the minister told reporters / “…,” she laughs: a subject
    then a verb (any verb in -ed/-s after a quote closed on , ? !), with only role
    words between the mark and the subject; an aside ('“…,” just as Clinton did,
    Rendell added.'); or the sentence going on to name the speaker after the verb."""
    a = q.after
    if a is None or a.direct is not None or ACCORDING.match(a.tail, a.lead):
        return None
    tail, lead, close, period = a.tail, a.lead, a.close, a.period
    verb = verb_search(tail, lead)
    if (
        _opening_clause_subject(q) is not None
        or _WHAT_CALLED.search(q.before.head, max(0, len(q.before.head) - _TAIL_CHARS))
    ) and not (verb is not None and _core_verb(verb) and _INTERJECTED.match(tail, verb.end())):
        # "While Cole calls the plan a “…,” Pike fixates on …", "for what Cole called “…,” Pike
        # is …": the quote has a speaker of its own; the main clause after it is no
        # attribution ("If Pike wins “…,” Cole said, the town …" still is: an interjection).
        return None
    generic = False
    if verb is not None and q.span.last_char == "," and "," in tail[lead : verb.start()]:
        # '“…,” Moran began, before being asked again if she would say …': a name and
        # a verb of its own close the quote's clause; a speech verb later in the
        # sentence belongs to another clause.
        first = _NAME_VERB_CLAUSE.match(tail, lead)
        if first is not None:
            verb = _LOOSE_VERB_AT.match(tail, first.start(1))
            generic = True
    if verb is None and q.span.last_char in (",", "?", "!"):
        generic = True
        # “…,” she laughs. A quote closed on a comma is followed by its
        # attribution, whatever the verb.
        loose = _LOOSE_VERB.search(tail[lead:])
        if loose is not None:
            verb = _LOOSE_VERB_AT.match(tail, lead + loose.start())  # the same word, placed in `tail`
    if verb and period and not _core_verb(verb):
        verb = None
    if not verb or verb.start() - lead > 120:
        return None
    if _YES_NO_NEXT.match(tail, verb.end()):
        # '… as Cole went on about “…,” Dee said yes, yes, over and over': the verb
        # reports somebody's one-word answer, not the words quoted before it.
        return None
    masked = a.para.masked
    if q.span.last_char in (".", "!", "?") and _INTRODUCES_NEXT.match(masked, close + verb.end()):
        # '“…not terrorists.” Mr. Zahed said: “The attack …”': a new sentence whose verb
        # introduces the next quote with a colon, not an attribution of this one.
        return None
    cand = q.res.subject_before(a.p, close + verb.start(), close)
    if (
        q.span.last_char in (".", "!", "?")
        and _CAPITAL_NEXT.match(tail)
        and _REPORTED_CLAUSE_NEXT.match(masked, close + verb.end(), a.limit)
    ):
        # '“…!” She replied to him that it was an honour', '“….” Gov. Pike said he would
        # have …': a new sentence whose verb reports a clause of its own, no attribution.
        return None
    if (
        generic
        and verb.group() in _IRREGULAR_PASTS
        and cand is not None
        and (cand.kind == "unnamed" or cand.text.split()[:1] in (["a"], ["an"], ["one"], ["another"]))
    ):
        # '“@HarbourBus stop it,” one reply began': somebody unnamed's post, no
        # attribution that makes a short span a quote.
        return None
    if not period and _UNNAMED_GOING_ON.fullmatch(tail, lead, verb.start()):
        # '“…,” a message on the website reads', '“…,” an official who spoke on condition
        # of anonymity said': somebody unnamed, however the noun phrase goes on.
        return Subject("unnamed", close + lead, close + verb.start(), tail[lead : verb.start()].strip())
    joined = _names_joined_before(q.res, a.p, cand) if cand is not None and cand.kind == "desc" else None
    if cand is not None and cand.kind == "name" and cand.mention is not None:
        # "“…,” Dana Prell and Omar Villet said": the names before the one next to the
        # verb are part of the subject, not words between the quote and it.
        joint_first = joint_people(q.res, a.p, cand.mention)[0]
        between = masked[close : joint_first.start].strip(" ,—–―-\u00a0")
    elif cand is not None and joined is not None:
        # "“…,” Ann Toll and the mayor said": so are names joined before a role.
        between = masked[close : joined[0].start].strip(" ,—–―-\u00a0")
    else:
        between = masked[close : cand.start].strip(" ,—–―-\u00a0") if cand else ""
    if cand is not None and cand.kind == "name" and between in LEADING_ONLY:
        # "“…,” Police Chief Jo Dee said": the body word the name scan leaves off the
        # front of a title qualifies it as a role word would.
        between = ""
    if cand is not None and cand.kind == "name" and _OWNER.fullmatch(between):
        # "“…,” the ACLU’s Jay Stanley said", "Brookings’ Jo Dee said": the named body
        # the speaker works for qualifies the name like a role word.
        between = ""
    if (
        cand is not None
        and cand.kind == "name"
        and between in ("the", "The")
        and not masked[cand.end : close + verb.start()].strip()
    ):
        # '“…,” the Valley Post reported': "the" before a name is part of it (an
        # outlet's, a body's), no description; the name right before the verb speaks.
        between = ""
    if cand is not None and cand.kind == "name" and cand.mention is not None and between:
        # '“…,” Harbour Radio co-host Dee Marr said': a body, then role words, then the
        # person whose role the body qualifies (as "said Harbour Radio co-host Dee Marr").
        body = q.res.mention_at(a.p, close + lead)
        if body is not None and body is not cand.mention and q.res.role_holder(a.p, body) is cand.mention:
            between = ""
    if (
        cand is not None
        and cand.kind == "name"
        and (_ROLE_PHRASE_BEFORE.fullmatch(between) or _OWNED_ROLE_BEFORE.fullmatch(between))
        and masked.startswith(",", cand.end)
        and masked[close : cand.start].rstrip().endswith(",")
    ):
        # '“…,” the undersecretary for legal affairs, Elinor Lind, told the court': a
        # role phrase, then the name apposed to it between commas, then the verb. So with
        # an owner for "the": '“…,” Ohio Rep. Dana Prell’s chief of staff, Joe Kasper, told …'.
        between = ""
    if cand is not None and only_role_words(between):
        if not (generic or period) or (cand.kind in ("name", "pronoun", "desc") and not between):
            return cand
        if generic and not period and _MOOD_BEFORE_NAME.fullmatch(between) and _verb_next_to(masked, cand, close, verb):
            # '“…,” an angry Tom Crane retaliated': a mood in front of the name, then
            # any verb right after it, as '“…,” Tom Crane retaliated' attributes.
            return cand
        return None
    if (
        cand is not None
        and cand.kind == "name"
        and not period
        and _comma_before(a.para.text, close, cand.start)
        and masked[close + verb.end() : a.limit].strip(" .") == ""
    ):
        # '“…,” just as Clinton did in 2008, Rendell added.': an aside, then the
        # name and verb that close the sentence; its comma may close a quoted title
        # ('… famous in “The Old Boat,” Mr. Crane noted.').
        return cand
    if cand is not None and cand.kind == "name" and not period and _closing_clause(masked, close, cand, verb, a):
        # '“…” would be the right answer, candidate Dana Cole said after the vote.': the
        # quote's sentence goes on, then a name and a speech verb close it.
        return cand
    if cand is None and not period and _core_verb(verb) and tail[lead : verb.start()].rstrip().endswith(","):
        # "“…” about fixing schools, said Marla Kilfoyle, a teacher": the
        # quote's sentence goes on, then names its speaker after the verb.
        after = q.res.subject_after(a.p, close + verb.end())
        if after is not None and after.kind == "name":
            return after
    return None


# "an angry", "a visibly shaken", "a smiling": an indefinite article and a mood (an
# adverb in -ly at most before it) written in front of a name, no role and no owner.
_MOOD_BEFORE_NAME = re.compile(r"[Aa]n?\s+(?:[a-z]+ly\s+)?[a-z]+")


def _verb_next_to(masked: str, cand: Subject, close: int, verb: re.Match[str]) -> bool:
    """Whether a name's verb follows it with nothing between (the verb is a match in the
    tail that starts at `close`)."""
    return cand.kind == "name" and not masked[cand.end : close + verb.start()].strip()


# A colon right after a verb: what the verb introduces comes after it.
_INTRODUCES_NEXT = re.compile(r"\s*(?:\([^()\x00]{0,40}\)\s*)?:")


# What may follow the verb of a clause closing the sentence: a time or place ("after the
# vote", "on Monday", "in a filing"), no reported clause of its own.
_CLOSING_ADJUNCT = re.compile(
    r"(?:\s+(?:on|in|at|after|before|during|last|this|earlier|later|recently|yesterday|today|tonight)\b"
    r"(?![^\x00]*\b(?:that|he|she|they|it|we|I)\b)[^,;:\x00]{0,60})?\s*[.!]?\s*"
)


# A comma, perhaps inside the closing mark of a quoted term: ",", ",”", ",\"", ",''", ",’".
_COMMA_END = re.compile(r",(?:[”\"’]|'')?\s*$")


def _comma_before(text: str, close: int, start: int) -> bool:
    """Whether the printed words from `close` to `start` end on a comma, also one inside
    the closing mark of a term quoted there (the masked text hides that comma)."""
    return _COMMA_END.search(text, max(close, start - 8), start) is not None


def _closing_clause(masked: str, close: int, cand: Subject, verb: re.Match[str], a: _After) -> bool:
    """Whether a name and a core speech verb close the quote's sentence after a comma,
    with only role words between that comma and the name ('“…” would be the answer,
    council candidate Dana Cole said after the vote.')."""
    if not _core_verb(verb):
        return False
    between = masked[close : cand.start]
    comma = between.rfind(",")
    if comma < 0 or MASK in between or SPEECH.search(between[:comma]):
        return False
    role = between[comma + 1 :].strip()
    if role and not only_role_words(role):
        return False
    if masked[cand.end : close + verb.start()].strip():
        return False
    return _CLOSING_ADJUNCT.fullmatch(masked, close + verb.end(), a.limit) is not None


# What ends a reporting clause interjected in a sentence: a comma, or the sentence's end.
_INTERJECTED = re.compile(r"\s*(?:,|[.!?]?\s*$)")
# A reported clause right after a speech verb: " that …", " he would …", " to him that …".
_REPORTED_CLAUSE_NEXT = re.compile(
    r"\s+(?:to\s+(?:him|her|them|me|us|reporters)\s+)?"
    r"(?:that(?!\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)|he|she|they|it|we|I)\b"
    # "said it again", "said that, twice": the quote said again, no clause of its own.
    r"(?!\s*[.,;!?]|\s+(?:again|too|also|before|aloud|twice|once|himself|herself|themselves)\b)"
)


# An indefinite noun phrase going on with a place or a relative clause, up to its verb:
# " a message on the website ", " an official who spoke on condition of anonymity ".
_UNNAMED_GOING_ON = re.compile(
    r"(?:an?|one|another)\s+(?:[\w’'&.-]+\s+){0,3}?[a-z][\w-]*\s+"
    r"(?:who|on|in|at|from|inside|outside|near)\s+(?:[^,;:!?\x00]{0,80}?\s)?[a-z][\w-]*\s+"
)
"""(The last word before the verb lower-case: '“…,” a day after the vote at the hall Reed said'
has a name of its own.)"""


# A clause break between a name and its verb.
_SEMI_OR_COLON = re.compile(r"[;:]")


def _name_apposition_verb(q: _Quoted) -> Subject | None:
    """“…,” Callan Spicher, vice president of Spicher’s Appliances told us: a person
    named right after the mark, an apposition after a comma, then a speech verb
    (the comma closing the apposition left out). Not when a he/she right before the
    verb is its subject ('“…” and Sara Quist, she said, “…”')."""
    a = q.after
    if a is None or a.direct is not None or a.period:
        return None
    mention = q.res.mention_starting(a.p, a.close + a.lead)
    masked = a.para.masked
    if mention is None or mention.entity.kind != "person" or not masked.startswith(",", mention.end):
        return None
    verb = verb_search(masked[: a.limit], mention.end)
    if (
        verb is None
        or verb.start() - mention.end > _APPOSITION_CHARS
        or _SEMI_OR_COLON.search(masked[mention.end : verb.start()])
    ):
        return None
    if _OWN_SUBJECT_BEFORE.search(masked, mention.end, verb.start()):
        # '“…” and Ms. Warren, she said, “…”': the verb has a subject of its own; the name
        # opens another clause, whose words come after.
        return None
    return Subject.named(mention)


# The longest apposition read between a name and its verb: two roles joined by "and",
# each with a body's full name ("Leo Amsel, director of the Harbour Tax Policy Center and
# a professor at the Northfield School of Economics, said") run past 120 characters.
_APPOSITION_CHARS = 200


# A personal pronoun right before a verb: the verb's own subject (", she said").
_OWN_SUBJECT_BEFORE = re.compile(r",\s+(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+)?$")


def _office_then_holder(q: _Quoted) -> Subject | None:
    """“…,” Minister of Trade, Industry and Fisheries, Senator Jo Dee, told reporters: a
    capitalised office however long right after the mark, then the holder's name and
    the speech verb (the subject-first form of "said Minister of …, Senator Jo Dee")."""
    a = q.after
    if a is None or a.direct is not None or a.period:
        return None
    office = q.res.mention_at(a.p, a.close + a.lead)
    if office is None or office.entity.kind == "person":
        return None
    if office.entity.name.lower() not in PERSON_NOUNS:
        return None
    holder = q.res.office_holder(a.p, office)
    if holder is None:
        return None
    masked = a.para.masked
    # The paragraph's end, not the sentence's: "Senator the Hon. Jo Dee" reads as a sentence break.
    verb = verb_search(masked, holder.end)
    if verb is None or masked[holder.end : verb.start()].strip(" ,"):
        return None
    return Subject.named(holder)


_ANY_VERB = re.compile(r"([a-z]{3,}(?:ed|es|s))\s+")


def _any_verb_then_name(q: _Quoted) -> Subject | None:
    """“…,” inquired Pineda / “…,” describes Slayton: after a quote closed on , ? or !,
    any verb in -ed/-s right after the mark, followed by a person's name."""
    a = q.after
    if a is None or a.direct is not None or q.span.last_char not in (",", "?", "!"):
        return None
    verb = _ANY_VERB.match(a.tail, a.lead)
    if verb is None:
        return None
    subj = q.res.subject_after(a.p, a.close + verb.end(1))
    if subj is None or subj.kind != "name" or subj.mention is None or subj.mention.entity.kind != "person":
        return None
    if subj.mention.after_preposition:
        # '“…,” positions taken by a President Moran would …': a noun in -s, and a name
        # after "by" that is no inverted subject.
        return None
    return subj


# The dash before a pull quote's author.
_BYLINE_DASH = re.compile(r"\s*[—–―-]\s*")
# The dash of a credit line, typed as two hyphens too ("-- Staff reports").
_CREDIT_DASH_AFTER = re.compile(r"\s*(?:--|[—–―-])\s*")


def _dash_byline(q: _Quoted) -> Subject | None:
    """A pull quote or epigraph: “…” — Sergei Lavrov. "―" (horizontal bar) is how
    some sites set the dash before a pull quote's author. A credit to nameless staff
    ("— Staff reports", "-- Staff and wire reports") names nobody."""
    a = q.after
    if a is None:
        return None
    dash = _BYLINE_DASH.match(a.tail)
    if not dash:
        return None
    credit = _CREDIT_DASH_AFTER.match(a.tail)
    if credit is not None and NAMELESS_STAFF_CREDIT.fullmatch(a.tail, credit.end()):
        # "“…” — Staff reports": the paper's staff credited, nobody named; not the
        # speaker quoted before (as on a line of its own, `_outlet_credit_after`).
        return Subject("unnamed", a.close + credit.end(), a.limit, "staff")
    mention = q.res.mention_at(a.p, a.close + dash.end())
    if mention is not None and REPORTER_CREDIT_AFTER.match(a.para.masked, mention.end):
        # "“…” — Dana Price, staff writer": the reporter who gathered the words, credited
        # as the staff are ("— Staff reports"), not the speaker.
        return Subject("unnamed", mention.start, a.limit, "staff")
    return Subject.named(mention) if mention is not None else None


_VERBLESS_REST = re.compile(r"(?:,[^;:!?\x00]{0,160})?[.!]?\s*")


def _name_without_verb(q: _Quoted) -> Subject | None:
    """“…,” Jo Dee, director of the harbour board. — after a quote closed on a comma,
    a person's name and at most an apposition close the sentence with no verb: a
    caption-style credit (the verb left out), naming the speaker. A name right before
    the next quote is that quote's topic ('“…,” Toll “chose …”'), no credit."""
    a = q.after
    if a is None or a.direct is not None or q.span.last_char != ",":
        return None
    mention = q.res.mention_starting(a.p, a.close + a.lead)
    if mention is None or mention.entity.kind != "person" or mention.possessive:
        return None
    masked = a.para.masked
    if not _VERBLESS_REST.fullmatch(masked, mention.end, a.limit) or SPEECH.search(masked, mention.end, a.limit):
        return None
    if masked.startswith(MASK, a.limit) and topic_only(masked, mention, a.limit):
        # 'X said, “Instead of calming the town,” Toll “chose an attack.”': a name right
        # before the next opening mark is what that quote says of, not a credit.
        return None
    return Subject.named(mention)


def _as_reported_after(q: _Quoted) -> Subject | None:
    """'… described “cowering under a table,” as Harbour Radio's Jo Dee reported': an
    "as X reported" aside right after the mark names whose words the quote is: the
    reporter's account, not the witness's own words."""
    a = q.after
    if a is None or a.direct is not None:
        return None
    found = _AS_REPORTED.match(a.tail, a.lead)
    if found is None or a.para.masked.startswith(MASK, a.limit):
        # '“igniting,” as Reuters reported, “fears of …”': a quote split round the aside
        # is `_as_reported_before`'s, its first part no quote of its own.
        return None
    mention = q.res.named_at(a.p, a.close + found.start(1))
    if mention is None or mention.end > a.close + found.end(1):
        return None
    return Subject.named(mention)


AFTER_QUOTE: tuple[Callable[[_Quoted], Subject | None], ...] = (
    _verb_then_subject,
    _according_after,
    _as_reported_after,
    _subject_then_verb,
    _name_apposition_verb,
    _office_then_holder,
    _any_verb_then_name,
    _dash_byline,
    _name_without_verb,
)


# -- 2. before the opening mark ----------------------------------------------


# A dash right before the opening mark, and one right after the closing mark.
_DASHES = ("--", "—", "–")
_DASH_AFTER_CLOSE = re.compile(r"[\s,.!?]*(?:--|—|–)")
# A quote's first letter a capital (after any space or ellipsis): "“It is …", not "“a menace …".
_CAPITAL_OPENING = re.compile(r"[\s.…]*[A-Z]")


def _set_off_after_name(q: _Quoted) -> Subject | None:
    """'…, including the former candidate Jo Dee -- “…” -- and two others': a quote set
    off between dashes right after a person's name is an apposition giving that person's
    words, whatever verb the sentence has before the name ("Critics have said …"). Only
    a quote opening on a capital, a sentence of its own: a phrase ("called her rival Jo Dee
    -- “a menace to the city” --") describes the person, in the subject's words."""
    b, a = q.before, q.after
    if a is None or a.p != b.p or not _DASH_AFTER_CLOSE.match(a.tail):
        return None
    if not _CAPITAL_OPENING.match(b.para.text, b.open_at + 1):
        return None
    # Stripped, not searched for with a pattern: a search from every space of a long run
    # of them would be quadratic in its length.
    head = b.para.masked[b.floor : b.open_at].rstrip()
    dash = next((d for d in _DASHES if head.endswith(d)), None)
    if dash is None:
        return None
    name_end = b.floor + len(head[: -len(dash)].rstrip())
    for m in b.para.mentions:
        if m.end == name_end and m.entity.kind == "person" and not m.possessive:
            return Subject.named(m)
    return None


def _according_before(q: _Quoted) -> Subject | None:
    """According to Jane Doe, “…” / In Dr. Doe's words, “…”: the name after the last
    "according to", or before "'s words"."""
    b = q.before
    acc = _head_matches(q.res, b.p, b.floor, b.head, ACCORDING)
    if acc:
        unnamed = _unnamed_of_body(q.res, b.p, b.floor + acc[-1].end())
        if unnamed is not None:
            return unnamed
        mention = q.res.named_at(b.p, b.floor + acc[-1].end())
        if mention is not None and body_of_acronym(b.para.masked, mention):
            # "According to the EU executive, …": the body, unnamed, not "EU".
            return Subject("unnamed", mention.start, mention.end, "")
        source = _UNNAMED_SOURCE.match(b.head, acc[-1].end()) if acc[-1].group().lower().startswith("acc") else None
        if (
            mention is None
            and source is not None
            and (source.group().endswith("s") or source.group().split()[0] in ("a", "an", "one", "police"))
            and not any(v.start() > acc[-1].end() for v in b.verbs)
        ):
            # "According to reports, Brenner beat the men who he “kept alive …”": with no
            # speech verb after it, the unnamed source the sentence opens on gives the
            # words; the person they are about did not say them.
            return Subject("unnamed", b.floor + source.start(), b.floor + source.end(), source.group())
        if mention is not None and mention.possessive:
            holder = _holder_after_owner(q.res, b.p, mention)
            if holder is not None:
                return Subject.named(holder)
            owned = _owned_person_after(b.para.masked, mention)
            if owned is not None:
                return owned
        if mention is None:
            described = _described_after_according(b.para.masked, b.floor + acc[-1].end())
            if described is not None:
                return described
            other_source = _according_pronoun_or_unnamed(b.para.masked, b.floor + acc[-1].end())
            if other_source is not None:
                return other_source
    else:
        in_words = _head_matches(q.res, b.p, b.floor, b.head, IN_WORDS)
        words = in_words[0] if in_words else None
        mention = q.res.mention_starting(b.p, b.floor + words.start(1)) if words else None
    if mention is not None and not mention.possessive:
        # "according to Acme Maps lead Dana Holt": a body and a role word qualify the
        # person named after them, who speaks.
        masked = b.para.masked
        role = _ROLE_WORDS_NEXT.match(masked, mention.end)
        if role is not None and role.group(1) in PERSON_NOUNS | _OFFICE_WORDS:
            holder = q.res.mention_at(b.p, role.end())
            if holder is not None and holder.entity.kind == "person":
                mention = holder
    return Subject.named(mention) if mention is not None else None


# An unnamed source after "according to": "reports", "court documents", "one witness",
# "police" (plural, or one person or text introduced with "a"/"one").
_UNNAMED_SOURCE = re.compile(r"(?!(?:the|his|her|its|their)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*,)")
# One to three lower-case words, the last kept: " product lead ", " chief economist ".
_ROLE_WORDS_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+")
# Words for who leads a team that the name scan does not read as roles.
_OFFICE_WORDS = frozenset("lead head boss".split())


def _scan_head_verbs(q: _Quoted) -> tuple[Subject | None, re.Match[str] | None]:
    """The subject of the last speech verb before the quote that has one of its own,
    and the last verb that shares the sentence's subject instead ("… but told",
    "…, saying"), for `_coordinated_verb`."""
    b = q.before
    if b._scan is not None:
        return b._scan
    res, p, head, floor = q.res, b.p, b.head, b.floor
    subj: Subject | None = None
    coordinated: re.Match[str] | None = None
    for v in reversed(b.verbs):
        if subj is not None:
            break
        if coordinated is not None and res.subordinate(p, floor + v.start()):
            # "When I asked Dana Cole if …, she shook her head and said, “…”": the asking
            # verb sits in a clause opening the sentence; the joined verb after it has the
            # main clause's subject (`_coordinated_verb`), not the asker.
            break
        joined = COORDINATED.search(head, max(0, v.start() - 60), v.start())
        if joined and joined.group(1):
            coordinated = coordinated or v  # "… but told", "… and said"
            continue
        subj = res.subject_before(p, floor + v.start(), floor)
        thing_that = _thing_in_that_clause(head, floor, subj, v.group())
        if thing_that is not None:
            # "She …, cautioning that the turmoil after the vote underscores a need for “…”":
            # a thing's verb inside a clause somebody reports; the reporter speaks.
            subj = None
            if isinstance(thing_that, re.Match):
                coordinated = coordinated or thing_that
                break
            continue
        if subj is not None and subj.kind == "desc" and subj.text.split()[-1] in ("and", "but"):
            # "She was a known user and, on June 30, had posted …": a verb joined after
            # an aside shares the sentence's subject; the words before "and" are none.
            coordinated, subj = coordinated or v, None
            continue
        weak = subj is None or subj.kind in ("desc", "unnamed")
        if weak and head[: v.start()].endswith(" to ") and head[v.end() :].startswith(","):
            subj = None  # "As the crowd began to chant, …": an infinitive reports nothing here
            continue
        if COORDINATED_ING.match(v.group()) and (weak or head[: v.start()].rstrip().endswith(",")):
            # "Jeffries reacted to the news, saying", "Mackler issued a statement
            # saying": a participle's subject is the sentence's, not the noun before it.
            coordinated, subj = coordinated or v, None
            main = _MAIN_VERB_BEFORE_ING.search(head, 0, v.start())
            if main is not None and main.start() > 0:
                # "When Winfrey asked …, he declined, saying": the verb right before the
                # participle has its own subject; the asker in the clause before does not speak.
                own = res.subject_before(p, floor + main.start(1), floor, apposition=False)
                if own is not None and own.kind in ("name", "pronoun"):
                    subj = own
                    break
            continue  # and no inverted subject after it: "saying his comment …"
        if subj is None and head[: v.start()].endswith(" to "):
            relative = _WHO_THEN_TO.search(head, 0, v.start())
            named = res.mention_ending(p, floor + relative.start()) if relative is not None else None
            if named is not None and named.entity.kind == "person" and not named.possessive:
                # "… in front of Dee, who proceeded to tell his staff, “…”": the relative
                # clause's infinitive is the named person's.
                subj = Subject.named(named)
                break
            # "Berg took to Instagram to say the road …", "went on television to warn":
            # an infinitive of purpose shares the sentence's subject; the words after
            # it are what was said, no inverted subject.
            coordinated = coordinated or v
            continue
        if subj is None:
            after = res.subject_after(p, floor + v.end())
            if after is not None and after.start < b.open_at:
                if after.kind == "name" and CLAUSE_VERB.match(b.para.masked, after.end):
                    # "… but now said Trump had “…”": the name after the verb is the
                    # subject of the reported clause; the sentence's subject speaks.
                    coordinated = coordinated or v
                    continue
                subj = after
    b._scan = (subj, coordinated)
    return b._scan


# Speech verbs whose subject may be a thing ("the vote underscores", "the figure
# suggests"), not only somebody with a voice.
_THING_VERBS = frozenset(
    """underscores underscored underlined reflects reflected reveals revealed suggests suggested confirms
    confirmed stresses stressed emphasises emphasised emphasizes emphasized predicts predicted concludes
    concluded states stated notes noted warns warned finds found reports reported claims claimed""".split()
)
# "that " ending the words before a subject, and a speech participle before it: ", cautioning that ".
# (The subject read may be the last noun of a longer phrase: "the turmoil after [the vote]".)
_THAT_END = re.compile(r"\bthat\s+(?:[a-z][\w-]*\s+){0,6}$")
_SPEECH_ING_THAT = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+ing)\s+that\s+(?:[a-z][\w-]*\s+){0,6}$")


def _thing_in_that_clause(head: str, floor: int, subj: Subject | None, verb: str) -> re.Match[str] | bool | None:
    """Whether a speech verb's subject is a thing (no person, body or text: "the turmoil
    after the vote") opening a "that" clause: its verb ("underscores", "reveals") reports
    nothing, the clause is somebody's report. True to look on to an earlier verb; the
    speech participle before "that" (", cautioning that") when one stands there, whose
    subject the sentence's is; None when the subject is no such thing. Only a verb a
    thing can take counts: one of voice ("that the crowd shouted “…”") has a speaker
    for its subject, whatever the noun."""
    if subj is None or subj.kind != "desc" or subj.start <= floor:
        return None
    if verb.split()[0].lower() not in _THING_VERBS:
        return None
    noun = subj.text.split()[-1].lower()
    if _people_noun(noun) or noun in OWN_TEXTS or noun in OWN_BODIES or noun in ORG_NOUNS:
        return None
    lead = head[: subj.start - floor]
    if not _THAT_END.search(lead, max(0, len(lead) - 80)):
        return None
    ing = _SPEECH_ING_THAT.search(lead, max(0, len(lead) - 120))
    if ing is not None and ing.group(1) in SPEECH_PARTICIPLES:
        return ing
    return True


# A relative clause's verb before an infinitive: ", who proceeded to ", ", who then went on to ".
_WHO_THEN_TO = re.compile(r",\s+who\s+(?:[a-z]+\s+){1,3}?to\s+$")
# "…, he declined, saying": a past-tense verb closing the clause before a participle.
_MAIN_VERB_BEFORE_ING = re.compile(r",\s+(?:\w+\s+){1,3}?([a-z]+ed|replied|laughed|shrugged|refused|demurred)\s*,\s*$")


# A passive "asked by", then the asker: "Lund was asked by host Ben Marr".
_ASKED_BY = re.compile(r"\b(?:was|were|is|are|been|being|get|gets|got)\s+(?:also\s+|then\s+)?asked\s+by\s+")


def _named_asker(q: _Quoted) -> Subject | None:
    """The named asker after the last passive "asked by" of the head, with no speech
    verb after it ("Lund was asked by host Ben Marr, “…?”")."""
    b = q.before
    if "asked by" not in b.head:
        return None
    m = next(reversed(list(_ASKED_BY.finditer(b.head))), None)  # the last one
    if m is None or any(v.start() >= m.end() for v in b.verbs):
        return None
    subj = q.res.subject_after(b.p, b.floor + m.end())
    return subj if subj is not None and subj.kind == "name" and subj.start < b.open_at else None


def _verb_before(q: _Quoted) -> Subject | None:
    """Doe told Reuters: “…” / Lavrov noted, “…” / said Doe, “…”: the subject of the
    nearest speech verb before the quote, before it or inverted after it. "Ishiba was
    asked, “…?”": the words quoted after a passive "asked" are the unnamed asker's
    question, not the answer of the one asked; after "asked by" and a named asker
    ("Lund was asked by host Ben Marr, “…?”", "… by moderator Ben Marr whether the
    plan risked “…”") they are that asker's."""
    asker = _named_asker(q)
    if asker is not None:
        return asker
    b = q.before
    asked = _ASKED_PASSIVE.search(b.stripped, max(0, len(b.stripped) - _TAIL_CHARS))
    if asked is not None:
        at = b.floor + asked.start()
        return Subject("unnamed", at, at, "")
    if b.verbs and _named_clause_after_semicolon(q, b.verbs[-1].end()):
        return None
    shown = _shown_saying(q)
    if shown is not None:
        return shown
    outer = _outer_verb_of_relative(q)
    if outer is not None:
        return outer
    subj = _scan_head_verbs(q)[0]
    if subj is not None and subj.kind == "pronoun" and subj.text == "it":
        reporter = _reporter_of_it(q, subj)
        if reporter is not None:
            return reporter
    return subj


# "who " right before a verb: the verb opens a relative clause.
_WHO_BEFORE = re.compile(r"\bwho\s+(?:[a-z]+ly\s+)?$")
# The relative clause's own "that …", then a second "that" right before the opening mark
# (group 1: the word before that second "that").
_SECOND_THAT = re.compile(r"\s+that\b[^\x00]*\b([\w'’-]+)\s+that\s*$")
# Verbs that take a "that" clause of their own besides the speech verbs: a second "that"
# right after one ("who said that she knew that “…”") opens a clause inside the relative
# clause, not the earlier verb's.
_THAT_TAKING = frozenset(
    """knew know knows thought think thinks felt feel feels believed believe believes feared fear fears hoped
    hope hopes realized realised realizes realises understood understand understands learned learnt heard
    hear hears saw see sees meant mean means worried worry worries doubted doubt doubts expected expect
    expects assumed assume assumes suspected suspect suspects decided decide decides showed show shows
    proved prove proves found find finds sure aware convinced clear""".split()
)


def _outer_verb_of_relative(q: _Quoted) -> Subject | None:
    """'Dee told a young woman who suggested that some may not vote that “…”': the nearest
    speech verb opens a relative clause on the object of an earlier one, and after that
    clause's own "that …" a second "that" hands the quote to the earlier verb, whose
    subject (a name or a he/she) speaks. A second "that" right after a verb that takes
    one ("who said that she knew that “…”") opens a clause inside the relative clause
    instead, which keeps the quote."""
    b = q.before
    if len(b.verbs) < 2 or not b.stripped.endswith(" that"):
        return None
    last, outer = b.verbs[-1], b.verbs[-2]
    if not _WHO_BEFORE.search(b.head, max(0, last.start() - 30), last.start()):
        return None
    second = _SECOND_THAT.match(b.head, last.end())
    if second is None:
        return None
    word = second.group(1)
    if word.lower() in _THAT_TAKING or SPEECH.fullmatch(word) is not None:
        return None  # "who said that she knew that “…”": the clause within goes on
    subj = q.res.subject_before(b.p, b.floor + outer.start(), b.floor)
    return subj if subj is not None and subj.kind in ("name", "pronoun") else None


# A person shown or heard speaking: "footage of ", "a video showed ", "heard " right
# before the name, then "saying" (group 1: where the name starts).
_SHOWN_BEFORE = re.compile(r"\b(?:of|showed|shows|show|showing|heard|hear|hears|caught|captured|recorded|filmed)\s+$")
_SAYING_AFTER = re.compile(
    r"\s+(?:saying|telling|declaring|shouting|insisting|boasting|promising|vowing|warning)\b[^\x00]{0,80}$"
)


def _shown_saying(q: _Quoted) -> Subject | None:
    """'The spot ends with footage of Reed saying during the debate, “That makes me
    smart,”', 'a video showed Dee telling supporters: “…”': a participle whose own
    subject is the person named right before it, shown or heard speaking, is that
    person's; the sentence's subject ("the spot") only shows them."""
    b = q.before
    masked = b.para.masked
    for mention in reversed(list(_mentions_in(b.para, b.floor, b.open_at))):
        if not b.floor <= mention.start < b.open_at:
            continue
        if mention.entity.kind not in ("person", "unknown") or mention.possessive:
            continue
        if _SAYING_AFTER.match(masked, mention.end, b.open_at) is None:
            continue
        if _SHOWN_BEFORE.search(masked, max(b.floor, mention.start - 12), mention.start) is None:
            return None
        return Subject.named(mention)
    return None


def _reporter_of_it(q: _Quoted, it: Subject) -> Subject | None:
    """'President Dee, opening the museum, said it would tell a story “of suffering and
    delight”': a speech verb whose subject is "it" inside what a named person's earlier
    verb reports is no attribution (a thing tells no quote); the person who said it speaks."""
    b = q.before
    for verb in reversed(b.verbs):
        at = b.floor + verb.start()
        if at >= it.start:
            continue
        subj = q.res.subject_before(b.p, at, b.floor)
        if subj is not None and subj.kind == "name" and subj.mention is not None:
            return subj if subj.mention.entity.kind in ("person", "unknown") else None
        return None
    return None


def _named_clause_after_semicolon(q: _Quoted, after: int) -> bool:
    """'Dana Cole said the budget was sound; Sam Pike called it “…”': after the last
    speech verb a semicolon opens a clause whose subject is a name and which says or
    names something itself; that clause's quote is not the earlier verb's (see
    `_second_clause_subject`)."""
    b = q.before
    semicolon = b.head.rfind("; ", after)
    if semicolon < 0:
        return False
    mention = q.res.mention_starting(b.p, b.floor + semicolon + 2)
    if mention is None or mention.possessive or mention.entity.kind not in ("person", "org"):
        return False
    # "…; Dana Cole should pay for “…”": with no word of saying or naming of its own, the
    # clause goes on with what the earlier verb reports.
    clause = b.para.masked[mention.end : b.open_at]
    return bool(SPEECH.search(clause) or _NAMING_VERB.search(clause))


# A verb naming or describing something in a clause of its own: "called it", "dubbed".
_NAMING_VERB = re.compile(r"\b(?:calls?|called|calling|dubs?|dubbed|terms?|termed|describe[sd]?|describing)\b")


# A passive "was asked" right before a quote: "Ishiba was asked, ", "when she was asked:".
# The asker may be named as unnamed ("was asked by a reporter:", "was asked by one fan,").
_ASKED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|get|gets|got)\s+(?:also\s+|then\s+)?asked"
    r"(?:\s+by\s+(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?\s*[,:]?$"
)


# A sentence head opening on he/she itself.
_HE_SHE_FIRST = re.compile(r"\s*(He|She)\b")
# A sentence opening on a personal pronoun as its subject, after at most a short opener
# ("Later, she …", "Then I …").
_PRONOUN_SUBJECT_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+)?(He|She|I|We)\s+[a-z]")


# A he/she opening a clause after a comma: ", she released", ", he shook".
_PRONOUN_AFTER_COMMA = re.compile(r",\s+(he|she)\s+[a-z]")


def _main_clause_pronoun(res: Resolver, p: int, masked: str, start: int, end: int) -> re.Match[str] | None:
    """The he/she opening the main clause after an opening phrase or a subordinate
    clause ("At the time, she released …", "When I asked Cole if …, she shook her head
    and said"): the first one after a comma that is in no subordinate clause."""
    for found in _PRONOUN_AFTER_COMMA.finditer(masked, start, end):
        if not res.subordinate(p, found.start(1)):
            return found
    return None


# The writer asking: "I asked ", "we also asked " right before a name.
_WRITER_ASKED = re.compile(r"\b(?:I|[Ww]e)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?asked\s+$")


def _asked_by_writer(res: Resolver, p: int, masked: str, start: int, pronoun_at: int) -> Mention | None:
    """'When I asked Dana Cole if she would run, she shook her head and said': the person
    the writer asked in a clause opening the sentence is who the main clause's he/she is
    (the one answering), not the "I" nor somebody named before."""
    for m in res.paras[p].mentions:
        if not start <= m.start < pronoun_at or m.possessive or m.entity.kind not in ("person", "unknown"):
            continue
        if _WRITER_ASKED.search(masked, start, m.start) and res.subordinate(p, m.start):
            return m
    return None


def _coordinated_verb(q: _Quoted) -> Subject | None:
    """'Carson ignored his rivals but told supporters, “…”', 'Jeffries reacted,
    saying: “…”': a joined verb or participle shares the subject opening the
    sentence (from the sentence's own start: "Cruz said that “…,” adding that …"
    has its subject before an earlier quote of the same sentence)."""
    coordinated = _scan_head_verbs(q)[1]
    if coordinated is None:
        return None
    b = q.before
    para, res = b.para, q.res
    start = para.sentence_start(b.open_at)
    # "…, arguing it was wrong; the association rejected it, saying …": a clause after a
    # semicolon has its own subject, which the participle shares.
    semicolon = para.masked.rfind("; ", start, b.floor + coordinated.start())
    if semicolon >= 0:
        start = semicolon + 2
    elif start == 0:
        # "Morimoto: At every lecture, someone raises a hand and asks, “…?”": a Q&A
        # turn's label is no subject of the sentence after it.
        turn = PROSE_TURN.match(para.masked)
        if turn is not None:
            start = turn.end()
    inside = [
        m
        for m in _mentions_in(para, start, b.floor + coordinated.start())
        if start <= m.start < b.floor + coordinated.start()
        and not (m.after_preposition or m.modifier or m.possessive)
        # "When Roe won the election, Dee called a reporter and said, “…”": a name in a
        # clause opening the sentence is not the subject the joined verb shares.
        and not res.subordinate(b.p, m.start)
    ]
    lead = _PRONOUN_SUBJECT_OPENING.match(para.masked, start)
    if lead is None or res.subordinate(b.p, lead.start(1)):
        # "When I asked Cole …, she said": the "I" of an opening clause is no subject.
        lead = _main_clause_pronoun(res, b.p, para.masked, start, b.floor + coordinated.start())
    if lead is not None and (not inside or lead.end() <= inside[0].start):
        # "She picked up the phone, called Tom Dee and said, “…”": the pronoun opening
        # the sentence is the subject the joined verb shares; the names after it are objects.
        word = lead.group(1).lower()
        asked = _asked_by_writer(res, b.p, para.masked, start, lead.start(1))
        gender = {"he": "m", "she": "f"}.get(word)
        if asked is not None and gender is not None and asked.entity.gender in (None, gender):
            return Subject.named(asked)  # (never "When I asked Dana Cole …, he said")
        if word in ("he", "she"):
            return Subject("pronoun", lead.start(1), lead.end(1), word)
        return Subject("unnamed", lead.start(1), lead.end(1), word)  # "I"/"we": the writer's own
    if inside:
        first = inside[0].entity
        if first.kind == "person" or (
            first.kind == "unknown"
            # "At the forum, Cole compared herself to Lund, saying, “…”": a bare surname
            # right before the clause's own verb is its subject.
            and (res.has_spoken(first) or PAST_VERB_NEXT.match(para.masked, inside[0].end))
        ):
            return Subject.named(inside[0])
        return None
    pm = _HE_SHE_FIRST.match(b.head)
    if pm:
        return Subject("pronoun", b.floor + pm.start(1), b.floor + pm.end(1), pm.group(1).lower())
    return description_opening(para.masked, start)


# A clause opening on an unnamed subject: "Another respondent", "One local farmer", "A spokesman".
_UNNAMED_OPENING = re.compile(r"\s*(?:A|An|One|Another|Some|Several|Many)\s+(?:[a-z][\w-]*\s+){1,3}?[a-z]+(?:ed|s)\b")


# A text issued by one unnamed person: "a statement by a family spokesman", "an email
# from one aide" (the person noun within four words of the article).
_UNNAMED_ISSUER = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?" + ISSUED_TEXT + r"\s+(?:by|from)\s+(?:an?|one)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(re.escape(w) for w in sorted(PERSON_NOUNS, key=len, reverse=True)) + r")\b"
)


# A heading's closing dash right before a name: "… FOR THE FIRST TIME - ".
_HEADING_DASH = re.compile(r"\s[-—–]\s+$")
# Only a colon between a name and the opening mark.
_COLON_NEXT = re.compile(r"\s*:\s*")


# A closing "with" phrase on somebody unnamed doing the speaking a colon introduces:
# ", with one fisherman saying: ", "with a few residents shouting: " (group 1: the person).
_WITH_UNNAMED_ING_COLON = re.compile(
    r"\bwith\s+((?:one|a|an|another|some|several|many|a\s+few)\s+(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?:[a-z]+ly\s+)?(?P<ing>[a-z]{3,}ing)\s*:\s*$"
)
# Nouns in -ing naming the words themselves: "with a (stern) warning:", "with a blessing:".
_ING_NOUNS_FOR_WORDS = frozenset("warning greeting blessing reading ruling briefing saying recording".split())


def _with_phrase_names_people(phrase: str, ing: str) -> bool:
    """Whether the "with" phrase before an -ing word (`_WITH_UNNAMED_ING_COLON`) names
    people doing it ("one fisherman shouting", "several residents warning"), not the words
    as a noun in -ing ("a warning", "a stern warning"): a determiner alone is no person,
    and before a noun for words the last word must be a person noun or a plural."""
    words = phrase.split()
    if len(words) < 2 or (words[0] == "a" and words[1] == "few" and len(words) < 3):
        return False  # "with a warning:", "with a blessing:"
    if ing not in _ING_NOUNS_FOR_WORDS:
        return True
    last = words[-1]
    plural = last.endswith("men") or (last.endswith("s") and not last.endswith(("ous", "ss")))
    return plural or last in PERSON_NOUNS


# A participle right before the colon, after the name: " reportedly yelling: ", " shouting:".
_ING_THEN_COLON = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s*:\s*")


def _with_participle_colon(q: _Quoted) -> Mention | None:
    """'…, with Dana Cole reportedly shouting: “…”': an absolute phrase closing the
    clause, whose subject after "with" is doing the speaking the colon introduces."""
    b = q.before
    masked = b.para.masked
    for m in _mentions_in(b.para, b.floor, b.open_at):
        if not b.floor <= m.start < b.open_at or m.possessive or m.entity.kind not in ("person", "unknown"):
            continue
        if _WITH_BEFORE.search(masked, max(b.floor, m.start - 8), m.start) and _ING_THEN_COLON.fullmatch(
            masked, m.end, b.open_at
        ):
            return m
    return None


def _place_or_demonym(masked: str, mention: Mention) -> bool:
    """A place ("in Dayton, Ohio, on Friday") or "the" and one demonym ("gave the Texan a
    compliment"): where something happened, or whom a clause is about, never the subject
    that a colon's quote belongs to."""
    if mention.entity.kind == "place":
        return True
    word = masked[mention.start : mention.end]
    return (
        masked[max(0, mention.start - 4) : mention.start].lower() == "the "
        and " " not in word
        and is_demonym(word)
        and mention.entity.kind != "org"
    )


# A capitalised speech verb opening the clause before a colon, then a determiner: the
# subject is inverted after the verb ("Said the coach: ", "Added his lawyer: ", "Said a
# fan: ", who is unnamed). Not
# before a capitalised word: "Said Ahmed: " is a name.
_INVERTED_OPENING = re.compile(
    r"\s*(?:(?:And|But|So|Then)\s+)?([A-Z][a-z]+)\s+(?=(?:the|his|her|their|its|our|a|an|one|another)\s)"
)
# Not "told": its object is the hearer ("Told the court: “…”", its subject left out).
_INVERTED_VERBS = frozenset(v for v in SPEECH_VERBS if not v.endswith("ing")) - {"told", "tell", "tells"}


# "More from" or "From" opening a label ("-More from Crane and Dee:", "From Jo Dee:").
_FROM_LABEL = re.compile(r"(?:^|(?<=[\s—–-]))(?:(?:[Mm]ore|[Aa]nd)\s+from|[Ff]rom)\s+$")
# Names joined in a list: ", " or " and " (", and ") between two mentions.
_NAME_LIST_LINK = re.compile(r",?\s+and\s+|,\s+")


def _more_from_label(q: _Quoted) -> Mention | None:
    """'-More from Crane and Dee: “…”', 'More from Jo Dee: “…”': a newsletter's label that
    hands over to named writers or speakers quotes them (the last named stands for the
    list), though the names are the object of "from"; the label must open its clause
    (after the head's start, a dash or a sentence's end). "From Ann Lee's letter: “…”"
    (an owner's text) is `Continuation`'s."""
    b = q.before
    masked = b.para.masked
    names = [m for m in _mentions_in(b.para, b.floor, b.open_at) if b.floor <= m.start < b.open_at]
    if not names or not _COLON_NEXT.fullmatch(masked, names[-1].end, b.open_at) or names[-1].possessive:
        return None
    if names[-1].entity.kind == "place":
        return None  # "From Kyiv: “…”": a live page's place label; a place never speaks
    k = len(names) - 1
    while k > 0 and _NAME_LIST_LINK.fullmatch(masked, names[k - 1].end, names[k].start):
        k -= 1
    first = names[k]
    label = _FROM_LABEL.search(masked, max(b.floor, first.start - 12), first.start)
    if label is None:
        return None
    lead = masked[b.floor : label.start()].rstrip()
    if lead and not lead.endswith(("-", "—", "–", ".", "!", "?")):
        return None
    return names[-1]


# "And" or "Or" opening the sentence right before a name: a conjunction joining the
# sentence to the one before ("And Mr. Toll gloated: “…”"), which the name scan reads
# as the "and" of two joined names, as after a preposition; the name is the subject.
_OPENING_AND = re.compile(r"\s*(?:And|Or)\s+")


def _colon_intro(q: _Quoted) -> Subject | None:
    """'Jones disagreed: “…”', 'Ashdown's answer was blunt: “…”': the subject of the
    clause a colon ends, whatever its verb, after any opening phrase ("On the call,");
    an unnamed one ("Another respondent noted Acme’s plans: “…”") names nobody."""
    b = q.before
    if not b.stripped.endswith(":"):
        return None
    words = " ".join(q.span.parts).split()
    if _DATE_LABEL.fullmatch(b.head) and len(words) >= 4 and not all(w[:1].isupper() for w in words):
        # "July 15, 1960: “In honoured memory of …”": a timeline's dated entry quotes a
        # plaque, a diary or a record; no speaker is named, nor the one before it.
        return Subject("unnamed", b.floor, b.floor, "")
    if _KICKER_LABEL.fullmatch(b.head):
        # "EXCLUSIVE: ‘…’", "Watch: “…”": a story's label before its quote names nobody.
        return Subject("unnamed", b.floor, b.floor, "")
    inverted = _INVERTED_OPENING.match(b.head)
    if inverted is not None and inverted.group(1).lower() in _INVERTED_VERBS:
        # "Said the coach: “…”", "Added his lawyer: “…”": a speech verb opening the
        # clause puts its subject after it, a description of somebody named before.
        return q.res.subject_after(b.p, b.floor + inverted.end(1))
    office = _office_label_holder(q)
    if office is not None:
        return office
    people = _PEOPLE_LABEL.fullmatch(b.head)
    if people is not None and _people_noun(people.group(1)):
        # "Flood victims: ‘…’", "Angry fans: “…”": a label naming the kind of people
        # who speak, not the capitalised word that opens it.
        return Subject("unnamed", b.floor, b.floor + people.end(1), people.group(1))
    opening = CLAUSE_OPENERS.match(b.head)
    at = opening.end() if opening else 0
    if _UNNAMED_OPENING.match(b.head, at):
        # "Another respondent highlighted Acme’s plans: “…”": the unnamed subject
        # speaks, not a name further on in its clause.
        return Subject("unnamed", b.floor + at, b.floor + at, "")
    if _UNNAMED_ISSUER.match(b.head, at):
        # "A statement by a palace spokesperson confirming the move read: “…”": an
        # unnamed person's text, however many names its clause goes on to give.
        return Subject("unnamed", b.floor + at, b.floor + at, "")
    with_unnamed = _WITH_UNNAMED_ING_COLON.search(b.head, max(0, len(b.head) - _REACH))
    if with_unnamed is not None and _with_phrase_names_people(with_unnamed.group(1), with_unnamed["ing"]):
        # "Islanders were angry, with one fisherman saying: “…”": the unnamed person of
        # the closing "with …ing" phrase speaks, not the name the clause opens on.
        return Subject("unnamed", b.floor + with_unnamed.start(1), b.floor + with_unnamed.end(1), with_unnamed.group(1))
    with_subject = _with_participle_colon(q)
    if with_subject is not None:
        return Subject.named(with_subject)
    more_from = _more_from_label(q)
    if more_from is not None:
        return Subject.named(more_from)
    inside = [
        m
        for m in _mentions_in(b.para, b.floor, b.open_at)
        if b.floor <= m.start < b.open_at
        and (not m.after_preposition or _OPENING_AND.fullmatch(b.para.masked, b.floor, m.start))
        and not m.modifier
        and not _place_or_demonym(b.para.masked, m)
        and not q.res.participle_object(b.p, m.start)  # "Accusing Dana Price of theft: “…”"
    ]
    # "On a January earnings call with Acme, Jo Doe, an analyst, voiced doubt: “…”": a
    # name inside the opening phrase sets the scene; the clause's subject comes after it.
    inside = [m for m in inside if m.start >= b.floor + at] or inside
    plain = [m for m in inside if not m.possessive] or inside
    if (
        plain
        and _HEADING_DASH.search(b.para.text, b.floor, plain[-1].start)
        and _COLON_NEXT.fullmatch(b.para.masked, plain[-1].end, b.open_at)
    ):
        # "BOATS OUTNUMBER CARS - Jo Reed: “…”": a newsletter item's heading, a dash, then
        # the speaker's name and the colon; words of the heading are no subject.
        return Subject.named(plain[-1])
    if plain:
        first = plain[0]
        masked = b.para.masked
        for m in plain[1:2]:
            if (
                (first.entity.kind != "person" or _role_gap(masked, first.end, m.start - 2))
                and m.entity.kind == "person"
                and masked[m.start - 2 : m.start] == ", "
                and masked[m.end : m.end + 1] == ","
                and "," not in masked[first.end : m.start - 2]
            ):
                # "Minister of Mines, Tumelo Sello, only said: “…”": the office's holder,
                # in apposition after it, is the subject.
                first = m
        return Subject.named(first)
    pm = PRONOUN_SUBJECT.match(b.head)
    if pm is None and len(" ".join(q.span.parts).split()) >= 4:
        # After a longer opening phrase only for words that read as speech, not a
        # name ("Of late, he favours a new idea: “Sovereign Cloud.”").
        pm = _PRONOUN_AFTER_OPENING.match(b.head)
    if pm:
        return Subject("pronoun", b.floor + pm.start(1), b.floor + pm.end(1), pm.group(1).lower())
    return None


# A verb in the past, then a few words without a clause's mark, then the comma before the
# marks: "called over her shoulder, ", "shot back at the crowd, ", "turned to the room, ".
_PAST_CLAUSE_COMMA = re.compile(
    r"\b([a-z]{3,}ed|shot|spoke|wrote|began)\b"
    r"(?:(?!\s-\s|\b(?:while|when|as|after|before|by|and|but|or|because|if|who|which|that)\b)[^,;:!?.\x00—–]){0,40},\s*$"
)
# Verbs whose object is somebody else's words: "quoted her father, “…”", "cited a saying, “…”".
_QUOTING_VERBS = frozenset(("quoted", "cited", "paraphrased"))
# A head that opens on a subordinate clause ("When Moss arrived, ") or a question.
_SUBORDINATE_HEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still)\s+)?(?:[Ww]hen|[Ww]hile|[Aa]s|[Ii]f|[Oo]nce|[Bb]ecause|[Aa]lthough|[Tt]hough|[Uu]ntil|[Uu]nless|[Ww]here|[Ww]hy|[Hh]ow|[Ww]hat)\b"
)


# A word opening a clause that only sets the scene for the sentence's subject.
_SCENE_WORD = re.compile(
    r"\b(?:as|when|while|after|before|because|if|until|since|once|although|though|where|who|which|that)\b",
    re.IGNORECASE,
)


def _past_clause_comma(q: _Quoted) -> Subject | None:
    """'Senator Ivy Moss, Republican of Ohio, called over her shoulder, “His comments are
    not helping.”': a clause of a named subject and a verb in the past, closed by a comma
    right before a whole sentence quoted (opening on a capital, closing on . ? !), whatever
    the verb: the clause introduces the words as "X said," would. Not after a
    subordinate clause ("When Moss arrived, “…”"), whose subject only sets the scene, nor
    for a subject that speaks nobody's words (the "it" of "It rained all day,") or a verb
    handing on somebody else's ("Moss quoted her late father, “…”")."""
    b = q.before
    if not b.stripped.endswith(",") or q.span.last_char not in ".?!" or q.after is None:
        return None
    opening = _CAPITAL_OPENING.match(q.span.parts[0]) if q.span.parts else None
    if opening is None or _SUBORDINATE_HEAD.match(b.head):
        return None
    verb = _PAST_CLAUSE_COMMA.search(b.head, max(0, len(b.head) - 80))
    if verb is None or verb.group(1) in _QUOTING_VERBS or q.res.given_to_text(b.p, q.span.open_at):
        # "he recited the last lines of the poem, “…”": a text read out is its author's;
        # "Moss quoted her late father, “…”": the words of the person quoted.
        return None
    subject = q.res.subject_before(b.p, b.floor + verb.start(), b.floor)
    if subject is None or subject.kind not in ("name", "pronoun") or subject.text.lower() == "it":
        # "It rained all day, “…”": an impersonal "it" is nobody who speaks.
        return None
    if _SCENE_WORD.search(b.para.masked, b.floor, subject.start):
        return None  # "Moss listened as Tom Lund finished, “…”": the subject of a subordinate clause
    if (
        subject.kind == "name"
        and subject.mention is not None
        and (subject.mention.after_preposition or subject.mention.possessive)
    ):
        return None
    return subject


def _office_label_holder(q: _Quoted) -> Subject | None:
    """'PM: ‘We will not blink first’', 'Chancellor: “…”', 'Rovers boss: “…”': a
    headline's or kicker's label that is an office alone speaks for the person the
    article names in that office, wherever it introduces them (a headline comes before
    the story that names the holder: "The Prime Minister, Jo Dee, told MPs …"). With no
    holder named the label names nobody, never a person called "PM"."""
    b = q.before
    role = role_label(b.head)
    if role is None:
        return None
    holder = q.res.named_in_office(role)
    if holder is None:
        return Subject("unnamed", b.floor, b.floor, "")
    mention = next(
        (m for para in q.res.paras for m in para.mentions if m.entity is holder),
        None,
    )
    if mention is None:
        return Subject("unnamed", b.floor, b.floor, "")
    return Subject("name", b.floor, b.floor, "", mention)


# Lower-case words between a name and a comma: " state director", " campaign manager".
_LOWER_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,4}")


def _role_gap(masked: str, start: int, end: int) -> bool:
    """'Reed’s Virginia state director, Mike Rubino, …': lower-case words ending in a
    person's role between a name and the comma before the next one make the first name
    a qualifier of the role ("Virginia", a given name too), whose holder is apposed."""
    gap = _LOWER_WORDS.fullmatch(masked, start, end)
    return gap is not None and gap.group().split()[-1] in PERSON_NOUNS


# A kicker, a story's label in a headline or standfirst, alone before a colon.
_KICKER_LABEL = re.compile(
    r"\s*(?:(?:WORLD\s+)?EXCLUSIVE|BREAKING(?:\s+NEWS)?|WATCH|REVEALED|UPDATED?|LIVE|VIDEO|PICTURED|LISTEN|"
    r"OPINION|ANALYSIS|COMMENT|EXPLAINER|INTERVIEW|REVIEW|JUST\s+IN|DEVELOPING|SPECIAL\s+REPORT|FACT\s+CHECK)"
    r"\s*:\s*",
    re.IGNORECASE,
)
# A short noun phrase alone before a colon, ending on a lower-case noun: "Flood victims: ",
# "Angry Leeds fans: ". The noun is group 1. Not a definite one ("The minister: "): that
# describes somebody named before, whom the finder looks for.
_PEOPLE_LABEL = re.compile(
    r"\s*(?!(?:The|This|That|These|Those)\s)(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+){0,2}([a-z][\w’'-]*)\s*:\s*"
)
# Plural people whose singular no role list holds.
_PEOPLE_PLURALS = frozenset(
    "fans families locals parents passengers commuters shoppers protesters pupils villagers crowds staff".split()
)


def _people_noun(word: str) -> bool:
    """A noun for people, singular or plural ("victim", "residents", "fans")."""
    return (
        word in PERSON_NOUNS
        or word in _PEOPLE_PLURALS
        or (word.endswith("s") and word[:-1] in PERSON_NOUNS)
        or (word.endswith("ies") and word[:-3] + "y" in PERSON_NOUNS)
    )


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A date alone before a colon: "Oct. 1, 1935: ", "15 July 1960: ", "1987: ".
_DATE_LABEL = re.compile(
    r"\s*(?:"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+"
    + _MONTH
    + r",?\s+\d{4}|"
    + _MONTH
    + r"\s+\d{4}|\d{4})\s*:\s*"
)


# A he/she opening the clause after an opening phrase ("To my surprise, he", "In a
# letter to the board, she").
_PRONOUN_AFTER_OPENING = re.compile(r"\s*[A-Z][\w’' -]{0,40}?,\s+(He|She|he|she)\b")


# Lower-case words between "as" and the name: a role ("as prosecutor Jo Marsh put it") or an
# adjective ("as the local Valley Times paper noted"), never "as well as", "as soon as".
_AS_LEAD_WORDS = r"(?:(?!(?:as|well|soon|much|long|far|many|if|though|of|to|for)\b)[a-z][\w-]*\s+){0,3}?"
_AS_REPORTED = re.compile(
    r"\b[Aa]s\s+(?:the\s+)?" + _AS_LEAD_WORDS + r"([A-Z@][^,;:\x00]{0,60}?)\s+(?:has\s+|had\s+)?"
    r"(?:reported|reports|noted|notes|wrote|writes|puts?\s+it|observed|observes|explained|explains|said|says)\b"
)


def _as_reported(res: Resolver, p: int, text: str, offset: int) -> Subject | None:
    """The name in the last "as Reuters reported" / "as the Tribune put it" of `text`
    (the words at `offset` of paragraph `p`). An outlet's possessive or a body and role
    words lead to the person after them ("as the Valley Post’s Dana Cole wrote", "as
    Harbour Council press secretary Jo Marsh explained": the writer or officer speaks)."""
    every = _head_matches(res, p, offset, text, _AS_REPORTED)
    if not every:
        return None
    found = every[-1]  # the last one
    mention = res.named_at(p, offset + found.start(1))
    if mention is None or mention.end > offset + found.end(1):
        return None
    if _owner_of_another(res.paras[p].masked, mention, offset + found.end(1)):
        return Subject("unnamed", mention.start, offset + found.end(1), "")
    return Subject.named(mention)


def _owner_of_another(masked: str, mention: Mention, end: int) -> bool:
    """Whether a possessive name is followed, up to `end`, by somebody else's role: "Dana
    Cole's lawyer", "Washington's governor" (the lawyer, the governor speaks, unnamed). A
    person's own office, campaign or statement ("Cole's office", `OWN_BODIES`, `OWN_TEXTS`)
    and an organisation's staff ("the Times's editorial board") still speak for the owner."""
    if not mention.possessive or mention.entity.kind == "org":
        return False
    words = masked[mention.end : end].split()
    return bool(words) and words[-1].lower() not in OWN_BODIES | OWN_TEXTS


def _as_reported_before(q: _Quoted) -> Subject | None:
    """'– “igniting,” as Reuters reported, “fears of …”', 'the port was, as the Tribune
    put it, “back to full capacity”': an "as X reported" aside right before the quote
    names whose words they are; so does one between dashes ('to — as Doe puts it — “…”')."""
    b = q.before
    if not b.stripped.endswith((",", "—", "–", "--")):
        return _as_reported_opening(q)
    return _as_reported(q.res, b.p, b.head, b.floor)


# An "as X noted" clause opening the sentence, after at most a conjunction: "But as the
# Valley Times noted in an op-ed, ".
_AS_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So|Still)\s+)?(?=[Aa]s\s)")


def _as_reported_opening(q: _Quoted) -> Subject | None:
    """'But as the local Valley Times paper noted in an op-ed, the mayor “has …”': an "as
    X reported" clause opening the sentence names whose words the partial quote of its
    main clause is, when no speech verb of that clause names another."""
    b = q.before
    opening = _AS_OPENING.match(b.head)
    if opening is None or b.floor != b.para.sentence_start(b.open_at):
        return None
    found = _AS_REPORTED.match(b.head, opening.end())
    if found is None:
        return None
    comma = b.head.find(",", found.end())
    if comma < 0 or any(v.start() > comma for v in b.verbs):
        return None
    return _as_reported(q.res, b.p, b.head[: found.end()], b.floor)


_WRITTEN_FROM = re.compile(r"\b" + ISSUED_TEXT + r"\s+(?:from|by)\s+(?:the\s+)?")
_READS = re.compile(r"\b(?:reads|read|says|said|states|stated)\s*[,:]?$")


def _written_from(q: _Quoted) -> Subject | None:
    """'The tweet from Harbour Weekly reads, “…”', 'a statement by the ministry said:
    “…”': a text "from" or "by" somebody, reading out the quote, is that somebody's."""
    b = q.before
    if not _READS.search(b.stripped, max(0, len(b.stripped) - _TAIL_CHARS)):
        return None
    found = _WRITTEN_FROM.search(b.head)
    if found is None:
        return None
    mention = q.res.mention_at(b.p, b.floor + found.end())
    if mention is None or mention.start >= b.open_at:
        return None
    return Subject.named(mention)


def _handed_out_text(q: _Quoted) -> Subject | None:
    """'The trust released the following statement from Jo Dee: “…”', 'Toll's office
    issued this statement: “…”': a sentence handing out a text, introducing it with a
    colon, gives the quote to the text's issuer (`statement_issuer`)."""
    b = q.before
    if not b.stripped.endswith(":"):
        return None
    return q.res.statement_issuer(b.p, b.floor, b.open_at)


_OPENING_ING = re.compile(r"\s*([A-Z][a-z]{2,}ing)\b")
_PARTICIPLE_PRONOUN = re.compile(r"(he|she|they)\b")
_COMMA = re.compile(r",\s+")


def _speech_participle(word: str) -> bool:
    """'Declaring', 'Insisting', 'Describing': the -ing form of a speech verb."""
    word = word.lower()
    stem = word[:-3]
    return bool(SPEECH.fullmatch(word) or SPEECH.fullmatch(stem + "ed") or SPEECH.fullmatch(stem + "d"))


def _participle_opening(q: _Quoted) -> Subject | None:
    """'Declaring “…” at stake, Defense Secretary Jo Dee has ordered …', 'Insisting the
    plan was “…” all along, she …': a quote inside a speech verb's participle phrase
    opening the sentence is said by the subject right after the phrase's comma."""
    b, span, res = q.before, q.span, q.res
    if span.close_end is None or span.close_para != b.p or b.floor != b.para.sentence_start(b.open_at):
        return None
    verb = _OPENING_ING.match(b.head)
    if verb is None or "," in b.head[verb.end() :] or not _speech_participle(verb.group(1)):
        return None
    masked = b.para.masked
    end = b.para.sentence_end(span.close_end)
    comma = _COMMA.search(masked, span.close_end, end)
    if comma is None or MASK in masked[span.close_end : comma.start()]:
        return None
    pronoun = _PARTICIPLE_PRONOUN.match(masked, comma.end())
    if pronoun is not None:
        return Subject("pronoun", pronoun.start(1), pronoun.end(1), pronoun.group(1))
    subj = res.subject_after(b.p, comma.end())
    if subj is None or subj.kind != "name" or subj.start >= end:
        return None
    if not only_role_words(masked[comma.end() : subj.start].strip()) and masked[comma.end() : subj.start].strip():
        return None
    return subj


# Nouns for somebody's words (beyond their texts, `OWN_TEXTS`, and own bodies, `OWN_BODIES`):
# "Rubio’s catch phrase", "Barrett’s dictum", "Dee’s earlier missive".
_WORDS_NOUNS = (
    OWN_TEXTS
    | OWN_BODIES
    | frozenset(
        """remarks remark comments comment words statement message warning testimony answer claim
    assessment verdict phrase catchphrase dictum motto slogan mantra refrain quip line missive
    advice prediction promise pledge vow argument op-ed essay editorial""".split()
    )
)
# What may open a sentence before the owner: a conjunction, or "From" ("From Dee's post: “…”").
_OWNER_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|From)\s+)?")
# The possessive's mark and the next four words: up to three modifiers ("earlier",
# "fundraising", "Facebook"), then the noun.
_OWNED_WORDS = re.compile(r"(?:’s|'s|’|')?((?:\s+[A-Za-z][\w-]*){1,4})")
_THAT = re.compile(r"\bthat\b")
# Words between the noun phrase and its own verb: lower-case, no name ("to his supporters "
# in "Dee’s email to his supporters notes that …", ", for example, " before "said").
_OWN_PREDICATE_GAP = re.compile(r"[a-z\s,'’-]{0,60}")
# A word in that gap giving the verb another subject: a passive's agent ("were mocked by
# Roe as"), a relative pronoun ("critics who call", ", which Roe described as"), a
# conjunction opening a clause ("came after the union leader told").
_ANOTHER_ACTS = re.compile(r"\b(?:by|who|whom|whose|which|after|before|when|while|because|since|until|as|where)\b")
# A form of "be" right before the verb: the words are its object ("were mocked", "was
# quickly denounced"), somebody else speaks.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


# The farthest a quote may open after the noun of the words' owner ("Dee’s email to her
# supporters notes that Roe, who …, “…”" is some 100 characters): the rule's searches run
# over that stretch once per quote, and a sentence of thousands of quoted titles made
# them quadratic.
_OWNER_REACH = 300


_SPACES = re.compile(r"\s*")


def _owner_of_words(q: _Quoted) -> Subject | None:
    """A sentence opening on a person's words, by a possessive, gives the quote in it to
    that person: "Rubio’s catch phrase was that Crist “…”", "Dee’s fundraising email
    notes that Mayor Roe “…”", "Dee’s dictum to his interns was, “…”", "From Dee's
    Facebook post: “…”"; also a clause after a semicolon ("…; Dee’s dictum was, “…”").
    Names inside the clause the words report are what they say,
    not who says it. Not when another speech verb in the sentence has a subject of its
    own ("Dee’s remarks angered Roe, who called them “…”": Roe's words); only a speech
    verb of the noun itself ("email … notes") may stand between, not one that has the
    words as its object ("Dee’s comments were mocked by Roe as “…”", "critics who call
    her plan “…”", "Dee’s statement, which the chief described as “…”")."""
    b = q.before
    para = b.para
    start = para.sentence_start(b.open_at)
    semicolon = para.masked.rfind(";", start, b.open_at)
    if semicolon < 0:
        return _owner_opening(q, start)
    # "…, the reporter; Barrett’s dictum was, “…”": the clause after the semicolon
    # opens on the owner, as a sentence would.
    spaces = _SPACES.match(para.masked, semicolon + 1)
    clause = spaces.end() if spaces is not None else semicolon + 1
    owner = _owner_opening(q, clause)
    if owner is None and _WORDS_GO_ON.match(para.masked, clause):
        # "Dee’s reply was short; it read, in full, “…”", "Dee’s dictum was simple; “…”":
        # the clause goes on with the words the sentence opened on.
        owner = _owner_opening(q, start)
    return owner


# A clause after a semicolon going on with the words before it: the quote itself, or a
# pronoun standing for them.
_WORDS_GO_ON = re.compile(r"\x00|(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hey|[Tt]hese|[Tt]hose)\b")


def _owner_opening(q: _Quoted, start: int) -> Subject | None:
    """`_owner_of_words` for the clause opening at `start`."""
    b = q.before
    para = b.para
    lead = _OWNER_LEAD.match(para.masked, start)
    mention = q.res.mention_starting(b.p, lead.end() if lead else start)
    opening = INTRO_PHRASE.match(para.masked, start) or CONTRAST.match(para.masked, start)
    if mention is None and opening is not None and opening.end() < b.open_at:
        # "After the call ended, Dee’s campaign sent …": an opening phrase, then the owner.
        after = _OWNER_LEAD.match(para.masked, opening.end())
        mention = q.res.mention_starting(b.p, after.end() if after else opening.end())
    if mention is None or not mention.possessive or mention.entity.kind != "person":
        return None
    owned = _OWNED_WORDS.match(para.masked, mention.end, b.open_at)
    if owned is None:
        return None
    words = owned.group(1).split()
    k = next((k for k, w in enumerate(words) if w in _WORDS_NOUNS), None)
    if k is None or any(not w.isalpha() and "-" not in w for w in words[:k]):
        return None
    noun_end = para.masked.index(words[k], owned.start(1)) + len(words[k])
    if b.open_at - noun_end > _OWNER_REACH:
        return None  # a sentence of many quoted titles: each one's scan would be quadratic
    index = _speech_index(q.res, b.p)
    first = bisect_left(index.starts, noun_end)
    verbs = index.verbs[first : bisect_left(index.starts, b.open_at)]
    if verbs and not _OWN_PREDICATE_GAP.fullmatch(para.masked, noun_end, verbs[0].start()):
        return None  # "Dee’s remarks angered Roe, who called them": another's verb
    gap_end = verbs[0].start() if verbs else b.open_at
    if _ANOTHER_ACTS.search(para.masked, noun_end, gap_end) or (
        verbs and _PASSIVE_BEFORE.search(para.masked[noun_end:gap_end])
    ):
        return None  # "Dee’s comments were mocked by Roe as “…”": Roe's words
    # Names the words report come after a "that" or the noun's own verb ("was that Crist
    # “…”", "sent a release saying Roe owes “…”"); one before them is another actor of the
    # sentence ("Dee’s remarks angered Roe, who called them “…”").
    that = _THAT.search(para.masked, noun_end, b.open_at)
    reported = min(that.start() if that else b.open_at, verbs[0].end() if verbs else b.open_at)
    for other in _mentions_in(para, noun_end, reported):
        if other.entity.kind == "person" and not other.after_preposition:
            return None
    return Subject.named(mention)


BEFORE_QUOTE: tuple[Callable[[_Quoted], Subject | None], ...] = (
    _set_off_after_name,
    _according_before,
    _as_reported_before,
    _written_from,
    _handed_out_text,
    _verb_before,
    _coordinated_verb,
    _owner_of_words,
    _colon_intro,
    _past_clause_comma,
    _participle_opening,
)


# -- 3. a partial quote inside its sentence -----------------------------------


# A second verb joined by and/but: "…, and then added".
_AND_VERB = re.compile(r"[\s,]*(?:and|but)\s+(?:then\s+|also\s+)?[a-z]+(?:ed|s)\b")


def _in_brackets(masked: str, lo: int, at: int) -> bool:
    """Whether `at` is inside brackets opened since `lo`: "not for her budgets (think Ada
    Kent and Jo Dee) but for her “…”": a name in an aside is never the sentence's subject."""
    opened = masked.rfind("(", lo, at)
    # A sentence wholly in brackets ("(Jo Dee called it “a farce.”)") keeps its subject.
    return opened >= 0 and ")" not in masked[opened:at] and bool(masked[lo:opened].strip())


def _sentence_subjects(q: _Quoted) -> list[Mention]:
    """Names that may be the subject of a partial quote's sentence, best first."""
    b = q.before
    if b._subjects is not None:
        return b._subjects
    para, floor, o, head = b.para, b.floor, b.open_at, b.head
    inside = [
        m
        for m in _mentions_in(para, floor, o)
        if floor <= m.start < o
        and not (m.after_preposition or m.modifier or m.possessive)
        # "When Congress passed the bill, he called it “…”", "The price, which was matched
        # at QFC stores, is “…”": a name in a subordinate clause is not the subject.
        and not q.res.subordinate(b.p, m.start)
        # "“…rule of law.” Citing Locke, Burke and Jefferson, she …": the objects of a
        # participle opening the sentence, also right after a quote that closed one.
        and not q.res.participle_object(b.p, m.start)
        # "His Facebook page includes posts …", "On one Facebook page a user wrote …": the
        # site names where words stand, never who wrote them.
        and not (m.entity.name in PLATFORMS and PLATFORM_THING.match(para.masked, m.end))
        and not _in_brackets(para.masked, para.sentence_start(o), m.start)
    ]
    # An opening phrase ("During an interview with Univision's Los Angeles
    # affiliate, Clinton expressed …") holds no subject: names after its comma.
    intro = PARTICIPLE_PHRASE.match(head) or INTRO_PHRASE.match(head)
    if intro:
        inside = [m for m in inside if m.start >= floor + intro.end()]
    while inside and inside[0].entity.kind == "place" and not _acting_place(para, floor, inside[0]):
        inside.pop(0)
    start = para.sentence_start(o)
    closed = q.res.last_quote_start(b.p, floor)
    if closed > start:
        # 'Dee called it “quite dangerous.” Gov. Jo Crane called Roe a “…” who is acting
        # “…”': a quote that closed its own sentence ends it, though the mask hides its
        # full stop; the earlier speech of this sentence is Crane's, not Dee's.
        start = closed
    participle = PARTICIPLE_PHRASE.match(para.masked, start) if floor > start else None

    def first_subject(at: int) -> list[Mention]:
        """The first name from `at` on, before the quote, that is no object, modifier or possessive."""
        return [
            m
            for m in _mentions_in(para, at, floor)
            if at <= m.start < floor
            and not (m.after_preposition or m.modifier or m.possessive)
            and not q.res.participle_object(b.p, m.start)
        ][:1]

    reported = _earlier_speech(q, start) if not inside and floor > start else None
    if (
        inside
        and floor > start
        and _CLAUSE_GOES_ON.fullmatch(para.masked, floor, inside[0].start)
        and not SPEECH.search(para.masked, inside[0].end, o)
    ):
        # 'Cole says his “friend and colleague” Pike ran “…”': the name after an earlier
        # quote, with no clause break, opens the clause Cole reports; with no speech verb
        # of its own after it, the reporter speaks.
        earlier = _earlier_speech(q, start)
        if earlier is not None and earlier.kind == "name" and earlier.mention is not None:
            inside = [earlier.mention]
    if reported is not None and reported.kind != "name":
        b._reported = reported  # for `_reporter_before_earlier_quote`
    elif reported is not None and reported.mention is not None:
        inside = [reported.mention]
    elif not inside and floor > start:
        # 'Cross called it “a citizenship election” and likened … to “stand up
        # and be counted.”': an earlier quote cut the head; the sentence's subject,
        # after any opening phrase ("In contrast, Ham described …").
        intro = participle or INTRO_PHRASE.match(para.masked, start) or CONTRAST.match(para.masked, start)
        inside = first_subject(intro.end() if intro else start)
    if floor > start and _AND_VERB.match(head):
        # 'Trump called the merger "a terrible deal" and ranked Fiorina among …': a verb
        # joined after an earlier quote shares the sentence's subject, not its object.
        first = first_subject(participle.end() if participle else start)
        if first and first[0].entity.kind == "person":
            inside = first
    clause = _second_clause_subject(q)
    if clause is not None:
        inside = clause
    b._subjects = inside
    return inside


# The start of a second clause of the sentence with its own subject: "; ", ", while ", ", but ".
_SECOND_CLAUSE = re.compile(r"(?:;|,\s+(?:while|whereas|but|although|though|yet))\s+")
# An unnamed subject opening a clause: "one member called", "a spokesman said".
_UNNAMED_CLAUSE_OPENING = re.compile(
    r"(?:one|another|an?|some|many|several)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+(?:ed|s)\b"
)
# An apposition right after a name: ", the former chief,", ", 56,".
_APPOSITION_NEXT = re.compile(r"\s*,\s+(?:the|a|an|\d{1,3})\b[^,;:\x00]{0,60},")


def _second_clause_subject(q: _Quoted) -> list[Mention] | None:
    """The subject of a second clause of the sentence that holds a partial quote: "Pike
    signed it, while Cole, the former chief, proposed we “…”" → [Cole]; "…; one member
    called Pike “…”" → [] (somebody unnamed). None when the quote is in no such clause, or
    the clause does not open on its subject ("Pike, while Cole watched, called it “…”")."""
    b = q.before
    para = b.para
    found = None
    for found in _SECOND_CLAUSE.finditer(b.head):  # noqa: B007  (the last one is wanted)
        pass
    if found is None:
        return None
    at = b.floor + found.end()
    rest = para.masked[at : b.open_at]
    if MASK in rest:
        return None
    if _UNNAMED_CLAUSE_OPENING.match(rest):
        return []
    for m in _mentions_in(para, at):
        if m.start < at:
            continue
        if m.start >= b.open_at or m.after_preposition or m.modifier or m.possessive:
            return None
        if not only_role_words(para.masked[at : m.start].strip()):
            return None
        after = para.masked[m.end : b.open_at]
        apposition = _APPOSITION_NEXT.match(after)
        if "," in after[apposition.end() if apposition else 0 :]:
            return None
        return [m] if m.entity.kind in ("person", "org") else None
    return None


# Between an earlier quote and the next name, words that go on with the same clause: no
# comma, semicolon or conjunction starting a clause of its own.
_CLAUSE_GOES_ON = re.compile(r"(?![^\x00]*\b(?:and|but|or|while|whereas|yet)\b)[^,;:\x00.!?]*")


def _earlier_speech(q: _Quoted, start: int) -> Subject | None:
    """The subject of the last speech verb before an earlier quote of the sentence
    ('The variant spread, and the director noted that “…,” but we now “…”' → the
    director), when that verb has one of its own (not a participle's)."""
    b = q.before
    verb = _speech_index(q.res, b.p).last(start, b.floor)
    if verb is None or COORDINATED_ING.match(verb.group()) or is_noun_use(b.para.masked, verb, start):
        return None
    subj = q.res.subject_before(b.p, verb.start(), start)
    if subj is None or subj.kind == "unnamed":
        return None
    return subj


def _another_that_clause(q: _Quoted) -> Speaker | None:
    """'Norway said that there are “close ties” …, and that the court should use its
    discretion “not to give an opinion”': a second reported clause joined by "and that"
    after an earlier quote still reports the first verb's subject, not the subject of
    its own clause."""
    b = q.before
    masked = b.para.masked
    start = b.para.sentence_start(b.open_at)
    if _AND_THAT.match(b.head) is None and not (b.floor > start and _AND_THAT_END.search(b.head)):
        # '…, declaring that “true farmers” don't back Rowe and that “…”': the first
        # quote sat inside the first clause, so its words run on before the "and that".
        return None
    # The verb the first "that" clause hangs on: "said that", not "the question asked of".
    verb = _speech_index(q.res, b.p).last_such(start, b.floor, lambda v: _THAT_NEXT.match(masked, v.end()) is not None)
    if verb is None:
        # ", declaring that …": a participle sharing the subject that opens the sentence.
        if not any(v.group(1) in SPEECH_PARTICIPLES for v in _PARTICIPLE_THAT.finditer(masked, start, b.floor)):
            return None
        opening = CLAUSE_OPENERS.match(masked, start)
        at = opening.end() if opening else start
        first = next(_mentions_in(b.para, at, b.floor), None)
        if first is None or first.start != at or first.possessive or first.entity.kind == "place":
            return None
        return q.res.resolve(b.p, Subject.named(first))
    subj = q.res.subject_before(b.p, verb.start(), start)
    if subj is None or subj.kind == "unnamed":
        return None
    speaker = q.res.resolve(b.p, subj)
    return speaker if speaker[0] is not None else None


_THAT_NEXT = re.compile(r"\s+that\b")
_PARTICIPLE_THAT = re.compile(r",\s+([a-z]+ing)\s+that\b")
# A head ending on a second reported clause's opening: "… don't back Rowe and that ".
_AND_THAT_END = re.compile(r"\s(?:and|but)\s+(?:also\s+)?that\s+$")
# A head opening a second reported clause: ", and that ", " but that ".
_AND_THAT = re.compile(r"[\s,;]*(?:and|but|or)\s+(?:also\s+)?that\s")


def _reporter_before_earlier_quote(q: _Quoted) -> Speaker | None:
    """'Omicron spread, and the director noted that “…,” but we now “…”': a later
    partial quote of a sentence whose earlier quote is reported by a speech verb
    is that verb's subject's (a he/she or description resolved), not the name
    opening the sentence."""
    reported = q.before._reported
    return q.res.resolve(q.before.p, reported) if reported is not None else None


# A he/she subject after a conjunction and a short aside: "But, risks aside, he", "And, as ever, she".
_LEAD_PRONOUN = re.compile(r"\s*(?:But|And|Yet|So|Still|Now|Then)\b,?\s+(?:[^,;:\x00]{1,40},\s+)?(he|she)\b")


# A verb of saying or naming right after a place opening the sentence: the place speaks
# ("Japan branded", "Moscow calls"); "Oslo hosted the talks where …" is no such subject.
_PLACE_VERB_NEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|called|calls|branded|brands|label(?:l?ed|s)|termed|terms|dubbed|dubs|"
    r"described|describes|accused|accuses|warned|warns|insisted|insists|urged|urges|demanded|demands)\b"
)
# What may open a sentence before its subject: a conjunction.
_CONJUNCTION_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Meanwhile|Now),?\s+)?")


def _acting_place(para: Para, floor: int, mention: Mention) -> bool:
    """A country or city opening the sentence, right before its verb, is its subject and
    speaks through its government: "Japan branded Northland an “outlaw nation”" is Japan's
    phrase, not Northland's. A place after a preposition ("In Oslo, Dee called …") is
    never one of the sentence's subjects, nor one before a noun ("Japan officials")."""
    lead = _CONJUNCTION_LEAD.match(para.masked, floor)
    return (
        lead is not None
        and mention.start == lead.end()
        and not mention.possessive
        and _PLACE_VERB_NEXT.match(para.masked, mention.end) is not None
    )


def _sentence_subject(q: _Quoted) -> Speaker | None:
    """'Schumer called the bill “a missed opportunity”': a person or organisation
    (or a name already reported speaking) as the sentence's subject. A name right
    before the marks is what the quote is about, not who speaks it: 'Abbas “has put
    aside efforts …”' is the predicate, in another's words (see `topic_only`). An
    absolute phrase "with Lind noting …" has its own subject (`_with_participle`), and
    so has a subordinate clause opening the sentence ("While Cole calls the plan a “…,”
    Pike …": `_opening_clause_speaker`), and so has "what Cole called “…”"
    (`_what_named_called`) or "which he described as “…”" (`_what_pronoun_called`)."""
    absolute = (
        _with_participle(q)
        or _opening_clause_speaker(q)
        or _what_named_called(q)
        or _what_pronoun_called(q)
        or _who_called(q)
    )
    if absolute is not None:
        return absolute
    inside = _sentence_subjects(q)
    lead = _LEAD_PRONOUN.match(q.before.head) or PRONOUN_LEAD.match(q.before.head)
    if inside and lead is not None and q.before.floor + lead.end() <= inside[0].start:
        # "But, risks aside, he believes Acme “…”", "She even showed touches that Mr. Vane
        # might enjoy, recalling “…”": the he/she heading the sentence is its subject, a
        # name after it an object (`_sentence_pronoun`)
        return None
    if inside and (
        inside[0].entity.kind in ("person", "org")
        or q.res.has_spoken(inside[0].entity)
        or _acting_place(q.before.para, q.before.floor, inside[0])
    ):
        if topic_only(q.before.para.masked, inside[0], q.before.open_at):
            q.topic = True
            return None, None
        inside[0].speech_subject = True
        group = joint_people(q.res, q.before.p, inside[0])
        return joint_name(group) if len(group) > 1 else inside[0].entity.name, inside[0].entity
    return None


def topic_only(masked: str, mention: Mention, open_at: int) -> bool:
    """A name followed by nothing but the opening mark: 'President Abbas “has put aside …”'."""
    return not masked[mention.end : open_at].strip()


# "His remarks that “…”", "Her closing words, “…”": the words of the he/she, by a possessive.
# So do his/her own pages and posts ("His Facebook page includes posts introducing “…”").
_OWN_WORDS = re.compile(
    r"\s*(His|Her)\s+(?:[a-z]+\s+)?(?:remarks?|comments?|words|statements?|speech|message|warnings?|"
    r"testimony|reply|response|answer|claims?|assessment|verdict"
    r"|(?:" + "|".join(sorted(PLATFORMS)) + r")\s+(?:page|account|post|feed|profile)s?)\b"
)


def _sentence_pronoun(q: _Quoted) -> Speaker | None:
    """'He called the bill “a missed opportunity”': he/she opening the sentence, also
    after opening phrases and clauses ('In 2009, however, when Congress passed the
    bill, he called it “…”'); so does a his/her before a noun for words ('His remarks
    that “…”')."""
    b = q.before
    pm = PRONOUN_LEAD.match(b.head)
    if not pm:
        opening = CLAUSE_OPENERS.match(b.head) or PARTICIPLE_PHRASE.match(b.head)
        pm = PRONOUN_SUBJECT.match(b.head, opening.end()) if opening else None
    if not pm:
        pm = _LEAD_PRONOUN.match(b.head)
    if not pm:
        own = _OWN_WORDS.match(b.head)
        if own is None:
            return None
        word = "he" if own.group(1) == "His" else "she"
        return q.res.resolve(b.p, Subject("pronoun", b.floor + own.start(1), b.floor + own.end(1), word))
    return q.res.resolve(b.p, Subject("pronoun", b.floor + pm.start(1), b.floor + pm.end(1), pm.group(1).lower()))


_ANY_ORG = frozenset("company firm group organisation organization".split())


def _sentence_description(q: _Quoted) -> Speaker | None:
    """'The Florida senator called it “…”': a description opening the sentence, when no
    name stands in it (`_opening_description`); else one heading a relative clause with a
    speech verb ("a trend that the foundation predicts …": `_relative_description`)."""
    found = _opening_description(q)
    return found if found is not None else _relative_description(q)


def _opening_description(q: _Quoted) -> Speaker | None:
    """'The Florida senator called it “…”': a description opening the sentence,
    when no name stands in it."""
    b = q.before
    if _sentence_subjects(q):
        return None
    desc = description_opening(b.para.masked, b.para.sentence_start(b.open_at))
    if desc is None or desc.start >= b.open_at:
        return None
    found = q.res.resolve(b.p, desc)
    head = desc.text.split()[-1].lower()
    if (
        found[1] is not None
        and found[1].kind == "org"
        and head not in PERSON_NOUNS
        and head not in _ANY_ORG
        and head not in found[1].name.lower()
    ):
        return None  # "The ministry accused …" after only a union was named: no ministry to name
    return found


# "a trend that the foundation predicts will …", "which the council says is …": a
# description heading a relative clause, then its verb.
_RELATIVE_DESCRIPTION = re.compile(
    r"\b(?:that|which|what)\s+(the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:also\s+|now\s+)?([a-z]+)\b"
)


def _relative_description(q: _Quoted) -> Speaker | None:
    """'Five clubs close a year, a trend that the foundation predicts will continue “…”':
    a description of a body or person named before, as the subject of a speech verb in a
    relative clause of the quote's sentence, speaks the partial quote, when no name
    stands in the sentence; one that refers to nobody named leaves the quote to the next
    reading."""
    b = q.before
    if any(m.entity.kind in ("person", "org") for m in _sentence_subjects(q)):
        return None
    found = None
    for found in _RELATIVE_DESCRIPTION.finditer(b.head):  # noqa: B007  (the last is wanted)
        pass
    if found is None or found.group(2) not in SPEECH_VERBS:
        return None
    desc = Subject("desc", b.floor + found.start(1), b.floor + found.end(1), found.group(1))
    name, entity = q.res.resolve(b.p, desc)
    if entity is None:
        return None
    head = found.group(1).split()[-1]
    if entity.kind == "org" and head not in PERSON_NOUNS and head not in _ANY_ORG and head not in entity.name.lower():
        return None  # "the ministry predicts" after only a union was named: no ministry named
    return name, entity


# "…, with Lind noting the absurdity of …": a name after "with", then a speech participle.
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_PARTICIPLE_NEXT = re.compile(r"\s+([a-z]+ing)\b")


def _with_participle(q: _Quoted) -> Speaker | None:
    """'…, with Lind noting the absurdity of “…”', 'with the mayor's aide Jo Dee saying
    “…”': an absolute phrase whose subject, after "with", speaks the partial quote by a
    speech participle (noting, saying, warning …), whatever the sentence's own subject."""
    b = q.before
    masked = b.para.masked
    for m in _mentions_in(b.para, b.floor, b.open_at):
        if m.start < b.floor or m.start >= b.open_at or m.possessive:
            continue
        part = _PARTICIPLE_NEXT.match(masked, m.end, b.open_at)
        if part is None or part.group(1) not in SPEECH_PARTICIPLES:
            continue
        if _WITH_BEFORE.search(masked, max(b.floor, m.start - 8), m.start) and MASK not in masked[m.end : b.open_at]:
            m.speech_subject = True
            return m.entity.name, m.entity
    return None


# A subordinate clause opening the sentence, after at most a conjunction: "While ", "But when ".
_OPENING_SUBORDINATE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still)\s+)?(?:When|While|Whereas|Although|Though|After|Before|Because|Since|Once|If|Until)\s+"
)
# What ends a clause inside a sentence head.
_HEAD_CLAUSE_MARK = re.compile(r"[,;:—–]|--")


def _opening_clause_subject(q: _Quoted) -> Mention | None:
    """The named subject of a subordinate clause opening the sentence and holding the
    quote (before its speech verb, if any): 'While Dana Cole calls the plan a “…,” Sam Pike …', 'When
    Cole spoke and said she would “…,” the crowd cheered' (Cole)."""
    b = q.before
    if b.floor != b.para.sentence_start(b.open_at):
        return None
    opening = _OPENING_SUBORDINATE.match(b.head)
    if opening is None or _HEAD_CLAUSE_MARK.search(b.head, opening.end()):
        return None
    end = b.floor + b.verbs[0].start() if b.verbs else b.open_at
    masked = b.para.masked
    for mention in _mentions_in(b.para, b.floor + opening.end()):
        if mention.start < b.floor + opening.end() or mention.after_preposition or mention.modifier:
            continue
        if mention.start >= end or mention.possessive:
            return None
        lead = masked[b.floor + opening.end() : mention.start]
        if not only_role_words(lead) or _PAST_VERB_BEFORE.search(lead) or _PASSIVE_NEXT.match(masked, mention.end):
            # "When the court ordered Sam Pike to pay for “…”", "When Pike was charged with
            # “…”": an object, or a passive subject, is not who says the words.
            return None
        return mention if mention.entity.kind in ("person", "org") else None
    return None


# A past tense right before a name, whose object the name is: "ordered ", "told ".
_PAST_VERB_BEFORE = re.compile(r"(?:^|\s)(?:[a-z]{2,}ed|told|met|beat|sent|brought|caught|gave|took|hit|left)\s+$")
# A passive verb right after a name: " was charged", " had been told".
_PASSIVE_NEXT = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
)


def _opening_clause_speaker(q: _Quoted) -> Speaker | None:
    """'When Dana Cole spoke and said she would “…,” the crowd cheered': a partial quote
    inside a subordinate clause opening the sentence is that clause's subject's (see
    `_opening_clause_subject`)."""
    mention = _opening_clause_subject(q)
    if mention is None:
        return None
    mention.speech_subject = True
    return mention.entity.name, mention.entity


# "what Cole called a ", "what Cole has described as ", "whom Cole called ", "which the
# Post called ", right before the opening mark.
_WHAT_CALLED = re.compile(
    r"\b(?:[Ww]hat|[Ww]hom?|[Ww]hich)\s+(?:[a-z][\w-]*\s+){0,2}?([A-Z][^,;:.!?\x00]{0,50}?)\s+(?:has\s+|had\s+|once\s+)?"
    r"(?:called|calls|dubbed|dubs|termed|terms|described\s+as|describes\s+as)\s+(?:(?:a|an|the|his|her|their)\s+)?$"
)


def _what_named_called(q: _Quoted) -> Speaker | None:
    """'… would be what Cole called a “let it grow” approach', '… Crane, whom Cole called
    “…”': the words a named person is said to have called something (or somebody, in a
    relative clause) are that person's, whatever the sentence's subject."""
    b = q.before
    found = _WHAT_CALLED.search(b.head)
    if found is None:
        return None
    mention = q.res.named_at(b.p, b.floor + found.start(1))
    if mention is None or mention.end > b.floor + found.end(1) or mention.entity.kind not in ("person", "org"):
        return None
    if _owner_of_another(b.para.masked, mention, b.floor + found.end(1)):
        return None, None  # "what Dana Cole's lawyer called “…”": somebody unnamed
    mention.speech_subject = True
    return mention.entity.name, mention.entity


# "which he described as ", "what she has called a ", "whom he called ", right before the
# opening mark (group 1: the pronoun).
_WHAT_PRONOUN_CALLED = re.compile(
    r"\b(?:[Ww]hat|[Ww]hom?|[Ww]hich)\s+(he|she)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|once\s+)?"
    r"(?:called|calls|dubbed|dubs|termed|terms|described\s+as|describes\s+as)\s+(?:(?:a|an|the|his|her|their)\s+)?$"
)


def _what_pronoun_called(q: _Quoted) -> Speaker | None:
    """'He would pay for it through “tax reform,” which he described as “…”', '… what she
    called a “…”': the words a he/she is said to have called something are theirs,
    whatever the sentence's subject, as after a name (`_what_named_called`)."""
    b = q.before
    found = _WHAT_PRONOUN_CALLED.search(b.head, max(0, len(b.head) - _TAIL_CHARS))
    if found is None:
        return None
    at = b.floor + found.start(1)
    return q.res.resolve(b.p, Subject("pronoun", at, b.floor + found.end(1), found.group(1)))


# ", who called it ", ", who once described the plan as a ", right before the opening mark.
_WHO_CALLED = re.compile(
    r",\s+who\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|once\s+)?(?:called|calls|dubbed|dubs|termed|terms|described|describes)"
    r"\s+(?:it|them|him|her|this|that|(?:the|his|her|their|its)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$"
)


def _who_called(q: _Quoted) -> Speaker | None:
    """'Ann Toll met Dana Price, who called it “…”': a relative clause of calling right
    before the marks gives the words to the name it follows, not to the sentence's
    subject (as "whom Cole called “…”" gives them to Cole: `_what_named_called`)."""
    b = q.before
    found = _WHO_CALLED.search(b.head, max(0, len(b.head) - _TAIL_CHARS))
    if found is None:
        return None
    mention = q.res.mention_ending(b.p, b.floor + found.start())
    if mention is None or mention.possessive or mention.entity.kind not in ("person", "org"):
        return None
    mention.speech_subject = True
    return mention.entity.name, mention.entity


IN_SENTENCE: tuple[Callable[[_Quoted], Speaker | None], ...] = (
    _another_that_clause,
    _sentence_subject,
    _reporter_before_earlier_quote,
    _sentence_pronoun,
    _sentence_description,
)


# -- 4. the next paragraph ------------------------------------------------------

_NAMED_AFTER = re.compile(
    r"\s*(?:That|This|Those|These|So|Such)\b[^.]*\b(?:how|what|words|said|says|put it|view|verdict|message)\b"
)


def _named_in_next_paragraph(q: _Quoted) -> Speaker | None:
    """A paragraph that is only the quote, named in the next one: "That was how X put it."."""
    span, res = q.span, q.res
    if q.before.stripped or span.close_end is None or span.close_para + 1 >= len(res.paras):
        return None
    if res.paras[span.para].masked[: span.open_at].strip():
        return None  # a later quote of its paragraph ("“…,” he said. “…”") is no paragraph of its own
    if res.paras[span.close_para].masked[span.close_end :].strip():
        return None
    nxt = res.paras[span.close_para + 1]
    first = nxt.masked[: nxt.sentence_end(0)]
    if not _NAMED_AFTER.match(first):
        return None
    for mention in nxt.mentions:
        if mention.start < len(first) and mention.entity.kind in ("person", "org") and not mention.modifier:
            return mention.entity.name, mention.entity
    return None


NEXT_PARAGRAPH: tuple[Callable[[_Quoted], Speaker | None], ...] = (_named_in_next_paragraph,)


def _first(strategies: tuple[Callable[[_Quoted], _T | None], ...], q: _Quoted) -> tuple[_T, str] | None:
    """The first strategy's finding, in order, with the strategy's name."""
    for strategy in strategies:
        found = strategy(q)
        if found is not None:
            return found, strategy.__name__
    return None


# An accusation against a named person: "accused Ilse Dorn of", "sued Tull for".
_ACCUSATION = re.compile(r"\b(?:" + "|".join(sorted(ACCUSATION_VERBS)) + r")\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:of|for)\b")


# A quote opening on a third person: "He learned …", "His record …", "She's …".
_THIRD_PERSON_OPENING = re.compile(r"[\W_]*(?:(He|His|Him)|(She|Her))\b")


def _not_the_one_described(res: Resolver, span: Span, subj: Subject, entity: Entity | None) -> Entity | None:
    """A speaker who talks about a "he" in the third person is not that man.

    "“He learned the language and read their papers,” he said." after a paragraph
    about a leader: the tail's he is the analyst or local who spoke about him, not the
    person the story is about, whom the nearest-sentence rule tends to pick. When the
    he/she resolved to somebody never reported speaking by name and the quote itself
    opens on a he/she of that gender, the referent is the next candidate who has
    spoken by name.
    """
    if subj.kind != "pronoun" or subj.text not in ("he", "she") or entity is None or res.spoke_by_name(entity):
        return None
    m = _THIRD_PERSON_OPENING.match(span.parts[0] if span.parts else "")
    if m is None or (m.group(1) is not None) != (subj.text == "he"):
        return None
    gender: Gender = "m" if subj.text == "he" else "f"
    if _named_after(res.paras[span.para], span.open_at, entity, gender):
        return None
    other = res.antecedent(span.para, span.open_at, gender, exclude=entity)
    return other if other is not None and res.spoke_by_name(other) else None


_NAMED_AFTER_REACH = 600


def _named_after(para: Para, open_at: int, entity: Entity, gender: Gender) -> bool:
    """Whether, in the sentence before the quote or the quote's own, somebody else of
    `gender` is named after `entity`: the quote's opening he/she may be that person.

    "His cousin Ty Rowe cited Mr. Vance's temper. “He's all bluster,” he said.": the
    quote's "He" is Vance, named after Rowe, so the tail's he may well be Rowe; the
    speaker who talks about a third person is then no reason to pass over him.
    """
    start = para.sentence_start(open_at)
    # At most a few hundred characters back: a paragraph of one endless sentence of
    # quotes is not read from its start for each of them.
    lo = max(para.sentence_start(start - 1) if start > 0 else 0, open_at - _NAMED_AFTER_REACH)
    seen = False
    for mention in _mentions_in(para, lo, open_at):
        if mention.entity is entity:
            seen = True
        elif seen and mention.entity.kind == "person" and mention.entity.gender == gender:
            return True
    return False


# A he or she the words use of somebody: "he proved", "his campaign", "told her".
_THIRD_PERSON: dict[Gender, re.Pattern[str]] = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
}
# A title before a surname, the way one speaks of somebody else: "Senator Dee", "Mr. Dee's".
_TITLED = r"\b(Mr|Mrs|Ms|Dr|Sen|Senator|Gov|Governor|Rep|Congressman|Congresswoman|Mayor|Judge|Speaker)\.?\s+"


def _not_the_one_titled(res: Resolver, span: Span, subj: Subject, entity: Entity | None) -> Entity | None:
    """A speaker who calls a man or woman by title and surname is not that person.

    "“… whether Senator Dee's message could go toe to toe with them, and I think he
    proved it,” he said." after "Dee's campaign manager, Ana Roe, said …" and "…, Dee
    said": the tail's he/she resolved to Dee, but the words speak of "Senator Dee" as
    somebody else, so they are the earlier speaker's (Roe), when somebody of that gender
    has spoken by name. Calling oneself by full name ("it's not Tom Dee") happens in
    speeches, and so does a title and surname ("they say Governor Dee forgot the
    valley, but here I am"); what tells somebody else is that the words go on to speak
    of the titled one as he or she ("… and I think he proved it").
    """
    if subj.kind != "pronoun" or subj.text not in ("he", "she") or entity is None or entity.kind != "person":
        return None
    tokens = entity.tokens
    if len(tokens) < 2 or not span.parts:
        return None
    gender: Gender = "m" if subj.text == "he" else "f"
    # "Mrs. Dee" in Bill Dee's words is his wife: a title of the other gender is somebody else.
    other_titles = ("Mrs", "Ms") if gender == "m" else ("Mr",)
    titled = re.compile(_TITLED + re.escape(tokens[-1]) + r"\b")
    words = " ".join(span.parts)
    first = next((m for m in titled.finditer(words) if m.group(1) not in other_titles), None)
    if first is None or not _THIRD_PERSON[gender].search(words, first.end()):
        return None
    other = res.antecedent(span.para, span.open_at, gender, exclude=entity)
    return other if other is not None and other.kind == "person" and res.spoke_by_name(other) else None


# A role and the preposition tying it to a body, right before the body's name: "the
# chief executive of ", "managing director at ", "a fund manager at " (group 1: the role's noun).
_ROLE_OF_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+(?:of|at|for|with)\s+(?:the\s+)?$")
# The rest of a body's name the scan split off, then the comma before an apposition:
# ", " or " & Finch, " / " and Finch, " ("Harlow & Finch", "Marks and Spencer").
_BODY_NAME_ON = re.compile(r"(?:\s+(?:&|and)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?, ")
# The end of an apposed name: a comma, a stop, a semicolon or the paragraph's end.
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;]|$)")
# What may stand between a person's name and "of <body>": nothing but a space.
_PERSON_OF = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")


def _person_for_body(res: Resolver, p: int, subj: Subject) -> Subject:
    """The person a subject read as a body stands for, when the phrase names both:

    - "said the chief executive of Harlow & Finch, Simon Tate": a role "of" the body,
      then the holder apposed after the body's name;
    - "Her publisher, Lena Marx of Hollow Press, said": a person's name, then "of"/"at"
      the body that employs them.

    The body is a preposition's object there, the role's or the person's: the person
    speaks. So does the person heading an apposition that ends on the name (see
    `_apposition_head`), and the person owning the body an unnamed subject is
    (`_owner_of_own_body`). Any other subject is returned as it is."""
    if subj.kind == "unnamed":
        owner = _owner_of_own_body(res, p, subj)
        return Subject.named(owner) if owner is not None else subj
    mention = subj.mention
    if subj.kind != "name" or mention is None:
        return subj
    para = res.paras[p]
    masked = para.masked
    mentions = para.mentions
    k = _mention_index(mentions, mention)
    if k < 0:
        return subj
    head = _apposition_head(para, mentions, k, mention)
    if head is not None:
        return Subject.named(head)
    if not mention.after_preposition or mention.entity.kind == "person":
        return subj
    role = _ROLE_OF_BEFORE.search(masked, max(0, mention.start - 60), mention.start)
    holder = next(
        (m for m in mentions[k + 1 :] if m.start > mention.end + 1 and masked[m.start - 2 : m.start] == ", "), None
    )
    if (
        role is not None
        and role.group(1) in PERSON_NOUNS
        and holder is not None
        and _BODY_NAME_ON.fullmatch(masked, mention.end, holder.start) is not None
        and holder.entity.kind in ("person", "unknown")
        and not holder.possessive
        and _APPOSITION_ENDS.match(masked, holder.end) is not None
    ):
        return Subject.named(holder)
    if k > 0:
        person = mentions[k - 1]
        if (
            person.entity.kind == "person"
            and not person.possessive
            and not person.after_preposition
            and _PERSON_OF.fullmatch(masked, person.end, mention.start) is not None
        ):
            return Subject.named(person)
    return subj


# A possessive's mark and one of a person's own bodies: "’s campaign", "'s office".
_OWN_BODY_AFTER = re.compile(r"(?:’s|'s|’|')?\s+(?:" + "|".join(sorted(OWN_BODIES)) + r")$")


def _owner_of_own_body(res: Resolver, p: int, subj: Subject) -> Mention | None:
    """The person whose own body an unnamed subject is: "Dana Prell's campaign said",
    "Mrs. Clinton's campaign said in a statement" speak for the person named, as "Reed's
    office said" does; a name of several words or with a title is read whole. Only a
    person's name opening the subject phrase, right before the possessive, and one of
    `OWN_BODIES` last ("Dana Prell's publicist said" stays unnamed)."""
    para = res.paras[p]
    owner = res.mention_starting(p, subj.start)
    if owner is None or owner.entity.kind != "person" or not owner.possessive or owner.end > subj.end:
        return None
    if _OWN_BODY_AFTER.match(para.masked, owner.end, subj.end) is None:
        return None
    return owner


# A person's apposition up to a preposition's object: ", president and CEO of ", ", editor
# at large of The Lantern, a weekly catering to " (no clause of its own, no quote), and
# the words of the object's name the scan split off ("of Harbour " Growers Association).
_APPOSITION_TO_OBJECT = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?[a-z][^;:!?()\x00“”\"]{0,140}?\b(?:of|at|for|with|to|from|in|on)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'’-]*\s+){0,3}"
)
# A clause inside an apposition: its own subject and verb, or a relative pronoun.
_APPOSITION_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|said|says|told|and\s+(?:he|she|they))\b")
# A relative "who" after a name: the name heads a clause of its own (", who said").
_WHO_NEXT = re.compile(r",?\s+who\b")


def _apposition_head(para: Para, mentions: list[Mention], k: int, mention: Mention) -> Mention | None:
    """The person heading the subject phrase that ends on `mention`, a preposition's
    object inside that person's apposition: "Ravi Ostrander, president and CEO of
    Lakeside Growers Association stated, “…”", "Jo Perl, editor at large of The Lantern,
    a weekly catering to Dutch Americans, wrote, “…”": the body or people after "of"
    and "to" describe the person, who speaks. The person opens the sentence (after at
    most role words or an opening phrase set off by a comma). Not when a "who" follows
    the object ("Dana Prell, meanwhile, met with Omar Villet, who said “…”"): the object
    speaks in a clause of its own. `mention` is `mentions[k]`; the person is one of
    the names before it."""
    if not k:
        return None
    masked = para.masked
    if _WHO_NEXT.match(masked, mention.end):
        return None
    floor = para.sentence_start(mention.start)
    # Bisected to the sentence: a paragraph of thousands of quotes asks once per quote.
    first = bisect_left(mentions, floor, 0, k, key=mention_start)
    person = next((mentions[i] for i in range(first, k) if not mentions[i].modifier), None)
    if person is None or person.entity.kind != "person" or person.possessive or person.after_preposition:
        return None
    lead = masked[floor : person.start]
    if not (only_role_words(lead) or lead.rstrip().endswith(",")):
        return None
    gap = _APPOSITION_TO_OBJECT.fullmatch(masked, person.end, mention.start)
    if gap is None or _APPOSITION_CLAUSE.search(gap.group()):
        return None
    return person


# What joins two people's names in one subject: " and ", ", and ", ", " (in a list that
# ends on "and"), then at most a role before the next name ("and House Speaker ").
_JOINT_LINK = re.compile(r"(,\s+and\s+|\s+and\s+|,\s+)([^,;:.!?\x00]*)")
# A role ending on a preposition: the name after it is the role's object ("a friend of ").
_ROLE_OF_SOMEBODY = re.compile(r"\b(?:of|for|to|at|with|from|by|on|in|under|behind)\s*$")


def _role_link(words: str) -> bool:
    """Role words between two names of a joint subject ("and House Speaker "), not a role
    whose object the next name is: "Tom Rowe, a friend of Ann Lee and Sam Ivy, said" is
    Rowe's alone, "lawyer for Ann Lee" no second speaker."""
    return only_role_words(words) and _ROLE_OF_SOMEBODY.search(words) is None


def _joinable(mention: Mention, first: bool) -> bool:
    """A person's name that may stand in a joint subject: not an owner ("Villet's
    lawyer"), not qualifying the next name, and the first of the list no preposition's
    object (the name scan counts "and" as one: the later names are all "after" it)."""
    return (
        mention.entity.kind == "person"
        and not mention.possessive
        and not mention.modifier
        and not (first and mention.after_preposition)
    )


def joint_people(res: Resolver, p: int, mention: Mention) -> list[Mention]:
    """The people named together with `mention` as one subject, in order:

    "Dana Prell and Omar Villet said", "Prell, Villet and Quist wrote", "harbour chair
    Dana Prell and city treasurer Omar Villet, both independents, said": names of
    people joined by "and" (a list by commas that ends on "and"), each with at most
    role words before it, say the words together. Just [mention] when it stands alone,
    when a name in the list owns something ("Prell and Villet's lawyer") or is a
    preposition's object ("met with Prell and Villet")."""
    if not _joinable(mention, first=False):
        return [mention]
    para = res.paras[p]
    mentions, masked = para.mentions, para.masked
    k = _mention_index(mentions, mention)
    if k < 0:
        return [mention]
    lo = hi = k
    links: list[str] = []
    while lo > 0:
        link = _JOINT_LINK.fullmatch(masked, mentions[lo - 1].end, mentions[lo].start)
        if link is None or not _joinable(mentions[lo - 1], first=False) or not _role_link(link.group(2)):
            break
        links.insert(0, link.group(1))
        lo -= 1
    if not _joinable(mentions[lo], first=True):
        return [mention]  # "met with Prell and Villet": objects, whoever speaks
    while hi + 1 < len(mentions):
        link = _JOINT_LINK.fullmatch(masked, mentions[hi].end, mentions[hi + 1].start)
        if link is None or not _role_link(link.group(2)):
            break
        if not _joinable(mentions[hi + 1], first=False):
            if mentions[hi + 1].possessive:
                return [mention]  # "Prell and Villet's lawyer said": the lawyer speaks
            break
        links.append(link.group(1))
        hi += 1
    group = mentions[lo : hi + 1]
    if not _a_list(links) or len({id(m.entity) for m in group}) < len(group):
        return [mention]  # "… support Tom Rowe, and Rowe replied": one person, two clauses
    # The name the caller read as the subject vouches for itself; a name before it must
    # open the clause ("The board thanked Prell and Villet said …": an object).
    return group if group[0] is mention or _opens_subject(para, group[0]) else [mention]


def _a_list(links: list[str]) -> bool:
    """Whether the links make a list of names that ends on "and": commas alone set off
    appositions, and ", and" between two names joins two clauses ("… Tom Rowe, and Ann
    Lee replied"), not a pair (three or more: "Prell, Villet, and Quist")."""
    if not links or "and" not in links[-1]:
        return False
    return len(links) > 1 or not links[0].startswith(",")


# Where the clause holding a name starts: a comma, semicolon, colon, dash or quote.
_CLAUSE_MARK = re.compile(r"[,;:—–\x00]|--")


def _opens_subject(para: Para, first: Mention) -> bool:
    """Whether the first name of a list opens its clause, after at most role words or
    a speech verb ("“…,” said Prell and Villet"): "Dee criticised Prell and Villet said
    …" holds an object, no joint subject."""
    masked = para.masked
    floor = para.sentence_start(first.start)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(masked, floor, first.start)]
    lead = masked[marks[-1] if marks else floor : first.start]
    words = lead.split()
    return only_role_words(lead) or (bool(words) and words[-1].lower() in SPEECH_VERBS)


def joint_name(group: list[Mention]) -> str:
    """ "Dana Prell and Omar Villet", "Dana Prell, Omar Villet and Sara Quist"."""
    names = [m.entity.name for m in group]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# An outlet's report verb right after its name: " reported", " wrote", " reports".
_OUTLET_REPORTED = re.compile(r"(?:’s|'s)?\s+(?:(?:first|later|also)\s+)?(?:reported|reports|wrote|writes|noted)\b")


# A verb naming something in the active voice: "called it", "labelled the plan" (not "was called").
_ACTIVE_NAMING = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )"
    r"\b(?:calls?|called|calling|dubs?|dubbed|terms?|termed|describe[sd]?|describing|brand(?:s|ed)|label(?:s|l?ed))\b"
)


def _quoted_in_report(q: _Quoted, subj: Subject) -> tuple[Speaker, str] | None:
    """'Mayor Dana Prell called the plan “a mess,” the Harbour Gazette reported': a partial
    quote inside a sentence with a named speaker of its own, which an outlet (no person)
    reports after it, is that speaker's; the outlet only carried the words. Without a
    named speaker in the sentence ("Officials called it “…,” the Gazette reported"), or
    with no verb of saying or naming there ("Dana Prell was branded “…”", "Prell won
    “…”": a person the sentence is about) the outlet stays the source."""
    b = q.before
    mention = subj.mention
    if subj.kind != "name" or mention is None or mention.entity.kind == "person":
        return None
    if _OUTLET_REPORTED.match(b.para.masked, mention.end) is None:
        return None
    if not b.stripped or b.stripped.endswith((":", ",", "—", "–")):
        return None  # a whole quote the outlet's sentence introduces, or none before it
    if not b.verbs and not _ACTIVE_NAMING.search(b.head):
        # "Dana Prell was branded “…”", "Prell won “…”": the sentence is about somebody who
        # says or names nothing in it; the words are the outlet's.
        return None
    found = _first(IN_SENTENCE, q)
    if found is None or found[0][0] is None or found[0][1] is mention.entity:
        return None
    return found


def _joint_speaker(res: Resolver, p: int, subj: Subject, speaker: str | None) -> str | None:
    """The speaker a name subject resolved to, or all the people named with it as one
    subject ("Dana Prell and Omar Villet said": see `joint_people`); a person's role
    joined to the names counts as the person it refers to (`_role_joined_before`,
    `_names_joined_before`)."""
    if subj.kind == "desc":
        people = _names_joined_before(res, p, subj)
        if people is None:
            return speaker
        names = [m.entity.name for m in people]
        if speaker is None:
            # "Ann Toll and the harbour master said": a role the article gave nobody; the
            # named people speak alone, as `_role_joined_before` has them in the other order.
            return _listed(names)
        return _listed(names + [speaker]) if speaker not in names else speaker
    if subj.kind != "name" or subj.mention is None or speaker != subj.mention.entity.name:
        return speaker
    group = joint_people(res, p, subj.mention)
    names = [m.entity.name for m in group]
    role = _role_joined_before(res, p, group[0], [m.entity for m in group])
    if role is not None and role not in names:
        names.insert(0, role)
    return _listed(names) if len(names) > 1 else speaker


def _listed(names: list[str]) -> str:
    """ "Dana Prell and Omar Villet", "Dana Prell, Omar Villet and Sara Quist"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# "the mayor and " (and role words: "the mayor and harbour master ") right before a name:
# a person's role, joined to the name as one subject.
_ROLE_AND = re.compile(r"(?<![\w’'-])([Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+and\s+([^,;:.!?\x00]*)$")
# " and the mayor" right after a name.
_AND_ROLE = re.compile(r"\s+and\s+$")


def _role_joined_before(res: Resolver, p: int, first: Mention, named: list[Entity]) -> str | None:
    """The person a role joined by "and" to the names of a subject refers to: "“…,” the
    mayor and Ann Toll said", "The mayor and harbour master Ann Toll said: “…”" give the
    mayor the article named ("Dana Prell and Ann Toll"). The role must open its clause (as
    the first name of a joint subject must: "The board thanked the mayor and Toll said …"
    holds an object) and refer to a person by a role noun; a role the article never
    gave anybody names nobody, and the named people speak alone, as before."""
    para = res.paras[p]
    floor = max(para.sentence_start(first.start), first.start - 80)
    found = _ROLE_AND.search(para.masked, floor, first.start)
    if found is None or found.group(2) not in PERSON_NOUNS or not _role_link(found.group(3)):
        return None
    start = found.start(1)
    if not _clause_opens_at(para, start):
        return None
    name, entity = res.resolve(p, Subject("desc", start, found.end(1), found.group(1)))
    if entity is not None and any(entity is e for e in named):
        # "Mayor Tom Crane … Ann Toll, a former mayor … the mayor and Ann Toll said": the
        # role joined to a name is somebody else, the latest other holder of the role.
        entity = res.person_besides(p, start, found.group(1), named)
        name = entity.name if entity is not None else None
    return name if entity is not None and entity.kind == "person" else None


def _names_joined_before(res: Resolver, p: int, subj: Subject) -> list[Mention] | None:
    """The people named before a role subject and joined to it by "and": "“…,” Ann Toll
    and the mayor said" is said by Toll and the mayor (the person the role refers to),
    the names opening the clause as a joint subject's must; None when no name is joined."""
    para = res.paras[p]
    last = next(
        (m for m in reversed(list(_mentions_in(para, max(0, subj.start - 80), subj.start))) if m.end <= subj.start),
        None,
    )
    if last is None or _AND_ROLE.fullmatch(para.masked, last.end, subj.start) is None:
        return None
    if not _joinable(last, first=False):
        return None
    group = joint_people(res, p, last)
    if group[-1] is not last or not _joinable(group[0], first=True) or not _clause_opens_at(para, group[0].start):
        return None
    return group


def _clause_opens_at(para: Para, start: int) -> bool:
    """Whether the words at `start` open their clause, after at most role words or a
    speech verb ("“…,” said the mayor and …")."""
    masked = para.masked
    floor = para.sentence_start(start)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(masked, floor, start)]
    lead = masked[marks[-1] if marks else floor : start]
    words = lead.split()
    return only_role_words(lead) or (bool(words) and words[-1].lower() in SPEECH_VERBS)


def attribute(res: Resolver, span: Span, long_ends: dict[int, list[int]]) -> Attribution:
    """Who the quote is attributed to, and how (after it, before it, in its sentence).

    `long_ends` holds, per paragraph, where earlier quotes close: one cuts the head
    of the next quote's sentence.
    """
    out = Attribution()
    q = _Quoted(res, span, _after_context(res, span), _before_context(res, span, long_ends))
    a, b = q.after, q.before
    if a is not None:
        after = _first(AFTER_QUOTE, q)
        if after is not None:
            subj = _person_for_body(res, a.p, after[0])
            # A pronoun or description after the quote refers back from where the quote began.
            out.speaker, out.entity = res.resolve(a.p, subj, span.open_at, span.para)
            out.speaker = _joint_speaker(res, a.p, subj, out.speaker)
            out.how = f"after:{after[1]}:{subj.kind}"
            other = _not_the_one_described(res, span, subj, out.entity)
            if other is not None:
                out.speaker, out.entity = other.name, other
                out.how += ":described"
            other = _not_the_one_titled(res, span, subj, out.entity)
            if other is not None:
                out.speaker, out.entity = other.name, other
                out.how += ":titled"
            quoted = _quoted_in_report(q, subj)
            if quoted is not None:
                out.speaker, out.entity = quoted[0]
                out.how = f"sentence:{quoted[1]}:reported"
            out.found = out.tail = True
        if _speech_index(res, a.p).any(a.close, a.para.sentence_end(a.close)):
            out.speech_in_sentence = True
    introduces = b.stripped.endswith((":", ",", "—", "–")) or not b.stripped
    if b.speech or _head_matches(res, b.p, b.floor, b.head, _ACCUSATION):
        # "his comments" still marks talk about speech; so does an accusation against a
        # named person ("One of them accused Dorn of …"): the charge quoted is somebody's words.
        out.speech_in_sentence = True
    # A quote closed on . ? ! after "X said:" / "X remarked," belongs to X, whatever follows it.
    ends_sentence = span.last_char in (".", "?", "!", "…")
    # "Trump claimed that “…,” one of the prosecutors said …": an unnamed source
    # after the quote does not outrank a named one reporting it before.
    unnamed_tail = out.found and out.speaker is None and bool(b.verbs)
    if not out.found or (ends_sentence and b.stripped.endswith((":", ","))) or unnamed_tail:
        before = _first(BEFORE_QUOTE, q)
        if before is not None:
            subj = _person_for_body(res, b.p, before[0])
            out.speaker, out.entity = res.resolve(b.p, subj)
            out.speaker = _joint_speaker(res, b.p, subj, out.speaker)
            out.how = f"before:{before[1]}:{subj.kind}"
            out.found = True
            out.head = introduces and b.stripped != ""
    out.embedded = not introduces
    if not out.found and out.embedded:
        in_sentence = _first(IN_SENTENCE, q)
        if in_sentence is not None:
            out.speaker, out.entity = in_sentence[0]
            out.how = f"sentence:{in_sentence[1]}"
            out.found = in_sentence[0][0] is not None
        out.topic = q.topic
    if not out.found:
        following = _first(NEXT_PARAGRAPH, q)
        if following is not None:
            out.speaker, out.entity = following[0]
            out.how = f"next:{following[1]}"
            out.found = True
    return out
