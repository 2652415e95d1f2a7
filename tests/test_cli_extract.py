"""`newstui extract`: files, stdin and URLs; JSON and Markdown."""

from __future__ import annotations

import io
import json
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.__main__ import main

PAGES = Path(__file__).parent / "data" / "pages"


def test_json_output_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "wordpress_menu.html")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:5] == ["headline", "byline", "published", "sections", "quotes"]
    assert data["headline"] == "Harbour town votes to keep its ferry running through winter"
    assert data["byline"] == "Marta Quinn"
    assert data["published"] == "2025-01-14T09:30:00+00:00"
    assert [s["heading"] for s in data["sections"]][:2] == [
        "A timetable for all seasons",
        "Who pays for the extra crossings",
    ]
    assert all(set(s) == {"heading", "paragraphs"} for s in data["sections"])
    assert all(set(q) == {"text", "speaker"} for q in data["quotes"])
    assert data["source"] == "page"


def test_markdown_from_stdin_with_url(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    html = (PAGES / "explainer_list.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    assert main(["extract", "-", "--format", "markdown", "--url", "https://home.example/x"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Explainer: what the new recycling rules mean for your bins\n")
    assert "\n## Food waste\n" in out
    assert "\n- glass bottles and jars;\n" in out
    assert "\n> Consistent rules mean fewer mistakes" in out


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.html")]) == 2
    err = capsys.readouterr().err
    assert "nope.html" in err and "cannot read" in err


def test_page_without_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(PAGES / "no_article.html")]) == 2
    assert "no article text found" in capsys.readouterr().err


@pytest.fixture
def served() -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(PAGES), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_links_resolved(served: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{served}/h2_sections_figure.html"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Glacier retreat doubles in a decade, survey finds"
    assert data["images"][0]["src"] == f"{served}/media/2024/09/tongue-1200.jpg"


def test_unreachable_url_is_a_clear_error(served: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{served}/missing.html"]) == 2
    assert "missing.html" in capsys.readouterr().err


def test_json_flag_is_format_json(tmp_path: Path) -> None:
    import subprocess
    import sys

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Flags</title></head><body><article><h1>Flags agree</h1>"
        + "<p>The same output comes out whichever way the user asks for JSON, as list does.</p>" * 4
        + "</article></body></html>",
        encoding="utf-8",
    )
    runs = [
        subprocess.run([sys.executable, "-m", "newstui", "extract", str(page), *flag], capture_output=True, text=True)
        for flag in (["--json"], ["--format", "json"], ["--format", "markdown", "--json"])
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
    assert json.loads(runs[0].stdout)["headline"] == "Flags agree"
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout


def test_url_is_fetched_through_the_configured_proxy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # pages.test does not exist: a fetch that went around the proxy could not resolve it.
    with TestServer(tmp_path) as proxy:
        page = (PAGES / "h2_sections_figure.html").read_bytes()
        proxy.add_route("/story.html", (200, {"Content-Type": "text/html; charset=utf-8"}, page))
        config = tmp_path / "config.toml"
        config.write_text(f'[general]\nproxy = "{proxy.base}"\n', encoding="utf-8")
        assert main(["--config", str(config), "extract", "http://pages.test/story.html"]) == 0
    assert [r.path for r in proxy.requests] == ["http://pages.test/story.html"]
    assert json.loads(capsys.readouterr().out)["headline"] == "Glacier retreat doubles in a decade, survey finds"
