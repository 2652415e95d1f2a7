"""A page's charset named only by HTTP (`Content-Type: text/html; charset=…`) is read.

Many pages in Cyrillic, Greek or the CJK scripts carry no <meta charset> and rely on a
correctly set server; the extractor read them as windows-1252 (mojibake in the headline and
every paragraph) because the fetched page's Content-Type never reached it. A page's own
<meta> still goes before a server's blanket default, and a UTF-16 label on an 8-bit body is
read as if unlabelled. A real loopback server, the real Fetcher and `newstui extract`.
"""

from __future__ import annotations

import asyncio

import pytest

from httpserver import TestServer
from newstui.__main__ import main
from newstui.extract import extract_article
from newstui.feeds.articles import article_for
from newstui.feeds.fetch import Fetcher
from newstui.model import Article, Item

HEADLINE = "Паром на остров Чайка задерживается"
PARAGRAPHS = "".join(
    f"<p>Паром на остров Чайка сегодня опаздывает на {n} минут, пока команда чинит канат на трапе; "
    f"вечерний рейс {n} уходит по расписанию, сообщила портовая служба.</p>"
    for n in range(12)
)


def page(meta: str = "") -> str:
    head = f"<head>{meta}<title>{HEADLINE}</title></head>"
    return f"<html>{head}<body><article><h1>{HEADLINE}</h1>{PARAGRAPHS}</article></body></html>"


def _article(http_server: TestServer, body: bytes, content_type: str) -> Article:
    url = http_server.add_route("/parom.html", (200, {"Content-Type": content_type}, body))
    item = Item(id=1, feed_id=1, feed_url="https://chaika.test/feed", feed_title="Чайка", title="Паром", link=url)

    async def run() -> Article:
        async with Fetcher() as fetcher:
            return await article_for(item, fetcher)

    return asyncio.run(run())


def _text(article: Article) -> str:
    return " ".join(str(section) for section in article.sections)


def test_a_charset_named_only_by_http_is_read(http_server: TestServer) -> None:
    article = _article(http_server, page().encode("cp1251"), "text/html; charset=windows-1251")
    assert article.headline == HEADLINE
    assert "вечерний рейс 11 уходит" in _text(article)


def test_an_http_charset_label_in_quotes_and_another_case_is_read(http_server: TestServer) -> None:
    article = _article(http_server, page().encode("koi8_r"), 'text/html; Charset="KOI8-R"')
    assert article.headline == HEADLINE


def test_the_pages_own_meta_goes_before_a_servers_blanket_default(http_server: TestServer) -> None:
    body = page('<meta charset="windows-1251">').encode("cp1251")
    article = _article(http_server, body, "text/html; charset=ISO-8859-1")
    assert article.headline == HEADLINE


def test_utf16_named_by_http_without_a_bom_is_read_in_either_byte_order(http_server: TestServer) -> None:
    for codec in ("utf-16-be", "utf-16-le"):
        article = _article(http_server, page().encode(codec), "text/html; charset=utf-16")
        assert article.headline == HEADLINE, codec


def test_a_utf16_label_on_an_eight_bit_body_is_read_as_if_unlabelled() -> None:
    body = page('<meta charset="windows-1251">').encode("cp1251")
    assert extract_article(body, "https://chaika.test/a", charset="utf-16").headline == HEADLINE


def test_unknown_and_utf7_labels_change_nothing() -> None:
    body = page().encode("utf-8")
    for label in ("no-such-charset", "utf-7", "rot13", ""):
        assert extract_article(body, "https://chaika.test/a", charset=label).headline == HEADLINE, label


def test_newstui_extract_reads_the_servers_charset(http_server: TestServer, capsys: pytest.CaptureFixture[str]) -> None:
    url = http_server.add_route(
        "/parom.html", (200, {"Content-Type": "text/html; charset=windows-1251"}, page().encode("cp1251"))
    )
    assert main(["extract", url]) == 0
    assert HEADLINE in capsys.readouterr().out
