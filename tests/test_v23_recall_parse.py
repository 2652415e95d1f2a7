"""Version 23 (recall): markup that ends the document early in libxml2 but not in browsers.

Two shapes of spliced or broken page lost their whole story (pages written for the tests):

- a page whose template closed an empty document and then started a self-closed root
  ('<html><head></head></html><html/>…'): libxml2 kept the head and dropped the rest, so the
  tree was not empty (version 22's reparse did not run) but had no body;
- an external script left open ('<script src="…">' with no end tag): its element swallowed
  the rest of the page as script text, story and all.
"""

from __future__ import annotations

from newstui.extract import extract_article
from newstui.extract.article import parse_html

_STORY = (
    "<p>The village bakery will open on Sundays from next month, its owner said on Friday, "
    "after a petition signed by more than four hundred people who live along the valley.</p>"
    "<p>She said two more bakers had been hired for the weekend shift and that the shop would "
    "sell bread, rolls and a plum cake that her grandmother first baked sixty years ago.</p>"
    "<p>The parish council welcomed the news and said the car park behind the hall could be "
    "used by customers on Sunday mornings while the church service is not on.</p>"
)
_HEAD = "<head><title>Bakery opens on Sundays</title></head>"
_BODY = f"<body><div class='story'><h1>Bakery opens on Sundays</h1>{_STORY}</div></body></html>"


def _text(html: str) -> str:
    article = extract_article(html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


def test_a_closed_empty_document_before_a_self_closed_root_keeps_the_story() -> None:
    text = _text(f"<html>{_HEAD}</html><html/>{_BODY}")
    assert "open on Sundays from next month" in text
    assert "while the church service is not on" in text


def test_an_unclosed_external_script_in_the_head_keeps_the_story() -> None:
    head = '<head><title>Bakery opens on Sundays</title><script src="/js/stats.js"></head>'
    text = _text(f"<html>{head}{_BODY}")
    assert "open on Sundays from next month" in text
    assert "while the church service is not on" in text


def test_an_unclosed_external_script_in_the_body_keeps_the_story() -> None:
    body = _BODY.replace("<body>", "<body><script type='text/javascript' src='/ads.js'>", 1)
    text = _text(f"<html>{_HEAD}{body}")
    assert "open on Sundays from next month" in text
    assert "The parish council welcomed the news" in text


def test_a_later_script_after_the_unclosed_one_stays_code() -> None:
    body = _BODY.replace("<body>", '<body><script src="/a.js">', 1).replace(
        "</body>", "<script>var visits = 1;</script></body>"
    )
    root = parse_html(f"<html>{_HEAD}{body}")
    assert root.find(".//h1") is not None
    assert any("var visits" in (script.text or "") for script in root.iter("script"))


def test_an_external_script_with_code_inside_is_left_as_it_is() -> None:
    # Browsers ignore the body of a script with src; it is code, never page text.
    page = f'<html>{_HEAD}<body><script src="/a.js">init({{"p": "</p>"}});</script>{_STORY}</body></html>'
    root = parse_html(page)
    scripts = list(root.iter("script"))
    assert len(scripts) == 1 and "init(" in (scripts[0].text or "")


def test_an_external_script_whose_src_quote_is_never_closed_keeps_the_story() -> None:
    # The src value runs to the next quote mark; the script then reads the page as its text.
    head = (
        '<head><title>Bakery opens on Sundays</title><script type="text/javascript" src="/js/stats.js>'
        '</script>\n<link rel="stylesheet" href="/css/site.css"></head>'
    )
    text = _text(f"<html>{head}{_BODY}")
    assert "open on Sundays from next month" in text
    assert "while the church service is not on" in text
