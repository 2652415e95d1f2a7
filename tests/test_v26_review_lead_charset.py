"""Review of the HTTP charset rules (v26): a page's <meta> that its bytes refute, WHATWG
labels Python lacks, and binary bodies under a UTF-16 label."""

from __future__ import annotations

import asyncio

import pytest

from httpserver import TestServer
from newstui.errors import ExtractError
from newstui.extract import extract_article
from newstui.extract.decode import decode_html, transport_encoding
from newstui.feeds.articles import article_for
from newstui.feeds.fetch import Fetcher
from newstui.model import Article, Item

_CYRILLIC = "Мост через реку Вельку откроют весной, сказал инженер Пётр Соболев."


def _page(meta: str, text: str) -> str:
    body = f"<body><article><p>{text}</p><p>{text}</p></article></body>"
    return f"<html><head>{meta}<title>Bridge</title></head>{body}</html>"


def test_a_meta_claiming_utf8_over_legacy_bytes_gives_way_to_http() -> None:
    body = _page('<meta charset="utf-8">', _CYRILLIC).encode("cp1251")
    assert _CYRILLIC in decode_html(body, "windows-1251")
    article = extract_article(body, "http://example.test/most", charset="windows-1251")
    assert any(_CYRILLIC in block for section in article.sections for block in section.paragraphs)


def test_a_page_mostly_utf8_with_a_stray_byte_stays_utf8_under_any_http_label() -> None:
    text = "Le café du port rouvre, a dit la maire Élise Varenne."
    body = _page('<meta charset="utf-8">', text).encode("utf-8").replace(b"port", b"p\xe9rt", 1)
    assert "café" in decode_html(body, "windows-1251")


def test_an_honest_meta_still_beats_a_blanket_http_default() -> None:
    body = _page('<meta charset="windows-1251">', _CYRILLIC).encode("cp1251")
    assert _CYRILLIC in decode_html(body, "iso-8859-1")


@pytest.mark.parametrize(
    ("label", "codec"),
    [("windows-874", "cp874"), ("TIS-620", "cp874"), ("iso-8859-8-i", "iso8859-8"), ("x-euc-jp", "euc_jp")],
)
def test_whatwg_labels_python_lacks_are_known(label: str, codec: str) -> None:
    assert transport_encoding(label) == codec


def test_a_thai_page_labelled_windows_874_reads_as_thai() -> None:
    thai = "สะพานใหม่จะเปิดในฤดูฝนนี้ ผู้ว่าการกล่าว"
    body = _page('<meta charset="windows-874">', thai).encode("cp874")
    assert thai in decode_html(body)
    assert thai in decode_html(_page("", thai).encode("cp874"), "windows-874")


def test_an_image_under_a_utf16_label_is_still_no_page() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    with pytest.raises(ExtractError, match="PNG"):
        decode_html(png, "utf-16")


def test_utf16_and_utf32_bodies_opening_on_a_newline_keep_their_order() -> None:
    page = "\n" + _page("", _CYRILLIC)
    for codec, label in (
        ("utf-16-be", "utf-16"),
        ("utf-16-le", "utf-16"),
        ("utf-32-be", "utf-32"),
        ("utf-32-le", "UTF-32"),
    ):
        assert _CYRILLIC in decode_html(page.encode(codec), label)


def test_a_multibyte_meta_its_bytes_refute_gives_way_to_http() -> None:
    japanese = "新しい橋は春に開通すると技師の田中さんが話した。"
    body = _page('<meta charset="shift_jis">', japanese).encode("euc_jp")
    assert japanese in decode_html(body, "euc-jp")
    assert japanese not in decode_html(body)  # without HTTP's word the page's label stands


def test_an_http_label_no_blanket_default_names_beats_a_template_meta() -> None:
    body = _page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', _CYRILLIC)
    assert _CYRILLIC in decode_html(body.encode("cp1251"), "windows-1251")
    assert _CYRILLIC in decode_html(body.encode("koi8_r"), "KOI8-R")


def test_a_cut_utf8_page_keeps_utf8_under_a_legacy_http_label() -> None:
    text = "Die Brücke über die Weißach öffnet im Frühjahr, sagte die Ingenieurin Jörg Müller."
    body = _page('<meta charset="utf-8">', text).encode("utf-8")
    assert text in decode_html(body[:-3] + b"\xc3", "windows-1251")


def test_the_app_reads_a_page_whose_meta_its_server_contradicts(http_server: TestServer) -> None:
    body = _page('<meta charset="iso-8859-1">', _CYRILLIC).encode("cp1251")
    url = http_server.add_route("/most.html", (200, {"Content-Type": "text/html; charset=windows-1251"}, body))
    item = Item(id=1, feed_id=1, feed_url="https://most.test/feed", feed_title="Мост", title="Мост", link=url)

    async def run() -> Article:
        async with Fetcher() as fetcher:
            return await article_for(item, fetcher)

    article = asyncio.run(run())
    assert _CYRILLIC in " ".join(str(section) for section in article.sections)
