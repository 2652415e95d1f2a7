"""The TOML config: defaults, validation errors that name file, line and key, the starter file."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from newstui.cli import common
from newstui.config import (
    GENERAL_SETTINGS,
    READER_EXAMPLES,
    Config,
    GeneralConfig,
    check_key_ids,
    ensure_config,
    load_config,
    locate_keys,
    normalize_url,
    paths,
    starter_config,
)
from newstui.errors import ConfigError
from newstui.model import FeedConfig

DOCS = Path(__file__).parent.parent / "docs"


def write(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- good files


def test_empty_file_gives_defaults_and_no_feeds(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, ""))
    assert config.general == GeneralConfig()
    assert config.feeds == ()
    assert config.keys == {}


def test_the_example_from_the_issue_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
[general]
refresh_minutes = 30          # 0 = only on demand
fetch_full_articles = true
theme = "newstui-dark"

[[feeds]]
url = "https://example.com/feed.xml"
title = "Example"             # optional: overrides the feed's own title
tags = ["world", "politics"]  # optional
""",
    )
    config = load_config(path)
    assert config.path == path
    assert config.feeds == (FeedConfig("https://example.com/feed.xml", "Example", ("world", "politics")),)


def test_every_general_setting_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
[general]
refresh_minutes = 0
fetch_full_articles = false
theme = "nord"
mark_read_on_open = false
max_connections = 8
per_host_connections = 2
timeout_seconds = 5          # an integer is fine for a float setting
max_response_mb = 3
article_concurrency = 1
""",
    )
    assert load_config(path).general == GeneralConfig(
        refresh_minutes=0,
        fetch_full_articles=False,
        theme="nord",
        mark_read_on_open=False,
        max_connections=8,
        per_host_connections=2,
        timeout_seconds=5.0,
        max_response_mb=3,
        article_concurrency=1,
    )
    assert load_config(path).general.max_response_bytes == 3 * 1024 * 1024


def test_http_transport_reaches_the_fetcher(tmp_path: Path) -> None:
    from newstui.config.model import READER_CHOICES
    from newstui.feeds.fetch import TRANSPORTS, Fetcher
    from newstui.feeds.refresh import fetcher_options_for
    from newstui.service import Library

    assert GeneralConfig().http_transport == "lean"
    assert fetcher_options_for(load_config(write(tmp_path, "")))["transport"] == "lean"
    config = load_config(write(tmp_path, '[general]\nhttp_transport = " httpx "\n'))
    assert config.general.http_transport == "httpx"
    options = fetcher_options_for(config)
    assert options["transport"] == "httpx"
    assert Fetcher(**options).transport == "httpx"
    library = Library(config, tmp_path / "cache.db")  # the app's article fetches
    try:
        assert library.fetcher_options()["transport"] == "httpx"
    finally:
        library.close()
    # The words the config takes are the ones the Fetcher takes.
    assert READER_CHOICES["http_transport"] == TRANSPORTS


def test_titles_and_tags_are_cleaned(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[feeds]]\nurl = "https://a.example/feed"\ntitle = "A \\u001b[31mred\\u0007 one"\n'
        'tags = ["x", " x ", "y"]\n\n[[feeds]]\nurl = "  https://b.example/  "\ntitle = "   "\n',
    )
    assert load_config(path).feeds == (
        FeedConfig("https://a.example/feed", "A red one", ("x", "y")),
        FeedConfig("https://b.example/", None, ()),
    )


def test_keys_table_in_every_spelling(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
[keys]
"items.next-unread" = "n,tab"
items.previous-unread = "p"     # unquoted: TOML makes a nested table; same id
"app.quit" = ["q", "ctrl+q"]    # a list of keys is joined with commas
""",
    )
    config = load_config(path)
    assert config.keys == {"items.next-unread": "n,tab", "items.previous-unread": "p", "app.quit": "q,ctrl+q"}
    with pytest.raises(ConfigError) as caught:
        check_key_ids(config, ["items.next-unread", "app.quit"])
    assert caught.value.line == 3  # the unquoted spelling is found too


def test_config_feed_finds_a_feed_by_equivalent_url(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[[feeds]]\nurl = "https://Example.com/Feed"\ntitle = "E"\n'))
    assert config.feed("HTTPS://example.COM:443/Feed#top") == config.feeds[0]
    assert config.feed("https://example.com/feed") is None  # the path's case counts
    assert config.feed("https://example.com/Feed/") is None  # so does a trailing slash


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://example.com", "https://EXAMPLE.com/", True),
        ("http://example.com:80/x", "http://example.com/x", True),
        ("https://example.com:8443/x", "https://example.com/x", False),
        ("https://example.com/x#frag", "https://example.com/x", True),
        ("https://example.com/x/", "https://example.com/x", False),
        ("https://example.com/x?a=1", "https://example.com/x?a=2", False),
        ("http://example.com/x", "https://example.com/x", False),
    ],
)
def test_normalize_url(a: str, b: str, same: bool) -> None:
    assert (normalize_url(a) == normalize_url(b)) is same


# --------------------------------------------------------------------------- errors


ERROR_CASES = [
    # (name, file text, line, key, words the message must contain)
    ("syntax", "[general]\nrefresh_minutes = \n", 2, None, "TOML syntax error"),
    ("syntax-unclosed-table", '[[feeds]]\nurl = "https://a"\n[keys\n', 3, None, "TOML syntax error"),
    ("unknown-table", "[genral]\ntheme = 'x'\n", 1, "genral", "did you mean 'general'"),
    ("unknown-top-key", '\n\ncolour = "red"\n', 3, "colour", "unknown key 'colour'"),
    ("general-key-at-top", '# mine\ntheme = "nord"\n', 2, "theme", "belongs in the [general] table"),
    (
        "unknown-general-key",
        "[general]\n\nrefresh_minute = 5\n",
        3,
        "general.refresh_minute",
        "did you mean 'refresh_minutes'",
    ),
    (
        "wrong-type-string",
        '[general]\nrefresh_minutes = "30"\n',
        2,
        "general.refresh_minutes",
        "must be a whole number, not a string",
    ),
    (
        "wrong-type-bool",
        "[general]\ntheme = 'x'\nmax_connections = true\n",
        3,
        "general.max_connections",
        "not a boolean",
    ),
    ("wrong-type-float", "[general]\nrefresh_minutes = 2.5\n", 2, "general.refresh_minutes", "not a float"),
    (
        "wrong-type-for-bool",
        '[general]\nfetch_full_articles = "yes"\n',
        2,
        "general.fetch_full_articles",
        "must be true or false",
    ),
    ("negative", "[general]\nrefresh_minutes = -1\n", 2, "general.refresh_minutes", "at least 0"),
    ("zero-connections", "[general]\nmax_connections = 0\n", 2, "general.max_connections", "at least 1"),
    ("infinite", "[general]\ntimeout_seconds = inf\n", 2, "general.timeout_seconds", "finite number"),
    ("nan", "[general]\ntimeout_seconds = nan\n", 2, "general.timeout_seconds", "finite number"),
    ("too-short-timeout", "[general]\ntimeout_seconds = 0\n", 2, "general.timeout_seconds", "at least 0.1"),
    ("empty-theme", '[general]\ntheme = "  "\n', 2, "general.theme", "must not be empty"),
    (
        "unknown-transport",
        '[general]\ntheme = "nord"\nhttp_transport = "curl"\n',
        3,
        "general.http_transport",
        "must be one of 'lean', 'httpx', not 'curl'",
    ),
    ("transport-not-string", "[general]\nhttp_transport = 1\n", 2, "general.http_transport", "must be a string"),
    ("general-not-table", "general = 5\n", 1, "general", "must be a table"),
    (
        "not-http",
        '[[feeds]]\nurl = "https://a.example/"\n\n[[feeds]]\nurl = "https://b.example/"\n\n[[feeds]]\n# c\nurl = "ftp://c.example/feed"\n',
        9,
        "feeds[3].url",
        "not an http(s) URL",
    ),
    ("no-host", '[[feeds]]\nurl = "https:///feed.xml"\n', 2, "feeds[1].url", "no host"),
    ("spaces", '[[feeds]]\nurl = "https://a.example/my feed"\n', 2, "feeds[1].url", "spaces"),
    ("bad-port", '[[feeds]]\nurl = "https://a.example:99999/"\n', 2, "feeds[1].url", "not a valid URL"),
    ("url-not-string", "[[feeds]]\nurl = 42\n", 2, "feeds[1].url", "must be a string, not an integer"),
    (
        "missing-url",
        '[[feeds]]\nurl = "https://a.example/"\n\n[[feeds]]\ntitle = "No URL"\n',
        4,
        "feeds[2]",
        "has no url",
    ),
    (
        "unknown-feed-key",
        '[[feeds]]\nurl = "https://a.example/"\ntilte = "A"\n',
        3,
        "feeds[1].tilte",
        "did you mean 'title'",
    ),
    (
        "tags-string",
        '[[feeds]]\nurl = "https://a.example/"\ntags = "world"\n',
        3,
        "feeds[1].tags",
        "must be a list of strings",
    ),
    (
        "tags-int",
        '[[feeds]]\nurl = "https://a.example/"\ntags = [\n  "a",\n  3,\n]\n',
        3,
        "feeds[1].tags",
        "3 is an integer",
    ),
    ("title-int", '[[feeds]]\nurl = "https://a.example/"\ntitle = 7\n', 3, "feeds[1].title", "must be a string"),
    (
        "duplicate",
        '[[feeds]]\nurl = "https://example.com/feed"\n\n[[feeds]]\nurl = "HTTPS://Example.COM:443/feed"\n',
        5,
        "feeds[2].url",
        "duplicate feed URL",
    ),
    ("feeds-not-array", 'feeds = "https://a.example/"\n', 1, "feeds", "must be an array of tables"),
    (
        "inline-feeds",
        'feeds = [\n  {url = "https://a.example/"},\n  {url = "gopher://b"},\n]\n',
        1,
        "feeds[2].url",
        "not an http(s) URL",
    ),
    ("feed-not-table", "feeds = [1]\n", 1, "feeds[1]", "must be a table"),
    ("keys-not-table", 'keys = "n"\n', 1, "keys", "must be a table"),
    ("key-value-int", '[keys]\n"items.next" = "n"\n"items.prev" = 5\n', 3, 'keys."items.prev"', "comma-separated keys"),
    ("key-value-empty", '[keys]\n"items.next" = ""\n', 2, 'keys."items.next"', "at least one key"),
    (
        "multiline-string-does-not-confuse-lines",
        '[general]\ntheme = """\n[keys]\nx = 1\n"""\nrefresh_minutes = "no"\n',
        6,
        "general.refresh_minutes",
        "whole number",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "key", "words"), [case[1:] for case in ERROR_CASES], ids=[c[0] for c in ERROR_CASES]
)
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str | None, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    error = caught.value
    message = str(error)
    assert error.path == str(path)
    assert error.line == line
    assert error.key == key
    assert message.startswith(f"{path}:{line}: ")
    if key:
        assert f": {key}: " in message
    assert words in message


def test_duplicate_names_the_first_entry_and_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, '# feeds\n\n[[feeds]]\nurl = "https://example.com/"\n\n[[feeds]]\nurl = "https://example.com"\n'
    )
    with pytest.raises(ConfigError, match=r"already feeds\[1\] \(line 3\)"):
        load_config(path)


def test_syntax_error_at_the_end_of_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[general]\ntheme = "unclosed')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "TOML syntax error" in str(caught.value)
    assert str(path) in str(caught.value)


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'[general]\n\ntheme = "caf\xe9"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == 3
    assert "UTF-8" in str(caught.value)


def test_missing_file_and_directory_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="is a directory"):
        load_config(tmp_path)


def test_locate_keys_follows_tables_arrays_and_dotted_keys() -> None:
    source = """\
[general]
theme = 'x'
[[feeds]]
url = "a"
tags = [
  "x = 1",
]
[[feeds]]
url = "b"
[keys]
"a.b" = "n"
c.d = "m"
"""
    lines = locate_keys(source)
    assert lines[("general", "theme")] == 2
    assert lines[("feeds", 0)] == 3
    assert lines[("feeds", 0, "tags")] == 5
    assert lines[("feeds", 1, "url")] == 9
    assert lines[("keys", "a.b")] == 11
    assert lines[("keys", "c", "d")] == 12
    assert ("feeds", 0, "x") not in lines  # the string inside the array is not a key


# --------------------------------------------------------------------------- [keys] ids


def test_check_key_ids_accepts_known_ids(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, '[keys]\n"items.next-unread" = "n,tab"\n'))
    check_key_ids(config, ["items.next-unread", "app.quit"])


def test_check_key_ids_names_the_line_and_suggests(tmp_path: Path) -> None:
    path = write(tmp_path, '[keys]\n"items.next-unread" = "n"\n"items.nxt-unread" = "j"\n')
    config = load_config(path)
    with pytest.raises(ConfigError) as caught:
        check_key_ids(config, ["items.next-unread", "items.previous-unread", "app.quit"])
    error = caught.value
    assert error.line == 3
    assert error.key == 'keys."items.nxt-unread"'
    assert "did you mean 'items.next-unread'" in str(error)
    assert str(error).startswith(f"{path}:3: ")


# --------------------------------------------------------------------------- starter config


def test_starter_config_is_written_once_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "config.toml"
    assert ensure_config(path) is True
    first = path.read_text(encoding="utf-8")
    assert first == starter_config()
    path.write_text("# mine\n", encoding="utf-8")
    assert ensure_config(path) is False
    assert path.read_text(encoding="utf-8") == "# mine\n"


def test_starter_config_loads_cleanly_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    ensure_config(path)
    config = load_config(path)
    assert config == Config(path=path)


def test_starter_config_documents_every_general_key_with_its_default() -> None:
    text = starter_config()
    defaults = GeneralConfig()
    for name in GENERAL_SETTINGS:
        value = getattr(defaults, name)
        shown = repr(value) if not isinstance(value, str) else f'"{value}"'
        if isinstance(value, bool):  # not a dict lookup: 0 == False
            shown = "true" if value else "false"
        if isinstance(value, tuple):  # notify_command: a TOML array
            shown = "[" + ", ".join(f'"{part}"' for part in value) + "]"
        if value is None:  # no default: the line shows an example instead
            shown = READER_EXAMPLES[name]
        assert re.search(rf"^# {name} = {re.escape(shown)}\s", text, re.M), name


def test_starter_config_example_feeds_work_when_uncommented(tmp_path: Path) -> None:
    # The commented-out feeds are there to be uncommented: they must then be valid.
    text = re.sub(r"^# (\[\[feeds\]\]|url =|title =|tags =)", r"\1", starter_config(), flags=re.M)
    config = load_config(write(tmp_path, text))
    assert len(config.feeds) == 2
    assert all(feed.url.startswith("https://") for feed in config.feeds)


def test_starter_config_goes_to_the_xdg_config_home(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = common.load_config(argparse.Namespace(config=None))
    expected = isolated_dirs / "config" / "newstui" / "config.toml"
    assert paths.config_file() == expected
    assert config.path == expected
    assert expected.read_text(encoding="utf-8") == starter_config()
    assert str(expected) in capsys.readouterr().err
    common.load_config(argparse.Namespace(config=None))
    assert capsys.readouterr().err == ""  # said once, when written


def test_config_option_overrides_the_xdg_file(isolated_dirs: Path, tmp_path: Path) -> None:
    mine = write(tmp_path, '[general]\ntheme = "mine"\n', "mine.toml")
    config = common.load_config(argparse.Namespace(config=str(mine)))
    assert config.general.theme == "mine"
    assert not (isolated_dirs / "config" / "newstui" / "config.toml").exists()


def test_configuration_reference_documents_every_key() -> None:
    text = (DOCS / "configuration.md").read_text(encoding="utf-8")
    for name in [*GENERAL_SETTINGS, "url", "title", "tags", "[keys]"]:
        assert f"`{name}`" in text, name
