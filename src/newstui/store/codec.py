"""What the store writes into its columns and reads back: times, articles, enclosures.

Times are integer microseconds since the Unix epoch, UTC. Articles and enclosures
are compact JSON; each `*_to_json` has an inverse that gives back an equal value (an
article's lone surrogates, which no UTF-8 text holds, come back as "?").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from newstui.model import Article, Enclosure, Image, Link, Quote, Section

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


# -- times -------------------------------------------------------------------


def to_us(moment: datetime) -> int:
    """A datetime as integer microseconds since the epoch; a naive one is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // _US


def from_us(value: int | None) -> datetime | None:
    return None if value is None else EPOCH + timedelta(microseconds=value)


def now_us() -> int:
    return to_us(datetime.now(UTC))


# -- article JSON --------------------------------------------------------------


def _dt_out(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _dt_in(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def article_to_json(article: Article) -> str:
    """Serialise an Article; `article_from_json` gives back an equal Article."""
    data = {
        "headline": article.headline,
        "byline": article.byline,
        "published": _dt_out(article.published),
        "sections": [
            {"heading": s.heading, "paragraphs": list(s.paragraphs), "kinds": list(s.kinds)} for s in article.sections
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "section": q.section, "paragraph": q.paragraph}
            for q in article.quotes
        ],
        "links": [{"text": link.text, "url": link.url} for link in article.links],
        "images": [{"src": i.src, "alt": i.alt, "caption": i.caption} for i in article.images],
        "lead": article.lead,
        "source": article.source,
        "url": article.url,
    }
    # Written as UTF-8 (a lone surrogate, which a page's JSON-LD may escape, becomes "?"): the
    # text read back is text a terminal can show, and SQLite stores only valid UTF-8.
    return valid_utf8(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def article_from_json(text: str) -> Article:
    """The inverse of `article_to_json`. Raises ValueError/KeyError/TypeError on bad data."""
    data = json.loads(text)
    return Article(
        headline=data["headline"],
        byline=data["byline"],
        published=_dt_in(data["published"]),
        sections=[Section(s["heading"], list(s["paragraphs"]), list(s["kinds"])) for s in data["sections"]],
        quotes=[Quote(q["text"], q["speaker"], q["section"], q["paragraph"]) for q in data["quotes"]],
        links=[Link(link["text"], link["url"]) for link in data["links"]],
        images=[Image(i["src"], i["alt"], i["caption"]) for i in data["images"]],
        lead=data["lead"],
        source=data["source"],
        url=data["url"],
    )


def article_text(article: Article) -> str:
    """The searchable text of an article (the headline is already indexed as the title)."""
    parts: list[str] = [article.lead] if article.lead else []
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return valid_utf8("\n".join(parts))


def valid_utf8(text: str) -> str:
    """`text` with lone surrogates replaced: SQLite stores only valid UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


# -- enclosures ----------------------------------------------------------------


def enclosures_to_json(enclosures: Sequence[Enclosure]) -> str | None:
    """The items.enclosures column: a JSON list of [url, type, length], NULL when there are none."""
    if not enclosures:
        return None
    return json.dumps([[e.url, e.type, e.length] for e in enclosures], ensure_ascii=True, separators=(",", ":"))


def enclosures_from_json(text: str | None) -> tuple[Enclosure, ...]:
    """The inverse of `enclosures_to_json`; a damaged value reads as no enclosures."""
    if not text:
        return ()
    try:
        data = json.loads(text)
        return tuple(
            Enclosure(url, kind, length)
            for url, kind, length in data
            if isinstance(url, str)
            and (kind is None or isinstance(kind, str))
            and (length is None or type(length) is int)
        )
    except (ValueError, TypeError):
        return ()
