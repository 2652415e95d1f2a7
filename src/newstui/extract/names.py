"""Names in news text: find capitalised mentions and tie them to one entity.

Pure heuristics on the shape of words (no name lists beyond a few common first
names for gender, and short lists of places and organisations that speak in the
news). Used by `quotes.py` to name speakers: a later "Lavrov" or "Mr. Lavrov"
resolves to "Sergei Lavrov" as first mentioned.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["person", "org", "place", "unknown"]
Gender = Literal["m", "f"] | None

# Honorifics and titles that stand before a name and are not part of it.
# Compared case-sensitively with the trailing dot removed.
TITLES: frozenset[str] = frozenset(
    """Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Father Sister Brother
    Rabbi Imam Sheikh Sheik Pope Cardinal Archbishop Bishop King Queen Prince Princess Emir Sultan
    Crown President President-elect Vice Prime Minister Ministers Secretary Secretary-General
    Chancellor Premier Senator Sen Rep Representative Congressman Congresswoman Gov Governor
    Lt Lieutenant Mayor Judge Justice Chief Executive Officer Director Chairman Chairwoman Chair
    Chairperson CEO CFO COO General Gen Col Colonel Maj Major Capt Captain Sgt Sergeant Cpl Corporal
    Pvt Private Adm Admiral Commander Cmdr Marshal Field Brig Brigadier Ambassador Envoy Spokesman
    Spokeswoman Spokesperson Speaker Leader Commissioner Attorney Prosecutor District Coach Manager
    Deputy Assistant Acting Former Inspector Detective Det Superintendent Supt Sheriff Constable
    Founder Co-founder Cofounder Head Counsel Adviser Advisor Economist Analyst Editor Dean Provost
    Rector Chief-of-staff Minister-President Patriarch Ayatollah Grand Mufti Pastor Elder Senior
    Junior Associate Agent Trooper Chef Dr. Mr. Mrs. Ms. Prof. Sen. Rep. Gov. Gen. Lt.
    Col. Maj. Capt. Sgt. Adm. Rev. Det. Supt. Hon Honourable Honorable MP MEP Bundeskanzler
    Bundeskanzlerin Kanzler Kanzlerin Präsident Präsidentin Ministerin Président Présidente
    Ministre Presidente Ministro Ministra Senador Senadora Député Abgeordnete
    Supervisor Alderman Alderwoman Comptroller Treasurer Taoiseach Tanaiste Tánaiste Councillor Cllr
    Cllr. Baroness Viscount Viscountess Duchess Countess Marquess Solicitor Barrister Coroner
    Magistrate PM Dona Doña Mestre Del. Const Const. Cst Cst. Insp Insp.""".split()
)
# "Del." (Delegate) only with its dot: "Del" alone is a given name ("Del Reeves").
# Department words between a title and a name: "Secretary of State Marco Rubio"; "Staff"
# of "Chief of Staff Mara Quill" alike (the office's last word, never the person's).
DEPARTMENTS: frozenset[str] = frozenset(
    """State Defense Defence Treasury Commerce Energy Health Labor Labour Justice Interior
    Agriculture Education Transportation Transport Homeland Security Foreign Affairs Home Finance
    Economy Trade War Culture Environment Immigration Veterans Housing Staff""".split()
)
MALE_TITLES = frozenset("Mr Sir Lord King Prince Father Brother Congressman Spokesman Chairman Sultan Emir".split())
FEMALE_TITLES = frozenset("Mrs Ms Miss Dame Lady Queen Princess Sister Congresswoman Spokeswoman Chairwoman".split())
# Lowercase particles inside names: "Ursula von der Leyen", "Mohammed bin Salman".
PARTICLES: frozenset[str] = frozenset(
    "de da di do dos das du del della der den van von ter ten bin ibn bint al el le la los las y zu af des dei degli "
    "dal dalla vom zur".split()
)
SUFFIXES: frozenset[str] = frozenset("Jr Jr. Sr Sr. II III IV".split())
# Letters after a name (honours, degrees, offices, silk): "Jo Hale QC", "Ann Ray MEP", "Lee Chu PhD".
POST_NOMINALS: frozenset[str] = frozenset(
    """QC KC SC MP MEP MSP MLA MS AM TD OBE MBE CBE KBE DBE GBE BEM OM CH JP PhD DPhil MD FRS RA
    Esq Esq.""".split()
)
# Counts and spans of time ("Minutes after the vote,", "Ten days later,"): no name when
# they open a sentence; inside one, capitalised before a capitalised word, they open a
# name ("“…,” Five Guys said", "a song by Twenty Bridges").
_COUNT_LEADS: frozenset[str] = frozenset(
    """Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty Forty Fifty
    Hundreds Thousands Millions Dozens Seconds Minutes Hours Days Weeks Months Years Moments""".split()
)
# Words labelling a recording or its text before a quote ("Transcript: “…”"): dropped at the
# start of a run of one word, kept opening a body's name ("the Recording Academy").
_MEDIA_LABELS: frozenset[str] = frozenset("Audio Audiotape Videotape Transcript Footage Recording".split())
# Capitalised words that begin sentences or headings and are never names.
STOP: frozenset[str] = (
    frozenset(
        """The A An And But Or Nor So Yet For If When While Whilst After Before Since Until As At By In
    On Of Off Out Up To From With Without Within Into Onto Upon Over Under About Above Below Across
    Along Amid Among Around Behind Beside Besides Between Beyond Despite During Except Inside Near Outside
    Through Throughout Toward Towards Unlike Via This That These Those It Its It's He She They We I
    You His Her Their Our My Your Him Them Us Me There Here Then Now Still Also Even Just Only Yes No
    Not However Meanwhile Moreover Furthermore Nevertheless Indeed Instead Thus Hence Therefore Asked
    Speaking According Describing Adding Saying Noting Although Though Because Once Whether Where What Who Whom Whose
    Which Why How All Some Many Most Much More Few Both Each Every Either Neither Any None Several
    Such Other Another Last Next First Second Third Earlier Later Today Tonight Yesterday Tomorrow
    Mister Madam Madame Dear Hello Oh Well Please Thanks Thank Sorry Like Let Lets Do Does Did
    Is Are Was Were Be Been Has Have Had Will Would Can Could Should Must May Might Shall Sources
    Source Officials Official Police Analysts Critics Residents Witnesses People Experts Reporters
    Updated Published Read Watch Listen Photo Image Video Editing Reporting Additional Writing
    Exit Home Share Subscribe Advertisement Related Conclusion One Everyone Everybody Everything
    Nobody Somebody Someone Anyone Anybody""".split()
    )
    | _MEDIA_LABELS
    | _COUNT_LEADS
)
# Months that are also first names or surnames ("Theresa May", "Jan Nowicki") break a
# name only when a date follows or they stand first.
# "New" starts "New Year" but also "New Hampshire", "New York Times".
_AMBIGUOUS_DATES = frozenset("May June April August Jan Mar Jun Eve Day Week Month New".split())
# STOP words that are nouns: dropped at the start of a run, kept inside ("Greater Manchester Police").
LEADING_ONLY: frozenset[str] = (
    frozenset(
        """Sources Source Officials Official Police Analysts Critics Residents Witnesses People Experts
    Reporters Updated Published Read Watch Listen Photo Image Video Editing Reporting Additional
    Writing Exit Home Share Subscribe Advertisement Related Conclusion Mister Madam Madame Dear
    Hello Thanks Thank Sorry Please Well One""".split()
    )
    | _COUNT_LEADS
    | _MEDIA_LABELS
)
MONTHS_DAYS: frozenset[str] = frozenset(
    """January February March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Christmas Easter New Year Eve Day Week Month Ramadan Eid Thanksgiving Halloween""".split()
)
# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    """Ministry Department Dept House Office Party Council Union Nations University College
    Institute Bank Corp Corporation Inc Ltd LLC Plc PLC Co Company Group Court Agency Committee
    Commission Times Post Journal News Press Service Services Foundation Association Organization
    Organisation Fund Army Navy Force Forces Police Guard Administration Government Parliament
    Congress Senate Assembly Bureau Board Authority Center Centre Hospital School Church Club FC
    Airlines Airways Motors Technologies Systems Holdings Partners Capital Media Network Networks
    Embassy Mission Federation Alliance Coalition Movement Front Brigade Brigades Command Cabinet
    Secretariat Tribunal Reserve Exchange Labs Studios Pictures Records Games
    Show Live
    Energy Oil Petroleum Pharmaceuticals Insurance Trust Society League Programme Program
    Ministry's Kremlin Pentagon Vatican Reuters Bloomberg Interfax TASS Tass Xinhua Hamas Hezbollah
    Taliban Google Apple Microsoft Amazon Meta Tesla OpenAI Facebook Twitter Instagram TikTok
    YouTube Netflix Boeing Airbus Gazprom Rosneft Nvidia Intel Samsung Toyota Volkswagen UN EU NATO
    Interpol Europol Ofcom Ofgem Medicare Medicaid WHO IMF FBI CIA Foods Markets Stores Brands
    Industries Enterprises Solutions Resources Pharma Therapeutics Biosciences Logistics Mining
    Communications Entertainment Ventures Investments Financial Securities Bancorp Airline Motor
    Automotive Steel Chemicals Software Robotics Semiconductor Electric Telecom Mobile Health
    Healthcare Hotels Resorts Realty Properties Railways Railway Shipping Gas Power
    Report Survey Magazine Review Podcast AI
    International Watch Operations Relief Crescent Amnesty Greenpeace Oxfam Unicef
    Homes Brewing Brewery Brewers Distillers Construction Developments Retail Supermarkets Bakery
    Farms Dairy Water Utilities Airport Aviation Cinemas Fashion Clothing Publishing Books""".split()
)
# Places that speak in the news ("Russia said") or sit before names; not persons.
PLACES: frozenset[str] = frozenset(
    """Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
    Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China
    Colombia Congo Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt England Estonia Ethiopia Europe
    Africa Asia America Americas Finland France Georgia Germany Ghana Greece Guatemala Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya
    Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta
    Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua
    Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal
    Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain
    Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan
    Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Gaza Crimea
    Donbas Kursk Kharkiv Kherson Kyiv Kiev Moscow Washington London Paris Berlin Beijing Tokyo Rome
    Madrid Brussels Jerusalem Tehran Baghdad Damascus Beirut Cairo Ankara Istanbul Warsaw Vienna
    Geneva Delhi Mumbai Seoul Pyongyang Bangkok Jakarta Manila Sydney Melbourne Toronto Ottawa
    Montreal Chicago Boston Texas California Florida Ohio Michigan Arizona Nevada Alaska Hawaii
    Brooklyn Manhattan Hollywood Westminster York Dubai Riyadh Doha Kabul Islamabad
    Minsk Tbilisi Baku Yerevan Odesa Odessa Mariupol Bakhmut Donetsk Luhansk Zaporizhzhia Belgorod
    Lagos Nairobi Johannesburg Pretoria Kinshasa Khartoum Tripoli Rafah Sahara Balkans Baltic Caucasus
    U.S. US U.K. UK USA Alabama Arkansas Colorado Connecticut Delaware Idaho Illinois Indiana Iowa
    Kansas Kentucky Louisiana Maryland Massachusetts Minnesota Mississippi Missouri Nebraska
    Oklahoma Oregon Pennsylvania Tennessee Utah Vermont Wisconsin Wyoming Carolina Dakota
    Ontario Quebec Alberta Manitoba Saskatchewan""".split()
)
# Words that name a place only beside their partner ("Khan Yunis", "Capitol Hill", "West
# Bank", "Saudi Arabia"): alone, most are surnames or common nouns ("Khan", "Hill", "West").
PLACE_PARTS: frozenset[str] = frozenset(
    """Silicon Valley Wall Street Downing Capitol Hill Los Angeles San Francisco Diego Las Vegas
    Hong Kong Khan Yunis Tel Aviv West Bank Strait Gulf Sea Ocean River Island Islands Mountains
    Lake Avenue Square Road Kingdom Republic States Emirates Arabia Saudi Zealand Sri Lanka""".split()
)
# Last words of place names ("Dluga Street") and first words ("St. Luke's").
PLACE_LAST: frozenset[str] = frozenset(
    """Street St Avenue Ave Road Rd Boulevard Lane Square Plaza Bridge River Sea Ocean Lake Bay
    Island Islands Valley Mountains Mountain Hills County City Province Region District State
    Airport Station Stadium Arena Palace Cathedral Mosque Temple Beach Coast Desert Forest
    Strait Gulf Canal Peninsula Heights Village Town""".split()
)
# Compass words and "United" open place names ("South Carolina", "North America", "United
# Kingdom") and never a person's name.
PLACE_FIRST: frozenset[str] = frozenset(
    """St. Saint Mount Mt. Lake Fort Camp Port San Santa Los Las New North South East West Northern Southern
    Eastern Western Central United""".split()
)
# Demonyms before a title ("Russian Foreign Minister ...").
DEMONYM_SUFFIXES = ("ian", "ese", "ish", "ean", "an", "i", "ic")

ABBREVIATIONS: frozenset[str] = frozenset(
    """Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Rev Det Supt St Jr Sr Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec No Vol Inc Corp Co Ltd vs etc Mt Ft Cpl Pvt Cmdr Brig
    Hon Mx Del Const Cst Insp""".split()
)

MALE_NAMES: frozenset[str] = frozenset(
    """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
    Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
    Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam
    Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah
    Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert
    Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby
    Philip Johnny Mike Bill Tom Tim Jim Bob Ben Sam Dan Dave Steve Rick Chris Nick Pete Boris Vladimir
    Sergei Sergey Dmitry Dmitri Alexei Alexey Ivan Mikhail Nikolai Andrei Yuri Igor Oleg Viktor Volodymyr
    Olexander Oleksandr Oleksiy Andriy Mykhailo Petro Emmanuel Olaf Friedrich Keir Rishi Narendra
    Xi Recep Mohammed Muhammad Mohammad Ahmed Ali Hassan Hussein Omar Abdullah Khalid Ibrahim
    Yusuf Mustafa Antonio Luis Carlos Javier Pedro Miguel Jorge Manuel Francisco Mario Marco
    Matteo Luca Giuseppe Pierre Jean Jacques Francois François Hans Klaus Wolfgang Jurgen
    Jürgen Lars Erik Jens Rafael Fernando Diego Felipe Pablo Elon Jeff Bernie Mitch Chuck Ted Rand
    Lindsey Hakeem Rudy Hunter Barack Kim Jong Joko Cyril Bola Jair Lula Gustavo
    Andres Andrés Abe Fumio Shinzo Yoon Moon Lee Sundar Satya Jensen Warren Jamie Howard
    Giovanni Alessandro Francesco Lorenzo Stefano Paolo Roberto Massimo Sergio Enrico Fabio Gianluca
    Riccardo Philippe Nicolas Olivier Laurent Michel Alain Thierry Didier Julien Mathieu Sébastien
    Antoine Gérard Bruno Yves Christophe Benoît Édouard Markus Stefan Andreas Martin Jörg Uwe Dieter
    Horst Helmut Gerhard Heinz Karl Matthias Sebastian Tobias Florian Johannes Armin Geert Pieter Frans
    Joost Ruud Magnus Anders Henrik Sven Björn Jonas Mikael Jukka Antti Sauli Petteri Andrzej Jarosław
    Mateusz Tomasz Piotr Krzysztof Paweł Marcin Radosław Lech Petr Jiří Zoltán László Alberto
    Alejandro Gonzalo Ricardo Rodrigo Emilio Enrique Ernesto Esteban Guillermo Hugo Ignacio Jaime
    Joaquín Julio Mauricio Nicolás Raúl Sebastián Álvaro Nayib João Marcelo Tiago Thiago Aleksandr
    Vasily Nikolay Anatoly Gennady Maxim Maksim Denys Denis Yevgeny Evgeny Pavel Vitaly Valery
    Ramzan Kirill Konstantin Arseniy Taras Vadym Ruslan Mahmoud Abdel Abdul Salman Faisal Hamad Tamim
    Bashar Hamid Hossein Hasan Mehmet Ahmet Kemal Ekrem Masoud Ebrahim Ismail Ayman Yahya Yair
    Naftali Isaac Yitzhak Moshe Itamar Bezalel Rahul Amit Arvind Rajnath Shashi Imran Shehbaz Nawaz
    Asif Bilawal Rajiv Sanjay Vijay Manmohan Piyush Nitin Sachin Virat Rohit Uhuru Emmerson Abiy
    Yoweri Muhammadu Olusegun Julius Thabo Félix Macky Ousmane Alassane Mamadou Moussa Idriss Shigeru
    Yoshihide Hiroshi Kenji Takeshi Lionel Cristiano Kylian Erling Novak Carlo Mikel Unai Enzo
    Neymar""".split()
)
FEMALE_NAMES: frozenset[str] = frozenset(
    """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
    Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
    Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
    Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
    Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan
    Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
    Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa
    Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kamala Hillary Alexandria
    Ilhan Marjorie Nikki Kristi Karoline Tulsi Liz Kate Jane Jill Melania Ivanka Ursula
    Giorgia Marine Annalena Kaja Mette Sanna Jacinda Yvette Kemi Olena Yulia
    Iryna Natalia Natalya Svetlana Olga Tatiana Tatyana Elena Irina Anastasia Ekaterina Yekaterina
    Fatima Aisha Leila Layla Mariam Maryam Sofia Sophie Claire Camille Chloe Anne Ana Carmen Lucia
    Isabel Gabriela Claudia Dilma Sheikh Hasina Indira Benazir Aung Tsai Ingrid Greta Taylor Beyonce
    Oprah Serena Venus Simone Meghan Kirsty Shabana Sonia Priya Ritu Sunita
    Chiara Francesca Giulia Elisabetta Federica Valentina Alessandra Silvia Paola Roberta Ségolène
    Brigitte Valérie Nathalie Isabelle Sylvie Élisabeth Elisabeth Amélie Céline Agnès Rachida Annegret
    Katharina Sahra Svenja Franziska Julia Petra Sabine Heike Ricarda Saskia Magdalena Ebba Agnieszka
    Katarzyna Małgorzata Beata Ewa Joanna Marta Zuzana Jana Katalin Judit Yolanda Pilar Dolores
    Cristina Beatriz Lucía Mercedes Rocío Xiomara Marina Gleisi Lyudmila Galina Nadezhda Daria Alina
    Viktoria Kateryna Olha Ksenia Maia Rania Noor Nour Amina Zainab Hanan Huda Samira Salma Yasmin
    Yasmine Asma Meral Ayşe Emine Zeynep Elif Golda Tzipi Ayelet Orit Nirmala Smriti Sushma Mamata
    Priyanka Kavita Anjali Deepika Sania Malala Ngozi Chimamanda Fatou Aminata Ellen Samia Winnie
    Nkosazana Thandi Naledi Yuriko Sanae Naomi Coco Iga Aryna Alexia Aitana Caitlin Kristalina
    Chrystia""".split()
)
# Words in a lower-case description or apposition that mark a person ("the 56-year-old").
PERSON_NOUNS: frozenset[str] = frozenset(
    """minister president senator official spokesman spokeswoman spokesperson envoy executive
    director chairman chairwoman chair lawmaker legislator governor mayor secretary chancellor
    premier leader coach manager player striker midfielder defender goalkeeper captain analyst
    economist professor researcher scientist developer programmer author writer lawyer attorney judge prosecutor officer
    general commander ambassador diplomat candidate congressman congresswoman representative
    founder ceo chief head adviser advisor actor actress singer star musician artist mother father
    woman man boy girl resident witness victim doctor nurse physician veteran billionaire
    entrepreneur investor banker businessman businesswoman activist campaigner organiser organizer
    strategist pollster historian expert teacher student farmer owner priest pastor bishop pope
    king queen prince princess emir sheikh monarch rapper comedian producer
    filmmaker novelist poet journalist reporter editor columnist commentator host presenter
    republican democrat conservative liberal socialist councillor councilor commissioner inspector
    detective sheriff superintendent sergeant soldier pilot driver worker employee engineer
    designer architect mp speaker deputy aide officials incumbent challenger
    nominee pick appointee survivor astronaut shopkeeper firefighter paramedic plumber
    builder mechanic chef photographer electrician carpenter fisherman fishermen trucker miner
    shopowner storeowner vendor bartender waiter cashier clerk librarian accountant consultant
    therapist psychologist psychiatrist surgeon dentist pharmacist veterinarian midwife
    lieutenant colonel corporal private admiral marshal brigadier councilmember
    councilwoman councilman assemblyman assemblywoman alderman biologist chemist physicist
    geologist glaciologist epidemiologist virologist sociologist ecologist
    neuroscientist astronomer mathematician wife husband son daughter brother sister grandmother
    grandfather grandson granddaughter partner friend neighbour neighbor colleague cousin uncle
    aunt niece nephew fiance fiancé fiancee fiancée girlfriend boyfriend widow widower
    agent operative delegate supporter critic staffer anchor correspondent contributor surrogate
    donor lobbyist negotiator observer blogger scholar counsel administrator voter planner
    coordinator boss""".split()
)
ORG_NOUNS: frozenset[str] = frozenset(
    """ministry company firm department agency government kremlin pentagon military army police
    group organisation organization bank court office embassy council committee commission campaign
    party union airline carrier retailer manufacturer maker startup club team network broadcaster
    newspaper regulator watchdog authority authorities administration cabinet parliament
    federation alliance coalition movement service institute university school hospital charity
    foundation fund board bloc trust association society chamber academy assembly senate
    legislature tribunal bureau consortium cooperative museum church""".split()
)


@dataclass(slots=True)
class Entity:
    """One person or organisation as the article names it."""

    name: str
    """The full name as first mentioned (titles stripped)."""
    kind: Kind
    gender: Gender = None
    roles: set[str] = field(default_factory=set)
    """Lower-case role words from titles and appositions ("minister", "envoy")."""
    age: int | None = None
    _split: tuple[str, list[str]] | None = field(default=None, init=False, repr=False, compare=False)
    """The name and its words as last split (see `tokens`)."""

    @property
    def tokens(self) -> list[str]:
        """The name's words (read only: the list is shared until the name changes)."""
        # The scan and the resolver ask for them about a million times over a few thousand
        # articles while a name seldom changes (a bare surname upgraded to a full name); the
        # cache saves re-splitting, and a new name string is split anew.
        split = self._split
        if split is None or split[0] is not self.name:
            split = self._split = (self.name, self.name.split())
        return split[1]


@dataclass(slots=True)
class Mention:
    """A capitalised name in one paragraph, tied to its entity."""

    start: int
    end: int
    entity: Entity
    titles: list[str]
    possessive: bool = False
    after_preposition: bool = False
    speech_subject: bool = False
    modifier: bool = False
    """Qualifies the next name ("Kremlin" in "Kremlin spokesman Dmitry Peskov")."""


# An Arabic article joined to a surname, capitalised ("Al-Rashidi", "El-Sayed"), as a
# sentence's first word writes the "al-Rashidi" of a full name.
_CAPITAL_ARTICLE = re.compile(r"(?:Al|El|Ad|An|Ar|As|Ash|At|Az|Ud|Ul)-[A-Z]")


def mention_start(mention: Mention) -> int:
    """A mention's offset: the key a paragraph's mentions (in text order) are bisected by."""
    return mention.start


# Inside a word, besides letters: a combining accent of decomposed (NFD) text ("Jose" and
# U+0301), and a letter of UTF-8 mis-decoded as Latin-1/cp1252 ("FranÃ§ois", "PeÃ±a"): a
# lead byte's letter (precomposed or decomposed) then a continuation byte's symbol. Kept
# inside the word, the name is read whole (as the page shows it), not cut at the symbol
# or the accent ("FranÃ", "Jose"). The lead byte "Â" gives symbols, which stay inside a
# word only as the second layer of text mis-decoded twice ("FranÃ\x83Â§ois"); but "Â\xa0"
# is a mis-decoded no-break space, which ends the word ("VidalÂ\xa0said").
_CONTINUATION = r"\x80-\x9f\xa1-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_LETTER = (
    r"(?:(?:[ÃÄÅ]|A[\u0303\u0308\u030a])[\xa0" + _CONTINUATION + r"]|(?:Â|A\u0302)[" + _CONTINUATION + r"])"
)
_WORD_REST = r"(?:" + _MOJIBAKE_LETTER + r"|[\w'’\-\u0300-\u036f])*"
_WORD = re.compile(r"(?:[^\W\d_]\.){2,4}(?![^\W\d_])|[^\W\d_]" + _WORD_REST)
# A no-break space, not one inside a letter garbled by a wrong decoding ("Ã\xa0" for "à").
_NO_BREAK_SPACE = re.compile(r"(?<![ÃÄÅ\u0303\u0308\u030a])\xa0")
# Skips, as _WORD tokenises, every non-letter and every word that starts with a
# plain lower-case letter and has no hyphen (those are never names nor "al-Assad"),
# then takes the next word: scan() looks at a few words per paragraph, not all.
_NEXT_CANDIDATE = re.compile(
    r"(?:[\W\d_]|(?>[a-zß-öø-ÿ]\.(?:[^\W\d_]\.){1,3}(?![^\W\d_])|[a-zß-öø-ÿ][\w'’]*+(?![\-])))*+"
    r"((?:[^\W\d_]\.){2,4}(?![^\W\d_])|[^\W\d_]" + _WORD_REST + r")"
)
# A name right after these is their object ("Carter told the Shangri-La Dialogue"),
# never the subject of the sentence; treated like a name after a preposition.
# So is the person an accusation is made against ("One of them accused Dorn of …",
# "Another sued Tull for …"): the charge quoted is the accuser's words, not theirs.
ACCUSATION_VERBS: frozenset[str] = frozenset(
    "accused accuses accusing sued sues suing blamed blames blaming faulted".split()
)
_OBJECT_VERBS = frozenset("told tells telling asked asks asking thanked interviewed".split()) | ACCUSATION_VERBS
_PREPOSITIONS = frozenset(
    "by to with for of from about against on at in between and or than like toward towards into "
    "onto over under via among beside behind after before including alongside".split()
)


def _bare(token: str) -> str:
    return token.removesuffix(".")


# A company officer's initials ("CIO", "CTO", "CMO", "CISO"; "EVP", "SVP") or an office's
# ("GM" general manager, "DA" district attorney): a title, so "Verizon CIO Jo Dee",
# "Falcons GM Jo Dee" and "Kings County DA Jo Dee" name Jo Dee, with the team, company or
# place and the office before the name. ("AG" and "MD" are also a German company's or
# group's suffix and a doctor's letters, so they stay out.)
_OFFICER_INITIALS = re.compile(r"C[A-Z]{1,3}O|[ES]?VP|GM|DA")


# The scan asks of the same few words (Mr, President, the article's names) again and again;
# the answer depends on the word alone.
@functools.lru_cache(maxsize=4096)
def _is_title(token: str) -> bool:
    bare = _bare(token)
    low = bare.lower()
    return (
        bare in TITLES
        or token in TITLES
        or _OFFICER_INITIALS.fullmatch(bare) is not None
        or low in {"president-elect", "ex-president"}
        or (low in PERSON_NOUNS and low not in ("man", "woman", "boy", "girl", "star", "host"))
        # "Councilwoman", "Assemblyman", "Congressman"; not the adjective "Congressional"
        # ("the Congressional Budget Office" is the body's name, not a title before it).
        # The body itself is no title: "the Council of Harbour Towns" is one name.
        or (
            low.startswith(("council", "assembly", "congress"))
            and not low.endswith("al")
            and low not in ("council", "councils", "assembly", "congress")
        )
        or _compound_title(bare)
    )


_TITLE_JOINERS = frozenset("in of at for and".split())


def _compound_title(bare: str) -> bool:
    """A hyphenated office or rank built of titles: "Major-Gen", "Lt-Col", "Editor-in-Chief",
    "Attorney-General", "Vice-Chancellor". Every capitalised part is a title and any
    lower-case part is a joiner ("in", "of"); a name's hyphen ("Zuma-Sambudla") is not."""
    if "-" not in bare:
        return False
    parts = bare.split("-")
    if not all(parts) or not parts[0][:1].isupper():
        return False
    if parts[0] in ("Co", "Ex") and len(parts) == 2:
        # "Co-Founder", "Co-Owner", "Ex-Minister": a prefix on an office or role noun.
        return parts[1] in TITLES or parts[1].lower() in PERSON_NOUNS
    return all(
        part in _TITLE_JOINERS if part[:1].islower() else (part in TITLES or part + "." in TITLES) for part in parts
    )


def _is_cap(token: str) -> bool:
    if token[0].isupper() or token[0] in _APOSTROPHES and token[1:2].isupper():
        return True
    # "al-Assad", "bin-Laden" style prefixes stay in the name.
    head, _, rest = token.partition("-")
    return head in PARTICLES and bool(rest) and rest[0].isupper()


# Names that open with an apostrophe: Sesotho "’Mathabo", "’Masenate" (mother of …).
_APOSTROPHES = ("’", "'")
_CLOSING = {mark: re.compile(rf"[^\ss{mark}]{mark}(?![^\W\d_])") for mark in ("’", "'")}
_APOSTROPHE_WORD = re.compile(r"['’]([A-Z][a-z][\w'’\-]*)")


def _apostrophe_opens(text: str, start: int, last: str) -> bool:
    """Whether an apostrophe right before the word at `start` opens a name ("’Mathabo
    Letsie"): it starts a word and is followed by a capital and a lower-case letter, and
    the run does not close with the same mark (a scare quote: 'Project Fear')."""
    if start == 0 or text[start - 1] not in _APOSTROPHES or not text[start + 1 : start + 2].islower():
        return False
    if start >= 2 and (text[start - 2].isalnum() or text[start - 2] in _APOSTROPHES):
        return False
    mark = text[start - 1]
    if last.endswith(mark):
        return False
    # "an 'If-Match: 1' header": the same mark closing soon after (not a plural's "nurses’")
    # makes it an opening quote mark.
    ahead = text[start : start + 40].split(". ", 1)[0]
    return _CLOSING[mark].search(ahead) is None


def is_demonym(token: str) -> bool:
    """Roughly: a nationality adjective that may stand before a title ("Russian")."""
    return token.endswith(DEMONYM_SUFFIXES) and token[:1].isupper() and token not in TITLES


class Registry:
    """Entities of one article, looked up by full name, surname and first name.

    Several people may share a surname ("Mary Smith and her husband, John Smith"). As
    news style has it, the bare surname stays with the person introduced first (the
    others get first or full names), unless an honorific's gender says otherwise
    ("Mr. Smith" is the man of them); a first name or an initial picks by itself. A
    namesake named only in passing, as an object or owner ("signed by President Franklin
    Roosevelt"), yields to one the text makes its subject."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._full: dict[str, Entity] = {}
        self._surname: dict[str, list[Entity]] = {}
        """Surname -> the people bearing it, in the order the article introduces them."""
        self._first: dict[str, list[Entity]] = {}
        """First word of a full name -> its people (a family name, in "Kim Jong Un" order)."""
        self._single: dict[str, Entity] = {}
        self._titled: dict[tuple[str, Gender], Entity] = {}
        """Per (one-word name, gender): a person an honorific named apart from an earlier
        person of that name and the other gender ("Mrs. Hale" after "Tom Hale")."""
        self._other: dict[str, Entity] = {}
        """Middle names ("Lula" in "Luiz Inácio Lula da Silva"), one part of a hyphenated
        surname ("Gonzalez" of "Gonzalez-Rivera") and nicknames, looked up last."""
        self.things: set[str] = set()
        """Capitalised phrases the article showed to be no name (a work's title)."""
        self.last_words: set[str] = set()
        """The last words of the article's names of two words or more ("Rovers" of "Acme
        Rovers", "Yankees" of "New York Yankees"), whatever their kind."""
        self._folded: dict[str, list[Entity]] = {}
        """Surnames with accents, by their unaccented spelling ("Nunez" → José Núñez)."""
        self._subjects: set[int] = set()
        """Ids of the entities named other than as an object or owner (`mark_subject`)."""
        self._nicknames: dict[str, Entity] = {}
        """Nicknames, which stand for the given name in a full name too ("Jim Walker")."""
        self.headline: set[int] = set()
        """Ids of the entities a headline named (set by the reader after scanning it)."""
        self.last_subject: Entity | None = None
        """The latest person the scan named other than as an object or owner."""
        self.common: Container[str] = frozenset()
        """The article's words in lower case (set by the reader): a capitalised one of them
        ("Soup" in "Mezcal Soup") is no given name."""

    def lookup(self, name: str, gender: Gender = None) -> Entity | None:
        """The entity a (possibly partial) name refers to, if known; `gender` (from an
        honorific) picks among people sharing a surname."""
        if gender is not None and (name, gender) in self._titled:
            return self._titled[(name, gender)]
        if name in self._full:
            return self._full[name]
        tokens = name.split()
        if len(tokens) == 1:
            shared = self._surname.get(name)
            if shared is not None:
                return _by_gender(self._subjects_first(shared), gender)
            found = self._single.get(name)
            if found is not None:
                return found
            firsts = self._first.get(name)
            if firsts is not None:
                return _by_gender(self._subjects_first(firsts), gender)
            found = self._other.get(name) or (self._unaccented(name) if self._folded else None)
            if found is None and _CAPITAL_ARTICLE.match(name):
                # "Al-Rashidi" opening a sentence is the "al-Rashidi" of "Anwar al-Rashidi".
                found = self.lookup(name[0].lower() + name[1:], gender)
            return found
        core = [t for t in tokens if t not in SUFFIXES] or tokens
        if len(core) < len(tokens) and " ".join(core) in self._full:
            return self._full[" ".join(core)]  # "Martin Luther King Jr." after "Martin Luther King"
        for found in self._surname.get(core[-1], ()):
            if _compatible(found.tokens, core) or _surname_part(found.tokens, core):
                return found
            if self._nicknames.get(core[0]) is found:
                return found  # "Jim Walker" after James “Jim” Walker
        return self._given_names(core)

    def _given_names(self, core: list[str]) -> Entity | None:
        """The one person whose full name opens with these words and goes on: a feature's
        habit of calling somebody by a double given name ("María José" of María José
        Fernández Llano, "Mary Ann" of Mary Ann Cole)."""
        # Every word a known given name (accents aside): so "Dan Wootton" is not the show called
        # after its host ("Dan Wootton Interview"), nor "Te Kaurinui" the full name's opening.
        if not all(_fold(word) in FIRST_NAMES for word in core):
            return None
        found = [p for p in self._first.get(core[0], ()) if len(p.tokens) > len(core) and p.tokens[: len(core)] == core]
        return found[0] if len(found) == 1 else None

    def _unaccented(self, name: str) -> Entity | None:
        """The person a one-word name refers to when written without the accents of the
        surname first given ("Nunez" after "José Núñez"), if exactly one person fits."""
        people = self._folded.get(_fold(name))
        return people[0] if people is not None and len(people) == 1 else None

    def add(self, tokens: list[str], kind: Kind, gender: Gender = None, said: Gender = None) -> Entity:
        """Find or create the entity for a name; a fuller later name upgrades a bare one.

        `gender` is what the mention says of the person (from an honorific, a kin word or a
        given name); `said` only what the text itself states (an honorific, "his sister"),
        which alone picks among people sharing the name: a given name's usual gender
        ("Kim") says nothing of a family name."""
        name = " ".join(tokens)
        entity = self.lookup(name, said)
        if entity is not None and said and kind == "person" and len(tokens) == 1 and entity.gender not in (None, said):
            # "Tom Hale … Mrs. Hale", "Mr. Clinton … Mrs. Clinton": an honorific of the other
            # gender names somebody else of that name (a wife, a mother), not him.
            entity = Entity(name=name, kind=kind, gender=said)
            self.entities.append(entity)
            self._titled[(name, said)] = entity
            return entity
        if entity is not None:
            if len(entity.tokens) == 1 and len(tokens) > 1 and kind == "person":
                # First seen as a bare surname (a headline): the full name wins.
                entity.name = name
                entity.kind = "person"
                self._register(entity, tokens)
            elif entity.kind == "unknown" and kind != "unknown":
                entity.kind = kind
            if gender and not entity.gender:
                entity.gender = gender
            return entity
        if kind == "person" and len(tokens) > 1:
            earlier = self._earlier_part(tokens, gender)
            if earlier is not None:
                return earlier
            # A bare surname seen first (a headline) becomes this full name.
            bare = self._single.get(tokens[-1])
            # A surname that is also a company's ("Bloomberg") joins the person when the
            # full name opens with a known given name ("Michael R. Bloomberg").
            claims_org = bare is not None and bare.kind == "org" and tokens[0] in FIRST_NAMES
            if (
                bare is not None
                and (bare.kind in ("unknown", "person") or claims_org)
                and len(bare.tokens) == 1
                # "Mrs. Holt" seen first is not the "Peter Holt" named next.
                and not (bare.gender and gender and bare.gender != gender)
            ):
                bare.name, bare.kind = name, "person"
                bare.gender = bare.gender or gender
                self._register(bare, tokens)
                return bare
        entity = Entity(name=name, kind=kind, gender=gender)
        self.entities.append(entity)
        self._register(entity, tokens)
        return entity

    def _earlier_part(self, tokens: list[str], gender: Gender) -> Entity | None:
        """A person a headline named by a part of the name other than its last word, the part
        the story goes on to call them by (headline "Chen" before "Chen Yuxin", family name
        first; "Salgado" before "Joaquín Salgado Muñoz", the first of two Spanish surnames;
        "Fernández Vidal" before "Lucía Fernández Vidal", a double surname), upgraded to this
        full name; else None. Only a headline's: in the body a full name comes first, and an
        earlier bare word is somebody else ("Charles" before "Charles Walker")."""
        if not self.headline:
            return None
        for n in range(len(tokens) - 1, 1, -1):
            # "Fernández Vidal": the closing words, no given name of their own.
            part = self._full.get(" ".join(tokens[-n:]))
            if (
                part is not None
                and id(part) in self.headline
                and part.kind == "person"
                and part.tokens == tokens[-n:]
                and _surname_part(tokens, part.tokens)
                # a given name before it ("Lucía"), not a word ("Landsmann Liam Williams")
                and all(_fold(t) in FIRST_NAMES for t in tokens[:-n])
            ):
                return self._upgrade(part, tokens, gender)
        core = [t for t in tokens if t not in SUFFIXES]
        for k, token in enumerate(core[:-1]):
            # The family name opening a two-word name ("Chen Yuxin"), or the first of two
            # surnames closing a longer one ("Joaquín Salgado Muñoz"); not a middle given name
            # ("Barack Hussein Obama"), nor a body's first word ("Strava Community Hub").
            if not (k == 0 and len(core) == 2 or k == len(core) - 2 and k and token not in FIRST_NAMES):
                continue
            if any(t.lower() in self.common for t in core if t != token):
                continue  # "Mezcal Soup" after "Mezcal": a dish, no given name
            bare = self._single.get(token)

            if (
                bare is not None
                and id(bare) in self.headline
                and bare.kind in ("unknown", "person")
                and len(bare.tokens) == 1
                and token.lower() not in PARTICLES
                and len(_bare(token)) > 1
                and not (bare.gender and gender and bare.gender != gender)
            ):
                return self._upgrade(bare, tokens, gender)
        return None

    def _upgrade(self, entity: Entity, tokens: list[str], gender: Gender) -> Entity:
        entity.name, entity.kind = " ".join(tokens), "person"
        entity.gender = entity.gender or gender
        self._register(entity, tokens)
        return entity

    def _short_body_name(self, entity: Entity, tokens: list[str]) -> None:
        """A company called by its first word once named in full ("Veldhoven Lithographic
        Systems" … "Veldhoven said"; "Harlow Grain Holdings" … "Harlow"): the word is filed
        with the looked-up-last names, after any person bearing it. Only a name closing on a
        company word, and a first word that is no place, nationality, title or common
        opener ("National", "British", "Bank")."""
        first = tokens[0]
        if (
            len(tokens) >= 2
            and tokens[-1] in _COMPANY_WORDS
            and first[:1].isupper()
            and first not in ORG_WORDS
            and first not in STOP
            and first not in PLACES
            and not _is_title(first)
            and not is_demonym(first)
            and not _nationality(first)
            and first not in _GENERIC_BODY_OPENERS
        ):
            self._other.setdefault(first, entity)

    def extend(self, entity: Entity, tokens: list[str]) -> None:
        """Give a person known by one word the full name the text shows it has ("Jane"
        in "Jane and John Smith" is Jane Smith); the one word keeps leading to it."""
        entity.name = " ".join(tokens)
        entity.kind = "person"
        self._register(entity, tokens)

    def mark_subject(self, entity: Entity) -> None:
        """Note that the text names `entity` other than as an object ("by President Franklin
        Roosevelt") or an owner ("Roosevelt's grandson"): a person it is about."""
        self._subjects.add(id(entity))

    def _subjects_first(self, people: list[Entity]) -> list[Entity]:
        """People sharing a name, those the text is about first (see `mark_subject`): a
        namesake only named in passing ("signed by President Franklin Roosevelt") is not
        the one a bare "Roosevelt" means once James Roosevelt is the subject."""
        if len(people) == 1:
            return people
        return sorted(people, key=lambda p: id(p) not in self._subjects)

    def of_generation(self, surname: str, elder: bool) -> Entity | None:
        """Of the family sharing `surname`, the one "the elder" (`elder`) or "the younger"
        names: a parent or a child by the kin word the article introduced them with ("Her
        father, Suresh Raghavan"), else the oldest or youngest of known age."""
        people = self._surname.get(surname, [])
        if len(people) < 2:
            return None
        kin = _PARENT_ROLES if elder else _CHILD_ROLES
        marked = [p for p in people if p.roles & kin]
        if marked:
            return marked[0]
        # "George and Alexander Soros … His son Alexander Soros …": of two, the one not
        # introduced as the child is the elder (and the one not the parent the younger).
        other = [p for p in people if p.roles & (_CHILD_ROLES if elder else _PARENT_ROLES)]
        if len(people) == 2 and len(other) == 1:
            return people[0] if other[0] is people[1] else people[1]
        aged = [p for p in people if p.age is not None]
        if len(aged) >= 2:
            return (max if elder else min)(aged, key=lambda p: p.age or 0)
        return None

    def known_as(self, entity: Entity, tokens: list[str]) -> None:
        """A name the text says a person goes by ("— Mestre Tião to everyone —", "Everyone
        calls her Dona Graça"): it names them from now on."""
        self._full[" ".join(tokens)] = entity
        if len(tokens) == 1:
            self._single[tokens[0]] = entity

    def alias(self, entity: Entity, word: str) -> None:
        """Another name a person goes by (a nickname: "Jim" of James “Jim” Walker)."""
        self._other.setdefault(word, entity)
        self._nicknames.setdefault(word, entity)

    def _register(self, entity: Entity, tokens: list[str]) -> None:
        self._full.setdefault(" ".join(tokens), entity)
        if len(tokens) == 1:
            self._single.setdefault(tokens[0], entity)
            return
        self.last_words.add(tokens[-1])
        if entity.kind == "org":
            self._short_body_name(entity, tokens)
        if entity.kind != "person":
            return
        core = [t for t in tokens if t not in SUFFIXES]
        if not core:
            return
        if len(core) == 1:
            # "brother Jerry Jr.": a given name and a generation's suffix. The bare given
            # name is first the father's, introduced in full before ("Jerry Jones"), so it
            # is filed as a given name, not as a surname that would outrank him.
            _append(self._first, core[0], entity)
            return
        _append(self._surname, core[-1], entity)
        folded = _fold(core[-1])
        if folded != core[-1]:
            _append(self._folded, folded, entity)
        if len(core) < len(tokens):
            self._full.setdefault(" ".join(core), entity)
        # "von der Leyen", "bin Salman": the particle phrase is the surname too, whatever
        # its case ("Alano De La Rosa" … "De La Rosa said", "Van der Berg"); so is the
        # word before it in a compound surname ("López de la Cruz", "López Obrador").
        i = len(core) - 1
        while i > 0 and core[i - 1].lower() in PARTICLES:
            i -= 1
        if i < len(core) - 1:
            phrase = " ".join(core[i:])
            self._full.setdefault(phrase, entity)
            # Opening a sentence the particle takes a capital ("De Gaulle said", "Von der
            # Leyen said"); written mid-sentence it may drop one ("de la Rosa").
            self._full.setdefault(phrase[0].upper() + phrase[1:], entity)
            self._full.setdefault(phrase[0].lower() + phrase[1:], entity)
            if i >= 2 and not _abbrev_or_initial(core[i - 1]):
                self._full.setdefault(" ".join(core[i - 1 :]), entity)
        last = core[-1]
        if "-" in last:
            head, _, tail = last.partition("-")
            if head in PARTICLES:
                _append(self._surname, tail, entity)  # "al-Assad" → "Assad"
            elif (
                _DOUBLE_SURNAME.fullmatch(last)
                and not any(t.lower() in PARTICLES for t in core)
                and not any(_is_title(part) for part in last.split("-"))
            ):
                # "Gonzalez-Rivera" is also called by one part ("Gonzalez said"), looked up
                # after any person bearing that part as a whole surname.
                for part in last.split("-"):
                    self._other.setdefault(part, entity)
        _append(self._first, core[0], entity)
        for token in core[1:-1]:
            if token not in PARTICLES and len(_bare(token)) > 1:
                self._other.setdefault(token, entity)
        if len(core) >= 3:
            self._full.setdefault(" ".join(core[-2:]), entity)


# The closing words of a company's name, after which its first word alone may stand for it.
_COMPANY_WORDS = frozenset(
    """Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC Plc PLC Co Co. Company Group Holdings Systems
    Technologies Industries Enterprises Partners Capital Motors Airlines Airways Pharmaceuticals
    Therapeutics Biosciences Logistics Foods Brands Labs Studios Solutions Resources Ventures
    Investments Financial Securities Bancorp Robotics Semiconductor Software""".split()
)
_GENERIC_BODY_OPENERS = frozenset(
    """National International General United American Royal Federal Central Global Universal
    Standard First New Great Greater North South East West Northern Southern Eastern Western
    City County State Public Private Independent Allied Consolidated Associated""".split()
)


# A hyphenated surname of two capitalised names ("Gonzalez-Rivera"), not a prefix
# ("al-Assad") nor a clan or place form ("Yong-chol" is a given name's second syllable).
_DOUBLE_SURNAME = re.compile(r"[A-ZÀ-Þ][^\W\d_]+-[A-ZÀ-Þ][^\W\d_]+")


def _fold(word: str) -> str:
    """`word` without its accents ("Núñez" → "Nunez")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _append(index: dict[str, list[Entity]], key: str, entity: Entity) -> None:
    people = index.setdefault(key, [])
    if entity not in people:
        people.append(entity)


def _by_gender(people: list[Entity], gender: Gender) -> Entity:
    """Of people sharing a name, the first introduced, unless an honorific's gender rules
    that one out: then the first of that gender, else the first of no known gender."""
    first = people[0]
    if gender is None or len(people) == 1 or first.gender in (gender, None):
        return first
    for person in people:
        if person.gender == gender:
            return person
    return next((p for p in people if p.gender is None), first)


def _surname_part(known: list[str], other: list[str]) -> bool:
    """Whether `other` is the closing words of the full name `known` that make its
    compound surname ("Mac Giolla Rua" of "Páraic Mac Giolla Rua"): two words at least,
    the first no known given name (then it would be another person's full name)."""
    n = len(other)
    return 2 <= n < len(known) and known[-n:] == other and other[0] not in FIRST_NAMES


def _compatible(known: list[str], other: list[str]) -> bool:
    """Same person? The first names agree (or one is an initial) when both have one."""
    if len(known) == 1 or len(other) == 1:
        return True
    a, b = _bare(known[0]), _bare(other[0])
    return a == b or a[0] == b[0] and (len(a) == 1 or len(b) == 1 or "." in known[0] + other[0])


_MALE_KIN = frozenset("husband brother son father uncle nephew grandfather grandson boyfriend widower".split())
_FEMALE_KIN = frozenset("wife sister daughter mother aunt niece grandmother granddaughter girlfriend widow".split())


def _kin_gender(text: str, start: int) -> Gender:
    """The gender a kin word right before a name states ("his sister Kim Yo Jong", "her
    husband, John Smith"): surer than the usual gender of a given name."""
    before = text[max(0, start - 16) : start].rstrip(" ,").rsplit(None, 1)
    word = before[-1] if before else ""
    return "m" if word in _MALE_KIN else "f" if word in _FEMALE_KIN else None


def gender_of(first: str, titles: list[str]) -> Gender:
    """Gender from an honorific or a common first name, when either says."""
    for t in titles:
        if _bare(t) in MALE_TITLES:
            return "m"
        if _bare(t) in FEMALE_TITLES:
            return "f"
    # "Lucía", "Joaquín": a given name's accents do not change its gender.
    first = _fold(first)
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    return None


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_ADJECTIVE_SUFFIX = re.compile(r"-(?:ish|esque|like|style)$")
_OFFICE_OF = re.compile(r"\b(?:of|for)\s+$")
# How a nationality is made from a place's name: the place's ending (often none) gives way
# to a demonym ending. "Israel" + "i", "Kenya" + "n", "Mexic|o" + "an", "German|y",
# "Afghan|istan", "Thai|land". A bare prefix of a place is no nationality ("Johan" is not
# from "Johannesburg", "Mali" not from "Malik").
_PLACE_ENDINGS = ("", "a", "ia", "o", "e", "y", "um", "as", "istan", "land")
_DEMONYM_ENDINGS = ("i", "n", "an", "ian", "ese", "ish", "ean", "ic")
_DEMONYMS: frozenset[str] = frozenset(
    place[: len(place) - len(end)] + ending
    for place in PLACES
    if place[:1].isupper() and place.isalpha()
    for end in _PLACE_ENDINGS
    if place.endswith(end) and len(place) - len(end) >= 3
    # The place's own name counts too: "Japan" before a noun is used as a nationality is.
    for ending in _DEMONYM_ENDINGS + (("",) if end in ("", "y", "istan", "land") else ())
) | frozenset(
    """Saudi Emirati Filipino Polish Irish Finnish Danish Swiss Welsh Scottish Kurdish Greek Dutch Jewish
    Arab Arabic Islamic Lankan Balkan Hawaiian""".split()
)


def _nationality(token: str) -> bool:
    """A demonym that is surely one: a long suffix ("-ese", "-ish", "-ian", "-ean") on a
    word longer than a given name ("Chinese", "British", not "Dean", "Adrian"), or a known
    place's name with a demonym ending ("Israeli", "Kenyan", "Afghan"). A given name that
    merely ends in "-an" or "-i" ("Yunfan Gerry Zhang", "Ravi Shankar Rao") or shares a
    place's first letters ("Johan") stays in the name."""
    if token in _DEMONYMS:
        return True
    return len(token) >= 7 and token.endswith(("ese", "ish", "ian", "ean")) and token not in FIRST_NAMES


def is_nationality(token: str) -> bool:
    """Whether a capitalised word is surely a nationality ("Israeli", "American"): see `_nationality`."""
    return _nationality(token)


def _all_place(bare: list[str]) -> bool:
    """Every word a place's: "Gaza", "Khan Yunis", "Saudi Arabia"; a lone word that is only
    half of a place's name ("Khan", "Hill", "West") is not."""
    if len(bare) == 1:
        return bare[0] in PLACES
    return all(t in PLACES or t in PLACE_PARTS for t in bare)


# Titles that are also common given names: before a lone surname they are the given name.
_GIVEN_NAME_TITLES = frozenset(("Dean", "Junior"))
# Capitalised particles opening a surname ("Del Rio", "Van Dyke", "De Luca").
_SURNAME_PARTICLES = frozenset("Del De Da Di Van Von Le La Dos Du".split())

# Titles that are also adjectives in bodies' names ("General Hospital").
_BODY_ADJECTIVES = frozenset(("General",))


def classify(tokens: list[str]) -> tuple[list[str], list[str], Kind]:
    """Split a capitalised run into (titles, name tokens, kind)."""
    last_title = -1
    # A title word before only a suffix is a surname: "Martin Luther King III", "King Jr.".
    body = len(tokens)
    while body > 1 and tokens[body - 1] in SUFFIXES:
        body -= 1
    for i, tok in enumerate(tokens[: body - 1]):
        if _is_title(tok):
            last_title = i
    titles, name = tokens[: last_title + 1], tokens[last_title + 1 :]
    if (
        titles
        and titles[-1] in _GIVEN_NAME_TITLES
        and (len(name) == 1 or (len(name) == 2 and name[0] in _SURNAME_PARTICLES))
    ):
        # "MP Dean Halvorsen", "linebacker Junior Talese", "Dean Del Rio": a title that is
        # also a given name, right before a lone surname, is the given name ("Dean Maria
        # Lopez" keeps the title).
        titles, name = titles[:-1], [titles[-1], *name]
    while titles and titles[-1] in DEPARTMENTS and name and _bare(name[0]) in ORG_WORDS:
        # A word that is both a title and a department's ("Justice"), right before a
        # body's head noun, names the body: "the Justice Department", never a judge.
        name = [titles[-1], *name]
        titles = titles[:-1]
    if titles and _bare(titles[-1]) in _BODY_ADJECTIVES and name and all(_bare(t) in ORG_WORDS for t in name):
        # "Pell Bay General Hospital", "the General Assembly": a rank that is also a body's
        # adjective, before only a body's head noun, is the body's name, all of the run.
        return [], tokens, "org"
    # "Secretary of State Marco Rubio" arrives here as "State Marco Rubio".
    offices: list[str] = []
    while len(name) > 2 and name[0] in DEPARTMENTS:
        offices.append(name[0])
        name = name[1:]
    if offices and (name[0] in DEPARTMENTS or any(_bare(t) in ORG_WORDS for t in name)):
        # A department's words leading a body's name are its name's: "Homeland Security
        # Investigations", "Health Protection Agency" (never "Security Investigations"),
        # and so right before the body's head noun: "Foreign Ministry of Kenya".
        return titles, offices + name, "org"
    titles = titles + offices
    if titles and _bare(titles[-1]) in _HONORIFICS and len(name) > 2 and name[0] in _PAGEANT_TITLES:
        # "Miss Universe Alicia Machado", "Mr. Olympia Jo Dee": a pageant's or contest's
        # title after the honorific is the title's, not the winner's name.
        titles = titles + [name[0]]
        name = name[1:]
    # "Russian Sergei Lavrov", "Frenchman Pierre Lamotte": a leading demonym or nationality
    # noun is not part of the name. It is part of an organisation's ("American College of
    # Sports Medicine", "Venezuelan Institute for …").
    if (
        len(name) > 2
        and ((is_demonym(name[0]) and _nationality(name[0])) or name[0] in _NATIONALITY_NOUNS)
        and name[0] not in FIRST_NAMES
        and not any(_bare(t) in ORG_WORDS for t in name[1:])
    ):
        name = name[1:]
    # "Jo Hale QC", "Ann Ray MEP OBE": letters after the name are not part of it.
    while len(name) > 2 and name[-1] in POST_NOMINALS:
        name = name[:-1]
    if not name or _ADJECTIVE_SUFFIX.search(name[-1]):
        # "a Chet Baker-ish ballad", "an Ada Lovelace-esque machine": a name made an
        # adjective describes a thing; nobody is named.
        return titles, [], "unknown"
    bare = [_bare(t) for t in name]
    if bare[0] == "Staff" and all(t in _STAFF_CREDIT for t in bare[1:]):
        # "— Staff reports", "Staff Writer": a paper's staff credited, nobody named.
        return titles, [], "unknown"
    if len(name) >= 2 and all(t.isupper() and len(t) > 1 for t in bare):
        return titles, name, "place"  # a dateline: "NEW YORK —"
    if len(name) == 3 and name[0] in FIRST_NAMES and _MIDDLE_INITIAL.fullmatch(name[1]):
        # "Michael R. Bloomberg", "John D. Rockefeller": given name, initial, surname is a
        # person, whatever company or paper bears the surname.
        return titles, name, "person"
    if _given_names_then_surname(name, bare):
        return titles, name, "person"
    if any(t in ORG_WORDS for t in bare) or (len(name) == 1 and name[0].isupper() and len(name[0]) > 1):
        return titles, name, "org"
    if len(name) >= 3 and name[1] == "of" and _people_plural(name[0]):
        return titles, name, "org"  # "Friends of the Earth": people "of" something name a body
    if (
        len(name) >= 2
        and not titles
        and name[0] not in FIRST_NAMES
        and (bare[-1] in _CLUB_LAST or bare[0] in _CLUB_FIRST)
    ):
        # "Real Madrid", "Inter Milan", "Bristol Rovers", "Leeds United": a sports club, a
        # body that speaks through statements, never a person (nor a place).
        return titles, name, "org"
    if _all_place(bare) or (len(name) >= 2 and (bare[-1] in PLACE_LAST or name[0] in PLACE_FIRST) and not titles):
        return titles, name, "place"
    if len(name) >= 2:
        if name[0] in PLACES and name[1] not in PLACES and name[0] not in FIRST_NAMES:
            # "Moscow Lavrov" (a dateline without its comma): keep the person part.
            return titles, name[1:], "person" if len(name) > 2 else "unknown"
        return titles, name, "person"
    if titles and any(_bare(t) not in DEPARTMENTS for t in titles):
        return titles, name, "person"
    if name[0] in MALE_NAMES or name[0] in FEMALE_NAMES:
        return titles, name, "person"
    return titles, name, "unknown"


# Words after "Staff" in a paper's credit line ("Staff reports", "Staff Writer").
_STAFF_CREDIT = frozenset("Reports Report Writer Writers Reporter Reporters reports report writer writers".split())
# Body head nouns that are also common surnames ("Margaret Court", "Ellen Church").
_SURNAME_HEADS = frozenset("Court Church".split())
# Given names that also name a church ("Grace Church", "Emmanuel Church"): never read as a
# person before a head noun.
_CHURCH_GIVEN_NAMES = frozenset("Grace Trinity Faith Hope Mercy Emmanuel Immanuel".split())


# A preposition of place right before a name: "in Victoria Court", "at Madison Court".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|behind|around|off)\s+$")
# "at" after a word of directing at somebody takes a person: "shouted at Tom Church", "a
# swipe at Mary Court", "took aim at", "hit out at", "angry at".
_DIRECTED_AT_BEFORE = re.compile(
    r"\b(?:(?:shout|yell|scream|laugh|wink|look|point|aim|hurl|frown|sneer|bark|swear|swing|throw)(?:s|ed|ing)?"
    r"|(?:smil|wav|star|glar|gaz|lung)(?:e|es|ed|ing)|(?:grin|nod|snap)(?:s|ned|ded|ped|ning|ding|ping)?"
    r"|swipes?|jabs?|digs?|shots?|barbs?|swore|swung|threw|thrown|out|angry|furious|mad|upset|annoyed"
    r"|directed|targeted)\s+at\s+$"
)


def _given_names_then_surname(name: list[str], bare: list[str]) -> bool:
    """Only given names, then a body's head noun that is also a surname, is a person.

    "Tom Court", "Mary Ellen Church": one or two given names before the word read as a
    person's whole name, the last word a surname that happens to head bodies' names
    ("the Supreme Court", "St Mary's Church"); "Grace Church" keeps the church. After a
    preposition of place ("a flat in Victoria Court", "at Madison Court") `scan` reads
    the name as a place: a court of flats or a street; not when the name owns what
    follows ("at Tom Church's house", "in Margaret Court's view"): places own little;
    nor after a word of directing at somebody ("shouted at Tom Church", "a swipe at
    Mary Court"): that "at" takes a person.
    """
    return (
        2 <= len(name) <= 3
        and bare[-1] in _SURNAME_HEADS
        and all(t in FIRST_NAMES for t in name[:-1])
        and name[0] not in _CHURCH_GIVEN_NAMES
    )


# Second words of a pageant's or contest's title after "Miss", "Mr." or "Ms." ("Miss
# Universe", "Mr. Olympia"); the place ones ("Miss Venezuela") are read as places already.
_PAGEANT_TITLES = frozenset("Universe World Earth International Olympia Supranational Teen".split())


# Words that make a name a sports club's, last ("Leeds United", "Bristol Rovers") or first
# ("Real Madrid", "Inter Milan", "Borussia Dortmund"); never a person's name (a given name
# before them, "Jo United", keeps a person).
_CLUB_LAST = frozenset("United Rovers Wanderers Albion Athletic Hotspur Rangers Harriers Argyle Orient FC AFC".split())
_CLUB_FIRST = frozenset(
    "Real Inter AC FC Sporting Dynamo Dinamo Borussia Olympique Atletico Atlético Athletic Racing Rapid "
    "Deportivo Bayern".split()
)


# No official name runs longer (the longest seen, a congressional committee's, has 17):
# the bound keeps a run of hostile "X of the Y of the …" text linear, since each step
# below reads the whole run.
_MAX_NAME_WORDS = 40


# "the" (and one adjective) right before a body's first word: "the federal ".
_THE_BEFORE_BODY = re.compile(r"\b[Tt]he (?:[a-z]+ )?$")
# One capitalised word, "and", then one or two more and a body's head noun.
_AND_BODY_REST = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?) ([A-Z][a-z]+)\b")


def _two_part_body(run: list[tuple[int, int, str]], text: str, end: int) -> bool:
    """ "Securities and Exchange Commission", "Food and Drug Administration": a body named
    for two fields joined by "and", its head noun last. Not when the word before "and" is
    a name or a place ("Dana and Harbor Council", "Tarsia and Rivermark Group"), nor when
    a given name or place follows "and" ("Acme and Dana Group"). Only after "the": a
    surname or body before "and" is a name of its own ("Kessler and Harbour Party
    officials", "Hamas and Fatah Party leaders"); one adjective may stand between ("the
    federal Securities and Exchange Commission")."""
    words = [t for _, _, t in run]
    the = _THE_BEFORE_BODY.search(text, max(0, run[0][0] - 30), run[0][0]) is not None
    while words and words[0] in STOP:
        the = the or words[0] == "The"
        words = words[1:]  # "The" opening the sentence runs into the name
    if len(words) != 1 or not the:
        return False
    first = words[0]
    if first in FIRST_NAMES or first in PLACES or first in STOP or _is_title(first):
        return False
    rest = _AND_BODY_REST.match(text, end)
    if rest is None or rest.group(2) not in ORG_WORDS:
        return False
    return not any(w in FIRST_NAMES or w in PLACES for w in rest.group(1).split())


def _org_connector(run: list[tuple[int, int, str]], word: str, text: str, end: int) -> bool:
    """Does `word` join an organisation's name to the capitalised word after it?"""
    if word not in ("of", "on", "for", "and") or not text.startswith(" ", end) or len(run) >= _MAX_NAME_WORDS:
        return False
    nxt = _WORD.match(text, end + 1)
    if nxt is None or not _is_cap(nxt.group()) or nxt.group() in STOP or nxt.group() in FIRST_NAMES:
        return False  # "the Justice Department and Maria Lopez": a person starts there
    if word == "on" and nxt.group().rstrip(".") in _DATE_WORDS:
        return False  # "the Defense Ministry on Sunday said": a date, not "Committee on Finance"
    then = _WORD.match(text, nxt.end() + 1) if text.startswith(" ", nxt.end()) else None
    if _is_title(nxt.group()) and then is not None and _is_cap(then.group()):
        return False  # "… and Justice Ruth Ames": a title before a name
    if word == "and":
        return any(t in ("of", "on", "for") for _, _, t in run) or _two_part_body(run, text, end)
    if len(run) == 1 and _people_plural(run[0][2]):
        # "Friends of the Earth", "Sisters of the Holy Cross": capitalised people, "of the"
        # and a capitalised name are a body's name, not a group of people; not with a place
        # after "the" ("Residents of the Gaza Strip") nor without "the" ("Parents of Leeds").
        return (
            word == "of"
            and text.startswith(" the", end - 4)
            and nxt.group() not in PLACES
            and nxt.group() not in PLACE_FIRST
        )
    # Only a body named after the last office title counts: in "Senate Democratic Leader
    # Greg Taylor of Indianapolis" the body ("Senate") qualifies the title and the run
    # ends with a person, whose "of …" is a hometown, not part of a name.
    last_title = max((k for k, (_, _, t) in enumerate(run) if _is_title(t)), default=-1)
    return any(_bare(t) in ORG_WORDS for _, _, t in run[last_title + 1 :])


_CONNECTORS = frozenset(("of", "on", "for"))
# Words that open a date after "on" ("on Sunday", "on March 3"): never part of a body's name.
_DATE_WORDS = MONTHS_DAYS - frozenset("Day Week Month Year New Eve".split())
# Prepositions written capitalised inside a body's Title Case name ("Commission Between …").
_BODY_PREPOSITIONS = frozenset("Between Among Against".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ous", "ial", "ian", "ese")


def _cap_word_after(text: str, end: int) -> re.Match[str] | None:
    """The capitalised word one space after `end`, if any."""
    if not text.startswith(" ", end):
        return None
    word = _WORD.match(text, end + 1)
    return word if word is not None and _is_cap(word.group()) and word.group() not in STOP else None


def _body_name_goes_on(
    run: list[tuple[int, int, str]], nxt: re.Match[str], text: str, lower_words: Container[str]
) -> list[tuple[int, int, str]]:
    """The words that carry an organisation's official name on past a lower-case word, or
    none. Official names run over "of/on/for the" ("House Select Committee on the Budget"),
    over "the"/"and the" after a capitalised preposition ("… Competition Between the United
    States and the …"), and over "and" when the words before it are descriptive and the
    words after it end in a body's word ("National Oceanic and Atmospheric Administration",
    "Food and Drug Administration")."""
    word = nxt.group()
    if len(run) >= _MAX_NAME_WORDS or (word not in _CONNECTORS and word not in ("the", "and")):
        return []  # only these words carry a name on (most runs end at another word)
    toks = [t for _, _, t in run]
    if word in _CONNECTORS and text.startswith(" the ", nxt.end()):
        the = _WORD.match(text, nxt.end() + 1)
        if the is not None and _org_connector(run, word, text, the.end()):
            after = _cap_word_after(text, the.end())
            if after is not None:
                return [
                    (nxt.start(), nxt.end(), word),
                    (the.start(), the.end(), "the"),
                    (after.start(), after.end(), after.group()),
                ]
        return []
    in_body = any(t in _CONNECTORS for t in toks)
    if word == "the" and in_body and toks[-1] in _BODY_PREPOSITIONS:
        after = _cap_word_after(text, nxt.end())
        return [(nxt.start(), nxt.end(), word), (after.start(), after.end(), after.group())] if after else []
    if word != "and":
        return []
    if in_body and "Between" in toks:
        ahead: list[tuple[int, int, str]] = [(nxt.start(), nxt.end(), word)]
        end = nxt.end()
        the = _WORD.match(text, end + 1) if text.startswith(" the ", end) else None
        if the is not None:
            ahead.append((the.start(), the.end(), "the"))
            end = the.end()
        after = _cap_word_after(text, end)
        return ahead + [(after.start(), after.end(), after.group())] if after else []
    own = [t for t in toks if t not in STOP]  # "The" opening the sentence is no part of it
    if in_body or not own or any(t in FIRST_NAMES or _bare(t) in ORG_WORDS or _is_title(t) for t in own):
        return []
    # "Avon and Somerset Police", "Devon and Cornwall Constabulary": two areas one local
    # service covers (one word each side), whatever the words; else only descriptive words.
    areas = len(own) == 1
    if not areas and not all(t.lower() in lower_words or t.endswith(_ADJECTIVE_ENDINGS) for t in own):
        return []
    descriptive = all(t.lower() in lower_words or t.endswith(_ADJECTIVE_ENDINGS) for t in own)
    ahead = [(nxt.start(), nxt.end(), word)]
    end = nxt.end()
    while len(ahead) < 4:
        after = _cap_word_after(text, end)
        if after is None and areas and len(ahead) == 2:
            service = _WORD.match(text, end + 1) if text.startswith(" ", end) else None
            after = service if service is not None and service.group() in _AREA_SERVICES else None
        if after is None:
            break
        ahead.append((after.start(), after.end(), after.group()))
        end = after.end()
        if _bare(after.group()) in ORG_WORDS:
            # Two words at least ("Drug Administration"); "Humans and AI" joins no body.
            if not descriptive and (len(ahead) != 3 or _bare(after.group()) not in _AREA_SERVICES):
                return []
            return ahead if len(ahead) >= 3 else []
    return []


# Bodies serving an area, named after two areas joined by "and" ("Avon and Somerset
# Police", "Bath and Wells Council").
_AREA_SERVICES = frozenset("Police Constabulary Council Fire Ambulance".split())


# A forum or social handle: "@dana_k", or lower-case letters then digits ("elmo666", "jayk1984").
_HANDLE = re.compile(r"(?<![\w@./-])(@[A-Za-z_][\w]{1,30}|[a-z][a-z_]{2,}\d{2,})(?![\w@/-]|\.\w)")
# (Written from its first digit, the letter checked behind it: the engine then skips to
# each digit, where a leading [a-z] made it stop at every lower-case letter.)
_LETTERS_DIGITS = re.compile(r"\d(?<=[a-z]\d)\d")


def _with_handles(text: str, registry: Registry, mentions: list[Mention]) -> list[Mention]:
    """Add the handles in `text` as people's names: online, a handle is what a person is
    called ("“…,” elmo666 wrote", "said @dana_k"), lower case and digits notwithstanding."""
    added = False
    for m in _HANDLE.finditer(text):
        if any(x.start <= m.start() < x.end for x in mentions):
            continue
        entity = registry.add([m.group(1)], "person")
        before = text[max(0, m.start() - 30) : m.start()].split()
        word = before[-1].lower() if before else ""
        mentions.append(
            Mention(
                start=m.start(1),
                end=m.end(1),
                entity=entity,
                titles=[],
                after_preposition=word in _PREPOSITIONS or word in _OBJECT_VERBS,
            )
        )
        added = True
    if added:
        mentions.sort(key=lambda x: x.start)
    return mentions


def scan(
    text: str,
    registry: Registry,
    lower_words: Container[str],
    sentence_starts: set[int],
    original: str | None = None,
    speech_verbs: Container[str] = frozenset(),
) -> list[Mention]:
    """Find the names in `text` (quotes already masked) and register them in order.

    `original` is the same paragraph before masking (same offsets), where a nickname
    quoted inside a name ("James “Jim” Walker") can still be read. `speech_verbs` are the
    reporting verbs in lower case: one opening a sentence before a name is inverted
    attribution ("Replied Tobias, “…”"), no part of the name."""
    mentions: list[Mention] = []
    pos = 0
    # A page's no-break space (&nbsp;) between words spaces them as a space does:
    # "Stu&nbsp;Burguiere" is one name. Same length, so every offset holds.
    if "\xa0" in text:
        text = _NO_BREAK_SPACE.sub(" ", text)
    if original is not None and "\xa0" in original:
        original = _NO_BREAK_SPACE.sub(" ", original)
    source = text if original is None else original
    while True:
        # Jump to the next word that may be capitalised; most words are not.
        found = _NEXT_CANDIDATE.match(text, pos)
        if found is None:
            break
        start, end = found.span(1)
        tok = found.group(1)
        pos = end
        if not _is_cap(tok):
            continue
        run = [(start, end, tok)]
        titled = False
        nicknames: list[str] = []
        while True:
            _, prev_end, prev = run[-1]
            if prev.endswith(("'s", "’s", "s'", "s’")):
                body = _plural_possessive_body(text, prev, prev_end)
                if body:
                    # "Employers’ Association", "Citizens’ Independent Transport Trust": a
                    # plural's possessive inside a body's name, up to its organisation word.
                    run.extend(body)
                    titled = True
                    continue
                if len(run) == 1 and _common_possessive(prev) and text.startswith(" ", prev_end):
                    # "Woman’s Weekly", "Children’s Hospital", "Farmers’ Union": a common
                    # noun's possessive opening a title names a publication or body.
                    nxt = _WORD.match(text, prev_end + 1)
                    if nxt is not None and _is_cap(nxt.group()) and not _is_title(nxt.group()):
                        run.append((nxt.start(), nxt.end(), nxt.group()))
                        titled = True
                        continue
                break
            # The next word follows one space, or ". " after an abbreviation or initial.
            nickname = _nickname(source, prev_end, prev) if source.startswith(_NICKNAME_OPEN, prev_end) else None
            if nickname is not None:
                # 'Lt. Col. James “Jim” Walker': the nickname is another name of the
                # person, not the end of the name.
                nicknames.append(nickname.group(1))
                nxt = _WORD.match(text, nickname.end())
            elif text.startswith(" ", prev_end):
                nxt = _WORD.match(text, prev_end + 1)
                if nxt is None and text.startswith(_APOSTROPHES, prev_end + 1):
                    # "Queen ’Masenate Mohato": a name opening with an apostrophe.
                    nxt = _APOSTROPHE_WORD.match(text, prev_end + 1)
                    if nxt is not None and (nxt.group(1) in STOP or nxt.group().endswith(_APOSTROPHES)):
                        nxt = None
            elif (
                text.startswith(". ", prev_end)
                and _abbrev_or_initial(prev)
                # "posted on X. Mercy Achieng, …": the platform ends the sentence, no initial.
                and not (prev == "X" and len(run) == 1 and text.endswith(("on ", "On "), 0, run[0][0]))
            ):
                nxt = _WORD.match(text, prev_end + 2)
            else:
                break
            if nxt is None:
                break
            if _capitalised_speech_verb(nxt.group(), speech_verbs):
                break  # '“…,” Crane Tweeted.': the verb is no part of the name
            if _is_cap(nxt.group()):
                run.append((nxt.start(), nxt.end(), nxt.group()))
                continue
            # Particles inside a name ("von der Leyen"): only when a capitalised word follows.
            chain: list[tuple[int, int, str]] = []
            while nxt.group() in PARTICLES and text.startswith(" ", nxt.end()):
                after = _WORD.match(text, nxt.end() + 1)
                if after is None:
                    break
                chain.append((nxt.start(), nxt.end(), nxt.group()))
                nxt = after
            if chain and _is_cap(nxt.group()):
                run.extend(chain)
                continue
            if _org_connector(run, nxt.group(), text, nxt.end()):
                # "Department of Transportation", "Committee on Intelligence and Security":
                # an organisation's name goes on over "of", "on", "for" (and then "and").
                after = _WORD.match(text, nxt.end() + 1)
                if after is not None:
                    run.append((nxt.start(), nxt.end(), nxt.group()))
                    run.append((after.start(), after.end(), after.group()))
                    continue
            body = _body_name_goes_on(run, nxt, text, lower_words)
            if body:
                run.extend(body)
                continue
            break
        pos = run[-1][1]
        if (
            len(run) == 1
            and not (text[end : end + 1] == "." and _abbrev_or_initial(tok))
            and (
                (tok in STOP and not _stop_given_name(tok, start, run, text, sentence_starts))
                or _stop_contraction(tok)
                or (
                    start in sentence_starts
                    and _sentence_word(tok, lower_words)
                    and not _is_title(tok)
                    and registry.lookup(tok.removesuffix("’s").removesuffix("'s")) is None
                )
                or (
                    start in sentence_starts
                    and _plural_before_speech(tok, text, end)
                    and registry.lookup(tok) is None
                    # "Rovers say" after "the Acme Rovers": the short form of a team's or a body's name
                    and tok not in registry.last_words
                )
            )
        ):
            # "The", "But", or "Residents" opening a sentence: the common case, dropped
            # below anyway (the same tests), without the work of a longer run.
            continue
        toks: list[str] = []
        spans: list[tuple[int, int]] = []
        for s, e, t in run:
            # Keep the dot of an abbreviation or initial as part of the token.
            if text[e : e + 1] == "." and _abbrev_or_initial(t):
                t, e = t + ".", e + 1
            toks.append(t)
            spans.append((s, e))
        # "Mother-of-three Jess Hartley": a hyphenated description, not a name; a romanised
        # Korean given name ("Jae-sung Yoon", "Hyun-woo Park") is one.
        if (
            len(toks) >= 2
            and "-" in toks[0]
            and any(part[:1].islower() for part in toks[0].split("-")[1:])
            and toks[0].split("-")[0] not in PARTICLES
            and not _SYLLABLE_GIVEN_NAME.fullmatch(toks[0])
        ):
            toks, spans = toks[1:], spans[1:]
        # "Astronaut Kalpana Rao" at a sentence start: an occupation, not a first name.
        if len(toks) >= 3 and spans[0][0] in sentence_starts and _occupation(toks, lower_words):
            toks, spans = toks[1:], spans[1:]
        # Drop leading words that only look capitalised because they start a sentence. A
        # media label drops alone ("Recording: “…”"), not opening a body ("the Recording Academy").
        while toks and (
            (
                toks[0] in STOP
                and not _stop_given_name(toks[0], spans[0][0], run, text, sentence_starts)
                and not (toks[0] in _COUNT_LEADS and len(toks) >= 2 and spans[0][0] not in sentence_starts)
                and not (toks[0] in _MEDIA_LABELS and len(toks) >= 2)
            )
            or _stop_contraction(toks[0])
            or (
                _bare(toks[0]) in MONTHS_DAYS
                and (
                    toks[0].endswith(".")
                    or len(toks) == 1
                    or _bare(toks[0]) not in _AMBIGUOUS_DATES
                    or toks[1][:1].isdigit()
                )
            )
            or (
                spans[0][0] in sentence_starts
                and _sentence_word(toks[0], lower_words)
                and not _is_title(toks[0])
                and not _place_pair(toks)
                and registry.lookup(toks[0].removesuffix("’s").removesuffix("'s")) is None
                and not _given_name_in_ing(toks, spans[-1][1], text, lower_words, speech_verbs)
            )
            or _group_before_names(toks)
            or _inverted_verb(toks, spans[0][0], spans[-1][1], text, sentence_starts, speech_verbs)
        ):
            toks, spans = toks[1:], spans[1:]
        # A month or day inside the run splits it: keep the part after it.
        for k in range(len(toks) - 1, -1, -1):
            date = _bare(toks[k]) in MONTHS_DAYS and (
                _bare(toks[k]) not in _AMBIGUOUS_DATES or toks[k].endswith(".") or _SPACE_DIGIT.match(text, spans[k][1])
            )
            initial = 0 < k < len(toks) - 1 and len(toks[k]) == 1 and toks[k - 1] in FIRST_NAMES
            # "Patricia A O'Gorman": a middle initial written without its dot, not "A".
            # "… Competition Between the United States and …": a preposition inside a body's
            # Title Case name after its "of"/"on"/"for" is part of it.
            inside_body = toks[k] in _BODY_PREPOSITIONS and any(t in _CONNECTORS for t in toks[:k])
            given = k == 0 and _stop_given_name(toks[0], spans[0][0], run, text, sentence_starts)
            if date or (
                toks[k] in STOP and toks[k] not in LEADING_ONLY and not initial and not inside_body and not given
            ):
                toks, spans = toks[k + 1 :], spans[k + 1 :]
                break
        while toks and toks[-1] in PARTICLES:
            toks, spans = toks[:-1], spans[:-1]
        if (
            len(toks) >= 3
            and toks[1] in FIRST_NAMES
            and toks[0] not in FIRST_NAMES
            and _OFFICE_OF.search(text, max(0, spans[0][0] - 5), spans[0][0])
        ):
            # "U.S. Attorney for the District of Massachusetts Joshua Levy", "Governor of
            # Ohio Mike DeWine": the place closes the office's title; the name follows it.
            toks, spans = toks[1:], spans[1:]
        elif len(toks) >= 3 and _office_of_before(text, spans[0][0]):
            # "Director of Public Health Mara Quist", "Minister of Foreign Affairs Jo Dee": the
            # office ends at its last department, body or place word; the name follows it.
            cut = max((k for k, t in enumerate(toks[:-2]) if _bare(t) in _OFFICE_WORDS), default=-1)
            toks, spans = toks[cut + 1 :], spans[cut + 1 :]
        if not toks:
            continue
        if _apostrophe_opens(text, spans[0][0], toks[-1]):
            # "’Mathabo Letsie": the apostrophe opening a Sesotho name is part of it.
            toks[0] = text[spans[0][0] - 1] + toks[0]
            spans[0] = (spans[0][0] - 1, spans[0][1])
        possessive = False
        last = toks[-1]
        for suffix in ("'s", "’s"):
            if last.endswith(suffix):
                toks[-1] = last[: -len(suffix)]
                possessive = True
        if toks[-1].endswith(("'", "’")):
            toks[-1] = toks[-1][:-1]
            possessive = True
        if not toks[-1]:
            continue
        titles, name, kind = classify(toks)
        if (
            kind == "person"
            and not possessive
            and _given_names_then_surname(name, [_bare(t) for t in name])
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, spans[0][0] - 12), spans[0][0])
            and not _DIRECTED_AT_BEFORE.search(text, max(0, spans[0][0] - 20), spans[0][0])
        ):
            # "a flat in Victoria Court": a court of flats, not Ms. Court; an owner
            # ("at Tom Church's house", "in Margaret Court's view") stays a person.
            kind = "place"
        if _given_place_name(toks, name, titles, text[max(0, spans[0][0] - 4) : spans[0][0]], lower_words):
            name, kind = toks, "person"
        if not name or _role_only(toks) or _no_name(toks, text, run[0][0], spans[-1][1], registry):
            continue
        if _nationality_of_people(toks, text, spans[-1][1]):
            continue
        if not titled and _described_member(toks, text, spans[0][0], spans[-1][1]):
            continue
        kind = _kind_in_context(name, titles, kind, text, spans[-1][1])
        if len(toks) == 1 and not titles and _group_word(toks[0], text, spans[0][0], spans[0][1]):
            continue
        if titled:
            titles, name, kind = [], toks, "org"
        if len(name) == 1 and (_bare(name[0]) in MONTHS_DAYS or len(_bare(name[0])) < 2):
            continue
        first = name[0]
        known = registry.lookup(first) if len(name) == 1 else None
        if known is not None and len(known.tokens) > 1 and known.tokens[0] != first:
            # "Austin" after "Dianne Austin": a surname that is also a given name says no gender.
            first = ""
        said = (gender_of("", titles) or _kin_gender(text, spans[0][0])) if kind == "person" else None
        gender = (said or gender_of(first, titles)) if kind == "person" else None
        known_as = _known_as(text, spans[0][0], spans[-1][1], mentions, registry) if kind == "person" else None
        if known_as is not None:
            entity = known_as
            registry.known_as(entity, name)
        else:
            entity = registry.add(name, kind, gender, said)
        if nicknames and kind == "person":
            for nickname_word in nicknames:
                registry.alias(entity, nickname_word)
        for t in titles:
            entity.roles.add(_bare(t).lower())
        mstart = spans[0][0]
        words_before = reversed(text[max(0, mstart - 30) : mstart].split())
        before = next((w for w in words_before if w.lower() not in ("the", "a", "an")), "")
        if before in PERSON_NOUNS:
            prior = [w for w in text[max(0, mstart - 60) : mstart].split() if w.lower() not in ("the", "a", "an")]
            # "told conservative talk-radio host Mike Gallagher": the verb or preposition
            # before the role and its lower-case modifiers.
            k = len(prior) - 2
            while k >= max(0, len(prior) - 5) and _role_modifier(prior[k]):
                k -= 1
            if k >= 0 and (prior[k] in _PREPOSITIONS or prior[k] in _OBJECT_VERBS):
                before = prior[k]
        mentions.append(
            Mention(
                start=mstart,
                end=spans[-1][1],
                entity=entity,
                titles=titles,
                possessive=possessive,
                after_preposition=before.lower() in _PREPOSITIONS
                or before in _OBJECT_VERBS
                # "carriers such as Harbour Freight": an example in a list, not a subject.
                or (before == "as" and text[max(0, mstart - 10) : mstart].strip().lower().endswith("such as")),
            )
        )
        if not possessive and not mentions[-1].after_preposition:
            registry.mark_subject(entity)
            if entity.kind == "person":
                registry.last_subject = entity
    if "@" in text or _LETTERS_DIGITS.search(text):
        mentions = _with_handles(text, registry, mentions)
    _office_appositives(text, mentions, sentence_starts)
    if len(mentions) > 1:
        _shared_surnames(text, mentions, registry)
    if " her " in text or " his " in text:
        _gender_from_possessive(text, mentions, sentence_starts)
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end : b.start].split()
        if a.possessive and a.after_preposition and not gap:
            # "told CNN's Jake Tapper", "in an interview with NBC's Chuck Todd": an object too.
            b.after_preposition = True
        if (
            1 <= len(gap) <= 3
            and all(w.islower() for w in gap)
            and not any(w in _GAP_FUNCTION_WORDS or _past_verb(w) for w in gap)
            and (
                any(w in PERSON_NOUNS or w in _GAP_ROLE_NOUNS for w in gap)
                or gap[-1].endswith(("ist", "er", "or", "ian"))
            )
        ):
            a.modifier = True
            # "told Fox News host Sean Hannity", "with CNN anchor Jake Tapper": the
            # name the modifier leads to is the object too.
            b.after_preposition = b.after_preposition or a.after_preposition
    return mentions


FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
"""Known given names of either gender (the quote resolver reads it too)."""

# "the elder Raghavan", "the younger Quispe": which of a family sharing a surname.
GENERATION_BEFORE = re.compile(r"\b[Tt]he\s+(elder|older|younger)\s+$")
_PARENT_ROLES = frozenset("father mother grandfather grandmother dad mum mom".split())
_CHILD_ROLES = frozenset("son daughter grandson granddaughter".split())

# A name a person goes by, given right after their full name in a dashed aside ("Sebastião
# dos Santos — Mestre Tião to everyone in the school —") or after "calls her", "known as",
# "nicknamed" ("Everyone calls her Dona Graça").
_GOES_BY_AFTER = re.compile(r"\s+to\s+(?:everyone|everybody|all|friends|fans|colleagues|most)\b")
_GOES_BY_BEFORE = re.compile(
    r"\b(?:(?:calls?|called)\s+(?:her|him)|(?:better\s+)?known\s+(?:to\s+\w+\s+)?as|nicknamed)\s+$"
)


def _known_as(text: str, start: int, end: int, mentions: list[Mention], registry: Registry) -> Entity | None:
    """The person the name at `start`..`end` is another name of (see `_GOES_BY_AFTER`,
    `_GOES_BY_BEFORE`): the person named right before the dash, or the one the sentence is
    about (named earlier in the paragraph, else the latest person named as a subject)."""
    before = text[max(0, start - 40) : start]
    if before.rstrip().endswith(("—", "–", "--")) and _GOES_BY_AFTER.match(text, end):
        last = mentions[-1] if mentions else None
        if last is not None and last.entity.kind == "person" and not text[last.end : start].strip(" —–-,"):
            return last.entity
        return None
    if _GOES_BY_BEFORE.search(before) is None:
        return None
    people = [m.entity for m in mentions if m.entity.kind == "person" and not m.after_preposition]
    return people[-1] if people else registry.last_subject


# A romanised Korean (or Chinese) given name: two syllables joined by a hyphen, the
# second in lower case, each an onset, one to three vowels and an optional n/ng/m/k/l/p/t
# coda ("Jae-sung", "Hyun-woo", "Ji-hoon", "Seo-yeon"). English compounds before a name
# ("Mother-of-three", "Award-winning", "Hard-line") do not have that shape.
_SYLLABLE_GIVEN_NAME = re.compile(
    r"[A-Z][hwy]?[aeiouy]{1,3}(?:ng|[nmklpt])?-"
    r"(?:[bcdghjkmnpstwy][hwy]?)?[aeiouy]{1,3}(?:ng|[nmklpt])?"
)

# A nickname in quote marks or brackets between a given name and the rest of the name:
# 'James “Jim” Walker', "Robert 'Bob' Smith", "Earvin (Magic) Johnson".
_NICKNAME_OPEN = (" “", ' "', " ‘", " '", " (")
_NICKNAME = re.compile(r" [“\"‘'(]([A-Z][a-z][\w’'.-]{0,14}(?: [A-Z][a-z][\w’'.-]{0,14})?)[”\"’')] (?=[^\W\d_])")


def _nickname(text: str, end: int, prev: str) -> re.Match[str] | None:
    """The quoted nickname right after the name word `prev` ending at `end`, when a name
    word follows it: `prev` is no title, body or place, and neither is the next word."""
    found = _NICKNAME.match(text, end)
    if found is None or _is_title(prev) or _bare(prev) in _OFFICE_WORDS or prev in STOP:
        return None
    after = _WORD.match(text, found.end())
    if after is None or not _is_cap(after.group()):
        return None
    word = after.group()
    return None if _is_title(word) or _bare(word) in _OFFICE_WORDS or word in STOP else found


# Between given names sharing the surname written once after the last of them: "Jane and
# John Smith", "Tom, Nick and Sue Harris", "Anna and her husband Peter Novak".
_SHARED_GAP = re.compile(
    r"(?:,|,? and|,? &)\s+(?:(?:her|his)\s+(?:husband|wife|brother|sister|twin(?:\s+(?:brother|sister))?),?\s+)?"
)
_RELATIVE_GAP = re.compile(r".*\b(?:husband|wife|brother|sister|twin)\b.*")
# Words before such a list that say its people are related ("the couple, Sam and …").
_FAMILY_BEFORE = re.compile(r"(?i:brothers|sisters|twins|couple|siblings|spouses|parents|newlyweds)\W{1,3}$")


_HIS_HER_AFTER = re.compile(r",? (?:and|with) (his|her) ")


def _gender_from_possessive(text: str, mentions: list[Mention], sentence_starts: set[int]) -> None:
    """A person opening a sentence or clause and followed by "and her …" / "with his …"
    ("Chioma Eze and her husband") is of that gender, which then tells an honorific's
    choice among namesakes. (After a verb, the "his" may be the subject's: "Obi met Ngozi
    Eze and his brother".)"""
    for mention in mentions:
        entity = mention.entity
        opens = mention.start in sentence_starts or text.endswith(", ", 0, mention.start)
        if entity.kind == "person" and entity.gender is None and opens:
            found = _HIS_HER_AFTER.match(text, mention.end)
            if found is not None:
                entity.gender = "f" if found.group(1) == "her" else "m"


def _listed_after(text: str, mentions: list[Mention], j: int) -> bool:
    """Whether mention `j` follows another name in a list ("Turkey, Nippers …")."""
    return j > 0 and _SHARED_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start) is not None


def _shared_surnames(text: str, mentions: list[Mention], registry: Registry) -> None:
    """Given names listed before one full name share its surname: in "Jane and John Smith
    opened …" Jane is Jane Smith, so a later "Jane said" names her in full. A listed word
    counts at once when it is a known given name, or when the words around the list say
    its people are related ("Anna and her husband Peter Novak", "the twins, Ngozi and Chidi
    Okafor"). Any other word is left alone: a surname used bare is as likely as a given
    name there ("Merkel and Emmanuel Macron", "Shakira and Jennifer Lopez"), and a wrong
    guess makes up a name nobody has."""
    for k in range(len(mentions) - 1, 0, -1):
        full = mentions[k].entity
        core = [t for t in full.tokens if t not in SUFFIXES]
        if full.kind != "person" or len(core) < 2 or _abbrev_or_initial(core[0]):
            continue
        i = len(core) - 1
        while i > 1 and core[i - 1].lower() in PARTICLES:
            i -= 1
        surname = core[i:]
        j, after = k - 1, mentions[k].start
        while j >= 0:
            one = mentions[j]
            gap = text[one.end : after]
            word = one.entity.tokens[0]
            if (
                not _SHARED_GAP.fullmatch(gap)
                or (j == k - 1 and gap.startswith(",") and " and " not in gap and "&" not in gap)
                or len(one.entity.tokens) != 1
                or one.entity.kind not in ("person", "unknown")
                or one.possessive
                or word in full.tokens
                # "Ms. Lind and her husband, Jo Dee": an honorific stands before a surname,
                # so the listed word is her own surname, not a given name sharing his.
                or any(_bare(t) in _HONORIFICS for t in one.titles)
            ):
                break
            if (
                word in FIRST_NAMES
                or _RELATIVE_GAP.fullmatch(gap)
                or _FAMILY_BEFORE.search(text, max(0, one.start - 16), one.start)
            ):
                registry.extend(one.entity, [word, *surname])
            else:
                break
            j, after = j - 1, one.start


# The rest of an office after its title word, up to the comma before the holder's name:
# " of Natural Resources, ", " for Industry, Trade and Commerce, Senator the Hon. ".
_OFFICE_TAIL = re.compile(
    r"(?:\s+(?:of|for)\s+[^.,;:“”\"]{1,60}(?:,\s+[^.,;:“”\"]{1,60})*?)?,\s+(?:(?:[A-Z][\w.]*|the)\s+){0,3}"
)


def _office_appositives(text: str, mentions: list[Mention], sentence_starts: set[int]) -> None:
    """A bare office opening a sentence, then its holder's name between commas ("Minister of
    Natural Resources, Mohlomi Moleko, said …"), or a bare office anywhere with its holder
    right after one comma ("Acme's CTO, Jo Dee, said"): the office is that person, so a
    sentence with the office as its subject has the named holder as its speaker. (After a quote,
    "“…,” Minister of Trade, Jo Dee, said" is read by the quote's own tail rule.)"""
    for k, a in enumerate(mentions[:-1]):
        office = a.entity
        if len(office.tokens) != 1 or office.kind not in ("unknown", "org") or not _is_title(office.name):
            continue
        if office.kind == "org" and _bare(office.name) not in TITLES and not _OFFICER_INITIALS.fullmatch(office.name):
            continue
        nxt = mentions[k + 1]
        if (
            nxt.entity.kind == "person"
            and text.startswith(", ", a.end)
            and nxt.start == a.end + 2
            and text.startswith((",", "."), nxt.end)
        ):
            # Anywhere in a sentence, an office right before its holder between commas is
            # that holder: "Acme's CTO, Jo Dee, said", "says Co-Founder, Jo Dee."
            a.entity = nxt.entity
            continue
        if a.start not in sentence_starts or _bare(office.name) not in TITLES:
            continue
        for b in mentions[k + 1 : k + 5]:
            if b.entity.kind == "person":
                break
        else:
            continue
        if b.start - a.end > 160 or not text.startswith(",", b.end):
            continue
        if _OFFICE_TAIL.fullmatch(text, a.end, b.start):
            a.entity = b.entity


# Initialisms of things, not of bodies that speak: "by SMS", "generative AI", "its GDP".
_THING_ACRONYMS = frozenset(
    """SMS MMS AI GPS DNA RNA GDP TV PDF URL API IT HIV AIDS COVID LED USB SUV ATM CCTV VPN PIN ID
    IQ IP IVF MRI CT PC EV EVs LNG LPG VAT ESG FAQ FYI DIY EULA LLM LLMs GPU GPUs CPU CPUs CO2 SEO
    KPI ROI UI UX""".split()
)


# Words for a pair or group of relatives that may stand, capitalised, before their names.
_GROUP_NOUNS = frozenset("Couple Twins Siblings Spouses Newlyweds".split())


def _group_before_names(toks: list[str]) -> bool:
    """A capitalised plural for people opening a run of names ("Brothers Tom and Nick
    Harris", "Twins Ana and Eva Ruiz"): it describes the names after it and is none of
    them. Not before a body's or office's word ("Teachers Union", "Veterans Affairs")."""
    return (
        len(toks) > 1
        and (toks[0] in _GROUP_NOUNS or _people_plural(toks[0]))
        and not any(_bare(t) in ORG_WORDS or _is_title(t) for t in toks[1:])
        and toks[1] != "of"  # "Friends of the Earth": a body's name
    )


# A speech verb's plural present right after a word: " say", " argue that".
_PLURAL_SPEECH_NEXT = re.compile(
    r"\s+(?:also\s+|still\s+|now\s+)?(?:say|argue|believe|contend|insist|warn|note|claim|fear|worry|agree|"
    r"suggest|predict|concede|acknowledge|complain|recall)\b"
)


def _plural_before_speech(token: str, text: str, end: int) -> bool:
    """A capitalised plural opening a sentence before a plural speech verb ("Allies say
    that he …", "Rivals argue …"): a common noun for people the writer does not name,
    since no one person's name takes "say". Not a party or faith ("Democrats say"),
    which names a side that speaks, nor (checked by `scan`) the last word of a name the
    article gave in full ("Rovers say" after "the Acme Rovers": a team's short name)."""
    return (
        len(token) > 3
        and token.endswith("s")
        and not token.endswith(("ss", "'s", "’s"))
        and token not in _PARTY_FAITH
        and token[:-1] not in _PARTY_FAITH  # "Catholics", "Conservatives", "Muslims"
        and _PLURAL_SPEECH_NEXT.match(text, end) is not None
    )


def _people_plural(word: str) -> bool:
    """A capitalised plural of a word for people ("Researchers", "Lawmakers", "Judges"),
    not a party's members ("Democrats"), which name a side that speaks."""
    if not word.endswith("s") or word in _PARTY_FAITH or not word[:1].isupper():
        return False
    low = word.lower()
    return low[:-1] in PERSON_NOUNS or (low.endswith("es") and low[:-2] in PERSON_NOUNS)


_WORK_TITLE_BEFORE = re.compile(r"\b(?:entitled|titled|dubbed)\s+$")


def _no_name(toks: list[str], text: str, start: int, end: int, registry: Registry) -> bool:
    """Capitalised words that name nobody: an initialism of a thing ("via SMS", "generative
    AI"), the title of a work after "entitled"/"titled" ("a book entitled Some Unspoken
    Thing", and that title again later), or one word numbered like a grade ("a Level 3
    risk", "Local 90") unless the article already knows it as a name."""
    if _WORK_TITLE_BEFORE.search(text, max(0, start - 12), start):
        # Later mentions of the title ("Quiet Harbour Lights follows …") name nobody either.
        registry.things.add(" ".join(toks))
        return True
    if registry.things and " ".join(toks) in registry.things:
        return True
    if len(toks) != 1:
        return False
    bare = _bare(toks[0])
    if bare in _THING_ACRONYMS:
        return True
    if _people_plural(bare) and registry.lookup(bare) is None:
        # "Researchers predicted …", "Lawmakers wrote …": a group of people, nobody named.
        return True
    # "a Level 3 risk", "Local 90", "Phase 2": one word and a number name a grade or a
    # numbered thing, not a speaker.
    return _NUMBER_AFTER.match(text, end) is not None and registry.lookup(bare) is None


# Last words of a department's or portfolio's name, never of a person's: "Cooperative
# Governance and Traditional Affairs", "Home Affairs", "Homeland Security".
_DEPARTMENT_TAILS = frozenset(
    "Affairs Security Defence Defense Treasury Commerce Agriculture Education Transportation Immigration "
    "Governance Development Resources Infrastructure Tourism Sport Sports Relations Planning".split()
)
# A number right after a capitalised run names a thing or body: "Teamsters Local 90",
# "Section 230", "Apollo 11"; a score ("Nadal 6-4") or a share ("Dee 52%") does not.
_NUMBER_AFTER = re.compile(r" \d+(?![\d.,:%–-]*[\d%–-])")
_PLACE_AFTER = re.compile(r", ([A-Z][a-z]+)(?:[,.;]|$)")
_STATE_AFTER = re.compile(r", ((?:[A-Z]\.)?[A-Z][a-z]+|[A-Z]\.[A-Z])\.")
# Verbs only people do, right after a name (an adverb allowed): bodies, places and things
# never score, vow, joke or weep.
_PERSON_VERB_AFTER = re.compile(
    r",?\s+(?:[a-z]+ly\s+)?(?:scored|vowed|joked|smiled|laughed|wept|shrugged|grinned|sighed|recalled|insisted|"
    r"described|praised|admitted|confessed|married|resigned|testified|campaigned|tweeted|hugged|thanked)\b"
)


# Places that are also given names: before a surname, a person's first name.
GIVEN_PLACE_NAMES = frozenset("Georgia Sydney Paris Carolina India Asia Brooklyn Israel Dakota Kenya".split())
# Words that close a body named after the place ("Georgia Tech", "India Today"), no surname.
_PLACE_NAME_TAILS = frozenset("Tech State Southern Northern Eastern Western Central Today Match Saint".split())


# Words before a place that make it the place: an article opens a body or thing named
# after it ("the Paris Agreement", "a Sydney Swans game"), "in" the place itself ("In
# Paris Macron told …").
_PLACE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?|[Ii]n)\s+$")


def _given_place_name(
    toks: list[str], name: list[str], titles: list[str], before: str, lower_words: Container[str]
) -> bool:
    """Whether a place that is also a given name opens a two-word name ("Georgia Smith",
    "Paris Hilton"): the person's full name, not a dateline's place before a surname
    ("Moscow Lavrov", which `classify` reads as the surname alone). Not after an article
    or "in" (`_PLACE_BEFORE`: "the Brooklyn Museum", "In Georgia Kemp signed …"), nor
    before a word the article writes in lower case ("Paris Agreement" beside "the
    agreement") or a saint's place ("Paris Saint-Germain")."""
    if titles or len(toks) != 2 or name != toks[1:] or toks[0] not in GIVEN_PLACE_NAMES:
        return False
    last = _bare(toks[1])
    return (
        _PLACE_BEFORE.search(before) is None
        and last.lower() not in lower_words
        and last.split("-")[0] not in _PLACE_NAME_TAILS
        and last[:1].isupper()
        and not last.isupper()
        and last not in PLACES
        and last not in ORG_WORDS
        and not is_demonym(last)
        and not _is_title(last)
        and last not in _PLACE_NAME_TAILS
    )


def _kind_in_context(name: list[str], titles: list[str], kind: Kind, text: str, end: int) -> Kind:
    """The kind a name takes from its own last word or the words right after it: a
    department's tail ("Traditional Affairs") or a run with a number after it ("Teamsters
    Local 90") is a body; a run followed by ", <state or country>" ("Des Moines, Iowa",
    "Rio Rancho, New Mexico") is a place."""
    if _state_after_place(name, titles, text, end):
        return "place"
    if kind not in ("person", "unknown") or titles:
        return kind
    if kind == "unknown" and len(name) == 1 and _PERSON_VERB_AFTER.match(text, end) is not None:
        # "Modi described the project as …", "Dubois scored twice": a bare name doing
        # what only people do is a person, whom a later he or she can be.
        return "person"
    if len(name) >= 2 and name[-1] in _DEPARTMENT_TAILS:
        return "org"
    if _NUMBER_AFTER.match(text, end):
        return "org"
    place = _PLACE_AFTER.match(text, end)
    if place is not None and place.group(1) in PLACES and not {place.group(1), name[0]} & FIRST_NAMES:
        return "place"
    state = _STATE_AFTER.match(text, end)
    if state is not None and state.group(1) in _STATE_ABBREVIATIONS and name[0] not in FIRST_NAMES:
        return "place"  # "Fresno, Calif.", "Dover, N.H.": a town, then its state shortened
    return kind


# US states as news agencies shorten them after a town ("Portsmouth, N.H.", "Fresno,
# Calif."), without their dots.
_STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo""".split()
)


def _state_after_place(name: list[str], titles: list[str], text: str, end: int) -> bool:
    """A state's dotted abbreviation after a town and its comma ("… in Portsmouth, N.H.,
    on Tuesday", "San Bernardino, Calif., a …") is a place, never a body ("N.H." is all
    capitals) nor a person who could speak."""
    if len(name) != 1 or titles:
        return False
    word = name[0]
    dotted = word.endswith(".") or text.startswith(".", end)
    start = end - len(word)
    return dotted and _bare(word) in _STATE_ABBREVIATIONS and text[max(0, start - 2) : start] == ", "


_HONORIFICS = MALE_TITLES | FEMALE_TITLES | frozenset("Dr Dr. Prof Prof. Mx".split())


_OFFICE_WORDS = DEPARTMENTS | ORG_WORDS | PLACES | PLACE_PARTS
_TITLE_OF = re.compile(r"([A-Z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?$")


def _office_of_before(text: str, start: int) -> bool:
    """Whether an office title and "of"/"for" stand right before `start` ("Director of ")."""
    found = _TITLE_OF.search(text, max(0, start - 40), start)
    return found is not None and _is_title(found.group(1))


def _plural_possessive_body(text: str, prev: str, end: int) -> list[tuple[int, int, str]]:
    """The capitalised words after a plural's possessive ("Employers’") up to the last
    organisation word among the next four ("Association"), or none."""
    if not prev.endswith(("s'", "s’")):
        return []
    ahead: list[tuple[int, int, str]] = []
    while len(ahead) < 4 and text.startswith(" ", end):
        word = _WORD.match(text, end + 1)
        if word is None or not _is_cap(word.group()):
            break
        ahead.append((word.start(), word.end(), word.group()))
        end = word.end()
    last = max((k for k, (_, _, t) in enumerate(ahead) if _bare(t) in ORG_WORDS), default=-1)
    return ahead[: last + 1]


def _common_possessive(token: str) -> bool:
    """ "Woman’s", "Children’s", "Farmers’": a possessive of a common noun for people,
    capitalised only because it opens a title."""
    word = token[:-2] if token.endswith(("'s", "’s")) else token[:-1]
    low = word.lower()
    return word[:1].isupper() and (low in _COMMON_PEOPLE or low in _PLURAL_PEOPLE)


_COMMON_PEOPLE = frozenset("woman man child girl boy mother father farmer worker teacher nurse".split())
_PLURAL_PEOPLE = frozenset("women men children people girls boys mothers farmers workers teachers nurses".split())


# Letters after a name that are no office of their own (an MP's and MEP's are).
_LETTERS_NOT_OFFICE = POST_NOMINALS - {"MP", "MEP"}


def _role_only(toks: list[str]) -> bool:
    """A capitalised role with no name in it: "Chief Executive", "Labour MP", "Chief
    Marketing Officer", "Prime Minister". It ends in an office title, holds at most one
    other word (a party, a department, an outlet's initials) and no given name or
    honorific. It names nobody: an appositive after it ("Chief Executive, Jo Dee")
    or an earlier person holding the role ("the Labour MP said") does."""
    if len(toks) == 1:
        # "PM", "the Taoiseach": an office written short, never anybody's name.
        return _bare(toks[0]) in _OFFICES_ALONE
    if _bare(toks[-1]) not in TITLES or _bare(toks[-1]) in _LETTERS_NOT_OFFICE:
        return False
    if len(toks) == 2 and toks[1] in _SURNAME_TITLES and _unknown_given_name(toks[0]):
        # "Corwin Dean", "Tobiah Bishop": a given name the list lacks, then a surname that
        # is also a title word.
        return False
    others = 0
    for tok in toks:
        if tok in FIRST_NAMES or _bare(tok) in _HONORIFICS:
            return False
        if not _is_title(tok):
            others += 1
    return others <= 1


# Offices written short that name nobody standing alone: no one is called "PM" or
# "Taoiseach", so "the PM said" is a role, not a name. (A spelt-out office alone,
# "Minister of Transport, …", stays a mention: the holder named after it is found from it.)
_OFFICES_ALONE = frozenset("PM CEO Taoiseach".split())
# Title words that are also common surnames ("Howard Dean", "Pete King", "John Major").
_SURNAME_TITLES = frozenset("Dean Bishop King Major Judge Marshal Chancellor Pope Prince Provost Constable".split())
# Adjective endings of a word qualifying a title ("Federal Judge", "Episcopal Bishop", "Catholic").
_QUALIFIER_ENDINGS = ("al", "ic", "ical", "ary", "ory")


def _unknown_given_name(token: str) -> bool:
    """A capitalised word that can be a given name missing from the name lists: a plain
    word, not a title, a body, a department, a place, a nationality, a party or faith, or
    an adjective ending ("Federal", "Catholic") that qualifies the title after it."""
    return (
        token.isalpha()
        and token[:1].isupper()
        and token[1:].islower()
        and not _is_title(token)
        and token not in ORG_WORDS
        and token not in DEPARTMENTS
        and token not in PLACES
        and token not in PLACE_FIRST
        and token not in _PARTY_FAITH
        and not (is_demonym(token) and _nationality(token))
        and not token.endswith(_QUALIFIER_ENDINGS)
    )


_ROLE_MODIFIERS = frozenset(
    "former longtime senior top veteran fellow conservative liberal radio television tv news talk "
    "political campaign state local federal national party".split()
)


# A lower-case word, hyphens allowed.
_LOWER_HYPHENATED = re.compile(r"[a-z][a-z-]*")


def _role_modifier(word: str) -> bool:
    """A lower-case word that can stand in a role phrase ("conservative talk-radio host")."""
    return _LOWER_HYPHENATED.fullmatch(word) is not None and (
        word in PERSON_NOUNS
        or word in _ROLE_MODIFIERS
        or "-" in word
        or word.endswith(("al", "ive", "ic", "ous", "ist", "ian"))
    )


# "Trump is questioning whether Obama …": words ending like a role noun ("-er", "-or")
# that are no role, and verbs, cannot stand between a modifier name and a name.
# Irregular past tenses that stand between a subject and the role of its object: "Dee met
# striker Jo Roe".
# ("left" is left out: "Real Madrid left winger Jo Dee" is a position.)
_IRREGULAR_PAST_VERBS = frozenset("met beat hit sent brought caught gave took chose made saw told".split())
# Participles that qualify a role as adjectives, far more often than they are verbs between a
# subject and an object: "Real Madrid injured winger Jo Dee", "the party's disgraced former
# treasurer Jo Dee".
_ROLE_PARTICIPLES = frozenset(
    """injured retired disgraced embattled celebrated acclaimed renowned talented seasoned
    experienced gifted beleaguered fabled famed feted storied respected esteemed""".split()
)


def _past_verb(word: str) -> bool:
    """A past tense in the words between two names ("praised", "met"): a verb, so the first
    name is a subject, not a modifier of the role before the second ("Diego Alvarez praised
    goalkeeper Marco Bellini" against "CNN anchor Jake Tapper"). A role noun in -ed stays
    one, and so does a participle that qualifies roles ("injured winger")."""
    if word in _ROLE_PARTICIPLES or word in PERSON_NOUNS:
        return False
    return word.endswith("ed") or word in _IRREGULAR_PAST_VERBS


_GAP_FUNCTION_WORDS = frozenset(
    "whether however never ever either neither other rather after over under later earlier further together "
    "for or nor and but is was are were has had have will would told asked".split()
)
_SPACE_DIGIT = re.compile(r"\s*\d")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]?")


# Words for a member of a party or faith, written capitalised like names.
_PARTY_FAITH = frozenset(
    """Republican Republicans Democrat Democrats Democratic GOP Tory Tories Conservative Liberal
    Socialist Communist Christian Muslim Catholic Protestant Jewish Methodist Anglican Baptist
    Evangelical Hindu Sikh Buddhist""".split()
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
# Nouns for a person of a nation that no demonym ending makes ("the Spaniard", "the Swede",
# "the Dutchman"): what sports and world pages call somebody named before.
_NATIONALITY_NOUNS = frozenset(
    """Spaniard Swede Dane Finn Pole Turk Scot Briton Brit Croat Serb Czech Slovak Slovene Greek Thai
    Swiss Argentine Filipino Filipina Kiwi Aussie Icelander Luxembourger Dutchman Dutchwoman Frenchman
    Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Scotsman Scotswoman""".split()
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_INDEFINITE_MODIFIED = re.compile(r"\b(?:[aA]n?|[aA]nother|[oO]ne)\s+(?:[a-z][\w-]*\s+){1,2}$")
_LOWER_AFTER = re.compile(r"\s+([a-z][a-z-]+)\b")
_VERB_AFTER = frozenset("said says told added is was has had will would could can did does".split())
# A verb after a place's own name: a past tense, or a present verb of saying or naming.
_PLACE_VERB = re.compile(r"[a-z]{2,}ed|(?:call|brand|label|warn|insist|urge|accuse|demand|term)s")


def _group_word(token: str, text: str, start: int, end: int) -> bool:
    """A lone nationality, party or faith word: an adjective before a noun ("Republican
    claims", "the Afghan intelligence agency") or a member after "a"/"an" ("died a
    Christian", "an Iraqi"), perhaps with lower-case words between ("another commonwealth
    Democrat", "a longtime Republican"). Neither names anybody. A given name of the same spelling
    ("Christian said") stays a name unless "a"/"an" stands before it."""
    bare = token.removesuffix("’s").removesuffix("'s")
    if (bare in _NATIONALITY_NOUNS or (is_demonym(bare) and _nationality(bare))) and _DEFINITE_BEFORE.search(
        text, max(0, start - 4), start
    ):
        # "The Spaniard, who joined in June, …", "the Kenyan won": a person named before,
        # described by nationality; a description (`descriptions`) says who, not a name.
        return True
    if bare not in _PARTY_FAITH and not (is_demonym(bare) and _nationality(bare)):
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return True
    if bare in FIRST_NAMES:
        return False
    if _INDEFINITE_MODIFIED.search(text, max(0, start - 40), start):
        # "another commonwealth Democrat", "a longtime Republican": a member described.
        return True
    after = _LOWER_AFTER.match(text, end)
    if after is not None and bare in PLACES and _PLACE_VERB.fullmatch(after.group(1)):
        # "Japan branded Northland …", "Japan insisted": a country's own name (which can
        # stand as an adjective: "Japan officials") before a verb is the country acting.
        return False
    return after is not None and after.group(1) not in _VERB_AFTER


_CONTRACTION = re.compile(r"([A-Z][a-z]*)[’'](?:d|ll|re|ve|m|s)")


def _stop_contraction(token: str) -> bool:
    """A pronoun or function word with a contraction ("You'd", "We’ll", "They're",
    "There's"): no name, like the word alone."""
    if "’" not in token and "'" not in token:
        return False  # no apostrophe, no contraction: most words, without the regex
    m = _CONTRACTION.fullmatch(token)
    return m is not None and m.group(1) in STOP


def _abbrev_or_initial(token: str) -> bool:
    bare = _bare(token)
    return bare in ABBREVIATIONS or (len(bare) == 1 and bare.isupper()) or _INITIALS.fullmatch(token) is not None


_OCCUPATION_ENDINGS = ("er", "or", "ist", "naut", "ian", "ant", "ent")


def _occupation(toks: list[str], lower_words: Container[str]) -> bool:
    """An occupation word opening a sentence before a full name ("Astronaut Kalpana Rao",
    "Welder Jo Dee"): it ends like one and is a known role noun, or the article writes it
    in lower case too, or a known given name or two capitalised words follow it ("Enter
    Stuart R. Kaplan"). An unknown word that merely ends like one before a particle
    surname is a given name ("Pieter van der Walt")."""
    first = toks[0]
    if not first.endswith(_OCCUPATION_ENDINGS) or first in FIRST_NAMES or _is_title(first):
        return False
    if any(_bare(t) in ORG_WORDS for t in toks[1:]):
        return False  # a company's first word: "Sargent Electric Company", "Haier U.S. Holdings"
    low = first.lower()
    if low in PERSON_NOUNS or low in lower_words or toks[1] in FIRST_NAMES:
        return True
    # Otherwise a full name must follow it, not a particle surname ("Pieter van der Walt").
    return sum(t[:1].isupper() for t in toks[1:]) >= 2


_IMPERATIVES = frozenset(
    "ask note consider imagine remember recall listen look compare notice tell meet check forget guess "
    "suppose picture take".split()
)
"""Verbs that open a sentence as an imperative addressed to the reader, and are nobody's
given name or surname (not "Will", "Mark", "Read", "Watch")."""


def _sentence_word(token: str, lower_words: Container[str]) -> bool:
    """A sentence-initial capitalised word that the article also uses in lower case, or
    a verb whose other forms it uses ('Ask Jo Dee …' beside 'asked', 'asks'): an
    imperative or participle opening a sentence is no part of the name after it."""
    low = token.lower()
    if low in _IMPERATIVES:
        # "Note the mayor's words: “…”", "Ask the mayor and …": an imperative, however
        # seldom the article uses the verb elsewhere.
        return True
    # A participle or adverb is longer than the given names of that shape ("Ming", "Jing", "Lily").
    if low in lower_words or low.endswith(("ing", "ly")) and len(low) > 4 and token not in FIRST_NAMES:
        return True
    if token in FIRST_NAMES or not low.isalpha() or len(low) < 3:
        return False
    return sum(form in lower_words for form in (low + "s", low + "ed", low + "ing")) >= 2


# Role nouns written after a body's or product's name and before a holder's name that are
# no person noun elsewhere: "Acme Maps lead Jo Dee", "Harbour Board boss Jo Dee".
_GAP_ROLE_NOUNS = frozenset("lead boss supremo honcho".split())
# After a reporting verb and its name: a comma or colon and then the quote ("Said Dee: “…”").
_QUOTE_AFTER = re.compile(r"\s*[,:]\s*\x00")


# Reporting verbs' past forms without "-ed" that no surname shares ("Said" is one: "Edward Said").
_PAST_SPEECH = frozenset("told wrote".split())


def _capitalised_speech_verb(word: str, verbs: Container[str]) -> bool:
    """A reporting verb written with a capital after a name ('“…,” Crane Tweeted.',
    "Jo Dee Told reporters"): a platform's or a careless writer's capital, the verb still
    no part of the name. Only a past form in "-ed" or one no surname shares ("Told",
    "Wrote"): "Edward Said" and "Samuel Smiles" keep their surnames."""
    low = word.lower()
    return word[:1].isupper() and low in verbs and (low.endswith("ed") or low in _PAST_SPEECH)


def _inverted_verb(
    toks: list[str], start: int, end: int, text: str, sentence_starts: set[int], verbs: Container[str]
) -> bool:
    """A reporting verb opening a sentence before the speaker's name, the inverted order
    of feature writing ("Replied Tobias, “Not this year.”", "Added Voss, …", "Said Voss:
    “…”"): the verb is no part of the name. A past form in "-ed" is never a given name;
    one that may be ("Said", a given name too) counts only with the quote right after the
    name."""
    if len(toks) < 2 or start not in sentence_starts:
        return False
    low = toks[0].lower()
    if low not in verbs or not toks[1][:1].isupper():
        return False
    return low.endswith("ed") or _QUOTE_AFTER.match(text, end) is not None


_WORD_NEXT = re.compile(r" ([a-z]+)\b")


def _given_name_in_ing(
    toks: list[str], end: int, text: str, lower_words: Container[str], verbs: Container[str]
) -> bool:
    """A sentence opening on a word in -ing, a surname and a reporting verb ("Irving
    Berlin wrote:", "Sterling Hayden said"): the -ing word is a given name. A participle
    opening a sentence takes the name as its object, and a comma or more words follow
    ("Citing Locke, she …"), never the name's own verb."""
    if len(toks) != 2 or not toks[0].endswith("ing") or toks[0].lower() in lower_words:
        return False
    verb = _WORD_NEXT.match(text, end)
    return verb is not None and (verb.group(1) in verbs or verb.group(1) in _PAST_SPEECH)


def _place_pair(toks: list[str]) -> bool:
    """A place named by two words, the first of which a sentence might open on as a
    participle or a common word ("Downing Street said", "Capitol Hill", "Ealing Road"):
    the pair is a place's name, not a verb before a name."""
    if len(toks) < 2:
        return False
    if toks[0] in PLACE_PARTS and (toks[1] in PLACE_PARTS or toks[1] in PLACE_LAST):
        return True
    return len(toks) == 2 and toks[1] in PLACE_LAST and toks[1] not in DEPARTMENTS and toks[0].endswith("ing")


# "a", "another", "one", perhaps with lower-case words after it ("a senior", "one
# longtime"), right before a capitalised run.
_INDEFINITE_BEFORE = re.compile(r"\b(?:[aA]n?|[aA]nother|[oO]ne)\s+(?:[a-z][\w-]*\s+){0,2}$")
# Unnamed people inside a body: "a Labour source", "a Kremlin insider".
_INSIDE_SOURCE = re.compile(r" (?:source|insider)s?\b")


_LOWER_WORD_NEXT = re.compile(r" ([a-z][a-z-]+)\b")


def _nationality_of_people(toks: list[str], text: str, end: int) -> bool:
    """A nationality before a lower-case people noun ("67 Latin American artists", "a
    South African nurse", "Egyptian officials"): an adjective describing people who stay
    unnamed, never a name that could speak."""
    last = _bare(toks[-1])
    if len(toks) > 3 or not (is_demonym(last) and _nationality(last)) or any(_is_title(t) for t in toks):
        return False
    nxt = _LOWER_WORD_NEXT.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    # Agent nouns in the plural ("painters", "scientists", "historians") are people too.
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS) or word.endswith(_AGENT_PLURALS)


_AGENT_PLURALS = ("ers", "ists", "ians")


def _described_member(toks: list[str], text: str, start: int, end: int) -> bool:
    """An unnamed source described by place and party, faith or nationality after an
    indefinite article ("a Virginia Republican said", "an Ohio Democrat", "another
    Scottish Tory", "a senior Texas Republican"), or a body's name before "source" or
    "insider" after "a"/"an" ("a Labour source", "a Harbour Board insider"): a
    description of somebody left unnamed, not a name, so it speaks as an unnamed source
    does (not the body: its spokesperson would speak for it, its source does not)."""
    last = _bare(toks[-1])
    if _INSIDE_SOURCE.match(text, end) and _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return True
    if len(toks) < 2 or (last not in _PARTY_FAITH and not (is_demonym(last) and _nationality(last))):
        return False
    if last.endswith("s"):
        return False  # "a meeting with Texas Republicans": a group, which may speak as one
    # A state may share a given name's spelling ("a Virginia Democrat"): only a title
    # ("a Senate Republican" is a member too, but "a Sen. Jo Dee Republican" is no phrase).
    if any(_is_title(t) for t in toks[:-1]):
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, start - 40), start) is not None


# Function words that are also given names ("Will Danner"); see `_stop_given_name`.
_GIVEN_NAME_STOPS = frozenset({"Will"})
_SPEECH_AFTER = re.compile(r",| (?:said|says|told|added|wrote)\b")


def _stop_given_name(
    tok: str, start: int, run: list[tuple[int, int, str]], text: str, sentence_starts: set[int]
) -> bool:
    """A modal that is also a given name, before a surname ("says Will Danner", "Will
    Danner said"): mid-sentence a capitalised "Will" before a capitalised word is a name;
    opening a sentence it is one only with a comma or a speech verb right after the name
    ("Will Danner, the scout, …"), not in a question ("Will Congress act?")."""
    if tok not in _GIVEN_NAME_STOPS or len(run) < 2 or run[0][0] != start:
        return False
    if start not in sentence_starts:
        return True
    return _SPEECH_AFTER.match(text, run[-1][1]) is not None
