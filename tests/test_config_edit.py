"""Editing the config in place: new feeds and the theme, comments and layout kept byte for byte."""

from __future__ import annotations

import difflib
import os
import shutil
import stat
from pathlib import Path

import pytest

from newstui.config import ensure_config, load_config, starter_config
from newstui.config.edit import add_feed, add_feeds, set_theme
from newstui.errors import ConfigError
from newstui.model import FeedConfig


@pytest.fixture
def commented(tmp_path: Path, data_dir: Path) -> Path:
    path = tmp_path / "config.toml"
    shutil.copy(data_dir / "config" / "commented.toml", path)
    return path


def added_lines(before: str, after: str) -> list[str]:
    """The lines `after` adds to `before`; fails if any line of `before` was changed or lost."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    added: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        assert op == "insert", f"{op} changed {old[i1:i2]!r} into {new[j1:j2]!r}"
        added.extend(new[j1:j2])
    return added


def test_add_feed_keeps_every_byte_and_adds_only_the_entry(commented: Path) -> None:
    before = commented.read_text(encoding="utf-8")
    add_feed(commented, FeedConfig("https://new.example/feed.xml", "New one", ("tech", "daily")))
    after = commented.read_text(encoding="utf-8")
    assert [line for line in added_lines(before, after) if line.strip()] == [
        "[[feeds]]\n",
        'url = "https://new.example/feed.xml"\n',
        'title = "New one"\n',
        'tags = ["tech", "daily"]\n',
    ]
    config = load_config(commented)
    assert config.feeds[-1] == FeedConfig("https://new.example/feed.xml", "New one", ("tech", "daily"))
    assert len(config.feeds) == 3
    assert config.keys == {"items.next-unread": "n,tab"}
    # Placed with the other feeds, above the comment that belongs to [keys].
    assert after.index("https://new.example") < after.index("# Key bindings come last")


def test_add_feed_to_the_starter_config_appends_below_the_examples(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    ensure_config(path)
    add_feed(path, FeedConfig("https://a.example/feed"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(starter_config())
    assert text[len(starter_config()) :] == '\n[[feeds]]\nurl = "https://a.example/feed"\n'
    assert load_config(path).feeds == (FeedConfig("https://a.example/feed"),)


def test_add_feed_writes_the_starter_config_when_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    add_feed(path, FeedConfig("https://a.example/feed", tags=("x",)))
    assert "[general]" in path.read_text(encoding="utf-8")
    assert load_config(path).feeds == (FeedConfig("https://a.example/feed", tags=("x",)),)


def test_add_feed_keeps_crlf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'# windows\r\n[[feeds]]\r\nurl = "https://a.example/"\r\n\r\n[keys]\r\n"a.b" = "x"\r\n')
    add_feed(path, FeedConfig("https://b.example/"))
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw == (
        b'# windows\r\n[[feeds]]\r\nurl = "https://a.example/"\r\n\r\n'
        b'[[feeds]]\r\nurl = "https://b.example/"\r\n\r\n[keys]\r\n"a.b" = "x"\r\n'
    )


def test_add_feed_to_a_file_without_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[feeds]]\nurl = "https://a.example/"', encoding="utf-8")
    add_feed(path, FeedConfig("https://b.example/"))
    assert path.read_text(encoding="utf-8") == (
        '[[feeds]]\nurl = "https://a.example/"\n\n[[feeds]]\nurl = "https://b.example/"\n'
    )


def test_add_feed_to_an_inline_feeds_array(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "config.toml"
    shutil.copy(data_dir / "config" / "inline-feeds.toml", path)
    before = path.read_text(encoding="utf-8")
    add_feed(path, FeedConfig("https://b.example/feed", "B"))
    config = load_config(path)
    assert config.feeds == (FeedConfig("https://a.example/feed"), FeedConfig("https://b.example/feed", "B"))
    after = path.read_text(encoding="utf-8")
    for comment in ("# feeds as an inline array: still editable", "# first", "# light in the day"):
        assert comment in after
    assert config.general.theme == "newstui-light"
    assert before != after


def test_add_feed_escapes_hostile_values(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    title = 'He said "hi" \\ then\n[general]\ntheme = "pwned"\x1b[2J'
    add_feed(path, FeedConfig('https://a.example/?q="x"\'', title, ('a"b', "c\\d")))
    config = load_config(path)
    assert config.general.theme == "newstui-dark"
    assert config.feeds == (
        FeedConfig('https://a.example/?q="x"\'', 'He said "hi" \\ then [general] theme = "pwned"', ('a"b', "c\\d")),
    )


def test_duplicate_feed_is_refused_with_the_line_and_the_file_untouched(commented: Path) -> None:
    before = commented.read_bytes()
    with pytest.raises(ConfigError) as caught:
        add_feed(commented, FeedConfig("HTTPS://blog.example.NET/atom.xml#latest"))
    error = caught.value
    assert error.line == 17
    assert error.key == "feeds[2].url"
    assert "already in the config" in str(error)
    assert str(error).startswith(f"{commented}:17: ")
    assert commented.read_bytes() == before


def test_bad_url_is_refused(commented: Path) -> None:
    before = commented.read_bytes()
    with pytest.raises(ConfigError, match="not an http"):
        add_feed(commented, FeedConfig("file:///etc/passwd"))
    assert commented.read_bytes() == before


def test_broken_config_is_not_edited(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[general]\nrefresh_minutes = "soon"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        add_feed(path, FeedConfig("https://a.example/"))
    assert caught.value.line == 2
    assert path.read_text(encoding="utf-8") == '[general]\nrefresh_minutes = "soon"\n'


def test_add_feeds_reports_added_and_skipped_and_writes_once(commented: Path) -> None:
    before = commented.read_text(encoding="utf-8")
    added, skipped = add_feeds(
        commented,
        [
            FeedConfig("https://one.example/", "One", ("a",)),
            FeedConfig("https://news.example.org/rss.xml"),  # already there
            FeedConfig("feed://two.example/"),  # not http(s)
            FeedConfig("https://ONE.example"),  # same as the first
            FeedConfig("https://two.example/", None, ("b", "c")),
        ],
    )
    assert added == [
        FeedConfig("https://one.example/", "One", ("a",)),
        FeedConfig("https://two.example/", None, ("b", "c")),
    ]
    assert [(feed.url, reason.split(":")[0].split(" (")[0]) for feed, reason in skipped] == [
        ("https://news.example.org/rss.xml", "already in the config"),
        ("feed://two.example/", "not an http(s) URL"),
        ("https://ONE.example", "listed twice"),
    ]
    assert "(line 11)" in skipped[0][1]  # its url line
    assert len(load_config(commented).feeds) == 4
    added_lines(before, commented.read_text(encoding="utf-8"))
    again = commented.read_bytes()
    assert add_feeds(commented, added)[0] == []  # a second import adds nothing...
    assert commented.read_bytes() == again  # ...and does not touch the file


def test_edit_through_a_symlink_keeps_the_link(tmp_path: Path, commented: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(commented)
    add_feed(link, FeedConfig("https://c.example/"))
    assert link.is_symlink()
    assert load_config(commented).feeds[-1].url == "https://c.example/"


def test_edit_keeps_the_file_mode(commented: Path) -> None:
    os.chmod(commented, 0o600)
    add_feed(commented, FeedConfig("https://c.example/"))
    assert stat.S_IMODE(commented.stat().st_mode) == 0o600
    assert [p.name for p in commented.parent.iterdir() if p.name.endswith(".tmp")] == []


# --------------------------------------------------------------------------- theme


def test_set_theme_in_the_starter_config_goes_under_the_commented_default(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    set_theme(path, "nord")  # writes the starter first
    text = path.read_text(encoding="utf-8")
    assert added_lines(starter_config(), text) == ['theme = "nord"\n']
    lines = text.splitlines()
    assert lines[lines.index('theme = "nord"') - 1].startswith('# theme = "newstui-dark"')
    assert load_config(path).general.theme == "nord"


def test_set_theme_replaces_the_value_and_keeps_its_comment(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[general]\ntheme   = "nord"   # my pick\nrefresh_minutes = 5\n', encoding="utf-8")
    set_theme(path, "gruvbox")
    assert path.read_text(encoding="utf-8") == '[general]\ntheme   = "gruvbox"   # my pick\nrefresh_minutes = 5\n'


def test_set_theme_adds_it_to_an_existing_general_table(commented: Path) -> None:
    before = commented.read_text(encoding="utf-8")
    set_theme(commented, "textual-light")
    after = commented.read_text(encoding="utf-8")
    assert added_lines(before, after) == ['theme = "textual-light"\n']
    assert after.index('theme = "textual-light"') == after.index('# theme = "nord"') + len(
        '# theme = "nord"            # tried it, went back\n'
    )
    assert load_config(commented).general.theme == "textual-light"


def test_set_theme_adds_a_general_table_above_the_first_table(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('# my feeds\n\n# the first one\n[[feeds]]\nurl = "https://a.example/"\n', encoding="utf-8")
    set_theme(path, "nord")
    assert path.read_text(encoding="utf-8") == (
        '# my feeds\n\n[general]\ntheme = "nord"\n\n# the first one\n[[feeds]]\nurl = "https://a.example/"\n'
    )


def test_set_theme_in_an_inline_general_table(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('general = { theme = "nord", refresh_minutes = 5 }  # inline\n', encoding="utf-8")
    set_theme(path, "dracula")
    config = load_config(path)
    assert (config.general.theme, config.general.refresh_minutes) == ("dracula", 5)
    assert "# inline" in path.read_text(encoding="utf-8")


def test_set_theme_refuses_an_empty_name(commented: Path) -> None:
    with pytest.raises(ConfigError, match="must not be empty"):
        set_theme(commented, " \x1b ")


# --------------------------------------------------------------------------- concurrent edits


def _add_many(path: str, prefix: str, count: int) -> None:
    for index in range(count):
        add_feed(path, FeedConfig(f"https://{prefix}{index}.example/feed"))


def test_concurrent_edits_from_several_processes_lose_nothing(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "config.toml"
    ensure_config(path)
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(path), prefix, 15)) for prefix in ("a", "b", "c")]
    for worker in workers:
        worker.start()
    set_theme(path, "nord")  # the app saving a theme meanwhile
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    config = load_config(path)
    assert len(config.feeds) == 45
    assert {feed.url for feed in config.feeds} == {
        f"https://{prefix}{index}.example/feed" for prefix in "abc" for index in range(15)
    }
    assert config.general.theme == "nord"
