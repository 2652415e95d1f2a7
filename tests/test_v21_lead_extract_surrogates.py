"""Version 21: a page's JSON-LD may escape a lone surrogate ("\\ud83d" alone, half of an
emoji cut by a CMS); json.loads gives it back as a character no terminal or encoder takes.
The extractor's text is data a terminal shows: no field of the article keeps one (the
store and `newstui extract` replaced them since the trust pass; the reader's live view
showed them). Invented page."""

from __future__ import annotations

import dataclasses

from newstui.extract import extract_article

_LD = (
    '{"@type": "NewsArticle", "headline": "Harbour \\ud83d reopens after the storm",'
    ' "author": {"@type": "Person", "name": "Ann \\udfff Lee"}, "description": "The quay \\ud800 is back."}'
)
_PARAGRAPH = (
    "<p>The harbour reopened on Tuesday after the storm had closed it for a week, and the first boats"
    " came in with the morning tide while the crews cleared the quay of sand and broken crates.</p>"
)
_PAGE = (
    f'<html><head><title>Harbour \\ud83d reopens</title><script type="application/ld+json">{_LD}</script></head>'
    f"<body><article><h1>Harbour reopens after the storm</h1>{_PARAGRAPH * 4}</article></body></html>"
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for field in dataclasses.fields(value) for s in _strings(getattr(value, field.name))]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return []


def test_no_field_of_the_article_keeps_a_lone_surrogate() -> None:
    article = extract_article(_PAGE, "https://harbour.example/news/reopens")
    texts = _strings(article)
    assert any("Ann" in text and "Lee" in text for text in texts)  # the byline is read
    for text in texts:
        text.encode("utf-8")  # raises on a lone surrogate
