"""The content scorer (extract/scoring.py) on small pages written for these tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import lxml.html
import pytest

from newstui.extract import extract_article, scoring

PARA = "The council voted on the harbour plan on Tuesday, after a long debate, and the ferry will run again in spring."


def _page(body: str) -> str:
    return f"<html><head><title>Harbour plan</title></head><body>{body}</body></html>"


def test_extraction_does_not_load_readability() -> None:
    # The scorer is our own: extracting a page loads no readability-lxml (public API or private).
    code = textwrap.dedent(
        f"""
        import sys
        from newstui.extract import extract_article
        extract_article({_page("<article>" + ("<p>" + PARA + "</p>") * 6 + "</article>")!r}.encode())
        print("readability" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_parent_and_grandparent_share_a_paragraphs_score() -> None:
    root = lxml.html.fromstring(_page(f'<div id="outer"><div id="inner"><p>{PARA}</p><p>{PARA}</p></div></div>'))
    candidates = scoring.score_paragraphs(root)
    inner = candidates[root.get_element_by_id("inner")].score
    outer = candidates[root.get_element_by_id("outer")].score
    # each paragraph is worth 1 + 3 clauses + 1.1 for its 110 characters; the grandparent gets half
    assert len(PARA) == 110
    assert inner == pytest.approx(5 + 2 * 5.1)
    assert outer == pytest.approx(5 + 5.1)


def test_a_block_of_links_scores_nothing() -> None:
    links = "".join(f'<p><a href="/s/{i}">{PARA}</a></p>' for i in range(5))
    story = f'<div id="story"><p>{PARA}</p><p>{PARA}</p></div>'
    root = lxml.html.fromstring(_page(f'<div id="teasers">{links}</div>{story}'))
    candidates = scoring.score_paragraphs(root)
    assert candidates[root.get_element_by_id("teasers")].score == 0
    best = scoring.best_candidate(candidates)
    assert best is not None and best.elem.get("id") == "story"


def test_class_words_weigh_a_container() -> None:
    # General pattern: class/id words name a story frame or furniture, on any site.
    root = lxml.html.fromstring(_page('<div class="story-body" id="x"></div><div class="related-links"></div>'))
    story, related = root.find(".//div"), root.findall(".//div")[1]
    assert scoring.class_weight(story) == 25
    assert scoring.class_weight(related) == -25
    # page-state words describe the page, not the element
    assert scoring.class_weight(lxml.html.fromstring('<div class="layout has-sidebar"></div>')) == 0


def test_article_body_marker_beats_a_longer_block() -> None:
    marked = f'<div itemprop="articleBody" id="body"><p>{PARA}</p><p>{PARA}</p></div>'
    longer = f'<div id="bio">{("<p>" + PARA + "</p>") * 4}</div>'
    root = lxml.html.fromstring(_page(marked + longer))
    best = scoring.best_candidate(scoring.score_paragraphs(root))
    assert best is not None and best.elem.get("id") == "body"


def test_cleaning_drops_a_gallery_and_a_form_but_keeps_prose() -> None:
    images = "".join(f'<img src="/{i}.jpg">' for i in range(6))
    html = _page(
        f'<div id="story"><p>{PARA}</p><div class="gallery"><p>Photos</p>{images}</div>'
        f'<div><form><input name="q"><input name="r"></form><p>Search the archive</p></div><p>{PARA}</p></div>'
    )
    article = extract_article(html.encode())
    text = " ".join(p for s in article.sections for p in s.paragraphs)
    assert text.count("ferry will run") == 2
    assert "Photos" not in text and "Search the archive" not in text
