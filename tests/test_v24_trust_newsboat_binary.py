"""A careless `import-newsboat` and a config with a runaway URL get one short, clear line.

- `newstui import-newsboat ~/.newsboat/cache.db` (the cache given where the urls file goes,
  or any binary file) read the database as a urls file: hundreds of "skipped" lines, each
  quoting kilobytes of NUL bytes, and "Imported 0 feeds", exit 0. A file holding NUL bytes is
  no urls file: exit 2 with one line naming the file (an SQLite file: "give it with --cache"),
  the config untouched.
- A feed URL's problem quoted the whole URL: a 9,000-character line (a paste gone wrong) made
  a 9,000-character error, in the config's error and in each skipped urls line. It is quoted
  cut to a readable length now.
Real files, `newstui` as a real process. Invented URLs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_helpers import newstui_on

CONFIG = '[[feeds]]\nurl = "http://tides.test/feed.xml"\n'


def _sqlite_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE rss_feed (rssurl TEXT, url TEXT, title TEXT)")
    conn.executemany(
        "INSERT INTO rss_feed VALUES (?, ?, ?)",
        [(f"http://tides.test/{n}.xml", "http://tides.test/", "Tide tables " * 40) for n in range(300)],
    )
    conn.commit()
    conn.close()


def test_a_database_given_as_the_urls_file_is_refused_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    cache = tmp_path / "cache.db"
    _sqlite_file(cache)
    for extra in ([], ["--dry-run"]):
        done = newstui_on(config, tmp_path / "news.db", "import-newsboat", str(cache), *extra)
        assert done.returncode == 2, done
        assert "Traceback" not in done.stderr
        assert done.stdout == ""
        [line] = done.stderr.splitlines()
        assert str(cache) in line and "--cache" in line and len(line) < 300, line
    assert config.read_text(encoding="utf-8") == CONFIG


def test_any_binary_file_given_as_the_urls_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    blob = tmp_path / "urls"
    blob.write_bytes(b"http://tides.test/a.xml\n" + bytes(range(256)) * 50)
    done = newstui_on(config, tmp_path / "news.db", "import-newsboat", str(blob))
    assert done.returncode == 2, done
    [line] = done.stderr.splitlines()
    assert str(blob) in line and "not a text file" in line, line
    assert config.read_text(encoding="utf-8") == CONFIG


def test_a_runaway_url_line_is_quoted_short(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    urls = tmp_path / "urls"
    runaway = "http://tides.test/" + "high water " * 800
    urls.write_text(f'"{runaway}"\nhttp://tides.test/other.xml\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "import-newsboat", "--dry-run", str(urls))
    assert done.returncode == 0, done.stderr
    lines = (done.stdout + done.stderr).splitlines()
    assert all(len(line) < 400 for line in lines), (done.stdout + done.stderr)[:2000]
    assert any(line.startswith(f"{urls}:1: skipped") for line in lines), done.stdout[:2000]
    assert "would add http://tides.test/other.xml" in lines, done.stdout[:2000]


def test_a_runaway_url_in_the_config_is_quoted_short(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nurl = "http://tides.test/' + "low water " * 900 + '"\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "list")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr) < 600, done.stderr[:2000]
    assert "config.toml" in done.stderr and ":2" in done.stderr, done.stderr[:600]


def test_a_password_in_a_runaway_url_stays_hidden(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[[feeds]]\nurl = "http://ann:harbourkey@tides.test/' + "neap " * 900 + '"\n', encoding="utf-8")
    done = newstui_on(config, tmp_path / "news.db", "list")
    assert done.returncode != 0
    assert "harbourkey" not in done.stderr and "ann:***@" in done.stderr, done.stderr[:600]
