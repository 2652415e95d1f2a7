"""config.edit.add_feeds_and_queries: feeds and saved searches added in one write that keeps
the file's bytes, wherever the existing entries are and however they are written."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config import load_config
from newstui.config.edit import add_feeds_and_queries
from newstui.config.filters import SavedQuery, parse_expression
from newstui.errors import ConfigError
from newstui.model import FeedConfig


def _query(name: str, match: str | None = None, unread: bool = False) -> SavedQuery:
    return SavedQuery(name, unread=unread, match=parse_expression(match) if match else None, match_source=match)


def test_queries_go_after_the_last_query_and_feeds_after_the_last_feed(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    original = (
        "[[feeds]]\n"
        'url = "https://one.example/"\n'
        "\n"
        "[[queries]]  # my searches\n"
        'name = "Old"\n'
        "unread = true\n"
        "\n"
        "# keys below\n"
        "[keys]\n"
        '"app.quit" = "q"\n'
    )
    path.write_text(original, encoding="utf-8")
    added, skipped, queries, queries_skipped = add_feeds_and_queries(
        path,
        [FeedConfig(url="https://two.example/", tags=("t",))],
        [_query("New", 'title =~ "x\\d"'), _query("Old", unread=True), _query("New", unread=True)],
    )
    assert [f.url for f in added] == ["https://two.example/"] and skipped == []
    assert [q.name for q in queries] == ["New"]
    assert [(q.name, reason) for q, reason in queries_skipped] == [
        ("Old", "a saved search named 'Old' is already in the config"),
        ("New", "listed twice: 'New'"),
    ]
    text = path.read_text(encoding="utf-8")
    assert text == (
        "[[feeds]]\n"
        'url = "https://one.example/"\n'
        "\n"
        "[[feeds]]\n"
        'url = "https://two.example/"\n'
        'tags = ["t"]\n'
        "\n"
        "[[queries]]  # my searches\n"
        'name = "Old"\n'
        "unread = true\n"
        "\n"
        "[[queries]]\n"
        'name = "New"\n'
        "match = 'title =~ \"x\\d\"'\n"
        "\n"
        "# keys below\n"
        "[keys]\n"
        '"app.quit" = "q"\n'
    )
    loaded = load_config(path)
    assert [q.name for q in loaded.queries] == ["Old", "New"]


def test_inline_queries_are_appended_by_tomlkit(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('queries = [{ name = "A", unread = true }]  # inline\n', encoding="utf-8")
    _, _, queries, _ = add_feeds_and_queries(path, [], [_query("B", 'author = "it\'s me"')])
    assert [q.name for q in queries] == ["B"]
    loaded = load_config(path)
    assert [(q.name, q.match_source) for q in loaded.queries] == [("A", None), ("B", 'author = "it\'s me"')]
    assert "# inline" in path.read_text(encoding="utf-8")


def test_nothing_new_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[feeds]]\nurl = "https://one.example/"\n', encoding="utf-8")
    before = path.stat().st_mtime_ns, path.read_bytes()
    result = add_feeds_and_queries(path, [FeedConfig(url="https://ONE.example")], [])
    assert result[0] == [] and len(result[1]) == 1
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_a_broken_config_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[general\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML syntax error"):
        add_feeds_and_queries(path, [FeedConfig(url="https://one.example/")], [_query("Q", unread=True)])
    assert path.read_text(encoding="utf-8") == "[general\n"
