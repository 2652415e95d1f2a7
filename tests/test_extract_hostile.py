"""Hostile and absurd pages: bounded time and memory, a clean ExtractError or an article.

The pathological pages run in one fresh interpreter that reports, per page, the time
taken and how far the peak RSS has grown since start-up. Bounds are hang bounds
(generous for slow CI); the figures measured on a 2-core machine are in the
report and docs/reliability.md (worst about 1.8 s and 100 MB).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newstui.errors import ExtractError
from newstui.extract import article_from_entry, extract_article
from newstui.extract.decode import text_codec
from newstui.model import Item

PARAS = "".join(
    f"<p>Paragraph {i} of a plain article has enough words in it, and a comma or two, to be scored as text.</p>"
    for i in range(6)
)
PAGE = f"<html><head><title>A plain article</title></head><body><div class='body'>{PARAS}</div></body></html>"

# A hang bound: the budget stops extraction after about 1.5 s of CPU time. Measured
# as the child's CPU time, so a loaded machine (CI, parallel workers) cannot fail it.
MAX_SECONDS = 10.0
MAX_RSS_MB = 200

_RUNNER = r"""
import json, resource, sys, time
from newstui.extract import extract_article
from newstui.errors import ExtractError
PARAS = "".join(f"<p>Paragraph {i} of a plain article has enough words in it, and a comma or two, to be scored as text.</p>" for i in range(6))
def wrap(body): return "<html><head><title>T</title></head><body><div class='body'>" + PARAS + body + "</div></body></html>"
PAGES = {
    "4.5 MB of <br>": lambda: "<html><body>" + "<br>" * 1_125_000 + "</body></html>",
    "text between 59k <br>": lambda: wrap("x<br>" * 59_000),
    "400k spans": lambda: wrap("<span>w</span>" * 400_000),
    "59k spans": lambda: wrap("<span>w</span>" * 59_000),
    "150k links": lambda: wrap("".join(f"<a href='/l{i}'>link {i}</a> " for i in range(150_000))),
    "59k links": lambda: wrap("".join(f"<a href='/l{i}'>link {i}</a> " for i in range(59_000))),
    "59k paragraphs": lambda: wrap("<p>short para, with a comma.</p>" * 59_000),
    "30k quoted paragraphs": lambda: wrap("<p>“We will not stop, not now, not ever,” said Ana Petrova, the council leader.</p>" * 30_000),
    "30k divs": lambda: wrap("<div class='c'><p>text, here, and there, in a div</p></div>" * 30_000),
    "59k list items": lambda: wrap("<ul>" + "<li>item, with, commas and words enough</li>" * 59_000 + "</ul>"),
    "20k table rows": lambda: wrap("<table>" + "<tr><td>a, b</td><td>c, d</td></tr>" * 20_000 + "</table>"),
    "200k nested divs": lambda: "<html><body>" + "<div>" * 200_000 + PARAS + "</div>" * 200_000 + "</body></html>",
    "nested div towers": lambda: wrap(("<div>" * 200 + "<p>text, here, and there</p>" + "</div>" * 200) * 290),
    "500k nested <b>": lambda: wrap("<b>" * 500_000 + "x"),
    "100k nested lists": lambda: wrap("<ul><li>" * 100_000 + "deep" + "</li></ul>" * 100_000),
    "one tag, 177k attributes": lambda: wrap("<p " + " ".join(f"a{i}='v'" for i in range(177_000)) + ">x</p>"),
    "1k tags of 250 attributes": lambda: wrap(("<p " + " ".join(f"a{i}" for i in range(250)) + ">x, y</p>") * 1_000),
    "3.5 MB paragraph": lambda: wrap("<p>" + "word, " * 590_000 + "</p>"),
}
extract_article(PAGES["59k spans"]()[:3000])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
results = {}
for name, make in PAGES.items():
    html = make().encode()
    start = time.process_time()
    try:
        extract_article(html)
        outcome = "article"
    except ExtractError as error:
        outcome = "ExtractError: " + str(error)
    except BaseException as error:
        outcome = "CRASH " + type(error).__name__ + ": " + str(error)[:200]
    seconds = time.process_time() - start
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    results[name] = {"seconds": seconds, "rss_mb": grown, "outcome": outcome}
    del html
print(json.dumps(results))
"""  # noqa: E501 - a script run in a child interpreter, kept as plain as possible


@pytest.fixture(scope="module")
def pathological() -> dict[str, dict[str, object]]:
    done = subprocess.run([sys.executable, "-c", _RUNNER], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    results: dict[str, dict[str, object]] = json.loads(done.stdout)
    return results


PATHOLOGICAL = [
    "4.5 MB of <br>", "text between 59k <br>", "400k spans", "59k spans", "150k links", "59k links",
    "59k paragraphs", "30k quoted paragraphs", "30k divs", "59k list items", "20k table rows",
    "200k nested divs", "nested div towers", "500k nested <b>", "100k nested lists",
    "one tag, 177k attributes", "1k tags of 250 attributes", "3.5 MB paragraph",
]  # fmt: skip


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_page_is_bounded(pathological: dict[str, dict[str, object]], name: str) -> None:
    result = pathological[name]
    outcome = str(result["outcome"])
    assert not outcome.startswith("CRASH"), outcome
    assert float(result["seconds"]) < MAX_SECONDS, result  # type: ignore[arg-type]
    assert float(result["rss_mb"]) < MAX_RSS_MB, result  # type: ignore[arg-type]
    if outcome.startswith("ExtractError"):
        assert "too large/complex" in outcome or "no article" in outcome, outcome


def test_too_many_attributes_is_refused_by_name(pathological: dict[str, dict[str, object]]) -> None:
    assert "page too large/complex to extract: a tag with 177,000 attributes" in str(
        pathological["one tag, 177k attributes"]["outcome"]
    )


def test_the_time_budget_stops_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    from newstui.extract import budget

    monkeypatch.setattr(budget, "SECONDS", 0.0)
    with pytest.raises(ExtractError, match="too large/complex to extract: extraction took over"):
        extract_article(PAGE.replace("</div>", "<p>more, words, here</p>" * 2000 + "</div>"))


def test_recursion_error_becomes_extract_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def deep(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("newstui.extract.meta.read_meta", deep)
    with pytest.raises(ExtractError, match="nested too deeply"):
        extract_article(PAGE)


def test_tags_beyond_the_cap_are_cut_not_refused() -> None:
    filler = "<span>x</span>" * 150_000
    article = extract_article(PAGE.replace("</body>", filler + "</body>"))
    assert article.sections[0].paragraphs[0].startswith("Paragraph 0")


# -- escape sequences and charsets ---------------------------------------------------------

ESCAPES = (
    "\x1b[2J\x1b[31mred\x1b[0m \x1b]52;c;ZXZpbA==\x07 \x1b]0;title\x1b\\ &#27;[2J &#x1B;]52;c;eA==&#7; "
    "&#x1b;[1;1H \x9b2J bell\x07"
)


@pytest.mark.parametrize("as_bytes", [True, False])
def test_escape_sequences_leave_no_residue(as_bytes: bool) -> None:
    html = PAGE.replace("Paragraph 1 of", f"Paragraph 1 {ESCAPES} of").replace("A plain article", "Title \x1b[2Jclean")
    article = extract_article(html.encode() if as_bytes else html)
    paragraph = article.sections[0].paragraphs[1]
    assert paragraph.startswith("Paragraph 1 red bell of a plain article"), paragraph
    for residue in ("\x1b", "[2J", "]52", "ZXZp", "[31m", "]0;", "[1;1H", "\x07", "\x9b"):
        assert residue not in paragraph
    assert article.headline == "Title clean"


def test_line_breaks_survive_cleaning() -> None:
    html = PAGE.replace("Paragraph 2 of a plain", "Paragraph 2 of\ra\r\nplain")
    assert "Paragraph 2 of a plain" in extract_article(html).sections[0].paragraphs[2]


CHARSET_PAGE = (
    "<html><head><meta charset='{charset}'><title>Café</title></head><body><div class='body'>"
    + "<p>Le café de la gare sert des croissants depuis 1920, et ça continue, dit le patron.</p>" * 4
    + "</div></body></html>"
)


@pytest.mark.parametrize(
    "charset",
    [
        "rot13",
        "rot-13",
        "zlib",
        "base64",
        "hex",
        "uu",
        "bz2",
        "quopri",
        "x-nonsense",
        "punycode",
        "unicode_escape",
        "utf-7",
        "idna",
    ],
)
@pytest.mark.parametrize("codec", ["utf-8", "cp1252"])
def test_non_text_charset_falls_back(charset: str, codec: str) -> None:
    data = CHARSET_PAGE.format(charset=charset).encode(codec)
    article = extract_article(data)
    assert article.headline == "Café"
    assert "Le café de la gare" in article.sections[0].paragraphs[0]


def test_text_codec() -> None:
    assert text_codec("UTF-8") == "utf-8"
    assert text_codec("latin1") == "iso8859-1"
    assert text_codec("cp037") == "cp037"
    for label in ("rot13", "zlib", "base64", "hex", "uu", "bz2", "x-nonsense", "", "unicode_escape"):
        assert text_codec(label) is None, label


def test_entry_with_escape_sequences_and_deep_nesting() -> None:
    html = "<p>Intro " + ESCAPES + " text</p>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000
    item = Item(id=1, feed_id=1, feed_url="https://f.example/", feed_title="F", title="T", content_html=html)
    article = article_from_entry(item)
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "\x1b" not in text and "Intro" in text
