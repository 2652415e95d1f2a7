"""Extraction quality: body-text token F1 and headline accuracy, newstui vs bare readability-lxml.

    .venv/bin/python bench/extract_quality.py DIR [DIR ...] [--worst N] [--jobs J] [--only newstui]

Each DIR holds pages as NAME.html (the page as fetched), NAME.txt (the hand-made
ground-truth article body) and optionally NAME.title (the real headline). No
data set is committed: point it at any public set converted to that shape.

Body F1 is the usual benchmark measure: each text is a bag of lowercase word
tokens; precision, recall and F1 per page, averaged over pages. newstui's body
is its section headings and paragraphs (not the headline, not the lead);
readability's is the text of `Document(html).summary()`. A headline is right
when its word tokens equal the real headline's (case and punctuation ignored).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lowercase word tokens."""
    return _TOKEN.findall(text.lower())


def prf(got: str, want: str) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of `got` against `want`."""
    g, w = Counter(tokens(got)), Counter(tokens(want))
    if not g and not w:
        return 1.0, 1.0, 1.0
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else 0.0
    r = common / sum(w.values()) if w else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def newstui_run(html: bytes) -> tuple[str, str]:
    """(headline, body text) from newstui; ('', '') when it finds no article."""
    from newstui.errors import ExtractError
    from newstui.extract.article import extract_article

    try:
        article = extract_article(html)
    except ExtractError:
        return "", ""
    parts: list[str] = []
    for section in article.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return article.headline, "\n".join(parts)


def readability_run(html: bytes) -> tuple[str, str]:
    """(short_title, summary text) from a bare readability-lxml."""
    import lxml.html
    from readability import Document

    try:
        doc = Document(html)
        summary = doc.summary()
        return doc.short_title(), lxml.html.fromstring(summary).text_content()
    except Exception:  # noqa: BLE001 - a baseline failing on a page scores zero there
        return "", ""


RUNNERS = {"newstui": newstui_run, "readability": readability_run}


def score_page(args: tuple[str, str]) -> dict[str, object]:
    """Scores of one extractor on one page."""
    name, html_path = args
    path = Path(html_path)
    want = path.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
    title_path = path.with_suffix(".title")
    title = title_path.read_text(encoding="utf-8", errors="replace").strip() if title_path.exists() else None
    headline, body = RUNNERS[name](path.read_bytes())
    p, r, f = prf(body, want)
    right = None if not title else tokens(headline) == tokens(title)
    return {"page": path.stem, "p": p, "r": r, "f": f, "headline": headline, "title": title, "right": right}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where newstui's F1 is lowest")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", choices=sorted(RUNNERS), help="run one extractor only")
    parser.add_argument("--headlines", action="store_true", help="list newstui's wrong headlines")
    args = parser.parse_args()
    names = [args.only] if args.only else list(RUNNERS)
    with ProcessPoolExecutor(args.jobs) as pool:
        for folder in args.dirs:
            pages = sorted(str(p) for p in folder.glob("*.html") if p.with_suffix(".txt").exists())
            for name in names:
                rows = list(pool.map(score_page, [(name, p) for p in pages], chunksize=4))
                judged = [row["right"] for row in rows if row["right"] is not None]
                mean = lambda key, rows=rows: statistics.fmean(float(row[key]) for row in rows) if rows else 0.0  # noqa: E731
                accuracy = sum(bool(x) for x in judged) / len(judged) if judged else float("nan")
                print(
                    f"{folder.name:12} {name:12} pages {len(rows):4}  P {mean('p'):.3f}  R {mean('r'):.3f}  "
                    f"F1 {mean('f'):.3f}  headline {accuracy:.3f} ({len(judged)} judged)"
                )
                if name == "newstui" and args.worst:
                    for row in sorted(rows, key=lambda row: float(row["f"]))[: args.worst]:
                        print(f"    {row['page']:40} P {row['p']:.2f} R {row['r']:.2f} F1 {row['f']:.2f}")
                if name == "newstui" and args.headlines:
                    for row in rows:
                        if row["right"] is False:
                            print(f"    {row['page']:40} got {row['headline']!r}\n{'':44} want {row['title']!r}")


if __name__ == "__main__":
    main()
