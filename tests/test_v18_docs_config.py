"""docs/configuration.md documents every table and setting the config loader accepts.

The names come from the loader's own tables (`TOP_LEVEL_KEYS`, `FEED_KEYS`,
`FILTER_KEYS`, `QUERY_KEYS`, the auth keys) and `GENERAL_SETTINGS`, with defaults and
smallest values from `GeneralConfig` and the settings table: a setting added to the
code without a row in the reference fails here, and so does a row whose default or
range the code no longer has.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newstui.config import load
from newstui.config.model import (
    FEED_KEYS,
    FILTER_KEYS,
    GENERAL_SETTINGS,
    QUERY_KEYS,
    TOP_LEVEL_KEYS,
    GeneralConfig,
)
from newstui.config.toml_lines import toml_value

CONFIG_DOC = Path(__file__).parent.parent / "docs" / "configuration.md"


def _text() -> str:
    return CONFIG_DOC.read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text under the `## title` heading, up to the next `## `."""
    parts = re.split(r"^## (.+?)\s*$", _text(), flags=re.M)
    sections = {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}
    assert title in sections, f"no '## {title}' section in docs/configuration.md"
    return sections[title]


def _rows(section: str) -> dict[str, str]:
    """The rows of the section's key table (headed `| key |`), by each key their first
    cell names (a `a`, `b` row gives both)."""
    rows: dict[str, str] = {}
    in_table = False
    for line in section.splitlines():
        if line.startswith("| key |"):
            in_table = True
        elif not line.startswith("|"):
            if in_table and rows:
                break
        elif in_table and line.startswith("| `"):
            first = line.split("|")[1]
            for name in re.findall(r"`([^`]+)`", first):
                rows[name] = line
    return rows


@pytest.mark.parametrize("table", TOP_LEVEL_KEYS)
def test_every_table_has_a_section(table: str) -> None:
    array = table in ("feeds", "filters", "queries")
    _section(f"`[[{table}]]`" if array else f"`[{table}]`")


@pytest.mark.parametrize("name", list(GENERAL_SETTINGS))
def test_every_general_setting_has_a_row_with_its_default_and_range(name: str) -> None:
    row = _rows(_section("`[general]`")).get(name)
    assert row is not None, f"[general] {name}: no row in docs/configuration.md"
    setting = GENERAL_SETTINGS[name]
    cells = [cell.strip() for cell in row.split("|")[1:-1]]
    kind, default = cells[1], cells[2]
    if setting.minimum is not None:
        assert f"≥ {setting.minimum:g}" in kind, f"{name}: minimum {setting.minimum:g} not in {kind!r}"
    value = getattr(GeneralConfig(), name)
    if value is None or value == "" and name != "proxy":
        return  # "none set": the cell says what is used instead
    shown = toml_value(value) if not isinstance(value, tuple) else toml_value(list(value))
    if isinstance(value, float):
        shown = f"{value:g}" if value != int(value) else f"{value:.1f}"
    assert f"`{shown}`" in default, f"{name}: default {shown} not in {default!r}"


def test_no_general_row_the_code_does_not_have() -> None:
    unknown = set(_rows(_section("`[general]`"))) - set(GENERAL_SETTINGS)
    assert not unknown, f"documented [general] settings the code does not have: {sorted(unknown)}"


@pytest.mark.parametrize(
    ("section", "keys"),
    [
        ("`[[feeds]]`", FEED_KEYS),
        ("`[[filters]]`", FILTER_KEYS),
        ("`[[queries]]`", QUERY_KEYS),
    ],
)
def test_every_key_of_an_array_table_has_a_row(section: str, keys: tuple[str, ...]) -> None:
    rows = _rows(_section(section))
    missing = [key for key in keys if key not in rows]
    assert not missing, f"{section}: keys without a row: {missing}"
    unknown = set(rows) - set(keys)
    assert not unknown, f"{section}: documented keys the code does not have: {sorted(unknown)}"


def test_every_auth_key_is_documented() -> None:
    feeds = _section("`[[feeds]]`")
    for key in load._AUTH_KEYS:
        assert f"{key} =" in feeds or f"`{key}`" in feeds, f"auth.{key}"
