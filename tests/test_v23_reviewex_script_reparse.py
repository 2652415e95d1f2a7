"""Review of version 23's reparse of pages swallowed by an external script (article._closed_scripts).

A script with src whose own text holds markup strings (a widget's template passed inline) is
closed by its own end tag: it swallowed nothing, and its code must not become the story's text.
Pages written for these tests (no data set).
"""

from __future__ import annotations

from newstui.extract import extract_article
from newstui.extract.article import parse_html

_STORY = (
    "<p>The ferry to the island will run twice a day through the winter, the harbour office said on "
    "Monday, after a season in which the morning boat was full on most days of the week.</p>"
    "<p>The second crossing leaves at four in the afternoon and will carry cars as well as walkers, "
    "though bicycles must be booked a day ahead at the ticket desk on the quay.</p>"
)
_AFTER = "<p>The harbour office said the timetable would be printed in the island's newsletter.</p>"
_TEMPLATE = (
    "<script src='/js/signup.js'>signup.render('<div class=\"box\"><p>Get the tide tables</p></div>"
    "<h3>Our newsletter</h3><p>One mail a week</p>');</script>"
)


def _text(html: str) -> str:
    article = extract_article(html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_closed_external_script_holding_a_template_stays_code() -> None:
    page = (
        "<html><head><title>Ferry runs all winter</title></head><body><div class='story'>"
        f"<h1>Ferry runs all winter</h1>{_STORY}{_TEMPLATE}{_AFTER}</div></body></html>"
    )
    text = _text(page)
    assert "signup.render" not in text and "One mail a week" not in text
    assert "will carry cars as well as walkers" in text
    assert "printed in the island's newsletter" in text


def test_the_template_script_keeps_its_code_in_the_tree() -> None:
    page = f"<html><head><title>Ferry</title>{_TEMPLATE}</head><body>{_STORY}</body></html>"
    scripts = list(parse_html(page).iter("script"))
    assert len(scripts) == 1 and "signup.render" in (scripts[0].text or "")
