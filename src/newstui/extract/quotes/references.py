"""Who a subject phrase refers to: antecedents of he/she/it/they, organisations and the
issuers of texts ("the report"). Built on this: who a description ("the minister", "the
56-year-old", "the company") refers to is `descriptions`', and who an unattributed quote
continues is `continuation`'s."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newstui.extract.names import (
    FIRST_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PERSON_NOUNS,
    Entity,
    Gender,
    Mention,
    gender_of,
    is_nationality,
    mention_start,
)
from newstui.extract.quotes.reading import ArticleReading, Event
from newstui.extract.quotes.sentences import Para
from newstui.extract.quotes.subjects import Subject, body_of_acronym
from newstui.extract.quotes.vocabulary import (
    AGE,
    CLAUSE_OPENERS,
    DESCRIPTION_NOUNS,
    DETERMINERS,
    GROUP_OF,
    INDEFINITE,
    ISSUED_TEXT,
    ISSUED_TEXTS,
    MASK,
    MEDIA,
    PARTICIPLE_PHRASE,
    PLATFORMS,
    PRONOUN_LEAD,
    PRONOUNS,
    PROSE_TURN,
    SPEECH,
    SUBORDINATOR,
    THE_BEFORE,
    only_role_words,
)

# Anything but a quote's masked characters, spaces and commas: text before a "they".
_NON_SPACE_OR_MASK = re.compile(r"[^\s,\x00]")
# The object form of a he/she in a clause before it: "him", or "her" ending its phrase
# ("endorsed her,", "attacked her on Monday"), not "her staff".
_OBJECT_PRONOUN: dict[Gender, re.Pattern[str]] = {
    "m": re.compile(r"\bhim(?:self)?\b"),
    "f": re.compile(
        r"\bher(?:self\b|(?=\s*[,;—–])|\s+(?=(?:on|in|at|to|for|with|by|from|after|before|over|during|last|this)\b))"
    ),
    None: re.compile(r"(?!)"),
}
# A sentence opening on a he/she.
_HE_SHE_LEAD = re.compile(r"(?:He|She)\b")
# A joint speaker's name as attribution writes it: "Dana Prell and Omar Villet".
_JOINT = re.compile(r"\s+and\s+[A-Z]")
# Between two names of one subject: " and ", ", " in a list, ", and " ending one.
_JOINT_LINK = re.compile(r"\s+and\s+|,\s+and\s+|,\s+")
# After a joint subject, its verb: perhaps an apposition set off by commas ("…, both
# fishers,"), an adverb, then a lower-case word that is no preposition or conjunction.
_JOINT_VERB_AFTER = re.compile(
    r"(?:,[^,.;:!?\x00]{1,80},)?\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:of|in|at|for|from|with|and|or|to|on|by|who|whose|whom)\b)[a-z]{2,}\b"
)


def _joint_subject(para: Para, first: int, before: int) -> list[Mention] | None:
    """Two or more people named together as the subject opening the sentence
    [first, before) of `para`: "Dana Prell and Omar Villet met …", "Prell, Villet and
    Quist have …", "Dana Prell and Omar Villet, both fishers, voted …" (role words may
    stand before each name); None when the sentence opens otherwise, names one person, or
    the names own something or are objects ("Prell and Villet's lawyer")."""
    # Bisected: a paragraph of thousands of names is not read again for each "they".
    lo = bisect_left(para.mentions, first, key=mention_start)
    hi = bisect_left(para.mentions, before, lo, key=mention_start)
    inside = para.mentions[lo:hi]
    if len(inside) < 2 or not only_role_words(para.masked[first : inside[0].start]):
        return None
    group = [inside[0]]
    links: list[str] = []
    for mention in inside[1:]:
        gap = para.masked[group[-1].end : mention.start]
        link = _JOINT_LINK.match(gap)
        if link is None or not only_role_words(gap[link.end() :]):
            break
        links.append(link.group())
        group.append(mention)
    if len(group) < 2 or "and" not in links[-1] or (len(links) == 1 and links[0].startswith(",")):
        return None  # a list ends on "and"; "Prell, Villet" is an apposition
    if any(m.entity.kind != "person" or m.possessive or m.modifier for m in group):
        return None
    if len({id(m.entity) for m in group}) < len(group):
        return None
    if _JOINT_VERB_AFTER.match(para.masked, group[-1].end, before) is None:
        return None
    return group


def _joint_name(group: list[Mention]) -> str:
    """ "Dana Prell and Omar Villet", "Dana Prell, Omar Villet and Sara Quist"."""
    names = [m.entity.name for m in group]
    return ", ".join(names[:-1]) + " and " + names[-1]


# A relative "who" right after a name (", who", " who"): only a person takes it.
_WHO_AFTER = re.compile(r",?\s+who\b")
# A sentence opening on "As for"/"As to" and a name, then a comma and a he/she: the topic
# named is the pronoun ("As for Ray Quint, he said …"); group 1 is the name's start.
_AS_FOR = re.compile(r"\s*(?:And\s+|But\s+)?As\s+(?:for|to)\s+()")
# Prepositions the name scan does not mark a name's object of, right before the name.
_UNREAD_PREPOSITION = re.compile(r"\b(?:[Uu]nlike|[Dd]espite|[Bb]esides|[Ee]xcept|[Bb]eyond|[Aa]mid|[Ww]ithout)\s+$")
# A sentence opening on the question somebody was asked, up to its comma: "Asked whether
# she agreed, ", "When asked if he would run again, ", "Pressed on why she left, ".
_ASKED_OPENER = re.compile(
    r"\s*(?:And\s+|But\s+)?(?:When\s+|After\s+being\s+|After\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)"
    r"\s+(?:whether|if|why|how|what|when|where|who|about|on|to|by)\b[^,;:\x00]*,\s*"
)
# A he/she subject right after a sentence's opening phrase ("At 31, she …").
_PRONOUN_AFTER_OPENER = re.compile(r"\s*([Hh]e|[Ss]he)\b")
# A possessive determiner right before a name ("his Christian values").
_OWNER_BEFORE = re.compile(r"(?:^|\s)(?:his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
# A lower-case noun right after a name: the name is used as an adjective before it.
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:said|says|told|added|and|or|of|who|is|was|has|had)\b)[a-z][a-z-]+\b")
# A verb right after a name that "her" stands before: that "her" is an object ("he told her
# Nora Frost would answer"), the name a clause's subject, no adjective.
_VERB_AFTER = re.compile(r"\s+(?:would|will|could|can|should|must|might|may|did|does|do|were|are|have|[a-z]+ed)\b")


# A sentence opening on a definite description of a person, then its verb: "The coach
# smiled.", "The 71-year-old did not look up" (the head noun in group 2).
_DESCRIBED_SUBJECT = re.compile(r"\s*((?:The|His|Her|Their)\s+(?:[a-z\d][\w-]*\s+){0,2}?([a-z\d][\w-]*))\s+[a-z]")
# What a he/she resolves to when an unnamed person spoke after anybody named (see `_antecedent`).
UNNAMED = Entity(name="", kind="unknown")


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


# Heads of a body's name the name scan's lists lack: "the Pell Bay Fishing Caucus".
_MORE_BODY_HEADS = frozenset("Caucus Conference Chamber Academy Council Forum Institution Initiative".split())


def _named_as_body(entity: Entity) -> bool:
    """Whether a name of three or more words reads as a body's, whatever kind the scan
    gave it: its last word heads bodies' names ("Pell Democratic Women Caucus", "Harbour
    Bay Fishing Council") and its first is no given name ("Mary Ann Church" stays a
    person; a two-word name such as "Tamsin Court" may be a person's of a rarer given name)."""
    tokens = entity.tokens
    if len(tokens) < 3 or tokens[0] in FIRST_NAMES:
        return False
    head = tokens[-1]
    return head in ORG_WORDS or head in _MORE_BODY_HEADS or head.lower() in ORG_NOUNS


def body_like(entity: Entity) -> bool:
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


# After an organisation's possessive: its text ("ClassPass's yearly report", "Acme’s reports").
_OWNED_TEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?" + ISSUED_TEXT + r"s?\b")
# In the sentence an organisation opens: a text it issues ("… in its trends report", "… a new study").
_HELD_TEXT = re.compile(r"\b(?:its|a|an|their|new|latest)\s+(?:[a-z][\w-]*\s+){0,3}?" + ISSUED_TEXT + r"s?\b")
# A capitalised owner of a text: "The Conservatives’ letter", "Harbour Union's statement".
_TEXT_OWNER = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&-]*(?:\.[\w&-]+)*\s+){0,3}[A-Z][\w&-]*?)(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+){0,3}"
    + ISSUED_TEXT
    + r"s?$"
)
# A capitalised owner's possessive and a text: "The Conservatives’ letter", "Acme's report".
_OWNED_TEXT_NAMED = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[A-Z][\w&-]*(?:\.[\w&-]+)*\s+){0,3}[A-Z][\w&-]*?)(?:’s|'s|’|')\s+(" + ISSUED_TEXT + r"s?)\b"
)


# A verb right after a state named as a sentence's subject: " did", " has filed", ", however, said".
_STATE_VERB_NEXT = re.compile(r"(?:,[^,]{1,40},)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s|d)\b")
# A verb right after a body opening its sentence: "have signed", "has rejected", "confirmed".
# No other "-s" word: "Union leaders disagreed" is the leaders' sentence, not the union's.
_BODY_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+)?(?:have|has|had|is|are|was|were|will|[a-z]{2,}ed|says)\b")
# A role set off by commas right before a name: "the local MP, ", "its new coach, ".
_ROLE_APPOSED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+[^,.;:!?\x00]{1,50},\s*$")
# What presents a person rather than acting on them, right before their naming (a role
# may stand between): a passive's "by" ("was welcomed by the local "), a copula ("Among
# them was "), an opening "For " ("For David Marsh, 52, …, the news came as a relief").
_INTRODUCING_LEAD = re.compile(
    r"(?:\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\s+"
    r"|\b(?:was|is|were|are)\s+|^\s*(?:For|To)\s+)(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}$"
)
# Before a name opening its sentence: nothing, or "The".
_SENTENCE_SUBJECT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?")


# Given names that are a man's in one language and a woman's in another (Italian Andrea,
# Simone, Nicola, Michele; French Jean; Korean Kim; Dutch Jan): their usual English gender
# is only a guess.
_CROSS_GENDER_NAMES = frozenset("andrea simone nicola michele gabriele jean kim lee sasha jan".split())
# How many paragraphs back a he/she looks for somebody of its gender when nobody is nearer.
FAR_BACK = 6
# A sentence opening on a possessive of a he/she: "His speech", "But her visit".
_OWNER_PRONOUN_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(His|Her)\s+[a-z]")
# A sentence opening on a body described by its kind, then a verb: "The Israeli military
# said", "But the ministry later accused". Its kind noun is group 1.
_DESCRIBED_BODY_OPENING = re.compile(
    r"\s*(?:(?:But|And|Meanwhile|Separately),?\s+)?[Tt]he\s+(?:[\w’'-]+\s+){0,2}?([a-z]+)"
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|said|says|told|[a-z]{2,}s)\b"
)
# "he said.", "she later told reporters.": a he/she heading a reporting clause that ends its sentence
_REPORTING_PRONOUN = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|later\s+|also\s+)?(?:" + SPEECH.pattern + r")[^,.;:!?\x00“”\"]{0,40}[.!?]"
)


# A pronoun that can only be the subject's own: his, himself (group 1); herself, "her own".
# Written from its literal "h", the word boundary checked behind it, so the engine skips
# to each "h" (a leading \b made it try every position); group 1 is set for "his"/"himself".
_OWN_PRONOUN = re.compile(r"h(?<=\bh)(?:(is|imself)|erself|er\s+own)\b")
# Verbs that open a clause whose pronouns may be anybody's ("Ray thinks her case …").
_CLAUSE_VERBS = frozenset(
    """that think thinks thought believe believes believed know knows knew feel feels felt hope hopes
    hoped fear fears feared expect expects expected want wants wanted say says said""".split()
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Words that may stand between a verb of saying or thinking and its subject: "she doesn’t
# think", "he also said", "Orwell repeatedly argued".
_BETWEEN_SUBJECT_AND_VERB = frozenset("not also still does did do doesn’t don’t didn’t doesn't don't didn't".split())
# From a verb of saying to a name opening the clause it reports, as that clause's subject
# ("said that ", "say ", "said on Monday that ": a time or place may stand before the "that").
_REPORTED_SUBJECT = re.compile(r"\s+(?:[^,;:\x00]*?\bthat\s+)?")
# Verbs of saying: what somebody other than a he/she says ("Orwell and others said they could
# not back Mary Frost") talks of the people it names; what they think, know or hope ("voters
# knew little about Mary Frost") names the story's people as any sentence does.
_SAYING_VERBS = frozenset("say says said claim claims claimed argue argues argued insist insists insisted".split())
# A name right after a copula or a conjunction opening a clause is that clause's subject, or
# the subject itself ("said the driver was Mary Frost", "say it is safer since Mary Frost became
# sheriff"): somebody the story goes on with, not a person talked of.
_CLAUSE_SUBJECT_BEFORE = re.compile(
    r"\b(?:was|is|are|were|be|been|became|becomes|become|since|after|before|when|because|until|while"
    r"|although|though|if|whether|as)\s+$"
)
# A verb of wanting or expecting with an infinitive after it ("expected to name"): no clause
# reported; a name there is the verb's object, as any sentence's.
_INFINITIVE_AFTER = re.compile(r"\s+to\s")
# Verbs whose clause holds what somebody thinks or says (with `_CLAUSE_VERBS`).
_CONTENT_VERBS = frozenset(
    """doubt doubts doubted argue argues argued insist insists insisted worry worries worried
    claim claims claimed add adds added""".split()
)
# A relative clause set off by commas (", who farms near Elmsford,"): what it says is not
# the view of the person it follows.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,.;:!?\x00]*,")
# A copula and an adjective of a view held, with or without a "that" after: "is sure
# (that)", "was not convinced", "remains doubtful"; not "was sure to" (what will happen).
_VIEW_HELD = re.compile(
    r"\b(?:is|was|are|were|seems|seemed|remains|remained|feels|felt|became|grew)\s+"
    r"(?:not\s+|so\s+|quite\s+|very\s+|less\s+|more\s+|far\s+from\s+)?"
    r"(?:sure|unsure|certain|uncertain|convinced|unconvinced|confident|doubtful|afraid|sceptical"
    r"|skeptical|hopeful|adamant|aware|optimistic|pessimistic)\b(?!\s+to\b)"
)


# Text ending on a comma.
_COMMA_END = re.compile(r",\s*$")
# A comma, semicolon, colon or dash: a clause boundary.
_CLAUSE_MARK = re.compile(r"[,;:—–]|--")


# A role apposed right after a name without an article, tied to a named body: ", president
# of the Harbour Growers Union", ", chief economist at Bellmark" (`APPOSED` wants "the"/"a").
_ROLE_OF_AFTER = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]")
# A short sentence's words presenting the person named next ("Just look at House Speaker ",
# "Take ", "Consider ", "Then there's ", "Enter "): a role may stand before the name, not
# a preposition ("There was anger at …", "There is a statue of …": the name is the object
# of a phrase about something else) but the presenting "the case of".
_PRESENTING_LEAD = re.compile(
    r"\s*(?:(?:Just|Now|So|But|And|Then|Or)\s+)?(?:[Ll]ook\s+at|[Tt]ake|[Cc]onsider|[Ee]nter|[Mm]eet"
    r"|[Tt]here(?:’s|'s|\s+is|\s+was))\s+(?:(?:the\s+)?(?:case|example|story)\s+of\s+)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w.-]*|"
    r"(?!(?:of|at|for|about|to|with|from|in|on|by|against|over|into|like|than|around|behind|between"
    r"|among|after|before|under|without|near|upon|across|through|despite|besides?|towards?)\b)"
    r"[a-z][\w-]*)\s+){0,3}?"
)
# What may follow a presented name to its sentence's end: an age, a role or both set off by
# commas (", 52, the speaker of the House"), "for example" / "for instance", then the full stop.
_PRESENTED_END = re.compile(r"(?:,[^,.;:!?\x00]{1,60}?){0,2}(?:,?\s+for\s+(?:example|instance))?[.!?:]")
# An apposition right after a name: ", a 56-year-old baker", ", the Italian striker", "(56)", ", 56".
APPOSED = re.compile(r"\s*(?:,\s*|\()((?:the|a|an)\s+[^,.;:()\x00]{1,60}?|\d{1,3})\s*(?=[,.;:)]|$)")


_CLEFT = re.compile(r"It\s+(?:was|is)")
_VERB_LIKE = re.compile(r"[a-z]+ed|is|was|are|were|has|had|have|says|said|[a-z]+ly|and|but|when|while|as|if")
# A sentence opening on a prepositional phrase, up to the comma before its subject.
_OPENING_PHRASE = re.compile(
    r"\s*(?:In|On|At|With|From|For|During|Under|Through|Throughout|Despite|To|Of)\s[^.;:!?\x00]*,\s*"
)


# The conjunctions and subordinators that may open a clause right before its subject: "But as
# Mr. Grant toured …", "…, and when Dee spoke …", "After Price walked out, …".
_CLAUSE_LEAD = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+)?"
    r"(?:(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Oo]nce|[Ss]ince|[Uu]ntil|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f)\s+)?"
)
# A finite verb right after a name (an adverb may stand between): "walked", "also addressed",
# "was", "says". No other "-s" word: "State employees" is a plural noun, not a verb.
# Paragraphs `_surnames_alone` looks back over for another person named by surname alone.
_SURNAME_WINDOW = 3
_EVENT_REACH = 48
# People named before a he/she that `_person_mentions_before` weighs, the latest first.
_NAME_REACH = 48
"""The most speech events before a he/she its look-back weighs (`_events_in_reach`): far
more than a few paragraphs of news hold, so only a hostile run of turns meets it."""
_NOT_PLURAL_ENDINGS = ("ss", "is", "us")
"""Endings of a capitalised word in s that no regular English plural has: "Ross", "Davis", "Marcus"."""
_PEOPLE_PLURAL_ENDINGS = tuple("ers ors ists ians ats ants ents ees ives ites als ics eurs".split())
"""Endings of plural nouns for people opening a sentence: "Voters", "Analysts", "Republicans",
"Democrats", "Residents", "Employees", "Conservatives", "Officials", "Critics"."""
_BELIEVERS = frozenset("muslim jew hindu sikh mormon".split())
"""Believers named by a noun no plural ending marks ("Muslims", "Hindus")."""
_SINGULAR_VERB_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+ly|also|then|later|still|never|again|once)\s+)?(?:was|is|has|does|says|tells|wants|thinks"
    r"|believes|insists|argues|admits|agrees|adds|notes|concedes|likes|knows|sees)\b"
)
"""A verb only a singular subject takes ("Jones was …", "Harris says …")."""
_FINITE_VERB_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+ly|also|then|later|still|never|again|once|quickly)\s+)?(?:[a-z]{2,}ed|was|is|had|has|did|does"
    r"|would|will|could|can|came|went|took|made|told|spoke|met|got|ran|won|lost|left|saw|gave|sat|stood|began"
    r"|knew|thought|says|tells|goes|wants|thinks|believes|insists|argues)\b"
)
# "its" later in a sentence: what its subject owns is a body's, not a person's.
_ITS = re.compile(r"\bits\b")
# A preposition of place right before a name: "in Ashford", "near Dover" (not "at": people
# are shouted at, looked at).
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near)\s+(?:the\s+)?$")
# What may stand before a bare name opening its sentence as subject: a conjunction.
_BARE_SUBJECT_LEAD = frozenset({"", "But", "And", "Yet", "So", "Then", "Still", "Now"})
# A sentence opening on its subject's noun phrase, then an example of it set off by commas:
# "Some defenders of open markets, like ", "Several experts, including ", "Rivals, such as ".
_EXAMPLE_IN_SUBJECT = re.compile(
    r"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,6}?,\s+(?:like|such\s+as|including|among\s+them)\s+$"
)


# An opening past participle with its preposition, up to the comma before a he/she subject:
# "Dismayed by Hale's years in office and inspired by Ortiz, he …" (the people it names are
# its objects, nobody's referent).
_PAST_PARTICIPLE_PHRASE = re.compile(
    r"\s*[A-Z][a-z]{2,}ed\s+(?:by|with|at|about|over|from)\b[^;:!?\x00]{0,160},\s+(?=(?:he|she)\b)"
)


# A question put to the subject, opening the sentence ("Asked whether Hussain was ready, he
# replied", "Pressed on Acme's offer, she said"): the people it names are what was asked
# about, never the he/she answering.
# A participle phrase opening a sentence right before a quote: "Accusing Dana Price of
# theft, “…,” she said", "Accusing Dana Price of theft: “…”" (`PARTICIPLE_PHRASE` wants
# a subject after its comma).
_PARTICIPLE_BEFORE_QUOTE = re.compile(r"\s*(?!According\b)([A-Z][a-z]{2,}ing)\b[^;:!?\x00]{0,160}[,:]\s*(?=\x00)")
# A given name in -ing opening a sentence as its subject, a verb after the name or after an
# apposition closed by commas: "Sterling Hayden spoke: “…”", "Channing Ames, the coach, said,".
_ING_NAME_SUBJECT = re.compile(
    r"[A-Z][a-z]{2,}ing(?:\s+[A-Z][\w'’.-]*){1,3}(?:,[^,;:!?\x00]{1,60},)?"
    r"\s+(?:[a-z]+ed|spoke|speaks|said|says|told|tells|wrote|writes|was|is|has|had)\b"
)
_QUESTION_PHRASE = re.compile(
    r"\s*(?:Asked|Pressed|Questioned|Quizzed|Challenged)\b[^;:!?\x00]{0,160},\s+(?=(?:he|she|they|we|I)\b|[A-Z])"
)


# A he/she's candidate referent: (global sentence, a quoted full sentence inside it
# counting a hundredth (`References._clause_of`), offset, rank, entity, paragraph of the
# name or -1 for a speech event, paragraph).
_Candidate = tuple[float, int, float, Entity, int, int]

# The names of `References.choice_features`' features, in order.
CHOICE_FEATURES = (
    "bias latest-sentence sentences-behind same-sentence same-paragraph speaker object subordinate event "
    "gender-agrees gender-unknown has-spoken spoke-by-name merely-mentioned opens-sentence article-subject "
    "talked-about mentions first-in-sentence last-speaker has-role person"
).split()


class References(ArticleReading):
    """Resolves a `Subject` to the speaker it names, from an `ArticleReading`'s names and
    speech events."""

    choice_log: list[tuple[list[list[float]], list[Entity], Entity | None]] | None = None
    """When a list: every he/she choice among candidates is recorded there, with the
    candidates' features, for fitting a scored choice (bench/speaker_fit.py)."""

    def __init__(self, paragraphs: list[str], masks: list[list[tuple[int, int]]], headline: str | None) -> None:
        super().__init__(paragraphs, masks, headline)
        self._leads: dict[tuple[int, int], re.Match[str] | None] = {}
        """Per (paragraph, sentence start): the he/she opening the sentence, for `_pronoun_led`."""
        self._asked_ends: dict[tuple[int, int], int | None] = {}
        """Per (paragraph, sentence start): where the sentence's opening "Asked …," phrase
        ends, for `_asked_subject` (read once, not per he/she: the phrase may be long)."""
        self._subordinate: dict[tuple[int, int], bool] = {}
        self._participle_object: dict[tuple[int, int], bool] = {}
        """Per (paragraph, offset): `subordinate` and `participle_object` as first read. Half
        the calls ask of a name asked of before (each quote's look-back reads the same
        names again); the text never changes once read, so the answer holds."""
        self._mid_sentence: set[int] | None = None
        """The ids of the entities `_named_mid_sentence` holds, read in one pass when first asked."""
        self._placed_ids: set[int] | None = None
        """The ids of the entities `_placed` holds, read in one pass when first asked."""
        self._first_named: dict[int, tuple[int, int]] | None = None
        self._sorted_quote_starts: dict[int, list[int]] = {}
        self._clause_marks: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        """Per paragraph: where each clause mark outside quotes ends, and where each
        subordinator starts and ends, in order (`_read_subordinate`), read once."""
        """Per paragraph: its `_quote_starts` in order, for bisection (`_quote_starts_in`)."""
        """Per entity id: (paragraph, offset) of its first naming, read in one pass when first asked."""
        self._titled_gender: set[int] | None = None
        """The ids of the entities an honorific of some mention gives a gender (`_gender_guessed`)."""
        self._reported_content: dict[tuple[int, int, Gender], bool] = {}
        """Per (paragraph, offset, gender): `_in_reported_content` as first read (alike)."""
        self._org_index: dict[str | None, list[int]] = {}
        """Per keyword of `org_antecedent`: the paragraphs naming a fitting organisation."""
        self._genders_from_pronouns()

    def _genders_from_pronouns(self) -> None:
        """A person whose given name says no gender takes the one of a pronoun that can only
        be their own, in their own clause: "Alex Ray signed his ruling", "Morales tore open
        his shirt", "Sasha Dee blamed herself". Only when they open the sentence as its
        subject, with no other name, person noun, "that" or verb of saying or thinking
        before the pronoun ("Ray said her appeal …", "the boy … his" say nothing of the
        subject). "her" alone may be an object ("Ray praised her"): only "her own" counts."""
        for q, para in enumerate(self.paras):
            masked = para.masked
            if _OWN_PRONOUN.search(masked) is None:
                continue
            for k, mention in enumerate(para.mentions):
                entity = mention.entity
                if entity.kind != "person" or entity.gender is not None:
                    continue
                if mention.possessive or mention.after_preposition or mention.modifier:
                    continue
                start = para.sentence_start(mention.start)
                if k and para.mentions[k - 1].start >= start:
                    continue  # not the first name of its sentence
                if self._merely_mentioned(q, mention.start):
                    continue
                end = para.sentence_end(mention.start)
                if k + 1 < len(para.mentions) and para.mentions[k + 1].start < end:
                    end = para.mentions[k + 1].start  # up to the next name
                apposed = APPOSED.match(masked, mention.end, end)  # "Alex Ray, the judge, signed his …"
                rest = masked[apposed.end() if apposed is not None else mention.end : end]
                found = _OWN_PRONOUN.search(rest)
                if found is None or MASK in rest[: found.start()]:
                    continue
                between = _LOWER_WORD.findall(rest[: found.start()])
                if any(w in PERSON_NOUNS or w in _CLAUSE_VERBS or SPEECH.fullmatch(w) for w in between):
                    continue
                entity.gender = "m" if found.group(1) else "f"

    def resolve(
        self, p: int, subj: Subject, at: int | None = None, at_para: int | None = None
    ) -> tuple[str | None, Entity | None]:
        """The speaker a subject names; `at`/`at_para` move the look-back point (a quote's start)."""
        if subj.kind == "desc" and subj.text.split()[-1].lower() in ISSUED_TEXTS:
            # "the Northwind Transit statement said", "the DOJ release states": the
            # name modifying the text issued it. "One Twitter reply began", "a Reddit
            # post read": a site carries posts it never wrote, and "one"/"a" text is
            # somebody's unnamed.
            if subj.text.split()[0].lower() in INDEFINITE:
                return None, None
            for mention in self.paras[p].mentions:
                if mention.entity.name in PLATFORMS:
                    continue
                if subj.start <= mention.start and mention.end <= subj.end and mention.entity.kind != "place":
                    mention.speech_subject = True
                    return mention.entity.name, mention.entity
            owner = _TEXT_OWNER.match(subj.text)
            if owner is not None:
                # "The Conservatives’ letter said": a capitalised owner the name scan left
                # unread (a party's plural) still issued the text.
                return owner.group(1), None
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
                # In a Q&A turn printed as prose ("McKelvey: He came into my office …"),
                # the turn's speaker is the "I": a he/she there is somebody else.
                found = self.antecedent(p, subj.start, PRONOUNS[word], exclude=self._turn_speaker(p))
                if found is not None and found.gender is None and found.kind in ("person", "unknown"):
                    # A pronoun chain: once "he" was Wierzbicki, a later "she" is not him.
                    found.gender = PRONOUNS[word]
            elif word == "it":
                found = self._state_subject_before(p, subj.start)
                if found is None:
                    found = self.org_antecedent(p, subj.start, None, unnamed_texts=True)
                if found is None:
                    found = self._body_spoke_last(p, subj.start)
            elif word == "they":
                found = self._group_they(p, subj.start)
                if found is None:
                    joint = self._joint_they(p, subj.start)
                    if joint is not None:
                        return joint
            elif word == "i":
                found = self._turn_speaker(p)
            return (found.name, found) if found else (None, None)
        if subj.kind == "desc":
            return self.resolve_description(p, subj.start, subj.text)
        return None, None

    def _turn_speaker(self, p: int) -> Entity | None:
        """The person whose turn paragraph `p` is in a Q&A printed as prose ("Morimoto: …
        And I say, “…”"): an "I" there is them. None outside such a turn (an "I" is
        nobody named)."""
        turn = PROSE_TURN.match(self.paras[p].masked)
        if turn is None:
            return None
        entity = self.registry.lookup(turn.group(1))
        return entity if entity is not None and entity.kind == "person" else None

    def resolve_description(self, p: int, pos: int, desc: str) -> tuple[str | None, Entity | None]:
        """The speaker a description at (p, pos) refers to ("the minister", "the company"):
        read by `Descriptions`, which the article's `Resolver` builds on."""
        raise NotImplementedError("descriptions are resolved by quotes.descriptions.Descriptions")

    # -- people: he/she, and the clauses that rank a sentence's names --------

    def _person_mentions_before(self, p: int, pos: int, back: int) -> list[tuple[int, Mention]]:
        """(paragraph, mention) of the latest `_NAME_REACH` people named in the `back`
        paragraphs before (p, pos), in order (see `person_mention`); none in captions."""
        out: list[tuple[int, Mention]] = []
        read = 0
        for q in range(p, max(0, p - back) - 1, -1):
            if q in self._credits:
                continue
            mentions = self.paras[q].mentions
            k = bisect_left(mentions, pos, key=mention_start) if q == p else len(mentions)
            # Walked back from (p, pos), at most `_NAME_REACH` people and four times as many
            # names read: a reader looks back a few sentences, and a paragraph of thousands
            # of names asked once per he/she would otherwise be read whole each time.
            while k > 0 and len(out) < _NAME_REACH and read < 4 * _NAME_REACH:
                k -= 1
                read += 1
                if self.person_mention(q, mentions[k]):
                    out.append((q, mentions[k]))
        out.reverse()
        return out

    def _named_mid_sentence(self, entity: Entity) -> bool:
        """Whether the article writes `entity`'s name with its capital somewhere other than
        a sentence's start (anything before it in its sentence, a quote too): a proper name
        or a brand, not a common word opening a sentence ("Sometimes", "Users of the app")."""
        if self._mid_sentence is None:
            # One pass for all names: asked per name, a scan each would be quadratic in names.
            self._mid_sentence = {
                id(m.entity)
                for para in self.paras
                for m in para.mentions
                if para.masked[para.sentence_start(m.start) : m.start].strip()
            }
        return id(entity) in self._mid_sentence

    def _placed(self, entity: Entity) -> bool:
        """Whether the article writes `entity` right after "in" or "near" somewhere: a place
        ("in Ashford", "near Dover"), nobody a he/she can be."""
        if self._placed_ids is None:
            self._placed_ids = {
                id(m.entity)
                for para in self.paras
                for m in para.mentions
                if _PLACE_PREPOSITION.search(para.masked, max(0, m.start - 12), m.start) is not None
            }
        return id(entity) in self._placed_ids

    def _bare_subjects_before(self, p: int, pos: int) -> list[tuple[int, Mention]]:
        """(paragraph, mention) of the bare names of unknown kind opening a sentence as its
        subject, a finite verb after them, in paragraph `p` before `pos` and the one before:
        "Carr dodged the question. “…,” he said." A surname the article never gave a first
        name, role or quote is still somebody when they act as a sentence's subject right
        before a he/she; a he/she never refers to a body, so the pronoun itself says which.
        Not an acronym ("NATO warned …": a body)."""
        out: list[tuple[int, Mention]] = []
        for q in range(max(0, p - 1), p + 1):
            if q in self._credits:
                continue
            para = self.paras[q]
            end = bisect_left(para.mentions, pos, key=mention_start) if q == p else len(para.mentions)
            # The latest names only (`_NAME_REACH`), as for the people named: not the whole
            # paragraph per he/she.
            for mention in para.mentions[max(0, end - _NAME_REACH) : end]:
                e = mention.entity
                if e.kind != "unknown" or mention.possessive or mention.after_preposition or mention.modifier:
                    continue
                if any(len(t) > 1 and t.isupper() for t in e.tokens) or self.person_mention(q, mention):
                    continue  # an acronym; or a person already, counted by `_person_mentions_before`
                if not self._named_mid_sentence(e) and not self._surname_right_before(q, mention, p, pos):
                    continue  # "Sometimes", "Audiences": a capital only a sentence's start gave it
                if self._clause_start(q, mention.start) != para.sentence_start(mention.start):
                    continue  # right after a quote that closed its sentence: often a headline's words
                lead = para.masked[para.sentence_start(mention.start) : mention.start]
                opener = CLAUSE_OPENERS.match(lead)
                if lead[opener.end() if opener is not None else 0 :].strip() not in _BARE_SUBJECT_LEAD:
                    continue  # "While some low-level State employees …": no subject of its own
                if _FINITE_VERB_AFTER.match(para.masked, mention.end) is None:
                    continue
                if _ITS.search(para.masked, mention.end, para.sentence_end(mention.start)) is not None:
                    continue  # "Nike raised its prices": a body, whatever acts in its name
                if self._placed(e):
                    continue  # "the vote in Ashford. Ashford voted …": a place
                out.append((q, mention))
        return out

    def _surname_right_before(self, q: int, mention: Mention, p: int, pos: int) -> bool:
        """Whether a bare name the article writes only at sentences' starts is still a
        surname acting, for the he/she of the very next sentence: "Carson dodged the
        question and made no choice. “…,” he said." (a short story names a candidate
        once, by surname, as the subject). One word, written nowhere in lower case, not
        a plural ("Buyers watched …", "Audiences …"), and its sentence the one right
        before the pronoun's. Only where the story names another person nearby by a
        surname alone too: beside people named in full, a word opening a sentence is
        more often a common noun ("Management refused …", "Demand collapsed …")."""
        tokens = mention.entity.tokens
        if len(tokens) != 1 or tokens[0].lower() in self.registry.common:
            return False
        if self._plural_noun(tokens[0], self.paras[q].masked, mention.end):
            return False
        found = self._sentence_before(p, pos)
        if found is None:
            return False
        prev, first, before = found
        return prev is self.paras[q] and first <= mention.start < before and self._surnames_alone(p, mention.entity)

    def _plural_noun(self, word: str, masked: str, end: int) -> bool:
        """Whether a capitalised word opening a sentence reads as a plural common noun
        ("Buyers", "Officials", "Employees") rather than a surname ending in s ("Jones",
        "Harris", "Ross"): it ends in s but not in an ending no regular plural has
        ("-ss", "-is", "-us"), no singular verb follows ("Edwards was …", "Jones says
        …"), and either the article writes its singular in lower case ("one rider") or it
        ends like a plural noun for people ("-ers", "-ists", "-ees", …; "Sanders" and
        "Peters" then lose, as before), or its singular is a noun for a person or body
        ("Unions", "Athletes"; "Banks" loses). A nation's or faith's people ("Israelis",
        "Hindus", "Americans") are a plural whatever the ending."""
        low = word.lower()
        if not low.endswith("s") or _SINGULAR_VERB_AFTER.match(masked, end) is not None:
            return False
        if is_nationality(word[:-1]) or low[:-1] in _BELIEVERS:
            # "Americans", "Israelis", "Hindus": people of a nation or faith, whatever the ending.
            return True
        if low.endswith(_NOT_PLURAL_ENDINGS):
            return False
        singulars = {low[:-1], low[:-2], low[:-3] + "y"}
        if any(s in PERSON_NOUNS or s in ORG_NOUNS or s in DESCRIPTION_NOUNS for s in singulars):
            return True  # "Unions", "Teams", "Athletes": a kind of body or person
        return low.endswith(_PEOPLE_PLURAL_ENDINGS) or any(s in self.registry.common for s in singulars)

    def _surnames_alone(self, p: int, entity: Entity) -> bool:
        """Whether paragraph `p` or the few before it name a person other than `entity`
        by one word only ("Delmont admitted … “…,” he said."); a fixed window, so asking
        per pronoun stays linear in the article."""
        for q in range(max(0, p - _SURNAME_WINDOW), p + 1):
            for m in self.paras[q].mentions:
                if len(m.entity.tokens) == 1 and m.entity is not entity and self.person_mention(q, m):
                    return True
        return False

    def person_mention(self, q: int, mention: Mention) -> bool:
        """Whether a mention in paragraph `q` names a person as of now: a person, or a name
        of unknown kind that spoke, was quoted or has a role or gender; not a name used as
        an adjective ("the Okafor campaign")."""
        e = mention.entity
        if not (
            e.kind == "person"
            or (
                # A bare name that a quote was attributed to ("“…,” ScreamMyName told me") is
                # somebody; so is one a "who" follows ("Zephyra, who won the award,").
                e.kind == "unknown"
                and (
                    mention.speech_subject
                    or e.roles
                    or e.gender
                    or id(e) in self._quoted
                    or _WHO_AFTER.match(self.paras[q].masked, mention.end) is not None
                )
            )
        ):
            return False
        if _named_as_body(e):
            return False
        masked = self.paras[q].masked
        # "the Chinese government", "the Okafor campaign", "his Christian values": a name
        # as an adjective
        return not (
            (
                THE_BEFORE.search(masked, max(0, mention.start - 5), mention.start)
                or (
                    _OWNER_BEFORE.search(masked, max(0, mention.start - 7), mention.start)
                    and not _VERB_AFTER.match(masked, mention.end)
                )
            )
            and _ATTRIBUTIVE.match(masked, mention.end)
        )

    def antecedent(self, p: int, pos: int, gender: Gender, exclude: Entity | None = None) -> Entity | None:
        """The person a he/she most likely refers to: the subject of the latest sentence naming one.

        Candidates are names (not possessives or modifiers such as "Dortmund" in
        "Dortmund coach Edin Terzic") and earlier speech events, so a chain of
        pronouns keeps its referent (and the gender it gives them). Among a
        sentence's candidates of one rank, one known to be of the pronoun's gender
        goes first ("For Adelaide's Lyon, …," she says" → Lyon). A pronoun with
        nobody it can name within two paragraphs goes back further, to the latest
        subject or speaker not known to be of the other gender ("her mother, Fiona,
        said" five paragraphs up, then "“…,” she said"). A gender guessed from a given
        name that differs between languages ("Lee", "Andrea") rules nobody out: it puts
        them after everybody else of their sentence, and after anybody in reach of the
        pronoun's gender who stands higher (a speaker, over a subject). `exclude` is
        somebody the pronoun cannot be.
        """
        topic = self._as_for_topic(p, pos, gender) or self._asked_subject(p, pos, gender)
        if topic is not None and topic is not exclude:
            return topic
        described = self._described_just_before(p, pos, gender)
        if described is not None and described is not exclude:
            return described
        found = self._antecedent(p, pos, gender, back=2, exclude=exclude)
        if found is UNNAMED:
            return None
        if found is None and gender is not None:
            found = self._antecedent(p, pos, gender, back=FAR_BACK, strict=True, exclude=exclude)
        return found if found is not UNNAMED else None

    def _gender_guessed(self, entity: Entity) -> bool:
        """Whether `entity`'s gender is a guess from a given name whose gender differs between
        languages ("Andrea", "Simone", "Jean", "Kim"): no honorific of any of its mentions
        says it ("Mr.", "Ms."), and the name's usual English gender is the one it has. A
        name such as "Ben" or "Mary" is no guess: a "she" is never Ben Jacobs."""
        if entity.gender is None or not entity.tokens or entity.tokens[0].lower() not in _CROSS_GENDER_NAMES:
            return False
        if gender_of(entity.tokens[0], []) != entity.gender:
            return False
        if self._titled_gender is None:
            self._titled_gender = {
                id(m.entity) for para in self.paras for m in para.mentions if gender_of("", m.titles) is not None
            }
        return id(entity) not in self._titled_gender

    def _as_for_topic(self, p: int, pos: int, gender: Gender) -> Entity | None:
        """The person "As for X," opens the he/she's sentence with, right before it: "As
        for Ray Quint, he said he was not worried" is Quint, whoever spoke before. The
        topic phrase names who the sentence goes on about; not a possession of theirs ("As
        for Quint's attacks, she said": the she is somebody else), nor one of the other
        gender."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        lead = _AS_FOR.match(para.masked, start, pos)
        if lead is None:
            return None
        for mention in para.mentions:
            if mention.start != lead.start(1):
                continue
            entity = mention.entity
            if mention.possessive or not self.person_mention(p, mention):
                return None
            if para.masked[mention.end : pos].strip() != ",":
                return None
            if gender and entity.gender and entity.gender != gender:
                return None
            return entity
        return None

    def _asked_subject(self, p: int, pos: int, gender: Gender) -> Entity | None:
        """The person a he/she in a sentence's opening "Asked …," phrase refers to: the
        subject named right after its comma, who was asked ("Asked whether she agreed,
        Ruth Toll shook her head.", "When asked if he would stand again, Omar Villet
        laughed."), whoever was named or spoke before. Not an owner ("Asked if she
        agreed, Toll's aide …": the she is somebody else), nor one of the other gender."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        if (p, start) not in self._asked_ends:
            opener = _ASKED_OPENER.match(para.masked, start)
            self._asked_ends[p, start] = None if opener is None else opener.end()
        end = self._asked_ends[p, start]
        if end is None or end <= pos:
            return None
        mention = self._mention_at(p, end)
        if mention is None or mention.possessive or not self.person_mention(p, mention):
            return None
        entity = mention.entity
        if gender and entity.gender and entity.gender != gender:
            return None
        return entity

    def _clause_of(self, q: int, pos: int) -> float:
        """The sentence index of `pos` for ordering a he/she's candidates, a quote that
        closed its own sentence counted as a boundary ("“…,” says Hill. “…” The view is
        shared by Groene, too.": Groene is named after Hill spoke). The mask hides that
        full stop from the sentence split (see `_after_closed_quote`)."""
        para = self.paras[q]
        starts = self._quote_starts_in(q)
        after = bisect_right(starts, pos) - bisect_right(starts, para.sentence_start(pos))
        return para.sentence_of(pos) + after / 100

    def _events_in_reach(self, p: int, pos: int, back: int) -> list[Event]:
        """The latest `_EVENT_REACH` speech events before (p, pos), at most `back`
        paragraphs up, in the text's order: the speakers a he/she may refer to. A reader
        looks back a few sentences; without the bound, a paragraph of a thousand “…,” she
        said turns would weigh every turn before each one (the article's square)."""
        out: list[Event] = []
        for q in range(p, max(0, p - back) - 1, -1):
            events, starts = self._events_by_pos(q)
            k = bisect_left(starts, pos) if q == p else len(events)
            take = min(k, _EVENT_REACH - len(out))
            out[:0] = events[k - take : k]
            if len(out) >= _EVENT_REACH:
                break
        return out

    def _quote_starts_in(self, q: int) -> list[int]:
        """Paragraph `q`'s offsets right after a quote that closed its sentence, in order:
        bisected, so asking per name or pronoun costs no scan of the paragraph's quotes
        (a paragraph of a thousand quotes asked once per quote was quadratic)."""
        starts = self._sorted_quote_starts.get(q)
        if starts is None:
            starts = self._sorted_quote_starts[q] = sorted(self._quote_starts[q])
        return starts

    def last_quote_start(self, q: int, pos: int) -> int:
        """The latest of paragraph `q`'s quote-closed sentence starts at or before `pos`, or -1."""
        starts = self._quote_starts_in(q)
        at = bisect_right(starts, pos)
        return starts[at - 1] if at else -1

    def _described_just_before(self, p: int, pos: int, gender: Gender) -> Entity | None:
        """The person a description opening the sentence before is ("The coach smiled.
        “…,” he said."): a he/she right after a sentence about somebody described, not
        named, is them, when nobody else is named in either sentence before the he/she."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        k = bisect_left(para.mentions, start, key=mention_start)
        if k < len(para.mentions) and para.mentions[k].start < pos:
            return None  # a name in the he/she's sentence (bisected: not a walk per pronoun)
        q, end = (p, start) if start > 0 else (p - 1, len(self.paras[p - 1].masked) if p > 0 else 0)
        if q < 0 or end <= 0:
            return None
        prev = self.paras[q]
        begin = prev.sentence_start(end - 1)
        desc = _DESCRIBED_SUBJECT.match(prev.masked, begin, end)
        if desc is None or not (desc.group(2) in PERSON_NOUNS or AGE.fullmatch(desc.group(2))):
            return None
        if any(begin <= m.start < end and self.person_mention(q, m) for m in prev.mentions):
            return None
        entity = self.resolve_description(q, desc.start(1), desc.group(1))[1]
        if entity is None or entity.kind != "person" or (gender and entity.gender and entity.gender != gender):
            return None
        # Only one the article gave that role or age ("Coach John Dee", "Mary Holt, 71"),
        # not a guess: "The chairman adjourned." names nobody the he/she could be.
        head, age = desc.group(2), AGE.fullmatch(desc.group(2))
        return entity if (head in entity.roles or (age is not None and entity.age == int(age.group(1)))) else None

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
        # (sentence, order, rank, entity, paragraph of the name or -1 for a speech event,
        # paragraph): rank 0 speaker, 1 plain subject, 2 other; in a subordinate clause 1.4
        # speaker, 1.5 plain subject, 2.5 other.
        cands: list[_Candidate] = []
        reported = self._reported_clause_start(p, pos)
        para = self.paras[p]
        named = self._person_mentions_before(p, pos, back)
        if gender is not None:
            named += self._bare_subjects_before(p, pos)
        for q, mention in named:
            if mention.modifier or self._pronoun_led(q, mention.start, gender):
                continue
            if self._in_reported_content(q, mention.start, gender):
                # "…, and she doubts that Carla Webb can fix it. “…,” she said.": a
                # name in what somebody thinks or says is what they talk of.
                continue
            if self.participle_object(q, mention.start):
                # "Citing Locke and Burke, she called for …": the people an opening
                # participle names are its objects, nobody's referent or speaker.
                continue
            if q == p and reported is not None and mention.start >= reported and not self.subordinate(q, mention.start):
                continue  # "Taking Oliver out is his favourite part, he said": the he is not Oliver
            if (
                q == p
                and mention.after_preposition
                and para.sentence_of(mention.start) == para.sentence_of(pos)
                and not self.opens_own_clause(q, mention.start)
            ):
                # "Under questioning by Rees, he said": an object before the pronoun is not
                # it; but "After Tom Crane left the hall, he told …" opens a clause of its
                # own on the name ("after" no preposition there), the he's referent.
                continue
            if (
                q == p
                and mention.start < pos
                and para.sentence_of(mention.start) == para.sentence_of(pos)
                and _OBJECT_PRONOUN[gender].search(para.masked, mention.end, pos) is not None
                and self.opens_own_clause(q, mention.start)
            ):
                # "After Tom Crane endorsed him, he told …": the clause's subject acts on
                # the him, who is the he; the name is not ("his staff" is no object).
                continue
            if (
                q == p
                and mention.start < pos
                and para.sentence_of(mention.start) == para.sentence_of(pos)
                and self._in_opening_phrase(p, pos)
            ):
                # "In a 1972 letter to a friend, the sculptor Ana Roe, she wrote": a name in
                # the phrase opening the pronoun's sentence (an apposition to its object)
                # is not the he/she that follows it.
                continue
            plain = not (mention.possessive or mention.after_preposition or self._after_unread_preposition(q, mention))
            if (
                not plain
                and not mention.possessive
                and (self.opens_own_clause(q, mention.start) or self.example_of_subject(q, mention.start))
            ):
                plain = True  # "After Price walked out, …", "Some economists, like Oscar Brandt, …"
            if not plain and self._presented(q, mention.start):
                plain = True  # "Just look at Senator Ann Roe. She has said …"
            rank: float = 0 if mention.speech_subject else 1 if plain else 2
            if self.subordinate(q, mention.start):
                rank = (1.4, 1.5, 2.5)[int(rank)]  # below the main clause's subject, above its objects
            cands.append((self._clause_of(q, mention.start), mention.start, rank, mention.entity, q, q))
        for ev in self._events_in_reach(p, pos, back):
            if ev.entity is not None and ev.entity.kind in ("person", "unknown"):
                rank = 1.4 if self.subordinate(ev.para, ev.pos) else 0
                cands.append((self._clause_of(ev.para, ev.pos), ev.pos, rank, ev.entity, -1, ev.para))
        cands = [
            c
            for c in cands
            # A given name's usual gender is a guess where languages differ ("Andrea", "Simone"
            # are men's names in Italy; "Lee", "Kim" women's too): it puts a person after
            # everybody else of their sentence and after one in reach of the pronoun's gender
            # standing higher (`_ranked_choice`), but never rules them out ("Professor Lee
            # Harlan said. “…,” she said." is Harlan).
            if not (gender and c[3].gender and c[3].gender != gender and not self._gender_guessed(c[3]))
            and c[3] is not exclude
        ]
        if gender and any(c[2] < 2 for c in cands):
            # "“…,” he said" after "… deals with carriers such as Harbour Freight": a
            # name only mentioned as an object, of no known gender, that never spoke,
            # is no referent for he/she while somebody stands as a subject or speaker.
            cands = [c for c in cands if c[2] < 2 or c[3].gender or self.has_spoken(c[3]) or c[3].roles]
        if strict:
            cands = [c for c in cands if c[2] < 2]
        if people:
            cands = [c for c in cands if c[3].kind == "person"]
        unnamed = self._latest_unnamed_sentence(p, pos)
        latest = max((c[0] for c in cands), default=-1)
        if unnamed is not None and not strict and unnamed > latest:
            # "A spokesperson for the union said …. “…,” he said.": the he is the
            # unnamed spokesperson, spoken of after anybody named.
            return UNNAMED
        if unnamed is not None and not strict and unnamed == int(latest) and self._only_owners(cands, latest):
            # "Ross’s lawyer said he would appeal. “…,” he said.": the unnamed person speaks
            # in the latest sentence, whose names are only owners ("A reporter asked
            # Sanders …. He replied": the one asked answers, no owner).
            return UNNAMED
        if not cands:
            return None
        if self.choice_log is not None:
            chosen = self._ranked_choice(cands, gender)
            self.choice_log.append((self.choice_features(p, pos, gender, cands), [c[3] for c in cands], chosen))
            return chosen
        return self._ranked_choice(cands, gender)

    def latest_unnamed_speech(self, p: int, pos: int) -> tuple[int, int] | None:
        """(paragraph, offset) of the latest unnamed speech ("a spokesperson for the union
        said") before (p, pos), in paragraph p or the one before; None if none. Each
        paragraph's offsets are kept in order, so bisected: not a walk over a paragraph's
        thousands of turns per quote or he/she."""
        for q in (p, p - 1):
            ats = self._unnamed_speech.get(q, ()) if q >= 0 else ()
            k = bisect_left(ats, pos) if q == p else len(ats)
            if k:
                return q, ats[k - 1]
        return None

    def _latest_unnamed_sentence(self, p: int, pos: int) -> int | None:
        """The sentence (global index) of `latest_unnamed_speech`, or None."""
        found = self.latest_unnamed_speech(p, pos)
        return None if found is None else self.paras[found[0]].sentence_of(found[1])

    def _after_unread_preposition(self, q: int, mention: Mention) -> bool:
        """Whether the name right follows a preposition the name scan does not mark
        ("Unlike Ann Pike, Mary Lund stayed.", "Despite Tom Crane, …", "without Jo Dee"):
        its object, ranked below the sentence's subject like any preposition's object, so
        a he/she after the sentence goes on with the subject."""
        masked = self.paras[q].masked
        return _UNREAD_PREPOSITION.search(masked, max(0, mention.start - 10), mention.start) is not None

    def _only_owners(self, cands: list[_Candidate], latest: float) -> bool:
        """Whether every candidate of the latest sentence is a name's possessive ("Ross’s")."""
        for c in cands:
            if c[0] != latest:
                continue
            mention = self._mention_at(c[4], c[1]) if c[4] >= 0 else None
            if mention is None or not mention.possessive:
                return False
        return True

    def choice_features(self, p: int, pos: int, gender: Gender, cands: list[_Candidate]) -> list[list[float]]:
        """Per candidate referent of the he/she at (p, pos), the general features a scored
        choice weighs (`CHOICE_FEATURES` names them, in order)."""
        para = self.paras[p]
        here = para.sentence_of(pos)
        latest = max(c[0] for c in cands)
        last = self.last_event(p, pos, back=2)
        counts: dict[int, int] = {}
        firsts: dict[float, int] = {}
        for c in cands:
            counts[id(c[3])] = counts.get(id(c[3]), 0) + 1
            if c[4] >= 0:
                firsts[c[0]] = min(firsts.get(c[0], c[1]), c[1])
        out: list[list[float]] = []
        for sentence, order, rank, entity, q, at_para in cands:
            kind = int(rank)
            out.append(
                [
                    1.0,
                    float(sentence == latest),
                    min(latest - sentence, 5) / 5,
                    float(sentence == here),
                    float(at_para == p),
                    float(kind == 0),
                    float(kind == 2),
                    float(rank != kind),
                    float(q < 0),
                    float(gender is not None and entity.gender == gender),
                    float(entity.gender is None),
                    float(self.has_spoken(entity)),
                    float(self.spoke_by_name(entity)),
                    float(self._merely_mentioned(q, order)),
                    float(self._opens_sentence(q, order)),
                    float(entity is self._subject),
                    float(self._talked_about(entity)),
                    min(counts[id(entity)], 4) / 4,
                    float(q >= 0 and firsts.get(sentence) == order),
                    float(last is not None and last.entity is entity),
                    float(bool(entity.roles)),
                    float(entity.kind == "person"),
                ]
            )
        return out

    def _ranked_choice(self, cands: list[_Candidate], gender: Gender) -> Entity | None:
        """The rules' choice among a he/she's candidates: the latest sentence's best ranked."""
        latest = max(c[0] for c in cands)
        group = [c for c in cands if c[0] == latest]
        # One whose gender only a given name guesses, against the pronoun's ("Lee", "Kim"),
        # goes after everybody else of the sentence: "“…,” Lee Park said, and Mary Osei
        # nodded. “…,” she said." is Osei.
        group.sort(
            key=lambda c: (
                bool(gender and c[3].gender and c[3].gender != gender),
                c[2],
                0 if gender and c[3].gender == gender else 1,
                c[1],
            )
        )
        chosen = group[0][3]
        if gender and chosen.gender and chosen.gender != gender:
            # Only a guessed given name says they are of the other gender ("Lee", "Kim"): one
            # in reach whose gender agrees and who stands higher (a speaker, over a subject)
            # goes first: '“…,” Mary Osei said. Lee Park, her deputy, smiled. “…,” she
            # said.' is Osei; '… Professor Lee Harlan said. “…,” she said.' stays Harlan, and
            # 'Tom Crane watched. Coach Andrea Rossi praised the defence. “…,” he said.' Rossi.
            agreeing = [c for c in cands if c[0] < latest and c[3].gender == gender and c[2] < group[0][2]]
            if agreeing:
                return max(agreeing, key=lambda c: (c[0], -c[2], c[1]))[3]
        if gender and group[0][2] > 1:
            # "While Dee had singers behind him, that has not happened for Roe, which worries
            # Sam Holt, head of the Pell Caucus. “…,” he said.": no main-clause subject, and one
            # person brought in with their role is the he/she, not the people talked of.
            brought = [c for c in group[1:] if c[3] is not chosen and self._brought_in_with_role(c, gender)]
            if len(brought) == 1 and self._first_naming(chosen) < (brought[0][4], brought[0][1]):
                return brought[0][3]
        if (
            gender
            and group[0][2] >= 2
            and group[0][4] >= 0
            and self._owner_pronoun_opens(group[0][4], group[0][1], gender)
        ):
            # "Stubb spoke in Munich. His speech came a day after a meeting with Jo Vance.
            # “…,” he said.": the his carries the earlier subject through a sentence naming
            # only an object; the he goes on with it.
            earlier = [c for c in cands if c[2] < 2 and c[0] < latest and c[3].gender in (gender, None)]
            if earlier:
                return max(earlier, key=lambda c: (c[0], -c[2], c[1]))[3]
        if (
            gender
            and group[0][2] >= 1
            and not self.has_spoken(chosen)
            and (group[0][2] >= 2 or self._merely_mentioned(group[0][4], group[0][1]))
            and not self.introduced(group[0][4], group[0][1])
        ):
            # '“…,” Tom Hale said. The storm flattened the barn Sam Poe built. “…,” he
            # said.': a person only mentioned inside a sentence about something else does
            # not take the he/she from the speaker quoted just before.
            speakers = [c for c in cands if c[2] == 0 and c[0] < latest and c[3].gender == gender]
            if speakers:
                return max(speakers, key=lambda c: (c[0], c[1]))[3]
        if (
            gender
            and self._talked_about(chosen)
            and any(c[3] is self._subject and c[2] < 2 for c in cands)
            and not self._subject_of_latest(group[0])
            and not self._thinks_of_subject(group[0], group)
            and not self._guessed_against(chosen, gender)
        ):
            # A profile: "… alumni such as Jo Dee and Al Roe. The idea was, she says, …":
            # the he/she is the subject, in reach and speaking by name, not a person
            # only talked about. Not when that person is in reach only as an owner ("Ann
            # Roe, 24 — Jo Dee's daughter — spotted it"); nor from somebody reported
            # speaking in the sentence before as a he/she ("One voter, Al Roe, 35, came to
            # the rally. “…,” he said. “…,” he said."); nor, when no headline named them
            # (only the count of their quotes did), from the subject opening that sentence
            # ("Promoter Al Roe grabbed the microphone. “…,” he said."); nor from one whose
            # gender agrees while only a given name guesses the subject's against it ("Lee
            # Park" profiled, then "a waitress, Mary Osei, poured coffee. “…,” she said.").
            return self._subject
        return chosen

    def _guessed_against(self, chosen: Entity, gender: Gender) -> bool:
        """Whether `chosen` is known to be of the he/she's gender while the profile's subject
        is of the other only by a guessed given name ("Lee", "Kim", "Andrea"): known
        agreement outweighs a guess, so the subject does not take the pronoun from them."""
        subject = self._subject
        return (
            subject is not None and chosen.gender == gender and subject.gender is not None and subject.gender != gender
        )

    def introduced(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` (-1: a speech event, never) is a
        person the story brings in there: named for the first time, with an apposition
        saying who they are, after the name (", 52, a welder who …", ", the local MP,") or
        before it ("the local MP, David Marsh"), where a sentence presents somebody rather
        than acting on them: a passive's agent ("was welcomed by …"), after a copula
        ("Among them was …") or in an opening "For …," ("For David Marsh, 52, …"). News
        introduces its next speaker so: such a person is no mere mention, and a he/she
        right after is them. The object of an active verb ("Traders blamed Sam Poe, the
        landlord, …", "the bakery hired Lena Marsh, a pastry chef") is acted on: the story
        goes on with whoever spoke before."""
        if q < 0:
            return False
        mention = self._mention_at(q, pos)
        if mention is None or mention.possessive or mention.modifier or mention.entity.kind != "person":
            return False
        entity = mention.entity
        start = self.paras[q].sentence_start(pos)
        if self._first_naming(entity) < (q, start):
            return False  # named before: the story goes back to them, it does not bring them in
        para = self.paras[q]
        end = para.sentence_end(pos)
        namings = [m for m in para.mentions if m.entity is entity and start <= m.start < end]
        if not namings or _INTRODUCING_LEAD.search(para.masked[start : namings[0].start]) is None:
            return False
        # Any naming of them in the sentence may carry it: "the local MP, David Marsh".
        return any(
            APPOSED.match(para.masked, m.end) is not None
            or _ROLE_APPOSED_BEFORE.search(para.masked, max(start, m.start - 70), m.start) is not None
            for m in namings
        )

    def _brought_in_with_role(self, cand: _Candidate, gender: Gender) -> bool:
        """Whether a he/she's candidate is a person of its gender named for the first time
        there with their role apposed ("Sam Holt, head of the Pell Caucus", "Ann Roe, a
        welder"): news brings in its next speaker so, wherever the name stands in the
        sentence. The caller asks it only when the latest sentence's best candidate is no
        main-clause subject or speaker (a subordinate clause's subject, an object), and was
        named before: a sentence whose subject acts goes on with that subject ("Preceded by
        Sam Holt, the sheriff, Dee launched into …")."""
        q, pos = cand[4], cand[1]
        if q < 0 or cand[3].gender != gender or cand[3].kind != "person":
            return False
        mention = self._mention_at(q, pos)
        if mention is None or mention.possessive or mention.modifier:
            return False
        if self._first_naming(cand[3]) != (q, pos):
            return False
        masked = self.paras[q].masked
        return APPOSED.match(masked, mention.end) is not None or _ROLE_OF_AFTER.match(masked, mention.end) is not None

    def _first_naming(self, entity: Entity) -> tuple[int, int]:
        """(paragraph, offset) of the article's first naming of `entity`."""
        if self._first_named is None:
            # One pass for all names: a scan back per he/she would be quadratic in paragraphs.
            self._first_named = {}
            for q, para in enumerate(self.paras):
                for m in para.mentions:
                    key = id(m.entity)
                    self._first_named[key] = min(self._first_named.get(key, (q, m.start)), (q, m.start))
        return self._first_named.get(id(entity), (len(self.paras), 0))

    def _owner_pronoun_opens(self, q: int, pos: int, gender: Gender) -> bool:
        """Whether the sentence of paragraph `q` holding `pos` opens on a possessive of
        `gender` ("His speech came …", "Her visit ended …")."""
        para = self.paras[q]
        start = para.sentence_start(pos)
        m = _OWNER_PRONOUN_OPENING.match(para.masked, start, pos)
        return m is not None and (m.group(1) == "His") == (gender == "m")

    def _subject_of_latest(self, cand: _Candidate) -> bool:
        """Whether a he/she's best candidate in the latest sentence is what that sentence is
        about, over a profile's subject: somebody reported speaking there, brought in as
        an example of its subject or presented by it ("Just look at Ann Roe."); or, when
        no headline named the subject, the person opening it."""
        if cand[2] == 0:
            return True
        if cand[2] == 1 and self.example_of_subject(cand[4], cand[1]):
            return True  # "Some economists, like Oscar Brandt, a fellow at …, admit": brought in to speak
        if cand[2] == 1 and cand[4] >= 0 and self._presented(cand[4], cand[1]):
            return True  # "Just look at Senator Ann Roe.": the sentence is about her
        return not self._headline_subject and cand[2] == 1 and self._opens_sentence(cand[4], cand[1])

    def _thinks_of_subject(self, cand: _Candidate, group: list[_Candidate]) -> bool:
        """Whether a he/she's best candidate opens the latest sentence as its subject and
        the profile's subject is named only after it, inside what that person thinks or
        says (a verb of thinking or saying of theirs between them, or a view held: "is
        sure that"): "Her father, Rob, 39, doubted that anyone would pick Vane. “…,” he
        said." is Rob. The sentence reports the view of the person opening it, brought in
        to speak; the subject is their topic. Not when the subject is the verb's own
        object ("Rob Holt introduced Vane. “…,” he said.": the one introduced may be the
        one who speaks), nor for a verb in a relative clause set off after their name (",
        who wants a new road,") or a bare "that" ("spent that morning", "the barn that
        Vane rented"): neither is their view of the subject."""
        if cand[2] != 1 or not self._opens_sentence(cand[4], cand[1]):
            return False
        masked = self.paras[cand[4]].masked
        for c in group:
            if c[3] is self._subject and c[4] == cand[4] and c[1] > cand[1]:
                # Only the person's own verbs or a view they hold ("is sure that"): not a
                # relative clause's set off after their name (", who wants a new road,"), nor
                # "that" alone ("that morning", "the barn that Vane rented").
                own = _RELATIVE_ASIDE.sub(",", masked[cand[1] : c[1]])
                if _VIEW_HELD.search(own) is not None:
                    return True
                return any(
                    w != "that" and (w in _CLAUSE_VERBS or w in _CONTENT_VERBS) for w in _LOWER_WORD.findall(own)
                )
        return False

    def _in_opening_phrase(self, p: int, pos: int) -> bool:
        """Whether the he/she at `pos` follows a prepositional phrase opening its sentence
        ("In a letter to a friend, …, she wrote"), so every name before it lies in that
        phrase."""
        para = self.paras[p]
        start = para.sentence_start(pos)
        return _OPENING_PHRASE.fullmatch(para.masked, start, pos) is not None

    def _opens_sentence(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` (-1: a speech event, never) opens its
        sentence as its subject, with at most a role or an apposition's head before it
        ("Promoter Al Roe grabbed …", "Her husband, Al Roe, installed …"), or a cleft's
        "It was" ("It was Ann Roe who spotted …")."""
        if q < 0:
            return False
        para = self.paras[q]
        lead = para.masked[self._clause_start(q, pos) : pos].strip().rstrip(",")
        if not lead or only_role_words(lead) or _CLEFT.fullmatch(lead) is not None:
            return True
        # "Promoter", "Her husband", "The team's captain": a short noun phrase, no verb in it.
        words = lead.split()
        return len(words) <= 3 and MASK not in lead and not any(_VERB_LIKE.fullmatch(w) for w in words)

    def _clause_start(self, q: int, pos: int) -> int:
        """Where the sentence holding `pos` starts, a quote that closed its own sentence
        counted as a boundary ('… were “the rants of a host.” Fenwick read them
        differently.': Fenwick opens a sentence; the mask hid the full stop)."""
        para = self.paras[q]
        return max(para.sentence_start(pos), self.last_quote_start(q, pos))

    def _mention_at(self, q: int, pos: int) -> Mention | None:
        """The name starting at `pos` of paragraph `q`, if one does. Bisected: asked per
        candidate of every he/she, a walk over the paragraph's names was quadratic in a
        paragraph of thousands."""
        mentions = self.paras[q].mentions
        at = bisect_left(mentions, pos, key=mention_start)
        return mentions[at] if at < len(mentions) and mentions[at].start == pos else None

    def opens_own_clause(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` is the subject of a clause a conjunction
        or subordinator opens right before it, at its sentence's start or after a clause
        mark: "But as Mr. Grant toured the market, he …", "“…?” she asked, but Kevin was
        drifting off", "After Gareth Price walked out, …". Such a person is what the clause
        is about (a he/she after it goes on with them), no person merely mentioned, nor the
        object of "after"/"before" read as a preposition. Only with a finite verb after the
        name (or its apposition): "after Price's goal", "before Dee and her team" are no
        clauses."""
        if q < 0:
            return False
        mention = self._mention_at(q, pos)
        if mention is None or mention.possessive:
            return False
        para = self.paras[q]
        lead = para.masked[self._clause_start(q, pos) : pos]
        mark = max(lead.rfind(","), lead.rfind(";"), lead.rfind("—"), lead.rfind("–"))
        tail = lead[mark + 1 :]
        opener = _CLAUSE_LEAD.match(tail)
        if opener is None or not tail[: opener.end()].strip():
            return False
        rest = tail[opener.end() :]
        if rest.strip() and not only_role_words(rest):
            return False
        apposed = APPOSED.match(para.masked, mention.end)
        after = apposed.end() if apposed is not None else mention.end
        if apposed is not None and para.masked[after : after + 1] == ",":
            after += 1  # "Gareth Price, the manager, walked out"
        return _FINITE_VERB_AFTER.match(para.masked, after) is not None

    def example_of_subject(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` is an example set off inside the
        subject opening its sentence: "Some defenders of open markets, like Oscar Brandt, a
        fellow at …, admit …", "Several experts, including Mia Roe, warned …". The example
        is the person the sentence brings in (a he/she after it is them), not an object."""
        if q < 0:
            return False
        para = self.paras[q]
        start = self._clause_start(q, pos)
        found = _EXAMPLE_IN_SUBJECT.match(para.masked, start, pos)
        if found is None:
            return False
        phrase = para.masked[start:pos].rsplit(",", 1)[0].split()
        return not any(_VERB_LIKE.fullmatch(w) for w in phrase[1:])

    def _presented(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` is all a short sentence presenting a
        person holds after its presenting words: "Just look at Senator Ann Roe.", "Take Tom
        Crane, for example.", "Consider Jo Dee.", "Then there's Axelrod.", "Enter Mia
        Holt.", "Take the case of Jo Dee.". Such a sentence brings the person in as the
        topic of what follows, though the name is an object in form: a he/she in the next
        sentences is them, not the speaker quoted before. A role may stand before the name,
        a preposition may not ("There was anger at Jo Dee.", "There is a statue of Jo
        Dee.": the name is the object of a phrase about something else)."""
        para = self.paras[q]
        start = self._clause_start(q, pos)
        if _PRESENTING_LEAD.fullmatch(para.masked, start, pos) is None:
            return False
        mention = self._mention_at(q, pos)
        return mention is not None and _PRESENTED_END.match(para.masked, mention.end) is not None

    def _merely_mentioned(self, q: int, pos: int) -> bool:
        """Whether the name at `pos` of paragraph `q` (-1: a speech event, never) stands
        inside a sentence about something else, not as its subject: words other than
        openers, determiners, roles and "and" before it ("The storm flattened the barn
        that Sam Poe built"), not an apposition's head ("Her sister, Lena Marsh,")."""
        if q < 0:
            return False
        if self._presented(q, pos):
            return False  # "Just look at Ann Roe.": the sentence brings her in
        para = self.paras[q]
        lead = para.masked[self._clause_start(q, pos) : pos]
        opener = CLAUSE_OPENERS.match(lead)
        lead = lead[opener.end() :] if opener is not None else lead
        lead = lead.strip()
        if _CLEFT.fullmatch(lead) is not None:
            return False  # "It was Nerea Goñi who saw it": a cleft puts its subject first
        if self.opens_own_clause(q, pos) or self.example_of_subject(q, pos):
            return False
        if not lead or lead.endswith(",") or only_role_words(lead) or only_role_words(lead[lead.rfind(",") + 1 :]):
            # "One of those retirees, 71-year-old former welder Earl Jenkins, watched": a
            # name apposed to the subject, with only role words before it, is that subject.
            return False
        return any(
            w.islower() and w not in DETERMINERS and w not in ("and", "or") and w not in PERSON_NOUNS
            for w in lead.split()
        )

    def participle_object(self, p: int, pos: int) -> bool:
        """Whether `pos` lies in a participle phrase opening its sentence ("Citing Locke,
        Burke, and Jefferson, she …", "Accusing Dana Price of theft, “…,” she said")."""
        known = self._participle_object.get((p, pos))
        if known is None:
            known = self._participle_object[(p, pos)] = self._read_participle_object(p, pos)
        return known

    def _read_participle_object(self, p: int, pos: int) -> bool:
        para = self.paras[p]
        start = max(para.sentence_start(pos), self.last_quote_start(p, pos))
        phrase = (
            PARTICIPLE_PHRASE.match(para.masked, start)
            or _QUESTION_PHRASE.match(para.masked, start)
            or _PAST_PARTICIPLE_PHRASE.match(para.masked, start)
            or self._participle_before_quote(para.masked, start)
        )
        return phrase is not None and pos < phrase.end()

    def _participle_before_quote(self, masked: str, start: int) -> re.Match[str] | None:
        """`_PARTICIPLE_BEFORE_QUOTE` at `start`, unless its -ing word is a name the article
        gives ("Manning, the coach, “…,” he said") or opens one acting as the sentence's
        subject ("Sterling Hayden spoke: “…”": a verb follows the name)."""
        found = _PARTICIPLE_BEFORE_QUOTE.match(masked, start)
        if found is None or self.registry.lookup(found.group(1)) is not None:
            return None
        if _ING_NAME_SUBJECT.match(masked, found.start(1)):
            return None  # "Sterling Hayden spoke: “…”": a name and its verb, no participle
        return found

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
        if not _COMMA_END.search(masked[start:pos]) and not self._quote_ends_clause(para, start, pos):
            return None
        return start

    @staticmethod
    def _quote_ends_clause(para: Para, start: int, pos: int) -> bool:
        """Whether a partial quote closing on a comma ends the words a trailing he/she
        reports, words of the sentence standing before it: 'Picking between Webb and Frost
        is a “choice between two strangers,” she said.' The comma is inside the marks, so
        the mask hides it; the names before the quote are what she said, not her."""
        lead = para.masked[start:pos].rstrip()
        if not lead.endswith(MASK):
            return False
        opened = lead.rstrip(MASK)
        if not opened.strip():
            return False  # a whole quote opens the sentence: '“…,” she said' reports nothing else
        return para.text[start : start + len(lead)].rstrip("”’\"'").endswith(",")

    def _in_reported_content(self, q: int, pos: int, gender: Gender) -> bool:
        """Whether the name at `pos` of paragraph `q` stands in what somebody earlier in
        its sentence thinks or says, with no clause mark or quote between: the person
        talked of, not the referent of a later he/she. After a he/she of that gender, any
        name there ("she doubts that Carla Webb can …": the pronoun's chain goes on); after
        anybody else, a name other than the reported clause's subject ("Orwell and others
        said they could not back Mary Frost"; but "aides say Ivy Dane advises him …" and
        then "she said" is Dane). Not after a he/she of the other gender ("He said Mary
        Frost would run."), nor after an inverted verb ("“…,” said Mary Frost"); a verb
        form that may be a noun ("claims", "worries") only after a pronoun or a name ("the
        central claims of Dee's speech" reports nothing)."""
        if gender is None:
            return False
        known = self._reported_content.get((q, pos, gender))
        if known is None:
            known = self._reported_content[(q, pos, gender)] = self._read_reported_content(q, pos, gender)
        return known

    def _read_reported_content(self, q: int, pos: int, gender: Gender) -> bool:
        para = self.paras[q]
        start = para.sentence_start(pos)
        lead = para.masked[start:pos]
        for found in _LOWER_WORD.finditer(lead):
            verb = found.group()
            if verb == "that" or (verb not in _CLAUSE_VERBS and verb not in _CONTENT_VERBS):
                continue
            if _CLAUSE_MARK.search(lead, found.end()) is not None or MASK in lead[found.end() :]:
                continue
            words = lead[: found.start()].split()
            while words and (words[-1] in _BETWEEN_SUBJECT_AND_VERB or words[-1].endswith("ly")):
                words.pop()
            if not words or MASK in words[-1] or words[-1].endswith(","):
                continue  # inverted: the verb's subject comes after it
            subject = words[-1].lower()
            pronoun = subject in ("he", "she", "they", "i", "we")
            if verb.endswith("s") and verb != "says" and not pronoun and not words[-1][:1].isupper():
                continue  # "the central claims of …": a noun
            if subject in ("he", "she"):
                if PRONOUNS.get(subject) != gender:
                    continue
                return True
            if _INFINITIVE_AFTER.match(lead, found.end()) or verb not in _SAYING_VERBS:
                continue  # what others think, know or hope names the people the story goes on with
            if _REPORTED_SUBJECT.fullmatch(lead, found.end()) is None and not _CLAUSE_SUBJECT_BEFORE.search(lead):
                return True
        return False

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
            lead = PRONOUN_LEAD.match(para.masked, start)
            opener = CLAUSE_OPENERS.match(para.masked, start) or _PAST_PARTICIPLE_PHRASE.match(para.masked, start)
            if lead is None and opener is not None:
                # "At 31, she still shares a flat with …", "Dismayed by …, he has …": an
                # opening phrase, then he/she.
                lead = _PRONOUN_AFTER_OPENER.match(para.masked, opener.end())
            self._leads[key] = lead
        lead = self._leads[key]
        return lead is not None and lead.end() <= pos and PRONOUNS.get(lead.group(1).lower()) == gender

    def subordinate(self, p: int, pos: int) -> bool:
        """Whether `pos` sits in a subordinate clause ("when Tapper asked him, he said"):
        its people rank below the main clause's subject as a pronoun's referent."""
        known = self._subordinate.get((p, pos))
        if known is None:
            known = self._subordinate[(p, pos)] = self._read_subordinate(p, pos)
        return known

    def _read_subordinate(self, p: int, pos: int) -> bool:
        # A subordinator after the sentence's last clause mark: both bisected among the
        # paragraph's marks and subordinators, read once, so a long sentence is not read
        # whole for each name in it.
        para = self.paras[p]
        marks = self._clause_marks.get(p)
        if marks is None:
            marks = self._clause_marks[p] = (
                [m.end() for m in _CLAUSE_MARK.finditer(para.masked)],
                [(m.start(), m.end()) for m in SUBORDINATOR.finditer(para.masked)],
            )
        ends, words = marks
        at = bisect_right(ends, pos)
        begin = max(para.sentence_start(pos), ends[at - 1] if at else 0)
        # The first subordinator from there on; words never overlap, so it ends first.
        k = bisect_left(words, (begin, -1))
        return k < len(words) and words[k][1] <= pos

    # -- organisations: it, "the company", a text's issuer -------------------

    def org_antecedent(
        self, p: int, pos: int, keyword: str | None, back: int = 2, unnamed_texts: bool = False
    ) -> Entity | None:
        """The organisation an "it" or "the company" refers to: in the latest sentence
        naming one, its subject rather than an object ("The agency warned against pills
        containing DNP. “…,” it said." → the agency). An acronym qualifying a body noun
        ("The UN refugee agency warned … “…,” it said.") names the parent, not the body
        that spoke: that body is the referent, unnamed, so nobody is named."""
        best: tuple[int, int, int, Entity, Mention] | None = None
        best_q = p
        # Latest paragraph first: every sentence of a paragraph comes after all sentences of
        # the ones before it, so the first paragraph naming one holds the latest sentence.
        # Only the paragraphs the index lists as naming a fitting organisation are read, so
        # a look-back over the whole article costs one bisection, not a pass over the
        # paragraphs before (the article's square over all its "the company said").
        listed = self._org_paragraphs(keyword)
        k = bisect_right(listed, p) - 1
        floor = max(0, p - back)
        while k >= 0 and listed[k] >= floor and best is None:
            q = listed[k]
            k -= 1
            for mention in self._org_mentions(q, keyword):
                if q == p and mention.start >= pos:
                    continue
                if set(mention.entity.tokens) & MEDIA and not (mention.speech_subject and keyword is None):
                    # "told Reuters": the news agency is not the company that spoke; but an
                    # outlet that itself reported ("The Post reported that …. It added, “…”")
                    # is the "it" of its next words.
                    continue
                sentence = self.paras[q].sentence_of(mention.start)
                rank = 1 if mention.after_preposition or self.subordinate(q, mention.start) else 0
                if best is None or sentence > best[0] or (sentence == best[0] and rank < best[1]):
                    best = (sentence, rank, mention.start, mention.entity, mention)
                    best_q = q
        if best is not None and self._described_body_subject(best_q, best[2]):
            # "The Israeli military said it had struck Hezbollah targets. “…,” it said.": the
            # body the sentence describes is its subject, and no name of it is given.
            return None
        if best is not None and body_of_acronym(self.paras[best_q].masked, best[4]):
            return None  # "the UN refugee agency": the agency speaks, unnamed
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

    def _org_mentions(self, q: int, keyword: str | None) -> list[Mention]:
        """The mentions of paragraph `q` that can be the organisation `org_antecedent`
        looks for, in text order: an organisation named outright (no adjective use, no
        platform after a preposition, no owner of a body named after it), holding
        `keyword` when one is given. Outlets are kept for `org_antecedent` to judge: whether
        one spoke itself changes as the article is read. None of the rest ever changes."""
        mentions = self.paras[q].mentions
        fitting: list[Mention] = []
        for k, mention in enumerate(mentions):
            if mention.entity.kind != "org" or mention.modifier:
                continue
            if keyword is not None and set(mention.entity.tokens) & MEDIA:
                continue  # an outlet is never a described body ("told Reuters")
            if mention.after_preposition and mention.entity.name in PLATFORMS:
                continue  # "an image she posted to Facebook. It says …": the post, not the site
            if _owner_of_body(mention, mentions[k + 1] if k + 1 < len(mentions) else None):
                continue
            if keyword and keyword not in mention.entity.name.lower():
                continue
            fitting.append(mention)
        return fitting

    def _org_paragraphs(self, keyword: str | None) -> list[int]:
        """The paragraphs (ascending) with a mention `_org_mentions` keeps for `keyword`,
        listed in one pass over the article the first time the keyword is asked."""
        listed = self._org_index.get(keyword)
        if listed is None:
            listed = [q for q in range(len(self.paras)) if self._org_mentions(q, keyword)]
            self._org_index[keyword] = listed
        return listed

    def _described_body_subject(self, q: int, pos: int) -> bool:
        """Whether the sentence of paragraph `q` holding `pos` opens on a body described by
        its kind, not named ("The Israeli military said …", "The ministry accused …"), and
        the name at `pos` comes after that subject's verb: an object of the sentence."""
        para = self.paras[q]
        start = para.sentence_start(pos)
        m = _DESCRIBED_BODY_OPENING.match(para.masked, start, pos)
        if m is None or m.group(1).lower() not in ORG_NOUNS:
            return False
        return not any(start <= mention.start < m.end() for mention in para.mentions)

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

    def _unread_text_owner(self, p: int, pos: int, head: str) -> str | None:
        """The capitalised owner of the same kind of text in the three paragraphs before
        (p, pos), one the name scan did not read as a name: "The Conservatives’ letter to
        … said: “…”" then "The letter also said that “…”" is the Conservatives' letter."""
        for q in range(p, max(-1, p - 4), -1):
            masked = self.paras[q].masked
            end = pos if q == p else len(masked)
            found = [m for m in _OWNED_TEXT_NAMED.finditer(masked, 0, end) if m.group(2).lower().rstrip("s") == head]
            if found:
                return found[-1].group(1)
        return None

    def _sentence_before(self, p: int, pos: int) -> tuple[Para, int, int] | None:
        """The sentence before the one at (p, pos), maybe closing the paragraph before: its
        paragraph, its start and its end; None at the article's start."""
        start = self.paras[p].sentence_start(pos)
        q, before = (p, start - 1) if start > 0 else (p - 1, len(self.paras[p - 1].masked) if p > 0 else -1)
        if before < 0:
            return None
        prev = self.paras[q]
        return prev, prev.sentence_start(before), before

    def _its_subject(self, p: int, pos: int) -> Entity | None:
        """With no organisation named, the "its" of "Its statement claimed" is the subject
        of the sentence before when nothing marks that name as a person's (no gender,
        title, role or known given name): "Organic Liaison fired back. Its statement …"."""
        found = self._sentence_before(p, pos)
        if found is None:
            return None
        prev, first, before = found
        for mention in prev.mentions:
            if mention.start < first or mention.start >= before:
                continue
            entity = mention.entity
            if mention.after_preposition or mention.possessive or mention.modifier or mention.titles:
                return None
            return entity if body_like(entity) else None
        return None

    def _state_subject_before(self, p: int, pos: int) -> Entity | None:
        """A country or government acting as a party, the "it" of the next sentence's
        speech verb: "Norway did not send counsel, but in a brief it rejected the claim.
        It argued that …", "Ukraine has filed its answer. It says …". In court filings,
        treaty talks and disputes a state speaks as a body does: the place that opens the
        sentence before as its subject (a verb right after it, no possessive, not after a
        preposition) is the "it", when that sentence names no organisation and holds no
        text of its own ("Norway published a report. It says …" is the report's)."""
        found = self._sentence_before(p, pos)
        if found is None:
            return None
        prev, first, before = found
        end = prev.sentence_end(first)
        mentions = [m for m in prev.mentions if first <= m.start < before]
        if not mentions or any(m.entity.kind == "org" for m in mentions):
            return None
        lead = mentions[0]
        if (
            lead.entity.kind != "place"
            or lead.after_preposition
            or lead.possessive
            or lead.modifier
            or _SENTENCE_SUBJECT_LEAD.fullmatch(prev.masked, first, lead.start) is None
            or _STATE_VERB_NEXT.match(prev.masked, lead.end) is None
            or _HELD_TEXT.search(prev.masked, lead.end, end) is not None
        ):
            return None
        return lead.entity

    def _body_spoke_last(self, p: int, pos: int) -> Entity | None:
        """With no organisation named, the "it" of a speech verb is the speaker of the
        paragraph before or this one when that is a name of unknown kind nothing marks as
        a person's: '… the Harbour Ledger said. The paper said …, which it claims …'. A
        name read as a person's, or a place, is never "it"."""
        event = self.last_event(p, pos, back=1)
        if event is None or event.entity is None or event.entity.kind not in ("org", "unknown"):
            return None
        return event.entity if body_like(event.entity) else None

    # -- groups: a body's members writing, "they" ------------------------------

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

    def _group_they(self, p: int, pos: int) -> Entity | None:
        """The body a "they" speaks for: '“…,” the lawmakers wrote. … “…,” they wrote.' A
        plural description of a body's members ("the lawmakers", `_group_body`) spoke in
        the two paragraphs before; the latest such body. A single person is never "they"."""
        groups = self._groups
        event = self.last_event(p, pos, back=2, where=lambda ev: ev.entity is not None and id(ev.entity) in groups)
        if event is not None:
            return event.entity
        return self._body_subject_before(p, pos)

    def _joint_they(self, p: int, pos: int) -> tuple[str, Entity] | None:
        """The people a "they" heading a quote's reporting clause refers to when two or more
        people were named together as one subject: the subject opening the sentence right
        before ("Dana Prell and Omar Villet met the board. “…,” they said.") or, failing
        that, the latest speakers who spoke together in the two paragraphs before ('“…,”
        Prell and Villet said. … “…,” they added.'). Named like a joint speaker, "Dana Prell
        and Omar Villet", with the first person as the entity. One person is never "they"
        ("Dana Prell met the board. “…,” they said." names nobody)."""
        para = self.paras[p]
        if _NON_SPACE_OR_MASK.search(para.masked, para.sentence_start(pos), pos):
            return None  # "Union leaders disagreed, and they said …": not a reporting clause
        found = self._sentence_before(p, pos)
        if found is not None:
            prev, first, before = found
            group = _joint_subject(prev, first, before)
            if group is not None:
                return _joint_name(group), group[0].entity
        if found is not None and not self._floor_kept(*found):
            return None  # "Police arrived. “…,” they said.": somebody else took the floor
        event = self.last_event(p, pos, back=2, where=lambda ev: _JOINT.search(ev.speaker or "") is not None)
        if event is not None and event.entity is not None and event.speaker is not None:
            return event.speaker, event.entity
        return None

    def _floor_kept(self, prev: Para, first: int, before: int) -> bool:
        """Whether the sentence [first, before) of `prev`, right before a "they", leaves the
        floor to the speakers before it: it opens on a quote, a person's name or a he/she
        ("“…,” she said.", "Tom Crane spoke next."), not on a group or anything else
        ("Police arrived.", "Residents were unconvinced."), which a "they" may mean."""
        lead = _NON_SPACE_OR_MASK.search(prev.masked, first, before)
        if lead is None or MASK in prev.masked[first : lead.start()]:
            return True
        if _HE_SHE_LEAD.match(prev.masked, lead.start()) is not None:
            return True
        at = bisect_left(prev.mentions, lead.start(), key=mention_start)
        return (
            at < len(prev.mentions)
            and prev.mentions[at].start == lead.start()
            and prev.mentions[at].entity.kind == "person"
        )

    def _body_subject_before(self, p: int, pos: int) -> Entity | None:
        """The named body a "they" heading a quote's reporting clause refers to: the
        subject opening the sentence right before ("Manchester Rovers have signed Jan
        Kuipers. “…,” they said in a statement."; "The Harbour Union has rejected …").
        British and wire copy give a club, union or firm a plural. Only when nothing but
        the quote stands before the "they" in its sentence, and the body opens the sentence
        before as its subject, a verb after it ("Fans gathered outside the ground of
        Manchester Rovers": the fans are "they"); never an outlet ("Reuters reported")."""
        para = self.paras[p]
        if para.masked[para.sentence_start(pos) : pos].replace(MASK, "").strip(" ,"):
            return None  # "Union leaders disagreed, and they said …": not a reporting clause
        found = self._sentence_before(p, pos)
        if found is None:
            return None
        prev, first, before = found
        mention = next((m for m in prev.mentions if first <= m.start < before), None)
        if mention is None or not body_like(mention.entity):
            return None
        if (
            mention.entity.kind != "org"
            and len(mention.entity.tokens) < 2
            and not self._named_mid_sentence(mention.entity)
        ):
            return None  # "Fans gathered …": a capital only the sentence's start gave
        if mention.possessive or mention.after_preposition or mention.modifier:
            return None
        if _SENTENCE_SUBJECT_LEAD.fullmatch(prev.masked, first, mention.start) is None:
            return None
        if mention.entity.tokens[-1] in MEDIA or mention.entity.name in PLATFORMS:
            return None
        if _BODY_VERB_AFTER.match(prev.masked, mention.end) is None:
            return None
        return mention.entity
