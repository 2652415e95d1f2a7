"""`newstui extract PATH_OR_URL_OR_- [--format json|markdown] [--url URL]`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.model import Article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="PATH_OR_URL_OR_-", help="an HTML file, an http(s) URL, or - for stdin")
    parser.add_argument(
        "--format", choices=("json", "markdown"), default="json", help="output format (default: json)"
    )
    parser.add_argument("--url", metavar="URL", help="the page's address, to resolve relative links of a file or stdin")


def article_json(article: Article) -> dict[str, Any]:
    """The JSON form: headline, byline, published, sections, quotes, then the extra keys."""
    return {
        "headline": article.headline,
        "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in article.sections],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in article.quotes],
        "lead": article.lead,
        "url": article.url,
        "source": article.source,
        "kinds": [list(s.kinds) for s in article.sections],
        "links": [{"text": link.text, "url": link.url} for link in article.links],
        "images": [{"src": i.src, "alt": i.alt, "caption": i.caption} for i in article.images],
    }


def _read(source: str) -> tuple[bytes, str | None]:
    from newstui.errors import NewstuiError

    if source == "-":
        return sys.stdin.buffer.read(), None
    if source.lower().startswith(("http://", "https://")):
        import asyncio

        from newstui.fetch import Fetcher

        async def get() -> tuple[bytes, str]:
            async with Fetcher() as fetcher:
                result = await fetcher.fetch(source)
            return result.body or b"", result.final_url

        return asyncio.run(get())
    try:
        with open(source, "rb") as handle:
            return handle.read(), None
    except OSError as error:
        raise NewstuiError(f"{source}: cannot read: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    from newstui.extract import extract_article
    from newstui.extract.markdown import to_markdown

    body, final_url = _read(args.source)
    article = extract_article(body, url=args.url or final_url)
    text = (
        to_markdown(article)
        if args.format == "markdown"
        else json.dumps(article_json(article), ensure_ascii=False, indent=2) + "\n"
    )
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `newstui extract … | head`: the reader left; that is not an error.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
