"""Hostile or mistaken config files: clear errors, fast, every problem at once; the edit lock times out."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from newstui.config import (
    MAX_KEY_PARTS,
    ConfigProblems,
    ensure_config,
    load_config,
    load_toml_text,
    locate_keys,
    parse_config,
)
from newstui.config import edit as config_edit
from newstui.errors import ConfigError
from newstui.model import FeedConfig

# Each hostile file is loaded in a child process with a memory cap and a time
# bound, so the old behaviour (minutes, gigabytes, RecursionError) fails the test
# instead of hanging it.
HANG_BOUND_SECONDS = 20
MEMORY_CAP_BYTES = 1024 * 1024 * 1024

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
    from newstui.config import load_config, scan_toml
    from newstui.errors import ConfigError
    start = time.monotonic()
    out = {{}}
    try:
        load_config(sys.argv[1])
        out["result"] = "ok"
    except ConfigError as error:
        out["result"] = "ConfigError"
        out["message"] = str(error)
        out["line"] = error.line
    except BaseException as error:
        out["result"] = type(error).__name__
    out["load_seconds"] = time.monotonic() - start
    start = time.monotonic()
    try:
        scan_toml(open(sys.argv[1], encoding="utf-8").read())
        out["scan"] = "ok"
    except BaseException as error:
        out["scan"] = type(error).__name__
    out["scan_seconds"] = time.monotonic() - start
    print(json.dumps(out))
    """
).format(cap=MEMORY_CAP_BYTES)


def load_in_child(path: Path) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=HANG_BOUND_SECONDS
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading {path.name} took more than {HANG_BOUND_SECONDS} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    assert result["scan"] == "ok", result  # the line scanner copes with whatever the parser refuses
    return result


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- deep nesting


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("[" * 100_000 + "]" * 100_000, id="arrays"),
        pytest.param("{a = " * 100_000 + "1" + "}" * 100_000, id="inline-tables"),
        pytest.param("[{a = " * 50_000 + "1" + "}]" * 50_000, id="mixed"),
    ],
)
def test_deep_nesting_is_a_config_error_naming_file_and_line(tmp_path: Path, value: str) -> None:
    path = write(tmp_path, f'[general]\ntheme = "nord"\n\n[keys]\nx = {value}\n')
    result = load_in_child(path)
    assert result["result"] == "ConfigError", result
    assert result["line"] == 5
    assert str(result["message"]).startswith(f"{path}:5: ")
    assert "nested too deeply" in str(result["message"])


def test_load_toml_text_is_reusable_for_other_files(tmp_path: Path) -> None:
    # ui/themes.py reads theme files with it: the error names that file.
    theme = tmp_path / "themes" / "mine.toml"
    with pytest.raises(ConfigError) as caught:
        load_toml_text(theme, 'name = "mine"\ncolors = ' + "[" * 5000 + "]" * 5000 + "\n")
    assert caught.value.path == str(theme)
    assert caught.value.line == 2
    with pytest.raises(ConfigError, match=r"mine\.toml:3: TOML syntax error"):
        load_toml_text(theme, 'name = "mine"\n\nprimary = \n')
    assert load_toml_text(theme, 'name = "mine"\nprimary = "#ff0000"\n') == {"name": "mine", "primary": "#ff0000"}


def test_moderate_nesting_still_loads() -> None:
    data = load_toml_text("x.toml", "a = " + "[" * 50 + "]" * 50 + "\n")
    depth = 0
    value: object = data["a"]
    while isinstance(value, list) and value:
        value = value[0]
        depth += 1
    assert depth == 49


# --------------------------------------------------------------------------- huge keys and lines


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[general]\n" + "a." * 50_000 + "a = 1\n", id="bare"),
        pytest.param("[general]\n" + '"a".' * 50_000 + '"a" = 1\n', id="quoted"),
        pytest.param("[general]\n[" + "a." * 50_000 + "a]\nx = 1\n", id="header"),
        pytest.param("[general]\nx = {" + "a." * 50_000 + "a = 1}\n", id="inline-table"),
    ],
)
def test_a_50000_part_dotted_key_is_refused_fast(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    result = load_in_child(path)
    assert result["result"] == "ConfigError", result
    assert result["line"] == 2
    assert f"at most {MAX_KEY_PARTS}" in str(result["message"])


def test_dotted_keys_up_to_the_limit_still_parse() -> None:
    key = ".".join(["a"] * MAX_KEY_PARTS)
    data = load_toml_text("x.toml", f'{key} = 1\nurl = "{"x." * 500}"\n')
    assert "a" in data and data["url"].startswith("x.x.")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        pytest.param('[[feeds]]\nurl = "https://example.com/"\ntitle = "' + "x" * 1_000_000 + '"\n', "ok", id="string"),
        pytest.param(
            '[[feeds]]\nurl = "https://example.com/"\ntitle = "' + "x." * 500_000 + '"\n', "ok", id="dots-in-a-string"
        ),
        pytest.param('[[feeds]]\nurl = "https://example.com/"\ntags = [' + '"t",' * 200_000 + "]\n", "ok", id="array"),
        pytest.param(
            "[general]\nx = {" + ", ".join(f"k{i} = 1" for i in range(80_000)) + "}\n", "ConfigError", id="inline-table"
        ),
        pytest.param("# " + "a." * 500_000 + "\n", "ok", id="comment"),
    ],
)
def test_one_megabyte_lines_finish_quickly(tmp_path: Path, text: str, outcome: str) -> None:
    path = write(tmp_path, text)
    result = load_in_child(path)
    assert result["result"] == outcome, result


def test_locate_keys_skips_a_key_too_long_to_place() -> None:
    source = "[general]\n" + "a." * 50_000 + "a = 1\ntheme = 'x'\n[" + "b." * 50_000 + "b]\nc = 1\n[keys]\nd = 'e'\n"
    lines = locate_keys(source)
    assert lines[("general", "theme")] == 3
    assert lines[("keys", "d")] == 7
    assert not any(len(key) > MAX_KEY_PARTS for key in lines)


# --------------------------------------------------------------------------- every problem at once


def test_every_bad_setting_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
[general]
refresh_minutes = "often"
theme = ""
max_connections = 0
timeout_seconds = 20
colour = "red"
""",
    )
    with pytest.raises(ConfigProblems) as caught:
        load_config(path)
    error = caught.value
    assert isinstance(error, ConfigError)
    assert [(problem.line, problem.key) for problem in error.problems] == [
        (2, "general.refresh_minutes"),
        (3, "general.theme"),
        (4, "general.max_connections"),
        (6, "general.colour"),
    ]
    message = str(error)
    assert message.startswith(f"{path}: 4 problems:\n")
    assert "  line 2: general.refresh_minutes: must be a whole number" in message
    assert "  line 6: general.colour: unknown setting 'colour'" in message
    assert error.line == 2


def test_every_bad_feed_is_reported_and_the_rest_checked_too(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
theme = "nord"

[[feeds]]
url = "ftp://example.com/feed"

[[feeds]]
url = "https://example.com/a"

[[feeds]]
title = "no url"

[[feeds]]
url = "https://EXAMPLE.com/a"
tags = "news"

[keys]
"items.bookmark" = 3
""",
    )
    with pytest.raises(ConfigProblems) as caught:
        load_config(path)
    found = [(problem.line, problem.key) for problem in caught.value.problems]
    assert found == [
        (1, "theme"),
        (4, "feeds[1].url"),
        (9, "feeds[3]"),
        (14, "feeds[4].tags"),
        (17, 'keys."items.bookmark"'),
    ]


def test_a_single_problem_keeps_the_one_line_message(tmp_path: Path) -> None:
    path = write(tmp_path, "[general]\nrefresh_minutes = -1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert not isinstance(caught.value, ConfigProblems)
    assert str(caught.value) == f"{path}:2: general.refresh_minutes: must be at least 0, not -1"


def test_a_flood_of_problems_is_listed_up_to_a_limit(tmp_path: Path) -> None:
    text = "".join(f'[[feeds]]\nurl = "gopher://example.com/{n}"\n' for n in range(10_000))
    with pytest.raises(ConfigProblems) as caught:
        parse_config(text, tmp_path / "config.toml")
    assert len(caught.value.problems) == 10_000
    message = str(caught.value)
    assert "10000 problems" in message
    assert message.count("\n") < 40
    assert message.endswith("and 9970 more")


# --------------------------------------------------------------------------- the edit lock


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """Another process holding the config's flock until its stdin closes."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys\n"
            "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)


def in_thread(function: object, *args: object) -> tuple[threading.Thread, list[BaseException | None]]:
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            function(*args)  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome.append(error)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize("edit", ["set_theme", "add_feed"])
def test_a_lock_held_by_another_process_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    path = tmp_path / "config.toml"
    ensure_config(path)
    before = path.read_bytes()
    monkeypatch.setattr(config_edit, "LOCK_TIMEOUT_SECONDS", 0.5)
    holder = hold_lock(path)
    try:
        if edit == "set_theme":
            thread, outcome = in_thread(config_edit.set_theme, path, "nord")
        else:
            thread, outcome = in_thread(config_edit.add_feed, path, FeedConfig(url="https://example.com/feed"))
        thread.join(HANG_BOUND_SECONDS)
        assert not thread.is_alive(), "the edit waited for the lock for ever"
    finally:
        release(holder)
    error = outcome[0]
    assert isinstance(error, ConfigError)
    assert f"another newstui is editing {path}" in str(error)
    assert "still locked after 0.5 s" in str(error)  # how long it waited: the timeout in force
    assert path.read_bytes() == before
    config_edit.set_theme(path, "nord")  # once the lock is free, the edit goes through
    assert load_config(path).general.theme == "nord"


def test_an_edit_waits_for_a_lock_released_in_time(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    ensure_config(path)
    holder = hold_lock(path)
    thread, outcome = in_thread(config_edit.set_theme, path, "gruvbox")
    time.sleep(0.3)
    assert thread.is_alive()  # waiting, not failing at once
    release(holder)
    thread.join(HANG_BOUND_SECONDS)
    assert outcome == [None]
    assert load_config(path).general.theme == "gruvbox"


def test_an_edit_tomlkit_cannot_parse_is_a_config_error(tmp_path: Path) -> None:
    # tomllib reads 150 levels; tomlkit, which set_theme needs for an inline [general], refuses them.
    path = write(tmp_path, 'general = {theme = "x"}\n[keys]\nx = ' + "{a = " * 150 + '"q"' + "}" * 150 + "\n")
    before = path.read_bytes()
    with pytest.raises(ConfigError, match="please make this change by hand"):
        config_edit.set_theme(path, "nord")
    assert path.read_bytes() == before
