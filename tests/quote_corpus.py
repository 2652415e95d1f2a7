"""The labelled quote corpus (tests/data/quotes/*.txt): read by the tests and by bench/quotes.py.

The format is described at the top of each corpus file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "quotes"


@dataclass
class Case:
    name: str
    headline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[tuple[int, str | None, str]] = field(default_factory=list)
    """(paragraph index, speaker or None, text) for each expected quote."""


def load_corpus(path: Path) -> list[Case]:
    """Read one corpus file; a line that fits no form is a ValueError naming file and line."""
    cases: list[Case] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("=== "):
            cases.append(Case(line[4:].strip()))
        elif not cases:
            raise ValueError(f"{path}:{lineno}: text before the first '=== name' line")
        elif line.startswith("H: "):
            cases[-1].headline = line[3:]
        elif line.startswith("P: "):
            cases[-1].paragraphs.append(line[3:])
        elif line.startswith("Q "):
            para, speaker, text = (part.strip() for part in line[2:].split("|", 2))
            cases[-1].quotes.append((int(para), None if speaker == "None" else speaker, text))
        else:
            raise ValueError(f"{path}:{lineno}: unreadable corpus line {line[:40]!r}")
    return cases


def all_cases() -> list[Case]:
    return [case for path in sorted(CORPUS.glob("*.txt")) for case in load_corpus(path)]
