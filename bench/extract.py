"""Extraction speed: newstui vs bare readability-lxml on the same pages, same run.

    .venv/bin/python bench/extract.py [--pages N] [--dir DIR] [--repeat R]

Pages come from DIR (*.html) when given, else N generated news pages (seeded,
deterministic): long menus, inline scripts and JSON blobs, ad slots, share
bars, related-post grids, comment threads and footers around an article of
varying length and template. Prints pages/second, median and p95 ms per page,
and peak Python memory (tracemalloc, a separate pass) for each.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

WORDS = (
    "council harbour ferry winter budget minister said report vote plan school hospital road river "
    "market price energy storm village farmers residents board review spring summer officials week "
    "service contract court judge police station bridge railway museum library election campaign "
    "the a of and to in for on with at by from that this which while after before during under over"
).split()
NAMES = ["Ana Petrova", "Tomasz Wick", "Lena Ortiz", "Samuel Okafor", "Hugo Brandt", "Mei Lin", "Priya Nair"]


def sentence(rng: random.Random, low: int = 8, high: int = 28) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        words.insert(rng.randint(1, len(words) - 1), rng.choice(WORDS) + ",")
    return " ".join(words) + "."


def paragraph(rng: random.Random) -> str:
    text = " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.25:
        who = rng.choice(NAMES)
        text += f" &ldquo;{sentence(rng)}&rdquo; {who} said."
    if rng.random() < 0.2:
        text = text.replace(" the ", f' <a href="/story/{rng.randint(1, 9999)}">the linked</a> ', 1)
    return text


def menu(rng: random.Random, items: int) -> str:
    lis = "".join(
        f'<li class="menu-item menu-item-{i}"><a href="/section/{i}/">{rng.choice(WORDS).title()}</a>'
        + (
            '<ul class="sub-menu">'
            + "".join(f'<li><a href="/s/{i}/{j}">{rng.choice(WORDS)}</a></li>' for j in range(8))
            + "</ul>"
            if rng.random() < 0.3
            else ""
        )
        + "</li>"
        for i in range(items)
    )
    return f'<nav class="main-nav"><ul class="menu">{lis}</ul></nav>'


def script_blob(rng: random.Random) -> str:
    data = ",".join(f'"k{i}":"{rng.choice(WORDS) * rng.randint(1, 6)}"' for i in range(rng.randint(50, 400)))
    return f"<script>window.__STATE__={{{data}}};function f(a){{return a*2}}</script>"


def related(rng: random.Random) -> str:
    cards = "".join(
        f'<div class="card"><a href="/r/{i}"><img src="/img/{i}.jpg" alt=""><h3>{sentence(rng, 5, 10)}</h3></a>'
        f"<p>{sentence(rng, 6, 12)}</p></div>"
        for i in range(rng.randint(6, 16))
    )
    return f'<section class="related-posts"><h2>Related</h2>{cards}</section>'


def comments(rng: random.Random) -> str:
    items = "".join(
        f'<li class="comment"><div class="comment-author">{rng.choice(NAMES)}</div>'
        f'<div class="comment-body"><p>{paragraph(rng)}</p></div><a class="reply" href="#">Reply</a></li>'
        for _ in range(rng.randint(0, 40))
    )
    return f'<div id="comments" class="comments-area"><h3>Comments</h3><ol class="comment-list">{items}</ol></div>'


def page(seed: int) -> str:
    rng = random.Random(seed)
    title = sentence(rng, 6, 12).rstrip(".")
    body_parts: list[str] = []
    for index in range(rng.randint(6, 40)):
        if index and rng.random() < 0.12:
            body_parts.append(f"<h2>{sentence(rng, 3, 7).rstrip('.')}</h2>")
        if rng.random() < 0.08:
            body_parts.append(f'<div class="ad-slot"><div id="div-gpt-{index}"></div>{script_blob(rng)}</div>')
        if rng.random() < 0.06:
            body_parts.append(
                f'<figure><img src="/img/{index}.jpg" alt="x"><figcaption>{sentence(rng)}</figcaption></figure>'
            )
        body_parts.append(f"<p>{paragraph(rng)}</p>")
    body = "\n".join(body_parts)
    template = seed % 3
    if template == 0:
        article = (
            f'<article class="post"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-content">{body}</div></article>'
        )
    elif template == 1:
        article = (
            f'<div class="story"><div class="story-header"><h1>{title}</h1></div>'
            f'<div class="story-body"><div class="inner">{body}</div></div></div>'
        )
    else:
        article = (
            f'<main><div class="wrapper"><h1>{title}</h1><section class="article-body">{body}</section></div></main>'
        )
    head = (
        f"<head><meta charset='utf-8'><title>{title} | The Example Courier</title>"
        f"<meta property='og:title' content='{title}'>"
        + "".join(f"<link rel='preload' href='/a{i}.js'>" for i in range(rng.randint(5, 30)))
        + "".join(script_blob(rng) for _ in range(rng.randint(2, 10)))
        + "<style>"
        + ".c{color:red}" * rng.randint(100, 2000)
        + "</style></head>"
    )
    html = (
        f"<!DOCTYPE html><html>{head}<body>"
        f"<header class='site-header'>{menu(rng, rng.randint(20, 120))}</header>"
        f"<div class='layout'><div class='col-main'>{article}{related(rng)}{comments(rng)}</div>"
        f"<aside class='sidebar'>{related(rng)}</aside></div>"
        f"<footer class='site-footer'>{menu(rng, 30)}<p>© 2025 The Example Courier. All rights reserved.</p></footer>"
        + "".join(script_blob(rng) for _ in range(rng.randint(1, 6)))
        + "</body></html>"
    )
    return html


def load_pages(args: argparse.Namespace) -> list[bytes]:
    if args.dir:
        return [p.read_bytes() for p in sorted(Path(args.dir).glob("*.html"))]
    return [page(seed).encode("utf-8") for seed in range(args.pages)]


def run_newstui(html: bytes) -> int:
    from newstui.errors import ExtractError
    from newstui.extract import extract_article

    try:
        article = extract_article(html)
    except ExtractError:
        return 0
    return sum(len(p) for s in article.sections for p in s.paragraphs)


def run_newstui_no_quotes(html: bytes) -> int:
    """The same extraction with the quote finder switched off: the extractor's own cost."""
    import newstui.extract.article as article_module

    saved = article_module.quotes_for
    article_module.quotes_for = lambda sections: []  # type: ignore[assignment]
    try:
        return run_newstui(html)
    finally:
        article_module.quotes_for = saved


def run_readability(html: bytes) -> int:
    import lxml.html
    from readability import Document

    summary = Document(html).summary()
    return len(lxml.html.fromstring(summary).text_content())


def timed(fn: Callable[[bytes], int], pages: list[bytes], repeat: int) -> list[float]:
    times: list[float] = []
    for html in pages:
        best = float("inf")
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            fn(html)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return times


def peak_memory(fn: Callable[[bytes], int], pages: list[bytes]) -> float:
    tracemalloc.start()
    for html in pages:
        fn(html)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024 / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--dir", help="a directory of saved *.html pages to use instead")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page; the fastest counts")
    args = parser.parse_args()
    pages = load_pages(args)
    sizes = sorted(len(p) for p in pages)
    print(f"{len(pages)} pages, median {sizes[len(sizes) // 2] / 1024:.0f} KB, largest {sizes[-1] / 1024:.0f} KB")
    # Warm up imports and caches for both.
    run_newstui(pages[0])
    run_readability(pages[0])
    results = {}
    for name, fn in (
        ("newstui", run_newstui),
        ("  without quotes", run_newstui_no_quotes),
        ("readability-lxml", run_readability),
    ):
        times = timed(fn, pages, args.repeat)
        total = sum(times) / 1000
        median = statistics.median(times)
        p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
        results[name] = (median, p95)
        memory = peak_memory(fn, pages[:20])
        print(
            f"{name:18} {len(pages) / total:7.1f} pages/s  median {median:6.1f} ms  p95 {p95:6.1f} ms  "
            f"peak Python memory {memory:6.1f} MB (first 20 pages)"
        )
    (n_med, n_p95), (q_med, q_p95), (r_med, r_p95) = (
        results["newstui"],
        results["  without quotes"],
        results["readability-lxml"],
    )
    print(
        f"ratio newstui/readability: median {n_med / r_med:.2f} (target ≤ 0.65), p95 {n_p95 / r_p95:.2f} (target ≤ 1.0)"
    )
    print(f"  without the quote finder: median {q_med / r_med:.2f}, p95 {q_p95 / r_p95:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
