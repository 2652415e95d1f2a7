"""The subject phrase of a speech verb: a name, pronoun, description or unnamed person
before it ("Jo Dee, a spokeswoman for Acme, said"), or after an inverted verb ("said
Jo Dee"), through appositions, dashed asides, relative clauses and offices."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newstui.extract.names import ORG_NOUNS, PERSON_NOUNS, TITLES, Mention, mention_start
from newstui.extract.quotes.reading import ArticleReading
from newstui.extract.quotes.sentences import tail_start
from newstui.extract.quotes.vocabulary import (
    ADVERBS,
    DASH_APPOSITION,
    DASHES,
    DETERMINERS,
    INDEFINITE,
    ISSUED_TEXT,
    ISSUED_TEXTS,
    LAST_LETTERS,
    LAST_PHRASE,
    LAST_WORD,
    MASK,
    OWN_BODIES,
    OWN_TEXTS,
    PRONOUNS,
    only_role_words,
)


@dataclass(slots=True)
class Subject:
    """A speech verb's subject phrase at `start`..`end`: a name (its `mention`), a
    pronoun, a description, or an unnamed person ("a spokesperson"); `text` holds the
    pronoun or the words of a description."""

    kind: str  # "name" | "pronoun" | "desc" | "unnamed"
    start: int
    end: int
    text: str
    mention: Mention | None = None

    @classmethod
    def named(cls, mention: Mention) -> Subject:
        """The subject that is the name `mention`, as it stands; a capitalised indefinite
        pronoun the name scan took for a name ("Others, angry, shouted") is a description
        naming nobody (a short shout it attributes stays a quote, as after "A few protesters")."""
        if mention.entity.name in INDEFINITE_NAMES:
            return cls("desc", mention.start, mention.end, mention.entity.name.lower())
        return cls("name", mention.start, mention.end, "", mention)


INDEFINITE_NAMES = frozenset("Others Some Many Several Most Few Both All Everyone Someone Somebody Nobody".split())
"""Indefinite pronouns opening a sentence, capitalised like names, that name nobody."""


_INDEFINITE_LEAD = re.compile(r"\s*(?:a|an|one|another|two|three|some|several)\s", re.IGNORECASE)


# A role phrase of up to six words after an inverted verb, closed by a comma:
# "the group's Chief Executive, ", "a later chancellor, ", "Chief Marketing Officer at Acme, ",
# "the general secretary of the RMT union, " (a body's name and its kind after the role).
_DETERMINED = re.compile(r"\s*(?:the|its|their|his|her|our)\s")
_ROLE_APPOSITIVE = re.compile(
    r"\s*(?:[\w’'.&-]+\s+){0,5}?([\w’'-]+)"
    r"(?:\s+(?:at|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*){1,4}(?:[a-z][\w-]*)?)?,\s+"
)


# One or two lower-case nouns, then a comma: " union, ", " union boss, ".
_LOWER_NOUN_TO_COMMA = re.compile(r"(?:\s+[a-z][\w-]*){1,2},\s")

# Capitalised words joined by "and" / "&" closing a text: "Universities and ".
_NAME_CHAIN = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:and\s+|&\s+)?)+$")


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


def one_unnamed_person(text: str) -> bool:
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


def owned_person(text: str) -> bool:
    """'Ross’s lawyer', 'his spokesman', 'the family's lawyer', 'Rovers’ spokeswoman': one
    person, not named, described by whose they are (a possessive, then a singular person
    noun). The owner is somebody else: what such a person says is an unnamed source's."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    owner = words[-2].lower()
    possessive = owner in ("his", "her", "their", "its") or owner.endswith(("’s", "'s", "s’", "s'"))
    return possessive and words[-1].lower() in PERSON_NOUNS and not words[-1].lower().endswith("s")


_RELATIVE = frozenset("who whose whom that which".split())


# A sentence opening on one unnamed person and a relative clause about them: "A
# resident who asked not to be named", "One officer, who declined to give his name,".
_UNNAMED_WHO_LEAD = re.compile(r"\s*(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+,?\s+(?:who|whose)\s")


def unnamed_with_clause(masked: str, floor: int, end: int) -> bool:
    """Whether the sentence from `floor` opens on one unnamed person followed by a
    relative clause, which runs on to `end`: the speech verb after it is that person's
    ("A resident who asked not to be named because of the law said …"), whatever noun
    the clause ends on. "who" marks the noun before it as a person, whatever it is."""
    return _UNNAMED_WHO_LEAD.match(masked, floor, end) is not None


def _role_of_body(words: list[str], det_at: int) -> int:
    """Where a description of a person by their place in a body starts: "the head of the
    trust", "the chairman of the board" is the head or the chairman, so the phrase opens on
    the determiner before the role noun, not on the body's "the"."""
    if det_at < 2 or words[det_at - 1] not in ("of", "at", "for") or words[det_at - 2].lower() not in PERSON_NOUNS:
        return det_at
    for k in range(det_at - 2, -1, -1):
        if words[k].lower() in DETERMINERS:
            return k
        if not words[k].islower():
            break
    return det_at


def _role_word(word: str) -> bool:
    """A role noun closing a phrase ("Executive", "chancellor", "spokeswoman")."""
    return word.lower() in PERSON_NOUNS


# Unnamed people a party or body is quoted through: "a GOP insider", "a Labour source",
# "a committee member".
_INSIDER_NOUNS = frozenset(
    "insider insiders backbencher backbenchers source sources staffer staffers member members".split()
)
# Up to three lower-case words right after a name, ending where a relative word, a
# preposition or punctuation would: "U.S. law enforcement official", "Acme board member".
_LOWER_NOUN_PHRASE_AFTER = re.compile(
    r"(?:\s+(?!(?:who|whose|whom|that|which|on|at|in|from|with|of|for|near|to|after|before|as|and|but|or|when|while)\b)[a-z][\w-]*){1,3}"
)


def _unnamed_with_name(gap: str, mention: Mention, masked: str) -> bool:
    """'said a dispatcher on Harbour Radio', 'said one Labour organiser': an indefinite
    subject whose name only places it (after a preposition) or qualifies it (a
    modifier). 'said a sceptical Jo Marsh' names its speaker; a spokesperson speaks
    for the organisation named ('said a spokeswoman for Acme'), so that keeps its name."""
    if not _INDEFINITE_LEAD.match(gap):
        return False
    words = gap.lower().split()
    modifier = mention.modifier or _role_after(masked, mention.end)
    if not (modifier or (words and words[-1] in _PLACING)):
        return False
    return not any(w.startswith(("spokes", "representative", "statement")) for w in words)


# A body noun closing the lower-case words after an acronym ("the UN refugee agency").
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,5}")


def body_of_acronym(masked: str, mention: Mention) -> bool:
    """'said the UN refugee agency', 'said the EU executive', 'The UN refugee agency warned
    …': an acronym qualifying a body noun after it names the body's parent, not the body
    that spoke; naming the parent ("UN") would put words in its whole mouth, so the body
    speaks unnamed. The body noun closes the lower-case words after the acronym, or a verb
    follows it ("agency warned"); one before another noun ("RMT union boss") is no head."""
    if _ACRONYM.fullmatch(masked, mention.start, mention.end) is None:
        return False
    phrase = _LOWER_NOUN_PHRASE_AFTER.match(masked, mention.end)
    if phrase is None:
        return False
    words = phrase.group().split()
    body = next((k for k, w in enumerate(words) if w in ORG_NOUNS or w == "executive"), None)
    if body is None or any(_VERB_FORM.fullmatch(w) for w in words[:body]):
        return False
    if body < len(words) - 1 and not _VERB_FORM.fullmatch(words[body + 1]):
        return False  # "RMT union boss": the body noun qualifies a role, the head
    # "said CNN executive Jo Dee": the name after the role speaks.
    return body < len(words) - 1 or not masked[phrase.end() : phrase.end() + 2].strip()[:1].isupper()


# A word that is a verb, not a noun qualifying a body: "said", "told", "warned".
_VERB_FORM = re.compile(r"said|says|told|tells|[a-z]+ed")


_PLACING = frozenset("on at in from with of for near".split())


# Words in -ing that qualify a role before a name ("said acting Mayor Jo Dee", "said
# outgoing chief executive Jo Dee"), not a participle taking the name as its object.
_ING_QUALIFIERS = frozenset(
    """acting outgoing incoming managing visiting leading founding presiding ruling governing
    reigning serving sitting retiring departing ranking longstanding long-standing commanding
    consulting supervising investigating attending opposing""".split()
)


def _participle_before(gap: str) -> bool:
    """Whether the lower-case words between a verb and a name are a participle that takes
    the name as its object ("posts accusing Dana Price", "tweets mocking Jo Dee"): one word
    in -ing right before the name, not a qualifier of the name's title ("said acting Mayor
    Jo Dee"); an -ing word before a role noun qualifies the role ("said grieving mother Jo
    Dee", "said striking dock worker Jo Dee")."""
    words = gap.split()
    return len(words) == 1 and words[0].endswith("ing") and len(words[0]) > 4 and words[0] not in _ING_QUALIFIERS


def _role_after(masked: str, end: int) -> bool:
    """Whether a role noun closes the lower-case words right after a name: the name
    qualifies the role ("a former U.S. law enforcement official who …", "a senior Acme
    board member"). The phrase ends before a relative word, a preposition or a
    conjunction; the role noun is its last word, or the one right after the name ("a
    Labour official said")."""
    phrase = _LOWER_NOUN_PHRASE_AFTER.match(masked, end)
    if phrase is None:
        return False
    words = phrase.group().split()
    roles = PERSON_NOUNS | _INSIDER_NOUNS
    return words[0] in roles or words[-1] in roles


# Punctuation that ends a clause: a phrase holding one is not a single subject or apposition.
_CLAUSE_BREAK = re.compile(r"[;:!?]")


def _unnamed_head(gap: str) -> str:
    """An unnamed subject without the words that place it: "a doctor from" → "a doctor"."""
    words = gap.split()
    while words and words[-1].lower() in _PLACING:
        words.pop()
    return " ".join(words)


# A word that makes the quote after it a noun of the clause (a title, a term), not
# speech: "the co-author of “…”", "his book “…”".
_TITLE_LEAD = re.compile(
    r"\b(?:of|in|on|for|from|about|the|a|an|his|her|their|its|book|film|show|novel|memoir|titled|called|named),?\s*$"
)


def names_a_title(seg: str, last: int) -> bool:
    """Whether the quoted run ending at `last` in `seg` stands inside an apposition as a
    noun after a preposition, determiner or work noun ("Ann Toll, the co-author of
    “Quiet Rooms,” said"): the clause goes on through it; it closes no earlier quote."""
    start = last
    while start > 0 and seg[start - 1] == MASK:
        start -= 1
    end = start
    while end > 0 and seg[end - 1] in "“\"‘' ":
        end -= 1
    # Only the words right before the marks are read: a sentence of many quotes is not
    # copied and searched from its start for each of them.
    return seg.rfind(",", 0, end) >= 0 and _TITLE_LEAD.search(seg, max(0, end - 40), end) is not None


# A capitalised office before a name: "Federal Reserve Bank of Boston President" (the
# name scan may take all but its first words into the name's titles).
_TITLED_OFFICE = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w’'.-]*")
# Between an office and its holder's name: capitalised words, commas, of/for/and/the.
_OFFICE_GAP = re.compile(r"(?:[\s,&]|\b(?:of|for|and|the)\b|[A-Z][\w’'.-]*)*")


# A relative clause opening right before a verb: "Jo Dee, who said", "Jo Dee Jr who wrote".
_WHO_CLAUSE = re.compile(r",?\s+who$")
# A sentence opening on an adverbial phrase: "In a post …, ", "After talks with …, ".
_LEAD_IN = re.compile(r"\s*(?:In|At|After|Before|During|Following|On|Speaking|Writing|Asked|Ahead of|Despite)\s")
# An apposition holding a relative clause that runs on to the verb, its comma left out:
# ", a former police officer who responded".
_OPEN_WHO_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;:\x00]{1,80}?\s(?:who|that)\s[^,;:\x00]{1,60}$")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
# A time phrase closing a text: " on Sunday", " late on Monday night", " on March 3", " last week".
_TIME_PHRASE_END = re.compile(
    r"\s(?:(?:late|early)\s+)?(?:on\s+(?:" + _DAY + r"|" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"|last\s+(?:week|month|year|" + _DAY + r")"
    r"|this\s+(?:week|month|year))(?:\s+(?:night|morning|evening|afternoon))?$"
)
# A text and its addressee: "The group's letter to ", "a memo sent to the ".
_TEXT_SENT_TO = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'.-]+\s+){0,4}?" + ISSUED_TEXT + r"s?)"
    r"\s+(?:(?:sent|addressed|written)\s+)?to\s+(?:the\s+)?$"
)
_WHICH_CLAUSE = re.compile(r",\s+which$")
# A named person's team after them: "and her colleagues", "and co-authors", "and his team".
_AND_COLLEAGUES = re.compile(
    r"\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|collaborators|team|fellow\s+researchers)$"
)
# Between a body's name and the place it is based in: " in ", " of the ".
_PLACE_OF_BODY = re.compile(r"\s+(?:in|of|at)\s+(?:the\s+)?")


# Between a person's name and the body they belong to: " with the ", " of the liberal ".
_BODY_LINK = re.compile(r",?\s+(?:with|of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")


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
# Two role phrases joined by "and", each of one to five words, no comma, quote or clause
# break: " former Ohio Gov. and party Chairman ".
_JOINED_ROLES = re.compile(r"\s*((?:[\w.’'&-]+\s+){1,5}?)and\s+((?:[\w.’'&-]+\s+){0,5}?)")


def _closes_on_role(words: str) -> bool:
    """Whether a phrase ends on a role noun or a title ("governor", "Gov.", "Chairman")."""
    last = words.split()[-1] if words.split() else ""
    return _role_word(last) or last in TITLES or last.rstrip(".") in TITLES


_PRONOUN_NEXT = re.compile(r"\s*(he|she|they|it|we|I)\b")


# An indefinite subject, then who it spoke to, ending the subject phrase: "another source
# speaking to Harbour News", "an aide who spoke to the Post".
_TAIL_CHARS = 400
"""The most of a subject phrase's text an end-anchored pattern reads back from the verb:
each of those patterns spans far less, so reading from there finds the same match."""


def _tail(head: str) -> int:
    """Where an end-anchored search of `head` may start (see `_TAIL_CHARS`): a long
    sentence before the verb (a run of quotes masked in it) is not read whole per verb."""
    return max(0, len(head) - _TAIL_CHARS)


_UNNAMED_SPEAKING_TO = re.compile(
    r"(?<![\w’'])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?:who\s+(?:spoke|talked)|speaking|talking)"
    r"\s+(?:to|with)\s+[^,;:.!?\x00]{1,60}$"
)
# The passive of wire copy between a subject and its "saying": " was quoted as", " was
# quoted by Interfax as", " was also quoted in the Valley Post as".
_QUOTED_AS_END = re.compile(
    r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted"
    r"(?:\s+(?:by|in)\s+[^,;:.!?\x00]{1,60}?)?\s+as$"
)
# An outlet quoting somebody, before their "saying": "Interfax quoted ", " as" (the
# person between).
_QUOTED_PERSON_AS = re.compile(r"\bquoted\s+([^,;:.!?\x00]{1,80}?)\s+as$")
# A participle at a speech verb's place: "saying", "noting".
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
# A past tense right after a name, an adverb perhaps first: " declined", " quickly agreed"
# (not a word in -s: it may be a plural noun, "Eight years ago"). Attribution reads a
# bare surname as a subject by it too.
PAST_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b")
# A joined verb in the past tense, as the first one is: "said", "told", "added".
_PAST_SPEECH_AT = re.compile(r"(?:[a-z]{2,}ed|said|told|wrote)\b")


# A text's passive participle naming who got hold of it, right before their name:
# " obtained by ", " seen by the ", " reviewed by ".
_CARRIED_BY = re.compile(r"\s+(?:obtained|seen|reviewed|viewed|acquired)\s+by\s+(?:the\s+|The\s+)?$")
# A subject pronoun with its auxiliary written on: "he's", "they've", "I'd" (group 1: the pronoun).
_PRONOUN_AUXILIARY = re.compile(r"([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)['’](?:s|ve|d)")


class SubjectReader(ArticleReading):
    """Reads the subject phrase of a speech verb in an `ArticleReading`'s masked text; who the
    phrase refers to is for `References`."""

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
            contracted = _PRONOUN_AUXILIARY.fullmatch(word)
            if contracted is not None:
                # "he's said", "they've argued", "I'd told them": the auxiliary written
                # onto the pronoun, which is the subject as in "he has said".
                pos = floor + m.start(1) + contracted.end(1)
            break
        head = masked[floor:pos].rstrip()
        quoted_as = _QUOTED_AS_END.search(head, _tail(head)) if head.endswith(" as") else None
        if quoted_as is not None:
            # "Jo Dee was quoted by Interfax as saying": the passive of wire copy; the
            # subject before it speaks, the outlet after "by" only carried the words.
            head = head[: quoted_as.start()].rstrip()
        quoted_person = (
            _QUOTED_PERSON_AS.search(head, _tail(head)) if quoted_as is None and head.endswith(" as") else None
        )
        if quoted_person is not None:
            # "TASS quoted Jo Dee as saying", "state media quoted him as saying": the
            # person quoted speaks, not the outlet quoting them.
            relayed = self.subject_before(p, floor + quoted_person.end(1), floor + quoted_person.start(1))
            if relayed is not None:
                return relayed
        when = _TIME_PHRASE_END.search(head, max(0, len(head) - 40))
        if when is not None and when.start() > 0:
            # "Jo Dee on Sunday said", "The ministry late on Monday confirmed": a time
            # phrase between a subject and its verb.
            head = head[: when.start()].rstrip()
        pos = floor + len(head)
        speaking_to = _UNNAMED_SPEAKING_TO.search(head, _tail(head))
        if speaking_to is not None:
            # "another source speaking to Harbour News said", "an aide who spoke to the Post
            # said": somebody unnamed; the outlet they spoke to is no speaker.
            return Subject("unnamed", floor + speaking_to.start(), pos, speaking_to.group().strip())
        who = _WHO_CLAUSE.search(head, tail_start(head, 2))
        if who is not None:
            # "sociologist Jo Dee, who said …", "he met Dee, who told him …": the relative
            # clause's verb is the named person's.
            relative = self.mention_ending(p, floor + who.start())
            if relative is not None and relative.entity.kind == "person" and not relative.possessive:
                return Subject.named(relative)
            if relative is None and head[who.start()] == ",":
                # "But the senator, who recently said …": a definite description before the
                # clause is its subject, as a name would be.
                described = self.subject_before(p, floor + who.start(), floor, apposition=False)
                if described is not None and described.kind == "desc" and described.text.split()[0].lower() == "the":
                    return described
        team = _AND_COLLEAGUES.search(head, _tail(head))
        if team is not None:
            # "Vergara and her colleagues wrote", "Dee and co-authors found": the named lead
            # author speaks for the team.
            author = self.mention_ending(p, floor + team.start())
            if author is not None and author.entity.kind == "person" and not author.possessive:
                return Subject.named(author)
        open_who = _OPEN_WHO_APPOSITION.search(head, _tail(head))
        if open_who is not None:
            # "Tom Ash, a former officer who responded, said" with the closing comma left out.
            holder = self.mention_ending(p, floor + open_who.start())
            if holder is not None and holder.entity.kind == "person" and not holder.possessive:
                return Subject.named(holder)
        if head.endswith("which"):
            body = self._which_body(p, floor, floor + len(head))
            if body is not None:
                return Subject.named(body)
        if apposition and head.endswith(DASHES):
            dashed = self._dash_apposition(p, floor, head)
            if dashed is not None:
                return dashed
        if (
            apposition
            and head.endswith(MASK)
            and self.paras[p].text[floor : floor + len(head)].rstrip("”’\"' ").endswith(",")
            and names_a_title(head, len(head) - 1)
        ):
            # "Ann Toll, the co-author of “Quiet Rooms,” said": a title quoted inside the
            # apposition, the apposition's closing comma inside its marks.
            named = self._long_apposition(p, floor, pos)
            if named is not None:
                return named
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
                    inner = self.mention_ending(p, floor + len(head) - 1)
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
                    if (
                        subj is not None
                        and subj.kind == "name"
                        and subj.mention is not None
                        and subj.mention.after_preposition
                        and _LEAD_IN.match(masked, floor)
                    ):
                        # "In a post after a meeting with Tom Berg, the US President said": an
                        # opening phrase's object, then the subject after the comma.
                        own = self.subject_before(p, floor + len(head) - 1, floor + comma + 1, apposition=False)
                        if own is not None and own.kind in ("desc", "pronoun"):
                            return own
                    if subj is not None and subj.kind in ("name", "pronoun", "desc"):
                        return subj
            return None
        if not head:
            return None
        mention = self.mention_ending(p, pos)
        if mention is not None and mention.after_preposition:
            carried = _CARRIED_BY.search(masked, max(floor, mention.start - 40), mention.start)
            if carried is not None and carried.start() > floor:
                # "A letter from the Harbour Board obtained by The Courier warns": the
                # outlet that got hold of the text only carries it; the text's own
                # subject before the participle speaks.
                return self.subject_before(p, carried.start(), floor, apposition)
            window = masked[max(floor, mention.start - 80) : mention.start]
            sent = _TEXT_SENT_TO.search(window)
            if sent is not None:
                # "The Liberal Democrats’ letter to Mary Oakes, the ethics adviser, said":
                # the text speaks for whoever sent it, never for its addressee.
                start = mention.start - len(window) + sent.start(1)
                return Subject("desc", start, mention.start - len(window) + sent.end(1), sent.group(1))
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
            if mention.entity.name in INDEFINITE_NAMES:
                return Subject.named(mention)  # "Others, angry, shouted": somebody unnamed
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
            det_at = _role_of_body(words, det_at)
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
        if det_at is not None and len(words) > 1 and words[-1] in ("but", "and"):
            # "Chairman Sam Pike declined to name the delegates on the slate but said": a
            # verb joined to the clause's first one; the words before "but" are its object.
            return self._joined_verb_subject(p, floor, start, end)
        if len(words) > 1 and words[-1].lower() in OWN_TEXTS and not _PARTICIPLE_AT.match(masked, end):
            # (Not before a participle: in "Dee said Roe's tweet saying … meant “…”" the tweet
            # is no subject of its own.)
            if words[0] in ("His", "his", "Her", "her"):
                # "Her campaign plan promises", "his Twitter account posted": the he/she's own text.
                pronoun = "he" if words[0].lower() == "his" else "she"
                return Subject("pronoun", start, start + len(words[0]), pronoun)
            if words[0].endswith(("’s", "'s")):
                owner = self._person_heading(p, start, start + len(words[0]))
                if owner is not None:
                    # "Cole’s statement said", "Cole’s fundraising email notes": the person's own text.
                    return Subject.named(owner)
        if det_at is None:
            last = words[-1].lower()
            if len(words) == 2 and words[0].endswith(("’s", "'s")) and last in OWN_BODIES:
                owner = self._person_heading(p, start, pos)
                if owner is not None:
                    # "Reed's office said", "Reed’s campaign shrugged it off": the person's
                    # own body issues their words.
                    return Subject.named(owner)
            if text in ("police", "Police") and any(
                e.kind == "org" and "Police" in e.tokens for e in self.registry.entities
            ):
                # "Thames Valley Police arrested two men. “…,” police said": the force the
                # article named, as "the police" would be (`descriptions`).
                return Subject("desc", start, pos, text)
            if last in PERSON_NOUNS or last in ORG_NOUNS or last.endswith("s") and last[:-1] in PERSON_NOUNS:
                return Subject("unnamed", start, pos, text)
            owned = len(words) > 1 and words[-2].endswith(("’s", "'s")) and words[-1].isalpha()
            if owned and words[-1].islower() and last not in ISSUED_TEXTS:
                # "Elton John's publicist retorted", "the mayor's driver said": somebody
                # speaking for the owner, whatever the noun; not the owner, and nobody named.
                return Subject("unnamed", start, pos, text)
            return None
        if len(words) > 2 and words[0].lower() == "the" and words[-1] in OWN_BODIES:
            owner = self._person_heading(p, start + len(words[0]) + 1, pos)
            if owner is not None:
                # "the Reed campaign explained": a person's own body, named by the person.
                return Subject.named(owner)
        return Subject("desc", start, pos, text)

    def _joined_verb_subject(self, p: int, floor: int, end: int, verb_at: int) -> Subject | None:
        """The subject a verb joined by "but"/"and" shares: the clause's first person named
        (no preposition's object, modifier or possessive), right before a past tense, with
        no clause mark between it and the joined verb, itself a past tense at `verb_at`;
        None when there is none."""
        masked = self.paras[p].masked
        if not _PAST_SPEECH_AT.match(masked, verb_at):
            return None  # "… with speeches and promises to …": a noun in -s, no joined verb
        for m in self.paras[p].mentions:
            if not floor <= m.start < end or m.after_preposition or m.modifier or m.possessive:
                continue
            if (
                m.entity.kind != "person"
                or not PAST_VERB_NEXT.match(masked, m.end)
                or _CLAUSE_BREAK.search(masked, m.end, end)
                or "," in masked[m.end : end]
            ):
                return None  # not the clause's subject: an object ("met Dana Cole on …"), an aside
            return Subject.named(m)
        return None

    def _person_heading(self, p: int, start: int, end: int) -> Mention | None:
        """A person's name starting at `start` and ending within `end`, the body after it
        one of their own (`OWN_BODIES`): "Reed’s office", "the Reed campaign"."""
        for mention in self.paras[p].mentions:
            if mention.start == start and mention.end <= end and mention.entity.kind == "person":
                return mention
        return None

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
        "of", "at" or "from": the person is the subject, not the body. The body may be
        placed in turn ("Judge Jo Hall of Federal District Court in Manhattan said")."""
        masked = self.paras[p].masked
        mentions = self.paras[p].mentions
        # The names are in text order: find the body and the first name from `floor` by
        # bisection, not by a walk from the paragraph's first name per quote.
        at = bisect_left(mentions, body.start, key=mention_start)
        while at < len(mentions) and mentions[at] is not body and mentions[at].start == body.start:
            at += 1
        if at == len(mentions) or mentions[at] is not body:
            at = -1
        if (
            at > 0
            and body.entity.kind in ("place", "unknown")
            and mentions[at - 1].entity.kind in ("org", "unknown")
            and _PLACE_OF_BODY.fullmatch(masked, mentions[at - 1].end, body.start)
        ):
            body = mentions[at - 1]
        for k in range(bisect_left(mentions, floor, key=mention_start), len(mentions)):
            mention = mentions[k]
            if mention.end > body.start:
                break
            if mention.entity.kind != "person" or mention.possessive:
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
        last = seg.rfind(MASK)
        if last >= 0 and not names_a_title(seg, last):
            floor += last + 1  # the clause begins after a quote that closes before it
        seg = para.masked[floor:pos]
        if ";" in seg or len(seg) > 300:
            return None
        mentions = para.mentions
        for k in range(bisect_left(mentions, floor, key=mention_start), len(mentions)):
            mention = mentions[k]
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
        if mention is not None and _participle_before(masked[start : mention.start]):
            # "Crane’s posts accusing Dana Price of …": a participle after the verb takes
            # the name as its object; an inverted subject follows the verb itself.
            return None
        joined = self._joined_roles_holder(p, start, mention)
        if joined is not None:
            return Subject.named(joined)
        if mention is not None and _unnamed_with_name(masked[start : mention.start], mention, masked):
            # The words before the place keep the kind of person ("a doctor from Hebron").
            return Subject("unnamed", start, mention.end, _unnamed_head(masked[start : mention.start]))
        if mention is not None and body_of_acronym(masked, mention):
            return Subject("unnamed", mention.start, mention.end, "")
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
        if mention is not None and _LOWER_NOUN_TO_COMMA.match(masked, mention.end):
            # "said the head of the Harbour Dockers union, Mick Lynd": the body names
            # the kind of group after it, inside a role phrase; the person apposed speaks.
            role = _ROLE_APPOSITIVE.match(rest)
            apposed = start + role.end() if role is not None else -1
            later = self.mention_starting(p, apposed) if apposed > mention.end else None
            if later is not None and later.start == apposed and later.entity.kind == "person":
                return Subject.named(later)
        if mention is not None and not mention.modifier:
            # "said Harbour Radio co-host Lee Mott": the person whose role the body qualifies.
            mention = self.role_holder(p, mention) or mention
        if mention is not None and mention.entity.kind != "person" and _role_word(mention.entity.name):
            # "said Minister of Transport, Housing and Local Government, Senator Rowan
            # Clarke": a capitalised office, however long, before the holder's name.
            holder = self.office_holder(p, mention)
            if holder is not None:
                mention = holder
        if mention is not None:
            return Subject("name", mention.start, mention.end, masked[mention.start : mention.end], mention)
        role = _ROLE_APPOSITIVE.match(rest)
        if role is not None and (_role_word(role.group(1)) or _DETERMINED.match(rest)):
            # "said the group's Chief Executive, Jo Dee", "declared a later chancellor,
            # Otto Brandt", "said the show's curator, Jo Dee": a role phrase (a known role
            # noun, or any noun after "the", "its", "her") with a person apposed to it
            # names that person.
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

    def _joined_roles_holder(self, p: int, start: int, first: Mention | None) -> Mention | None:
        """The person after two role phrases joined by "and" ("said former Ohio Gov. and
        party Chairman Ken Marsh", "said the state's governor and party chairman Jo Dee"):
        no comma nor quote between, the part before "and" closing on a role word or title,
        nobody named before the person (a place or body qualifies a role)."""
        para = self.paras[p]
        mentions = para.mentions
        person = None
        # From the first name at `start` by bisection, not from the paragraph's first per call.
        for k in range(bisect_left(mentions, start, key=mention_start), len(mentions)):
            if mentions[k].start - start > 100:
                break
            if mentions[k].entity.kind == "person" and not mentions[k].possessive:
                person = mentions[k]
                break
        if person is None:
            return None  # (the name scan reads the name after "and" as after a preposition)
        if first is not None and first is not person and first.entity.kind == "person":
            return None
        m = _JOINED_ROLES.fullmatch(para.masked, start, person.start)
        if m is None or not _closes_on_role(m.group(1)) or _PLACING.intersection(m.group().split()):
            return None  # "said the head of policy and …": a preposition makes the name an object
        if not (_closes_on_role(m.group(2)) or person.titles):
            return None
        return person

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
