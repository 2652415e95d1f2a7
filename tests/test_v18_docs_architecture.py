"""docs/architecture.md names every module of the package, and no module that is gone.

A module is named when the tree's entry for its folder names it, or when a row of the
modules table for its folder (or for the module itself) does.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "src" / "newstui"
ARCHITECTURE = ROOT / "docs" / "architecture.md"


def _tree_entries(text: str) -> dict[str, str]:
    """The tree block's entries: `config/`, `feeds/fetch/`, `model.py`... -> their text."""
    block = text.split("## The tree", 1)[1].split("```", 2)[1]
    entries: dict[str, str] = {}
    name = ""
    for line in block.splitlines():
        match = re.match(r"^  (\S+)\s*(.*)$", line)
        if match:
            name = match.group(1)
            entries[name] = match.group(2)
        elif name and line.startswith("   "):
            entries[name] += " " + line.strip()
    return entries


def _table_rows(text: str) -> list[tuple[str, str]]:
    """(first cell, whole row) of the modules table."""
    table = text.split("## Modules and their contracts", 1)[1].split("\n## ", 1)[0]
    return [(line.split("|")[1], line) for line in table.splitlines() if line.startswith("| `")]


def _modules() -> list[Path]:
    return sorted(path.relative_to(PACKAGE) for path in PACKAGE.rglob("*.py") if path.name != "__init__.py")


def _named(module: Path, entries: dict[str, str], rows: list[tuple[str, str]]) -> bool:
    stem = module.stem
    folder = "" if module.parent == Path(".") else f"{module.parent.as_posix()}/"
    word = re.compile(rf"(?<![\w/]){re.escape(stem)}(?![\w])")
    entry = entries.get(folder or module.name)
    if entry is not None and (not folder or word.search(entry)):
        return True
    for first, row in rows:
        if f"`{module.as_posix()}`" in first:
            return True
        if folder and f"`{folder}`" in first and (f"`{stem}`" in row or f"`{stem}.py`" in row):
            return True
    return False


def test_every_module_is_named() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    entries, rows = _tree_entries(text), _table_rows(text)
    missing = [module.as_posix() for module in _modules() if not _named(module, entries, rows)]
    assert not missing, f"modules docs/architecture.md does not name: {missing}"


def test_every_module_path_named_exists() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:[a-z_]+/)+[a-z_]+\.py)`", text))
    gone = [
        path
        for path in sorted(named)
        if not any((base / path).exists() for base in (PACKAGE, ROOT, ROOT / "tests", ROOT / "bench"))
    ]
    assert not gone, f"docs/architecture.md names modules that do not exist: {gone}"
