"""The words the quote finder reads: speech verbs, pronouns, determiners, roles, and the regexes built on them.

One vocabulary for the package: every speech verb is listed once here (`SPEECH_VERBS`,
`SPEECH_MULTI`); `CORE_VERBS` is the plain reporting subset, checked to be part of it.
"""

from __future__ import annotations

import re

from newstui.extract.names import FIRST_NAMES, ORG_NOUNS, PERSON_NOUNS, Gender

MASK = "\x00"
# Reporting verbs, each listed once (tests/test_quotes.py checks): English forms, then a few
# German, Spanish and Portuguese ones; SPEECH_MULTI holds the phrases.
SPEECH_VERBS = tuple(
    """said says say saying told tells tell added adds noted notes remarked remarks stated states warned warns argued
    argues explained explains wrote writes insisted insists recalled recalls asked asks replied replies continued
    continues tweeted Tweeted tweets posted posts claimed claims declared declares announced announces acknowledged
    acknowledges admitted admits observed observes commented comments responded responds answered answers
    suggested suggests emphasised emphasized emphasises emphasizes stressed stresses conceded concedes predicted
    predicts promised promises vowed vows boasted boasts complained complains lamented laments joked jokes quipped
    quips exclaimed shouted yelled screamed whispered mused muses concluded concludes contended contends
    maintained maintains asserted asserts confirmed confirms denied denies reiterated reiterates underlined
    underscored underscores cautioned cautions urged urges pleaded pleads demanded demands countered counters
    retorted testified testifies recounted recounts reflected reflects elaborated interjected sighed agreed agrees
    disagreed objected protested alleged alleges revealed reveals disclosed adding telling hinted assured assures fumed
    snapped wondered wonders opined texted emailed chanted chant chants sang laughed laughs smiled smiles
    remembered remembers bragged reasoned estimated surmised argue warn insist contend quip pledged pledges
    sagte sagt erklärte betonte
    dijo afirmó señaló
    aseguró añadió disse afirmou""".split()
)
SPEECH_MULTI = (
    "pointed out",
    "points out",
    "went on",
    "goes on",
    "chimed in",
    "told reporters",
    "shot back",
    "summed up",
    "sums up",
    "fired back",
    "hit back",
    "pushed back",
    "spoke out",
    "reported that",
    "reports that",
    "found that",
    "finds that",
    "a déclaré",
    "a dit",
    "a affirmé",
    "a souligné",
    "a ajouté",
    "a expliqué",
    "a estimé",
)


# A trie of letters: each node maps the next letter to its subtree; "" marks a word's end.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    """One regex alternation as a trie: `re` tries a flat list of 200 verbs at every
    position, a trie only the branch for the next letter. A word that is also the
    start of a longer one tries the longer first, as the longest-first list did."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


SPEECH = re.compile(
    r"(?<![\w'’-])" + _trie_pattern(set(SPEECH_VERBS) | set(SPEECH_MULTI)) + r"(?![\w'’-])"
    # "agreed to be bought", "promised to pay": an action, not speech.
    r"(?!(?<=agrees) to )(?!(?<=agreed) to )(?!(?<=promised) to )(?!(?<=vowed) to )"
    r"(?!(?<=pledged) to )(?!(?<=pledges) to )"
    # "once the Senate goes on recess", "went on holiday": going on to a place or an
    # activity, not talk; "went on, “…”", "went on to say", "went on about" still report.
    r"(?!(?<=went on) (?!to\b|about\b|at length\b)\w)"
    r"(?!(?<=goes on) (?!to\b|about\b|at length\b)\w)"
)
MEDIA = frozenset(
    "Reuters Bloomberg AP AFP BBC CNN NBC CBS ABC Fox MSNBC NPR Times Post Journal News Press Guardian "
    "Telegraph Interfax TASS Tass Xinhua Politico Axios Channel Radio Television TV".split()
)
# Sites people post on: the site is never the author of a post it carries.
PLATFORMS = frozenset(
    "Twitter,X,Facebook,Instagram,Reddit,TikTok,YouTube,LinkedIn,Threads,Bluesky,WhatsApp,Telegram,Truth Social".split(
        ","
    )
)
# What a site carries, after its name: "his Facebook page", "an Instagram post".
PLATFORM_THING = re.compile(
    r"\s+(?:page|account|post|feed|profile|group|video|channel|story|stories|thread|comment|live|bio)s?\b"
)
_SENTENCE_OPENERS = frozenset("The A An His Her Their Its Our My This That These Those One Another".split())
# Texts that speak for whoever issues them, one list for every rule reading them: "a
# statement from the Department said", "the tweet by Doe reads" (attribution._written_from),
# "the Acme report found", "the DOJ release states" (the issuer named in the phrase), "Its
# statement said", "the company's reply" (the organisation named before).
ISSUED_TEXTS = frozenset(
    """statement release report study survey letter announcement memo post tweet message note caption
    headline email e-mail notice response reply""".split()
)
ISSUED_TEXT = "(?:" + "|".join(re.escape(w) for w in sorted(ISSUED_TEXTS, key=len, reverse=True)) + ")"
"""`ISSUED_TEXTS` as a regex alternation, longest first."""
# Kinds of body a definite description can name beyond `names.ORG_NOUNS` ("the center
# said", "the centre warned", "the laboratory found"): a weather or research centre, a
# lab, an observatory. Each is a word that ends or opens an organisation's full name
# ("Storm Prediction Center", "Bureau of Fisheries").
BODY_NOUNS = frozenset("center centre laboratory lab observatory panel caucus delegation".split())
# What business and world pages call a company they named before, a word no company's name
# holds ("the carmaker said", "the lender warned", "the tech giant said"): like "the
# company", any organisation named before, not one whose name holds the word.
TRADE_NOUNS = frozenset(
    """carmaker automaker chipmaker drugmaker insurer lender conglomerate giant housebuilder homebuilder
    brewer distiller supermarket grocer chain retailer airline carrier manufacturer maker broadcaster
    publisher supplier utility bookmaker outsourcer exporter""".split()
)
# Plural people who act for the body they sit on or belong to ("lawmakers on the House
# Committee", "members of the board", "researchers at the institute"): a later "the
# lawmakers wrote" speaks for that body.
GROUP_OF = re.compile(r"\b([A-Za-z]+)\s+(?:on|of|at|from|with|for)\s+(?:the\s+)?$")
# Last words of capitalised phrases naming a treaty, law, event or era ("the Paris Agreement",
# "the Cold War", "the Great Recession", "the Winter Olympics"), or a group of people by a
# plural ("Indigenous Peoples", "First Nations", "Black Democrats"): never one person.
NOT_PERSON_LAST = frozenset(
    """Agreement Agreements Accord Accords Treaty Act Convention Protocol Pact Declaration Charter Doctrine
    Initiative Summit Conference Olympics Games Award Awards Prize Cup Championship Championships Festival
    Expo War Wars Crisis Pandemic Recession Depression Revolution Era Peoples People Nations Tribes Democrats
    Republicans Conservatives Liberals Socialists Americans Europeans Africans Asians Canadians Australians
    Indians Latinos Latinas""".split()
)
# A pronoun's or auxiliary's contraction ("We’re", "It's", "Don’t", "I’m"): a phrase holding
# one is a title ("Why We’re Polarized"), never a name.
CONTRACTION = re.compile(r"(?:[’']re|[’']m|[’']ve|[’']ll|n[’']t)$")
# A name's last word run into a version number ("Omicron BA.2", "Model X-3"): a code, not a person.
VERSION_AFTER = re.compile(r"[.-]\d")
# The plain reporting verbs (part of SPEECH_VERBS) that still attribute a quote closed on a
# full stop: '“….” Trump said.' but not '“….” Trump disagreed.'
CORE_VERBS = frozenset(
    "said says added adds told tells wrote writes asked asks replied replies explained noted continued "
    "recalled stated remarked insisted posted tweeted".split()
)
# "In Dr. Shadlen's words, “…”": the name before "'s words".
IN_WORDS = re.compile(r"\b[Ii]n\s+((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*?)[’']s\s+(?:own\s+)?words\b")
ACCORDING = re.compile(r"(?<![\w])(?:according to|in the words of|selon|según|laut)\s+", re.IGNORECASE)
# Every ACCORDING match holds one of these in lower case (letters that fold only to
# themselves: not i, s or k), so a text without them needs no regex pass.
ACCORDING_HINTS = ("ccord", "word", "elon", "egún", "laut")
ADVERBS = frozenset(
    """also later then again once had has have would will further earlier previously recently
    subsequently now already simply long first last separately meanwhile publicly privately
    repeatedly often sometimes not never was were is could can should might must only just
    himself herself themselves itself""".split()  # "as Doe herself said": the name still speaks
)
# A Q&A printed as prose: a paragraph opening on its speaker's name and a colon ("Morimoto:
# We added …", "The Ledger: What did you do?").
PROSE_TURN = re.compile(r"\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}):\s+(?=[A-Z\"“‘'])")
PRONOUNS: dict[str, Gender] = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None}
DETERMINERS = frozenset("the a an one another his her their its this that our some".split())
INDEFINITE = frozenset("a an one another some".split())
NAMING = re.compile(
    r"(?:\bso-called|\b(?:called|calls|call|dubbed|dubs|dub|termed|terms|term|known as|billed as|titled|"
    r"entitled|named|nicknamed|branded|brands|labell?ed|labels|headlined|headline|hashtag|slogan|motto|"
    r"word|words|phrase|term|label|nickname|moniker|refers to|referred to|describes? as|described as))"
    r"\b[\w\s’',-]{0,30}$"
)

SENTENCE_END = re.compile(r"[.?!…]+[)\]’'\"”]*\s+")
WORDS = re.compile(r"[^\W_][\w'’\-]*")
FULL_STOP_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Del|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|Const|Cst|Insp|St|Jr|Sr|No|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|(?:\b[A-Z]\.)+[A-Z])\.$"
)
LAST_WORD = re.compile(r"([^\W\d_][\w'’\-]*)\s*$")
LAST_LETTERS = re.compile(r"([^\W\d_]+)$")
LAST_PHRASE = re.compile(r"(?:^|[\s(—–])((?:[\w'’\-.]+\s+){0,7}[\w'’\-.]+)$")
HEADLINE_SPEAKER = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s){1,2}[A-Z][\w'’-]*):\s")
INTRO_PHRASE = re.compile(
    r"\s*(?:In|At|On|During|After|Before|Since|From|Following|Speaking|Asked|Writing|Appearing|Later|Earlier)\b[^,;:\x00]{0,120},"
)
# An opening participle and its objects, however many: "Citing Locke, Burke, and
# Jefferson, she …", "Channelling Churchill, he …". The subject follows its last comma.
PARTICIPLE_PHRASE = re.compile(r"\s*[A-Z][a-z]{2,}ing\b[^;:!?\x00]{0,160},\s+(?=(?:he|she|they|we|I)\b|[A-Z])")
CONTRAST = re.compile(r"\s*(?:In contrast|By contrast|Meanwhile|Still|Instead|However|Yet|Likewise|Similarly),")
# A sentence opening with he/she, after at most one opening word ("Later, she …");
# `PRONOUN_SUBJECT` also takes a lower-case one, for text read after an opening clause.
PRONOUN_LEAD = re.compile(r"\s*(?:[A-Z]\w*,?\s+)?(He|She)\b")
PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z]\w*,?\s+)?(He|She|he|she)\b")
# First-person words: a quoted span holding one is somebody's utterance.
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")  # "I’m", "we’ve" too
THE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)
DASHES = ("--", "—", "–")
# A dashed aside closing right before a verb: "Doe -- who lost in 2008 -- said".
DASH_APPOSITION = re.compile(r"(?<=\w)(\s*(?:--|—|–)\s*)((?:(?!--)[^—–\n]){3,180}?)\s*(?:--|—|–)$")
# Words opening a clause whose people are not the sentence's main subject.
SUBORDINATOR = re.compile(
    r"\b(?:[Ww]hen|[Ww]here|[Aa]fter|[Bb]efore|[Uu]ntil|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Ii]f|[Ww]hether|[Ww]ho|[Ww]hom|[Ww]hose"
    r"|[Ww]hich|[Ww]hile|[Oo]nce)\b"
)
# Phrases opening a sentence before its subject: "In 2009, however, when Congress passed the
# bill, he called it …". Each ends at a comma; `CLAUSE_OPENERS` skips any run of them.
CLAUSE_OPENERS = re.compile(
    r"(?:\s*(?:(?:In|At|On|During|After|Before|Since|From|Following|Later|Earlier|Last|This|Next|Back|Ever|Even|Long"
    r"|Shortly|Soon|Throughout|Within|Amid|Despite|Across)\b[^,;:\x00]{0,120}"
    r"|(?:[Ii]n contrast|[Bb]y contrast|[Mm]eanwhile|[Ss]till|[Ii]nstead|[Hh]owever|[Yy]et|[Tt]hough|[Aa]lso|[Tt]hen)"
    r"|(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]s|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Ii]f|[Oo]nce|[Uu]ntil)\b"
    r"[^,;:\x00]{0,160}),)+"
)
# A transcript turn opening a quote: "WALLACE: Let's start …", "SEN. DOE: …".
TURN = re.compile(r"\s*([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,2}):\s")
UNNAMED_TURNS = frozenset(
    {
        "VIDEO",
        "AUDIO",
        "CROSSTALK",
        "UNIDENTIFIED MALE",
        "UNIDENTIFIED FEMALE",
        "UNKNOWN",
        "PARTICIPANT",
        "AUDIENCE",
        "AUDIENCE MEMBER",
        "QUESTION",
        "ANSWER",
        "MODERATOR",
        "ANNOUNCER",
        "NARRATOR",
        "REPORTER",
        "CROWD",
        "MALE",
        "FEMALE",
    }
)
TURN_TITLES = frozenset("MR MRS MS MISS DR SEN REP GOV PRES PROF GEN REV".split())
NOT_SPEAKERS = frozenset(
    {
        "UPDATE",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "CORRECTION",
        "PHOTO",
        "WATCH",
        "READ MORE",
        "AP",
        "UPI",
        "Q",
        "A",
    }
)
PARTY_TAG = re.compile(r"(?<=\w) \((?:[DRI]|Dem|Rep|Ind|Lab|Con|LD|SNP)(?:[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)")
AGE = re.compile(r"(\d{1,3})-year-old")
# Roles whose holder a description names only when the article named one: "the council
# spokesperson said" with no spokesperson named is somebody unnamed, never the mayor before.
UNNAMED_ROLES = frozenset("spokesperson spokesman spokeswoman".split())
# Heads of descriptions of a person beyond `names.PERSON_NOUNS` ("the teenager said", "the
# Acme boss said", "the winger said"): words a story calls somebody it named before.
DESCRIPTION_NOUNS = frozenset(
    """teenager teen youngster pensioner retiree boss star rookie skipper pitcher quarterback forward
    winger batsman bowler rider cyclist swimmer boxer fighter golfer runner sprinter athlete tycoon
    magnate mogul mum mom dad grandma grandpa champion titleholder finalist medallist medalist olympian
    footballer cricketer jockey skier gymnast playmaker keeper cleric imam rabbi dissident
    oligarch playwright composer lecturer pontiff""".split()
)
# Descriptions a story mostly gives its unnamed sources ("the official said", "the
# witness recalled"): they name a person only by a role given to a name, never as the
# default of the one person a far paragraph named or the person the article is about.
ANONYMOUS_ROLES = frozenset(
    """official officials source witness resident expert analyst observer insider aide staffer employee
    worker neighbour neighbor voter supporter critic user fan colleague friend passenger customer""".split()
)
# Descriptions by age and the ages they cover: "Mia Holt, 16," is "the teenager", never
# "the pensioner".
AGE_WORDS: dict[str, tuple[int, int]] = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "boy": (0, 17),
    "girl": (0, 17),
    "youngster": (5, 21),
    "pensioner": (60, 120),
    "retiree": (50, 120),
}
_LAWMAKERS = frozenset(
    """sen senator rep representative congressman congresswoman mp mep msp mla assemblyman assemblywoman
    councillor councilor councilman councilwoman councilmember alderman lawmaker legislator""".split()
)
_EXECUTIVES = frozenset("ceo cfo coo executive chief chairman chairwoman chair founder co-founder cofounder".split())
# What a description's head noun covers among the roles a name was given (its titles, lower
# case and bare, and role words): "the senator" is "Sen. Jo Dee", "the lawmaker" any member
# of a legislature, "the executive" a chief executive or chair ("Acme CEO Jo Dee").
ROLE_KINDS: dict[str, frozenset[str]] = {
    "doctor": frozenset("dr physician surgeon".split()),
    "senator": frozenset({"sen"}),
    "representative": frozenset({"rep"}),
    "congressman": frozenset({"rep"}),
    "congresswoman": frozenset({"rep"}),
    "governor": frozenset({"gov"}),
    "professor": frozenset({"prof"}),
    "general": frozenset({"gen"}),
    "captain": frozenset({"capt"}),
    "sergeant": frozenset({"sgt"}),
    "lieutenant": frozenset({"lt"}),
    "colonel": frozenset({"col"}),
    "detective": frozenset({"det"}),
    # "Mrs Justice Jo Dee", a High Court judge's style, is "the judge"; so is a magistrate.
    "judge": frozenset("justice magistrate".split()),
    "lawmaker": _LAWMAKERS,
    "legislator": _LAWMAKERS,
    "politician": _LAWMAKERS
    | frozenset("minister mayor governor gov president premier chancellor candidate leader".split()),
    "executive": _EXECUTIVES,
    "boss": _EXECUTIVES | frozenset({"manager", "coach", "head"}),
    "officer": frozenset("sgt det lt capt constable sheriff sergeant detective inspector trooper".split()),
}
# A party tag after a name ("Jo Dee (D-Ohio)") and the capitalised description it makes
# of its holder ("the Ohio Democrat").
PARTY_TAG_LETTER = re.compile(r"\s*\((D|R|I)[-–\s]")
PARTY_OF_LETTER = {"D": "Democrat", "R": "Republican", "I": "Independent"}
FEMALE_ROLES = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman actress mother woman queen princess wife daughter "
    "sister girl grandmother granddaughter aunt niece widow girlfriend fiancee fiancée councilwoman mum mom "
    "grandma".split()
)
MALE_ROLES = frozenset(
    "spokesman chairman congressman businessman actor father man king prince husband son brother boy "
    "grandfather grandson uncle nephew widower boyfriend councilman dad grandpa".split()
)

# "… and told", "… but then unanimously urged", "…, said": a verb joined to the sentence's first.
COORDINATED = re.compile(r"(?:\b(and|but)|,)\s*(?:(?:then|also|later|again|[a-z]+ly)\s+){0,2}$")
# Speech verbs as participles: "with Lind noting …", "with Doe saying …".
SPEECH_PARTICIPLES = frozenset(
    """saying telling adding noting remarking stating warning arguing explaining writing insisting recalling
    asking replying claiming declaring announcing acknowledging admitting observing commenting responding
    answering suggesting emphasising emphasizing stressing conceding predicting promising vowing boasting
    complaining lamenting joking quipping calling describing tweeting posting urging""".split()
)
COORDINATED_ING = re.compile(r"\w+ing\b")
_NOUN_BEFORE_PLURAL = re.compile(
    r"(?:\w[’']s?|\w+-\w+-\w+|\b(?:[Ii]n|[Ww]ith|[Dd]uring|[Aa]fter|[Bb]efore|[Ff]rom)(?:\s+[a-z]+ed)?)\s+$"
)
# "her closing remarks", "his opening comments": things said, owned and described, not a verb.
_OWNED_MODIFIED = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+[a-z]+(?<!ly)\s+$", re.IGNORECASE)
_TALK_NOUNS = frozenset("remarks comments notes claims answers replies jokes".split())
_NOUN_BEFORE = re.compile(r"\b(the|a|an|its|their|his|her|these|those|our|of|and)\s+$", re.IGNORECASE)


# "Reflect" reports speech only with no object ("“…,” she reflected"): with one ("the rise
# reflected “market conditions”", "it reflects the mood") it says what something shows.
_ADD_TO = re.compile(r"\s+to\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b")
_REFLECT_OBJECT = re.compile(r"\s+(?:\x00|(?:the|a|an|its|their|his|her|what|how)\b)|\s+$")


def is_noun_use(text: str, verb: re.Match[str], pos: int = 0) -> bool:
    """A speech-verb look-alike after a determiner is a noun ("his comments", "the states");
    "reflected" with an object is no speech at all (see `_REFLECT_OBJECT`)."""
    before = _NOUN_BEFORE.search(text, max(pos, verb.start() - 12), verb.start())
    if before is not None and (before.group(1).lower() != "and" or verb.group() in _TALK_NOUNS):
        # After "and" only a noun for talk is a noun ("his remarks and comments"); a verb
        # joined by it ("Dee called a reporter and said, “…”") is speech.
        return True
    if verb.group().startswith("reflect") and _REFLECT_OBJECT.match(text, verb.end()):
        return True
    if verb.group().startswith("add") and _ADD_TO.match(text, verb.end()):
        return True  # "adds to the story", "added to the pressure": no speech
    if verb.group() == "telling" and not text[pos : verb.start()].rstrip().endswith(","):
        # Speech only as a participle after its clause (", telling reporters"), not a
        # modifier ("the man telling the story", "a telling sign").
        return True
    # "Trump's comments", "his over-the-top remarks", "in prepared remarks": a plural
    # after a possessive, a compound adjective or a preposition is a noun, also opening
    # its sentence ("In posts to the forum, Dee …").
    if verb.group() in _TALK_NOUNS and _OWNED_MODIFIED.search(text, max(pos, verb.start() - 30), verb.start()):
        return True
    return (
        verb.group().endswith("s")
        and _NOUN_BEFORE_PLURAL.search(text, max(pos, verb.start() - 30), verb.start()) is not None
    )


def verb_search(text: str, pos: int) -> re.Match[str] | None:
    """The first speech verb from `pos` that is not a noun after a determiner
    ("one of the states that sued, said": "states" is not the verb)."""
    verb = SPEECH.search(text, pos)
    while verb is not None and is_noun_use(text, verb, pos):
        verb = SPEECH.search(text, verb.end())
    return verb


# Endings of occupations ("meteorologist", "astronomer", "surveyor", "librarian").
_OCCUPATION_ENDINGS = ("ist", "er", "or", "ian")


# Words that open a clause, which a role phrase never holds.
_CLAUSE_WORDS = frozenset("who whom whose which that".split())
# Words a role phrase never holds: personal pronouns (not the possessive "her", as in "her
# husband Jo Dee"), auxiliaries and modals, and negation: they make a clause.
_NOT_IN_ROLES = frozenset(
    """i you he she it we they me him us them is are was were be been being am has have had do does did
    will would can could shall should may might must not never
    while whereas although though because unless""".split()
)
"""(And subordinating conjunctions: '“…,” while Sen. Jo Dee suggested …' opens another
clause, whose subject says something else.)"""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Words before an employer in a role phrase: "former Acme speechwriter".
_LEADING_MODIFIERS = frozenset("former longtime veteran".split())

# Punctuation that a run of role words never holds.
_PHRASE_BREAK = re.compile(r"[,;:!?\u2014\u2013]")


# Longer than any run of role words (ten words at most): text this long is read as no role
# without splitting it into words (a sentence of thousands of quoted titles asks per title).
_ROLE_CHARS = 200


def only_role_words(text: str) -> bool:
    """A role before a name, no punctuation: "the", "manager", "state Sen.", "Merriman chief executive"."""
    if len(text) > _ROLE_CHARS or MASK in text or _PHRASE_BREAK.search(text):
        return False
    words = text.split()
    if any(w in _CLAUSE_WORDS for w in words):
        # "one source who identified (Reed)": a relative clause, not a role phrase.
        return False
    if any(w in _NOT_IN_ROLES for w in words):
        # "(said) they could not support (Ortiz)": a clause with its own subject and verb.
        return False
    if 5 < len(words) <= 10 and " and " in text:
        # "former Harbour Line engineer and Tideway inventor": two roles joined.
        parts = text.split(" and ")
        return len(parts) == 2 and all(part.split() and only_role_words(part) for part in parts)
    if len(words) > 5:
        return False
    if 2 <= len(words) <= 4 and _ORDINAL.fullmatch(words[-1]) and all(w[:1].isupper() for w in words[:-1]):
        # "Coast Guard 1st (Lt. Dana Cole)": a unit, then the ordinal of the rank the name carries.
        return words[0] not in _SENTENCE_OPENERS
    if len(words) >= 3 and words[0] in _LEADING_MODIFIERS and words[1][:1].isupper():
        # "former Brandt Mills speechwriter": a leading "former" before an employer and occupation.
        return only_role_words(" ".join(words[1:]))
    if words and words[-1].lower() in PERSON_NOUNS and words[0] not in _SENTENCE_OPENERS:
        return True
    if (
        2 <= len(words) <= 4
        and words[-1].islower()
        and words[-1].endswith(_OCCUPATION_ENDINGS)
        and words[0][:1].isupper()
        and words[0] not in _SENTENCE_OPENERS
    ):
        # "Harbour Radio meteorologist", "Acme hydrologist": the employer, then an
        # occupation the role list lacks.
        return True
    if 2 <= len(words) <= 3 and words[-1] in ORG_NOUNS and words[0] not in _SENTENCE_OPENERS:
        # "Tulsa police Chief Chuck Jordan": the force he heads stands before his title.
        return True
    return (
        len(words) <= 4
        and all(
            w[:1].islower()
            or w.rstrip(".") in ("Sen", "Rep", "Gov", "Dr", "Mr", "Mrs", "Ms")
            # "Pakistan-based developer", "Paris-born designer": a compound adjective.
            or ("-" in w and w.rsplit("-", 1)[1][:1].islower())
            for w in words
        )
    )


def is_title_case(text: str, least: int = 2) -> bool:
    """Two words at least, and `least` words of four letters or more, each capitalised."""
    words = WORDS.findall(text)
    if len(words) < 2:
        return False
    significant = 0
    for w in words:
        if len(w) > 3:
            if not w[0].isupper():
                return False  # most texts: a sentence fails at its first long lower-case word
            significant += 1
    return significant >= least


# A person's own body, which issues their words: "Reed's office said", "the Reed campaign
# explained" (the office or campaign speaks for the person; "Reed's publicist" is somebody
# else, unnamed).
OWN_BODIES = frozenset("office campaign camp team".split())
# A person's own texts and outlets, which speak their words after a possessive: "Cole’s
# statement said", "her Twitter account posted", "His campaign plan promises".
OWN_TEXTS = ISSUED_TEXTS | frozenset("account page feed blog column book plan website site speech remarks".split())


# Offices written short in headlines: "PM: ‘…’", "the PM said".
ROLE_ABBREVIATIONS: dict[str, str] = {"pm": "prime minister"}
# A capitalised label of up to three words before a colon, "The" allowed: "PM: ",
# "Chancellor: ", "The Prime Minister: ", "Rovers boss: " (group 1, the label's words).
_ROLE_LABEL = re.compile(r"\s*(?:The\s+)?((?:[\w’'.-]+\s+){0,2}[\w’'.-]+)\s*:\s*")


def role_label(head: str) -> str | None:
    """The office a headline's or kicker's label names, in lower case, when the label
    is an office and nothing else: "PM: ‘…’" → "prime minister", "Chancellor: “…”" →
    "chancellor", "Foreign Secretary: " → "foreign secretary", "Rovers boss: " → "boss".
    Its last word is a role noun (`names.PERSON_NOUNS`, `DESCRIPTION_NOUNS`) or an
    office written short; the words before it are capitalised qualifiers of the office
    (not given names: "Jo Coach: " is a person). None for any other label."""
    label = _ROLE_LABEL.fullmatch(head)
    if label is None:
        return None
    words = label.group(1).split()
    last = words[-1].lower().rstrip(".")
    last = ROLE_ABBREVIATIONS.get(last, last)
    if last not in PERSON_NOUNS and last not in DESCRIPTION_NOUNS and last not in ROLE_ABBREVIATIONS.values():
        return None
    if last in ("man", "woman", "boy", "girl", "star", "host", "mother", "father", "friend"):
        return None
    if any(w in FIRST_NAMES for w in words[:-1]):
        return None
    return " ".join([*(w.lower() for w in words[:-1]), last])
