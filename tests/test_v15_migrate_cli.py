"""`newstui import-newsboat` run as a real process on real files: what it adds to the config,
what it leaves alone, what it says, and that nothing from an exec:/filter: line ever runs."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

from cli_helpers import newstui
from newstui.config import load_config

CONFIG_WITH_COMMENTS = """\
# my newstui config: keep this comment
[general]
refresh_minutes = 0   # on demand only

[[feeds]]
url = "https://already.example/feed.xml"   # added by hand
title = "Mine"
"""


def _setup(tmp_path: Path, urls: bytes, config: str = CONFIG_WITH_COMMENTS) -> tuple[Path, Path, Path]:
    config_path = tmp_path / "config.toml"
    config_path.write_text(config, encoding="utf-8")
    urls_path = tmp_path / "urls"
    urls_path.write_bytes(urls)
    return config_path, urls_path, tmp_path / "newstui.db"


def _run(tmp_path: Path, config: Path, db: Path, *args: str) -> tuple[int, str, str]:
    done = newstui("--config", str(config), "--db", str(db), "import-newsboat", *args, cwd=tmp_path)
    return done.returncode, done.stdout, done.stderr


URLS = b"""\
# newsboat urls
https://a.example/feed.xml news "~A News" "long tag"
"https://b.example/rss?x=1" tech !
https://already.example/feed.xml ignored-tag
"query:Unread Articles:unread = \\"yes\\""
"query:Tech:tags # \\"tech\\" and title =~ \\"linux\\" or author = \\"Jane\\""
"query:Recent:age between 0:7"
exec:/bin/true
"""


def test_imports_feeds_and_queries_keeping_the_config_as_it_was(tmp_path: Path) -> None:
    config, urls, db = _setup(tmp_path, URLS)
    code, out, err = _run(tmp_path, config, db, str(urls))
    assert code == 0, err
    text = config.read_text(encoding="utf-8")
    assert text.startswith(CONFIG_WITH_COMMENTS)  # every byte the user wrote stays
    loaded = load_config(config)
    assert [(f.url, f.title, f.tags) for f in loaded.feeds] == [
        ("https://already.example/feed.xml", "Mine", ()),  # left alone: no tag added, title kept
        ("https://a.example/feed.xml", "A News", ("news", "long tag")),
        ("https://b.example/rss?x=1", None, ("tech",)),
    ]
    assert [(q.name, q.unread, q.match_source) for q in loaded.queries] == [
        ("Unread Articles", True, None),
        ("Tech", False, 'tag = "tech" and (title =~ "linux" or author = "Jane")'),
    ]
    assert f"{urls}:4: https://already.example/feed.xml: already in the config (line 6)" in out
    assert f"{urls}:7: skipped query 'Recent': age between 0:7: newstui's filters compare text" in out
    assert f"{urls}:8: skipped exec:/bin/true: an exec: feed runs a command" in out
    assert f"{urls}:3: https://b.example/rss?x=1: hidden in newsboat ('!')" in out
    assert out.rstrip().endswith(
        f"Imported 2 feeds and 2 saved searches into {config}; 1 already there; 2 lines skipped."
    )


def test_a_second_import_changes_nothing(tmp_path: Path) -> None:
    config, urls, db = _setup(tmp_path, URLS)
    assert _run(tmp_path, config, db, str(urls))[0] == 0
    before = config.read_bytes()
    code, out, _ = _run(tmp_path, config, db, str(urls))
    assert code == 0
    assert config.read_bytes() == before
    assert "Imported 0 feeds and 0 saved searches" in out and "5 already there" in out
    assert "query 'Tech': a saved search named 'Tech' is already in the config" in out


def test_dry_run_writes_nothing_and_says_what_would_change(tmp_path: Path) -> None:
    config, urls, db = _setup(tmp_path, URLS)
    before = config.read_bytes()
    code, out, err = _run(tmp_path, config, db, str(urls), "--dry-run")
    assert code == 0, err
    assert config.read_bytes() == before
    assert not db.exists()
    assert "would add https://a.example/feed.xml (title 'A News'; tags news, long tag)" in out
    assert "already in the config: https://already.example/feed.xml" in out
    assert "would add saved search 'Unread Articles': unread = true" in out
    assert "Would import 2 feeds and 2 saved searches; 1 already there." in out
    assert out.rstrip().endswith("Dry run: nothing was written.")


def test_the_default_urls_file_is_newsboats_own(tmp_path: Path, isolated_dirs: Path) -> None:
    config, _, db = _setup(tmp_path, b"")
    dotdir = isolated_dirs / ".newsboat"
    dotdir.mkdir()
    (dotdir / "urls").write_bytes(b"https://dot.example/rss\n")
    code, out, _ = _run(tmp_path, config, db)
    assert code == 0
    assert load_config(config).feed("https://dot.example/rss") is not None
    assert "add --read-state" not in out  # no cache.db there: nothing to suggest
    (dotdir / "cache.db").write_bytes(b"")
    code, out, _ = _run(tmp_path, config, db)
    assert f"newsboat's cache is at {dotdir / 'cache.db'}: add --read-state" in out
    # With $XDG_CONFIG_HOME/newsboat/ present, newsboat (and the import) read that one.
    xdg = Path(os.environ["XDG_CONFIG_HOME"]) / "newsboat"
    xdg.mkdir()
    (xdg / "urls").write_bytes(b"https://xdg.example/rss\n")
    assert _run(tmp_path, config, db)[0] == 0
    assert load_config(config).feed("https://xdg.example/rss") is not None


def test_a_missing_urls_file_is_an_error_that_names_it(tmp_path: Path) -> None:
    config, _, db = _setup(tmp_path, b"")
    before = config.read_bytes()
    code, _, err = _run(tmp_path, config, db, str(tmp_path / "nope"))
    assert code == 2
    assert f"newstui: {tmp_path / 'nope'}: no such file" in err
    assert config.read_bytes() == before


def test_a_broken_config_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    config, urls, db = _setup(tmp_path, URLS, config="[general\n")
    code, _, err = _run(tmp_path, config, db, str(urls))
    assert code == 2 and "TOML syntax error" in err
    assert config.read_text(encoding="utf-8") == "[general\n"


def test_hostile_lines_are_skipped_one_by_one_and_printed_clean(tmp_path: Path) -> None:
    urls = b"\n".join(
        [
            b'https://ok.example/1 "~\x1b[2J\x1b]0;pwned\x07[b]Title[/b]" "[@click=app.quit]"',
            b"https://esc.example/\x1b[31m",
            b"https://bytes.example/\xff\xfe",
            b"https://" + b"x" * 70_000 + b".example/",
            b"\x07\x08\x7f",
            b"https://ok.example/2",
        ]
    )
    config, urls_path, db = _setup(tmp_path, urls)
    code, out, err = _run(tmp_path, config, db, str(urls_path))
    assert code == 0, err
    loaded = load_config(config)
    feeds = {f.url: f for f in loaded.feeds}
    assert set(feeds) == {"https://already.example/feed.xml", "https://ok.example/1", "https://ok.example/2"}
    assert feeds["https://ok.example/1"].title == "[b]Title[/b]"
    assert feeds["https://ok.example/1"].tags == ("[@click=app.quit]",)
    for line in (2, 3, 4, 5):
        assert f"{urls_path}:{line}: skipped" in out
    assert "\x1b" not in out and "\x07" not in out  # nothing from the file reaches the terminal raw
    assert len(max(out.splitlines(), key=len)) < 400  # the 70,000-byte line is not echoed
    assert "Imported 2 feeds" in out and "4 lines skipped" in out


def test_nothing_from_exec_or_filter_lines_is_ever_run(tmp_path: Path) -> None:
    sentinel = tmp_path / "RAN"
    script = tmp_path / "make-feed.sh"
    script.write_text(f"#!/bin/sh\ntouch {sentinel}\necho '<rss/>'\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    urls = (
        f"exec:{script}\n"
        f"\"exec:sh -c 'touch {sentinel}'\"\n"
        f"filter:{script}:https://f.example/rss\n"
        f"\"filter:sh -c 'touch {sentinel}':https://g.example/rss\" tag\n"
        f'"query:Q:title =~ \\"$(touch {sentinel})\\""\n'
        f"https://`touch {sentinel}`.example/\n"
        f'https://ok.example/ "~$(touch {sentinel})"\n'
    ).encode()
    config, urls_path, db = _setup(tmp_path, urls)
    for extra in (["--dry-run"], [], ["--read-state", "--cache", str(tmp_path / "missing.db")]):
        _run(tmp_path, config, db, str(urls_path), *extra)
        assert not sentinel.exists(), f"a command from the urls file ran (with {extra})"
    loaded = load_config(config)
    # The $(...) is text: a title and a regex, nothing more.
    assert loaded.feed("https://ok.example/") is not None
    assert loaded.feed("https://ok.example/").title == f"$(touch {sentinel})"  # type: ignore[union-attr]
    assert [q.name for q in loaded.queries] == ["Q"]
    assert not any("f.example" in f.url or "g.example" in f.url for f in loaded.feeds)


def test_help_lists_the_command(tmp_path: Path) -> None:
    done = newstui("--help", cwd=tmp_path)
    assert "import-newsboat" in done.stdout
    done = newstui("import-newsboat", "--help", cwd=tmp_path)
    assert "--read-state" in done.stdout and "--dry-run" in done.stdout and "--no-refresh" in done.stdout


def test_the_written_config_is_valid_toml_with_odd_names(tmp_path: Path) -> None:
    urls = (
        b'"query:It\'s \\"quoted\\":title =~ \\"it\'s\\""\n'
        b'"query:back\\\\slash:title =~ \\"\\\\d+\\""\n'
        b'https://t.example/ "~Title with \\"quotes\\" and \'apostrophes\'" "tag\\\\x"\n'
    )
    config, urls_path, db = _setup(tmp_path, urls)
    code, out, err = _run(tmp_path, config, db, str(urls_path))
    assert code == 0, err + out
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    assert [q["name"] for q in data["queries"]] == ['It\'s "quoted"', "back\\slash"]
    assert data["queries"][1]["match"] == 'title =~ "\\\\d+"'
    loaded = load_config(config)
    assert loaded.feed("https://t.example/").title == "Title with \"quotes\" and 'apostrophes'"  # type: ignore[union-attr]
    assert loaded.feed("https://t.example/").tags == ("tag\\x",)  # type: ignore[union-attr]
