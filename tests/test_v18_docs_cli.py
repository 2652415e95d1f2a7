"""docs/cli.md documents every command and every option the parser really has.

The commands and their options are read from the real parser (`build_parser`), so a
flag added to a command without a line in the reference fails here, and so does a
documented flag the code no longer has.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from newstui.__main__ import COMMANDS, build_parser

CLI_DOC = Path(__file__).parent.parent / "docs" / "cli.md"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and not isinstance(a, argparse._HelpAction)]


def _sections() -> dict[str, str]:
    """Each `## newstui COMMAND` section of docs/cli.md, by command."""
    text = CLI_DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## newstui (\S+)\s*$", text, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _synopsis(section: str) -> str:
    """The section's first code block: the command's usage line(s)."""
    match = re.search(r"```\n(.*?)```", section, re.S)
    assert match is not None, "no usage block"
    return match.group(1)


COMMAND_NAMES = [name for name, _module, _help in COMMANDS]


def test_every_command_has_a_section() -> None:
    sections = _sections()
    missing = [name for name in COMMAND_NAMES if name not in sections]
    assert not missing, f"commands without a '## newstui NAME' section in docs/cli.md: {missing}"
    unknown = [name for name in sections if name not in COMMAND_NAMES]
    assert not unknown, f"docs/cli.md documents commands newstui does not have: {unknown}"


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_every_option_of_a_command_is_in_its_synopsis_and_section(command: str) -> None:
    section = _sections()[command]
    synopsis = _synopsis(section)
    for action in _options(_subparsers(build_parser())[command]):
        for flag in action.option_strings:
            assert re.search(rf"`{re.escape(flag)}[` ]", section), f"{command} {flag}: not in its section"
        long_flag = max(action.option_strings, key=len)
        assert re.search(rf"(?<![\w-]){re.escape(long_flag)}(?![\w-])", synopsis), (
            f"{command} {long_flag}: not in the usage line {synopsis!r}"
        )


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_every_documented_option_exists(command: str) -> None:
    section = _sections()[command]
    known = {flag for action in _options(_subparsers(build_parser())[command]) for flag in action.option_strings}
    synopsis_flags = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", _synopsis(section)))
    table_flags = set(re.findall(r"^\| `(--?[a-z][a-z-]*)", section, flags=re.M))
    unknown = (synopsis_flags | table_flags) - known
    assert not unknown, f"{command}: documented options the command does not have: {sorted(unknown)}"


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_numeric_defaults_are_the_documented_ones(command: str) -> None:
    section = _sections()[command]
    for action in _options(_subparsers(build_parser())[command]):
        if isinstance(action.default, int) and not isinstance(action.default, bool) and action.nargs != 0:
            long_flag = max(action.option_strings, key=len)
            row = next((line for line in section.splitlines() if line.startswith(f"| `{long_flag}")), "")
            assert f"default {action.default}" in row, f"{command} {long_flag}: default {action.default} not in {row!r}"


def test_every_global_option_is_documented() -> None:
    text = CLI_DOC.read_text(encoding="utf-8")
    head = text.split("\n## ", 1)[0]
    for action in _options(build_parser()):
        for flag in action.option_strings:
            assert f"`{flag}" in head or f"[{flag}" in head, f"global option {flag}: not at the top of docs/cli.md"


def test_aliases_are_documented() -> None:
    sections = _sections()
    for name in _subparsers(build_parser()):
        if name not in COMMAND_NAMES:  # an alias: the parser's choices hold it too
            assert any(f"newstui {name}" in section for section in sections.values()), f"alias {name}"


def test_the_readme_lists_every_command() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMAND_NAMES if not re.search(rf"^newstui {re.escape(name)}\b", readme, re.M)]
    assert not missing, f"commands missing from the README's list: {missing}"
