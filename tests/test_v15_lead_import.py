"""`newstui import-newsboat` on a first run (no newstui config yet), as a real process:
a dry run writes nothing at all, and asking for read state without newsboat's cache
says how to import the feeds alone."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import newstui

URLS = b"https://a.example/feed.xml news\nhttps://b.example/rss tech\n"


def test_a_dry_run_writes_no_starter_config(tmp_path: Path) -> None:
    (tmp_path / "urls").write_bytes(URLS)
    config = tmp_path / "config" / "config.toml"
    done = newstui(
        "--config",
        str(config),
        "--db",
        str(tmp_path / "n.db"),
        "import-newsboat",
        "--dry-run",
        str(tmp_path / "urls"),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "a.example/feed.xml" in done.stdout and "b.example/rss" in done.stdout  # what it would add
    assert not config.exists()
    assert not config.parent.exists()
    assert "starter config" not in done.stderr


def test_read_state_without_newsboats_cache_says_how_to_import_the_feeds_alone(tmp_path: Path) -> None:
    (tmp_path / "urls").write_bytes(URLS)
    config = tmp_path / "config.toml"
    done = newstui(
        "--config",
        str(config),
        "--db",
        str(tmp_path / "n.db"),
        "import-newsboat",
        "--cache",
        str(tmp_path / "nowhere" / "cache.db"),
        str(tmp_path / "urls"),
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "nowhere/cache.db" in done.stderr
    assert "leave out --read-state" in done.stderr
