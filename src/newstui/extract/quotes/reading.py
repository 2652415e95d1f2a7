"""One article as the quote finder reads it: paragraphs with their quotes masked and
sentence starts found, the names the scan finds in them (roles, ages, full names of
bodies), and the record of speech events: who is reported speaking where."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from newstui.extract.names import (
    FIRST_NAMES,
    GENERATION_BEFORE,
    ORG_NOUNS,
    PERSON_NOUNS,
    Entity,
    Mention,
    Registry,
    mention_start,
    scan,
)
from newstui.extract.quotes.sentences import LowerWords, Para, sentence_starts
from newstui.extract.quotes.vocabulary import (
    CONTRACTION,
    DETERMINERS,
    FEMALE_ROLES,
    HEADLINE_SPEAKER,
    MALE_ROLES,
    MASK,
    NOT_PERSON_LAST,
    PARTY_TAG,
    SPEECH_VERBS,
    THE_BEFORE,
    VERSION_AFTER,
    is_title_case,
    only_role_words,
)


@dataclass(slots=True)
class Event:
    """A point where somebody is reported as speaking."""

    para: int
    pos: int
    speaker: str | None
    entity: Entity | None


# Reporting verbs as the name scan reads them ("Replied Tobias, “…”").
_VERBS = frozenset(SPEECH_VERBS)


# The word after a party tag's comma ("Jo Dee (D-N.Y.), said"): a reporting verb there.
_WORD_AFTER = re.compile(r"[a-z]+")


def _blank_party_tags(masked: str) -> str:
    """Blank the party tags after names, with a stray comma before a reporting verb.

    Pattern: US papers tag a lawmaker with party and state between the name and the
    verb ("Sen. Jo Dee (R-Ohio) said"), and many set a comma after the tag that no
    clause closes ("Gov. Jo Dee (D-N.Y.), said"). Blanked, the tag and that comma leave
    the name next to its verb. A comma opening an apposition ("(D-N.Y.), who chairs
    the panel, said") stays: only a reporting verb right after it drops it.
    """
    pieces: list[str] = []
    kept = 0  # pieces, not one string rebuilt per tag: a paragraph of many tags stays linear
    for tag in PARTY_TAG.finditer(masked):
        end = tag.end()
        if masked.startswith(", ", end):
            word = _WORD_AFTER.match(masked, end + 2)
            if word is not None and word.group() in _VERBS:
                end += 1
        pieces += [masked[kept : tag.start()], " " * (end - tag.start())]
        kept = end
    pieces.append(masked[kept:])
    return "".join(pieces)


# A picture credit: "©", or "Photograph:" / "Photo credit:" labelling a caption.
_CREDIT = re.compile(r"©|\b(?:Photograph|Photo|Picture|Image)(?:\s+credit)?:\s")


# A photographer's credit closing a caption or standing alone: a person's name (two to
# four words), a slash and the agency ("Jo Dee/Harbour Images", "Jo Dee / AP", "Lee
# Chu/Pool/Reuters", "(Jo Dee/AP)", "Photo by Jo Dee/Getty Images"), or the name and the
# paper it works for ("Jo Dee for The Harbour Times"); not an acronym's pairing ("CPR/First
# Aid"). The name is a photographer's, never a speaker nor a he/she's referent.
_CREDIT_SLASH = re.compile(
    r"(?:^|[.!?”]\s+)\s*\(?(?:(?:Photo|Photograph|Picture)(?:\s+by)?:?\s+)?"
    r"[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w’'-]*)){1,3}(?:\s?/\s?|\s+for\s+The\s+)"
    r"[A-Z][\w&.’'-]*(?:(?:\s+|\s?/\s?)[A-Z][\w&.’'-]*){0,2}\)?\s*$"
)
# A page or account on a platform, after the platform's name ("according to Dorn’s
# Facebook page", "according to Acme’s YouTube channel"): the owner before it speaks there.
# Between a body and the person whose role it qualifies: " co-host ", " 1st ", " ranking ".
ROLE_GAP = re.compile(
    r"(?:\s+(?!(?:and|or|but|nor|the|a|an|of|for|to|in|on|at|with|from|by|as|than|is|was|are|were|has|had|have"
    r"|will|would|told|said|says|asked|who|which|that|when|while|after|before|since|if|because)\b)"
    r"(?:[a-z][a-z]*(?:-[a-z]+)*(?<!ed)|\d+(?:st|nd|rd|th))){1,4}\s+"
)
# Words that stand between two names in a sentence but never in a role phrase: a preposition,
# a time word or a subordinating word ("said Jo Reed about rival Sam Pike", "said Jo Reed
# today alongside Sam Pike", "according to Jo Reed, whom Sam Pike hired").
_NOT_ROLE_WORDS = frozenset(
    """about above across against along alongside amid among around beside besides between beyond despite
    during inside into like near next onto outside over past per through toward towards under unlike until
    upon versus via within without today tonight yesterday tomorrow now then again also later earlier here
    there once though although unless whenever wherever whereas whom whose lest""".split()
)
# The "-ing" words a role phrase ends with ("ranking Democrat", "acting director"); any other
# "-ing" word right before a name is a participle with its object ("congratulating Sam Pike").
_ROLE_ING = frozenset(
    "ranking acting managing visiting founding presiding outgoing incoming leading sitting reigning defending".split()
)
_OWN_MEDIUM = re.compile(r"\s+(?:page|account|profile|feed|channel|blog|website|site|post|posts|bio)\b")
# Titles of a peer that also open stage names ("Lady Gaga"): see `_stage_names`.
_STAGE_TITLES = frozenset("Lady Lord".split())


# A paragraph opening on two to eight words in capitals and a dash: a newsletter's item
# heading ("RATES ON HOLD — Our Jo Dee: “…”", "FIRST IN MM: PORT FEES —"). It names no
# speaker; the name scan does not see it.
_HEADING_DASH = re.compile(
    r"\s*(?:[A-Z](?:[A-Z0-9’'.&/-]*[A-Z0-9.])?:?\s+){1,7}[A-Z][A-Z0-9’'.&/-]*[A-Z0-9.]\s+[—–]\s*"
)


# Between two people a headline joins: "Adeyemi and Salgado", "Roe vs Dee", "Roe & Dee".
_JOINED_PAIR = re.compile(r"\s+(?:and|&|vs\.?|v\.?|und|y|et|e)\s+")


# A wire story's dateline: one to four words in capitals opening the paragraph, perhaps a
# state or country after a comma and a date or agency in brackets, then a dash ("LISBON --",
# "OPORTO –", "WASHINGTON (Aug. 13) --", "SPRINGFIELD, Ill. (AP) —"). A place, never a
# speaker; the name scan does not see it.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z’'.-]*[A-Z](?:\s+[A-Z][A-Z’'.-]*[A-Z]){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    # A wire's date after the place ("BAMAKO, March 14 (AFP) -"), and its plain hyphen as the dash.
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:--|[—–]|-(?=\s))\s*"
)


# A paragraph opening on two to six words in capitals, then lower-case text: a house style
# setting the lede's first words in capitals ("THE HARBOUR TRUST for Seabirds has …",
# "NICOLE HERBERT, who …"). A dateline ("NEW YORK —", "PARIS (Reuters) -") has no
# lower-case word right after it.
_CAPS_LEDE = re.compile(r"\s*(?:[A-Z][A-Z’'.-]*[A-Z]\s+){1,5}[A-Z][A-Z’'.-]*[A-Z](?=,?\s+\S*[a-z])")
_LEDE_LOWER = frozenset("OF FOR AND IN AT ON TO BY THE".split())


# Runs of whitespace, kept when splitting.
_SPACES = re.compile(r"(\s+)")


def _lede_case(caps: re.Match[str]) -> str:
    """A lede's capitals in title case, as the words are written elsewhere (same length,
    so offsets hold); "of", "for", "and" … in lower case after the first word."""
    words = _SPACES.split(caps.group())
    out = []
    for k, word in enumerate(words):
        first = not "".join(words[:k]).strip()
        out.append(word.lower() if word in _LEDE_LOWER and not first else word.title())
    return "".join(out)


# A body's initials in brackets after its name: "the Harbour Board (HB)".
_INITIALS_AFTER_NAME = re.compile(r"(?<=[a-z’']) \([A-Z][A-Z&]{1,7}\)")


# "later," / "earlier," / "ago," right after a word.
_TIME_SPAN_AFTER = re.compile(r"\s+(?:later|earlier|ago)\s*,")
# The plural units a span of time is counted in ("Hours later,"): a surname ending in "s"
# ("Adams earlier, in a letter, wrote") is a person.
_TIME_UNITS = frozenset(
    "seconds minutes moments hours days nights weeks weekends months seasons years decades centuries".split()
)


def _time_span(mention: Mention, masked: str) -> bool:
    """A plural unit of time capitalised at a sentence's start, then "later,", "earlier,"
    or "ago,": a span of time ("Hours later, Dee called …", "Weeks earlier, …"), no name
    (and no subject for the verbs after it). "Jones later said" has no comma, and "Adams
    earlier, in a letter, wrote" is a person: only units of time count."""
    name = mention.entity.name
    return name.lower() in _TIME_UNITS and _TIME_SPAN_AFTER.match(masked, mention.end) is not None


def _unlike_person(mention: Mention, masked: str) -> bool:
    """A capitalised phrase that the name scan took for a person but that names a
    treaty, law, event or era ("U.N. Paris Agreement", "the Great Recession"), a
    work's title ("Why We’re Polarized"), or a code with a version number ("Omicron
    BA.2"): no speaker, and no referent for a he/she."""
    name = mention.entity.name
    return (
        name[name.rfind(" ") + 1 :] in NOT_PERSON_LAST
        or (("’" in name or "'" in name) and any(CONTRACTION.search(t) for t in name.split()))
        or (masked[mention.end : mention.end + 1] in (".", "-") and bool(VERSION_AFTER.match(masked, mention.end)))
    )


def _role_link(word: str) -> bool:
    """A word that may stand between a role and the name it describes: another role,
    "and", or a capitalised word (a title or an organisation: "chief Acme Jo Dee")."""
    return word in ("and", "&") or word[:1].isupper() or word.lower().strip(",") in PERSON_NOUNS


def _after_closed_quote(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Offsets of capitalised words right after a quote that closed its own sentence
    ('… rule of law.” Citing Locke, she …'). The mask hides that full stop, so the
    sentence starts miss them; the name scan still reads such a word as a sentence's
    first word (a verb or adverb there is no part of a name). Not a sentence start for
    attribution: '“Go home!” Dee shouted' is one sentence. A line break (a page's <br>) after
    the quote ends it as a space does."""
    found: set[int] = set()
    for _, b in ranges:
        closed = text[max(0, b - 3) : b].rstrip("”’\"'")
        if closed.endswith((".", "?", "!", "…")) and text[b : b + 1] in (" ", "\n") and text[b + 1 : b + 2].isupper():
            found.add(b + 1)
    return found


# A comma and a short phrase after a name, up to the next comma or stop.
_APPOSITION_AFTER = re.compile(r",\s+([^,.;:\x00]{1,90}?)(?=,|\.|;|$)")


def _masked(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with each range [a, b) of its quotes replaced by MASK characters, in one
    join: a paragraph made only of quotes masked one range at a time copied itself per quote."""
    if not ranges:
        return text
    pieces: list[str] = []
    at = 0
    for a, b in sorted(ranges):
        a = max(a, at)
        if b <= a:
            continue
        pieces += (text[at:a], MASK * (b - a))
        at = b
    pieces.append(text[at:])
    return "".join(pieces)


_WHERE_REACH = 64
"""The most speech events `last_event` weighs for one it picks by a test: far more than
a few paragraphs of news hold, so only a hostile run of turns meets the bound."""


class ArticleReading:
    """Holds one article's paragraphs, names and speech events.

    The paragraphs are read once, here. `SubjectReader` reads subject phrases in them,
    `References` resolves those to the names and events held here, and `Resolver`
    records the speech clauses outside quotes as events when it is built."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        self._ends: dict[int, tuple[list[Mention], int, dict[int, Mention]]] = {}
        """Per paragraph, its names by where they end (`mention_ending`), and the list and
        count they were read from."""
        self.registry = Registry()
        lower_words = LowerWords(paragraphs)
        self.registry.common = lower_words
        if headline and is_title_case(headline, least=3):
            # A Title Case headline ("Clinton Wades In, Urges Britain to Stay") makes
            # every word look like a name; only a speaker's name before a colon
            # ("Cecile Richards: ‘I’m Sick Of …’") is read from it.
            speaker = HEADLINE_SPEAKER.match(headline)
            headline = speaker.group(1) if speaker else None
        self._subject: Entity | None = None
        """The person a headline names ("Jo Dee: 'I never planned this'"): a profile's or
        interview's subject, who speaks throughout while others are only talked about; with
        none named, the main speaker once the events are read (`_main_speaker`)."""
        if headline:
            mentions = scan(headline, self.registry, lower_words, {0})
            self.registry.headline.update(id(mention.entity) for mention in mentions)
            people = [m for m in mentions if m.entity.kind == "person"]
            if people and not (
                len(people) > 1 and _JOINED_PAIR.fullmatch(headline, people[0].end, people[1].start) is not None
            ):
                # A person: a profile's or interview's subject. Two joined ("Adeyemi and
                # Salgado trade threats") make a report on both, nobody's profile.
                self._subject = people[0].entity
        self._headline_subject = self._subject is not None
        """Whether a headline named `_subject` (else it is the main speaker, if any)."""
        self.paras: list[Para] = []
        self._quote_starts: list[set[int]] = []
        """Per paragraph: words right after a quote that closed its sentence (`_after_closed_quote`)."""
        base = 0
        for text, ranges in zip(paragraphs, masks, strict=True):
            masked = _masked(text, ranges)
            if "(" in masked:
                # "Rep. Gwen Moore (D-Wis.) said": the party tag hides the name from its verb;
                # so does a body's initials ("a spokesperson for the Harbour Board (HB) said").
                masked = _blank_party_tags(masked)
                masked = _INITIALS_AFTER_NAME.sub(lambda m: " " * len(m.group()), masked)
            if masked[:2].isupper():
                masked = _HEADING_DASH.sub(lambda m: " " * len(m.group()), masked, count=1)
                masked = _DATELINE.sub(lambda m: " " * len(m.group()), masked, count=1)
                masked = _CAPS_LEDE.sub(_lede_case, masked, count=1)
            starts = sentence_starts(masked)
            after_quote = _after_closed_quote(text, ranges)
            self._quote_starts.append(after_quote)
            mentions = scan(masked, self.registry, lower_words, set(starts) | after_quote, text, _VERBS)
            if "later" in masked or "earlier" in masked or "ago" in masked:
                mentions = [m for m in mentions if not _time_span(m, masked)]
            self.paras.append(Para(text, masked, starts, mentions, base))
            base += len(starts)
        with_the: dict[int, bool] = {}
        """Per person entity: whether every mention stands right after "the" with no title."""
        for para in self.paras:
            for mention in para.mentions:
                entity = mention.entity
                if entity.kind == "person" and _unlike_person(mention, para.masked):
                    entity.kind = "unknown"
                if entity.kind == "person" and with_the.get(id(entity), True):
                    with_the[id(entity)] = not mention.titles and bool(
                        THE_BEFORE.search(para.masked, max(0, mention.start - 5), mention.start)
                    )
                self._note_roles(para.masked, mention)
        self._generations()
        self._full_org_names()
        self._stage_names()
        for entity in self.registry.entities:
            if with_the.get(id(entity)) and not entity.gender:
                # "privatise the Royal Mail", "under the Lowland Accord": a name only ever
                # written after "the" names a thing or a body, not a person.
                entity.kind = "unknown"
        self._credits = {
            p
            for p, para in enumerate(self.paras)
            if "©" in para.masked
            or (": " in para.masked and _CREDIT.search(para.masked))
            or (("/" in para.masked or " for The " in para.masked) and _CREDIT_SLASH.search(para.masked))
        }
        """Picture captions and credits ("© Agency Images / Jo Bloggs"): between a quote and
        the person it continues, they name nobody that a he/she refers to."""
        self._spoken: set[int] = set()
        """Ids of the entities of speech events (entities live as long as the registry)."""
        self._quoted: set[int] = set()
        """Ids of the entities quotes were attributed to."""
        self._events: dict[int, list[Event]] = {}
        """Speech events by paragraph, so look-backs stay local in long articles; each
        paragraph's in the order of their offsets (those at one offset in the order
        recorded), so a look-up bisects instead of passing over them all."""
        self._event_starts: dict[int, list[int]] = {}
        """Per paragraph: the offsets of its `_events`, for bisection."""
        self._named_speakers: set[int] = set()
        """Ids of the entities a speech verb has by name ("Dee said", not "she said")."""
        self._unnamed_speech: dict[int, list[int]] = {}
        """Per paragraph: where one unnamed person speaks ("a spokesperson for Acme said")."""
        self._groups: set[int] = set()
        """Ids of the bodies a plural description of their members spoke for ("the lawmakers")."""
        self._unnamed_texts: dict[int, list[int]] = {}
        """Per paragraph: where a text of no named issuer speaks ("says the research")."""

    # -- names -----------------------------------------------------------

    def _full_org_names(self) -> None:
        """'The Institute said', 'the Ministry's release': a bare capitalised kind of body
        refers back to the body named in full that holds the word ("Harbour Institute for
        Ocean Studies"), the latest one named before it, else one the headline names."""
        named: list[Entity] = []
        for para in self.paras:
            for mention in para.mentions:
                entity = mention.entity
                if entity.kind != "org":
                    continue
                tokens = entity.tokens
                if len(tokens) == 1 and tokens[0].lower() in ORG_NOUNS:
                    word = tokens[0]
                    full = next((e for e in reversed(named) if word in e.tokens), None)
                    if full is None:
                        held = (e for e in self.registry.entities if e.kind == "org" and len(e.tokens) > 1)
                        full = next((e for e in held if word in e.tokens), None)
                    if full is not None:
                        mention.entity = full
                elif len(tokens) > 1:
                    named.append(entity)

    def _stage_names(self) -> None:
        """A stage name opening with a peer's title ("Lady Gaga", "Lady Velvet"): the title
        is part of the name when the article also writes the other word alone ("Gaga and
        her mother"), which it never does for a peer ("Lord Alli" every time). Only a
        one-word name that is no known given name ("Lady Diana") and no other person's
        surname ("Lady Starmer" beside "Keir Starmer")."""
        titled: dict[int, tuple[Entity, str]] = {}
        bare: set[int] = set()
        for para in self.paras:
            for mention in para.mentions:
                entity = mention.entity
                if entity.kind != "person" or len(entity.tokens) != 1 or entity.name in FIRST_NAMES:
                    continue
                if not mention.titles:
                    bare.add(id(entity))
                elif len(mention.titles) == 1 and mention.titles[0] in _STAGE_TITLES:
                    titled.setdefault(id(entity), (entity, mention.titles[0]))
        for key, (entity, title) in titled.items():
            if key in bare:
                entity.name = f"{title} {entity.name}"

    def _note_roles(self, masked: str, mention: Mention) -> None:
        """Roles and age from an apposition or the words before a name."""
        entity = mention.entity
        after = _APPOSITION_AFTER.match(masked, mention.end)  # no copy of the paragraph's rest
        if after:
            seg = after.group(1).strip()
            if seg.isdigit() and 0 < int(seg) < 120:
                entity.age = int(seg)
            else:
                words = seg.lower().replace("’s", "").replace("'s", "").split()
                if words and (words[0] in DETERMINERS or words[0] in PERSON_NOUNS or "’s" in seg or "'s" in seg):
                    entity.roles.update(w for w in words if w in PERSON_NOUNS)
        before = masked[max(0, mention.start - 40) : mention.start].split()[-3:]
        for k, w in enumerate(before):
            w = w.strip(",;:()")
            # Only a role joined to the name ("singer Jo Dee", "manager and husband Jo
            # Dee"), not the subject of a verb whose object is the name ("the singer
            # clearly trusted Dee", "the singer spoke to Dee").
            if w.lower() in PERSON_NOUNS and w.islower() and all(_role_link(x) for x in before[k + 1 :]):
                entity.roles.add(w)
        if entity.kind in ("person", "unknown") and entity.gender is None:
            if entity.roles & FEMALE_ROLES:
                entity.gender = "f"
            elif entity.roles & MALE_ROLES:
                entity.gender = "m"

    def mention_ending(self, p: int, end: int) -> Mention | None:
        """The name ending exactly at `end` (the first so listed): looked up in the
        paragraph's names by their ends, read once while its names stay the same (a
        paragraph of thousands of quotes asks once or twice per quote)."""
        mentions = self.paras[p].mentions
        cached = self._ends.get(p)
        if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
            ends: dict[int, Mention] = {}
            for mention in mentions:
                ends.setdefault(mention.end, mention)
            cached = (mentions, len(mentions), ends)
            self._ends[p] = cached
        return cached[2].get(end)

    def named_at(self, p: int, start: int) -> Mention | None:
        """The name at `start` that a role modifier or possessive leads to: "according to
        longtime Quanta contributor Erica Klarreich" → Klarreich, not Quanta;
        "according to RedMonk’s Stephens" → Stephens."""
        mention = self.mention_starting(p, start)
        if mention is not None and (mention.modifier or mention.possessive):
            later = self.mention_starting(p, mention.end)
            if later is not None:
                masked = self.paras[p].masked
                if (
                    mention.possessive
                    and _OWN_MEDIUM.match(masked, later.end)
                    and masked[max(0, mention.start - 13) : mention.start].lower().endswith("according to ")
                ):
                    # "according to Dorn’s Facebook page": the platform is where the owner
                    # speaks, not who speaks. (What a page's own line says, "Dorn’s page, which
                    # the site memorialised “…”", may be the platform's words.)
                    return mention
                return later
        if mention is not None:
            return self.role_holder(p, mention) or mention
        return mention

    def role_holder(self, p: int, mention: Mention) -> Mention | None:
        """The person a body or place names the role of: "Harbour Radio co-host Lee
        Mott", "Coast Guard 1st Lt. Dana Cole", "Oversight ranking Democrat Sam Pike",
        "Smith ally Jo Dee". Pattern: a name (whatever kind the scan guessed), then one to
        four lower-case role words or ordinals (no function word, no verb), then a
        person's name: the words make the first name a modifier of the person's role,
        as "Acme spokesman" does. Not a preposition or a time word among them, nor a
        participle last ("said Jo Reed about rival Sam Pike": Jo Reed speaks)."""
        if mention.possessive:
            return None
        masked = self.paras[p].masked
        mentions = self.paras[p].mentions
        k = bisect_left(mentions, mention.end, key=mention_start)  # the next name only
        later = mentions[k] if k < len(mentions) else None
        if later is None or later.entity.kind != "person" or not ROLE_GAP.fullmatch(masked, mention.end, later.start):
            return None
        words = masked[mention.end : later.start].split()
        if any(word in _NOT_ROLE_WORDS for word in words):
            return None
        if words[-1].endswith("ing") and words[-1] not in _ROLE_ING:
            return None
        return later

    def mention_starting(self, p: int, start: int) -> Mention | None:
        """The name at `start`, allowing a few lower-case words first ("plumber Dave Kowalski")."""
        mentions = self.paras[p].mentions
        # The names are in the order of their offsets: those before `start` never count.
        for k in range(bisect_left(mentions, start, key=mention_start), len(mentions)):
            mention = mentions[k]
            if mention.start >= start and only_role_words(self.paras[p].masked[start : mention.start]):
                return mention
            if mention.start > start:
                break
        return None

    def mention_at(self, p: int, start: int) -> Mention | None:
        """The name starting exactly at `start`, no role words before it."""
        mention = self.mention_starting(p, start)
        return mention if mention is not None and mention.start == start else None

    # -- speech events -----------------------------------------------------

    def _generations(self) -> None:
        """Of a family sharing a surname, whom "the elder Raghavan" or "the younger Quispe"
        names: the parent or the child the article introduced by a kin word ("Her father,
        Suresh Raghavan"), else the oldest or youngest of known age (see
        `Registry.of_generation`); read once every paragraph has given its roles."""
        for para in self.paras:
            if " elder " not in para.masked and " younger " not in para.masked and " older " not in para.masked:
                continue
            for mention in para.mentions:
                generation = GENERATION_BEFORE.search(para.masked, max(0, mention.start - 16), mention.start)
                if generation is None or len(mention.entity.tokens) < 2:
                    continue
                word = para.masked[mention.start : mention.end].removesuffix("’s").removesuffix("'s")
                found = self.registry.of_generation(word, generation.group(1) != "younger")
                if found is not None:
                    mention.entity = found

    def _main_speaker(self) -> Entity | None:
        """The person a feature is about when the headline names nobody: reported
        speaking by name at least four times, at least twice as often as anybody else."""
        counts: dict[int, int] = {}
        people: dict[int, Entity] = {}
        for events in self._events.values():
            for event in events:
                e = event.entity
                if e is not None and e.kind == "person" and id(e) in self._named_speakers:
                    counts[id(e)] = counts.get(id(e), 0) + 1
                    people[id(e)] = e
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 4 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return people[ranked[0][0]]

    def _talked_about(self, entity: Entity) -> bool:
        """Whether `entity` is somebody other than the headline's person, who speaks in the
        article by name, while no speech verb ever has `entity` by name: only talked about
        (a he/she the scan resolved to it may be wrong, so does not count)."""
        return (
            self._subject is not None
            and entity is not self._subject
            and id(self._subject) in self._named_speakers
            and id(entity) not in self._named_speakers
        )

    def spoke_by_name(self, entity: Entity) -> bool:
        """Was this entity reported speaking under its own name ("X said", "according to X")?"""
        return id(entity) in self._named_speakers

    def has_spoken(self, entity: Entity) -> bool:
        """Was this entity (perhaps a bare surname of unknown kind) reported speaking?"""
        return id(entity) in self._spoken

    def drop_event(self, p: int, start: int, end: int) -> None:
        """Forget the first speech clause read in paragraph `p` between `start` and `end`:
        a quote's attribution there has already said who speaks with that verb. Bisected
        and deleted in place: a paragraph of thousands of “…,” X told us turns drops one
        per quote, and a pass or a copy of its events each time was the paragraph's square."""
        events, starts = self._events_by_pos(p)
        at = bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            del events[at], starts[at]

    def add_event(self, event: Event, quoted: bool = False) -> None:
        """Record a speech event; `quoted` when it is a quote's attribution."""
        events = self._events.setdefault(event.para, [])
        starts = self._event_starts.setdefault(event.para, [])
        at = bisect_right(starts, event.pos)  # after those at the same offset: the order recorded
        events.insert(at, event)
        starts.insert(at, event.pos)
        if event.entity is not None:
            self._spoken.add(id(event.entity))
            if quoted:
                self._quoted.add(id(event.entity))

    def _events_by_pos(self, q: int) -> tuple[list[Event], list[int]]:
        """Paragraph `q`'s speech events in the order of their offsets, and the offsets."""
        return self._events.get(q, []), self._event_starts.get(q, [])

    def events_between(self, first: int, last: int) -> list[Event]:
        """The speech events of paragraphs `first` to `last`, in paragraph order."""
        return [ev for q in range(max(0, first), last + 1) for ev in self._events.get(q, ())]

    def trailing_report(self, p: int, start: int, end: int) -> Event | None:
        """The speech event of a reporting clause closing the sentence of the quote at
        `start`..`end` (", the bureau said."): after the quote, in its sentence, set off
        by a comma, with at most a few words after the verb; None when there is none."""
        para = self.paras[p]
        sentence = para.sentence_of(start)
        close = para.sentence_end(start)
        events, starts = self._events_by_pos(p)
        for ev in events[bisect_left(starts, end) : bisect_left(starts, close)]:
            if para.sentence_of(ev.pos) != sentence or ev.speaker is None:
                continue
            comma = para.masked.rfind(",", end, ev.pos)
            if comma < 0 or len(para.masked[comma : ev.pos].split()) > 6:
                continue
            if len(para.masked[ev.pos : close].split()) <= 4:
                return ev
        return None

    def last_event(self, p: int, pos: int, back: int, where: Callable[[Event], bool] | None = None) -> Event | None:
        """The latest speech event before (p, pos), at most `back` paragraphs up (of those
        `where` accepts, when given, among the latest `_WHERE_REACH` events: a paragraph of
        thousands of “…,” they said turns asks per quote, and a pass back over every turn
        that `where` refuses was the paragraph's square)."""
        left = _WHERE_REACH
        for q in range(p, max(0, p - back) - 1, -1):
            events, starts = self._events_by_pos(q)
            # Latest first (of those at one offset, the last recorded), from just before `pos`.
            k = bisect_left(starts, pos) if q == p else len(events)
            if where is None:
                if k:
                    return events[k - 1]
                continue
            for i in range(k - 1, max(0, k - left) - 1, -1):
                if where(events[i]):
                    return events[i]
            left -= min(k, left)
            if not left:
                break
        return None
