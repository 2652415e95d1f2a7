"""Extraction quality: body-text token F1 and headline accuracy, newstui vs bare readability-lxml.

    .venv/bin/python bench/extract_quality.py DIR [DIR ...] [--worst N] [--jobs J] [--only newstui] [--save FILE]

Each DIR holds pages as NAME.html (the page as fetched), NAME.txt (the hand-made
ground-truth article body) and optionally NAME.title (the real headline). No
data set is committed: point it at any public set converted to that shape.

A page may instead come with NAME.snippets.json, {"with": [...], "without": [...]}:
short passages that must be in the body and passages (menus, footers, dates)
that must not be (the shape of trafilatura's evaluation set). Such pages are
scored by the share of "with" snippets found and of "without" snippets absent,
both pooled over all snippets of the set, whitespace collapsed, case kept.

Each extractor's time per page is measured in the same run, in the worker
process, as wall time and as CPU time (the process's: a loaded machine stretches
wall time, not CPU time), and the median wall time is printed; with two
extractors the ratios of newstui's medians to readability's are printed per set.

Body F1 is the usual benchmark measure: each text is a bag of lowercase word
tokens; precision, recall and F1 per page, averaged over pages. newstui's body
is its section headings and paragraphs (not the headline, not the lead);
readability's is the text of `Document(html).summary()`. A headline is right
when its word tokens equal the real headline's (case and punctuation ignored).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
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


def trafilatura_run(html: bytes) -> tuple[str, str]:
    """(title, main text) from trafilatura's public API, when it is installed (a comparison only)."""
    import importlib

    trafilatura = importlib.import_module("trafilatura")  # optional: not a dependency of the bench
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception:  # noqa: BLE001 - a baseline failing on a page scores zero there
        return "", ""
    if doc is None:
        return "", ""
    return doc.title or "", doc.text or ""


RUNNERS = {"newstui": newstui_run, "readability": readability_run, "trafilatura": trafilatura_run}
DEFAULT_RUNNERS = ("newstui", "readability")


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def snippet_counts(body: str, spec: dict[str, list[str]]) -> tuple[int, int, int, int]:
    """(with found, with total, without absent, without total) of the snippets in `spec` against `body`."""
    text = _collapsed(body)
    wanted = [_collapsed(s) for s in spec.get("with", []) if s.strip()]
    unwanted = [_collapsed(s) for s in spec.get("without", []) if s.strip()]
    found = sum(1 for s in wanted if s in text)
    absent = sum(1 for s in unwanted if s not in text)
    return found, len(wanted), absent, len(unwanted)


def score_page(args: tuple[str, str]) -> dict[str, object]:
    """Scores of one extractor on one page."""
    name, html_path = args
    path = Path(html_path)
    title_path = path.with_suffix(".title")
    title = title_path.read_text(encoding="utf-8", errors="replace").strip() if title_path.exists() else None
    html = path.read_bytes()
    start, cpu_start = time.perf_counter(), time.process_time()
    headline, body = RUNNERS[name](html)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    right = None if not title else tokens(headline) == tokens(title)
    row: dict[str, object] = {"page": path.stem, "headline": headline, "title": title, "right": right}
    row["seconds"] = seconds
    row["cpu"] = cpu
    truth = path.with_suffix(".txt")
    if truth.exists():
        p, r, f = prf(body, truth.read_text(encoding="utf-8", errors="replace"))
        row.update(p=p, r=r, f=f)
    else:
        spec = json.loads(path.with_suffix(".snippets.json").read_text(encoding="utf-8"))
        found, wanted, absent, unwanted = snippet_counts(body, spec)
        # Per page, for --worst: the share of wanted snippets found (1 when none is asked for).
        row.update(found=found, wanted=wanted, absent=absent, unwanted=unwanted, f=found / wanted if wanted else 1.0)
    return row


def _pages(folder: Path) -> list[str]:
    """Pages with a ground truth: NAME.txt, else NAME.snippets.json."""
    return sorted(
        str(p)
        for p in folder.glob("*.html")
        if p.with_suffix(".txt").exists() or p.with_suffix(".snippets.json").exists()
    )


def _summary(rows: list[dict[str, object]]) -> str:
    """The body figures of one extractor on one set: token P/R/F1, or snippet shares."""
    scored = [row for row in rows if "p" in row]
    parts = []
    if scored:

        def mean(key: str) -> float:
            return statistics.fmean(float(row[key]) for row in scored)  # type: ignore[arg-type]

        parts.append(f"P {mean('p'):.3f}  R {mean('r'):.3f}  F1 {mean('f'):.3f}")
    snipped = [row for row in rows if "wanted" in row]
    if snipped:

        def total(key: str) -> int:
            return sum(int(row[key]) for row in snipped)  # type: ignore[call-overload]

        with_share = total("found") / max(total("wanted"), 1)
        without_share = total("absent") / max(total("unwanted"), 1)
        parts.append(f"with {with_share:.3f}  without {without_share:.3f}")
    return "  ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where newstui's F1 is lowest")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", choices=sorted(RUNNERS), help="run one extractor only (trafilatura only this way)")
    parser.add_argument("--headlines", action="store_true", help="list newstui's wrong headlines")
    parser.add_argument("--save", type=Path, help="write newstui's per-page rows as JSON lines (to compare two runs)")
    args = parser.parse_args()
    names = [args.only] if args.only else list(DEFAULT_RUNNERS)
    with ProcessPoolExecutor(args.jobs) as pool:
        for folder in args.dirs:
            pages = _pages(folder)
            medians: dict[str, float] = {}
            cpu_medians: dict[str, float] = {}
            for name in names:
                rows = list(pool.map(score_page, [(name, p) for p in pages], chunksize=4))
                if name == "newstui" and args.save:
                    with args.save.open("a", encoding="utf-8") as out:
                        for row in rows:
                            out.write(json.dumps({"set": folder.name, **row}, ensure_ascii=False) + "\n")
                judged = [row["right"] for row in rows if row["right"] is not None]
                accuracy = sum(bool(x) for x in judged) / len(judged) if judged else float("nan")
                medians[name] = statistics.median(float(row["seconds"]) for row in rows) if rows else 0.0  # type: ignore[arg-type]
                cpu_medians[name] = statistics.median(float(row["cpu"]) for row in rows) if rows else 0.0  # type: ignore[arg-type]
                print(
                    f"{folder.name:12} {name:12} pages {len(rows):4}  {_summary(rows)}  "
                    f"headline {accuracy:.3f} ({len(judged)} judged)  median {medians[name] * 1000:.1f} ms"
                )
                if name == "newstui" and args.worst:
                    for row in sorted(rows, key=lambda row: float(row["f"]))[: args.worst]:  # type: ignore[arg-type]
                        if "p" in row:
                            print(f"    {row['page']:40} P {row['p']:.2f} R {row['r']:.2f} F1 {row['f']:.2f}")
                        else:
                            found, absent = f"{row['found']}/{row['wanted']}", f"{row['absent']}/{row['unwanted']}"
                            print(f"    {row['page']:40} with {found}  without {absent}")
                if name == "newstui" and args.headlines:
                    for row in rows:
                        if row["right"] is False:
                            print(f"    {row['page']:40} got {row['headline']!r}\n{'':44} want {row['title']!r}")
            if "newstui" in medians and medians.get("readability"):
                ratio = medians["newstui"] / medians["readability"]
                cpu_ratio = cpu_medians["newstui"] / cpu_medians["readability"] if cpu_medians["readability"] else 0.0
                print(
                    f"{folder.name:12} speed: newstui median / readability median = {ratio:.2f} wall, "
                    f"{cpu_ratio:.2f} CPU"
                )


if __name__ == "__main__":
    main()
