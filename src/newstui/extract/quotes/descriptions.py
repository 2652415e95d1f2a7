"""Who a description refers to: "the minister", "the 56-year-old", "the Italian", "the
company", "the lawmakers", "its statement". A description names the person the article
introduced that way (the words before a name, an apposition, a title, a party tag, an age)
or gave that role, the body introduced as that kind or named last, or nobody; built on
`References`, whose `resolve` hands it every description it meets."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from newstui.extract.names import ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, Entity, Gender, Mention, mention_start
from newstui.extract.quotes.references import APPOSED, FAR_BACK, UNNAMED, References, body_like
from newstui.extract.quotes.vocabulary import (
    AGE,
    AGE_WORDS,
    ANONYMOUS_ROLES,
    BODY_NOUNS,
    DESCRIPTION_NOUNS,
    DETERMINERS,
    FEMALE_ROLES,
    GROUP_OF,
    INDEFINITE,
    ISSUED_TEXT,
    ISSUED_TEXTS,
    MALE_ROLES,
    MEDIA,
    PARTY_OF_LETTER,
    PARTY_TAG_LETTER,
    ROLE_KINDS,
    SPEECH,
    TRADE_NOUNS,
    UNNAMED_ROLES,
)

# Before a brand opening its sentence: nothing, or a connective ("But Veltrix …").
_BRAND_SUBJECT_LEAD = re.compile(r"\s*(?:(?:But|And|So|Thus|Still|Yet|However|Meanwhile),?\s+)?")
# "The defendant", "the accused": in a court report, the person on trial.
# "the speaker", "the voice": who speaks on a recording the article reports on.
_RECORDED_VOICE = frozenset(("speaker", "voice"))
# A recording and the person it is put down to: "an audio recording attributed to",
# "a videotape purportedly from", "a message believed to be from".
_RECORDING_BY = re.compile(
    r"\b(?:recording|tape|audiotape|videotape|audio|video|message|broadcast)\s+"
    r"(?:(?:was|is|has\s+been|had\s+been)\s+)?"
    r"(?:attributed\s+to|purportedly\s+(?:from|by)|(?:purported|believed|said|thought)\s+to\s+be\s+(?:from|by))\s+"
)
# How many paragraphs on a recording's speaker is still "the speaker".
_RECORDING_REACH = 30
_ON_TRIAL_NOUNS = frozenset(("defendant", "accused"))
# After a name, up to its verb: the person is on trial ("Jo Dee, 29, of Leeds, denies
# murder", "Dee, who has pleaded not guilty", "Dee is charged with", "Dee went on trial").
_ON_TRIAL = re.compile(
    r"(?:(?:,\s+[^,.;:!?\x00]{1,40}){1,3},)?(?:,?\s+who)?\s+(?:(?:has|had|is|was|previously|also)\s+)*"
    r"(?:denies|denied|pleaded\s+not\s+guilty|pleads\s+not\s+guilty|(?:is|was|been)\s+(?:charged|accused)\s+(?:with|of)"
    r"|charged\s+with|accused\s+of|(?:is|was|went|goes)\s+on\s+trial|stands?\s+trial|is\s+standing\s+trial)\b"
)

# "Its statement", "the firm’s release", "The company's announcement": an organisation's text.
_ORG_TEXT = re.compile(
    r"(?:[Ii]ts|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:company|firm|group|business|brand|retailer|maker|charity|"
    r"agency|department|ministry|organi[sz]ation|club|union|bank|airline)[’']s)\s+(?:(?:official|written|"
    r"brief|short|latest|new|own)\s+)?(?:press\s+)?" + ISSUED_TEXT
)


# Words of a public body's name: no company is called so.
_PUBLIC_BODY_WORDS = frozenset(
    """Commission Ministry Department Council Government Parliament Agency Authority Police Court
    Committee Senate Congress Assembly Cabinet Tribunal Inquiry Constabulary Nations""".split()
)


def _public_body(entity: Entity) -> bool:
    """A government's, a legislature's, a court's or a union of states' body ("European
    Commission", "Home Office"), never what "the company" describes."""
    return any(t in _PUBLIC_BODY_WORDS for t in entity.tokens)


# Words of a business's name that say its trade, per trade noun that describes it ("the
# airline" is "Skyward Airways", not "Harlow Bank"). Trade nouns of any business
# ("giant", "supplier", "maker") are not listed: any name can be one.
_TRADE_NAME_WORDS: dict[str, frozenset[str]] = {
    noun: frozenset(words.split())
    for nouns, words in (
        (("airline",), "Airways Airlines Air Aviation"),
        (("carrier",), "Airways Airlines Air Aviation Mobile Telecom Telecoms Shipping Freight Logistics"),
        (("lender",), "Bank Banking Finance Credit Capital"),
        (("insurer",), "Insurance Assurance Mutual"),
        (("carmaker", "automaker"), "Motors Motor Automotive Cars"),
        (("brewer",), "Brewing Brewery Brewers"),
        (("distiller",), "Distillers Distillery"),
        (("housebuilder", "homebuilder"), "Homes Developments Construction"),
        (("supermarket", "grocer", "retailer", "chain"), "Supermarkets Stores Retail Foods"),
        (("broadcaster",), "Broadcasting Television TV Radio Media"),
        (("publisher",), "Publishing Books Press Media"),
        (("utility",), "Water Energy Power Gas Electric Utilities"),
        (("chipmaker",), "Semiconductor Semiconductors Chips"),
        (("drugmaker",), "Pharma Pharmaceuticals Therapeutics Biotech"),
    )
    for noun in nouns
}
_TRADE_WORDS = frozenset().union(*_TRADE_NAME_WORDS.values())


def _of_other_trade(entity: Entity, trade: str) -> bool:
    """Whether `entity`'s name says it is in a trade other than `trade` ("Harlow Bank" for
    "the airline"); a name saying no trade ("Nordwave", "Acme Corp") can be any."""
    own = _TRADE_NAME_WORDS.get(trade)
    if own is None:
        return False
    words = set(entity.tokens) & _TRADE_WORDS
    return bool(words) and not words & own


# People a case is about, and those who work it: "the victim" is none of the latter.
_CASE_PARTIES = frozenset("victim witness complainant survivor".split())
_CASE_OFFICERS = frozenset(
    """judge justice magistrate recorder coroner prosecutor barrister solicitor lawyer attorney counsel
    detective det officer inspector sergeant sgt constable superintendent supt sheriff""".split()
)
# Words opening an indefinite noun phrase: "one victim", "a family", "two of the pupils".
_SOME_ONE = frozenset("a an one another some two three several many".split())
# Words turning a story to another event: "In a separate incident", "In an unrelated
# case", "Separately,", "Meanwhile in Leeds," / "Elsewhere in Kent," (group "place").
_OTHER_INCIDENT = re.compile(
    r"\b(?:(?:[Ii]n\s+)?(?:a|an|another)\s+(?:separate|unrelated|second|different)\s+"
    r"(?:incident|case|attack|crash|collision|development|raid|shooting)"
    r"|[Ii]n\s+another\s+(?:incident|case|attack|crash|collision|raid|shooting)"
    r"|(?<![\w,] )Separately,"
    r"|(?:Meanwhile|Elsewhere),?\s+in\s+(?P<place>[A-Z][\w’'-]+))"
)


def _other_gender(entity: Entity, role: str) -> bool:
    """Whether a gendered role ("wife", "father") cannot be `entity`, known to be of the
    other gender."""
    gender: Gender = "f" if role in FEMALE_ROLES else "m" if role in MALE_ROLES else None
    return gender is not None and entity.gender is not None and entity.gender != gender


def _of_age(entity: Entity, word: str) -> bool:
    """Whether a person of known age is what an age word says ("the teenager", "the
    pensioner")."""
    low, high = AGE_WORDS[word]
    return entity.age is not None and low <= entity.age <= high


def _has_role(entity: Entity, key: str) -> bool:
    """Whether a name's titles and role words make it what a description's head noun
    `key` says: the word itself, a title or role that kind of noun covers (`ROLE_KINDS`:
    "the senator" for "Sen. Jo Dee", "the executive" for "Acme CEO Jo Dee"), or for a
    capitalised head a nationality or party given as a title ("Democratic Sen. Jo Dee" is
    "the Democrat")."""
    head = key.lower()
    if head in entity.roles or entity.roles & ROLE_KINDS.get(head, frozenset()):
        return True
    return key[:1].isupper() and any(_kin(role, head) for role in entity.roles)


# A clause opening a sentence, its subject first, up to the comma before the main
# clause: "And when Dion was asked about …, ", "After Voss won on Sunday, ".
_OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:And|But|So|Then)\s+)?(?:then\s+)?(?:[Ww]hen|[Aa]fter|[Aa]s|[Oo]nce|[Ww]hile|[Bb]efore|[Ss]ince|[Uu]ntil)"
    r"\s+([A-Z][^,;:\x00]{2,160}),\s*"
)
# A person described by a work's title: "the American Horror Story actress" (two
# capitalised words or more between "the" and a lower-case head noun).
_WORK_EPITHET = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'.&-]*\s+){2,6}[a-z]+")


@functools.cache
def _body_as_pattern(head: str) -> re.Pattern[str]:
    """A capitalised name (joined by for/of/and/in/the) then an apposition ending in
    `head`: "Citizens for Open Books, a liberal watchdog group". One per head noun of a
    closed list (company, firm, group, organisation)."""
    return re.compile(
        r"(?<![\w’'])((?:[A-Z][\w&’'.-]*\s+(?:(?:for|of|and|in|on|the|&)\s+)*){0,6}[A-Z][\w&’'.-]*),\s+"
        r"(?:a|an)\s+(?:[\w-]+\s+){0,4}" + re.escape(head) + r"\b"
    )


@functools.cache
def _intro_pattern(head: str) -> re.Pattern[str]:
    """An indefinite introduction of a person of the kind `head` ("a former aide", "one
    employee", "another Acme engineer"). Compiled once a head: heads are `PERSON_NOUNS`
    words or their plurals (`Descriptions.resolve_description`), a closed list, so the cache stays small."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,4}?" + re.escape(head) + r"\b")


# What makes "a former aide" describe somebody named rather than introduce somebody unnamed.
_NAMING_BEFORE = re.compile(r"\b(?:is|was|as|been|became|becomes)\s+$")
# "a former aide to the mayor, Jo Dee"; not a clause of its own before a name ("a police
# officer first called, Jo Dee shrugged": a past verb other than "based" ends the phrase).
_NAMING_AFTER = re.compile(r"(?:\s+(?!(?!based\b)[a-z]+ed\b)[a-z][\w’'-]*){0,5},\s+[A-Z]")


# Up to four words right before a name, perhaps closed by a comma: what the name is
# introduced as ("Italian striker Marco Rossi", "56-year-old Marta Lind", "Acme's chief
# executive, Jo Dee").
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(—–]))((?:[\w’'.-]+\s+){0,3}[\w’'.-]+),?\s*$")


# Words ending the noun phrase of an apposition: "a lawyer for the family" → "a lawyer".
_PHRASE_PREPOSITIONS = frozenset("of at for from in with on to".split())
# Words before a role that make it another office: "the deputy mayor" is not the mayor.
_RANKS = frozenset("deputy vice assistant associate".split())
# Roles a rank only grades: an assistant professor is a professor, an associate justice a justice.
_GRADED_ROLES = frozenset("professor justice".split())


def _ranked_in(entity: Entity, key: str) -> bool:
    """Whether `entity` holds `key` only under a rank ("Deputy Mayor Tom Crane" for
    "mayor"): the titles read into the name hold both words."""
    low = key.lower()
    return low in entity.roles and low not in _GRADED_ROLES and bool(entity.roles & _RANKS)


def _kin(word: str, other: str) -> bool:
    """Whether two capitalised descriptions name one nationality or party: the same word,
    or the same stem of five letters or more ("Spaniard" and "Spanish", "Briton" and
    "British" do not share five; "Republican" and "Republicans" do)."""
    if word == other:
        return True
    stem = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        stem += 1
    return stem >= 5 and stem >= min(len(word), len(other)) - 3


def _fold(word: str) -> str:
    """A word as `_describes` compares it: lower case, no possessive 's, no comma."""
    return word.lower().removesuffix("’s").removesuffix("'s").strip(",")


def _describes(folded: tuple[str, ...], key: str, last_only: bool) -> bool:
    """Whether `key` (a lower-case head noun, a capitalised nationality or party, or an age
    "56-year-old") describes the name the words `folded` (`_fold`) stand before: the last
    word, or (a nationality, an age) followed by at most one role word ("Italian striker",
    "56-year-old baker")."""
    if not folded:
        return False
    if folded[-1] == key.lower():
        return True
    if last_only:
        return False
    return any(
        (_kin(w, key.lower()) if key[:1].isupper() else w == key) and len(folded) - k <= 2 for k, w in enumerate(folded)
    )


@dataclass(frozen=True, slots=True)
class _Introduction:
    """How the article introduces a name where it mentions it (`Descriptions._introduction`):
    the party of a tag right after it ("Rep. Jo Dee (D-Ohio)"), the words right before it
    ("Italian striker Marco Rossi") and those of an apposition after it ("Marta Lind, a
    56-year-old baker,": determiner dropped, cut at a preposition), both `_fold`ed, or an
    age apposed in digits ("Marta Lind (56)" gives "56-year-old")."""

    party: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    age: str | None


def _intro_tokens(key: str, last_only: bool) -> list[str]:
    """The index tokens (`Descriptions._tokens`) under which every mention introduced as
    `key` (`_describes`, a party tag, an apposed age) is filed: the folded word itself and,
    for a capitalised key read loosely, its five-letter stem (`_kin`)."""
    low = key.lower()
    if last_only:
        # Only the last word of either side: a mention is filed under "l:" for just that
        # word, so a look-back for "the ad" never walks every name after "footage of".
        return ["l:" + low, "party:" + key]
    tokens = ["w:" + low, "party:" + key]
    if key[:1].isupper() and len(low) >= 5:
        tokens.append("p5:" + low[:5])
    return tokens


def _role_tokens(key: str) -> list[str]:
    """The index tokens under which every mention of a person `_has_role(…, key)` is filed."""
    head = key.lower()
    tokens = ["role:" + head, *("role:" + role for role in ROLE_KINDS.get(head, frozenset()))]
    if key[:1].isupper() and len(head) >= 5:
        tokens.append("rp5:" + head[:5])
    return tokens


# Characters of a paragraph `_unnamed_intro` reads back for an unnamed person's introduction.
_INTRO_REACH = 3000


def _mention_end(mention: Mention) -> int:
    return mention.end


# Candidates a description's look-back reads per token, the latest first (`_latest_person`).
_LOOK_BACK_READS = 256
# A hyphenated office its bearer does not hold now: "ex-mayor", "then-mayor" (held at the
# time told of), "mayor-elect" (not yet).
_NOT_HELD_NOW = re.compile(r"(?:ex|then)-([a-z]+)|([a-z]+)-elect")


class Descriptions(References):
    """`References` with who a description refers to: `resolve_description`."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        super().__init__(paragraphs, masks, headline)
        self._introductions: dict[tuple[int, int], _Introduction] = {}
        self._businesses: list[tuple[tuple[int, int], Entity]] | None = None
        """(paragraph, offset) and entity of each naming of a business (`_business_before`),
        in article order, read in one pass when first asked."""
        """Per (paragraph, offset) of a name: how it is introduced there, read once."""
        self._indexed = 0
        """Paragraphs filed in `_postings` so far: the index grows, a paragraph at a time,
        as far as a description looks back, so an article is read once however many
        descriptions it has."""
        # People introduced as former holders of an office, with the words introducing them:
        # "Former Mayor Jo Dee" is not who "the mayor" is now.
        self._formers: dict[int, set[str]] = {}
        self._postings: dict[str, list[tuple[int, int, int]]] = {}
        """Per token (`_tokens`: a word a name is introduced with, a role or age of its
        bearer): (paragraph, offset, index in the paragraph's mentions) of every mention of
        a person or of a name of unknown kind filed under it, in article order."""
        self._ages: set[int] = set()
        """The ages of the people filed in `_postings`."""
        self._first_people: list[tuple[int, int, Entity]] = []
        """Where the first two people named as persons are first named (`_main_person`)."""
        self._lead: tuple[int, int, Entity] | None = None
        """The first person named as a subject (`_lead_person`)."""
        self._bodies_as: dict[str, tuple[int, list[tuple[int, re.Match[str]]]]] = {}
        """Per head noun: how many paragraphs were read for `_body_as_pattern`, and the last
        introduction of a body as that kind in each paragraph that has one."""
        self._groups_indexed = 0
        """Paragraphs filed in `_group_postings` so far."""
        self._group_postings: dict[str, list[tuple[int, int, int]]] = {}
        """Per plural noun: (paragraph, offset, index) of the organisations named after it
        ("lawmakers on the Harbour Committee"), in article order (`_group_body`)."""
        self._besides: frozenset[int] = frozenset()
        """Ids of the people a description being resolved cannot be (`person_besides`)."""
        self._turns: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        """Per paragraph: the ends and matches of its turns to another incident
        (`_OTHER_INCIDENT`), read once (`_other_incident`)."""
        self._body_starts: dict[tuple[int, int], list[int]] = {}
        """Per (paragraph, id of a body): where the paragraph names it, read once."""

    def _recorded_voice(self, p: int, pos: int) -> Entity | None:
        """The person a recording the article reports on is attributed to ("an audio
        recording attributed to Jo Dee", "a video purportedly from Jo Dee"), the latest one
        before (p, pos): who "the speaker" or "the voice" on it is, as a reader takes it,
        rather than the latest name before the description."""
        found = self._recordings
        k = bisect_left(found, (p, pos)) - 1
        if k < 0:
            return None
        return found[k][2] if found[k][0] >= p - _RECORDING_REACH else None

    @functools.cached_property
    def _recordings(self) -> list[tuple[int, int, Entity]]:
        """(paragraph, offset, person) of each recording attributed to a named person, in
        article order, read in one pass."""
        out: list[tuple[int, int, Entity]] = []
        for q, para in enumerate(self.paras):
            for match in _RECORDING_BY.finditer(para.masked):
                # The mention right after the phrase, bisected (one scan per paragraph at most).
                person = None
                for k in range(bisect_left(para.mentions, match.end(), key=mention_start), len(para.mentions)):
                    m = para.mentions[k]
                    if m.start > match.end() + 1:
                        break
                    if m.entity.kind == "person":
                        person = m.entity
                        break
                if person is not None:
                    out.append((q, match.start(), person))
        return out

    def person_besides(self, p: int, pos: int, desc: str, others: list[Entity]) -> Entity | None:
        """The person a role description at (p, pos) refers to when it is joined by "and"
        to the names `others` ("the mayor and Ann Toll said"): somebody besides them, as a
        reader takes it, so the latest holder of the role other than those named; None if
        the article gave the role to nobody else."""
        self._besides = frozenset(id(e) for e in others)
        try:
            _, entity = self.resolve_description(p, pos, desc)
        finally:
            self._besides = frozenset()
        if entity is None or id(entity) in {id(e) for e in others}:
            return None
        return entity

    def resolve_description(self, p: int, pos: int, desc: str) -> tuple[str | None, Entity | None]:
        """The speaker a definite description at (p, pos) refers to: a body by its
        capitalised name ("the Kremlin"), an organisation through its text ("its
        statement") or its kind ("the ministry"), a text's issuer ("the report"), a body
        through its members ("the lawmakers"), or a person by role or age ("the
        minister", "the 56-year-old"). Past a capitalised name, an indefinite description
        ("a spokesperson") or one owned by somebody ("his lawyer") names nobody."""
        words = desc.split()
        det = words[0].lower()
        capital_head = False
        rest = words[1:] if det in DETERMINERS else words
        if not rest:
            return None, None
        for k in range(1, len(rest) - 1):
            if rest[k] in ("from", "by", "of") and rest[k - 1].lower() in ISSUED_TEXTS:
                # "A statement from the Swedish government said", "a letter by the union":
                # the text's issuer is what the words after the preposition describe.
                return self.resolve_description(p, pos, " ".join(rest[k + 1 :]))
            if rest[k] in _PHRASE_PREPOSITIONS and rest[k - 1] in PERSON_NOUNS and rest[k + 1] in _SOME_ONE:
                # "the daughter of one victim", "the lawyer for a family", "the father of
                # two of the pupils": a person known by their tie to somebody unnamed is
                # unnamed too, not whoever the article gave that role.
                return None, None
            if rest[k] in _PHRASE_PREPOSITIONS and rest[k - 1] in PERSON_NOUNS:
                # "the head of the trust", "the chairman of the Harbour Board": a person,
                # the head noun before the preposition, not the body after it.
                rest = rest[:k]
                break
        key = rest[-1].rstrip(".,")
        if det == "the" and len(rest) == 1 and key in _RECORDED_VOICE:
            voice = self._recorded_voice(p, pos)
            if voice is not None:
                return voice.name, voice
        named_kind = self._body_named_with_kind(det, rest)
        if named_kind is not None:
            return named_kind.name, named_kind
        if rest[-1][:1].isupper() and det in ("a", "an", "one", "another"):
            # "a Republican", "an Australian", "one Tory": somebody described by party or
            # place, never the person whose name ends in that word.
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
                if len(rest) == 1 and rest[0].lower() in ORG_NOUNS and self._other_incident(p, pos, entity):
                    # "In a separate incident, … Police said": a kind of body capitalised
                    # only to open its sentence.
                    return None, None
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
                if event is not None and event.entity is not None and body_like(event.entity):
                    entity = event.entity
            return (entity.name, entity) if entity else (None, None)
        head = rest[-1].lower().rstrip(".,")
        for suffix in ("’s", "'s"):
            head = head.removesuffix(suffix)
        former = False
        if "-" in head and head not in PERSON_NOUNS:
            parts = head.split("-")
            if parts[0] == "ex" and len(parts) == 2 and parts[1] in PERSON_NOUNS:
                # "the ex-minister": only somebody named in that office ("Former minister
                # Jo Dee"); "the ex-partner" of an exposé's unnamed sources names nobody.
                head = key = parts[1]
                former = True
            elif len(parts) == 3 and parts[1] == "of" and parts[0] in PERSON_NOUNS:
                head = key = parts[0]  # "the mother-of-three", "the father-of-two"
        rank = rest[-2].lower() if len(rest) >= 2 and head in PERSON_NOUNS else None
        former_word = rank == "former" and det == "the" and not capital_head and not former
        if former_word:
            former = True  # "the former mayor": first as "the ex-mayor", never the mayor now
        if rank not in _RANKS or head in _GRADED_ROLES:
            rank = None
        elif det == "the" and len(rest) >= 3 and rest[-3].lower() == "former":
            former = True  # "the former deputy mayor": a former deputy, not the deputy now
        if det in ("his", "her", "their", "our") and head in PERSON_NOUNS and not capital_head:
            # "her lawyer said" after "Her lawyer, Sam Poe, filed …": the person the article
            # named in that role; with none, nobody named (never the owner, "her").
            holder = self._introduced_holder(p, pos, head, last_only=True)
            if holder is not None and not _other_gender(holder, head):
                return holder.name, holder
            return None, None
        if det in INDEFINITE or det in ("his", "her", "their", "its", "our"):
            return None, None
        if det == "the" and head in _ON_TRIAL_NOUNS and len(rest) == 1:
            accused = self._person_on_trial(p, pos)
            return (accused.name, accused) if accused is not None else (None, None)
        age = AGE.search(desc)
        if head in ISSUED_TEXTS and det in ("the", "this", "that") and all(w.islower() for w in rest):
            # "the report stated", "the trends report read": its issuer is unnamed here.
            entity = self._text_issuer(p, pos)
            if entity is None:
                owner = self._unread_text_owner(p, pos, head)
                if owner is not None:
                    known = self.registry.lookup(owner)
                    return (known.name, known) if known is not None else (owner, None)
            return (entity.name, entity) if entity else (None, None)
        if (
            age is None
            and (head in ORG_NOUNS or head in BODY_NOUNS or head in TRADE_NOUNS)
            and head not in PERSON_NOUNS
        ):
            generic = head in ("company", "firm", "group", "organisation", "organization", "statement")
            keyword = None if generic or head in TRADE_NOUNS else head
            introduced = self._body_introduced_as(p, pos, head) if keyword is None else None
            if introduced is not None:
                return introduced
            entity = None
            if keyword is None and head in ("company", "firm") and self.org_antecedent(p, pos, None, back=1) is None:
                # A brand opening a sentence just before ("Veltrix declined …") is nearer
                # than an organisation named paragraphs back.
                entity = self._brand_subject(p, pos)
            if entity is None:
                entity = self.org_antecedent(p, pos, keyword, back=len(self.paras))
            if entity is not None and (head in ("company", "firm") or head in TRADE_NOUNS) and _public_body(entity):
                # "The European Commission fined Nordwave Telecom. … “…,” the company said":
                # a commission, a ministry or a court is no company; the latest business
                # named is.
                entity = self._brand_subject(p, pos) or self._business_before(p, pos)
            if entity is not None and head in TRADE_NOUNS and _of_other_trade(entity, head):
                # "Skyward Airways ordered jets. The deal was financed by Harlow Bank. “…,”
                # the airline said": a bank is no airline; the latest business that can be.
                entity = self._business_before(p, pos, trade=head) or entity
            if entity is None and keyword is not None:
                # "According to Gauteng Cogta, … “…,” the department detailed": no body
                # named as a department, so the source that spoke just before, if nothing
                # marks it as a person, is the department.
                event = self.last_event(p, pos, back=1)
                if event is not None and event.entity is not None and body_like(event.entity):
                    entity = event.entity
            if entity is None and keyword is not None:
                entity = self.org_antecedent(p, pos, None, back=1)
            if entity is not None and self._other_incident(p, pos, entity):
                return None, None
            qualifiers = [w for w in rest[:-1] if w[:1].isupper() and w not in ("The", "A", "An")]
            if (
                entity is not None
                and qualifiers
                and _public_body(entity)
                and not any(_kin(w, t) for w in qualifiers for t in entity.tokens)
            ):
                # "the Swedish government", "the Kenyan ministry": a public body qualified by
                # a place or people is none named without that word ("European Commission").
                # A business's nationality is no part of its name: "the German carmaker"
                # is the Volkswagen named before.
                return None, None
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
            and head not in DESCRIPTION_NOUNS
            and not (head.endswith("s") and head[:-1] in PERSON_NOUNS)
        ):
            # "the memo said", "the grocery chain agreed": nobody to name, unless the
            # article introduced a person as that ("Kenyan runner Ruth Wambui" … "the runner").
            holder = None if det != "the" else self._introduced_holder(p, pos, head, last_only=True)
            return (holder.name, holder) if holder is not None else (None, None)
        if det == "the" and not capital_head and age is None and not former and head in PERSON_NOUNS:
            varied = self._clause_subject_before(p, pos, key)
            if varied is not None:
                return varied.name, varied
        # A person description: the latest person with that role or age, or introduced as
        # that ("Marta Lind, a 56-year-old baker", "Italian striker Marco Rossi").
        intro = None if age or capital_head else self._unnamed_intro(p, pos, head)
        self._index_to(p)
        accept: Callable[[int, Mention], bool]
        # Former holders of the office passed over: each once, however often named.
        passed_over: set[int] = set()
        if age:
            years, said = int(age.group(1)), age.group()
            tokens = ["age:" + str(years), *_intro_tokens(said, last_only=False)]

            def accept(q: int, mention: Mention) -> bool:
                return mention.entity.age == years or self._introduced_as(q, mention, said, last_only=False)

        elif former and rank is None:
            tokens = [*_intro_tokens("ex-" + key, last_only=True), *_intro_tokens(key, last_only=True)]
            tokens.extend(_role_tokens(key))

            def accept(q: int, mention: Mention) -> bool:
                # "Former minister Jo Dee", "Jo Dee, an ex-minister": not a minister now;
                # "former Secretary of State Jo Dee": the title and "former" before it.
                intro = self._introduction(q, mention)
                return (
                    self._introduced_as(q, mention, "ex-" + key, last_only=True)
                    or (
                        self._introduced_as(q, mention, key, last_only=True)
                        and self._introduced_as(q, mention, "former", last_only=False)
                    )
                    or (
                        _has_role(mention.entity, key)
                        and ("former" in mention.entity.roles or "former" in intro.before)
                    )
                )

        elif rank is not None:
            tokens = [f"rank:{rank}:{key.lower()}"]
            ranked, former_rank = rank, former

            def accept(q: int, mention: Mention) -> bool:
                # "the deputy mayor": only somebody introduced as one ("Deputy Mayor Tom
                # Crane", "Tom Crane, the deputy mayor"), never the mayor; "the former
                # deputy mayor" only a former one, never the deputy now.
                if former_rank != self._held_once(mention.entity, key):
                    passed_over.add(id(mention.entity))
                    return False
                return self._rank(q, mention, key) == ranked

        else:
            tokens = [*_role_tokens(key), *_intro_tokens(key, last_only=not capital_head)]
            if head in AGE_WORDS:
                low, high = AGE_WORDS[head]
                tokens.extend("age:" + str(years) for years in self._ages if low <= years <= high)

            def accept(q: int, mention: Mention) -> bool:
                e = mention.entity
                if self._rank(q, mention, key) is not None:
                    return False  # "the mayor" is not the deputy mayor
                if self._held_once(e, key):
                    passed_over.add(id(e))
                    return False  # nor "Former Mayor Jo Dee": not the mayor now
                return (
                    _has_role(e, key)
                    or self._introduced_as(q, mention, key, last_only=not capital_head)
                    or (e.age is not None and head in AGE_WORDS and _of_age(e, head))
                )

        found = self._latest_person(p, pos, tokens, accept, since=intro, skip=passed_over)
        if found is not None:
            return found.name, found
        if passed_over and not former:
            # "Former Mayor Jo Dee …, the mayor said": the only holders named are former
            # ones; the mayor now is somebody unnamed here.
            return None, None
        if intro is not None or (former and not former_word) or rank is not None:
            # "One former aide said … “…,” the former aide said": the unnamed person
            # introduced with "a"/"one" since anybody named so; nobody named.
            return None, None
        if any(w.endswith(("’s", "'s")) for w in rest[:-1]):
            # "the band's manager said" with no manager named: somebody speaking for the
            # band, not whoever the text spoke of last.
            return None, None
        if (head in UNNAMED_ROLES or head in _RANKS) and not capital_head and age is None:
            # "the deputy said" with no deputy named: the deputy of somebody named, not them.
            # "the council spokesperson said" with no spokesperson named: somebody
            # unnamed, not the mayor named before.
            return None, None
        # "When Vogue asked Dion …, the singer answered": a description of a person is
        # somebody named as a person, before a bare name of unknown kind. A gendered
        # description ("the actress", "the father") is, like a he/she, never somebody
        # known to be of the other gender.
        gender: Gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else None
        if _WORK_EPITHET.fullmatch(desc.strip()):
            # "the American Horror Story actress wrote", "the Fast Lane Road singer
            # posted": a star described by a work of theirs is the person the piece is
            # about (its headline's), not whoever the sentence before named.
            main = self._main_person(p, pos) or self._lead_person(p, pos)
            if main is not None and not (gender and main.gender and main.gender != gender):
                return main.name, main
        entity = self._antecedent(p, pos, gender, back=2, people=True) or self.antecedent(p, pos, gender)
        if entity is UNNAMED:
            # "A resident who asked not to be named said …. “…,” the woman said": the
            # unnamed person spoke after anybody named, so the description is them.
            return None, None
        anonymous = head in ANONYMOUS_ROLES and not capital_head and age is None
        if entity is None and not anonymous:
            entity = self._only_person_near(p, pos, gender)
        if entity is not None and entity.age is not None and head in AGE_WORDS and not _of_age(entity, head):
            entity = None  # "the teenager" is not the 45-year-old named last
        if entity is not None and head in _CASE_PARTIES and entity.roles & _CASE_OFFICERS:
            # "Judge Ann Roe said … The victim said:": a party to a case is never the
            # judge, lawyer or officer named before; unnamed unless named as that.
            return None, None
        if former_word and entity is not None and _has_role(entity, key) and "former" not in entity.roles:
            # "Mayor Ann Toll …, the former mayor said": somebody else, unnamed here.
            return None, None
        if entity is not None and not former and self._held_once(entity, key):
            # "Former Mayor Jo Dee …, the mayor said": the mayor now, unnamed here.
            return None, None
        if entity is not None and not former and _ranked_in(entity, key):
            # "Deputy Mayor Tom Crane …, the mayor said": the look-back passed the deputy
            # over; the mayor is somebody else, unnamed here.
            return None, None
        if entity is not None:
            return entity.name, entity
        event = self.last_event(p, pos, back=2)
        if (
            event is not None
            and event.speaker
            and not former_word
            and not (event.entity is not None and not former and _ranked_in(event.entity, key))
        ):
            return event.speaker, event.entity
        main = None if anonymous or former_word else self._main_person(p, pos)
        if main is not None and not former and _ranked_in(main, key):
            main = None
        if main is not None and not (gender and main.gender and main.gender != gender):
            return main.name, main
        return None, None

    # -- the index of introductions ---------------------------------------------

    def _index_to(self, p: int) -> None:
        """File the mentions of people and of names of unknown kind in the paragraphs up
        to `p` in `_postings` under their `_tokens`, each paragraph once; note the first
        people named (`_main_person`, `_lead_person`). Captions name nobody here."""
        while self._indexed <= p:
            q = self._indexed
            self._indexed += 1
            if q in self._credits:
                continue
            for k, mention in enumerate(self.paras[q].mentions):
                e = mention.entity
                if e.kind not in ("person", "unknown"):
                    continue
                for token in self._tokens(q, mention):
                    self._postings.setdefault(token, []).append((q, mention.start, k))
                if e.kind != "person" or not self.person_mention(q, mention):
                    continue
                offices = self._former_offices(q, mention)
                if offices:
                    self._formers.setdefault(id(e), set()).update(offices)
                if len(self._first_people) < 2 and all(e is not f for _, _, f in self._first_people):
                    self._first_people.append((q, mention.start, e))
                if self._lead is None and not (mention.modifier or mention.possessive or mention.after_preposition):
                    self._lead = (q, mention.start, e)

    def _tokens(self, q: int, mention: Mention) -> set[str]:
        """What a mention is filed under: the last two words it is introduced with on each
        side ("w:"; "p5:" their first five letters, for `_kin`), the last word of each side
        ("l:", for a look-back on the last word only), a rank before a role ("rank:deputy:mayor",
        from the words or the titles), its party tag's party, an apposed age ("w:56-year-old"),
        and its bearer's roles ("role:", "rp5:") and age ("age:"). Roles, ages and the text
        are settled once the article is read, so a mention's tokens never change."""
        intro = self._introduction(q, mention)
        tokens: set[str] = set()
        if intro.party is not None:
            tokens.add("party:" + intro.party)
        if intro.age is not None:
            tokens.update(("w:" + intro.age, "l:" + intro.age))
        for side in (intro.before, intro.after):
            if side:
                tokens.add("l:" + side[-1])
            if len(side) >= 2 and side[-2] in _RANKS:
                tokens.add(f"rank:{side[-2]}:{side[-1]}")
            # `_describes` reads a word only among the last two of a side: filing the
            # others would make every look-back walk names it can never take.
            for word in side[-2:]:
                tokens.add("w:" + word)
                if len(word) >= 5:
                    tokens.add("p5:" + word[:5])
        e = mention.entity
        for rank in e.roles & _RANKS:
            tokens.update(f"rank:{rank}:{role}" for role in e.roles)
        for role in e.roles:
            tokens.add("role:" + role)
            if len(role) >= 5:
                tokens.add("rp5:" + role[:5])
        if e.age is not None:
            tokens.add("age:" + str(e.age))
            self._ages.add(e.age)
        return tokens

    def _latest_person(
        self,
        p: int,
        pos: int,
        tokens: list[str],
        accept: Callable[[int, Mention], bool],
        since: tuple[int, int] | None = None,
        skip: set[int] | None = None,
    ) -> Entity | None:
        """The person of the latest mention before (p, pos), not before `since`, that names
        a person (`person_mention`) and that `accept` takes: among the mentions filed under
        `tokens`, which hold every mention `accept` can take, so a look-back reads only the
        candidates however long the article. Mentions of entities in `skip` (which `accept`
        may fill as it rejects a whole entity) are passed over unread. At most the latest
        `_LOOK_BACK_READS` candidates per token are read: an article naming a thousand
        former mayors asked "the mayor" a thousand times would else read them all each time."""
        self._index_to(p)
        best: tuple[int, int] | None = None
        found: Entity | None = None
        for token in tokens:
            posting = self._postings.get(token)
            if not posting:
                continue
            k = bisect_left(posting, (p, pos))
            floor = max(0, k - _LOOK_BACK_READS)
            while k > floor:
                k -= 1
                q, start, index = posting[k]
                if (since is not None and (q, start) < since) or (best is not None and (q, start) <= best):
                    break
                mention = self.paras[q].mentions[index]
                if id(mention.entity) in self._besides or (skip is not None and id(mention.entity) in skip):
                    continue
                if self.person_mention(q, mention) and accept(q, mention):
                    best, found = (q, start), mention.entity
                    break
        return found

    def _introduction(self, q: int, mention: Mention) -> _Introduction:
        """How the name `mention` of paragraph `q` is introduced, read once (the text never
        changes)."""
        known = self._introductions.get((q, mention.start))
        if known is None:
            known = self._introductions[(q, mention.start)] = self._read_introduction(q, mention)
        return known

    def _read_introduction(self, q: int, mention: Mention) -> _Introduction:
        """`_introduction`, read from the text: a party tag, up to four words right before
        the name in its sentence, and an apposition right after it."""
        para = self.paras[q]
        masked = para.masked
        tag = PARTY_TAG_LETTER.match(para.text, mention.end)
        party = PARTY_OF_LETTER[tag.group(1)] if tag is not None else None  # "Rep. Jo Dee (D-Ohio)"
        lead = masked[para.sentence_start(mention.start) : mention.start]
        # The words lie in the lead's last four tokens, so searching from there finds the
        # match a search from the sentence's start would, without trying every offset.
        head = lead.rsplit(None, 4)
        found = _WORDS_BEFORE.search(lead, len(head[0]) if len(head) == 5 else 0)
        before = tuple(_fold(w) for w in found.group(1).split()) if found is not None else ()
        after = APPOSED.match(masked, mention.end)
        if after is None or SPEECH.search(after.group(1)):
            # "after a meeting with Tom Berg, the US President said:": a phrase ending
            # on a speech verb is the next clause's subject, no apposition to the name.
            return _Introduction(party, before, (), None)
        words = after.group(1).split()
        if words[0].isdigit():
            return _Introduction(party, before, (), words[0] + "-year-old")
        words = words[1:]
        for k, word in enumerate(words):
            if k and word in _PHRASE_PREPOSITIONS:
                words = words[:k]
                break
        return _Introduction(party, before, tuple(_fold(w) for w in words), None)

    def _introduced_as(self, q: int, mention: Mention, key: str, last_only: bool) -> bool:
        """Whether the name `mention` is introduced as `key` (see `_describes`): in the words
        right before it ("Italian striker Marco Rossi", "the Kenyan runner Ruth Wambui",
        "56-year-old Marta Lind"), in an apposition right after it ("Marta Lind, a
        56-year-old baker,", "Marta Lind (56)", "Sam Poe, a lawyer for the family") or by a
        party tag ("Rep. Jo Dee (D-Ohio)" … "the Ohio Democrat")."""
        intro = self._introduction(q, mention)
        if intro.party is not None and intro.party == key:
            return True
        if _describes(intro.before, key, last_only):
            return True
        if intro.age is not None:
            return key == intro.age
        return _describes(intro.after, key, last_only)

    def _former_offices(self, q: int, mention: Mention) -> set[str]:
        """The words after "former" where the name `mention` is introduced ("Jo Dee, a
        former deputy mayor", "former state Sen. Jo Dee"), and its titles when one of them
        is "Former" ("Former Mayor Jo Dee"), or a hyphenated office held before or not yet
        ("ex-mayor", "then-mayor", "mayor-elect"): the offices it does not hold now."""
        intro = self._introduction(q, mention)
        words: set[str] = set(mention.entity.roles) if "former" in mention.entity.roles else set()
        for side in (intro.before, intro.after):
            if "former" in side:
                office = side[side.index("former") + 1 :]
                cut = next((k for k, w in enumerate(office) if w in _PHRASE_PREPOSITIONS), len(office))
                if side is intro.before and cut < len(office):
                    continue  # "a former aide to Jo Dee": she is whom the aide served
                words.update(office[:cut])
        # "Ex-Mayor Jo Dee", "then-mayor Jo Dee", "Jo Dee, the mayor-elect": an office
        # held before (or at the time told of) or not yet, in one hyphenated word right
        # before the name, in its apposition or among its titles.
        right_before = intro.before[-1:]
        for word in (*right_before, *intro.after, *mention.entity.roles):
            hyphenated = _NOT_HELD_NOW.fullmatch(word)
            if hyphenated is not None:
                words.add(hyphenated.group(1) or hyphenated.group(2))
        return words

    def _held_once(self, entity: Entity, key: str) -> bool:
        """Whether the article introduced `entity` as a former holder of the office `key`
        (`_former_offices`, gathered per person as the index grows, so a look-back checks
        each candidate at once): "Former Mayor Jo Dee" is not "the mayor" now, though
        "Sen. Jo Dee, a former mayor," is still "the senator"."""
        offices = self._formers.get(id(entity))
        if not offices:
            return False
        return key.lower() in offices or ("former" in offices and _has_role(entity, key))

    def _rank(self, q: int, mention: Mention, key: str) -> str | None:
        """The rank word (`_RANKS`) right before `key` where the name `mention` is
        introduced as `key` ("Tom Crane, the vice chairman"), or among its titles with `key`
        ("Deputy Mayor Tom Crane"): a person of another office than `key` alone names."""
        if key.lower() in _GRADED_ROLES:
            return None
        intro = self._introduction(q, mention)
        for side in (intro.before, intro.after):
            if len(side) >= 2 and side[-1] == key.lower() and side[-2] in _RANKS:
                return side[-2]
        roles = mention.entity.roles
        if key.lower() in roles:
            # Titles read into the name: "Deputy Mayor Tom Crane" holds "deputy" and "mayor".
            # "Deputy Tom Crane" holds only the rank, which is `key` itself ("the deputy").
            return min(roles & _RANKS - {key.lower()}, default=None)
        return None

    def _introduced_holder(
        self, p: int, pos: int, key: str, last_only: bool, since: tuple[int, int] | None = None
    ) -> Entity | None:
        """The person named before (p, pos), latest first, whom the article introduced as
        `key` (`_introduced_as`) or gave that role; not before `since`."""

        def accept(q: int, mention: Mention) -> bool:
            return _has_role(mention.entity, key) or self._introduced_as(q, mention, key, last_only)

        tokens = [*_role_tokens(key), *_intro_tokens(key, last_only)]
        return self._latest_person(p, pos, tokens, accept, since)

    def _business_before(self, p: int, pos: int, trade: str | None = None) -> Entity | None:
        """The organisation named latest before (p, pos) that is no public body
        (`_public_body`), nor an outlet: what "the company" can be; with a `trade` noun
        ("airline"), none whose name says it is in another trade (`_of_other_trade`)."""
        if self._businesses is None:
            # One pass: a scan back per "the company" would be quadratic in paragraphs.
            self._businesses = sorted(
                (
                    ((q, m.start), m.entity)
                    for q, para in enumerate(self.paras)
                    for m in para.mentions
                    if m.entity.kind == "org"
                    and not m.modifier
                    and not _public_body(m.entity)
                    and not set(m.entity.tokens) & MEDIA
                ),
                key=lambda b: b[0],
            )
        k = bisect_left(self._businesses, (p, pos), key=lambda b: b[0])
        if trade is None:
            return self._businesses[k - 1][1] if k else None
        return next((e for _, e in reversed(self._businesses[:k]) if not _of_other_trade(e, trade)), None)

    def _other_incident(self, p: int, pos: int, body: Entity) -> bool:
        """Whether the paragraph of a body's description at (p, pos) turned, before it, to
        another event than the one the body was named in: "In a separate incident, a man
        was hurt in a crash. Police said …", "Separately, …", "Meanwhile in Leeds, police
        said …" (a place the body's name does not hold). Its "police", "the council" is
        then that event's, unnamed here, not the force or council named for the first;
        unless the body is named again after the turn."""
        para = self.paras[p]
        # The paragraph is scanned once: a scan up to each description was quadratic in
        # a paragraph of thousands of "“…,” the council said".
        turns = self._turns.get(p)
        if turns is None:
            found = list(_OTHER_INCIDENT.finditer(para.masked))
            turns = self._turns[p] = ([m.end() for m in found], found)
        k = bisect_right(turns[0], pos)
        if not k:
            return False
        turn = turns[1][k - 1]
        place = turn.group("place")
        if place is not None and place in body.tokens:
            return False  # "Meanwhile in Leeds, Leeds City Council said"
        starts = self._body_starts.get((p, id(body)))
        if starts is None:
            starts = self._body_starts[(p, id(body))] = sorted(m.start for m in para.mentions if m.entity is body)
        at = bisect_left(starts, turn.end())
        return not (at < len(starts) and starts[at] < pos)

    def named_in_office(self, role: str) -> Entity | None:
        """The person the whole article first names in `role` (lower-case words, "prime
        minister", "coach"), before or after any point: a headline's or kicker's label
        ("PM: ‘…’", "Coach: “…”") speaks for the holder the story introduces later
        ("The Prime Minister, Jo Dee, told MPs …"). Each word of a role of several words
        must be among the holder's roles or the words introducing them ("Foreign Minister
        Jo Dee" is no prime minister). None when no person holds it."""
        words = role.split()
        key = words[-1]
        self._index_to(len(self.paras) - 1)
        best: tuple[int, int] | None = None
        found: Entity | None = None
        for token in [*_role_tokens(key), *_intro_tokens(key, last_only=True)]:
            for q, start, index in self._postings.get(token, ()):
                if best is not None and (q, start) >= best:
                    break
                mention = self.paras[q].mentions[index]
                if not self.person_mention(q, mention):
                    continue
                intro = self._introduction(q, mention)
                known = mention.entity.roles | set(intro.before) | set(intro.after)
                if (_has_role(mention.entity, key) or self._introduced_as(q, mention, key, last_only=True)) and all(
                    w in known for w in words[:-1]
                ):
                    best, found = (q, start), mention.entity
                    break
        return found

    def _clause_subject_before(self, p: int, pos: int, key: str) -> Entity | None:
        """The person a clause opening the description's sentence has as its subject, when
        the description at (p, pos) is the main clause's subject right after it: "When
        Dion was asked about the tour, the star said …", "After Voss won, the champion
        said …" (a writer names somebody, then varies the word for them). Not when
        somebody else the two paragraphs before holds that role ("Judge Ann Roe" … "When
        Dee arrived, the judge said …")."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        clause = _OPENING_CLAUSE.fullmatch(para.masked, start, pos)
        if clause is None:
            return None
        subject = next((m for m in para.mentions if m.start == clause.start(1)), None)
        if (
            subject is None
            or subject.possessive
            or subject.modifier
            or subject.entity.kind != "person"
            or not self.person_mention(p, subject)
        ):
            return None
        entity = subject.entity
        head = key.lower()
        gender: Gender = "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else None
        if gender and entity.gender and entity.gender != gender:
            return None
        near = self._introduced_holder(p, subject.start, key, last_only=True, since=(max(0, p - 2), 0))
        return entity if near is None or near is entity else None

    # -- people the article is about -------------------------------------------

    def _lead_person(self, p: int, pos: int) -> Entity | None:
        """The person a story opens on: the first named as a subject (not after a
        preposition, not owning or qualifying something) before (p, pos)."""
        self._index_to(p)
        if self._lead is not None and self._lead[:2] < (p, pos):
            return self._lead[2]
        return None

    def _person_on_trial(self, p: int, pos: int) -> Entity | None:
        """The person a court report shows on trial before (p, pos), for "the defendant"
        or "the accused": one named as the subject of a denial, a plea or a charge ("Jo
        Dee, 29, denies murder", "Dee, who has pleaded not guilty", "Dee is charged
        with"). The court's other people (the prosecutor, the witnesses, the judge) are
        named nearer the quote, so the nearest person is the wrong guess; with two
        people on trial, the one named so last."""
        found: Entity | None = None
        for q in range(p + 1):
            para = self.paras[q]
            for mention in para.mentions:
                if (q, mention.start) >= (p, pos):
                    break
                if mention.entity.kind != "person" or mention.possessive or mention.after_preposition:
                    continue
                if _ON_TRIAL.match(para.masked, mention.end) is not None:
                    found = mention.entity
        return found

    def _body_named_with_kind(self, det: str, rest: list[str]) -> Entity | None:
        """ "the Norwegian Refugee Council charity", "the RMT union", "the Wagner group": a
        body's name and then its kind, as wire copy writes them; the body named speaks.
        Only a name the article knows, of an organisation or nothing marking a person's."""
        if det != "the" or len(rest) < 2 or not (rest[-1] in ORG_NOUNS or rest[-1] in BODY_NOUNS):
            return None
        if not all(w[:1].isupper() for w in rest[:-1]):
            return None
        entity = self.registry.lookup(" ".join(rest[:-1]))
        return entity if entity is not None and body_like(entity) else None

    def _brand_subject(self, p: int, pos: int) -> Entity | None:
        """With no organisation named, the company "the company" is: a one-word brand
        the name scan could not type ("Strava", "Veltrix": neither a person's name nor a
        body's) opening a sentence as its subject, in the paragraph or the one before,
        the latest such: "Veltrix declined to comment. But the company reported that …".
        Nothing may mark it as a person's (`body_like`)."""
        for q in range(p, max(0, p - 1) - 1, -1):
            para = self.paras[q]
            found: Entity | None = None
            for mention in para.mentions:
                if (q, mention.start) >= (p, pos):
                    break
                e = mention.entity
                if e.kind != "unknown" or len(e.tokens) != 1 or not body_like(e):
                    continue
                if mention.possessive or mention.modifier or mention.after_preposition:
                    continue
                if _BRAND_SUBJECT_LEAD.fullmatch(
                    para.masked, para.sentence_start(mention.start), mention.start
                ) and self._named_mid_sentence(e):
                    found = e
            if found is not None:
                return found
        return None

    def _only_person_near(self, p: int, pos: int, gender: Gender) -> Entity | None:
        """The one person named as a subject in the `FAR_BACK` paragraphs before (p, pos),
        for a description of a person with nobody nearer: "Ravi Menon opened his first
        shop in 1988." and four paragraphs of figures, then "the shopkeeper said"."""
        people = {
            id(m.entity): m.entity
            for _, m in self._person_mentions_before(p, pos, FAR_BACK)
            if m.entity.kind == "person" and not (m.modifier or m.possessive or m.after_preposition)
        }
        if len(people) != 1:
            return None
        (only,) = people.values()
        return None if gender and only.gender and only.gender != gender else only

    def interviewee(self, p: int) -> Entity | None:
        """Who answers an interview printed as "Q: …" / "A: …" turns from paragraph `p`
        on: the person the article is about (`_main_person`), else the first person it
        named as a subject (`_lead_person`), before the turn."""
        return self._main_person(p, 0) or self._lead_person(p, 0)

    def _main_person(self, p: int, pos: int) -> Entity | None:
        """The person an article is about, for a description far from any name ("the
        farmer said" paragraphs after "Greta Solberg has grown apples …"): the headline's
        or main speaker (`_subject`), else the only person named before (p, pos)."""
        if self._subject is not None and self._subject.kind == "person":
            return self._subject
        self._index_to(p)
        people = [e for q, start, e in self._first_people if (q, start) < (p, pos)]
        return people[0] if len(people) == 1 else None

    # -- bodies: "the group", "the lawmakers" ------------------------------------

    def _body_introduced_as(self, p: int, pos: int, head: str) -> tuple[str, Entity | None] | None:
        """The organisation the article introduced as a `head` ("Citizens for Open Books,
        a nonprofit watchdog group,", "Harbour Metals, a mining firm,"): "the group said"
        many paragraphs later is that body, before any organisation named since (an
        agency it complained to, a company it criticised). The full capitalised name
        before the apposition counts even where the name scan read it as several."""
        here = list(_body_as_pattern(head).finditer(self.paras[p].masked, 0, pos))
        if here:
            q, last = p, here[-1]
        else:
            earlier = self._body_as_before(p, head)
            if earlier is None:
                return None
            q, last = earlier
        since = last.end()
        for r in range(q, p + 1):
            for mention in self.paras[r].mentions:
                if (r == q and mention.start < since) or (r == p and mention.start >= pos):
                    continue
                if mention.entity.kind == "org" and not (
                    mention.after_preposition or mention.possessive or mention.modifier
                ):
                    return None  # another body has been a subject since: the usual rule
        name = last.group(1)
        known = self.registry.lookup(name)
        if known is not None and known.kind == "person":
            return None
        return (known.name, known) if known is not None else (name, None)

    def _body_as_before(self, p: int, head: str) -> tuple[int, re.Match[str]] | None:
        """The last introduction of a body as a `head` (`_body_as_pattern`) in the
        paragraphs before `p`, with its paragraph; each paragraph is read once a head."""
        read, found = self._bodies_as.get(head, (0, []))
        if read < p:
            pattern = _body_as_pattern(head)
            for q in range(read, p):
                masked = self.paras[q].masked
                if head in masked:  # the pattern ends on the head noun itself
                    matches = list(pattern.finditer(masked))
                    if matches:
                        found.append((q, matches[-1]))
            self._bodies_as[head] = (p, found)
        k = bisect_left(found, p, key=lambda item: item[0])
        return found[k - 1] if k else None

    def _group_body(self, p: int, pos: int, head: str) -> Entity | None:
        """The body a plural description of people acts for, from where the article
        introduced them as its members: "lawmakers on the Harbour Committee wrote … the
        lawmakers wrote", "researchers at the Coastal Institute … the researchers said".
        The latest such introduction before (p, pos) with the same plural noun."""
        while self._groups_indexed <= p:
            q = self._groups_indexed
            self._groups_indexed += 1
            masked = self.paras[q].masked
            for k, mention in enumerate(self.paras[q].mentions):
                if mention.entity.kind != "org" or mention.modifier:
                    continue
                group = GROUP_OF.search(masked, max(0, mention.start - 40), mention.start)
                if group is not None:
                    self._group_postings.setdefault(group.group(1).lower(), []).append((q, mention.start, k))
        posting = self._group_postings.get(head, [])
        k = bisect_left(posting, (p, pos))
        if not k:
            return None
        q, _, index = posting[k - 1]
        return self.paras[q].mentions[index].entity

    def _unnamed_intro(self, p: int, pos: int, head: str) -> tuple[int, int] | None:
        """Where, in the three paragraphs before (p, pos), a person of the kind `head`
        was last introduced unnamed: "a former aide", "one employee of the port",
        "A former Acme engineer". A definite description of that kind ("the former
        aide") after it refers to that unnamed person."""
        intro = _intro_pattern(head)
        for q in range(p, max(-1, p - 4), -1):
            masked = self.paras[q].masked
            end = pos if q == p else len(masked)
            # The text a reader looks back over: the latest `_INTRO_REACH` characters of
            # each paragraph, not a whole paragraph of thousands of turns per description.
            found = [
                m.start()
                for m in intro.finditer(masked, max(0, end - _INTRO_REACH), end)
                # "Jo Dee, a former aide", "Dee is a former aide", "a former aide, Jo Dee":
                # a description of somebody named.
                if not _NAMING_BEFORE.search(masked, max(0, m.start() - 12), m.start())
                and not self._after_name_and_comma(q, m.start())
                and not _NAMING_AFTER.match(masked, m.end())
            ]
            if found:
                return q, found[-1]
        return None

    def _after_name_and_comma(self, q: int, at: int) -> bool:
        """Whether a name then a comma (and spaces) stand right before offset `at` of
        paragraph `q` ("Jo Dee, a former aide"): read back from `at`, the name found by
        bisection, not by copying the text before or collecting every name's end."""
        masked = self.paras[q].masked
        k = at
        while k > 0 and masked[k - 1].isspace():
            k -= 1
        if k == 0 or masked[k - 1] != ",":
            return False
        mentions = self.paras[q].mentions
        i = bisect_left(mentions, k - 1, key=_mention_end)
        return i < len(mentions) and mentions[i].end == k - 1
