"""OPML: reading other readers' files, the exact round trip, hostile files, and the two commands."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.cli import opml_export, opml_import
from newstui.config import load_config
from newstui.config.edit import add_feeds
from newstui.feeds.opml import OpmlError, read_opml, write_opml
from newstui.model import FeedConfig

ROOT = Path(__file__).parent.parent


def test_reads_another_readers_export(data_dir: Path) -> None:
    feeds = read_opml(data_dir / "opml" / "other-reader.opml")
    assert feeds == [
        FeedConfig("https://top.example/rss", "Top Level & Co", ()),
        # listed twice: merged; its htmlUrl is kept as site_url
        FeedConfig(
            "https://globe.example/feed", "The Globe", ("News", "World", "Tech"), site_url="https://globe.example/"
        ),
        FeedConfig("https://untitled.example/atom", None, ("News", "World")),
        FeedConfig("https://daily.example/rss.xml", "Daily", ("News",)),
        FeedConfig("https://gadgets.example/feed", "Gadgets", ("Tech", "Hardware/Phones", "Reviews")),
        FeedConfig("https://spaced.example/feed", "Spaced out", ()),
    ]


def test_reads_bytes_in_an_encoding_expat_does_not_know(data_dir: Path) -> None:
    feeds = read_opml((data_dir / "opml" / "windows-1252.opml").read_bytes())
    assert feeds == [FeedConfig("https://creme.example/feed", "Crème – brûlée", ("Café “Quotes”",))]


@pytest.mark.parametrize("encoding", ["shift_jis", "koi8-r", "utf-16"])
def test_reads_single_and_multi_byte_encodings(encoding: str) -> None:
    text = f'<?xml version="1.0" encoding="{encoding}"?>\n<opml><body><outline text="日本 Привет" xmlUrl="https://j.example/"/></body></opml>'
    title = "日本 Привет" if encoding != "koi8-r" else "Привет"
    if encoding == "koi8-r":
        text = text.replace("日本 ", "")
    assert read_opml(text.encode(encoding)) == [FeedConfig("https://j.example/", title)]


FEEDS = [
    FeedConfig("https://plain.example/feed"),
    FeedConfig("https://titled.example/rss", "Titled & <escaped> \"quotes\" 'too'"),
    FeedConfig("https://one-tag.example/atom", "One tag", ("world",)),
    FeedConfig("https://many.example/feed?x=1&y=2", "Many", ("world", "politics", "long read")),
    FeedConfig("https://order.example/", None, ("politics", "world")),
    FeedConfig("https://odd-tags.example/", "Odd", ("a,b", "50% off", "/slash/y", "Ünïcödé")),
    FeedConfig("https://url-as-title.example/", "Same as nothing", ("solo, with comma",)),
]


def test_round_trip_keeps_every_feed_title_and_tag() -> None:
    text = write_opml(FEEDS)
    back = read_opml(text.encode("utf-8"))
    assert sorted(back, key=lambda f: f.url) == sorted(FEEDS, key=lambda f: f.url)


def test_round_trip_through_the_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    add_feeds(path, read_opml(write_opml(FEEDS).encode()))
    assert set(load_config(path).feeds) == set(FEEDS)


def test_written_opml_groups_feeds_in_folders_by_first_tag() -> None:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(write_opml(FEEDS, title="Mine"))
    assert root.get("version") == "2.0"
    assert root.findtext("head/title") == "Mine"
    body = root.find("body")
    assert body is not None
    top = [(o.get("text"), o.get("xmlUrl")) for o in body]
    assert top[0] == ("https://plain.example/feed", "https://plain.example/feed")  # text is required: the URL
    folders = [o.get("text") for o in body if o.get("xmlUrl") is None]
    assert folders == ["world", "politics", "a,b", "solo, with comma"]
    world = next(o for o in body if o.get("text") == "world")
    assert [o.get("xmlUrl") for o in world] == [
        "https://one-tag.example/atom",
        "https://many.example/feed?x=1&y=2",
    ]
    assert world[1].get("category") == "world,politics,long read"


def test_written_opml_survives_hostile_titles() -> None:
    feeds = [FeedConfig("https://h.example/", "]]></outline><evil/>\x00\x1b[31m&amp;", ("<b>\x07",))]
    text = write_opml(feeds)
    assert "<evil/>" not in text and "\x00" not in text and "\x1b" not in text
    assert read_opml(text.encode()) == [FeedConfig("https://h.example/", "]]></outline><evil/>&amp;", ("<b>",))]


def test_empty_list_round_trips() -> None:
    assert read_opml(write_opml([]).encode()) == []


# --------------------------------------------------------------------------- hostile and broken files


def test_billion_laughs_is_refused_before_expanding(data_dir: Path) -> None:
    with pytest.raises(OpmlError, match="declares entities") as caught:
        read_opml(data_dir / "opml" / "billion-laughs.opml")
    assert str(data_dir / "opml" / "billion-laughs.opml") in str(caught.value)
    assert caught.value.line == 3


def test_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    hostile = (
        f'<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        '<opml><body><outline text="&xxe;" xmlUrl="https://x.example/"/></body></opml>'
    ).encode()
    with pytest.raises(OpmlError, match="declares entities") as caught:
        read_opml(hostile)
    assert "TOP-SECRET" not in str(caught.value)


def test_external_dtd_is_never_fetched() -> None:
    with TestServer() as server:
        dtd = server.add_route("/evil.dtd", (200, {"Content-Type": "application/xml-dtd"}, b'<!ENTITY x "boom">'))
        hostile = (
            f'<?xml version="1.0"?>\n<!DOCTYPE opml SYSTEM "{dtd}">\n'
            '<opml><body><outline text="ok" xmlUrl="https://x.example/"/></body></opml>'
        ).encode()
        assert read_opml(hostile) == [FeedConfig("https://x.example/", "ok")]
        assert server.requests == []


def test_undefined_entity_is_an_error_not_a_crash() -> None:
    with pytest.raises(OpmlError, match="malformed XML: undefined entity"):
        read_opml(b'<opml><body><outline text="&nbsp;" xmlUrl="https://x.example/"/></body></opml>')


def test_malformed_xml_names_the_file_and_line(data_dir: Path) -> None:
    path = data_dir / "opml" / "malformed.opml"
    with pytest.raises(OpmlError, match="malformed XML") as caught:
        read_opml(path)
    assert caught.value.line == 6
    assert str(caught.value).startswith(f"{path}:6: ")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "malformed XML"),
        (b"not xml at all", "malformed XML"),
        (b"<html><body><a href='x'>x</a></body></html>", "not an OPML file"),
        (b'<?xml version="1.0" encoding="no-such-codec"?><opml/>', "encoding"),
    ],
)
def test_not_opml_is_a_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(OpmlError, match=words):
        read_opml(data)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OpmlError, match="cannot read"):
        read_opml(tmp_path / "nope.opml")


# --------------------------------------------------------------------------- the commands


def namespace(module: object, config: Path, *argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    module.add_arguments(parser)  # type: ignore[attr-defined]
    return parser.parse_args(["--config", str(config), *argv])


def test_import_opml_adds_feeds_and_a_second_import_changes_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    opml = str(data_dir / "opml" / "other-reader.opml")
    assert opml_import.run(namespace(opml_import, config, opml)) == 0
    out = capsys.readouterr().out
    assert f"Imported 6 feeds into {config}; skipped 0." in out
    assert len(load_config(config).feeds) == 6
    before = config.read_bytes()
    assert opml_import.run(namespace(opml_import, config, opml)) == 0
    out = capsys.readouterr().out
    assert "Imported 0 feeds" in out and "skipped 6" in out
    assert "skipped https://daily.example/rss.xml: already in the config" in out
    assert config.read_bytes() == before


def test_import_opml_refuses_a_hostile_file_and_leaves_the_config(tmp_path: Path, data_dir: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# mine\n", encoding="utf-8")
    with pytest.raises(OpmlError):
        opml_import.run(namespace(opml_import, config, str(data_dir / "opml" / "billion-laughs.opml")))
    assert config.read_text(encoding="utf-8") == "# mine\n"


def test_export_opml_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    add_feeds(config, FEEDS)
    out = tmp_path / "feeds.opml"
    assert opml_export.run(namespace(opml_export, config, str(out))) == 0
    assert f"Wrote {len(FEEDS)} feeds to {out}" in capsys.readouterr().err
    assert set(read_opml(out)) == set(FEEDS)


def run_newstui(*argv: str, env_home: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(env_home / "config")
    env["XDG_DATA_HOME"] = str(env_home / "data")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "newstui", *argv], input=stdin, capture_output=True, env=env, timeout=60
    )


def test_config_option_overrides_the_default_file_in_a_real_process(tmp_path: Path, isolated_dirs: Path) -> None:
    default = isolated_dirs / "config" / "newstui" / "config.toml"
    add_feeds(default, [FeedConfig("https://default.example/feed")])
    mine = tmp_path / "mine.toml"
    add_feeds(mine, [FeedConfig("https://mine.example/feed", "Mine", ("x", "y"))])

    result = run_newstui("--config", str(mine), "export-opml", env_home=isolated_dirs)
    assert result.returncode == 0, result.stderr.decode()
    assert read_opml(result.stdout) == [FeedConfig("https://mine.example/feed", "Mine", ("x", "y"))]

    result = run_newstui("export-opml", env_home=isolated_dirs)
    assert result.returncode == 0, result.stderr.decode()
    assert read_opml(result.stdout) == [FeedConfig("https://default.example/feed")]


def test_export_then_import_in_real_processes(tmp_path: Path, isolated_dirs: Path) -> None:
    source = tmp_path / "source.toml"
    add_feeds(source, FEEDS)
    exported = run_newstui("--config", str(source), "export-opml", env_home=isolated_dirs)
    assert exported.returncode == 0, exported.stderr.decode()
    target = tmp_path / "target.toml"
    imported = run_newstui("--config", str(target), "import-opml", "-", env_home=isolated_dirs, stdin=exported.stdout)
    assert imported.returncode == 0, imported.stderr.decode()
    assert b"starter config" in imported.stderr  # the target did not exist: written first, and said so
    assert set(load_config(target).feeds) == set(FEEDS)


def test_broken_config_exits_non_zero_with_the_line(tmp_path: Path, isolated_dirs: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[general]\nrefresh_minutes = 'x'\n", encoding="utf-8")
    result = run_newstui("--config", str(config), "export-opml", env_home=isolated_dirs)
    assert result.returncode == 2
    assert f"{config}:2: general.refresh_minutes: must be a whole number".encode() in result.stderr
    assert result.stdout == b""
