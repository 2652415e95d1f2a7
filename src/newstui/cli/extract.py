"""`newstui extract PATH_OR_URL_OR_- [--format json|markdown] [--url URL]`."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.model import Article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="PATH_OR_URL_OR_-", help="an HTML file, an http(s) URL, or - for stdin")
    parser.add_argument("--format", choices=("json", "markdown"), default="json", help="output format (default: json)")
    # As `newstui list --json`: the same word for the same output.
    parser.add_argument("--json", action="store_const", dest="format", const="json", help="same as --format json")
    parser.add_argument("--url", metavar="URL", help="the page's address, to resolve relative links of a file or stdin")
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up on a URL after this long (default: the config's timeout_seconds)",
    )


def article_json(article: Article) -> dict[str, Any]:
    """The JSON form: headline, byline, published, sections, quotes, then the extra keys.

    URLs go through `clean_url`: a link or image whose URL is not a safe http(s)
    URL is left out (a link's text stays in its paragraph); such a page `url` is null.
    """
    from newstui.text import clean_url

    return {
        "headline": article.headline,
        "byline": article.byline,
        "published": article.published.isoformat() if article.published else None,
        "sections": [{"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in article.sections],
        "quotes": [{"text": q.text, "speaker": q.speaker} for q in article.quotes],
        "lead": article.lead,
        "url": clean_url(article.url),
        "source": article.source,
        "kinds": [list(s.kinds) for s in article.sections],
        "links": [{"text": link.text, "url": url} for link in article.links if (url := clean_url(link.url))],
        "images": [
            {"src": src, "alt": i.alt, "caption": i.caption} for i in article.images if (src := clean_url(i.src))
        ],
    }


# json.dumps(ensure_ascii=False) escapes C0 controls but writes C1 controls and
# bidi/invisible format characters as they are; inside a JSON string (the only
# place they can be) a \uXXXX escape is the same value and harmless to a terminal.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def to_json(article: Article) -> str:
    """The article as indented JSON, safe to print to a terminal."""
    text = json.dumps(article_json(article), ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _read(args: argparse.Namespace) -> tuple[bytes, str | None, str | None, str | None]:
    """The page's bytes and, for a URL, the address it ended at, what to warn of (a
    download cut short: `articles.cut_page_note`, read as far as it goes) and the
    charset the server named (for a page that names none).

    A URL is fetched with the config's Fetcher settings (proxy, size cap,
    transport, timeout), as the app opens articles; `--timeout` overrides the timeout.
    """
    from newstui.errors import FetchError, NewstuiError

    source: str = args.source
    if source == "-":
        return sys.stdin.buffer.read(), None, None, None
    if source.lower().startswith(("http://", "https://")):
        import asyncio

        from newstui.cli.common import load_config
        from newstui.cli.failures import describe, input_errors, is_bug
        from newstui.config import url_problem
        from newstui.feeds.articles import cut_page_note
        from newstui.feeds.fetch import Fetcher
        from newstui.feeds.parse.encoding import charset_of
        from newstui.feeds.refresh import fetcher_options_for

        problem = url_problem(source)
        if problem:
            raise NewstuiError(problem)
        options = fetcher_options_for(load_config(args))
        if args.timeout is not None:
            options.update(timeout=args.timeout, total_timeout=args.timeout)

        async def get() -> tuple[bytes, str, str | None, str | None]:
            async with Fetcher(**options) as fetcher:
                result = await fetcher.fetch(source)
            return result.body or b"", result.final_url, cut_page_note(result), charset_of(result.content_type)

        try:
            return asyncio.run(get())
        except input_errors() as error:  # what a hostile server gets past the fetcher
            if is_bug(error):
                raise
            raise FetchError(source, f"cannot fetch it: {describe(error)}") from None
    try:
        with open(source, "rb") as handle:
            return handle.read(), None, None, None
    except OSError as error:
        raise NewstuiError(f"{source}: cannot read: {error.strerror or error}") from None


def run(args: argparse.Namespace) -> int:
    from newstui.cli.failures import describe, input_errors, is_bug
    from newstui.errors import ExtractError
    from newstui.extract import extract_article
    from newstui.extract.markdown import to_markdown
    from newstui.text import one_line, strip_control

    body, final_url, cut, charset = _read(args)
    where = one_line(final_url or args.source)
    if cut is not None:
        # Still extracted (the start of a page may be all that is wanted), never silently.
        from newstui.config.urls import hide_password

        print(f"newstui: warning: {hide_password(where)}: {cut}; what follows is the part that came", file=sys.stderr)
    try:
        article = extract_article(body, url=args.url or final_url, charset=charset)
    except ExtractError as error:
        if where in str(error):
            raise
        raise ExtractError(f"{where}: {error}") from None  # say which page
    except input_errors() as error:  # what a hostile page gets past the extractor
        if is_bug(error):
            raise
        raise ExtractError(f"{where}: cannot read the page: {describe(error)}") from None
    # The extractor strips controls from what it returns; this is the last guard
    # between the page and the terminal (to_json escapes what JSON allows).
    text = strip_control(to_markdown(article)) if args.format == "markdown" else to_json(article)
    # A lone surrogate (a page's JSON-LD may escape one) cannot be written as UTF-8.
    text = text.encode("utf-8", "replace").decode("utf-8")
    sys.stdout.write(text)  # a reader that leaves early (| head) is `main`'s to quiet
    sys.stdout.flush()
    return 0
