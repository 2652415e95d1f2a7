"""Every fixture page in tests/data/pages against its expected JSON (headline, headings,
edges, furniture absent). Quote expectations live in test_extract_quotes_on_pages.py."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from newstui.errors import ExtractError
from newstui.extract import extract_article
from newstui.model import Article

PAGES = Path(__file__).parent / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.json"))


def _load(name: str) -> tuple[bytes, dict]:
    return (PAGES / f"{name}.html").read_bytes(), json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def _texts(article: Article) -> list[str]:
    return [p for s in article.sections for p in s.paragraphs]


def test_there_are_at_least_twelve_fixture_pages() -> None:
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_page(name: str) -> None:
    html, expected = _load(name)
    if "error" in expected:
        with pytest.raises(ExtractError, match=expected["error"]):
            extract_article(html, expected.get("url"))
        return
    article = extract_article(html, expected.get("url"))
    paragraphs = _texts(article)
    assert article.headline == expected["headline"]
    assert [s.heading for s in article.sections if s.heading is not None] == expected["headings"]
    assert article.source == "page"
    assert paragraphs, "no paragraphs"
    assert paragraphs[0].startswith(expected["first_paragraph"]), paragraphs[0]
    if "last_paragraph" in expected:
        assert paragraphs[-1].startswith(expected["last_paragraph"]), paragraphs[-1]
    if "paragraph_count" in expected:
        assert len(paragraphs) == expected["paragraph_count"], paragraphs
    body = "\n".join(paragraphs + [s.heading or "" for s in article.sections])
    for text in expected.get("present", []):
        assert text in body, text
    for text in expected.get("absent", []):
        assert text not in body, text
    # The headline is not repeated as the first paragraph or heading.
    assert paragraphs[0] != article.headline
    assert article.sections[0].heading != article.headline
    for key in ("byline", "lead"):
        if key in expected:
            assert getattr(article, key) == expected[key]
    if "published" in expected:
        assert article.published == datetime.fromisoformat(expected["published"])
        assert article.published.tzinfo is not None
    if "canonical" in expected:
        assert article.url == expected["canonical"]
    if "images" in expected:
        assert [(i.src, i.alt, i.caption) for i in article.images] == [
            (i["src"], i["alt"], i["caption"]) for i in expected["images"]
        ]
    kinds = [(p, s.kind(i)) for s in article.sections for i, p in enumerate(s.paragraphs)]
    if "list_items" in expected:
        assert [p for p, k in kinds if k == "li"] == expected["list_items"]
    if "blockquotes" in expected:
        assert [p for p, k in kinds if k == "blockquote"] == expected["blockquotes"]
    for section in article.sections:
        assert len(section.kinds) in (0, len(section.paragraphs))
        for paragraph in section.paragraphs:
            assert paragraph == paragraph.strip() and "  " not in paragraph and "\n" not in paragraph


@pytest.mark.parametrize("name", [n for n in NAMES if n != "no_article"])
def test_str_and_bytes_give_the_same_article(name: str) -> None:
    html, expected = _load(name)
    from newstui.extract.decode import decode_html

    assert extract_article(decode_html(html), expected.get("url")) == extract_article(html, expected.get("url"))


def test_links_are_absolute_and_in_reading_order() -> None:
    html = b"""<html><head><title>Links in order</title></head><body><article><h1>Links in order</h1>
    <p>The first paragraph cites <a href="/reports/one">the first report</a> and then
    <a href="https://other.example/two">a second source</a>, as long paragraphs in the news often do.</p>
    <p>A second paragraph links <a href="three.html">a third page</a>, and
    <a href="javascript:alert(1)">a script link</a> that must not survive, nor <a href="#top">a fragment</a>.</p>
    <p>A third paragraph has enough words to make this a real article for the content scorer to find it.</p>
    </article></body></html>"""
    article = extract_article(html, "https://news.example/world/story.html")
    assert [(link.text, link.url) for link in article.links] == [
        ("the first report", "https://news.example/reports/one"),
        ("a second source", "https://other.example/two"),
        ("a third page", "https://news.example/world/three.html"),
    ]
    assert "a script link" in article.sections[0].paragraphs[1]


def test_headline_suffix_and_prefix_rules() -> None:
    from newstui.extract.headline import strip_site

    assert strip_site("Big news today | Example Times", "Example Times", "") == "Big news today"
    assert strip_site("Big news today – Example Times", None, "exampletimes") == "Big news today"
    assert strip_site("Example Times: Big news arrives today", "Example Times", "") == "Big news arrives today"
    assert strip_site("Storm live: power cuts as gales hit", "Coastal", "") == "Storm live: power cuts as gales hit"
    # A dash inside a headline that names no site stays.
    assert strip_site("Ceasefire holds - for now", "Example Times", "example") == "Ceasefire holds - for now"


def test_headline_from_title_only() -> None:
    html = b"""<html><head><title>Dam inspection finds cracks in spillway | Valley Herald</title></head><body>
    <div class="content"><p>Inspectors found cracks in the spillway of the upper dam during a routine check on Tuesday, the water authority said.</p>
    <p>The authority said there was no immediate danger but that the reservoir level would be lowered as a precaution while repairs are planned.</p></div>
    </body></html>"""  # noqa: E501 - the page as a site serves it
    assert extract_article(html).headline == "Dam inspection finds cracks in spillway"
