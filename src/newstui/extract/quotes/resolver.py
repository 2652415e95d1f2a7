"""The quote finder's view of one article: its paragraphs and names (`reading`), the
subject phrases of speech verbs (`subjects`) and who they refer to (`references`,
`descriptions`), with every speech clause outside quotes recorded as a speech event."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, insort

from newstui.extract.names import (
    FIRST_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PLACE_LAST,
    PLACE_PARTS,
    PLACES,
    TITLES,
    Entity,
    gender_of,
    mention_start,
)
from newstui.extract.quotes.continuation import Continuation
from newstui.extract.quotes.descriptions import Descriptions
from newstui.extract.quotes.reading import Event
from newstui.extract.quotes.sentences import Para
from newstui.extract.quotes.subjects import (
    Subject,
    SubjectReader,
    one_unnamed_person,
    owned_person,
    unnamed_with_clause,
)
from newstui.extract.quotes.vocabulary import (
    ACCORDING,
    ACCORDING_HINTS,
    COORDINATED_ING,
    ISSUED_TEXTS,
    MASK,
    NOT_PERSON_LAST,
    SPEECH,
    is_noun_use,
)

# What may end the text before an inverted speech verb ("“…,” said", "…, says", "Said"): a
# quote, a comma, colon, semicolon, dash or bracket; and an adverb that may stand between.
_INVERSION_MARKS = MASK + ",:;—–(-"
_ADVERB_LAST = re.compile(r"\s(?:[A-Za-z]+ly|then|also)$")


_INVERSION_WINDOW = 200
"""How much of the sentence before a verb `_inverted_at` searches for an adverb: room for one word."""


def _inverted_at(text: str, floor: int, verb: int) -> bool:
    """Whether a speech verb at `verb` is inverted, its subject after it: nothing before it in
    its sentence (which starts at `floor`), or a quote or clause mark right before it, past
    spaces and one adverb.

    A sentence of thousands of quotes asks this at each of them, so nothing here reads the
    sentence so far: spaces are stepped over back to the last word (each run of spaces
    belongs to one verb), and the adverb is looked for in a short window before it."""
    end = _before_spaces(text, floor, verb)
    start = max(floor, end - _INVERSION_WINDOW)
    if (m := _ADVERB_LAST.search(text, start, end)) is not None:
        end = _before_spaces(text, floor, m.start())
    return end == floor or text[end - 1] in _INVERSION_MARKS


def _before_spaces(text: str, floor: int, end: int) -> int:
    """Where the spaces ending `text[floor:end]` begin (`end` when it ends on none)."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


# A body's initials in brackets right after its name: "the Harbour Safety Authority (HSA)".
_INITIALS_AFTER_BODY = re.compile(r" \(([A-Z][A-Z&]{1,7})\)")


# "the" right before a name, or before a capitalised word or two the name scan left out
# of it ("the Sea Wren Paul Dorsey" scanned as "Wren Paul Dorsey").
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,2}$")
_WORD = re.compile(r"\S+")
# Nouns closing the names of places and buildings, besides `PLACE_LAST`.
_PLACE_NOUNS = frozenset("garden gardens park hall hotel centre center house tower market theatre gallery".split())


# A sentence opening on the voice of a recording: "The speaker also says", "The voice adds".
_VOICE_OPENS = re.compile(r"\s*The\s+(?:speaker|voice)\s+(?!of\b)[a-z]")


def _initials_of(entity: Entity, acronym: str) -> bool:
    """Whether `acronym` in brackets after `entity`'s name stands for it: a body's (its own
    language's initials too: "Netherlands Organisation for … (TNO)"), or the initials of
    another name that is no person's ("Citizens for Safe Harbours (CSH)"); not a country's
    after a city ("Glasgow (UK)") or after a body ("Veltrix Holdings (UK)", "(EU)": a
    body's seat, no initials of its own), nor a person's."""
    if acronym in entity.tokens:
        return False
    initials = "".join(token[0] for token in entity.tokens if token[:1].isupper())
    if initials == acronym.replace("&", ""):
        return entity.kind != "person"
    # Initials that are not the name's: another language's (3 letters or more), never a
    # place's code nor two letters (country and union codes: "UK", "EU", "DE").
    return entity.kind == "org" and len(acronym) >= 3 and acronym not in PLACES


# Texts that speak with their issuer unnamed: "the research says", "the paper states".
_UNNAMED_TEXT_NOUNS = ISSUED_TEXTS | frozenset("research paper analysis findings".split())


# Between a verb of saying and the "it" heading the clause it reports: nothing, or "that".
_THAT_BEFORE_IT = re.compile(r"\s+(?:that\s+)?")
# Texts an article brings in with their author as the subject ("Dee issued a statement",
# "Dee replied with an open letter") and then lets speak ("“…,” the statement said").
_ISSUED_NOUNS = frozenset("statement letter announcement memo".split())
_TEXT_BROUGHT_IN = re.compile(
    r"\b(?:a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(statement|letter|announcement|memo)\b"
)
# How many paragraphs back a text brought in is still "the statement" (a quote or two of
# it, and a sentence between, as wire stories quote a letter).
_TEXT_LOOKBACK = 3
# Right before the text's determiner: a verb of issuing it, or "in"/"with" ("said in a
# statement", "answered with a letter"). A text the subject only reacts to ("Dee criticised
# a statement the governor released", "Dee responded to a letter") is not theirs.
_ISSUING_BEFORE = re.compile(
    r"\b(?:issue[sd]?|issuing|release[sd]?|releasing|put(?:s|ting)?\s+out|sen[dt]s?|sending|wr[io]te|writes"
    r"|writing|written|publish(?:ed|es|ing)?|post(?:ed|s|ing)?|sign(?:ed|s|ing)?|ma(?:de|kes?|king)|read(?:s|ing)?"
    r"|deliver(?:ed|s|ing)?|e-?mail(?:ed|s)?|share[sd]?|sharing|circulat(?:ed|es|ing)|penn(?:ed|ing)|pens"
    r"|file[sd]|filing|distribut(?:ed|es|ing)|tweet(?:ed|s)?|with|in)\s+$"
)
# Where a clause with a subject of its own opens inside a sentence.
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
# Only capitalised words (a title) between a clause's start and its subject's name.
_TITLES_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*")
# "of" names a writer ("a statement of the family"), not in "a statement of his own".
_WRITER_AFTER = re.compile(r"\s+(?:from|by|of(?!\s+(?:his|her|their|its)\s+own\b)|signed)\b")
# Verbs of saying proper: what follows them is reported words ("says", "argued", "told reporters").
_SAYING = frozenset("say says said argue argues argued insist insists insisted claim claims claimed".split())


class Resolver(SubjectReader, Continuation, Descriptions):
    """One article read for attribution: an `ArticleReading` whose speech clauses outside
    quotes are recorded as speech events when it is built, each subject read by
    `SubjectReader` and resolved by `References` (a description by `Descriptions`);
    `Continuation` says who an unattributed quote goes on with."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        super().__init__(paragraphs, masks, headline)
        self._initials_to_full_names()
        self._names_after_a_craft()
        for p, para in enumerate(self.paras):
            self._speech_clauses(p, para)
        if self._subject is None:
            self._subject = self._main_speaker()

    def _initials_to_full_names(self) -> None:
        """A body named in full with its initials in brackets ("the Harbour Safety Authority
        (HSA)") and then called by them ("the HSA said", "HSA's report"): one body, named in
        full, as a reader names it. Each bracketed acronym right after a body's (or a
        thing's) name makes that name stand for the acronym's mentions, before and after
        (`_initials_of`)."""
        full: dict[str, Entity] = {}
        for para in self.paras:
            if "(" not in para.text:
                continue
            ends = {mention.end: mention.entity for mention in para.mentions}
            for match in _INITIALS_AFTER_BODY.finditer(para.text):
                entity = ends.get(match.start())
                if entity is not None and _initials_of(entity, match.group(1)):
                    full.setdefault(match.group(1), entity)
        if not full:
            return
        for acronym, entity in full.items():
            self.registry.known_as(entity, [acronym])
        for para in self.paras:
            for mention in para.mentions:
                named = full.get(mention.entity.name)
                if named is not None:
                    mention.entity = named

    def _names_after_a_craft(self) -> None:
        """A ship's, team's or show's name run into the next person's: "captain of the Sea
        Wren Paul Dorsey", "coach of the Lakeside Rovers Ann Kerr". After "the" a person's
        name has no place, so a run of capitals there that closes on a given name and a
        surname, and opens on a word that is no given name, is a craft's name and the
        person's: the person is the last two words."""
        for para in self.paras:
            for mention in para.mentions:
                entity = mention.entity
                tokens = entity.tokens
                if entity.kind == "org" or len(tokens) < 3 or tokens[-2] not in FIRST_NAMES:
                    continue
                if entity.kind != "person" and not self._surname_like(tokens[-1]):
                    continue  # "the White House Rose Garden": a place, no person
                if all(token in FIRST_NAMES for token in tokens[:-2]):
                    continue  # "the Mary Ann Cole": given names all through
                if _THE_BEFORE.search(para.masked, max(0, mention.start - 40), mention.start) is None:
                    continue
                words = [m for m in _WORD.finditer(para.masked, mention.start, mention.end)]
                # The scan may leave a leading place word out of the name ("the Chicago Grey
                # Sox Ann Kerr" as "Grey Sox Ann Kerr"): the name closes the run. A
                # title left out makes the rest a person's name ("the Sultan Haji Omar Ali").
                left_out = [m.group().rstrip(".") for m in words[: len(words) - len(tokens)]]
                if [m.group() for m in words[-len(tokens) :]] != tokens or any(w in TITLES for w in left_out):
                    continue
                person = tokens[-2:]
                known = self.registry.lookup(" ".join(person))
                if known is not None and known is not entity and known.kind == "person":
                    mention.entity = known
                else:
                    self.registry.extend(entity, person)
                    # The gender read from the run's first word was the craft's, not the person's.
                    entity.gender = gender_of(person[0], [])
                mention.start = words[-2].start()

    def _surname_like(self, word: str) -> bool:
        """Whether `word` may close a person's name: no word of places or bodies
        ("Garden", "Street", "Council") and none the article writes in lower case."""
        return (
            word not in PLACE_LAST
            and word not in PLACE_PARTS
            and word not in ORG_WORDS
            and word not in NOT_PERSON_LAST
            and word.lower() not in ORG_NOUNS
            and word.lower() not in self.registry.common
            and word.lower() not in _PLACE_NOUNS
        )

    def resolve(
        self, p: int, subj: Subject, at: int | None = None, at_para: int | None = None
    ) -> tuple[str | None, Entity | None]:
        """`References.resolve`, and an "it" heading the clause a person's verb of saying
        reports goes to that person (see `_sayer_of_reported_it`); "the statement" goes to
        whoever the article said issued it (`_issuer_of_the_text`), and so does an "it"
        nothing else takes after it."""
        if subj.kind == "pronoun" and subj.text == "it":
            sayer = self._sayer_of_reported_it(p, subj.start)
            if sayer is not None:
                return sayer
        if subj.kind == "desc" and subj.text.split()[-1].lower() in _ISSUED_NOUNS:
            issuer = self._issuer_of_the_text(p, subj.start, subj.text)
            if issuer is not None:
                if (p, subj.start) not in self._text_speeches:
                    self._text_speeches[(p, subj.start)] = issuer
                    insort(self._text_speech_keys, (p, subj.start))
                return issuer.name, issuer
        if subj.kind == "pronoun" and subj.text.lower() in ("he", "she"):
            voice = self._voice_before(p, subj.start)
            if voice is not None and voice.gender in (None, "m" if subj.text.lower() == "he" else "f"):
                return voice.name, voice
        name, entity = super().resolve(p, subj, at, at_para)
        if name is None and subj.kind == "pronoun" and subj.text == "it":
            # '“…,” the letter said. … “…,” it said.': with no body for the "it", it is
            # the text that spoke last, its issuer's words.
            issuer = self._text_spoken_last(p, subj.start)
            if issuer is not None:
                return issuer.name, issuer
        return name, entity

    def _voice_before(self, p: int, pos: int) -> Entity | None:
        """The person on a recording (`_recorded_voice`) when the sentence before a he/she,
        in its paragraph or closing the one before, opens on "The speaker" or "The voice"
        ("The speaker also repeats his claim. He says …"): the he/she is that voice, not
        the latest name the sentence mentions."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        if start > 0:
            before = para.sentence_start(start - 1)
            text = para.masked[before:start]
        elif p > 0:
            prev = self.paras[p - 1]
            text = prev.masked[prev.sentence_start(max(0, len(prev.masked) - 2)) :]
        else:
            return None
        if _VOICE_OPENS.match(text) is None:
            return None
        return self._recorded_voice(p, pos)

    def _text_spoken_last(self, p: int, pos: int) -> Entity | None:
        """The issuer of the text (`_issuer_of_the_text`) that was the subject of the
        latest verb of saying before (p, pos), in this paragraph or the one before."""
        k = bisect_left(self._text_speech_keys, (p, pos))
        if k == 0 or self._text_speech_keys[k - 1][0] < p - 1:
            return None
        return self._text_speeches[self._text_speech_keys[k - 1]]

    @functools.cached_property
    def _text_speeches(self) -> dict[tuple[int, int], Entity]:
        """Texts resolved to their issuer, by (paragraph, offset) of the description."""
        return {}

    @functools.cached_property
    def _text_speech_keys(self) -> list[tuple[int, int]]:
        """`_text_speeches`' keys in reading order, bisected."""
        return []

    def _sayer_of_reported_it(self, p: int, pos: int) -> tuple[str | None, Entity | None] | None:
        """'She says it underscores that Dee is “unfit to lead”', 'Raman said that it shows
        the firm is “…”': an "it" right after a verb of saying (or its "that") heads the
        clause that verb reports, so a speech-like verb after the "it" ("underscores",
        "shows") reports nothing of its own; the words quoted are the sayer's. Only a
        person sayer, by name or he/she: "Acme said it expects “…”" is the body's anyway
        (the "it" is Acme), which the ordinary reading finds."""
        para = self.paras[p]
        floor = para.sentence_start(pos)
        verb = None
        for verb in SPEECH.finditer(para.masked, floor, pos):  # noqa: B007  (the last is wanted)
            pass
        if verb is None or verb.group().lower() not in _SAYING:
            return None
        if _THAT_BEFORE_IT.fullmatch(para.masked, verb.end(), pos) is None:
            return None
        outer = self.subject_before(p, verb.start(), floor)
        if outer is None or outer.kind not in ("name", "pronoun") or outer.text == "it":
            return None
        name, entity = super().resolve(p, outer)
        if name is None or entity is None or entity.kind != "person":
            return None
        return name, entity

    def _issuer_of_the_text(self, p: int, pos: int, text: str) -> Entity | None:
        """Who issued the text a definite description speaks for ("“…,” the statement
        said", "the letter continued"): the subject of the latest sentence, in this
        paragraph before it or in the three before, that brings in a text of that kind
        ("Mayor Jo Dee issued a statement on Friday.", "Dee answered the audit with an open
        letter."). The article has named the text's author, so its words are theirs. None
        for "a statement", a text another wrote ("a statement from the family"), a text the
        subject only reacts to ("Dee rejected a statement the board issued": no verb of
        issuing, nor "in"/"with", right before it), or when no sentence brings the text in."""
        words = text.lower().split()
        if len(words) > 3 or words[0] not in ("the", "that", "this"):
            return None
        for q in range(p, max(-1, p - 1 - _TEXT_LOOKBACK), -1):
            for start, noun, entity in reversed(self._texts_brought_in(q)):
                if q == p and start >= pos:
                    continue
                return entity if noun == words[-1] else None
        return None

    def _texts_brought_in(self, q: int) -> list[tuple[int, str, Entity | None]]:
        """Paragraph q's phrases bringing in a text ("issued a statement", "with an open
        letter"), as (offset, noun, the sentence's subject when a named person or body is
        it) in text order; read once per paragraph."""
        known = self._brought_in.get(q)
        if known is not None:
            return known
        para = self.paras[q]
        found: list[tuple[int, str, Entity | None]] = []
        for m in _TEXT_BROUGHT_IN.finditer(para.masked):
            floor = para.sentence_start(m.start())
            # The clause's subject: after the last ", and"/"; " joining a clause of its own
            # ("Dee spoke, and Roe issued a statement": Roe's).
            joins = list(_CLAUSE_JOIN.finditer(para.masked, floor, m.start()))
            if joins:
                floor = joins[-1].end()
            # From the sentence's first mention on (bisected: a long paragraph of many
            # texts must not rescan its mentions per text).
            subject = None
            for k in range(bisect_left(para.mentions, floor, key=mention_start), len(para.mentions)):
                x = para.mentions[k]
                if x.start >= m.start():
                    break
                # A name opening the joined clause reads as after its "and": it is the subject.
                opens_clause = bool(joins) and _TITLES_ONLY.fullmatch(para.masked, floor, x.start) is not None
                if not ((x.after_preposition and not opens_clause) or x.modifier or x.possessive):
                    subject = x
                    break
            entity = subject.entity if subject is not None and subject.entity.kind in ("person", "org") else None
            if _WRITER_AFTER.match(para.masked, m.end()):
                entity = None  # "a statement from the family": the writer comes after
            elif _ISSUING_BEFORE.search(para.masked, max(floor, m.start() - 40), m.start()) is None:
                entity = None  # "Dee criticised a statement …": a text the subject did not issue
            found.append((m.start(), m.group(1), entity))
        self._brought_in[q] = found
        return found

    @functools.cached_property
    def _brought_in(self) -> dict[int, list[tuple[int, str, Entity | None]]]:
        """`_texts_brought_in`'s answers, by paragraph."""
        return {}

    def _speech_clauses(self, p: int, para: Para) -> None:
        """Record every "X said …" outside quotes as a speech event."""
        verbs = list(SPEECH.finditer(para.masked))
        mention_starts = [x.start for x in para.mentions]
        in_order = all(a <= b for a, b in zip(mention_starts, mention_starts[1:], strict=False))
        for m in verbs:
            if is_noun_use(para.masked, m):
                continue  # "in prepared remarks", "the states": a noun, nobody speaking
            floor = para.sentence_start(m.start())
            subj = self.subject_before(p, m.start(), floor)
            if COORDINATED_ING.match(m.group()):
                if subj is None or subj.kind in ("desc", "unnamed"):
                    # "Clinton responded …, saying the Sanders campaign …": the
                    # sentence's subject speaks, not the noun after the participle.
                    first = next(
                        (
                            x
                            for x in para.mentions[bisect_left(mention_starts, floor) if in_order else 0 :]
                            if floor <= x.start < m.start() and not (x.after_preposition or x.modifier or x.possessive)
                        ),
                        None,
                    )
                    subj = Subject.named(first) if first and first.entity.kind == "person" else None
            elif subj is None and _inverted_at(para.masked, floor, m.start()):
                # Only an inverted verb has its subject after it ("“…,” said Jo Dee", "…, said
                # Jo Dee."): after a subject the scan could not read ("Vance and others said
                # they could not back Moreau") come the reported words, whose names never speak.
                subj = self.subject_after(p, m.end())
            if subj is None:
                if unnamed_with_clause(para.masked, floor, m.start()):
                    self._unnamed_speech.setdefault(p, []).append(m.start())
                continue
            speaker, entity = self.resolve(p, subj)
            if speaker:
                self.add_event(Event(p, m.start(), speaker, entity))
                if subj.kind == "name" and entity is not None:
                    self._named_speakers.add(id(entity))
            elif subj.kind in ("desc", "unnamed") and (
                ((one_unnamed_person(subj.text) or owned_person(subj.text)) and not self.subordinate(p, m.start()))
                # the relative clause reads as subordinate, but the verb after it is the main one
                or unnamed_with_clause(para.masked, floor, subj.start)
            ):
                self._unnamed_speech.setdefault(p, []).append(m.start())
            elif subj.kind == "desc" and subj.text.split()[-1].lower() in _UNNAMED_TEXT_NOUNS:
                self._unnamed_texts.setdefault(p, []).append(m.start())
        low = para.masked.lower()
        if not any(hint in low for hint in ACCORDING_HINTS):
            return
        verb_starts = [v.start() for v in verbs]
        for m in ACCORDING.finditer(para.masked):
            # A verb in the sentence before "according to": the sentence's first verb
            # after its start (the verbs read above, bisected; not a search per phrase).
            k = bisect_left(verb_starts, para.sentence_start(m.start()))
            if k < len(verbs) and verbs[k].end() <= m.start():
                # "…,” the president-elect said in a statement, according to NBC News.":
                # the outlet is where the report comes from; the verb's subject spoke, and
                # a quote going on after it is still theirs.
                continue
            mention = self.named_at(p, m.end())
            if mention is not None:
                mention.speech_subject = True
                self.add_event(Event(p, m.start(), mention.entity.name, mention.entity))
                self._named_speakers.add(id(mention.entity))
