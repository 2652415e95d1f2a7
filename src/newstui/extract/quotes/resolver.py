"""Who a subject phrase names: mentions, speech events, antecedents of he/she/it,
descriptions ("the minister", "the 56-year-old") and organisations ("the ministry")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newstui.extract.names import (
    FIRST_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    Entity,
    Gender,
    Mention,
    Registry,
    scan,
)
from newstui.extract.quotes.sentences import LowerWords, Para, sentence_starts, tail_start
from newstui.extract.quotes.vocabulary import (
    ACCORDING,
    ACCORDING_HINTS,
    ADVERBS,
    AGE,
    BODY_NOUNS,
    CONTRACTION,
    COORDINATED_ING,
    DASH_APPOSITION,
    DASHES,
    DETERMINERS,
    FEMALE_ROLES,
    GROUP_OF,
    HEADLINE_SPEAKER,
    INDEFINITE,
    ISSUED_TEXT,
    ISSUED_TEXTS,
    LAST_LETTERS,
    LAST_PHRASE,
    LAST_WORD,
    MALE_ROLES,
    MASK,
    MEDIA,
    NOT_PERSON_LAST,
    PARTICIPLE_PHRASE,
    PARTY_TAG,
    PRONOUN_LEAD,
    PRONOUNS,
    SPEECH,
    SUBORDINATOR,
    THE_BEFORE,
    VERSION_AFTER,
    is_noun_use,
    is_title_case,
    only_role_words,
)


@dataclass(slots=True)
class Subject:
    kind: str  # "name" | "pronoun" | "desc" | "unnamed"
    start: int
    end: int
    text: str
    mention: Mention | None = None

    @classmethod
    def named(cls, mention: Mention) -> Subject:
        """The subject that is the name `mention`, as it stands."""
        return cls("name", mention.start, mention.end, "", mention)


@dataclass(slots=True)
class Event:
    """A point where somebody is reported as speaking."""

    para: int
    pos: int
    speaker: str | None
    entity: Entity | None


# A lower-case noun right after a name: the name is used as an adjective before it.
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:said|says|told|added|and|or|of|who|is|was|has|had)\b)[a-z][a-z-]+\b")

# A picture credit: "©", or "Photograph:" / "Photo credit:" labelling a caption.
_CREDIT = re.compile(r"©|\b(?:Photograph|Photo|Picture|Image)(?:\s+credit)?:\s")

_INDEFINITE_LEAD = re.compile(r"\s*(?:a|an|one|another|two|three|some|several)\s", re.IGNORECASE)


# A role phrase of up to six words after an inverted verb, closed by a comma:
# "the group's Chief Executive, ", "a later chancellor, ", "Chief Marketing Officer at Acme, ".
_ROLE_APPOSITIVE = re.compile(
    r"\s*(?:[\w’'.&-]+\s+){0,5}?([\w’'-]+)(?:\s+(?:at|of|for)\s+(?:[A-Z][\w’'&.-]*\s*){1,4})?,\s+"
)


# "Its statement", "the firm’s release", "The company's announcement": an organisation's text.
_ORG_TEXT = re.compile(
    r"(?:[Ii]ts|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:company|firm|group|business|brand|retailer|maker|charity|"
    r"agency|department|ministry|organi[sz]ation|club|union|bank|airline)[’']s)\s+(?:(?:official|written|"
    r"brief|short|latest|new|own)\s+)?(?:press\s+)?" + ISSUED_TEXT
)


# A paragraph opening on two to eight words in capitals and a dash: a newsletter's item
# heading ("RATES ON HOLD — Our Jo Dee: “…”", "FIRST IN MM: PORT FEES —"). It names no
# speaker; the name scan does not see it.
_HEADING_DASH = re.compile(
    r"\s*(?:[A-Z](?:[A-Z0-9’'.&/-]*[A-Z0-9.])?:?\s+){1,7}[A-Z][A-Z0-9’'.&/-]*[A-Z0-9.]\s+[—–]\s*"
)


# A wire story's dateline: one to four words in capitals opening the paragraph, perhaps a
# state or country after a comma and a date or agency in brackets, then a dash ("LISBON --",
# "OPORTO –", "WASHINGTON (Aug. 13) --", "SPRINGFIELD, Ill. (AP) —"). A place, never a
# speaker; the name scan does not see it.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z’'.-]*[A-Z](?:\s+[A-Z][A-Z’'.-]*[A-Z]){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:--|[—–])\s*"
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


# Capitalised words joined by "and" / "&" closing a text: "Universities and ".
_NAME_CHAIN = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:and\s+|&\s+)?)+$")


# A body's initials in brackets after its name: "the Harbour Board (HB)".
_INITIALS_AFTER_NAME = re.compile(r"(?<=[a-z’']) \([A-Z][A-Z&]{1,7}\)")


# What a he/she resolves to when an unnamed person spoke after anybody named (see `_antecedent`).
_UNNAMED = Entity(name="", kind="unknown")


# Texts that speak with their issuer unnamed: "the research says", "the paper states".
_UNNAMED_TEXT_NOUNS = ISSUED_TEXTS | frozenset("research paper analysis findings".split())


# A speech verb that puts a text on record: "wrote", "said in a report", "noted in
# their letter" (up to four words between verb and text).
_WRITTEN = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:wrote\b|[a-z]+\s+(?:[\w’'-]+\s+){0,2}?in\s+(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?"
    + ISSUED_TEXT
    + r"\b)"
)


def _owner_of_body(mention: Mention, following: Mention | None) -> bool:
    """Whether an organisation's name is only the possessor of the body named right after
    it ("the National Weather Service’s Storm Prediction Center", "Acme's Safety Board"):
    the phrase names the second body, which a later "the agency" refers to."""
    return (
        mention.possessive
        and following is not None
        and following.entity.kind == "org"
        and following.start - mention.end <= 3
    )


def _body_like(entity: Entity) -> bool:
    """An organisation, or a name nothing marks as a person's: no gender, role or known
    given name ("Organic Liaison", "Lean Harbour")."""
    if entity.kind == "org":
        return True
    return (
        entity.kind in ("person", "unknown")
        and not entity.gender
        and not entity.roles
        and entity.tokens[0] not in FIRST_NAMES
    )


def _office_lead(lead: str) -> bool:
    """Whether the words before a name are an office: capitalised words ("Acme Bank of
    Ohio President"), perhaps with role words after them ("Acme Bank chief economist").
    "Acme Bank of Ohio chief economist Jo Dee, …, said" names Dee as the subject as
    plainly as a bare role does."""
    office = _TITLED_OFFICE.match(lead)
    if office is None:
        return False
    rest = lead[office.end() :].strip()
    return not rest or (only_role_words(rest) and rest.split()[-1].lower() in PERSON_NOUNS)


def _one_unnamed_person(text: str) -> bool:
    """'a spokesperson', 'one resident', 'an official': one person, not named. The
    phrase may go on with where the person is or what they asked ("a doctor from
    the town", "a resident who asked not to be identified"): its head is the noun
    before the first preposition or relative word."""
    words = text.lower().split()
    for k, word in enumerate(words):
        if k > 1 and (word in _PLACING or word in _RELATIVE):
            words = words[:k]
            break
    return len(words) >= 2 and words[0] in INDEFINITE and words[-1].rstrip(",") in PERSON_NOUNS


_RELATIVE = frozenset("who whose whom that which".split())


# A sentence opening on one unnamed person and a relative clause about them: "A
# resident who asked not to be named", "One officer, who declined to give his name,".
_UNNAMED_WHO_LEAD = re.compile(r"\s*(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+,?\s+(?:who|whose)\s")


def _unnamed_with_clause(masked: str, floor: int, end: int) -> bool:
    """Whether the sentence from `floor` opens on one unnamed person followed by a
    relative clause, which runs on to `end`: the speech verb after it is that person's
    ("A resident who asked not to be named because of the law said …"), whatever noun
    the clause ends on. "who" marks the noun before it as a person, whatever it is."""
    return _UNNAMED_WHO_LEAD.match(masked, floor, end) is not None


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


# After an organisation's possessive: its text ("ClassPass's yearly report", "Acme’s reports").
_OWNED_TEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?" + ISSUED_TEXT + r"s?\b")
# In the sentence an organisation opens: a text it issues ("… in its trends report", "… a new study").
_HELD_TEXT = re.compile(r"\b(?:its|a|an|their|new|latest)\s+(?:[a-z][\w-]*\s+){0,3}?" + ISSUED_TEXT + r"s?\b")
# Before a name opening its sentence: nothing, or "The".
_SENTENCE_SUBJECT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?")


def _role_link(word: str) -> bool:
    """A word that may stand between a role and the name it describes: another role,
    "and", or a capitalised word (a title or an organisation: "chief Acme Jo Dee")."""
    return word in ("and", "&") or word[:1].isupper() or word.lower().strip(",") in PERSON_NOUNS


def _role_word(word: str) -> bool:
    """A role noun closing a phrase ("Executive", "chancellor", "spokeswoman")."""
    return word.lower() in PERSON_NOUNS


# A lower-case word right after a name.
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _unnamed_with_name(gap: str, mention: Mention, masked: str) -> bool:
    """'said a dispatcher on Harbour Radio', 'said one Labour organiser': an indefinite
    subject whose name only places it (after a preposition) or qualifies it (a
    modifier). 'said a sceptical Jo Marsh' names its speaker; a spokesperson speaks
    for the organisation named ('said a spokeswoman for Acme'), so that keeps its name."""
    if not _INDEFINITE_LEAD.match(gap):
        return False
    words = gap.lower().split()
    role = _LOWER_WORD_AFTER.match(masked[mention.end :])
    modifier = mention.modifier or (role is not None and role.group(1) in PERSON_NOUNS)
    if not (modifier or (words and words[-1] in _PLACING)):
        return False
    return not any(w.startswith(("spokes", "representative", "statement")) for w in words)


_PLACING = frozenset("on at in from with of for near".split())
# Punctuation that ends a clause: a phrase holding one is not a single subject or apposition.
_CLAUSE_BREAK = re.compile(r"[;:!?]")


@functools.cache
def _intro_pattern(head: str) -> re.Pattern[str]:
    """An indefinite introduction of a person of the kind `head` ("a former aide", "one
    employee", "another Acme engineer"). Compiled once a head: heads are `PERSON_NOUNS`
    words or their plurals (`Resolver.resolve_description`), a closed list, so the cache stays small."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,4}?" + re.escape(head) + r"\b")


def _unnamed_head(gap: str) -> str:
    """An unnamed subject without the words that place it: "a doctor from" → "a doctor"."""
    words = gap.split()
    while words and words[-1].lower() in _PLACING:
        words.pop()
    return " ".join(words)


# How many paragraphs back a he/she looks for somebody of its gender when nobody is nearer.
_FAR_BACK = 6
# "he said.", "she later told reporters.": a he/she heading a reporting clause that ends its sentence
_REPORTING_PRONOUN = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|later\s+|also\s+)?(?:" + SPEECH.pattern + r")[^,.;:!?\x00“”\"]{0,40}[.!?]"
)


# A capitalised office before a name: "Federal Reserve Bank of Boston President" (the
# name scan may take all but its first words into the name's titles).
_TITLED_OFFICE = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w’'.-]*")
# Between an office and its holder's name: capitalised words, commas, of/for/and/the.
_OFFICE_GAP = re.compile(r"(?:[\s,&]|\b(?:of|for|and|the)\b|[A-Z][\w’'.-]*)*")


def _after_closed_quote(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Offsets of capitalised words right after a quote that closed its own sentence
    ('… rule of law.” Citing Locke, she …'). The mask hides that full stop, so the
    sentence starts miss them; the name scan still reads such a word as a sentence's
    first word (a verb or adverb there is no part of a name). Not a sentence start for
    attribution: '“Go home!” Dee shouted' is one sentence."""
    found: set[int] = set()
    for _, b in ranges:
        closed = text[max(0, b - 3) : b].rstrip("”’\"'")
        if closed.endswith((".", "?", "!", "…")) and text.startswith(" ", b) and text[b + 1 : b + 2].isupper():
            found.add(b + 1)
    return found


# A relative clause opening right before a verb: "Jo Dee, who said".
_WHO_CLAUSE = re.compile(r",\s+who$")
_WHICH_CLAUSE = re.compile(r",\s+which$")
# Between a body's name and the place it is based in: " in ", " of the ".
_PLACE_OF_BODY = re.compile(r"\s+(?:in|of|at)\s+(?:the\s+)?")


# Between a person's name and the body they belong to: " with the ", " of the liberal ".
_BODY_LINK = re.compile(r",?\s+(?:with|of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


# What makes "a former aide" describe somebody named rather than introduce somebody unnamed.
_NAMING_BEFORE = re.compile(r"\b(?:is|was|as|been|became|becomes)\s+$")
_NAMING_AFTER = re.compile(r"(?:\s+[a-z][\w’'-]*){0,5},\s+[A-Z]")


# A comma and a short phrase after a name, up to the next comma or stop.
_APPOSITION_AFTER = re.compile(r",\s+([^,.;:\x00]{1,90}?)(?=,|\.|;|$)")
# A text's issuer follows: "statement from the".
_ISSUER_LINK_END = re.compile(r"\s(?:from|by|of)\s+(?:the\s+)?$")
# "the" and up to three lower-case words, right before a name.
_THE_AND_WORDS_END = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){0,3}$")
# Up to five lower-case words after a name.
_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,5}\s+")
# A short phrase up to a comma.
_SHORT_TO_COMMA = re.compile(r"[^,.;:!?\x00]{0,40},\s+")
# An unnamed subject placed by the name after it: "a dispatcher at the", "two officials from".
_UNNAMED_BEFORE_PLACE = re.compile(
    r"(?:^|[\s(—–])((?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"[a-z][\w-]*)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?$"
)
# A description next, up to punctuation or the clause after it: "the minister, …".
_DESCRIPTION_NEXT = re.compile(
    r"\s*((?:the|a|an|one|another|his|her|their|its)\s+[^,.;:!?\x00]{1,80}?)"
    r"(?=\s*(?:[,.;:!?\x00]|$|\s+(?:in|on|at|during|after|before|when|while|who|adding|according)\b))"
)
# A subject pronoun next.
_PRONOUN_NEXT = re.compile(r"\s*(he|she|they|it|we|I)\b")
# Text ending on a comma.
_COMMA_END = re.compile(r",\s*$")
# A comma, semicolon, colon or dash: a clause boundary.
_CLAUSE_MARK = re.compile(r"[,;:—–]|--")


class Resolver:
    """Holds one article's paragraphs, names and speech events."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        self.registry = Registry()
        lower_words = LowerWords(paragraphs)
        if headline and is_title_case(headline, least=3):
            # A Title Case headline ("Clinton Wades In, Urges Britain to Stay") makes
            # every word look like a name; only a speaker's name before a colon
            # ("Cecile Richards: ‘I’m Sick Of …’") is read from it.
            speaker = HEADLINE_SPEAKER.match(headline)
            headline = speaker.group(1) if speaker else None
        self._subject: Entity | None = None
        """The person a headline names ("Jo Dee: 'I never planned this'"): a profile's or
        interview's subject, who speaks throughout while others are only talked about."""
        if headline:
            for mention in scan(headline, self.registry, lower_words, {0}):
                if mention.entity.kind == "person":
                    self._subject = mention.entity
                    break
        self.paras: list[Para] = []
        self._quote_starts: list[set[int]] = []
        """Per paragraph: words right after a quote that closed its sentence (`_after_closed_quote`)."""
        base = 0
        for text, ranges in zip(paragraphs, masks, strict=True):
            masked = text
            for a, b in ranges:
                masked = masked[:a] + MASK * (b - a) + masked[b:]
            if "(" in masked:
                # "Rep. Gwen Moore (D-Wis.) said": the party tag hides the name from its verb;
                # so does a body's initials ("a spokesperson for the Harbour Board (HB) said").
                masked = PARTY_TAG.sub(lambda m: " " * len(m.group()), masked)
                masked = _INITIALS_AFTER_NAME.sub(lambda m: " " * len(m.group()), masked)
            if masked[:2].isupper():
                masked = _HEADING_DASH.sub(lambda m: " " * len(m.group()), masked, count=1)
                masked = _DATELINE.sub(lambda m: " " * len(m.group()), masked, count=1)
                masked = _CAPS_LEDE.sub(_lede_case, masked, count=1)
            starts = sentence_starts(masked)
            after_quote = _after_closed_quote(text, ranges)
            self._quote_starts.append(after_quote)
            mentions = scan(masked, self.registry, lower_words, set(starts) | after_quote)
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
        self._full_org_names()
        for entity in self.registry.entities:
            if with_the.get(id(entity)) and not entity.gender:
                # "privatise the Royal Mail", "under the Lowland Accord": a name only ever
                # written after "the" names a thing or a body, not a person.
                entity.kind = "unknown"
        self._credits = {
            p
            for p, para in enumerate(self.paras)
            if "©" in para.masked or (": " in para.masked and _CREDIT.search(para.masked))
        }
        """Picture captions and credits ("© Agency Images / Jo Bloggs"): between a quote and
        the person it continues, they name nobody that a he/she refers to."""
        self._leads: dict[tuple[int, int], re.Match[str] | None] = {}
        """Per (paragraph, sentence start): the he/she opening the sentence, for `_pronoun_led`."""
        self._spoken: set[int] = set()
        """Ids of the entities of speech events (entities live as long as the registry)."""
        self._quoted: set[int] = set()
        """Ids of the entities quotes were attributed to."""
        self._events: dict[int, list[Event]] = {}
        """Speech events by paragraph, so look-backs stay local in long articles."""
        self._named_speakers: set[int] = set()
        """Ids of the entities a speech verb has by name ("Dee said", not "she said")."""
        self._unnamed_speech: dict[int, list[int]] = {}
        """Per paragraph: where one unnamed person speaks ("a spokesperson for Acme said")."""
        self._groups: set[int] = set()
        """Ids of the bodies a plural description of their members spoke for ("the lawmakers")."""
        self._unnamed_texts: dict[int, list[int]] = {}
        """Per paragraph: where a text of no named issuer speaks ("says the research")."""
        for p, para in enumerate(self.paras):
            self._speech_clauses(p, para)
        if self._subject is None:
            self._subject = self._main_speaker()

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

    def _note_roles(self, masked: str, mention: Mention) -> None:
        """Roles and age from an apposition or the words before a name."""
        entity = mention.entity
        after = _APPOSITION_AFTER.match(masked[mention.end :])
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

    def _mention_ending(self, p: int, end: int) -> Mention | None:
        for mention in self.paras[p].mentions:
            if mention.end == end:
                return mention
        return None

    def named_at(self, p: int, start: int) -> Mention | None:
        """The name at `start` that a role modifier or possessive leads to: "according to
        longtime Quanta contributor Erica Klarreich" → Klarreich, not Quanta;
        "according to RedMonk’s Stephens" → Stephens."""
        mention = self.mention_starting(p, start)
        if mention is not None and (mention.modifier or mention.possessive):
            later = self.mention_starting(p, mention.end)
            if later is not None:
                return later
        return mention

    def mention_starting(self, p: int, start: int) -> Mention | None:
        """The name at `start`, allowing a few lower-case words first ("plumber Dave Kowalski")."""
        for mention in self.paras[p].mentions:
            if mention.start >= start and only_role_words(self.paras[p].masked[start : mention.start]):
                return mention
            if mention.start > start:
                break
        return None

    def mention_at(self, p: int, start: int) -> Mention | None:
        """The name starting exactly at `start`, no role words before it."""
        mention = self.mention_starting(p, start)
        return mention if mention is not None and mention.start == start else None

    # -- subjects of speech verbs -----------------------------------------

    def subject_before(self, p: int, end: int, floor: int = 0, apposition: bool = True) -> Subject | None:
        """The subject phrase that ends just before offset `end` (a speech verb)."""
        masked = self.paras[p].masked
        pos = end
        # Skip adverbs and auxiliaries: "Smith later said", "she has long argued".
        while True:
            seg = masked[floor:pos]
            m = LAST_WORD.search(seg, tail_start(seg, 1))
            if not m:
                break
            word = m.group(1)
            if word.islower() and (word in ADVERBS or word.endswith("ly")):
                pos = floor + m.start(1)
                continue
            break
        head = masked[floor:pos].rstrip()
        pos = floor + len(head)
        who = _WHO_CLAUSE.search(head, tail_start(head, 2))
        if who is not None:
            # "sociologist Jo Dee, who said …", "he met Dee, who told him …": the relative
            # clause's verb is the named person's.
            relative = self._mention_ending(p, floor + who.start())
            if relative is not None and relative.entity.kind == "person" and not relative.possessive:
                return Subject.named(relative)
        if head.endswith("which"):
            body = self._which_body(p, floor, floor + len(head))
            if body is not None:
                return Subject.named(body)
        if apposition and head.endswith(DASHES):
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
                if 0 < len(seg.split()) <= 16 and MASK not in seg and not _CLAUSE_BREAK.search(seg):
                    subj = self.subject_before(p, floor + comma, floor, apposition=False)
                    inner = self._mention_ending(p, floor + len(head) - 1)
                    if (
                        inner is not None
                        and inner.start > floor + comma
                        and (subj is None or subj.kind in ("desc", "unnamed"))
                    ):
                        # "her challenger, state Sen. Paul Greaves, shot back": the name wins.
                        return Subject.named(inner)
                    if subj is None or subj.kind in ("desc", "unnamed"):
                        # "Jane Doe, the attorney general of Oklahoma, one of the states
                        # suing, said": a second apposition; the name stands before both.
                        outer = head.rfind(",", 0, comma)
                        seg = head[outer + 1 : comma]
                        if (
                            outer >= 0
                            and 0 < len(seg.split()) <= 16
                            and MASK not in seg
                            and not _CLAUSE_BREAK.search(seg)
                        ):
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
            person = self._person_of_body(p, mention, floor)
            if person is not None:
                return Subject.named(person)
            # "A spokesperson for the National Security Council said": the
            # spokesperson speaks, not the council. The body's name may have been read
            # as several ("for the Universities and Colleges Employers’ Association").
            window = masked[max(floor, mention.start - 80) : mention.start]
            chain = _NAME_CHAIN.search(window)
            lead = _UNNAMED_BEFORE_PLACE.search(window[: chain.start()] if chain else window)
            if lead:
                words = lead.group(1).split()
                start = mention.start - len(masked[max(floor, mention.start - 80) : mention.start]) + lead.start(1)
                if words[-1] in ISSUED_TEXTS and _ISSUER_LINK_END.search(lead.group()):
                    # "a statement from the Department of Harbours said": its issuer speaks.
                    return Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
                if words[0].lower() in DETERMINERS:
                    return Subject("desc", start, pos, " ".join(words))
                return Subject("unnamed", start, pos, " ".join(words))
        if mention is not None and not mention.possessive:
            single = len(mention.entity.tokens) == 1 and mention.entity.kind in ("unknown", "place")
            det = _THE_AND_WORDS_END.search(masked[max(floor, mention.start - 40) : mention.start])
            if not (single and det):
                return Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
            # "the Italian said", "the two-time Olympian said": a description, not a name.
            return Subject("desc", mention.start, mention.end, "the " + masked[mention.start : mention.end])
        m = LAST_LETTERS.search(head, tail_start(head, 1))
        if m and m.group(1).lower() in PRONOUNS and (m.start(1) == 0 or not head[m.start(1) - 1].isalnum()):
            return Subject("pronoun", floor + m.start(1), pos, m.group(1).lower())
        # A description: back to the last determiner within eight words.
        m = LAST_PHRASE.search(head, tail_start(head, 9))
        if not m:
            return None
        phrase = m.group(1)  # word characters and spaces only: never a masked quote
        words = phrase.split()
        det_at = None
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in DETERMINERS and (k == 0 or words[k][0].islower() or k == 0):
                det_at = k
                break
        if det_at is not None:
            words = words[det_at:]
            if len(words) == 1 and words[0].lower() in (
                "that",
                "this",
                "the",
                "a",
                "an",
                "his",
                "her",
                "their",
                "its",
                "our",
            ):
                return None  # "…, that states can …": a bare determiner is no subject
        else:
            # No determiner: keep the short noun phrase right before the verb
            # ("officials", "police", "Smith's office", "Russian officials").
            words = words[-3:]
            while words and (
                words[0].lower() in ADVERBS
                or (
                    words[0][0].islower()
                    and words[0].lower() not in PERSON_NOUNS | ORG_NOUNS
                    and len(words) > 1
                    and not words[0].endswith(("’s", "'s"))
                )
            ):
                words = words[1:]
            if not words:
                return None
        text = " ".join(words)
        start = pos - len(text) if head.endswith(text) else pos
        if det_at is None:
            last = words[-1].lower()
            if last in PERSON_NOUNS or last in ORG_NOUNS or last.endswith("s") and last[:-1] in PERSON_NOUNS:
                return Subject("unnamed", start, pos, text)
            return None
        return Subject("desc", start, pos, text)

    def _which_body(self, p: int, floor: int, end: int) -> Mention | None:
        """The organisation a relative "which" speaks for: "the Harbour Trust, which
        says on its site …", "the Dialogue Group in Lisbon, which said …": the body named
        right before the comma, past a place it is "in" or "of". "Which", unlike "who",
        is never a person's, so a name of unknown kind is the body too."""
        masked = self.paras[p].masked
        which = _WHICH_CLAUSE.search(masked, floor, end)
        if which is None:
            return None
        before = [m for m in self.paras[p].mentions if floor <= m.start and m.end <= which.start()]
        if not before or before[-1].end != which.start():
            return None
        body = before[-1]
        if (
            body.entity.kind in ("place", "unknown")
            and len(before) > 1
            and _PLACE_OF_BODY.fullmatch(masked, before[-2].end, body.start)
            and before[-2].entity.kind in ("org", "unknown")
        ):
            body = before[-2]
        return body if body.entity.kind in ("org", "unknown") and not body.possessive else None

    def _person_of_body(self, p: int, body: Mention, floor: int) -> Mention | None:
        """'Chief Jo Hall with the Harbour Police said', 'said Jo Hall of the liberal
        Harbour Fund': a person's name, then the body they belong to after "with",
        "of", "at" or "from": the person is the subject, not the body."""
        masked = self.paras[p].masked
        for mention in self.paras[p].mentions:
            if mention.end > body.start:
                break
            if mention.start < floor or mention.entity.kind != "person" or mention.possessive:
                continue
            if _BODY_LINK.fullmatch(masked, mention.end, body.start):
                return mention
        return None

    def _dash_apposition(self, p: int, floor: int, head: str) -> Subject | None:
        """'A former candidate -- John Doe, who lost in 2008 -- said' / 'Doe — twice
        passed over — told': the subject stands before the opening dash; a name
        opening the dashed part outranks a description before it."""
        m = DASH_APPOSITION.search(head, max(0, len(head) - 200))
        if m is None:
            return None
        inside = m.group(2)
        if MASK in inside or _CLAUSE_BREAK.search(inside):
            return None
        opening = floor + m.start(1)
        subj = self.subject_before(p, opening, floor, apposition=False)
        inner = self.mention_starting(p, floor + m.start(2))
        if (
            inner is not None
            and inner.entity.kind == "person"
            and not inner.possessive
            and (subj is None or subj.kind in ("desc", "unnamed"))
        ):
            return Subject.named(inner)
        return subj

    def _long_apposition(self, p: int, floor: int, pos: int) -> Subject | None:
        """'Harry Bond, 30, of Raleigh, N.C., who was polled, said': a person named at
        the start of the clause, then a comma, and only appositions up to the verb."""
        para = self.paras[p]
        seg = para.masked[floor:pos]
        floor += seg.rfind(MASK) + 1  # the clause begins after a quote that closes before it
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
            lead = para.masked[floor : mention.start].strip(" ,—–―-\u00a0")
            if para.masked.startswith(",", mention.end) and (only_role_words(lead) or _office_lead(lead)):
                return Subject.named(mention)
            break
        return None

    def subject_after(self, p: int, start: int) -> Subject | None:
        """The subject after an inverted verb: "said Jane Doe, a spokeswoman"."""
        masked = self.paras[p].masked
        rest = masked[start:]
        mention = self.mention_starting(p, start)
        if mention is not None and _unnamed_with_name(masked[start : mention.start], mention, masked):
            # The words before the place keep the kind of person ("a doctor from Hebron").
            return Subject("unnamed", start, mention.end, _unnamed_head(masked[start : mention.start]))
        if mention is not None and mention.modifier:
            # "said Hamas official Basem Naim": the name after the role speaks.
            later = self.mention_starting(p, mention.end)
            if later is not None:
                mention = later
        if mention is not None and mention.possessive:
            # "said Florida's Rick Wilson", "said CNN's Jake Tapper": the name right after speaks.
            # "said Clinton's top foreign policy aide Jake Sullivan": through a lower-case role phrase.
            role = _LOWER_WORDS_AFTER.match(masked[mention.end :])
            later = self.mention_starting(p, mention.end + (role.end() if role else 0))
            if role and later is None:
                later = self.mention_starting(p, mention.end)
            if (
                later is not None
                and later.entity.kind == "person"
                and (
                    not masked[mention.end : later.start].strip()
                    or masked[mention.end : later.start].split()[-1] in PERSON_NOUNS
                )
            ):
                return Subject("name", later.start, later.end, masked[later.start : later.end], later)
            # "said Kowalczyk's neighbour, Jan Nowicki": the apposed name speaks.
            m = _SHORT_TO_COMMA.match(masked[mention.end :])
            later = self.mention_starting(p, mention.end + m.end()) if m else None
            if m is not None and later is not None and later.start == mention.end + m.end():
                return Subject.named(later)
            return Subject("unnamed", mention.start, mention.end, "")
        if mention is not None and mention.entity.kind != "person" and _role_word(mention.entity.name):
            # "said Minister of Transport, Housing and Local Government, Senator Rowan
            # Clarke": a capitalised office, however long, before the holder's name.
            holder = self.office_holder(p, mention)
            if holder is not None:
                mention = holder
        if mention is not None:
            return Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
        role = _ROLE_APPOSITIVE.match(rest)
        if role is not None and _role_word(role.group(1)):
            # "said the group's Chief Executive, Jo Dee", "declared a later chancellor,
            # Otto Brandt": a role phrase with a name apposed to it names that person.
            later = self.mention_starting(p, start + role.end())
            if later is not None and later.start == start + role.end() and later.entity.kind == "person":
                return Subject("name", later.start, later.end, masked[later.start : later.end], later)
        m = _PRONOUN_NEXT.match(rest)
        if m:
            return Subject("pronoun", start + m.start(1), start + m.end(1), m.group(1).lower())
        m = _DESCRIPTION_NEXT.match(rest)
        if m:
            return Subject("desc", start + m.start(1), start + m.end(1), m.group(1))
        return None

    def office_holder(self, p: int, office: Mention) -> Mention | None:
        """The person named after a capitalised office ("Minister of Industry, Trade and
        Fisheries, Senator Jo Dee"): only capitalised words, commas and "of", "for",
        "and", "the" between them, and the name not after a preposition."""
        para = self.paras[p]
        for later in para.mentions:
            if later.start < office.end:
                continue
            if later.start - office.end > 160 or not _OFFICE_GAP.fullmatch(para.masked, office.end, later.start):
                return None
            if later.entity.kind == "person" and not later.after_preposition:
                return later  # "of Coastal Affairs" is part of the office, whatever the name scan took it for
        return None

    # -- resolving a subject to a speaker ----------------------------------

    def resolve(
        self, p: int, subj: Subject, at: int | None = None, at_para: int | None = None
    ) -> tuple[str | None, Entity | None]:
        """The speaker a subject names; `at`/`at_para` move the look-back point (a quote's start)."""
        if subj.kind == "desc" and subj.text.split()[-1].lower() in ISSUED_TEXTS:
            # "the Northwind Transit statement said", "the DOJ release states": the
            # name modifying the text issued it.
            for mention in self.paras[p].mentions:
                if subj.start <= mention.start and mention.end <= subj.end and mention.entity.kind != "place":
                    mention.speech_subject = True
                    return mention.entity.name, mention.entity
        if subj.kind == "unnamed":
            body = self._members_writing(p, subj)
            if body is not None:
                return body.name, body
        if at is not None and at_para is not None:
            p, subj = at_para, Subject(subj.kind, at, at, subj.text, subj.mention)
        if subj.kind == "name" and subj.mention is not None:
            subj.mention.speech_subject = True
            return subj.mention.entity.name, subj.mention.entity
        if subj.kind == "pronoun":
            word = subj.text
            found: Entity | None = None
            if word in ("he", "she"):
                found = self.antecedent(p, subj.start, PRONOUNS[word])
                if found is not None and found.gender is None and found.kind in ("person", "unknown"):
                    # A pronoun chain: once "he" was Wierzbicki, a later "she" is not him.
                    found.gender = PRONOUNS[word]
            elif word == "it":
                found = self.org_antecedent(p, subj.start, None, unnamed_texts=True)
                if found is None:
                    found = self._body_spoke_last(p, subj.start)
            elif word == "they":
                found = self._group_they(p, subj.start)
            return (found.name, found) if found else (None, None)
        if subj.kind == "desc":
            return self.resolve_description(p, subj.start, subj.text)
        return None, None

    def _person_mentions_before(self, p: int, pos: int, back: int) -> list[tuple[int, Mention]]:
        out: list[tuple[int, Mention]] = []
        for q in range(max(0, p - back), p + 1):
            if q in self._credits:
                continue
            masked = self.paras[q].masked
            for mention in self.paras[q].mentions:
                if q == p and mention.start >= pos:
                    continue
                e = mention.entity
                if (
                    e.kind == "person"
                    or (
                        # A bare name that a quote was attributed to ("“…,” ScreamMyName told me") is somebody.
                        e.kind == "unknown" and (mention.speech_subject or e.roles or e.gender or id(e) in self._quoted)
                    )
                ) and not (
                    # "the Chinese government", "the Okafor campaign": a name as an adjective
                    THE_BEFORE.search(masked, max(0, mention.start - 5), mention.start)
                    and _ATTRIBUTIVE.match(masked, mention.end)
                ):
                    out.append((q, mention))
        return out

    def antecedent(self, p: int, pos: int, gender: Gender, exclude: Entity | None = None) -> Entity | None:
        """The person a he/she most likely refers to: the subject of the latest sentence naming one.

        Candidates are names (not possessives or modifiers such as "Dortmund" in
        "Dortmund coach Edin Terzic") and earlier speech events, so a chain of
        pronouns keeps its referent (and the gender it gives them). Among a
        sentence's candidates of one rank, one known to be of the pronoun's gender
        goes first ("For Adelaide's Lyon, …," she says" → Lyon). A pronoun with
        nobody it can name within two paragraphs goes back further, to the latest
        subject or speaker not known to be of the other gender ("her mother, Fiona,
        said" five paragraphs up, then "“…,” she said"). `exclude` is somebody the
        pronoun cannot be.
        """
        found = self._antecedent(p, pos, gender, back=2, exclude=exclude)
        if found is _UNNAMED:
            return None
        if found is None and gender is not None:
            found = self._antecedent(p, pos, gender, back=_FAR_BACK, strict=True, exclude=exclude)
        return found if found is not _UNNAMED else None

    def _antecedent(
        self,
        p: int,
        pos: int,
        gender: Gender,
        back: int,
        strict: bool = False,
        people: bool = False,
        exclude: Entity | None = None,
    ) -> Entity | None:
        # (sentence, order, rank, entity): rank 0 speaker, 1 plain subject, 2 other;
        # in a subordinate clause 1.4 speaker, 1.5 plain subject, 2.5 other.
        cands: list[tuple[int, int, float, Entity]] = []
        reported = self._reported_clause_start(p, pos)
        para = self.paras[p]
        for q, mention in self._person_mentions_before(p, pos, back):
            if mention.modifier or self._pronoun_led(q, mention.start, gender):
                continue
            if self.participle_object(q, mention.start):
                # "Citing Locke and Burke, she called for …": the people an opening
                # participle names are its objects, nobody's referent or speaker.
                continue
            if q == p and reported is not None and mention.start >= reported and not self.subordinate(q, mention.start):
                continue  # "Taking Oliver out is his favourite part, he said": the he is not Oliver
            if q == p and mention.after_preposition and para.sentence_of(mention.start) == para.sentence_of(pos):
                continue  # "Under questioning by Rees, he said": an object before the pronoun is not it
            rank: float = (
                0 if mention.speech_subject else 1 if not (mention.possessive or mention.after_preposition) else 2
            )
            if self.subordinate(q, mention.start):
                rank = (1.4, 1.5, 2.5)[int(rank)]  # below the main clause's subject, above its objects
            cands.append((self.paras[q].sentence_of(mention.start), mention.start, rank, mention.entity))
        for ev in self.events_between(p - back, p):
            if (
                ev.entity is not None
                and ev.entity.kind in ("person", "unknown")
                and (ev.para, ev.pos) < (p, pos)
                and ev.para >= p - back
            ):
                rank = 1.4 if self.subordinate(ev.para, ev.pos) else 0
                cands.append((self.paras[ev.para].sentence_of(ev.pos), ev.pos, rank, ev.entity))
        cands = [c for c in cands if not (gender and c[3].gender and c[3].gender != gender) and c[3] is not exclude]
        if gender and any(c[2] < 2 for c in cands):
            # "“…,” he said" after "… deals with carriers such as Harbour Freight": a
            # name only mentioned as an object, of no known gender, that never spoke,
            # is no referent for he/she while somebody stands as a subject or speaker.
            cands = [c for c in cands if c[2] < 2 or c[3].gender or self.has_spoken(c[3]) or c[3].roles]
        if strict:
            cands = [c for c in cands if c[2] < 2]
        if people:
            cands = [c for c in cands if c[3].kind == "person"]
        unnamed = [
            self.paras[q].sentence_of(at)
            for q in range(max(0, p - 1), p + 1)
            for at in self._unnamed_speech.get(q, ())
            if (q, at) < (p, pos)
        ]
        if unnamed and not strict and max(unnamed) > max((c[0] for c in cands), default=-1):
            # "A spokesperson for the union said …. “…,” he said.": the he is the
            # unnamed spokesperson, spoken of after anybody named.
            return _UNNAMED
        if not cands:
            return None
        latest = max(c[0] for c in cands)
        group = [c for c in cands if c[0] == latest]
        group.sort(key=lambda c: (c[2], 0 if gender and c[3].gender == gender else 1, c[1]))
        chosen = group[0][3]
        if gender and self._talked_about(chosen) and any(c[3] is self._subject for c in cands):
            # A profile: "… alumni such as Jo Dee and Al Roe. The idea was, she says, …":
            # the he/she is the subject, in reach and speaking by name, not a person
            # only talked about.
            return self._subject
        return chosen

    def participle_object(self, p: int, pos: int) -> bool:
        """Whether `pos` lies in a participle phrase opening its sentence ("Citing Locke,
        Burke, and Jefferson, she …")."""
        para = self.paras[p]
        start = max([para.sentence_start(pos), *(s for s in self._quote_starts[p] if s <= pos)])
        phrase = PARTICIPLE_PHRASE.match(para.masked, start)
        return phrase is not None and pos < phrase.end()

    def _reported_clause_start(self, p: int, pos: int) -> int | None:
        """Where the reported clause starts when the he/she at `pos` heads a trailing
        reporting clause ("Walking Oliver is his favourite part of the day, he said").

        The speaker of such a clause is never a person named in the main clause
        of the words it reports (a name in an opening subordinate clause still
        can be: "When Oliver got home, he said …"), so those names are no referent.
        """
        para = self.paras[p]
        masked = para.masked
        if not _REPORTING_PRONOUN.match(masked, pos):
            return None
        start = para.sentence_start(pos)
        if not _COMMA_END.search(masked[start:pos]):
            return None
        return start

    def _pronoun_led(self, p: int, pos: int, gender: Gender) -> bool:
        """Whether the name at `pos` stands after a he/she of `gender` opening its sentence.

        "She compares him to Trump. “…,” she said.": a sentence whose subject is
        already "she" names somebody else in it, so a later "she" goes on with the
        subject's referent, further back, not with the people of that sentence.
        """
        if gender is None:
            return False
        para = self.paras[p]
        start = para.sentence_start(pos)
        key = (p, start)
        if key not in self._leads:
            self._leads[key] = PRONOUN_LEAD.match(para.masked, start)
        lead = self._leads[key]
        return lead is not None and lead.end() <= pos and PRONOUNS.get(lead.group(1).lower()) == gender

    def subordinate(self, p: int, pos: int) -> bool:
        """Whether `pos` sits in a subordinate clause ("when Tapper asked him, he said"):
        its people rank below the main clause's subject as a pronoun's referent."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        lead = para.masked[start:pos]
        last = None
        for last in SUBORDINATOR.finditer(lead):  # noqa: B007  (the last match is wanted)
            pass
        return last is not None and not _CLAUSE_MARK.search(lead[last.end() :])

    def org_antecedent(
        self, p: int, pos: int, keyword: str | None, back: int = 2, unnamed_texts: bool = False
    ) -> Entity | None:
        """The organisation an "it" or "the company" refers to: in the latest sentence
        naming one, its subject rather than an object ("The agency warned against pills
        containing DNP. “…,” it said." → the agency)."""
        best: tuple[int, int, int, Entity] | None = None
        for q in range(max(0, p - back), p + 1):
            mentions = self.paras[q].mentions
            for k, mention in enumerate(mentions):
                if q == p and mention.start >= pos:
                    continue
                if mention.entity.kind != "org" or mention.modifier or set(mention.entity.tokens) & MEDIA:
                    continue  # "told Reuters": the news agency is not the company that spoke
                if _owner_of_body(mention, mentions[k + 1] if k + 1 < len(mentions) else None):
                    continue
                if keyword and keyword not in mention.entity.name.lower():
                    continue
                sentence = self.paras[q].sentence_of(mention.start)
                rank = 1 if mention.after_preposition or self.subordinate(q, mention.start) else 0
                if best is None or sentence > best[0] or (sentence == best[0] and rank < best[1]):
                    best = (sentence, rank, mention.start, mention.entity)
        if best is not None and unnamed_texts:
            texts = [
                (self.paras[q].sentence_of(at), at)
                for q in range(max(0, p - 1), p + 1)
                for at in self._unnamed_texts.get(q, ())
                if (q, at) < (p, pos)
            ]
            if texts and max(texts) > (best[0], best[2]):
                # '“…,” says the research. It adds: “…”': the it is the text, issuer unnamed.
                return None
        return best[3] if best is not None else None

    def _text_issuer(self, p: int, pos: int) -> Entity | None:
        """The organisation whose text "the report" or "the statement" (its issuer unnamed)
        is, three paragraphs back at most: one shown issuing a text, as its possessor
        ("ClassPass's yearly report", "Acme’s reports") or as the subject of a sentence
        holding one ("The Heart Council … in its trends report"); of several, the one
        named last ("ClassPass shared that …" after both firms' reports). A study's
        authors, a ransom note or an unattributed memo name nobody."""
        issuers: set[int] = set()
        named: list[Entity] = []
        for q in range(max(0, p - 3), p + 1):
            para = self.paras[q]
            masked = para.masked
            for mention in para.mentions:
                if q == p and mention.start >= pos:
                    break
                entity = mention.entity
                if entity.kind not in ("org", "unknown") or mention.modifier or set(entity.tokens) & MEDIA:
                    continue  # "ClassPass", "Strava": a one-word brand is of unknown kind
                named.append(entity)
                if mention.possessive:
                    tied = _OWNED_TEXT.match(masked, mention.end) is not None
                else:
                    start = para.sentence_start(mention.start)
                    tied = (
                        not mention.after_preposition
                        and _SENTENCE_SUBJECT_LEAD.fullmatch(masked, start, mention.start) is not None
                        and _HELD_TEXT.search(masked, mention.end, para.sentence_end(mention.start)) is not None
                    )
                if tied:
                    issuers.add(id(entity))
        return next((e for e in reversed(named) if id(e) in issuers), None)

    def _its_subject(self, p: int, pos: int) -> Entity | None:
        """With no organisation named, the "its" of "Its statement claimed" is the subject
        of the sentence before when nothing marks that name as a person's (no gender,
        title, role or known given name): "Organic Liaison fired back. Its statement …"."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        q, before = (p, start - 1) if start > 0 else (p - 1, len(self.paras[p - 1].masked) if p > 0 else -1)
        if before < 0:
            return None
        prev = self.paras[q]
        first = prev.sentence_start(before)
        for mention in prev.mentions:
            if mention.start < first or mention.start >= before:
                continue
            entity = mention.entity
            if mention.after_preposition or mention.possessive or mention.modifier or mention.titles:
                return None
            return entity if _body_like(entity) else None
        return None

    def resolve_description(self, p: int, pos: int, desc: str) -> tuple[str | None, Entity | None]:
        words = desc.split()
        det = words[0].lower()
        capital_head = False
        rest = words[1:] if det in DETERMINERS else words
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
        if _ORG_TEXT.fullmatch(desc.strip()):
            # "Its statement said", "The company’s release continued": the text of the
            # organisation named before speaks for it.
            entity = self.org_antecedent(p, pos, None, back=3)
            if entity is None and det == "its":
                entity = self._its_subject(p, pos)
            if entity is None:
                # "The firm’s statement asserted" after "Its statement claimed" gave the body:
                # the latest speaker, when nothing marks it as a person.
                event = self.last_event(p, pos, back=2)
                if event is not None and event.entity is not None and _body_like(event.entity):
                    entity = event.entity
            return (entity.name, entity) if entity else (None, None)
        if det in INDEFINITE or det in ("his", "her", "their", "its", "our"):
            return None, None
        head = rest[-1].lower().rstrip(".,")
        for suffix in ("’s", "'s"):
            head = head.removesuffix(suffix)
        age = AGE.search(desc)
        if head in ISSUED_TEXTS and det in ("the", "this", "that") and all(w.islower() for w in rest):
            # "the report stated", "the trends report read": its issuer is unnamed here.
            entity = self._text_issuer(p, pos)
            return (entity.name, entity) if entity else (None, None)
        if age is None and (head in ORG_NOUNS or head in BODY_NOUNS) and head not in PERSON_NOUNS:
            keyword = (
                None if head in ("company", "firm", "group", "organisation", "organization", "statement") else head
            )
            entity = self.org_antecedent(p, pos, keyword, back=len(self.paras))
            if entity is None and keyword is not None:
                # "According to Gauteng Cogta, … “…,” the department detailed": no body
                # named as a department, so the source that spoke just before, if nothing
                # marks it as a person, is the department.
                event = self.last_event(p, pos, back=1)
                if event is not None and event.entity is not None and _body_like(event.entity):
                    entity = event.entity
            if entity is None and keyword is not None:
                entity = self.org_antecedent(p, pos, None, back=1)
            return (entity.name, entity) if entity else (None, None)
        if det == "the" and not capital_head and head.endswith("s") and head[:-1] in PERSON_NOUNS:
            body = self._group_body(p, pos, head)
            if body is not None:
                self._groups.add(id(body))
                return body.name, body
        if (
            not capital_head
            and age is None
            and head not in PERSON_NOUNS
            and not (head.endswith("s") and head[:-1] in PERSON_NOUNS)
        ):
            # "the memo said", "the grocery chain agreed": nobody to name.
            return None, None
        # A person description: the latest person with that role or age.
        intro = None if age or capital_head else self._unnamed_intro(p, pos, head)
        for q, mention in reversed(self._person_mentions_before(p, pos, len(self.paras))):
            if intro is not None and (q, mention.start) < intro:
                break
            e = mention.entity
            if (age and e.age == int(age.group(1))) or (not age and head in e.roles):
                return e.name, e
        if intro is not None:
            # "One former aide said … “…,” the former aide said": the unnamed person
            # introduced with "a"/"one" since anybody named so; nobody named.
            return None, None
        # "When Vogue asked Dion …, the singer answered": a description of a person is
        # somebody named as a person, before a bare name of unknown kind. A gendered
        # description ("the actress", "the father") is, like a he/she, never somebody
        # known to be of the other gender.
        gender: Gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else None
        entity = self._antecedent(p, pos, gender, back=2, people=True) or self.antecedent(p, pos, gender)
        if entity is _UNNAMED:
            # "A resident who asked not to be named said …. “…,” the woman said": the
            # unnamed person spoke after anybody named, so the description is them.
            return None, None
        if entity is not None:
            return entity.name, entity
        event = self.last_event(p, pos, back=2)
        if event is not None and event.speaker:
            return event.speaker, event.entity
        return None, None

    def _group_body(self, p: int, pos: int, head: str) -> Entity | None:
        """The body a plural description of people acts for, from where the article
        introduced them as its members: "lawmakers on the Harbour Committee wrote … the
        lawmakers wrote", "researchers at the Coastal Institute … the researchers said".
        The latest such introduction before (p, pos) with the same plural noun."""
        for q in range(p, -1, -1):
            masked = self.paras[q].masked
            for mention in reversed(self.paras[q].mentions):
                if (q == p and mention.start >= pos) or mention.entity.kind != "org" or mention.modifier:
                    continue
                group = GROUP_OF.search(masked, max(0, mention.start - 40), mention.start)
                if group is not None and group.group(1).lower() == head:
                    return mention.entity
        return None

    def _members_writing(self, p: int, subj: Subject) -> Entity | None:
        """The body whose text its members wrote: "analysts at Harbour Capital wrote in a
        note", "lawmakers on the Harbour Committee wrote": plural people of a named body
        writing (or speaking in a report, letter, note) put the body's text on record, so
        the body speaks. Members merely saying something stay unnamed sources."""
        words = subj.text.split()
        head = words[-1].lower() if words else ""
        if not (head.endswith("s") and head[:-1] in PERSON_NOUNS):
            return None
        para = self.paras[p]
        if _WRITTEN.match(para.masked, subj.end, para.sentence_end(subj.end)) is None:
            return None
        for mention in para.mentions:
            if not subj.start < mention.start < subj.end or mention.entity.kind != "org":
                continue
            group = GROUP_OF.search(para.masked, max(subj.start, mention.start - 40), mention.start)
            if group is not None and group.group(1).lower() == head:
                self._groups.add(id(mention.entity))
                return mention.entity
        return None

    def _body_spoke_last(self, p: int, pos: int) -> Entity | None:
        """With no organisation named, the "it" of a speech verb is the speaker of the
        paragraph before or this one when that is a name of unknown kind nothing marks as
        a person's: '… the Harbour Ledger said. The paper said …, which it claims …'. A
        name read as a person's, or a place, is never "it"."""
        event = self.last_event(p, pos, back=1)
        if event is None or event.entity is None or event.entity.kind not in ("org", "unknown"):
            return None
        return event.entity if _body_like(event.entity) else None

    def _group_they(self, p: int, pos: int) -> Entity | None:
        """The body a "they" speaks for: '“…,” the lawmakers wrote. … “…,” they wrote.' A
        plural description of a body's members ("the lawmakers", `_group_body`) spoke in
        the two paragraphs before; the latest such body. A single person is never "they"."""
        best: Event | None = None
        for ev in self.events_between(p - 2, p):
            if (ev.para, ev.pos) >= (p, pos) or ev.entity is None or id(ev.entity) not in self._groups:
                continue
            if best is None or (ev.para, ev.pos) >= (best.para, best.pos):
                best = ev
        return best.entity if best is not None else None

    def _unnamed_intro(self, p: int, pos: int, head: str) -> tuple[int, int] | None:
        """Where, in the three paragraphs before (p, pos), a person of the kind `head`
        was last introduced unnamed: "a former aide", "one employee of the port",
        "A former Acme engineer". A definite description of that kind ("the former
        aide") after it refers to that unnamed person."""
        intro = _intro_pattern(head)
        for q in range(p, max(-1, p - 4), -1):
            masked = self.paras[q].masked
            ends = {mention.end for mention in self.paras[q].mentions}
            found = [
                m.start()
                for m in intro.finditer(masked, 0, pos if q == p else len(masked))
                # "Jo Dee, a former aide", "Dee is a former aide", "a former aide, Jo Dee":
                # a description of somebody named.
                if not _NAMING_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                and not (masked[: m.start()].rstrip().endswith(",") and len(masked[: m.start()].rstrip()) - 1 in ends)
                and not _NAMING_AFTER.match(masked, m.end())
            ]
            if found:
                return q, found[-1]
        return None

    def continuing_speaker(self, p: int, pos: int) -> tuple[str | None, Entity | None]:
        """Who an unattributed quote at (p, pos) continues: at most two paragraphs back."""
        event = self.last_event(p, pos, back=2)
        since = (event.para, event.pos) if event is not None else (max(0, p - 1), -1)
        unnamed = max(
            (
                (q, at)
                for q in range(max(0, p - 1), p + 1)
                for at in self._unnamed_speech.get(q, ())
                if (q, at) < (p, pos)
            ),
            default=None,
        )
        if unnamed is not None and unnamed > since:
            # "A former partner at Acme stated in her testimony, / “…”": an unnamed
            # source spoke last, so the quote is theirs; the names in their own
            # description ("at Acme") or before them do not speak.
            event, since = None, unnamed
        latest: tuple[int, Mention] | None = None
        for q in range(since[0], p + 1):
            if q in self._credits:
                continue
            for mention in self.paras[q].mentions:
                if (q, mention.start) <= since or (q == p and mention.start >= pos):
                    continue
                e = mention.entity
                if mention.possessive or mention.after_preposition or mention.modifier or e.kind != "person":
                    continue
                if self.participle_object(q, mention.start):
                    continue
                if THE_BEFORE.search(self.paras[q].masked, max(0, mention.start - 5), mention.start):
                    continue  # "the Okafor campaign": a name used as a modifier
                sentence = self.paras[q].sentence_of(mention.start)
                if latest is None or sentence > self.paras[latest[0]].sentence_of(latest[1].start):
                    latest = (q, mention)
        if latest is not None:
            entity = latest[1].entity
            if self._talked_about(entity) and event is not None and event.entity is self._subject:
                # A profile: "… alumni such as Jo Dee. With improv there was no wrong: “…”"
                # goes on with the subject, who spoke last; Dee is only talked about.
                return event.speaker, event.entity
            return entity.name, entity
        if event is not None:
            return event.speaker, event.entity
        if unnamed is None:
            return self._pronoun_subject_before(p, pos)
        return None, None

    def _pronoun_subject_before(self, p: int, pos: int) -> tuple[str | None, Entity | None]:
        """A quote standing alone after a paragraph about a he/she, with nobody named or
        speaking since ("He became known for his impatience. A slow demo would set him
        counting aloud. / “One one-thousand.”"): the words are that person's, the
        referent of the latest sentence opening on the pronoun in the paragraph before."""
        if p == 0 or self.paras[p].masked[:pos].strip():
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
        a quote's attribution there has already said who speaks with that verb."""
        events = self._events.get(p)
        inside = [ev for ev in events or () if start <= ev.pos < end]
        if events and inside:
            first = min(inside, key=lambda ev: ev.pos)
            self._events[p] = [ev for ev in events if ev is not first]

    def add_event(self, event: Event, quoted: bool = False) -> None:
        """Record a speech event; `quoted` when it is a quote's attribution."""
        self._events.setdefault(event.para, []).append(event)
        if event.entity is not None:
            self._spoken.add(id(event.entity))
            if quoted:
                self._quoted.add(id(event.entity))

    def events_between(self, first: int, last: int) -> list[Event]:
        return [ev for q in range(max(0, first), last + 1) for ev in self._events.get(q, ())]

    def trailing_report(self, p: int, start: int, end: int) -> Event | None:
        """The speech event of a reporting clause closing the sentence of the quote at
        `start`..`end` (", the bureau said."): after the quote, in its sentence, set off
        by a comma, with at most a few words after the verb; None when there is none."""
        para = self.paras[p]
        sentence = para.sentence_of(start)
        close = para.sentence_end(start)
        for ev in self._events.get(p, ()):
            if not end <= ev.pos < close or para.sentence_of(ev.pos) != sentence or ev.speaker is None:
                continue
            comma = para.masked.rfind(",", end, ev.pos)
            if comma < 0 or len(para.masked[comma : ev.pos].split()) > 6:
                continue
            if len(para.masked[ev.pos : close].split()) <= 4:
                return ev
        return None

    def last_event(self, p: int, pos: int, back: int) -> Event | None:
        best: Event | None = None
        for ev in self.events_between(p - back, p):
            if (ev.para, ev.pos) < (p, pos) and (best is None or (ev.para, ev.pos) >= (best.para, best.pos)):
                best = ev
        return best

    def _speech_clauses(self, p: int, para: Para) -> None:
        """Record every "X said …" outside quotes as a speech event."""
        for m in SPEECH.finditer(para.masked):
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
                            for x in para.mentions
                            if floor <= x.start < m.start() and not (x.after_preposition or x.modifier or x.possessive)
                        ),
                        None,
                    )
                    subj = Subject.named(first) if first and first.entity.kind == "person" else None
            elif subj is None:
                subj = self.subject_after(p, m.end())
            if subj is None:
                if _unnamed_with_clause(para.masked, floor, m.start()):
                    self._unnamed_speech.setdefault(p, []).append(m.start())
                continue
            speaker, entity = self.resolve(p, subj)
            if speaker:
                self.add_event(Event(p, m.start(), speaker, entity))
                if subj.kind == "name" and entity is not None:
                    self._named_speakers.add(id(entity))
            elif subj.kind in ("desc", "unnamed") and (
                (_one_unnamed_person(subj.text) and not self.subordinate(p, m.start()))
                # the relative clause reads as subordinate, but the verb after it is the main one
                or _unnamed_with_clause(para.masked, floor, subj.start)
            ):
                self._unnamed_speech.setdefault(p, []).append(m.start())
            elif subj.kind == "desc" and subj.text.split()[-1].lower() in _UNNAMED_TEXT_NOUNS:
                self._unnamed_texts.setdefault(p, []).append(m.start())
        low = para.masked.lower()
        if not any(hint in low for hint in ACCORDING_HINTS):
            return
        for m in ACCORDING.finditer(para.masked):
            mention = self.named_at(p, m.end())
            if mention is not None:
                mention.speech_subject = True
                self.add_event(Event(p, m.start(), mention.entity.name, mention.entity))
                self._named_speakers.add(id(mention.entity))
