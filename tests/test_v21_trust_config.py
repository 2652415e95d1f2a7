"""A careless config never ends in a traceback: a number too large for any use (a typo with
extra digits, "never" written as 99999999999999999999) is an error naming the file, the line
and the key, as a negative one is. Before, `keep_days` or `max_items` past SQLite's integers
stopped `gc` and every refresh with an OverflowError (after the fetch: nothing was said about
the feeds), and a `refresh_minutes` past a C int stopped `refresh --due`. Real processes on
real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import newstui_on
from newstui.config import load_config
from newstui.errors import ConfigError


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("keep_days", "99999999999999"),
        ("max_items", "99999999999999999999"),
        ("refresh_minutes", "999999999999999999999"),
    ],
)
@pytest.mark.parametrize("command", [("gc",), ("refresh", "--due")])
def test_a_number_too_large_is_a_config_error_naming_its_line(
    tmp_path: Path, key: str, value: str, command: tuple[str, ...]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[general]\ntheme = "nord"\n{key} = {value}\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", *command)
    assert "Traceback" not in done.stderr
    assert done.returncode == 2
    assert f"{config}:3: general.{key}: must be at most" in done.stderr


def test_a_feeds_own_setting_too_large_names_the_feed_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nurl = "https://a.example/feed"\nkeep_days = 10000000000000\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    assert raised.value.line == 3
    assert "feeds[1].keep_days: must be at most" in str(raised.value)


def test_the_largest_allowed_values_work_end_to_end(tmp_path: Path) -> None:
    # The bound itself is no error: gc and a due refresh run with it.
    from newstui.config.model import GENERAL_SETTINGS

    lines = [
        f"{key} = {int(GENERAL_SETTINGS[key].maximum or 0)}" for key in ("keep_days", "max_items", "refresh_minutes")
    ]
    config = tmp_path / "config.toml"
    config.write_text("[general]\n" + "\n".join(lines) + '\n[[feeds]]\nurl = "http://127.0.0.1:9/feed"\n', "utf-8")
    for command in (("refresh", "--due"), ("gc",), ("refresh", "--due")):
        done = newstui_on(config, tmp_path / "news.db", *command)
        assert "Traceback" not in done.stderr
        assert done.returncode in (0, 1), done.stderr


def test_a_config_saved_with_a_byte_order_mark_is_read_and_edited(tmp_path: Path) -> None:
    # Notepad (and other Windows editors) begin a UTF-8 file with a byte-order mark: the
    # config was "line 1: TOML syntax error: Invalid statement (column 1)", a character the
    # user cannot see. It is read as the text it begins; edits keep working.
    config = tmp_path / "config.toml"
    config.write_bytes(b'\xef\xbb\xbf[[feeds]]\nurl = "http://127.0.0.1:9/first.xml"\ntitle = "First"\n')
    assert [feed.url for feed in load_config(config).feeds] == ["http://127.0.0.1:9/first.xml"]
    db = tmp_path / "news.db"
    added = newstui_on(config, db, "add", "--no-check", "http://127.0.0.1:9/second.xml")
    assert added.returncode == 0, added.stderr
    removed = newstui_on(config, db, "remove", "http://127.0.0.1:9/first.xml")
    assert removed.returncode == 0, removed.stderr
    assert [feed.url for feed in load_config(config).feeds] == ["http://127.0.0.1:9/second.xml"]
    listed = newstui_on(config, db, "feeds")
    assert listed.returncode == 0 and "second.xml" in listed.stdout, listed.stderr
