"""Text normalisation shared by the extractor's modules (standard library only)."""

from __future__ import annotations

import re

from newstui.text import strip_control

# Zero-width and soft-hyphen characters that pages sprinkle into words.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


# Anything strip_control or _INVISIBLE would touch; most text has none of it.
_UNCLEAN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ud800-\udfff\ufeff]"
)


QUOTE_CLOSERS = "\"'”’»“«‘)"
"""Marks that may close a sentence after its stop: English quotes, and the German („…“, »…«) and
French (« … ») ones, whose closing mark is an opening mark elsewhere."""


def norm(text: str) -> str:
    """One line: control characters and invisible marks gone, whitespace collapsed.

    Quote marks, apostrophes and dashes are kept exactly as published.
    """
    if _UNCLEAN.search(text):
        text = _INVISIBLE.sub("", strip_control(text))
    # str.split() splits on all Unicode whitespace (no-break and thin spaces too).
    return " ".join(text.split())


def norm_pre(text: str) -> str:
    """Preformatted text: keep line breaks and indentation, drop controls and trailing blanks."""
    lines = _INVISIBLE.sub("", strip_control(text.replace("\r\n", "\n").replace("\r", "\n"))).split("\n")
    return "\n".join(line.rstrip().replace("\u00a0", " ") for line in lines).strip("\n")


def comparable(text: str) -> str:
    """Lower-case letters and digits only, for comparing titles and spotting duplicates."""
    return re.sub(r"[\W_]+", "", text.casefold())


def words(text: str) -> int:
    return len(text.split())


PAID_LINKS_LABEL = (
    r"sponsored (?:links|ads|results|listings)|ads? by \w+(?: \w+)?|(?:paid|promoted) links|"
    r"(?:a word )?from our sponsors?|anzeigen?|werbung"
)
"""The labels over a box of paid links ('Sponsored Links', 'Ads by Google', 'Anzeigen'), one
regex alternation that `furniture` (labels in the text) and `prune` (ad box headings) extend."""


ADVERTISING_WORD = r"publicité|publicidad|publicidade|pubblicità|reklam[ae]?|annonce|реклама|διαφήμιση"
"""Ad slot labels that also name advertising itself (or, 'Annonce', an announcement), as 'Werbung'
does: set as a heading they may title a section of a story about advertising, and a list of a
firm's trades may name them."""

AD_NOTICE_WORD = r"advertisement|anzeige|advertentie|annons|annonse|mainos"
"""Ad slot labels that name one ad, never advertising itself: no section of a story is titled so."""

AD_SLOT_LABEL = rf"{AD_NOTICE_WORD}|{ADVERTISING_WORD}"
"""The one word an ad slot leaves in the story once its script is gone, in the press's languages
('Advertisement', 'Anzeige', 'Publicité', 'Publicidad', 'Advertentie', 'Reklama', 'Annons'): a
label of the page's furniture, never a paragraph of the story on its own. Singular only: a
plural ('Advertisements', 'Anzeigen') may title a section of a story about advertising, and so
may a heading of ADVERTISING_WORD (`furniture` keeps such headings and list items)."""

_AD_SLOT_OPEN = r"[-–—(\[*·•|\s]*"
_AD_SLOT_CLOSE = r"[-–—)\]*·•|:\s]*"
DECORATED_AD_SLOT = rf"{_AD_SLOT_OPEN}(?:{AD_SLOT_LABEL}){_AD_SLOT_CLOSE}"
"""AD_SLOT_LABEL as templates set it apart: '- Anzeige -', '[Publicité]', '— Publicidad —'."""
DECORATED_AD_NOTICE = rf"{_AD_SLOT_OPEN}(?:{AD_NOTICE_WORD}){_AD_SLOT_CLOSE}"
"""AD_NOTICE_WORD set apart the same way: a label that never titles a section."""
DECORATED_ADVERTISING_WORD = rf"{_AD_SLOT_OPEN}(?:{ADVERTISING_WORD}){_AD_SLOT_CLOSE}"
"""ADVERTISING_WORD set apart the same way."""


_MONTH_NAMES = (
    "jan january januar janvier januari janeiro jän jänner enero ene gennaio gen "
    "feb febr february februar février fevrier févr fév fev febrero febbraio februari fevereiro "
    "mar march märz mär mars marzo março marts apr april avril avr abril abr aprile "
    "may mai maj mayo maio maggio jun june juni juin junio junho giugno giu "
    "jul july juli juillet juil julio julho luglio lug aug august augusti août aout agosto ago "
    "sep sept september septembre septiembre setiembre settembre setembro set "
    "oct october oktober octobre octubre ottobre outubro okt ott nov november novembre noviembre novembro "
    "dec december dezember décembre decembre diciembre dicembre dezembro dez déc dic"
).split()
MONTH = "(?:" + "|".join(sorted(set(_MONTH_NAMES), key=len, reverse=True)) + r")\.?"
"""A month's name or its short form in the press's languages ('Jan', 'März', 'juil.'), one regex group."""
