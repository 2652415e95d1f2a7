"""Nothing from a feed or a page reaches the terminal raw, and `newstui add` / `newstui extract`
answer hostile servers with one clean line, never a traceback.

The CLI tests run the real `python -m newstui` in a subprocess against a loopback server
(tests/httpserver.py); the handlers for hostile answers are defined here.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from httpserver import Request, Response, TestServer
from newstui.extract import extract_article
from newstui.extract.markdown import to_markdown
from newstui.model import Article, Link, Section
from newstui.text import clean_url, one_line, strip_control

# -- strip_control: whole escape sequences ------------------------------------------------------------------

ESC = "\x1b"


@pytest.mark.parametrize(
    "sequence",
    [
        f"{ESC}[2J",  # CSI, 7-bit
        f"{ESC}[38;2;255;0;0m",
        f"{ESC}[?1049h",
        "\x9b2J",  # CSI, 8-bit
        "\x9b?25l",
        f"{ESC}]52;c;aGVsbG8=\x07",  # OSC ended by BEL (clipboard write)
        f"{ESC}]52;c;aGVsbG8={ESC}\\",  # OSC ended by ST
        f"{ESC}]0;title\x9c",  # OSC ended by 8-bit ST
        "\x9d0;title\x07",  # OSC, 8-bit
        f"{ESC}]8;;http://evil.test/{ESC}\\",  # hyperlink opener
        f"{ESC}P1$r q{ESC}\\",  # DCS
        "\x90payload\x9c",  # DCS, 8-bit
        f"{ESC}Xsos string{ESC}\\",  # SOS
        "\x98sos\x9c",
        f"{ESC}^privacy message{ESC}\\",  # PM
        "\x9epm\x07",
        f"{ESC}_application command{ESC}\\",  # APC
        "\x9fapc\x9c",
        f"{ESC}c",  # RIS: full reset
        f"{ESC}7",  # save cursor
        f"{ESC}(0",  # nF: designate the line-drawing charset
        f"{ESC}#8",  # DECALN: fill the screen with E
        f"{ESC}]0;aborted\x18",  # a string cancelled by CAN
    ],
)
def test_strip_control_leaves_no_residue_of_an_escape_sequence(sequence: str) -> None:
    assert strip_control(f"before{sequence}after") == "beforeafter"
    assert one_line(f"a {sequence} b") == "a b"


def test_an_unterminated_string_sequence_is_dropped_to_its_end() -> None:
    # A terminal would swallow all of it waiting for ST: none of it is text.
    assert strip_control(f"title{ESC}]52;c;aGVsbG8=") == "title"
    assert strip_control("title\x9dpayload") == "title"
    assert strip_control(f"cut {ESC}[38;5") == "cut "


def test_strip_control_keeps_text_tabs_newlines_and_brackets() -> None:
    text = "Line [2J] one\tcol\n“quoted” — ok ] [ \\ 中文 עברית"
    assert strip_control(text) is text or strip_control(text) == text


def test_hostile_megabyte_strings_are_linear() -> None:
    start = time.monotonic()
    for hostile in (f"{ESC}]" + "x" * 1_000_000, f"{ESC}[" * 500_000, ("\x9b" + ESC) * 500_000, ESC * 1_000_000):
        assert strip_control(hostile) == ""
    assert time.monotonic() - start < 5  # a hang bound, not a speed target


_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@given(st.text(alphabet=st.sampled_from(list("ab[]();?0129 \t\n\x07\x18\x1b\\\x90\x98\x9b\x9c\x9d\x9e\x9f\u202e"))))
def test_strip_control_output_is_always_control_free_and_stable(text: str) -> None:
    cleaned = strip_control(text)
    assert not _UNSAFE_CHARS.search(cleaned)
    assert strip_control(cleaned) == cleaned


def test_the_parse_shortcut_agrees_with_strip_control() -> None:
    from newstui.feeds import parse

    for text in ("plain title", f"a{ESC}[1mb", "tab\there", "\x9b2Jx"):
        assert parse.strip_control(text) == strip_control(text)


# -- clean_url ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1#c", "https://news.example/a?b=1#c"),
        ("  http://news.example/x  \n", "http://news.example/x"),
        ("https://news.example/my story", "https://news.example/my%20story"),
        ("https://bücher.example/straße", "https://bücher.example/straße"),
        ("HTTPS://NEWS.EXAMPLE/", "HTTPS://NEWS.EXAMPLE/"),
    ],
)
def test_clean_url_keeps_plain_http_urls(url: str, expected: str) -> None:
    assert clean_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "https://news.example/\x1b[2J",
        "https://news.example/\x1b]52;c;aGk=\x07",
        "https://news.example/\x9b2J",
        "https://news.example/a\x7fb",
        "https://news.example/a\x85b",  # NEL, a C1 control
        "https://news.example/a\tb",
        "https://news.example/\u202egpj.exe",  # RLO: shows as .exe…jpg
        "https://news.example/\u2066x\u2069",
        "https://news.example/\u200ex",  # LRM
        "https://news.example/\u200fx",  # RLM
        "https://news.example/\u061cx",  # Arabic letter mark
        "https://ex\u200bample.com/",  # zero-width space
        "https://news.example/\u00adx",  # soft hyphen
        "https://news.example/\ufeffx",
        "https://news.example/\u00a0x",  # no-break space
        "https://news.example/\u2028x",
        "mailto:editor@news.example",
        "javascript:alert(1)",
        "data:text/html,<script>",
        "file:///etc/passwd",
        "ftp://news.example/",
        "//news.example/x",
        "/relative/path",
        "http:///nohost",
        "http://news.example:99999/",
        "http://[::1/x",
    ],
)
def test_clean_url_rejects(url: str) -> None:
    assert clean_url(url) is None


# -- links and images made by the extractor -----------------------------------------------------------------

HOSTILE_LINKS_PAGE = (
    "<html><head><title>Links</title></head><body><article><h1>Links on trial</h1>"
    "<p>The council published its report on Tuesday, and the full text is long. "
    '<a href="https://ok.example/report">the report</a> sits next to '
    '<a href="https://evil.example/\u202egpj.exe">a disguised file</a>, '
    '<a href="https://evil.example/\x85next">a C1 control</a>, '
    '<a href="https://evil.example/\u200fmark">a marked link</a>, '
    '<a href="mailto:desk@news.example">the desk</a> and '
    '<a href="javascript:alert(1)">a script</a>. '
    "Readers asked for more detail on every line item in the budget.</p>"
    "<p>A second paragraph keeps the article long enough to count as one, with more words "
    "about the budget, the council and the people who read the report closely.</p>"
    '<img src="https://evil.example/\u202eimg.png" alt="bad"><img src="https://ok.example/i.png" alt="good">'
    "</article></body></html>"
)


def test_extracted_links_and_images_are_all_clean_and_keep_their_text() -> None:
    article = extract_article(HOSTILE_LINKS_PAGE.encode("utf-8"), url="https://news.example/story")
    # Controls that strip_control knows (bidi overrides, C1) leave the page text before
    # lxml parses it, so those links come out as their plain targets (what is shown is
    # what would open); a mark it does not strip (U+200F) and non-http links are refused.
    assert [link.url for link in article.links] == [
        "https://ok.example/report",
        "https://evil.example/gpj.exe",
        "https://evil.example/next",
    ]
    assert [image.src for image in article.images] == ["https://evil.example/img.png", "https://ok.example/i.png"]
    assert all(clean_url(link.url) == link.url for link in article.links)
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    for label in ("a disguised file", "a C1 control", "a marked link", "the desk", "a script"):
        assert label in text


def test_markdown_numbers_only_clean_links() -> None:
    # As an article cached by an older extractor might hold them.
    article = Article(
        headline="H",
        sections=[Section(None, ["See one and two and three here."])],
        links=[
            Link("one", "https://ok.example/1"),
            Link("two", "https://evil.example/\u202eexe"),
            Link("three", " https://ok.example/3 "),
        ],
    )
    out = to_markdown(article)
    assert "See one [1] and two and three [2] here." in out
    assert "[1]: https://ok.example/1\n[2]: https://ok.example/3\n" in out
    assert "\u202e" not in out


# -- newstui extract / add in a subprocess, against hostile servers -----------------------------------------

ARTICLE_HTML = (
    "<html><body><article><h1>Café prices</h1>"
    + "<p>The caf\xe9 on the corner raised its prices again this week, owners said. " * 12
    + "</p></article></body></html>"
)


def latin1_page(charset: str) -> bytes:
    """A page that is not valid UTF-8 (so the declared charset is used) declaring `charset`."""
    return f'<meta charset="{charset}">{ARTICLE_HTML}'.encode("latin-1")


def endless_html(request: Request) -> Response:
    def chunks() -> Iterator[bytes]:
        yield b"<html><body><p>"
        while True:
            yield b"x" * 65536

    return Response(200, {"Content-Type": "text/html"}, chunks())


@pytest.fixture(scope="module")
def hostile() -> Iterator[TestServer]:
    with TestServer() as server:
        server.add_route("/js", (302, {"Location": "javascript:alert(1)"}, b""))
        server.add_route("/data", (302, {"Location": "data:text/html,hi"}, b""))
        server.add_route("/badport", (302, {"Location": "http://127.0.0.1:99999/"}, b""))
        server.add_route("/badhost", (302, {"Location": "http://a..b/"}, b""))
        for charset in ("rot13", "zlib", "base64", "undefined", "idna"):
            server.add_route(f"/{charset}", (200, {"Content-Type": "text/html"}, latin1_page(charset)))
        server.add_route("/png", (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8))
        server.add_route("/500", (500, {"Content-Type": "text/plain"}, b"oops"))
        server.add_route("/slow", Response(200, {"Content-Type": "text/html"}, b"late", delay=20))
        server.add_route("/huge", endless_html)
        server.add_route("/deep", (200, {"Content-Type": "text/html"}, b"<div>" * 200_000 + b"deep text"))
        yield server


def newstui(tmp_path: Path, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    if not config.exists():
        config.write_text("[general]\ntimeout_seconds = 2\nmax_response_mb = 2\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "newstui", "--config", str(config), "--db", str(tmp_path / "news.db"), *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
    )


HOSTILE_CASES = [
    ("port", "http://127.0.0.1:99999/", "Port out of range"),
    ("/badport", None, "Port out of range 0-65535"),
    ("/js", None, "'javascript:alert(1)', which is not an http(s) URL"),
    ("/data", None, "'data:text/html,hi', which is not an http(s) URL"),
    ("/badhost", None, "idna"),
    ("/rot13", None, "unusable character encoding"),
    ("/zlib", None, "unusable character encoding"),
    ("/base64", None, "unusable character encoding"),
    ("/undefined", None, "undefined"),
    ("/idna", None, "idna"),
    ("/png", None, "PNG"),
    ("/500", None, "500"),
    # A silent server meets the read timeout or the whole-request deadline, whichever ends first.
    ("/slow", None, "timed out|took longer than"),
    ("/huge", None, "limit"),
]
# Labels that name no text encoding: add never decodes a page as text, and extract
# falls back to sniffing (UTF-8, else windows-1252) instead of failing.
_NOT_TEXT_CHARSETS = {"/rot13", "/zlib", "/base64", "/undefined", "/idna"}
_ADD_ONLY_WORKS = _NOT_TEXT_CHARSETS


def assert_clean_failure(result: subprocess.CompletedProcess[str], url: str, words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newstui: ") and url in lines[0], lines[0]
    assert any(part.lower() in lines[0].lower() for part in words.split("|")), lines[0]  # "a|b": either
    assert not _UNSAFE_CHARS.search(result.stderr + result.stdout)


_EXTRACT_FAILS = [case for case in HOSTILE_CASES if case[0] not in _NOT_TEXT_CHARSETS]


@pytest.mark.parametrize(("path", "url", "words"), _EXTRACT_FAILS, ids=[case[0] for case in _EXTRACT_FAILS])
def test_extract_tells_a_hostile_server_in_one_line(
    hostile: TestServer, tmp_path: Path, path: str, url: str | None, words: str
) -> None:
    target = url or hostile.url(path)
    result = newstui(tmp_path, "extract", "--timeout", "2", target)
    assert_clean_failure(result, target, words)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("path", "url", "words"),
    [case for case in HOSTILE_CASES if case[0] not in _ADD_ONLY_WORKS],
    ids=[case[0] for case in HOSTILE_CASES if case[0] not in _ADD_ONLY_WORKS],
)
def test_add_tells_a_hostile_server_in_one_line(
    hostile: TestServer, tmp_path: Path, path: str, url: str | None, words: str
) -> None:
    target = url or hostile.url(path)
    result = newstui(tmp_path, "add", target)
    assert_clean_failure(result, target, words)
    assert "[[feeds]]" not in (tmp_path / "config.toml").read_text(encoding="utf-8")


def test_extract_of_a_deeply_nested_page_is_a_clear_error_or_an_article(hostile: TestServer, tmp_path: Path) -> None:
    result = newstui(tmp_path, "extract", hostile.url("deep"))
    assert "Traceback" not in result.stderr
    if result.returncode:
        assert result.stderr.startswith("newstui: ") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("path", sorted(_NOT_TEXT_CHARSETS))
def test_extract_reads_a_page_whose_charset_is_no_text_encoding(hostile: TestServer, tmp_path: Path, path: str) -> None:
    result = newstui(tmp_path, "extract", "--timeout", "2", hostile.url(path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "café" in result.stdout.lower()  # the latin-1 page, sniffed as windows-1252


def test_extract_output_is_terminal_safe(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(HOSTILE_LINKS_PAGE.encode("utf-8"))
    result = newstui(tmp_path, "extract", str(page), "--url", "https://news.example/story")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # As in test_extracted_links_and_images_are_all_clean_and_keep_their_text.
    assert [link["url"] for link in data["links"]] == [
        "https://ok.example/report",
        "https://evil.example/gpj.exe",
        "https://evil.example/next",
    ]
    assert [image["src"] for image in data["images"]] == ["https://evil.example/img.png", "https://ok.example/i.png"]
    markdown = newstui(tmp_path, "extract", str(page), "--url", "https://news.example/story", "--format", "markdown")
    assert markdown.returncode == 0, markdown.stderr
    assert "[1]: https://ok.example/report" in markdown.stdout
    for out in (result.stdout, markdown.stdout):
        assert not _UNSAFE_CHARS.search(out) and "\u200f" not in out


def test_json_escapes_c1_and_bidi_characters_that_json_allows_raw() -> None:
    from newstui.cli.extract import to_json

    article = Article(headline="a\x9b2Jb \u202eevil\u200f", sections=[Section(None, ["p\u2066x"])])
    out = to_json(article)
    assert not re.search("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]", out)
    assert json.loads(out)["headline"] == article.headline  # the same value, escaped


def test_an_error_naming_a_hostile_path_is_printed_without_its_escapes(tmp_path: Path) -> None:
    result = newstui(tmp_path, "extract", str(tmp_path / "x\x1b]52;c;aGk=\x07\x1b[2J.html"))
    assert result.returncode == 2
    assert result.stderr.startswith("newstui: ") and "cannot read" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "52;c" not in result.stderr


def test_ctrl_c_prints_one_line_not_a_traceback(hostile: TestServer, tmp_path: Path) -> None:
    before = len(hostile.requests_for("/slow"))
    process = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--config", str(tmp_path / "c.toml"), "extract", hostile.url("slow")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # A terminal's Ctrl+C handling, also when pytest itself runs with SIGINT ignored (started
        # with & from a shell without job control): Python then leaves SIGINT ignored in the child.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Interrupt once the request is out (the server logs it), as Ctrl+C would: the whole process group.
    deadline = time.monotonic() + 15
    while len(hostile.requests_for("/slow")) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 130
    assert err.strip().splitlines()[-1] == "newstui: interrupted"
    assert "Traceback" not in err


# -- newstui add: discovered feed URLs ----------------------------------------------------------------------

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>http://127.0.0.1/one</link></item></channel></rss>"""


def test_add_skips_unsafe_discovered_feed_urls_with_a_message(tmp_path: Path) -> None:
    page = (
        "<html><head>"
        '<link rel="alternate" type="application/rss+xml" href="/\u202egpj.xml" title="bidi">'
        '<link rel="alternate" type="application/rss+xml" href="/a\x1b]52;c;aGk=\x07.xml">'
        '<link rel="alternate" type="application/rss+xml" href="/x\u200f.xml">'
        '<link rel="alternate" type="application/atom+xml" href="javascript:alert(1)">'
        '<link rel="alternate" type="application/rss+xml" href="/good.xml" title="Good">'
        "</head><body>hi</body></html>"
    ).encode("utf-8")
    with TestServer() as server:
        server.add_route("/page", (200, {"Content-Type": "text/html; charset=utf-8"}, page))
        server.add_route("/good.xml", (200, {"Content-Type": "application/rss+xml"}, FEED))
        result = newstui(tmp_path, "add", server.url("page"))
        assert result.returncode == 0, result.stderr
        good = server.url("good.xml")
    assert result.stdout.count("Skipped a feed link that is not a plain http(s) URL") == 4
    assert f"Added {good}" in result.stdout
    assert not _UNSAFE_CHARS.search(result.stdout + result.stderr) and "\u200f" not in result.stdout
    config = (tmp_path / "config.toml").read_text(encoding="utf-8")
    assert f'url = "{good}"' in config and config.count("url =") == 1


def test_add_refuses_a_typed_url_with_a_bidi_override(tmp_path: Path) -> None:
    result = newstui(tmp_path, "add", "https://news.example/\u202egpj.xml")
    assert result.returncode == 2
    assert "invisible or control characters" in result.stderr and "\\u202e" in result.stderr
    assert "\u202e" not in result.stderr


# -- the app: links screen and browser ----------------------------------------------------------------------


def test_open_in_browser_refuses_a_url_that_is_not_its_clean_form(tmp_path: Path) -> None:
    from newstui.ui.browser import open_in_browser

    log = tmp_path / "opened.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n', encoding="utf-8")
    script.chmod(0o755)
    browser = webbrowser.GenericBrowser([str(script), "%s"])
    for bad in ("https://x.example/\u202e", " https://x.example/", "javascript:alert(1)", "file:///etc/passwd"):
        with pytest.raises(ValueError):
            open_in_browser(browser, bad)
    assert not log.exists()
    assert open_in_browser(browser, "https://x.example/ok")
    assert log.read_text() == "https://x.example/ok\n"


HOSTILE_APP_LINKS = [
    Link("[@click=app.quit]quit[/]", "https://ok.example/[b]x[/b]"),
    Link("disguised", "https://evil.example/\u202egpj.exe"),
    Link("mail", "mailto:desk@news.example"),
    Link("padded", "  https://ok.example/padded "),
]


async def test_links_screen_shows_markup_literally_and_opens_only_clean_urls(tmp_path: Path) -> None:
    from textual.widgets import OptionList

    from newstui.config import load_config
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.links import UNSAFE_LINK, LinksScreen
    from ui_helpers import build_store, clock, write_config

    config_path = write_config(tmp_path / "config.toml")
    build_store(tmp_path / "news.db", load_config(config_path))
    app = NewsApp(load_config(config_path), tmp_path / "news.db", clock=clock)
    chosen: list[str | None] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.push_screen(LinksScreen(HOSTILE_APP_LINKS), chosen.append)
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        prompts = [options.get_option_at_index(i).prompt.plain for i in range(options.option_count)]
        assert "[@click=app.quit]quit[/]" in prompts[0] and "https://ok.example/[b]x[/b]" in prompts[0]
        assert UNSAFE_LINK in prompts[1] and "evil.example" not in prompts[1]
        assert UNSAFE_LINK in prompts[2] and "mailto" not in prompts[2]
        assert options.get_option_at_index(1).disabled and options.get_option_at_index(2).disabled
        await pilot.press("2")  # the disguised link: not opened, the screen stays
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen) and chosen == []
        await pilot.press("4")
        await pilot.pause()
        assert chosen == ["https://ok.example/padded"]  # the string shown, which the browser gets
        assert app.is_running


async def test_browser_failure_toast_is_plain_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstui.config import load_config
    from newstui.ui.app import NewsApp
    from ui_helpers import build_store, clock, write_config

    script = tmp_path / "browser.sh"
    script.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    script.chmod(0o755)
    browser = webbrowser.GenericBrowser([str(script), "%s"])
    monkeypatch.setattr(webbrowser, "get", lambda using=None: browser)
    config_path = write_config(tmp_path / "config.toml")
    build_store(tmp_path / "news.db", load_config(config_path))
    app = NewsApp(load_config(config_path), tmp_path / "news.db", clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        screen.open_url("https://evil.example/\u202egpj.exe")  # type: ignore[attr-defined]
        await pilot.pause()
        assert "not a plain http(s) URL" in screen.status.notice  # type: ignore[attr-defined]
        screen.open_url("https://ok.example/[@click=app.quit]x[/]")  # type: ignore[attr-defined]
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        # Said once, on the status line (plain text; v26 dropped the toast that repeated it).
        assert "https://ok.example/[@click=app.quit]x[/]" in screen.status.notice  # type: ignore[attr-defined]
        assert "Could not open" in screen.status.notice  # type: ignore[attr-defined]
        assert app.is_running


def test_import_opml_names_a_skipped_url_without_its_controls(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline xmlUrl="https://a.example/f&#x9b;2Jx&#x85;y.xml"/></body></opml>',
        encoding="utf-8",
    )
    result = newstui(tmp_path, "import-opml", str(opml))
    assert result.returncode == 0, result.stderr
    assert "skipped https://a.example/fxy.xml: not a valid URL" in result.stdout
    assert not _UNSAFE_CHARS.search(result.stdout)


@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u200f", "\u061c", "\u200b"])
def test_a_feed_url_with_an_invisible_character_is_a_config_problem(mark: str) -> None:
    from newstui.config import url_problem

    assert url_problem("https://example.com/feed.xml") is None
    problem = url_problem(f"https://example.com/{mark}lmx.deef")
    assert problem is not None and "invisible" in problem
