"""`newstui list` against a real database file."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import newstui.__main__ as entry_point
from newstui.model import FeedConfig, ParsedItem
from newstui.store import Store

A = "https://a.example/feed.xml"
B = "https://b.example/rss"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = "[bold]Big[/bold] [@click=app.quit]quit[/] \x1b[31mred\x1b[0m\x07 bell\nnext"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "newstui.db"
    with Store.open(path) as store:
        store.sync_feeds([FeedConfig(A, title="Alpha News"), FeedConfig(B)])
        store.record_fetch(B, status=200, title="Bravo \x1b]0;pwned\x07Feed")
        store.upsert_items(
            A,
            [
                ParsedItem(
                    title=f"Alpha story {n}",
                    link=f"https://a.example/{n}",
                    guid=f"a{n}",
                    summary=f"about the walrus {n}" if n == 2 else "",
                    published=T0 + timedelta(hours=n),
                )
                for n in range(5)
            ],
        )
        store.upsert_items(B, [ParsedItem(title=HOSTILE, link="https://b.example/x", published=T0 - timedelta(days=1))])
        items = {i.title: i.id for i in store.items(limit=None)}
        store.set_read([items["Alpha story 0"], items["Alpha story 1"]])
        store.set_bookmarked(items["Alpha story 3"], True)
    return path


@pytest.fixture(autouse=True)
def only_list(monkeypatch: pytest.MonkeyPatch) -> None:
    # Drive the real entry point, with the list command alone, so other
    # commands still being written elsewhere do not matter here.
    monkeypatch.setattr(entry_point, "COMMANDS", tuple(c for c in entry_point.COMMANDS if c[0] == "list"))


def run(db: Path, *args: str) -> int:
    return entry_point.main(["--db", str(db), "list", *args])


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_json_has_every_field(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "--json") == 0
    rows = json_lines(capsys.readouterr().out)
    assert [r["title"] for r in rows] == [f"Alpha story {n}" for n in (4, 3, 2, 1, 0)] + [HOSTILE]
    first = rows[0]
    assert {"id", "feed_url", "feed_title", "title", "link", "published", "read", "bookmarked"} <= first.keys()
    assert first["feed_url"] == A and first["feed_title"] == "Alpha News"
    assert first["link"] == "https://a.example/4"
    assert datetime.fromisoformat(str(first["published"])) == T0 + timedelta(hours=4)
    assert str(first["published"]).endswith("+00:00")
    assert [r["read"] for r in rows] == [False, False, False, True, True, False]
    assert [r["bookmarked"] for r in rows] == [False, True, False, False, False, False]
    assert isinstance(first["id"], int)


@pytest.mark.parametrize(
    ("args", "titles"),
    [
        (("--feed", A, "--limit", "2"), ["Alpha story 4", "Alpha story 3"]),
        (("--unread", "--feed", A), ["Alpha story 4", "Alpha story 3", "Alpha story 2"]),
        (("--bookmarked",), ["Alpha story 3"]),
        (("--search", "walrus"), ["Alpha story 2"]),
        (("--search", "alph"), [f"Alpha story {n}" for n in (4, 3, 2, 1, 0)]),
        (("--search", '"unbalanced AND ('), []),
        (("--limit", "0", "--feed", B), [HOSTILE]),
    ],
)
def test_filters(db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], titles: list[str]) -> None:
    assert run(db, "--json", *args) == 0
    assert [r["title"] for r in json_lines(capsys.readouterr().out)] == titles


def test_plain_lines_are_one_per_item_and_control_free(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert "Alpha News: Alpha story 4" in lines[0] and "<https://a.example/4>" in lines[0]
    assert "2026-03-01 16:00" in lines[0]
    # Marks: N unread, * bookmarked.
    assert [line[7:9] for line in lines[:5]] == ["N ", "N*", "N ", "  ", "  "]
    hostile = lines[-1]
    # Markup is shown as text; escape sequences and control characters are gone.
    assert "[bold]Big[/bold] [@click=app.quit]quit[/] red bell next" in hostile
    assert "Bravo Feed" in hostile
    assert all(ch == " " or ch.isprintable() for ch in hostile)
    assert "\x1b" not in "".join(lines)


def test_unknown_feed_is_an_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "--feed", "https://nowhere.example/") == 1
    assert "https://nowhere.example/" in capsys.readouterr().err


def test_bad_limit_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for value in ("-1", "ten"):
        with pytest.raises(SystemExit) as caught:
            run(db, "--limit", value)
        assert caught.value.code == 2
        assert "--limit" in capsys.readouterr().err


def test_broken_database_is_named_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "newstui.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database")
    before = path.read_bytes()
    assert run(path) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not an SQLite database" in err
    assert path.read_bytes() == before


def test_empty_cache_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "new" / "newstui.db", "--json") == 0
    assert capsys.readouterr().out == ""


def test_default_database_is_in_the_data_dir(isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert entry_point.main(["list"]) == 0
    assert (isolated_dirs / "data" / "newstui" / "newstui.db").exists()


def test_closed_pipe_is_not_an_error(db: Path) -> None:
    # `newstui list | head -1`, in a real process whose stdout closes early.
    script = (
        "import sys, newstui.__main__ as m;"
        "m.COMMANDS = tuple(c for c in m.COMMANDS if c[0] == 'list');"
        "sys.exit(m.main(sys.argv[1:]))"
    )
    with Store.open(db) as store:
        store.upsert_items(A, [ParsedItem(title=f"filler {n}", guid=f"f{n}") for n in range(3000)])
    producer = subprocess.Popen(
        [sys.executable, "-c", script, "--db", str(db), "list", "--limit", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None
    producer.stdout.readline()
    producer.stdout.close()
    assert producer.wait(timeout=30) == 0
    assert producer.stderr is not None
    assert b"Traceback" not in producer.stderr.read()


def test_limits_across_pages(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db) as store:
        store.upsert_items(B, [ParsedItem(title=f"filler {n}", guid=f"f{n}") for n in range(1200)])
    for args, expected in ((("--limit", "0"), 1206), (("--limit", "700"), 700), ((), 100)):
        assert run(db, "--json", *args) == 0
        ids = [row["id"] for row in json_lines(capsys.readouterr().out)]
        assert len(ids) == len(set(ids)) == expected


def test_first_run_of_any_command_writes_the_starter_config(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config" / "newstui" / "config.toml"
    assert not config.exists()
    result = subprocess.run(
        [sys.executable, "-m", "newstui", "--db", str(isolated_dirs / "n.db"), "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert config.exists() and f"wrote a starter config to {config}" in result.stderr
    again = subprocess.run(
        [sys.executable, "-m", "newstui", "--db", str(isolated_dirs / "n.db"), "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "starter config" not in again.stderr
