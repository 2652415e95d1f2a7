"""Who goes on speaking: the speaker a quote with no attribution of its own continues, or
nobody named when the text has turned to somebody unnamed or to a written text (a letter, posts,
plaques) since; built on `References`, which resolves the subjects it meets."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from newstui.extract.names import PERSON_NOUNS, Entity, Gender, Mention, mention_start
from newstui.extract.quotes.reading import Event
from newstui.extract.quotes.references import References
from newstui.extract.quotes.sentences import Para
from newstui.extract.quotes.subjects import Subject, owned_person
from newstui.extract.quotes.vocabulary import (
    INDEFINITE,
    ISSUED_TEXT,
    ISSUED_TEXTS,
    MASK,
    MEDIA,
    OWN_BODIES,
    PRONOUN_LEAD,
    PRONOUN_SUBJECT,
    PRONOUNS,
    SPEECH,
    THE_BEFORE,
)

# The names of the features `Continuation._log_carry` records, in order.
CARRY_FEATURES = (
    "bias newest-sentence sentences-back same-paragraph paragraph-before after-last-speaker named-since "
    "last-speaker event speech-subject opens-sentence merely-mentioned frame has-spoken spoke-by-name "
    "article-subject talked-about mentions has-role person"
).split()


# A paragraph that is one quote and nothing else (its marks and closing stop aside).
_LONE_QUOTE = re.compile(r"[\s“”\"‘’'.]*\x00[\x00\s“”\"‘’'.,!?]*")
# A dash opening a credit line: "— ", "–", "-", "--", "―".
_CREDIT_DASH = re.compile(r"\s*(?:--|[—–―-])\s*")
# Title words between a credit's dash and its name: "Mayor ", "Former President ".
_CREDIT_TITLES = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}")
# What may follow a credited name: the line's end (a full stop perhaps), a comma, a
# bracket or a dash opening a comment on who or where.
_CREDIT_END = re.compile(r"\s*(?:[.]?\s*$|[,(—–]|--)")
# What a possessive name owns in a colon's lead-in, its first two words: "’s reply",
# "'s blunt answer".
_OWNED_WORDS = re.compile(r"(?:['’]s?)?\s+(?P<noun>[a-z][\w-]*)(?:\s+(?P<then>[a-z]+))?")
# Nouns for somebody's own words, after a possessive name: "Toll's reply came quickly:".
_WORDS_NOUNS = ISSUED_TEXTS | frozenset(
    """answer retort verdict advice view take warning explanation argument reaction comment words
    assessment plea pitch promise message response rebuttal""".split()
)
# Before an outlet's name in a credit line: nothing, or "The".
_THE_CREDIT = re.compile(r"(?:[Tt]he\s+)?")
# A mark closing an apposition, then a verb: the line is a sentence about the person ("—
# Tom Vance, who chairs the board, disagreed.", "— Tom Vance — the mayor — was not …").
# The staff of an outlet after its name, ending a credit line: "— Northfield Times staff",
# "— The Daily Ledger editorial board", "-- Harbour Gazette Staff Writers".
_STAFF_CREDIT = re.compile(
    r"\s+(?:[Ss]taff(?:\s+(?:[Ww]riters?|[Rr]eports?))?|[Ee]ditorial\s+[Bb]oard|[Ee]ditors)\s*[.]?\s*$"
)
# A reporter's credit: "— Staff writer Dana Price", "-- Correspondent Jo Dee", "— Dana
# Price, staff writer", "Dana Price contributed to this report." It names who wrote or
# reported the story, never a speaker the quotes go on with.
REPORTER_CREDIT_LEAD = re.compile(
    r"\s*(?:(?:--|[—–―-])\s*)?(?:(?:[Ss]taff|[Cc]ontributing|[Ss]enior|[Ss]pecial)\s+)?"
    r"(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?)\s+(?=[A-Z])"
)
# After a credited name: ", staff writer", ", a Harbour Times correspondent".
REPORTER_CREDIT_AFTER = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:[A-Z][\w.’'&-]*\s+){0,3}(?:(?:[Ss]taff|[Cc]ontributing|[Ss]enior|[Ss]pecial)\s+)?"
    r"(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent)s?\s*[.]?\s*$"
)
# Names only, up to the line's end: "Dana Price", "Dana Price and Jo Dee in Boston".
_NAMES_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*+|\band\b|\bin\b|,|\s)++")
_CONTRIBUTED = re.compile(r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b")
_DASH_OPENING = re.compile(r"\s*(?:--|[—–―-])\s*")
# A credit line naming no outlet, only its staff: "— Staff reports", "-- Staff and wire reports".
NAMELESS_STAFF_CREDIT = re.compile(
    r"(?:[Ss]taff|[Ee]ditorial\s+[Bb]oard)(?:\s+(?:and\s+)?(?:[Ww]ire\s+)?(?:[Rr]eports?|[Ww]riters?))?\s*[.]?\s*$"
)
# Wire agencies: "— Reuters" under a story's last paragraph signs the story off (it was
# carried from the wire), crediting nobody with a quote standing there.
_WIRE_AGENCIES = frozenset(
    (
        "Reuters",
        "AP",
        "AFP",
        "Associated Press",
        "Agence France-Presse",
        "Bloomberg",
        "Xinhua",
        "Interfax",
        "TASS",
        "Tass",
    )
)
_CREDIT_PREDICATE = re.compile(
    r"(?:[,)—–]|--)\s*(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|was|is|were|are|has|had|have|will|would|can|could|did|does"
    r"|said|says|told)\b"
)

# A participle of speaking after a name, right before its quote: " asking, ", " saying:",
# " telling voters ", " telling the crowd,".
_SPEAKING_PARTICIPLE = re.compile(
    r"\s+(?:asking|saying|declaring|insisting|shouting|yelling|warning|vowing|promising|joking"
    r"|telling(?:\s+(?:the\s+)?[a-z]+){1,2})\s*[,:]?\s*"
)
# A sentence opening on an owner and what they own: "Toll's husband", "Her deputy", "The
# Harbour Trust's lawyer" (group 1: the phrase, read by `subjects.owned_person`).
_OWNED_LEAD = re.compile(
    r"\s*((?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?[A-Z][\w.’'-]*?(?:’s|'s|s’|s')\s+[a-z]+|(?:His|Her|Their|Its)\s+[a-z]+)\b"
)
# A capitalised word next, perhaps after a comma: a name in apposition.
_CAPITAL_NEXT_WORD = re.compile(r",?\s+[A-Z]")
# Two participles after a name, joined by "and", the second of speaking: " posting that
# it was a “disaster” for Reed and asking, " (no sentence end between).
_JOINED_SPEAKING = re.compile(r"\s+[a-z]{3,}ing\b[^.!?;]{0,200}?\s+and" + _SPEAKING_PARTICIPLE.pattern)
# How far before a quote a name followed by `_JOINED_SPEAKING` may end: the pattern's
# middle is at most 200 characters, its words a few dozen; names further back are not
# tried, so a long sentence of names and quotes costs each quote a bounded read.
_JOINED_REACH = 400

# A sentence opening on a named owner's text and handing over to a quote: "From Ann Lee's
# letter to the board:", "In the Harbour Trust's statement,", "From Lee's Facebook post:".
_FROM_OWNED_TEXT = re.compile(
    r"\s*(?:From|In)\s+(?:the\s+)?(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*)\b[^\x00.!?:,]{0,60}[:,]\s*"
)

# "the oversized ", "a giant ": an article and one or two lower-case words before a name.
_THE_ADJECTIVES_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,2}$", re.IGNORECASE)
# A lower-case noun after the name, no verb ("face", not "insists"/"said"/"has"). A word
# followed by an article, a possessive or a preposition is a verb with its object, past
# tenses without "-ed" too ("a defiant Dee took the stage", "spoke to the crowd").
_THING_AFTER = re.compile(
    r"\s+(?!(?:is|was|has|had|will|would|can|could|says|said|insists|told|adds|added)\b)[a-z]+(?<!ed)(?<!s)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|our|my|your|to|at|on|in|into|onto|from|with|for|up|down|out|off|over)\b)"
)


class Continuation(References):
    """`References` with who goes on speaking: `continuing_speaker` and `given_to_text`."""

    carry_log: list[tuple[list[list[float]], list[Entity], Entity | None]] | None = None
    """When a list: every choice of the speaker a quote goes on with among named people is
    recorded there, with the candidates' features (bench/speaker_fit.py)."""

    continued_how: str = ""
    """Which branch of the latest `continuing_speaker` call decided (for measuring the
    mechanisms, bench/speaker_mechanisms.py; never read by the finder)."""

    @functools.cached_property
    def _captions(self) -> frozenset[int]:
        """Paragraphs that are a picture's caption or credit (`_credits`, or a credit line
        `_CAPTION` finds): no turn in the text; read once, not per quote."""
        return frozenset(self._credits) | {
            q
            for q, para in enumerate(self.paras)
            if any(word in para.masked for word in _CAPTION_WORDS) and _CAPTION.search(para.masked)
        }

    @functools.cached_property
    def _reporter_credits(self) -> frozenset[int]:
        """Paragraphs that credit a reporter ("— Staff writer Dana Price", "— Dana Price,
        staff writer", "Dana Price contributed to this report."): the person named wrote
        or reported, and no quote after the line goes on with them. Read once."""
        return frozenset(q for q, para in enumerate(self.paras) if _reporter_credit_line(para.masked))

    # -- a quote with no attribution -----------------------------------------

    def continuing_speaker(self, p: int, pos: int) -> tuple[str | None, Entity | None]:
        """Who an unattributed quote at (p, pos) continues: at most two paragraphs back.

        Not a speaker before the quote's own sentence when that sentence says who: a text
        or somebody unnamed (`given_to_text`; a tail with a verb of going on, "“…,” the
        email began.", is an attribution, read by `attribution`). A quote in a dated entry
        of a list or timeline ("Oct. 1, 1935: “…”") looks no further back than its
        entry: each entry is an item of its own, and the speaker of the entry before
        (or the people it names) does not speak the next one's words (a plaque's
        inscription, a yearbook's line, a post of that day)."""
        outlet = self._outlet_credit_after(p)
        if outlet is not None:
            self.continued_how = "outlet-credit"
            return (outlet[0].name, outlet[0]) if outlet[0] is not None else (None, None)
        credited = self._credit_line_after(p)
        if credited is not None:
            self.continued_how = "credit-line"
            return credited.name, credited
        shown = self._shown_speaking(p, pos)
        if shown is not None:
            self.continued_how = "shown-speaking"
            return shown.name, shown
        owner = self._owned_text_lead(p, pos)
        if owner is not None:
            self.continued_how = "owned-text"
            return owner.name, owner
        if self._text_or_unnamed_around(p, pos) or self._read_out(p, pos):
            self.continued_how = "text-around"
            return None, None
        if self._owned_person_colon_lead(p, pos):
            self.continued_how = "colon-unnamed"
            return None, None
        introducer = self._colon_introducer(p, pos)
        if introducer is not None:
            self.continued_how = "colon-lead"
            return introducer.name, introducer
        issuer = self._colon_statement_issuer(p, pos)
        if issuer is not None:
            self.continued_how = "colon-statement"
            return issuer.name, issuer
        floor = (p, -1) if _DATED_ENTRY.match(self.paras[p].masked) else (-1, -1)
        event = self.last_event(p, pos, back=2)
        if event is not None and (event.para, event.pos) < floor:
            event = None
        event = self._main_clause_event(event)
        since = (event.para, event.pos) if event is not None else max((max(0, p - 1), -1), floor)
        unnamed = self.latest_unnamed_speech(p, pos)
        if unnamed is not None and unnamed > since:
            # "A former partner at Acme stated in her testimony, / “…”": an unnamed
            # source spoke last, so the quote is theirs; the names in their own
            # description ("at Acme") or before them do not speak.
            event, since = None, unnamed
        latest = self._latest_named_since(p, pos, since, event)
        named = self.paras[latest[0]].sentence_of(latest[1].start) if latest is not None else -1
        stop = self._unnamed_subject_since(p, pos, since)
        turn = self._pronoun_turn_since(p, pos, since, event)
        text = self._text_turn_since(p, pos, since)
        issued = self._issued_since(p, pos, since)
        if issued is not None and (text is None or issued[0] >= text[0]):
            text = issued
        if text is not None and text[0] >= max(named, stop if stop is not None else -1, turn[0] if turn else -1):
            # "Two plaques by the gate honour the boxer Sam Okoro. / “…”", "His posts on
            # Reddit grew angrier. / “…”": the text turned to a written text after the last
            # speaker (the people it names are not its subject); the words are its writer's.
            self.continued_how = "text-turn"
            return (text[1].name, text[1]) if text[1] is not None else (None, None)
        if turn is not None and turn[0] > named and (stop is None or turn[0] > stop):
            # "“…,” Minsk said. She is not convinced. “…”": a sentence about somebody
            # else as he/she after the last speaker; the quote goes on with them.
            self.continued_how = "pronoun-turn"
            return turn[1].name, turn[1]
        if stop is not None and stop > named:
            # "One fisherman … was blunt. / “It is a lie.”", "A letter signed by forty
            # residents reached the council. / “We will not wait.”": the text turned to
            # somebody unnamed or a document after the last speaker; the words are theirs.
            self.continued_how = "unnamed-stop"
            return None, None
        if self.carry_log is not None and (latest is not None or (event is not None and event.entity is not None)):
            self._log_carry(p, pos, since, latest, event)
        if latest is not None:
            entity = latest[1].entity
            if self._talked_about(entity) and event is not None and event.entity is self._subject:
                # A profile: "… alumni such as Jo Dee. With improv there was no wrong: “…”"
                # goes on with the subject, who spoke last; Dee is only talked about.
                self.continued_how = "profile-subject"
                return event.speaker, event.entity
            self.continued_how = "named-since"
            return entity.name, entity
        if event is not None:
            self.continued_how = "last-event" if event.speaker is not None else "last-event-unnamed"
            return event.speaker, event.entity
        if unnamed is None and floor < (p, -1):
            self.continued_how = "pronoun-paragraph"
            return self._pronoun_subject_before(p, pos)
        self.continued_how = "unnamed-last" if unnamed is not None else "nothing"
        return None, None

    def _latest_named_since(
        self, p: int, pos: int, since: tuple[int, int], event: Event | None
    ) -> tuple[int, Mention] | None:
        """The person named after `since` and before the quote at (p, pos) whom the quote
        may go on with (`_may_go_on_with`, outside the last speech event's own clause):
        the first such name of the latest sentence holding one, with its paragraph. Read
        from the quote back, stopping at that sentence's start, so a paragraph of
        thousands of names and quotes is not read again for each quote."""
        best: tuple[int, Mention] | None = None
        best_sentence = -1
        for q in range(p, since[0] - 1, -1):
            if q in self._credits or q in self._reporter_credits:
                continue
            para = self.paras[q]
            k = bisect_left(para.mentions, pos, key=mention_start) if q == p else len(para.mentions)
            while k > 0:
                k -= 1
                mention = para.mentions[k]
                if (q, mention.start) <= since:
                    return best
                sentence = para.sentence_of(mention.start)
                if best is not None and sentence < best_sentence:
                    return best
                if self._in_speech_clause(q, k, event) or not self._may_go_on_with(q, mention):
                    continue
                best, best_sentence = (q, mention), sentence
        return best

    def _shown_speaking(self, p: int, pos: int) -> Entity | None:
        """The person named right before a participle of speaking that hands over to the
        quote at (p, pos), in its own sentence: "The new ad shows footage of Ann Lee
        asking, “…”", "a clip of Ann Lee telling voters: “…”". The words are that
        person's, though the sentence is about a text (an ad, a clip) and the name is a
        preposition's object; not an owner's ("Lee's aide saying") nor a body's."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        k = bisect_left(para.mentions, pos, key=mention_start)
        if k == 0:
            return None
        mention = para.mentions[k - 1]
        if mention.start < start or mention.possessive or mention.modifier or mention.entity.kind != "person":
            return self._joined_speaking(p, start, k - 1, pos)
        if _SPEAKING_PARTICIPLE.fullmatch(para.masked, mention.end, pos):
            return mention.entity
        return self._joined_speaking(p, start, k - 1, pos)

    def _joined_speaking(self, p: int, start: int, last: int, pos: int) -> Entity | None:
        """The person named before two participles joined by "and", the second one of
        speaking and handing over to the quote at (p, pos): "…, with Ann Lund posting that
        it was a “disaster” for Reed and asking, “…”". The words are Lund's, not those of
        a name the first participle's clause holds (Reed) nor of the sentence's subject;
        `last` is the index of the latest mention before the quote. Not an owner's, nor
        a name that is the object of a participle or preposition ("posting about Tom
        Reed leaving …": an -ing word after him makes him no subject)."""
        para = self.paras[p]
        for k in range(last, -1, -1):
            mention = para.mentions[k]
            if mention.start < start or pos - mention.end > _JOINED_REACH:
                return None
            if mention.possessive or mention.modifier or mention.entity.kind != "person":
                continue
            if _object_in_clause(para.masked, mention):
                continue  # "posting about Tom Reed leaving …", "watching Tom Reed leaving …"
            if _JOINED_SPEAKING.fullmatch(para.masked, mention.end, pos):
                return mention.entity
        return None

    def _owned_text_lead(self, p: int, pos: int) -> Entity | None:
        """The named writer of a text whose words the quote's own sentence opens on: "From
        Ann Lee's letter to the board: “…”", "From the Harbour Trust's statement: “…”",
        "In Ann Lee's Facebook post, “…”". The owner of the letter, post or statement wrote
        the words, whoever spoke before; a place owns no text ("From Paris's museums")."""
        para = self.paras[p]
        lead = _FROM_OWNED_TEXT.fullmatch(para.masked, para.sentence_start(pos), pos)
        if lead is None or lead.group("head") not in _WRITTEN_NOUNS | ISSUED_TEXTS:
            return None
        mention = self.mention_starting(p, lead.start("owner"))
        if mention is None or mention.entity.kind not in ("person", "org"):
            return None
        return mention.entity

    def _dash_line_after(self, p: int) -> tuple[Para, re.Match[str]] | None:
        """The paragraph after paragraph p and its opening dash, when p is a quote alone and
        the next paragraph opens on a dash (the shape of a credit line, `_credit_line_after`
        and `_outlet_credit_after` read who it names)."""
        if p + 1 >= len(self.paras) or _LONE_QUOTE.fullmatch(self.paras[p].masked) is None:
            return None
        after = self.paras[p + 1]
        dash = _CREDIT_DASH.match(after.masked)
        return None if dash is None else (after, dash)

    def _credit_line_after(self, p: int) -> Entity | None:
        """The person a dash credits in the paragraph right after a paragraph that is a
        quote alone: "“Nine in ten new jobs went to outsiders.” / — Tom Vance." (fact-check
        columns, quote boxes, epigraphs). The credit is the name after the dash, perhaps
        after a title ("-Mayor Ruth Okafor"), then nothing, a full stop, or a comma or
        bracket opening a comment ("-Ruth Okafor, speaking at the launch."); a dash then a
        sentence ("- Ruth Okafor will open …", "— Ruth Okafor, who chairs the board,
        disagreed.") credits nobody, nor does a wire's sign-off or a dateline ("— Reuters",
        "— LONDON"): a person is credited, not the outlet that carried the story (an
        outlet or its staff credited is `_outlet_credit_after`'s)."""
        line = self._dash_line_after(p)
        if line is None:
            return None
        after, dash = line
        for mention in after.mentions:
            if mention.start < dash.end():
                continue
            if _CREDIT_TITLES.fullmatch(after.masked, dash.end(), mention.start) is None:
                return None
            end = _CREDIT_END.match(after.masked, mention.end)
            entity = mention.entity
            if end is None or entity.kind in ("place", "org") or entity.name.isupper():
                return None
            outlet = entity.kind != "person" and any(token in MEDIA for token in entity.tokens)
            if outlet or _CREDIT_PREDICATE.search(after.masked, end.end()):
                return None
            return entity
        return None

    def _outlet_credit_after(self, p: int) -> tuple[Entity | None] | None:
        """The outlet, or nobody, a dash credits in the paragraph right after a paragraph
        that is a quote alone, when the credit is an outlet or its staff ("“…” / — Northfield
        Times staff", "-- The Harbour Gazette", "— The Daily Ledger editorial board"): the
        words are the outlet's (an editorial, a quote box the paper sets), never the
        speaker quoted before. A line naming only staff ("— Staff reports", "-- Staff and
        wire reports") credits nobody: `(None,)`. A wire agency ("— Reuters", "--
        Associated Press", "— Bloomberg News", "— Reuters staff") signs off the story and
        is no credit (None: the quote goes on with its speaker), as is a line that is no
        credit at all."""
        line = self._dash_line_after(p)
        if line is None:
            return None
        after, dash = line
        if NAMELESS_STAFF_CREDIT.fullmatch(after.masked, dash.end()):
            return (None,)
        for mention in after.mentions:
            if mention.start < dash.end():
                continue
            if _THE_CREDIT.fullmatch(after.masked, dash.end(), mention.start) is None:
                return None
            entity = mention.entity
            if entity.name in _WIRE_AGENCIES or entity.tokens[0] in _WIRE_AGENCIES:
                return None  # "— Reuters staff", "— Bloomberg News": a wire's sign-off, as "— Reuters"
            if _STAFF_CREDIT.fullmatch(after.masked, mention.end):
                return (entity,)
            outlet = any(token in MEDIA for token in entity.tokens)
            if outlet and _CREDIT_END.fullmatch(after.masked, mention.end):
                return (entity,)
            return None
        return None

    def _main_clause_event(self, event: Event | None) -> Event | None:
        """The speech event a quote goes on with when `event`, the latest, sits in a
        subordinate clause of a sentence whose main clause reported somebody speaking before
        it ("“…,” Vera Holm assured Dan Pike, after Pike assured Holm that … / “…”"): the
        main clause's speaker, whom the sentence is about; else `event`."""
        if event is None or not self.subordinate(event.para, event.pos):
            return event
        # Only the events of the sentence before `event` (they are kept in offset order):
        # not the paragraph's all, which a paragraph of thousands of turns asks per quote.
        events, starts = self._events_by_pos(event.para)
        first = bisect_left(starts, self.paras[event.para].sentence_start(event.pos))
        latest: Event | None = None
        for k in range(bisect_left(starts, event.pos) - 1, first - 1, -1):
            if latest is not None and starts[k] < latest.pos:
                break
            ev = events[k]
            if ev.entity is not None and not self.subordinate(ev.para, ev.pos):
                latest = ev  # the first recorded of the latest offset, as max() chose
        if latest is None:
            return event
        return latest if latest.entity is not event.entity else event

    def _in_speech_clause(self, q: int, k: int, event: Event | None) -> bool:
        """Whether the k-th mention of paragraph q (after the last speech event) lies in the rest of
        that event's sentence: the speaker's description, a relative clause, a participle or
        what the speaker talks of ("“…,” said Ines Morrow, who would not back Paul Grady.",
        "“…,” she said of a list that included Owen Pratt.", "“…,” he said, noting that he
        trailed Marta Solberg."). The people named there are talked about, not somebody
        the text turned to: a quote after that sentence goes on with its speaker.

        Not a name completing the speaker's own subject phrase, which the verb's subject
        read only in part ("said Harbour ranking member Jo Dee", "said Navy 1st Lt. Jo
        Dee")."""
        if event is None or q != event.para:
            return False
        para = self.paras[q]
        mention = para.mentions[k]
        if para.sentence_of(mention.start) != para.sentence_of(event.pos):
            return False
        before = para.mentions[k - 1] if k else None
        return not (
            before is not None
            and before.speech_subject
            and before.start >= event.pos
            and _completes_subject(para.masked[before.end : mention.start])
        )

    def _may_go_on_with(self, q: int, mention: Mention) -> bool:
        """Whether the person named by `mention` (in paragraph q) is somebody a quote with no
        attribution of its own may go on with: a person named as a subject, not a possessor,
        a modifier, the object of a preposition or participle, or a thing somebody owns."""
        if mention.possessive or mention.modifier or mention.entity.kind != "person":
            return False
        if mention.after_preposition and not self._topic_frame(q, mention):
            return False
        if self.participle_object(q, mention.start):
            return False
        masked = self.paras[q].masked
        if THE_BEFORE.search(masked, max(0, mention.start - 5), mention.start):
            return False  # "the Okafor campaign": a name used as a modifier
        if _THE_ADJECTIVES_BEFORE.search(masked, max(0, mention.start - 40), mention.start) and _THING_AFTER.match(
            masked, mention.end
        ):
            return False  # "the oversized Okafor face beaming …": a name modifying a thing
        # "its Instinct MI325 accelerators": a thing somebody owns
        return not _OWNER_BEFORE.search(masked, max(0, mention.start - 7), mention.start)

    def _log_carry(
        self, p: int, pos: int, since: tuple[int, int], latest: tuple[int, Mention] | None, event: Event | None
    ) -> None:
        """Record the candidates a quote at (p, pos) could go on with (the people named as
        subjects and the speakers of the two paragraphs before), their features
        (`CARRY_FEATURES`) and the rules' choice, in `carry_log`."""
        here = self.paras[p].sentence_of(pos)
        rows: list[tuple[int, int, int, Entity, bool, Mention | None]] = []  # sentence, para, pos, entity, event
        for q in range(max(0, p - 2), p + 1):
            if q in self._credits:
                continue
            para = self.paras[q]
            for mention in para.mentions:
                if (q == p and mention.start >= pos) or not self._may_go_on_with(q, mention):
                    continue
                rows.append((para.sentence_of(mention.start), q, mention.start, mention.entity, False, mention))
        for ev in self.events_between(p - 2, p):
            if ev.entity is not None and (ev.para, ev.pos) < (p, pos):
                rows.append((self.paras[ev.para].sentence_of(ev.pos), ev.para, ev.pos, ev.entity, True, None))
        if not rows:
            return
        newest = max(r[0] for r in rows)
        counts: dict[int, int] = {}
        for r in rows:
            counts[id(r[3])] = counts.get(id(r[3]), 0) + 1
        rule: Entity | None
        if latest is not None:
            talked = self._talked_about(latest[1].entity) and event is not None and event.entity is self._subject
            rule = event.entity if talked and event is not None else latest[1].entity
        else:
            rule = event.entity if event is not None else None
        feats: list[list[float]] = []
        for sentence, q, at, e, is_event, named in rows:
            feats.append(
                [
                    1.0,
                    float(sentence == newest),
                    min(here - sentence, 6) / 6,
                    float(q == p),
                    float(q == p - 1),
                    float((q, at) > since),
                    float(latest is not None and named is latest[1]),
                    float(event is not None and e is event.entity),
                    float(is_event),
                    float(named is not None and named.speech_subject),
                    float(named is not None and self._opens_sentence(q, at)),
                    float(named is not None and self._merely_mentioned(q, at)),
                    float(named is not None and named.after_preposition),
                    float(self.has_spoken(e)),
                    float(self.spoke_by_name(e)),
                    float(e is self._subject),
                    float(self._talked_about(e)),
                    min(counts[id(e)], 4) / 4,
                    float(bool(e.roles)),
                    float(e.kind == "person"),
                ]
            )
        self.carry_log.append((feats, [r[3] for r in rows], rule))  # type: ignore[union-attr]

    def _pronoun_subject_before(self, p: int, pos: int) -> tuple[str | None, Entity | None]:
        """A quote standing alone after a paragraph about a he/she, with nobody named or
        speaking since ("He became known for his impatience. A slow demo would set him
        counting aloud. / “One one-thousand.”"): the words are that person's, the
        referent of the latest sentence opening on the pronoun in the paragraph before."""
        if p == 0 or _NON_SPACE.search(self.paras[p].masked, 0, pos):
            return None, None
        para = self.paras[p - 1]
        for start in reversed(para.starts):
            lead = PRONOUN_LEAD.match(para.masked, start)
            if lead is not None:
                found = self.antecedent(p - 1, lead.start(1), PRONOUNS[lead.group(1).lower()])
                if found is not None and found.kind == "person":
                    return found.name, found
                break
        people = {id(m.entity): m.entity for m in para.mentions if m.entity.kind == "person" and not m.modifier}
        if len(people) == 1:
            # "But for Parata and his family the deaths are personal. / “…”": the one
            # person the paragraph before is about, quoted by name before, goes on.
            (only,) = people.values()
            if self.spoke_by_name(only):
                return only.name, only
        return None, None

    def _colon_lead_sentence(self, p: int, pos: int) -> tuple[Para, int, int] | None:
        """The paragraph before paragraph `p`, and the start and end of its last sentence,
        when a quote opens `p` (nothing but space before `pos`) and that sentence ends on a
        colon: the lead-in `_colon_introducer` and `_owned_person_colon_lead` read."""
        if p == 0 or _NON_SPACE.search(self.paras[p].masked, 0, pos):
            return None
        prev = self.paras[p - 1]
        end = len(prev.masked.rstrip())
        if end == 0 or prev.masked[end - 1] != ":":
            return None
        return prev, prev.sentence_start(end - 1), end

    def _colon_introducer(self, p: int, pos: int) -> Entity | None:
        """Who a paragraph ending on a colon hands the next one to: a quote opening
        paragraph `p` after "The Harbour Trust describes its work in these words:" is
        the words of the named body or person opening that last sentence (a role or "the"
        before the name allowed), with a verb that is no speech verb (the subject of "said:" is
        read as a speech event). None when that sentence opens on anything else ("Then
        came the reply:", "In a letter, …:")."""
        lead = self._colon_lead_sentence(p, pos)
        if lead is None:
            return None
        prev, start, end = lead
        if SPEECH.search(prev.masked, start, end):
            # "…, and Breitbart News responded:": a speech verb's own subject, read as an event.
            return None
        start += len(prev.masked[start:]) - len(prev.masked[start:].lstrip())
        if prev.masked.startswith("The ", start):
            start += 4  # "The Harbour Trust describes …": the name after the article
        mention = self.mention_starting(p - 1, start)
        if mention is None or mention.modifier or mention.entity.kind not in ("person", "org"):
            return None
        if mention.possessive:
            # "Toll's reply came quickly:", "The Harbour Trust's answer was blunt:": the
            # owner's words; "Toll's husband put it plainly:" is somebody else's.
            owned = _OWNED_WORDS.match(prev.masked, mention.end)
            if owned is None or not (
                owned["noun"] in _WORDS_NOUNS or (owned["then"] in _WORDS_NOUNS and _may_modify(owned["noun"]))
            ):
                return None
        return mention.entity

    def subject_before(self, p: int, end: int, floor: int = 0, apposition: bool = True) -> Subject | None:
        """The subject phrase ending before offset `end`: `SubjectReader.subject_before`,
        which comes first in `Resolver`'s bases; declared here for `statement_issuer`."""
        raise NotImplementedError

    def _colon_statement_issuer(self, p: int, pos: int) -> Entity | None:
        """Who issued the text a paragraph ending on a colon hands the next one to: "The
        Harbour Trust released the following statement after the vote:", "Toll's campaign
        issued this statement:", "The trust put out a statement from Jo Dee:" (see
        `statement_issuer`)."""
        lead = self._colon_lead_sentence(p, pos)
        if lead is None:
            return None
        _, start, end = lead
        issuer = self.statement_issuer(p - 1, start, end)
        if issuer is None:
            return None
        _, entity = self.resolve(p - 1, issuer)
        return entity if entity is not None and entity.kind in ("person", "org") else None

    def statement_issuer(self, p: int, start: int, end: int) -> Subject | None:
        """Who a sentence of paragraph `p` (`start`..`end`) says handed out a text
        ("released the following statement", "issued a short statement from Jo Dee"): the
        person or body "from" or "by" names after the text, else the verb's subject, and
        for "Toll's campaign" or "Toll's office" their owner, whose words they put out
        (after "from", "Toll's lawyer" is somebody nobody names, not Toll)."""
        masked = self.paras[p].masked
        issued = _HANDS_OUT_TEXT.search(masked, start, end)
        if issued is None:
            return None
        if issued.group("from"):
            mention = self.named_at(p, issued.end())
            if mention is None or mention.start >= end:
                return None
            if mention.possessive:
                # "a statement from Toll's lawyer": the lawyer's, whom nobody names.
                body = _owned_body(masked, mention)
                return Subject.named(mention) if body else Subject("unnamed", mention.start, mention.end, "")
            return Subject.named(mention)
        subject = self.subject_before(p, issued.start(), start)
        if subject is None:
            return None
        owner = self.mention_at(p, subject.start)
        if owner is not None and owner.possessive:
            return Subject.named(owner) if _owned_body(masked, owner) else None
        return subject

    def _owned_person_colon_lead(self, p: int, pos: int) -> bool:
        """Whether the paragraph before a quote opening paragraph `p` ends on a sentence
        that opens on a person described by whose they are and ends on a colon: "Toll's
        husband put it plainly:", "Her deputy was blunter:". The words are that unnamed
        person's, not the speaker quoted before nor the owner (`subjects.owned_person`);
        not when a name follows ("Her deputy, Ivo Lund, was blunter:") nor when the
        sentence names a person later ("Her deputy nodded, but Toll put it plainly:")."""
        sentence = self._colon_lead_sentence(p, pos)
        if sentence is None:
            return False
        prev, start, end = sentence
        lead = _OWNED_LEAD.match(prev.masked, start, end)
        if lead is None or _CAPITAL_NEXT_WORD.match(prev.masked, lead.end(), end) is not None:
            return False  # "Her deputy, Ivo Lund, …", "Her deputy Ivo Lund …": named after all
        if any(
            lead.end() <= m.start < end and not m.possessive and self.person_mention(p - 1, m) for m in prev.mentions
        ):
            return False  # "Toll's husband agreed, but Toll herself put it plainly:": a person named later
        return owned_person(lead.group(1))

    def given_to_text(self, p: int, pos: int) -> bool:
        """Whether the quote at (p, pos), with no attribution of its own, is put in its own
        sentence as the words of a text or of somebody unnamed: a lead-in about them ("A
        sign on the gate reads: “…”"), or a tail naming a text that reads it ("“…,” read
        one comment"). Such a quote is
        nobody's named, and so is the next one going on with it: it stands for a speech
        event of nobody named."""
        return self._text_or_unnamed_around(p, pos) or self._read_out(p, pos)

    def _read_out(self, p: int, pos: int) -> bool:
        """Whether the quote's own sentence reads out a text somebody else wrote, right
        before the marks ("the minister read this prayer: “…”", "she recited the poem's
        last lines, “…”", "a verse from the psalm: “…”"): a prayer, poem, verse or passage
        is its author's, not the reader's, and the article does not name the author."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        return _READ_OUT.search(para.masked, max(start, pos - 80), pos) is not None

    def _text_turn_since(self, p: int, pos: int, since: tuple[int, int]) -> tuple[int, Entity | None] | None:
        """The latest sentence after `since`, up to the quote at (p, pos) (its own sentence
        when that opens on the text: "The email read, in part: “…”"), whose subject is a
        written text: one nobody is named for ("Two bronze plaques by the gate", "The
        email, sent at midnight,"), one with its writer after it ("The email from trustee
        Jo Dee"), or one somebody owns ("His posts on Reddit", "Marsh's letters", "Her
        diary"). Quotes after it with no attribution of their own are the text read out:
        its writer's words (the sender, the owner, a he/she resolved), else nobody's named
        (a his/her nobody named fits, an owner no name was read for); the
        people the sentence names after its subject (the men a plaque honours) do not
        speak them. Returned as (global sentence index, writer or None); None when there
        is no such sentence. "Its report" is left to the organisation rules. The sentences
        opening on a written text are found once per paragraph (`_written_leads`)."""
        for q in range(p, max(0, since[0]) - 1, -1):
            para = self.paras[q]
            starts, leads = self._written_leads(q)
            k = bisect_left(starts, pos) if q == p else len(leads)
            while k > 0:
                k -= 1
                start, m, head_end = leads[k]
                if (q, start) <= since:
                    return None
                if q == p and head_end > pos:
                    continue
                writer: Entity | None = None
                by = _BY_WRITER.match(para.masked, head_end)
                sender = self.named_at(q, by.end()) if by is not None else None
                if sender is not None and sender.entity.kind in ("person", "org"):
                    # "The email from trustee Jo Dee arrived at midnight": its writer is named.
                    writer = sender.entity
                elif m.group("own") == "Its":
                    continue
                elif m.group("own") in ("His", "Her"):
                    writer = self.antecedent(q, m.start("own"), "m" if m.group("own") == "His" else "f")
                    if writer is not None and writer.kind != "person":
                        continue
                elif m.group("owner") is not None:
                    mention = self.mention_starting(q, m.start("owner"))
                    if mention is not None and mention.entity.kind == "place":
                        continue  # "Paris's museums": a place owns no text that speaks
                    writer = mention.entity if mention is not None else None
                return para.sentence_of(start), writer
        return None

    def _written_leads(self, q: int) -> tuple[list[int], list[tuple[int, re.Match[str], int]]]:
        """Paragraph q's sentences opening on a written text (`_WRITTEN_SUBJECT` with a head
        in `_WRITTEN_NOUNS`), as (their starts, [(start, match, end of the head)]); none
        in a caption. Read once per paragraph."""
        known = self._written_hits.get(q)
        if known is None:
            para = self.paras[q]
            leads: list[tuple[int, re.Match[str], int]] = []
            if q not in self._captions:
                for start in para.starts:
                    m = _WRITTEN_SUBJECT.match(para.masked, start)
                    head_end = _written_head_end(m)
                    if m is not None and head_end is not None:
                        leads.append((start, m, head_end))
            known = self._written_hits[q] = ([lead[0] for lead in leads], leads)
        return known

    @functools.cached_property
    def _written_hits(self) -> dict[int, tuple[list[int], list[tuple[int, re.Match[str], int]]]]:
        """`_written_leads`'s answers, by paragraph."""
        return {}

    def _issued_since(self, p: int, pos: int, since: tuple[int, int]) -> tuple[int, Entity | None] | None:
        """The latest sentence after `since`, before the quote at (p, pos), in which a named
        body or person issues a text ("the Harbour Trust issued a statement apologizing
        …", "Acme quickly released a brief statement"): a quote after it with no
        attribution of its own is that text, its issuer's words. Returned as (global
        sentence index, issuer) like `_text_turn_since`; None when there is none.

        Each paragraph is read for such sentences once (`_issues_in`); a quote only looks
        up the latest one before it, so a paragraph of thousands of quotes costs no more
        than reading it once."""
        for q in range(p, max(0, since[0]) - 1, -1):
            starts, hits = self._issues_in(q)
            k = bisect_left(starts, pos) if q == p else len(hits)
            while k > 0:
                k -= 1
                start, end, sentence, entity = hits[k]
                if (q, start) <= since:
                    return None
                if q == p and end > pos:
                    continue  # "Acme issued “…” statement": the quote is inside the phrase
                return sentence, entity
        return None

    def _issues_in(self, q: int) -> tuple[list[int], list[tuple[int, int, int, Entity]]]:
        """The named bodies or people paragraph q says issue a text (see `_issued_since`),
        as (their offsets, [(offset, end of "issued a statement", global sentence,
        entity)]) in reading order; read once per paragraph."""
        known = self._issue_hits.get(q)
        if known is None:
            para = self.paras[q]
            hits: list[tuple[int, int, int, Entity]] = []
            if q not in self._captions and _ISSUE_VERB.search(para.masked):
                for mention in para.mentions:
                    if mention.possessive or mention.after_preposition or mention.modifier:
                        continue
                    issued = _ISSUES_TEXT.match(para.masked, mention.end)
                    if issued is not None and mention.entity.kind in ("person", "org"):
                        hits.append((mention.start, issued.end(), para.sentence_of(mention.start), mention.entity))
            known = self._issue_hits[q] = ([hit[0] for hit in hits], hits)
        return known

    @functools.cached_property
    def _issue_hits(self) -> dict[int, tuple[list[int], list[tuple[int, int, int, Entity]]]]:
        """`_issues_in`'s answers, by paragraph."""
        return {}

    def _unnamed_subject_since(self, p: int, pos: int, since: tuple[int, int]) -> int | None:
        """The latest sentence after `since` and before the sentence of (p, pos) whose
        subject is somebody unnamed or a text: one person or a group not named ("One
        fisherman who has worked the harbour for years", "Critics", "Outside, protesters"),
        or a document, post, sign or poll ("A letter signed by forty residents", "According
        to the lawsuit"). The words after such a sentence are theirs, not an older
        speaker's. Returned as a global sentence index; None when there is none. Each
        paragraph's sentences are read once (`_unnamed_starts`)."""
        for q in range(p, max(0, since[0]) - 1, -1):
            starts = self._unnamed_starts(q)
            para = self.paras[q]
            # In the quote's own paragraph, only sentences before the quote's sentence.
            k = bisect_left(starts, para.sentence_start(pos)) if q == p else len(starts)
            if q == p and pos < para.starts[0]:
                k = 0
            if k and (q, starts[k - 1]) > since:
                return para.sentence_of(starts[k - 1])
            if k:
                return None
        return None

    def _unnamed_starts(self, q: int) -> list[int]:
        """The starts of paragraph q's sentences whose subject is somebody unnamed or a text
        (`_unnamed_subject`), none in a caption; read once per paragraph."""
        known = self._unnamed_hits.get(q)
        if known is None:
            para = self.paras[q]
            known = [] if q in self._captions else [s for s in para.starts if _unnamed_subject(para.masked, s)]
            self._unnamed_hits[q] = known
        return known

    @functools.cached_property
    def _unnamed_hits(self) -> dict[int, list[int]]:
        """`_unnamed_starts`'s answers, by paragraph."""
        return {}

    def _pronoun_turn_since(
        self, p: int, pos: int, since: tuple[int, int], event: Event | None
    ) -> tuple[int, Entity] | None:
        """The latest sentence after `since` and before the quote's whose subject is a
        he/she referring to a person other than the last speaker ("She is not
        convinced."), with that person; None when there is none. The sentences opening on
        a he/she are found once per paragraph (`_pronoun_leads`); who each refers to is
        asked only from the latest back, as the speech events it counts grow."""
        for q in range(p, max(0, since[0]) - 1, -1):
            para = self.paras[q]
            starts, leads = self._pronoun_leads(q)
            k = bisect_left(starts, para.sentence_start(pos)) if q == p else len(leads)
            if q == p and pos < para.starts[0]:
                k = 0
            while k > 0:
                k -= 1
                start, at, gender = leads[k]
                if (q, start) <= since:
                    return None
                who = self.antecedent(q, at, gender)
                if who is not None and who.kind == "person" and (event is None or who is not event.entity):
                    return para.sentence_of(start), who
        return None

    def _pronoun_leads(self, q: int) -> tuple[list[int], list[tuple[int, int, Gender]]]:
        """Paragraph q's sentences opening on a he/she subject (`PRONOUN_SUBJECT`), as
        (their starts, [(sentence start, the pronoun's offset, its gender)]); none in a
        credit line."""
        known = self._lead_hits.get(q)
        if known is None:
            para = self.paras[q]
            leads: list[tuple[int, int, Gender]] = []
            if q not in self._credits:
                for start in para.starts:
                    lead = PRONOUN_SUBJECT.match(para.masked, start)
                    if lead is not None:
                        leads.append((start, lead.start(1), PRONOUNS[lead.group(1).lower()]))
            known = self._lead_hits[q] = ([lead[0] for lead in leads], leads)
        return known

    @functools.cached_property
    def _lead_hits(self) -> dict[int, tuple[list[int], list[tuple[int, int, Gender]]]]:
        """`_pronoun_leads`'s answers, by paragraph."""
        return {}

    def _topic_frame(self, q: int, mention: Mention) -> bool:
        """Whether `mention` opens its sentence as the frame the sentence is about ("For
        Greta Varga, the storm was personal.", "To Jo Dee, 54, the pier is home."): the
        person a quote after it goes on with, though a preposition comes first."""
        para = self.paras[q]
        start = para.sentence_start(mention.start)
        return (
            _FRAME_LEAD.fullmatch(para.masked, start, mention.start) is not None
            and _COMMA_NEXT.match(para.masked, mention.end) is not None
        )

    def _text_or_unnamed_around(self, p: int, pos: int) -> bool:
        """Whether the quote at (p, pos) is put in its own sentence as the words of a text
        or of somebody unnamed: a lead-in about them ("A sign on the gate reads: “…”",
        "Critics called it “…”"), or a tail naming a text that reads it ("“…,” read one
        comment under the video."). Those words are nobody's named."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        if _NON_SPACE.search(para.masked, start, pos) and _unnamed_subject(para.masked, start):
            return True
        # The end-anchored patterns below span a few words: searched in the text right
        # before the quote, not from its sentence's start (a sentence of thousands of quotes).
        if _TEXT_SAYING.search(para.masked, max(start, pos - _TAIL_WINDOW), pos):
            # "… carrying signs saying, “…”", "a banner reading: “…”": the text held up
            # says the words, not the people carrying it nor anybody named before.
            return True
        if _IT_READS.match(para.masked, start, pos):
            # "Jo keeps the letter above the radio. It reads, in part: “…”": "it" reading
            # out words is a text, not the person the sentence before was about.
            return True
        masks = _MASK_RUN.match(para.masked, pos)
        tail = _READ_TAIL.match(para.masked, masks.end() if masks is not None else pos)
        return tail is not None and _unnamed_subject(para.masked, tail.end())


def _owned_body(masked: str, owner: Mention) -> bool:
    """Whether a possessive name owns a body speaking for it ("Toll's campaign", "her
    office": `OWN_BODIES`), rather than a person of its own ("Toll's lawyer")."""
    owned = _OWNED_WORDS.match(masked, owner.end)
    return owned is not None and owned["noun"] in OWN_BODIES


# Any text at all between two offsets; the quote's masked characters, run to their end.
_NON_SPACE = re.compile(r"\S")
# A verb handing out a text, then the text: "released the following statement", "issued
# a brief statement from", "put out this statement by".
_HANDS_OUT_TEXT = re.compile(
    r"\b(?:released|issued|put\s+out|sent\s+out|sent|provided|shared)\s+"
    r"(?:the\s+following|this|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    + ISSUED_TEXT
    + r"\b(?P<from>\s+(?:from|by)\s+)?"
)
_MASK_RUN = re.compile(MASK + "+")
# How far before a quote its sentence is searched for a few words ending right before it
# ("a banner reading:"): far more than such words take.
_TAIL_WINDOW = 200

# A sentence opening on "it" reading out words, right before the marks: "It reads, in
# part:", "It read simply:", "It ran:".
_IT_READS = re.compile(r"\s*It\s+(?:reads|read|ran|runs)\b(?:,?\s+(?:in\s+part|simply|only))?\s*[,:]?\s*$")


# A paragraph opening as a dated entry of a list or a timeline: "Oct. 1, 1935:", "July
# 30-Aug. 14, 1932:", "1925-40:", "March 3:" (a month and a day, a year, or both; ranges).
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = _MONTH + r"\s+\d{1,2}(?:\s*[-–]\s*(?:" + _MONTH + r"\s+)?\d{1,2}|(?:,\s*\d{1,2})+)?"
_DATED_ENTRY = re.compile(
    r"\s*(?:" + _DAY + r"(?:,?\s+\d{4})?|(?:" + _MONTH + r"\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?)\s*:(?!\d)"
)
# A text somebody else wrote, read out right before the marks: "read this prayer:",
# "recited the poem's last lines,", "a verse from the psalm:".
_READ_OUT = re.compile(
    r"\b(?:(?:read|reads|reading|recited|recites|reciting|quoted|quotes|quoting|sang|sings|singing)"
    r"(?:\s+(?:out|aloud))?\s+(?:[\w’'-]+\s+){0,3}?|(?:an?|the|this|one)\s+(?:[\w’'-]+\s+){0,2}?)"
    r"(?:prayer|prayers|poem|poems|psalm|verse|verses|passage|passages|lines|hymn|hymns|scripture|"
    r"excerpt|extract|epitaph|proverb|stanza)(?:\s+(?:from|of|by)\s+[^\x00.?!:,]{1,40})?\s*[:,]?\s*$"
)
# A sentence opening on a written text as its subject: a determiner or count ("The email",
# "Two bronze plaques"), a possessive pronoun ("His posts", "Her yearbook entry") or a
# name's possessive ("Marsh's letters"), up to two modifiers, the head noun, then what a
# subject phrase goes on with (a comma, a preposition, a verb).
_WRITTEN_SUBJECT = re.compile(
    r"\s*(?:(?:The|A|An|One|Two|Three|Four|Several|Some|Many|Another|This|That|These|Those|Each)\s+"
    r"|(?P<own>His|Her|Their|Its)\s+|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)[’']s\s+)"
    r"(?P<words>(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*)\b"
)
# Written texts a sentence can be about, plural forms too: what a quote after it reads out.
_WRITTEN_NOUNS = frozenset(
    """letter letters email emails e-mail e-mails post posts tweet tweets message messages note notes
    diary diaries journal journals entry entries yearbook plaque plaques inscription inscriptions
    caption captions manifesto memo memos text texts comment comments review reviews epitaph""".split()
)
# A subject issuing a text, right after its name: "issued a statement", "quickly released a
# brief statement", "put out a two-page release".
_ISSUE_VERB = re.compile(r"\b(?:issued|released|put out|sent out|published)\b")
_ISSUES_TEXT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:issued|released|put out|sent out|published)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|release|letter|announcement|memo)\b"
)
# After a text's head noun, who wrote or sent it: "The email from …", "a letter by …".
_BY_WRITER = re.compile(r"\s+(?:from|by|of)\s+")
_WORD_SPAN = re.compile(r"[a-z][\w’'-]*")


def _completes_subject(gap: str) -> bool:
    """Whether `gap`, between a speech verb's subject as read and the next name, only
    carries that subject on to the name: role words or up to four capitalised words or
    ranks, no punctuation ("ranking Democrat", "1st Lt.", "Sen.")."""
    words = gap.split()
    if len(words) > 4 or any(mark in gap for mark in ",;:()" + MASK):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in PERSON_NOUNS or w in _RANK_WORDS for w in words)


# Lower-case words of a rank or role before a name: "ranking Democrat", "senior aide".
_RANK_WORDS = frozenset("ranking senior junior former deputy acting chief assistant vice retired top longtime".split())


def _written_head_end(m: re.Match[str] | None) -> int | None:
    """Where the head of a `_WRITTEN_SUBJECT` match ends when it is a written text: the
    first of its words in `_WRITTEN_NOUNS`, with only modifiers before it ("Two bronze
    plaques", not "A woman wrote letters" nor "His son posts"). None when it is not."""
    if m is None:
        return None
    for word in _WORD_SPAN.finditer(m.string, m.start("words"), m.end("words")):
        low = word.group()
        if low in _WRITTEN_NOUNS:
            return word.end()
        if (
            low in _PHRASE_STOPS
            or low in PERSON_NOUNS
            or low in _UNNAMED_PEOPLE
            or low.endswith("ed")
            or SPEECH.fullmatch(low)
        ):
            return None
    return None


# Nouns of a group of people not named: a bare plural ("Critics say", "Protesters chanted").
_GROUP_NOUNS = frozenset(
    """people crowd crowds protesters demonstrators marchers parents families locals fans villagers
    neighbours neighbors residents critics supporters officials opponents activists workers
    employees students teachers doctors nurses experts analysts economists scientists researchers
    voters customers passengers shoppers users readers viewers listeners witnesses survivors""".split()
)
# Nouns counting people before "of": "groups of protesters", "a handful of residents".
_COUNT_NOUNS = frozenset("group groups handful crowd crowds band bands couple scores dozens hundreds".split())
# People a news story meets without naming, beyond the roles `PERSON_NOUNS` holds.
_UNNAMED_PEOPLE = frozenset(
    """source insider member seller mourner onlooker bystander local villager parent customer
    passenger shopper user reader viewer listener fan protester demonstrator marcher guest visitor
    tourist motorist commuter patient pensioner retiree tenant homeowner landlord diner caller
    commenter person""".split()
)
# A picture's credit line: "| Photo by Jo Dee", "Photograph: Jo Dee", "(Getty Images)".
_CAPTION = re.compile(r"\b(?:Photo(?:graph)?s?|Image|Picture|Illustration)(?:\s+by\b|:)|\bGetty Images\b")
# Every `_CAPTION` match holds one of these: a paragraph without them needs no regex pass.
_CAPTION_WORDS = ("Photo", "Image", "Picture", "Illustration")
# A possessive determiner right before a name: the name is a thing owned, no person.
_OWNERS = frozenset("its their his her our my your".split())
_OWNER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$", re.IGNORECASE)
# A text right before the marks saying what follows: "carrying signs saying,", "a banner
# reading:", "a placard that read" (a text noun, at most one word, then the participle).
_TEXT_SAYING = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|plaques?|slogans?|billboards?|notes?|headlines?|captions?)"
    r"(?:\s+[a-z]+)?\s+(?:saying|reading|that\s+(?:read|reads|said|says))\s*[,:]?\s*$"
)
# A sentence opening "For …"/"To …" on a name, and the comma closing the name.
_FRAME_LEAD = re.compile(r"\s*(?:For|To)\s+")
_COMMA_NEXT = re.compile(r"\s*,")
# "“…,” read one comment", "“…,” runs the headline": a text's verb after its quote.
_READ_TAIL = re.compile(r"\s*,?\s*(?:read|reads|ran|runs)\s+")
# Texts that speak for themselves: documents, filings, posts, signs, polls.
_TEXT_NOUNS = ISSUED_TEXTS | frozenset(
    """comment comments review reviews slogan inscription plaque label billboard chant chants graffiti
    lawsuit suit complaint filing indictment ruling judgment document documents sign banner placard
    poster leaflet flyer petition poll survey website video advert advertisement ad notes emails
    letters posts messages texts records transcript minutes affidavit warrant memo memos editorial
    editorials footnote footnotes signs banners placards posters""".split()
)
# A sentence's opening up to its subject phrase: an optional opening phrase closed by a
# comma ("Outside, ", "Hours later, ") and an optional determiner or count.
_SUBJECT_LEAD = re.compile(
    # An opening phrase of a few words ("Outside, "), or a clause opened by a
    # subordinator and closed by a comma or a pair of dashes ("If we lived in normal
    # times -- with some sense of history -- a reader would ask: “…”").
    r"\s*(?:(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4},\s+"
    r"|(?:If|When|While|Although|Though|Because|Unless|Once)\s[^,;:.!?\x00]{1,100}?"
    r"(?:,|\s(?:--|—)\s[^,;:.!?\x00]{1,80}?\s(?:--|—))\s+)?"
    r"(?:(?P<det>[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew|"
    r"[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens|[Hh]undreds|[Tt]housands)(?:\s+of(?:\s+the)?)?\s+)?"
)
# The words of a subject phrase: up to three modifiers, then its head.
_PHRASE_WORDS = re.compile(r"[\w’'-]+")
# Words that end a subject phrase before its head: function words and common verbs.
_PHRASE_STOPS = frozenset(
    """a an the of to in on at for with from by and or but who that which is was are were be been
    has had have will would can could may might do did said says told it he she they we""".split()
)
# Short words that do modify a subject's head ("a new poll", "an old sign"); other short
# words end the phrase (a preposition or article of another language: "A reunião com o").
_SHORT_MODIFIERS = frozenset("new old big top key ex bad odd".split())
_ACCORDING_TEXT = re.compile(
    r"\s*(?:[A-Z][\w’'-]*,\s+)?[Aa]ccording\s+to\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+)\b"
)

# After a text's head noun, its writer named: "from Jo Dee", "sent out by Acme", "signed by
# Jo Dee" (a capitalised name, not a possessive owner of others: "from Acme's lawyers"; not
# a date: "a letter from December").
_NAMED_WRITER = re.compile(
    r"\s+(?:(?:sent|signed|written|posted|issued|released)(?:\s+out)?\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|July|September|October|November|December|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?![\w’'])"
)

# "In a statement, …", "In an email to staff, …": a sentence opening on a text.
_TEXT_LEAD = re.compile(r"\s*In\s+(?:an?)\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[a-z]+)\b")


def _object_in_clause(masked: str, mention: Mention) -> bool:
    """Whether a name is the object of a participle or of a preposition other than "with"
    or "and" ("posting about Tom Reed leaving", "watching Tom Reed leave"): a name inside
    the first participle's clause, not the one the participles are said of ("with Ann
    Lund posting …", "and Ann Lund shaking …")."""
    before = masked[max(0, mention.start - 30) : mention.start].split()
    word = before[-1] if before else ""
    return (word.islower() and word.endswith("ing")) or (mention.after_preposition and word not in ("with", "and"))


# Nouns for a body of people that may take a plural verb: "Toll's staff take a harder line".
_PEOPLE_COLLECTIVES = frozenset("staff family camp side people crew".split())


def _may_modify(word: str) -> bool:
    """Whether a word right after a possessive may modify the noun after it ("Toll's
    blunt reply", "Toll's campaign message"), not head a phrase whose verb follows: no
    plural and no noun for people ("Toll's opponents take a different view:", "Toll's
    staff answer that:" are their words, not the owner's)."""
    return not (
        word in PERSON_NOUNS
        or word in _UNNAMED_PEOPLE
        or word in _PEOPLE_COLLECTIVES
        or (word.endswith("s") and not word.endswith(("ss", "ous")))
    )


def _unnamed_subject(masked: str, start: int) -> bool:
    """Whether the sentence at `start` is about somebody unnamed or a text (see
    `References._unnamed_subject_since`): an indefinite person ("a woman", "one
    official"), a group in the plural ("critics", "the protesters"), or a text
    ("a letter", "the lawsuit", "according to the complaint"). "The mayor" is a
    description of somebody known and "his letter" the speaker's own: neither."""
    according = _ACCORDING_TEXT.match(masked, start)
    if according is not None:
        return according.group("head") in _TEXT_NOUNS
    lead = _TEXT_LEAD.match(masked, start)
    if lead is not None and lead.group("head") in _TEXT_NOUNS:
        return True  # "In a statement, the company said": an unnamed issuer's text
    m = _SUBJECT_LEAD.match(masked, start)
    if m is None:
        return False
    det = (m.group("det") or "").lower()
    spans = list(_PHRASE_WORDS.finditer(masked, m.end(), min(len(masked), m.end() + 60)))[:4]
    words = [span.group() for span in spans]
    # A capitalised word opening the sentence: a name, or what places a group ("Harbour
    # officials", "Israeli officials"); only a group in the plural may follow it.
    if words and words[0].lower() in _OWNERS:
        return False  # "Her hosts", "His letter": people or texts of somebody known
    named_lead = not det and bool(words) and words[0][:1].isupper()
    for k, word in enumerate(words):
        low = word.lower()
        text = low in _TEXT_NOUNS
        group = low in _GROUP_NOUNS or (low.endswith("s") and (low[:-1] in PERSON_NOUNS or low[:-1] in _UNNAMED_PEOPLE))
        if low in _COUNT_NOUNS and k + 1 < len(words) and words[k + 1] == "of":
            # "Small groups of protesters", "A handful of residents": a count of people
            # nobody names (the people named later in the sentence do not speak for them);
            # "A crowd of Harbour residents" stays a group, as "crowd" was before.
            group = group or (k + 2 < len(words) and not words[k + 2][:1].isupper())
        person = low in PERSON_NOUNS or low in _UNNAMED_PEOPLE
        if named_lead and k > 0 and not word[:1].isupper():
            return group and word.islower()
        if not (text or group or person):
            if named_lead:
                continue
            if low.isdigit():
                continue  # "The 60-second ad", "the 2015 report": a number modifies the head
            if (
                low in _PHRASE_STOPS
                or (len(low) <= 3 and low not in _SHORT_MODIFIERS)
                or (low.endswith(("ed", "s")) and "-" not in low)
            ):
                return False  # past the subject phrase: "The town has two doctors"
            continue
        mods = words[:k]
        if not word.islower():
            # "Critics say": a bare plural opening the sentence, capitalised
            return k == 0 and not det and group
        if text:
            if any(w[:1].isupper() for w in mods) and det in ("", "the"):
                return False  # "The Acme report": a text of a named issuer
            if _NAMED_WRITER.match(masked, spans[k].end()) is not None:
                return False  # "An email from Jo Dee", "a letter sent out by Acme": its writer is named
            return det != "" or low.endswith("s")
        if group:
            return True
        return det in INDEFINITE | {"another"}
    return False


def _reporter_credit_line(masked: str) -> bool:
    """Whether a paragraph is a reporter's credit line: a role of reporting before the
    name ("— Staff writer Dana Price"; with no dash, only names after the role), a dash,
    a name and that role after it ("— Dana Price, staff writer"), or "contributed to this
    report" (short lines only). A sentence about a writer ("Writer Ivy Moss was not so
    sure.") is none."""
    if len(masked) > 200 or MASK in masked:
        return False
    if _CONTRIBUTED.search(masked):
        return True
    dash = _DASH_OPENING.match(masked) is not None
    lead = REPORTER_CREDIT_LEAD.match(masked)
    if lead is not None and (dash or _NAMES_ONLY.fullmatch(masked, lead.end())):
        # Without a dash, only names may follow the role: "Writer Ivy Moss disagreed."
        # is a sentence about a writer, who may speak next.
        return True
    return dash and REPORTER_CREDIT_AFTER.search(masked) is not None
