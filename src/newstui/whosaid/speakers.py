"""Canonical speaker names: one person, one speaker.

Pure functions (no SQLite); `quote_index.py` applies them when it stores quotes.

- `speaker_key(name)`: what makes two written names the same speaker: casefold,
  diacritics stripped, dots and apostrophe styles folded, spaces collapsed
  ("Ana Ruíz", "ANA RUIZ" and "Ana Ruiz" share one key).
- `clean_name(written)`: the name without titles and roles ("Russian Foreign
  Minister Sergei Lavrov" → "Sergei Lavrov"), and whether it names an
  organisation (then it is kept whole: "Foreign Ministry", "Kremlin").
- `resolve_in_article(names)`: a surname-only speaker takes the full name given
  for that surname in the same article, when exactly one is (a joint speaker,
  "Dana Prell and Omar Villet", gives no surname: it is the pair's own entry).
- `parse_speaker_aliases(table)`: the config's `[speakers]` table
  (`"Joe Biden" = "Joseph R. Biden"`, written → canonical).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = ["CleanName", "clean_name", "parse_speaker_aliases", "resolve_in_article", "speaker_key", "surname_key"]

_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", ".": " "})


def speaker_key(name: str) -> str:
    """The identity of a written name: casefold, no diacritics, no dots, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_FOLD).casefold().split())


def surname_key(name: str) -> str | None:
    """The key of the last word of a name of two or more words, else None.

    A joint speaker ("Dana Prell and Omar Villet", "Prell, Villet and Mara Lund") has
    none: its last word is one of several people's, and a bare "Villet" elsewhere is
    that one person, never the pair."""
    words = speaker_key(name).split()
    if "and" in words or "&" in words or any(word.endswith(",") for word in words):
        return None
    return words[-1] if len(words) >= 2 else None


@dataclass(frozen=True, slots=True)
class CleanName:
    """A speaker's name ready to be stored."""

    name: str
    """Titles and roles dropped for a person; an organisation's name as written."""
    org: bool
    """True when the name is an organisation's (never resolved by surname)."""

    @property
    def key(self) -> str:
        return speaker_key(self.name)

    @property
    def single(self) -> bool:
        """A one-word person's name: a surname to resolve."""
        return not self.org and " " not in self.name


def clean_name(written: str) -> CleanName:
    """Drop titles and roles from a written speaker name; keep organisations whole.

    Args:
        written: the speaker as the extractor (or an alias) gave it.

    Returns:
        The name and whether it is an organisation's.
    """
    from newstui.extract.names import classify

    tokens = written.split()
    if not tokens:
        return CleanName("", False)
    _titles, name, kind = classify(tokens)
    if kind == "org":
        return CleanName(" ".join(tokens), True)
    if not name:
        return CleanName(" ".join(tokens), False)
    return CleanName(" ".join(name), False)


def resolve_in_article(names: Sequence[CleanName | None]) -> list[CleanName | None]:
    """A surname-only name becomes the article's one full name with that surname.

    When two people of the article share the surname, the surname stays as written.
    """
    full: dict[str, set[str]] = {}
    forms: dict[str, CleanName] = {}
    for name in names:
        if name is None or name.org:
            continue
        surname = surname_key(name.name)
        if surname is not None:
            full.setdefault(surname, set()).add(name.key)
            forms.setdefault(name.key, name)
    out: list[CleanName | None] = []
    for name in names:
        if name is not None and name.single:
            keys = full.get(name.key)
            if keys is not None and len(keys) == 1:
                name = forms[next(iter(keys))]
        out.append(name)
    return out


_NAME_OK = re.compile(r"\S")


def parse_speaker_aliases(table: object, error: Callable[[tuple[str, ...], str], Exception]) -> dict[str, str]:
    """The `[speakers]` table: written name = canonical name (strings only).

    An `aliases` subtable (`[speakers.aliases]`) is read the same way.

    Args:
        table: the parsed TOML value under `speakers`.
        error: builds the error for a key path and a message (the config's ConfigError).

    Returns:
        written → canonical, both with control characters and extra spaces removed.
    """
    if not isinstance(table, Mapping):
        raise error(("speakers",), "must be a table ([speakers]) of written name = canonical name")
    aliases: dict[str, str] = {}
    for written, value in table.items():
        if written == "aliases" and isinstance(value, Mapping):
            for inner, canonical in value.items():
                aliases.update(_alias(("speakers", "aliases", inner), inner, canonical, error))
            continue
        aliases.update(_alias(("speakers", written), written, value, error))
    return aliases


def _alias(
    where: tuple[str, ...], written: str, canonical: object, error: Callable[[tuple[str, ...], str], Exception]
) -> dict[str, str]:
    from newstui.text import one_line

    if not isinstance(canonical, str):
        raise error(
            where, f'must be a string, the canonical name (e.g. "Joseph R. Biden"), not {type(canonical).__name__}'
        )
    clean_written, clean_canonical = one_line(written), one_line(canonical)
    if not _NAME_OK.search(clean_written) or not _NAME_OK.search(clean_canonical):
        raise error(where, "a speaker alias needs a written name and a canonical name, neither empty")
    return {clean_written: clean_canonical}
