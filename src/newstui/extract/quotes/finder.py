"""find_quotes: which spans are quotes, and their speakers after attribution and inheritance."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Literal

from newstui.extract.budget import check
from newstui.extract.names import Entity
from newstui.extract.quotes.attribution import Attribution, attribute
from newstui.extract.quotes.reading import Event
from newstui.extract.quotes.resolver import Resolver
from newstui.extract.quotes.spans import Span, find_spans, read_marks, read_marks_origins
from newstui.extract.quotes.vocabulary import (
    FIRST_PERSON,
    FULL_STOP_ABBREV,
    MASK,
    NAMING,
    NOT_SPEAKERS,
    SPEECH,
    TURN,
    TURN_TITLES,
    UNNAMED_TURNS,
    WORDS,
)
from newstui.model import Quote
from newstui.text import strip_control

# A question's or an answer's label alone before a quote opening its paragraph: "Q: ",
# "A. ", "Question: ", "Answer – ".
_QA_LABEL = re.compile(r"\s*(Q|A|Question|Answer)\s*(?:[:.]|[–—-]\s)\s*")


def _named_after(attr: Attribution) -> bool:
    """Whether the attribution after a quote names its speaker: 'Q: “Why now?” asked Tom
    Hale of the Star' is Hale's, whatever its label says."""
    how = attr.how or ""
    return attr.found and how.startswith("after:") and how.endswith(":name")


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
    return _find_quotes(paragraphs, headline, [], None)


def traced_quotes(paragraphs: list[str], *, headline: str | None = None) -> list[tuple[Quote, str]]:
    """`find_quotes` with, per quote, the mechanism that named its speaker (an
    attribution's strategy, "continue:…", "turn", "opening" …): for measuring the
    mechanisms (bench/speaker_mechanisms.py); not part of the public API."""
    hows: list[str] = []
    quotes = _find_quotes(paragraphs, headline, hows, None)
    return list(zip(quotes, hows, strict=True))


Choice = tuple[list[list[float]], list[Entity], Entity | None]
"""A he/she's candidates' features, the candidates, and the rules' choice."""


def traced_choices(paragraphs: list[str], *, headline: str | None = None) -> list[tuple[Quote, str, Choice | None]]:
    """`traced_quotes` with, per quote whose attribution resolved a he/she among
    candidates, the first such choice made (for fitting a scored choice,
    bench/speaker_fit.py); not part of the public API."""
    hows: list[str] = []
    choices: list[Choice | None] = []
    quotes = _find_quotes(paragraphs, headline, hows, choices)
    return list(zip(quotes, hows, choices, strict=True))


def _find_quotes(
    paragraphs: list[str], headline: str | None, hows: list[str], choices: list[Choice | None] | None
) -> list[Quote]:
    """`find_quotes`, recording in `hows` per quote the mechanism that named its speaker,
    and in `choices` (when a list) the he/she choice its attribution made."""
    printed = [p if isinstance(p, str) else "" for p in paragraphs]
    paragraphs = [read_marks(p.replace(MASK, " ")) for p in printed]
    plain = [len(p) == len(r) and MASK not in p for p, r in zip(printed, paragraphs, strict=True)]
    """Per paragraph: read one character for one, its words as printed (read once: a
    paragraph of thousands of quotes asked per quote cost a scan of it each time)."""
    origins: dict[int, list[int]] = {}
    """Per paragraph read otherwise than one character for one, where its read characters
    come from (`_printed_parts`)."""
    spans, masks = find_spans(paragraphs)
    if not spans:
        return []  # no quote marks: no names to scan
    res = Resolver(paragraphs, masks, headline)
    # Spans long enough to be speech cut the head of the next one in their paragraph.
    long_ends: dict[int, list[int]] = {}
    for span in spans:
        if span.close_end is None:
            continue
        joined = " ".join(span.parts)
        if WORDS.search(joined) is not None:  # any word at all
            if _is_quoted_title(joined):
                # 'Scott told “Morning Live” host Jo Marsh, “…”': a quoted programme or
                # book title is a name inside the sentence, not speech that ends its head.
                continue
            long_ends.setdefault(span.close_para, []).append(span.close_end)
    quotes: list[Quote] = []
    entities: list[Entity | None] = []
    unattributed: list[int] = []
    """Quotes opening their paragraph with no attribution at all (not even an unnamed source)."""
    openers: list[int] = []
    """Quotes opening their paragraph with no attribution of their own (continued or not)."""
    inherited: list[int] = []
    """Quotes with no attribution of their own (a speaker inherited, or none)."""
    attributed: list[bool] = []
    """Per quote: whether it has a speaker."""
    tails: list[bool] = []
    """Per quote: whether an attribution after it names its speaker."""
    sentences: list[int] = []
    """Per quote: the sentence (global index) it opens in."""
    seen: dict[str, int] = {}
    folds: list[str] = []
    """Per quote: its words folded (`_fold`), read once for `seen` and `_quoted_again`."""
    last: tuple[int, int, str | None, Entity | None, bool] | None = None
    """The latest kept quote: its closing paragraph and offset, speaker and entity, and
    whether an attribution after it named its speaker (or an unnamed source)."""
    for span in spans:
        check()  # the page's CPU budget (extract_article's deadline; none when called alone)
        text = _clean(" ".join(part.strip() for part in span.parts))
        if not text:
            continue
        if span.close_end is None and paragraphs[span.para][span.open_at : span.open_at + 1] == "»":
            continue  # a » that never closes: an arrow before links' words ('»Harbour plan approved')
        if choices is not None:
            res.choice_log = []
        attr = attribute(res, span, long_ends)
        choice = res.choice_log[0] if res.choice_log else None
        para = res.paras[span.para]
        # Only the head's end is read (`_HEAD_READ`): no copy of a long sentence per quote.
        head_from = max(para.sentence_start(span.open_at), span.open_at - _HEAD_READ)
        if not _is_quote(text, span, para.masked[head_from : span.open_at], attr):
            continue
        speaker, entity = attr.speaker, attr.entity
        how = attr.how or "none"
        texted = False
        turn = TURN.match(text)
        tag = turn.group(1).strip(" .") if turn else ""
        if turn and tag in UNNAMED_TURNS:
            speaker, entity = None, None  # "VIDEO: …", "UNIDENTIFIED MALE: …": nobody named speaks
            how = "turn:unnamed"
        elif (qa := _QA_LABEL.fullmatch(para.masked, 0, span.open_at)) is not None and not _named_after(attr):
            # An interview printed as turns: 'Q: “Where did the idea come from?”' is the
            # interviewer's (nobody named); 'A: “From my grandmother's kitchen.”' the
            # person interviewed, whom the article is about.
            entity = res.interviewee(span.para) if qa.group(1)[0] == "A" else None
            speaker = entity.name if entity is not None else None
            how = "turn:answer" if qa.group(1)[0] == "A" else "turn:question"
        elif turn and tag not in NOT_SPEAKERS:
            # An interview transcript's turn: "WALLACE: …" → the person of that name.
            label = _turn_label(turn.group(1))
            entity = res.registry.lookup(label)
            speaker = entity.name if entity is not None else label
            how = "turn"
        elif (
            not attr.found
            and last is not None
            and last[0] == span.para
            and (attr.embedded or last[4])
            and para.sentence_of(last[1]) == para.sentence_of(span.open_at)
        ):
            # The sentence's earlier quote speaks this one too: a later partial quote
            # ('Hicks said Trump "has a long history …" and has "made contributions …"'),
            # or a quote resuming after the attribution that interrupts it ('“…,” a former
            # engineer at Acme said, “so the plan …”'), named or not; the names inside
            # the attribution do not speak.
            speaker, entity = last[2], last[3]
            how = "same-sentence"
        elif (
            not attr.found
            and attr.embedded
            and span.close_end is not None
            and (trailing := res.trailing_report(span.para, span.open_at, span.close_end)) is not None
        ):
            # 'The ship “tried to block the path” of the patrol boat, which was on a routine
            # patrol, the bureau said.': a partial quote inside a sentence whose reporting
            # clause comes at its end is the speaker of that clause.
            speaker, entity = trailing.speaker, trailing.entity
            how = "trailing-report"
        elif not attr.found and attr.topic and last is not None and last[0] == span.para:
            # '“…,” Obama said. Abbas “has put aside efforts …”': words about the person
            # right before the marks, in a paragraph quoting somebody: that somebody's.
            speaker, entity = last[2], last[3]
            how = "topic"
        elif not attr.found and (not attr.embedded or FIRST_PERSON.search(text)):
            # A quote standing at a sentence start continues the latest speaker,
            # or the person the text turned to since. So does a partial quote in
            # the first person with nobody named in its sentence ('The price is
            # “as low as I’ve ever seen.”').
            if choices is not None:
                res.carry_log = []
            speaker, entity = res.continuing_speaker(span.para, span.open_at)
            if res.carry_log:
                choice = res.carry_log[0]
            how = "continue:" + res.continued_how
            if speaker is not None and _speaks_of(text, speaker):
                # '“I seriously doubt that Trump has ever read a book”': first-person words
                # naming the carried speaker in the third person are somebody else's: the
                # one quoted last, when the quote does not name them too ('“…,” Roe said.
                # Dee said Roe was wrong. “It shocked me when Dee said so.”').
                speaker, entity = None, None
                if quotes and quotes[-1].speaker is not None and not _speaks_of(text, quotes[-1].speaker):
                    speaker, entity = quotes[-1].speaker, entities[-1]
                how += ":speaks-of"
            # A quote its own sentence gives to a text ("“…,” the email began.") stands
            # for a speech event of nobody named: the next quote goes on with the text.
            texted = speaker is None and res.given_to_text(span.para, span.open_at)
            if _opens_paragraph(para.masked, span.open_at):
                carried = speaker
                speaker, entity = _answer_in_exchange(quotes, entities, span.para, speaker, entity)
                speaker, entity = _question_in_exchange(quotes, entities, text, span.para, speaker, entity)
                if speaker != carried:
                    how = "exchange"
        if (
            last is not None
            and not attr.tail
            and last[0] == span.para
            and _DASHED_ASIDE.fullmatch(para.masked, last[1] + 1, span.open_at)
            and not SPEECH.search(para.masked, last[1] + 1, span.open_at)
        ):
            # '“… Pasek and Paul” – the duo behind Dear Evan Hansen – “and then I’d …”':
            # a quote resuming after a dashed aside goes on with its speaker; the people
            # the aside names do not speak.
            speaker, entity = last[2], last[3]
            how = "dashed-aside"
        if (
            attr.embedded
            and entity is not None
            and not (attr.tail or attr.head or attr.speech_in_sentence)
            and FIRST_PERSON.search(text)
            and _third_person_before(res, span, entity)
        ):
            # 'Heidnik drove her home, where he “grabbed me by the neck.”': first-person
            # words continuing a sentence about the speaker found, in the third person,
            # with no speech verb: somebody else's account of what that person did.
            speaker, entity = None, None
            how += ":third-person"
        if speaker is not None and _addressed(text, speaker):
            speaker, entity = _other_party(res, span, quotes, entities, speaker)
            how = "addressed"
        if attr.tail and span.close_end is not None:
            # '“…,” Jo Dee, director of Dee Tools & Security told us.': the speech-clause
            # scan read that verb on its own ("Security … told"); the quote's attribution
            # settled who speaks with it, so a quote continuing it goes on with that.
            closing = res.paras[span.close_para]
            res.drop_event(span.close_para, span.close_end, closing.sentence_end(span.close_end))
        if speaker or attr.found or texted:
            # An unnamed source ("one resident said") is an event too: it stops
            # the next quote inheriting an older speaker.
            res.add_event(Event(span.para, span.open_at, speaker, entity), quoted=True)
        key = _fold(text)
        if key in seen:
            # The same words again (a pull quote repeating the body): keep one, with a speaker.
            k = seen[key]
            if quotes[k].speaker is None and speaker:
                quotes[k] = Quote(text=quotes[k].text, speaker=speaker, section=0, paragraph=quotes[k].paragraph)
            continue
        seen[key] = len(quotes)
        if not attr.found and _opens_paragraph(para.masked, span.open_at):
            openers.append(len(quotes))
            if speaker is None:
                unattributed.append(len(quotes))
        if not attr.found:
            inherited.append(len(quotes))
        attributed.append(speaker is not None)
        tails.append(attr.tail and speaker is not None)
        sentences.append(para.sentence_of(span.open_at))
        shown = _clean(" ".join(part.strip() for part in _printed_parts(span, printed, paragraphs, origins, plain)))
        quotes.append(Quote(text=shown or text, speaker=speaker, section=0, paragraph=span.para))
        hows.append(how)
        if choices is not None:
            choices.append(choice)
        folds.append(key)
        entities.append(entity)
        if span.close_end is not None:
            last = (span.close_para, span.close_end - 1, speaker, entity, attr.tail)
    if openers:
        before = [q.speaker for q in quotes]
        _opening_quotes(res, quotes, entities, unattributed, openers)
        _note_changed(quotes, before, hows, "opening")
    if inherited:
        before = [q.speaker for q in quotes]
        _quoted_again(quotes, folds, inherited, attributed)
        _note_changed(quotes, before, hows, "quoted-again")
        before = [q.speaker for q in quotes]
        _named_after_in_paragraph(quotes, inherited, tails, sentences)
        _note_changed(quotes, before, hows, "named-after")
    return quotes


# Any character but a space: the paragraph's text before a quote holds something.
_NON_SPACE = re.compile(r"\S")


def _opens_paragraph(masked: str, pos: int) -> bool:
    """Whether only spaces stand before `pos` in the paragraph: read up to its first
    other character, no copy of the text before (a paragraph made only of quotes asked
    per quote copied itself each time)."""
    return _NON_SPACE.search(masked, 0, pos) is None


def _printed_parts(
    span: Span, printed: list[str], read: list[str], origins: dict[int, list[int]], plain: list[bool]
) -> list[str]:
    """The span's parts as the page printed them (`_as_printed`): the scan read `read`
    (`read_marks`: a reference decoded, two apostrophes one mark, a NUL a space), which
    decides where the span starts and ends, but its words are the reader's, findable in
    the article as it is shown (an apostrophe left as &#39; stays so). Each part is found
    in its paragraph from where the one before ended (the first right after the opening
    mark). `plain`: per paragraph, whether it was read one character for one."""
    parts: list[str] = []
    q, at = span.para, span.open_at
    for k, part in enumerate(span.parts):
        found = -1
        while q < len(read):
            text = read[q]
            if k == 0 and text.startswith(part, at + 1):
                found = at + 1
            elif k == 0 and text.startswith(part, at + 2):
                found = at + 2  # an opening mark typed twice
            else:
                found = text.find(part, at)
            if found >= 0:
                break
            q, at = q + 1, 0
        if found < 0:
            return span.parts  # not where the scan left it: the read words, as found
        end = found + len(part)
        if plain[q]:
            parts.append(part)  # read one character for one: at most a look-alike mark made plain
        else:
            if q not in origins:
                origins[q] = _origins(printed[q], read[q])
            parts.append(_as_printed(printed[q], read[q], origins[q], found, end))
        at = end
    return parts


def _origins(printed: str, read: str) -> list[int]:
    """Where each character of the read paragraph comes from in the printed one
    (`read_marks_origins`, read once per paragraph)."""
    if len(printed) == len(read):
        return list(range(len(read) + 1))
    return read_marks_origins(printed.replace(MASK, " "))  # as the scan read it


def _as_printed(printed: str, read: str, origins: list[int], start: int, end: int) -> str:
    """`read[start:end]` with each character that stands for more than one printed one
    (an HTML reference, two apostrophes) or for a NUL put back as printed; a look-alike
    mark read one for one stays read (″…″ as "…": the pane matches either)."""
    out: list[str] = []
    for i in range(start, end):
        source = printed[origins[i] : origins[i + 1]]
        out.append(read[i] if len(source) == 1 and source != MASK else source)
    return "".join(out)


def _note_changed(quotes: list[Quote], before: list[str | None], hows: list[str], how: str) -> None:
    """Record `how` for the quotes whose speaker a pass over the article changed."""
    for k, q in enumerate(quotes):
        if q.speaker != before[k]:
            hows[k] = how


# A he/she or a name right before a partial quote's marks: the quoted verb's subject.
_SUBJECT_BEFORE_MARKS = re.compile(r"\b(?:(?P<pronoun>he|she)|(?P<name>[A-Z][\w’'-]+))\s+(?:had\s+|would\s+|then\s+)?$")


def _third_person_before(res: Resolver, span: Span, entity: Entity) -> bool:
    """Whether a partial quote's subject right before its marks ('where he “grabbed me”',
    'Dee “told me to run”') is `entity` in the third person: then the first-person words
    inside the marks are not `entity`'s own."""
    para = res.paras[span.para]
    start = para.sentence_start(span.open_at)
    m = _SUBJECT_BEFORE_MARKS.search(para.masked, max(start, span.open_at - 40), span.open_at)
    if m is None:
        return False
    if m.group("pronoun"):
        gender: Literal["m", "f"] = "m" if m.group("pronoun") == "he" else "f"
        return res.antecedent(span.para, m.start(), gender) is entity
    mention = res.mention_starting(span.para, m.start("name"))
    return mention is not None and mention.entity is entity


def _speaks_of(text: str, speaker: str) -> bool:
    """Whether first-person words name `speaker` by surname in the third person: a
    subject of a verb ("that Trump has ever read"), not a vocative nor a possessive."""
    surname = speaker.split()[-1]
    if len(surname) < 3 or not surname[0].isupper() or not FIRST_PERSON.search(text):
        return False
    return any(m.group(1) == surname for m in _NAME_AS_SUBJECT.finditer(text))


# A capitalised word as the subject of a verb after it (one pattern for every name: a
# pattern per speaker would fill the regex cache).
_NAME_AS_SUBJECT = re.compile(
    r"\b([A-Z][\w’'-]+)\s+(?:has|had|is|was|will|would|did|does|never|always|said|says|told|tells)\b"
)


# Between two quotes: a dash, words with no speech verb nor quote, a dash.
_DASHED_ASIDE = re.compile(r"\s*(?:--|[—–])(?:(?!--)[^—–\x00])+(?:--|[—–])\s*")


_ADDRESS_TITLES = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam|Mister|Doctor|Professor|Prof|Justice|Judge|Senator|Sen|"
    r"General|Gen|President|Coach|Officer|Captain|Capt|Minister|Chairman|Chairwoman)\.?\s+)?"
)


# The word a quote addresses, compiled once (one pattern per speaker's name filled the
# regex cache and cost most of find_quotes' time): after a comma and before a stop, or
# opening a sentence before a comma and a lower-case word.
_VOCATIVE_AFTER_COMMA = re.compile(r"(?:^|,)\s*" + _ADDRESS_TITLES + r"(\w[\w’'-]*)(?=\s*(?:[,.!?;…]|$))")
_VOCATIVE_OPENING = re.compile(r"(?:^|[.!?]\s+)" + _ADDRESS_TITLES + r"(\w[\w’'-]*),\s+[a-z]")


# A name right after these is an object, not who speaks ("told Jo", "with Jo").
_OBJECT_BEFORE = re.compile(r"\b(?:to|of|with|for|by|from|about|at|on|in|told|asked|thanked|him|her)\s+$")


def _addressed(text: str, speaker: str) -> bool:
    """Whether the quote speaks to `speaker` by name, as a vocative: after a comma and
    before a stop ("We heard you, Larry." , "No, Justice Alito,"), or opening a sentence
    before a comma and a lower-case word ("Larry, we heard you."). A name said that way
    is the listener's; a speaker's own name in the words is never addressed to them."""
    parts = {w for w in speaker.split() if len(w) > 1 and w[0].isupper() and not w.endswith(".")}
    if not any(w in text for w in parts):
        return False  # no part of the name in the words at all: nothing to match (most quotes)
    said = (m.group(1) for pattern in (_VOCATIVE_AFTER_COMMA, _VOCATIVE_OPENING) for m in pattern.finditer(text))
    return any(word in parts for word in said)


def _other_party(
    res: Resolver, span: Span, quotes: list[Quote], entities: list[Entity | None], addressed: str
) -> tuple[str | None, Entity | None]:
    """Who speaks to the person a quote addresses by name: the latest other person
    named as a subject in the quote's sentence before it ("Schmidt would cut him off,
    saying, “Thanks, Larry.”"), else the other side of the exchange (the latest other
    speaker within the three paragraphs before), else nobody known."""
    para = res.paras[span.para]
    start = para.sentence_start(span.open_at)
    found: tuple[str | None, Entity | None] | None = None
    for mention in para.mentions:
        e = mention.entity
        if not start <= mention.start < span.open_at or e.kind != "person" or e.name == addressed:
            continue
        if mention.possessive or mention.modifier or _OBJECT_BEFORE.search(para.masked, 0, mention.start):
            continue
        found = (e.name, e)
    if found is not None:
        return found
    return _other_speaker_before(quotes, entities, span.para, addressed) or (None, None)


def _answer_in_exchange(
    quotes: list[Quote], entities: list[Entity | None], p: int, speaker: str | None, entity: Entity | None
) -> tuple[str | None, Entity | None]:
    """A dialogue: a paragraph that is only a quote, right after a paragraph whose last
    quote is a question, in an exchange between two people (“…,” B said. / “…? ”
    A asked. / “…”) is the other side's answer, not the questioner going on: the
    latest other speaker quoted within the three paragraphs before."""
    if not quotes or speaker is None or quotes[-1].speaker != speaker:
        return speaker, entity
    question = quotes[-1]
    if question.paragraph != p - 1 or not question.text.rstrip(" ”’\"'").endswith("?"):
        return speaker, entity
    return _other_speaker_before(quotes, entities, p, speaker) or (speaker, entity)


def _question_in_exchange(
    quotes: list[Quote], entities: list[Entity | None], text: str, p: int, speaker: str | None, entity: Entity | None
) -> tuple[str | None, Entity | None]:
    """A dialogue the other way round: a paragraph that is only a question, right after an
    answer that followed somebody else's question (“…?” A asked. / “…,” B replied. /
    “…?”) is the questioner asking again, not the one who answered."""
    if len(quotes) < 2 or speaker is None or not _is_question(text):
        return speaker, entity
    question, answer = quotes[-2], quotes[-1]
    if answer.speaker != speaker or answer.paragraph != p - 1 or _is_question(answer.text):
        return speaker, entity
    if question.paragraph != p - 2 or question.speaker in (None, speaker) or not _is_question(question.text):
        return speaker, entity
    return question.speaker, entities[-2]


def _is_question(text: str) -> bool:
    return text.rstrip(" ”’\"'").endswith("?")


def _other_speaker_before(
    quotes: list[Quote], entities: list[Entity | None], p: int, speaker: str
) -> tuple[str, Entity | None] | None:
    """The other side of an exchange: the latest quote's speaker, not `speaker`, within
    the three paragraphs before paragraph `p`; None when there is none."""
    for k in range(len(quotes) - 1, -1, -1):
        if quotes[k].paragraph < p - 3:
            break
        other = quotes[k].speaker
        if other is not None and other != speaker:
            return other, entities[k]
    return None


def _quoted_again(quotes: list[Quote], folds: list[str], inherited: list[int], attributed: list[bool]) -> None:
    """A quote with no attribution of its own whose words (six or more) come again
    inside a later quote with a speaker (a pull quote, or a lede quoting ahead of
    its source: “We ran out of fuel.” … “…: We ran out of fuel,” Dr Dee said) is
    that speaker's, whoever the text spoke of in between. `folds` are the quotes' words
    folded (`_fold`), as the finder read them.

    In linear work: the later quotes holding a quote's words hold its first six words in
    a row, so each quote with a speaker is read once for the runs of six words that open
    a quote asked about (`_later_holders`), and only those holders are tried, nearest
    first (each quote compared with every later one made an article of thousands of
    quotes cost millions of comparisons)."""
    folded = [f" {fold} " for fold in folds]
    asked = {k: tuple(folds[k].split()[:_HELD_WORDS]) for k in inherited}
    asked = {k: key for k, key in asked.items() if len(key) == _HELD_WORDS}
    if not asked:
        return
    holders = _later_holders(folds, attributed, set(asked.values()))
    for k, key in asked.items():
        found = holders.get(key, [])
        later = None
        first = bisect_right(found, k)
        for j in found[first : first + _MOST_HOLDERS]:  # a slice of the few, not a copy of the tail
            if folded[k] in folded[j]:
                later = j
                break
        if later is not None and quotes[later].speaker != quotes[k].speaker:
            q = quotes[k]
            quotes[k] = Quote(text=q.text, speaker=quotes[later].speaker, section=0, paragraph=q.paragraph)


_HELD_WORDS = 6
"""Words a quote needs for `_quoted_again` to look for it inside a later one."""
_MOST_HOLDERS = 16
"""Later quotes opening the same six words that `_quoted_again` tries per quote: more,
none holding the whole, is a page repeating a formula, not prose quoting itself again."""


def _later_holders(
    folds: list[str], attributed: list[bool], keys: set[tuple[str, ...]]
) -> dict[tuple[str, ...], list[int]]:
    """Per run of six words in `keys`, the quotes with a speaker (`attributed`) holding
    it, in order: each quote's words read once."""
    holders: dict[tuple[str, ...], list[int]] = {}
    for j, fold in enumerate(folds):
        if not attributed[j]:
            continue
        words = fold.split()
        for i in range(len(words) - _HELD_WORDS + 1):
            key = tuple(words[i : i + _HELD_WORDS])
            if key in keys:
                found = holders.setdefault(key, [])
                if not found or found[-1] != j:
                    found.append(j)
    return holders


def _named_after_in_paragraph(
    quotes: list[Quote], inherited: list[int], tails: list[bool], sentences: list[int]
) -> None:
    """A partial quote nobody is named for, followed in its paragraph by a quote whose
    attribution closes the run ('The policy “is as likely to hurt as help.” Ending it
    “would tell the market to take risks,” Dee said.'): news prose names the speaker
    once, after the last of the quotes, so the earlier ones are that speaker's too. So
    is the first of a list of partial quotes in one sentence ('a star who “bragged …,”
    “made no secret …” and “called himself …”') whose later items carry a speaker
    on: the items of one list are one speaker's."""
    carried = set(inherited)
    for k in inherited:
        if quotes[k].speaker is not None:
            continue
        j = k + 1
        if j >= len(quotes) or quotes[j].paragraph != quotes[k].paragraph:
            continue
        if tails[j] or (j in carried and quotes[j].speaker is not None and sentences[j] == sentences[k]):
            q = quotes[k]
            quotes[k] = Quote(text=q.text, speaker=quotes[j].speaker, section=0, paragraph=q.paragraph)


def _opening_quotes(
    res: Resolver, quotes: list[Quote], entities: list[Entity | None], unattributed: list[int], openers: list[int]
) -> None:
    """A feature opening on a quote before anybody is named (a pull quote, an epigraph
    opening its paragraph, unattributed): the words are the person named first after
    it, when the article quotes that person later on (the interviewee a profile is
    about). When the feature says whose words it opened on ("the man telling the story
    is Jo Dee"), they are that person's, whoever they would have gone on with."""
    first: tuple[int, Entity] | None = None
    revealed = False
    for p, para in enumerate(res.paras[:6]):
        for mention in para.mentions:
            reveal = _REVEAL.search(para.masked, max(0, mention.start - 80), mention.start)
            if reveal is not None and mention.entity.kind == "person":
                # "… and the man telling the story is Jo Dee", "The voice belongs to Jo Dee":
                # the feature says whose words it opened on.
                first, revealed = (p, mention.entity), True
                break
        if first is not None:
            break
    for p, para in enumerate(res.paras):
        if first is not None:
            break
        for mention in para.mentions:
            if mention.entity.kind == "person" and not mention.modifier:
                first = (p, mention.entity)
                break
    if first is None or not any(e is first[1] for e in entities):
        return
    if not revealed and not (unattributed and quotes[unattributed[0]].speaker is None):
        return
    for k in openers if revealed else unattributed:
        if quotes[k].paragraph >= first[0]:
            break
        if quotes[k].speaker is None or revealed:
            quotes[k] = Quote(text=quotes[k].text, speaker=first[1].name, section=0, paragraph=quotes[k].paragraph)


# A feature naming whose words it opened on: "the man telling the story is", "The voice
# belongs to", "the woman speaking is".
_REVEAL = re.compile(
    r"\b(?:(?:the|The)\s+(?:man|woman|person|voice|speaker)\s+(?:telling\s+(?:the|this)\s+story|speaking|"
    r"behind\s+(?:the|those)\s+words)\s+(?:is|was)|(?:voice|words)\s+(?:belongs?|belonged)\s+to)\s+$"
)


_SENTENCE_CLOSED = re.compile(r"[.?!…。！？]\W*$")

# Chinese ideographs and Japanese kana: words written with no spaces between them.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _word_count(text: str) -> int:
    """The words of quoted text as a reader counts them: runs of letters set apart by
    spaces, and in Chinese or Japanese, written with no spaces, one word per two
    characters (most words there are one to three characters long): 「我们会修好码头。」 is a
    sentence of words, not one long word."""
    if _CJK.search(text) is None:
        return len(WORDS.findall(text))
    characters = len(_CJK.findall(text))
    return len(WORDS.findall(_CJK.sub(" ", text))) + (characters + 1) // 2


def _capital(text: str) -> bool:
    """Whether the words open as a sentence does: a capital letter, or a Chinese or
    Japanese character (those scripts have no capitals to tell a sentence's start)."""
    return text[:1].isupper() or _CJK.match(text) is not None


# The Japanese quoting particle after the marks ('「…」と述べた', '「…」って'): the words
# were said. Not 「…」という/といった/との/とは/と呼ぶ (a thing so called or named), nor
# と題した/と名付けた/と称する (titled, named, called) or として/とともに ("as", "with").
_QUOTING_PARTICLE = re.compile(r"\s*(?:と|って)(?!いう|いっ|言う|言わ|呼|の|は|題|名付|名づ|称|命名|銘打|して|とも)")

# An interjection or answer opening the words ('“No, Justice Alito,” she said'): speech,
# however many capitalised words follow it.
_INTERJECTION = re.compile(r"(?:No|Yes|Yeah|Well|Oh|Thanks|Thank you|Sorry|Okay|OK|Please|Sir|Look),\s")

# The head of a sentence quoting what the reader might say, not what somebody said,
# right before the marks: the reader ("you") saying "something like" ("you can add
# in something like, “…”", "by saying things like “…”"), the reader with a modal or
# a condition ("you don't have to say, “…”", "if you say “…”"), or a generic
# infinitive ("it's no harder to say “…”"); and the later items of its list
# (“…,” or “…”).
_SAY = r"(?:say|saying|add|adding|tell|telling|ask|asking|reply|replying|write|writing|text|texting)"
_READER_SAYS = re.compile(
    r"(?:\byou\b[^.?!]*?\b" + _SAY + r"(?:\s+(?:in|back|them|him|her|someone|somebody))?"
    r"\s+(?:something|things|statements|phrases|lines|words|stuff)\s+(?:like|such\s+as)"
    r"|\b(?:you(?:['’](?:ll|d))?|if\s+you|when\s+you|unless\s+you)\s+"
    r"(?:(?:can|could|might|may|should|would|will|must|don['’]t|do\s+not|need\s+to|have\s+to|want\s+to|"
    r"ought\s+to|also|just|simply|then|even|not|never|always|instead)\s+)*" + _SAY + r"\b"
    r"|\b(?:harder|easier|better|best|okay|fine|wiser)\s+to\s+(?:just\s+|simply\s+)?" + _SAY + r"\b)"
    r"\s*[,:]?\s*(?:\x00+[,.!?]?\s*(?:or|and|than|instead\s+of)\s*)*$",
    re.IGNORECASE,
)

# A sentence that is only "Like," and the marks: an example of what people say, and
# the next of its examples ('Like, “…” Or, “…”').
_EXAMPLE_HEAD = re.compile(r"^\s*Like,?\s*(?:\x00+[.!?]?\s*Or,?\s*)?$")

# A question the sentence names as a question, not one somebody asks: 'the most common
# question is, “…?”', 'a better question; namely, “…?”', 'makes “…?” its central
# question'.
_QUESTION_HEAD = re.compile(
    r"\bquestions?\b(?:(?:\s+[\w’'-]+){0,4}\s+(?:is|was|becomes)|[^\x00]*?\bnamely)\s*[,:]?\s*$"
)
_QUESTION_AFTER = re.compile(r"\s+(?:(?:his|her|their|its|the|a|an|our|my|your)\s+)?(?:[\w’'-]+\s+){0,3}question\b")

# Printed words on a sign, a banner or a shirt: 'a placard reading “…”', 'a T-shirt
# with the words: “…”'.
_PRINTED = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|stickers?|billboards?|plaques?|murals?|graffiti)\b"
    r"[^\x00.?!]{0,120}?\b(?:reads?|reading|read|bearing|emblazoned\s+with|the\s+words)\s*[,:]?\s*$",
    re.IGNORECASE,
)

# A quotative, a person its subject: "he was like, “Wow.”", "and I'm like, “No way.”"
# (not "our views are like “…”").
_QUOTATIVE = re.compile(
    r"(?:\b(?:I|he|she|they|we|you)|\b[A-Z][a-z]+)\s*(?:was|is|were|are|am|’s|'s|’m|'m|’re|'re)\s+"
    r"(?:just\s+|all\s+|totally\s+|kind\s+of\s+)?like,?\s*$"
)

# Somebody's words named right before the marks: 'in her words, “…”', 'in his own
# words: “…”', 'in Lund’s words, “…”', 'in the words of one welder, “…”'.
_WORDS_OF = re.compile(
    r"\b[Ii]n\s+(?:(?:his|her|their|its|my|our|your|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?)\s+(?:own\s+)?words"
    r"|the\s+words\s+of\s+[^\x00.?!;]{1,60}?)\s*[,:]?\s*$"
)
# A reporting verb, a comma or colon, then the marks: 'he yelled, “…”'.
_SAID_BEFORE = re.compile("(?:" + SPEECH.pattern + r")\s*[,:]\s*$")

# The name of a work or a printed line right before the marks: "a paper titled: “…”",
# "with the headline “…”", "its motto, “…”", "in her book “…”", "his album, “…”".
_WORK_NAMED = re.compile(
    r"\b(?:titled|entitled|headlined|headline|headlines|motto|slogan|tagline|hashtag|banner)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_WORKS = (
    r"book|novel|memoir|album|song|single|film|movie|documentary|play|poem|essay|paper|op-ed|column|"
    r"series|show|podcast|programme|program|exhibition|opera|musical"
)
_WORK_NOUN = re.compile(
    r"\b(?:" + _WORKS + "|"
    r"(?:performance|rendition|cover|recording)\s+of)(\s*[,:]?)\s*$",
    re.IGNORECASE,
)

# After a mentioned phrase, the sentence talks about it: '“You look great” is not a
# compliment', '“Parasite” director Bong Joon Ho', '“Hydrate” was his favourite word'.
_MENTION_AFTER = re.compile(
    r"\s*(?:is|was|isn't|isn’t|wasn't|wasn’t)\s+(?:not\s+|probably\s+|just\s+|also\s+|still\s+)*(?:a|an|the|my|your|his|her|their|our)\b"
)
_WORD_AFTER = re.compile(r"\s+([a-z][\w’'-]*)")
# A work's noun in an apposition right after the marks, ending the phrase: '“…,” a poem
# by his mother', '“…,” the old protest song, as', '“…,” her third book.' (not "the
# song's writer said": the noun must end its phrase; nor "a series of witnesses told":
# "of" goes on to the head of a phrase about people, so it ends none).
_WORK_AFTER = re.compile(
    r"\s*,?\s+(?:a|an|the|his|her|their|its|my|our|your)\s+(?:[\w’'-]+\s+){0,3}?(?:" + _WORKS + r")s?"
    r"(?=\s+(?:by|from|that|which|released|published|written|recorded)\b|\s*[,.;:)—–]|\s*$)"
)
# A headline opening its sentence (or after a kicker, "NOW OPEN—"), then "by" and its
# author: a newsletter's list of reads ('“Met accused of …,” by the Post's Jo Dee:').
# Inside a sentence "by" names whose words they are ('Dee said the “ugliness of …,” by
# Roe last week').
# A day, month or feast after "by" is a deadline, not an author ('“Every home will have
# power,” by Friday, the utility promised').
_AUTHOR_AFTER = re.compile(
    r"\s*,?\s+by\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|"
    r"New\s+Year|Thanksgiving|Ramadan|Diwali)\b)[A-Z]"
)


# A source and date closing the bracket after a headline a letter cites: '(“…,” Norvik
# Daily, Monday)'.
_CITED_AFTER = re.compile(r"\s*,?\s*[A-Z][^()\x00]{0,60}\)")


# A sentence's end and the capital opening the next: "… money. They needed it".
_NEXT_SENTENCE = re.compile(r"[.?!]\s+[A-Z]")


def _next_sentence(text: str) -> bool:
    """Whether the words hold a sentence's end and the next one's start (`_NEXT_SENTENCE`);
    an abbreviation's stop ("the U.S. Navy", "Dr. Lund") ends no sentence."""
    for m in _NEXT_SENTENCE.finditer(text):
        i = m.start()
        if text[i] != "." or not FULL_STOP_ABBREV.search(text[max(0, i - 12) : i + 1]):
            return True
    return False


# A name and then an age or an apposition, as a person is introduced: '(“…,” Pavel
# Orr, 54)', '(“…,” Pavel Orr, a welder)'. A paper's name is followed by a date
# ('Norvik Daily, 12 May').
_PERSON_AFTER = re.compile(
    r"\s*,?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*(?:\d{1,3}\s*[),](?!\s*\d)|(?:a|an|the|who)\s)"
)


# After words set off by a comma, their sayer and a reporting verb: ', the appeal on
# the site says', ', Lund said' (a subject opening with an article, a possessive or a
# capital: 'which critics said' describes a work named before).
_HANDED_TO_SPEECH = re.compile(
    r"\s*,?\s+(?:the|a|an|his|her|its|their|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,5}?\s+(?:" + SPEECH.pattern + r")\b"
)


def _titled_work(head: str, text: str, after: str = "") -> bool:
    """Whether the span names a work or a printed line: right after "titled",
    "headline", "motto", "slogan" (any length: "the paper titled: “A Survey of …”"),
    or after a work's noun ("her book “A Paradise …”", "his first album, “good kid
    …,”") when the words are no sentence of speech in the first person; or before a
    work's noun in apposition ('from “the long road home,” a poem by his mother')
    when they are no sentence, or a headline opening its sentence before "by" and its
    author (`_AUTHOR_AFTER`); or a headline a letter cites in brackets, its source
    and date after it ('(“Lund calls plan a fantasy,” Norvik Daily, Monday)'), unless
    a person is named there, an age or an apposition following the name
    (`_PERSON_AFTER`: '(“…,” Pavel Orr, a welder)' is a bracketed quote)."""
    if _WORK_NAMED.search(head, max(0, len(head) - 40)):
        return True
    # `after` is given only for a span set off by a comma.
    # A headline stands first in its sentence, or after a kicker's colon or dash ("NOW OPEN—").
    headline = not head.strip() or head.rstrip().endswith((":", "—", "–"))
    # Words opening their sentence in sentence case and handed on after a comma are
    # speech, and a work's noun after them its speaker ('“The minister knew …,” the
    # paper, citing two sources, reported'); a title there is Title Case.
    spoken_opening = (not head.strip() or head.rstrip()[-1] in ".!?") and text[:1].isupper()
    apposed_work = _WORK_AFTER.match(after) and not (spoken_opening and not _title_cased(text))
    named_after = apposed_work or (headline and _AUTHOR_AFTER.match(after))
    if after and not _SENTENCE_CLOSED.search(text) and named_after:
        return True
    if (
        after
        and head.rstrip().endswith("(")
        and (cited := _CITED_AFTER.match(after))
        and not SPEECH.search(cited.group())
        and not _PERSON_AFTER.match(after)
    ):
        return True  # a letter citing the article it answers: '("…,” Norvik Daily, Monday)'
    m = _WORK_NOUN.search(head, max(0, len(head) - 40))
    if m is None:
        return False
    if m.group(1).strip():
        # Words holding a sentence's end and the next one's start ('program, “towns were
        # broke. They needed it,” Lund said') are speech, not a work's name; so are words
        # a colon introduces, handed on to a reporting verb ('the book: “Buy the book the
        # mayor hates,” the appeal says'). After a comma the words are the work's name in
        # apposition, the attribution the sentence's ('its album, “good news,” Lund said').
        if after and ":" in m.group(1) and _HANDED_TO_SPEECH.match(after):
            return False
        return not _SENTENCE_CLOSED.search(text) and not FIRST_PERSON.search(text) and not _next_sentence(text)
    return text[:1].isupper() and not FIRST_PERSON.search(text)


def _mentioned(text: str, span: Span, attributed: bool, introduced: bool) -> bool:
    """Whether the sentence talks about the quoted words rather than reports them:
    words followed by "is/was (not) a …" ('“You look great” is not a compliment'), or
    a short span with no closing punctuation followed by a lower-case word that is no
    reporting verb nor pronoun (a title used as a modifier, '“Parasite” director
    Bong', or a word named, '“Hydrate” was his favourite word'), unless the span speaks
    in the first person ('“We’re thrilled” about the ruling, Lund said'). Words of four or
    more that somebody is `attributed` are that person's, whatever follows them."""
    if span.close_end is None or span.last_char == "," or introduced:
        return False
    if len(WORDS.findall(text)) >= 4:
        # Only a whole sentence is talked about so; a phrase standing as the subject
        # ('“Lack of support” was the reason, he said') is still somebody's words.
        return not attributed and text[-1:] in ".?!…" and _MENTION_AFTER.match(span.after) is not None
    if _MENTION_AFTER.match(span.after):
        return True
    if text[-1:] in ".?!…" or FIRST_PERSON.search(text):
        return False  # '“We’re thrilled” about the ruling': a clause of somebody's, no modifier
    m = _WORD_AFTER.match(span.after)
    if m is None or m.group(1) in _PRONOUNS_AFTER:
        return False
    return SPEECH.match(span.after, m.start(1)) is None


_PRONOUNS_AFTER = frozenset("he she they it we i you".split())

# A verb characterising somebody or something in the quoted words, its object between,
# the words closing the sentence ("called the attack “the act of a coward.”",
# "dismissing it as “an idea for a film script.”", "the flood, which she called “…”",
# "Roe, whom Orr on Monday called “…”",
# "described the wall as “…”"):
# the words are the subject's, not
# a name. A short phrase inside the sentence ('called the vote “a test of conscience” and
# …') stays a term; a long one is a remark (`_CHARACTERISED_INSIDE`).
_CHARACTERISED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|brand(?:s|ed|ing)?|"
    r"label(?:s|led|ed|ling|ing)?|decr(?:y|ies|ied|ying)|hail(?:s|ed|ing)?|den(?:ounce|ounces|ounced|ouncing))"
    # "called for calm", "called on residents": a demand, not a characterisation.
    r"\s+(?!as\b|for\b|on\b|upon\b|in\b|off\b|up\b|out\b|back\b)[^\x00.?!]{1,60}?(?:\s+as)?\s*$"
    # Its object a relative pronoun before the subject: 'the flood, which she called “…”',
    # 'Roe, whom Orr on Monday called “…”' (a time between subject and verb).
    # An apposition may follow the subject: 'in what Orr, the union's treasurer, called “…”'.
    r"|\b(?:which|what|who|whom|that)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+(?:,[^\x00.?!,]{1,60},)?\s+"
    r"(?:call(?:s|ed)?|brand(?:s|ed)?|label(?:s|led|ed)?|hail(?:s|ed)?)\s*$"
    # "described the wall as “…”", "which she described as “…”".
    r"|\bdescrib(?:e|es|ed|ing)\s+(?:[^\x00.?!]{1,60}?\s+)?as\s*$"
)
# The fewest words of a characterisation inside its sentence that make it the subject's
# words: 'called the ruling “a win for every tenant in the city” and asked …' quotes a
# remark; 'called the vote “a matter of pride” and …', four words, stays a term (the
# same bound as the naming words', see `_is_quote`).
_CHARACTERISED_INSIDE = 5
# How a characterisation inside its sentence opens: an article or determiner, the noun
# phrase the subject puts on something ('“a death sentence for the fleet”', '“the deal
# dock workers have waited for”'), or a degree word, an adjective phrase ('“far too
# costly for a town this size”'). A name given inside the sentence opens otherwise and
# names what the verb's object is called, no remark: a slogan ('calling it “one town,
# one fare, one ticket” in its leaflets'), a group's or a plan's name ('which members
# called “parents for a safer school run”', 'what she calls the “clean streets for every
# child” plan'), a title in capitals.
_CHARACTERISATION_OPENS = re.compile(
    r"(?:a|an|the|this|that|these|those|such|another|no|nothing|too|so|very|far|more|most|less|not"
    r"|utterly|totally|completely|deeply|simply)\b"
)
# An attribution to a source right after the marks: '“…” according to critics'.
_ACCORDING_AFTER = re.compile(r"\s*,?\s*according to\b")


# A reporting verb right before the marks, a comma or colon after it or not ('chanted,
# “Save Our Harbour.”'), or the words it says named ('sang the words, “Save Our Harbour.”').
_SPEECH_VERB = (
    "(?:"
    + SPEECH.pattern
    + r")(?:\s+(?:the|these|those|this|a|her|his|their|its)?\s*(?:words?|line|phrase|chant|cry))?"
)
_SPEECH_BEFORE = re.compile(_SPEECH_VERB + r"\s*[,:]?\s*$")
# The same set off by a comma or colon ('chanted, “Save Our Harbour.”'): without one, a
# verb may take a work as its object ('sang “Amazing Grace.”', 'wrote “The Long Walk.”').
_SPEECH_SET_OFF = re.compile(_SPEECH_VERB + r"\s*[,:]\s*$")
# A stop, question or exclamation mark before a space: a sentence ends inside the words.
_STOP_INSIDE = re.compile(r"[.?!…]\s")


def _stop_inside_title(text: str, head: str) -> bool:
    """Whether the full stop ending Title Case words is the sentence's, set inside the
    marks as American style has it ('in her memoir, “Harvest of Salt.”', 'on Norvik
    TV’s “Evenings with Pavel Orr.”', 'sang “Amazing Grace.”'): the words stand inside
    a sentence, not opening it nor after a reporting verb and a comma or colon
    ('chanted, “Save Our Harbour.”'), and hold no other sentence. Then they are a
    name, as they are without the stop."""
    if not text.endswith(".") or _STOP_INSIDE.search(text):
        return False
    head = head.rstrip()
    if not head or head[-1] in ".?!:…" or head[-1] == MASK:
        return False
    return _SPEECH_SET_OFF.search(head, max(0, len(head) - 40)) is None


# A comma or semicolon: a clause boundary between a naming word and the marks.
_CLAUSE_BREAK = re.compile("[,;]")
# The naming word opening a `NAMING` match ("so-called", "known as", "words").
_KEYWORD = re.compile(r"[\w-]+(?:\s+(?:as|to))?")


def _named_before(head: str) -> bool:
    """Whether a naming word ("so-called", "dubbed", "the phrase") stands before the
    marks in their clause: one in an earlier clause ('For all the kind words, Lund says
    she goes “…”') names nothing the marks hold. The word nearest the marks counts: one
    further back ('the so-called reform, dubbed “…”') may stand in an earlier clause. A
    word ending a hyphenated compound ("the first-term mayor", "long-term residents")
    names nothing."""
    window = head[-60:]
    m = None  # the naming word nearest the marks, and the words after it to them
    at = 0
    while (found := NAMING.search(window, at)) is not None:
        at = found.start() + 1
        if window[found.start() - 1 : found.start()] != "-":
            m = found  # a word glued to a hyphen is a compound's ("first-term", "wake-up call")
    if m is None:
        return False
    keyword = _KEYWORD.match(m.group())
    between = m.group()[keyword.end() if keyword else 0 :].rstrip().rstrip(",:")
    return _CLAUSE_BREAK.search(between) is None


_HEAD_READ = 400
"""How much of a sentence's head before the marks `_is_quote` reads."""


def _is_quote(text: str, span: Span, head: str, attr: Attribution) -> bool:
    """Whether a quoted span reads as speech rather than a term, title or scare quote.

    Never a quote: words an earlier span quoted already (`Span.repeat`) with no
    attribution of their own, words printed on a sign or a shirt, a question the
    sentence names a question ('the most common question is, “…?”'), a work's
    title or a printed line (`_titled_work`), words the sentence talks about
    (`_mentioned`), or what the reader might say (an advice column's "you can say
    something like, “…”"). An attributed span is a quote
    unless it is short after a naming word ("so-called …", "dubbed …") or Title Case
    (an interjection opening it is speech: “No, Justice Alito,”); a span over
    paragraphs, a whole sentence standing alone in the marks, or words after a
    quotative ("he was like, “…”") or after somebody's words named ("in her words,
    “…”", `_WORDS_OF`) is one, and so are Chinese or Japanese words before the quoting
    particle ('「…」と述べた'); under four words (`_word_count`: Chinese and Japanese by
    their characters) is not; else it needs an attribution or speech verb in its
    sentence, a verb characterising something in its words (`_CHARACTERISED`: the
    words closing the sentence, or five words or more inside it opening as a phrase put
    on the object does, `_CHARACTERISATION_OPENS`, not as a slogan or name), a source named
    after it ("according to"), a whole sentence, or eight words.
    """
    if span.repeat and not (attr.tail or attr.head):
        return False
    # Every test reads the head's end: a sentence of thousands of characters (no prose) costs no more.
    head = head[-_HEAD_READ:]
    introduced = _SAID_BEFORE.search(head, max(0, len(head) - 40)) is not None
    # An apposition is set off by a comma, inside the marks or after them: '“…,” a poem'.
    set_off = span.last_char == "," or span.after.lstrip().startswith(",")
    if _titled_work(head, text, span.after if set_off else "") or _mentioned(text, span, attr.found, introduced):
        return False
    if _READER_SAYS.search(head) or _EXAMPLE_HEAD.match(head) or _PRINTED.search(head, max(0, len(head) - 200)):
        return False
    if (
        text.endswith("?")
        and not SPEECH.search(head)
        and (_QUESTION_HEAD.search(head) or _QUESTION_AFTER.match(span.after))
    ):
        return False
    words = _word_count(text)
    at_start = not head.strip() or head.rstrip().endswith((":", ",", "—", "–")) or head.rstrip()[-1:] == MASK
    naming = _named_before(head) and not attr.head
    sentence = bool(_SENTENCE_CLOSED.search(text))
    title_case = _title_cased(text)  # read once: both tests below ask
    titled = title_case and not _INTERJECTION.match(text) and (not sentence or _stop_inside_title(text, head))
    if (attr.tail or attr.head) and (at_start or words >= 4) and not (naming and words < 5) and not titled:
        return True
    if len(span.parts) > 1 and words >= 4:
        return True
    if not head.strip() and words >= 2 and _capital(text) and sentence:
        # A whole sentence standing alone in quote marks is speech, however short.
        return True
    if _QUOTATIVE.search(head) or _WORDS_OF.search(head, max(0, len(head) - 90)):
        return True
    if (
        sentence
        and _capital(text)
        and words >= 2
        and not titled
        and _SPEECH_BEFORE.search(head, max(0, len(head) - 40))
    ):
        return True  # a whole sentence right after a reporting verb: 'declared “What a Great Night!”'
    if words >= 2 and _CJK.match(text) and _QUOTING_PARTICLE.match(span.after):
        return True  # '「来年も続けたい」と述べた': the Japanese quoting particle
    if words < 4 or title_case:
        return False
    if not head.strip() and _capital(text) and span.last_char == ",":
        # '“France will always be France,” an angry Hollande retaliated.': words opening
        # their sentence and handing it on after a comma inside the marks are speech.
        return True
    if _ACCORDING_AFTER.match(span.after):
        return True
    closes = sentence or span.after.lstrip()[:1] in (".", "?", "!")
    inside = words >= _CHARACTERISED_INSIDE and _CHARACTERISATION_OPENS.match(text) is not None
    if (closes or inside) and _CHARACTERISED.search(head, max(0, len(head) - 90)):
        # The characterisation closing its sentence, or a long one inside it ('called
        # the ruling “a win for every tenant in the city” and asked …'): a remark quoted.
        # Inside, only a phrase put on the object: a slogan or name given stays a term.
        return True
    if naming and words < 5:
        return False
    if attr.found or attr.speech_in_sentence:
        return True
    if len(text.split()) >= 4 and FIRST_PERSON.search(text):
        return True  # "I", "we", "my" …: somebody's words, whoever the sentence is about
    if _capital(text) and sentence:
        return True
    if words >= 5 and _FINITE_CLAUSE.search(text) and (last := WORDS.findall(text)[-1:]) and last[0].islower():
        # 'on July 9, “the town was a burning ruin” with …': a clause quoted, not a term; a
        # title or a headline ends on a capital ("Orange Is the New Black", "… Neverland").
        return True
    return words >= 8


# A subject word then a finite verb: the quoted words make a claim ("the town was a ruin").
_FINITE_CLAUSE = re.compile(r"\b\w+\s+(?:is|was|are|were|has|have|had|will|would|can|could|did|does)\b")


def _is_quoted_title(text: str) -> bool:
    """A Title Case name in quote marks ("Morning Live", "The Long Walk Home"), no sentence."""
    text = text.strip().rstrip(",")
    return _title_cased(text) and not _SENTENCE_CLOSED.search(text) and len(text.split()) <= 8


# The short words a title leaves in lower case: articles, conjunctions, short prepositions,
# the particles of names ("The Boy in the Blue Coat", "Gone with the Wind").
_TITLE_LOWER = frozenset(
    "a an the and but or nor for of in on at to by with from as into onto upon over off up out per via vs v "
    "de del la le les des du da di von van der den y e et und".split()
)


def _title_cased(text: str) -> bool:
    """Title Case: two capitalised words of four letters or more at least, and no
    lower-case word but a title's short words, however long ("Mornings with Pavel Orr",
    "Gone with the Wind"); numbers do not count ("Fishermen for Lund 2014"). A sentence
    of short words around names ("It is not new in North Dakota", "Absolutely not.
    Absolutely not") is speech, though every long word in it is capitalised."""
    significant = 0
    words = WORDS.findall(text)
    for w in words:
        if w[0].isdigit():
            continue
        if not w[0].isupper():
            if w.lower() not in _TITLE_LOWER:
                return False
        elif len(w) > 3:
            significant += 1
    return len(words) >= 2 and significant >= 2


# A run of letters (each capitalised in a turn label).
_LETTERS = re.compile(r"[^\W\d_]+")
# "Mc" names keep the capital after it: McCain.
_MC = re.compile(r"\bMc([a-z])")


def _turn_label(label: str) -> str:
    """A transcript label as a name: "MR. O'NEILL" → "O'Neill", "MCCAIN" → "McCain"."""
    words = label.split()
    while len(words) > 1 and words[0].rstrip(".") in TURN_TITLES:
        words = words[1:]
    name = " ".join(_LETTERS.sub(lambda m: m.group().capitalize(), w) for w in words)
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), name)


# Words for comparing texts regardless of punctuation and case.
_WORD_CHARS = re.compile(r"\w+")


def _fold(text: str) -> str:
    return " ".join(_WORD_CHARS.findall(text.lower()))
