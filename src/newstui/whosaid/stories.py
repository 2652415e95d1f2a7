"""Stories across outlets: items that carry the same quotation.

Two quotes are the same quotation when one is contained in the other, fuzzily:
their texts are normalised (casefold, diacritics, punctuation and quote marks
stripped), cut into overlapping 6-word shingles, and the quotes match when the
shared shingles cover at least half of the shorter one's. A whole quote, a
trimmed one, one set in other quotation marks, or a fragment of six or more of
its words all match; a quote of fewer than six words never groups anything.

Grouping is incremental: `link_item` (called by `quote_index.index_article`
inside `save_article`'s transaction) looks the new quotes' shingles up in the
`quote_shingles` table (an index on the shingle hash) and joins the item to
the stories of the items it matches, merging those stories (union). Nothing
scans the cache. A story is listed once its items come from two or more feeds.
Items that share no quotation may still be one story by what they say: see
`terms.py` (the second link, run after this one; it adds to stories through
`add_to_story` and never merges two).

Limits: a story is never split. Re-extracting an item removes it from its
story and links it again, but two items grouped through it stay grouped.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Sequence

from newstui.store.connection import in_chunks
from newstui.text import read_whole_references

__all__ = ["MIN_CONTAINMENT", "SHINGLE_WORDS", "add_to_story", "link_item", "normalise", "shingles", "unlink_item"]

SHINGLE_WORDS = 6
"""Words per shingle: the shortest fragment that still names a quotation."""

MIN_CONTAINMENT = 0.5
"""Shared shingles over the shorter quote's shingles needed for a match."""

_MAX_POSTINGS = 200
"""A shingle found in more quotes than this is a stock phrase, not a quotation."""

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> list[str]:
    """The words of a quote: casefold, no diacritics, no punctuation or quote marks.

    HTML references are read first: a quote's text is its words as the page printed them
    (v23), and a page that escaped its apostrophe twice prints "We&#39;re", the same words
    as another outlet's "We're". Only whole references, ending in ";", are read
    (`read_whole_references`, as search and the extractor's titles read them): "Arts&centre"
    is those words, not "Arts¢re"."""
    text = read_whole_references(text)
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", ""))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.casefold()).split()


def shingles(text: str) -> set[int]:
    """64-bit hashes of every run of SHINGLE_WORDS words; empty for shorter quotes."""
    words = normalise(text)
    out: set[int] = set()
    for start in range(len(words) - SHINGLE_WORDS + 1):
        phrase = " ".join(words[start : start + SHINGLE_WORDS]).encode()
        out.add(int.from_bytes(hashlib.blake2b(phrase, digest_size=8).digest(), "big", signed=True))
    return out


def unlink_item(conn: sqlite3.Connection, item_id: int) -> None:
    """Forget an item's shingles and take it out of its story (before its quotes change)."""
    # The shingles are recomputed from the stored quotes: the table has no index by item.
    hashes = {
        h for (text,) in conn.execute("SELECT text FROM quotes WHERE item_id = ?", (item_id,)) for h in shingles(text)
    }
    conn.executemany("DELETE FROM quote_shingles WHERE hash = ? AND item_id = ?", [(h, item_id) for h in hashes])
    conn.execute("DELETE FROM story_items WHERE item_id = ?", (item_id,))


def link_item(conn: sqlite3.Connection, item_id: int, quotes: Sequence[tuple[int, str]]) -> int | None:
    """Store the shingles of an item's quotes and join it to the stories they match.

    Args:
        conn: the store's connection, inside its write transaction.
        item_id: the item whose quotes were just stored.
        quotes: (quote id, text) of those quotes.

    Returns:
        The item's story id, or None when no other item shares a quotation.
    """
    matched_items: set[int] = set()
    pairs: list[tuple[int, int]] = []  # (new quote, matching stored quote)
    rows: list[tuple[int, int, int]] = []
    for quote_id, text in quotes:
        hashes = shingles(text)
        if not hashes:
            continue
        rows.extend((h, item_id, quote_id) for h in hashes)
        for other_quote, other_item in _matches(conn, item_id, hashes):
            matched_items.add(other_item)
            pairs.append((quote_id, other_quote))
    if rows:
        conn.executemany("INSERT OR IGNORE INTO quote_shingles (hash, item_id, quote_id) VALUES (?, ?, ?)", rows)
    if not matched_items:
        return None
    members = [item_id, *sorted(matched_items)]
    marks = ",".join("?" * len(members))
    story_ids = sorted(
        {row[0] for row in conn.execute(f"SELECT story_id FROM story_items WHERE item_id IN ({marks})", members)}
    )
    story: int | None = None
    if story_ids:
        story = int(story_ids[0])
        others = story_ids[1:]
        if others:
            # Union: the oldest story absorbs the others.
            omarks = ",".join("?" * len(others))
            conn.execute(f"UPDATE story_items SET story_id = ? WHERE story_id IN ({omarks})", (story, *others))
            conn.execute(
                f"UPDATE OR IGNORE story_quotes SET story_id = ? WHERE story_id IN ({omarks})", (story, *others)
            )
            conn.execute(f"DELETE FROM story_quotes WHERE story_id IN ({omarks})", others)
            conn.execute(f"DELETE FROM stories WHERE id IN ({omarks})", others)
    story = add_to_story(conn, story, members)
    conn.executemany(
        "INSERT OR IGNORE INTO story_quotes (story_id, quote_id) VALUES (?, ?)",
        [(story, q) for pair in pairs for q in pair],
    )
    return story


def add_to_story(conn: sqlite3.Connection, story: int | None, members: Sequence[int]) -> int:
    """Put items in a story (a new one when `story` is None) and recount it; returns its id.

    An item already in another story stays there: callers merge stories first.
    """
    if story is None:
        story = int(conn.execute("INSERT INTO stories (items, feeds) VALUES (0, 0) RETURNING id").fetchone()[0])
    conn.executemany(
        "INSERT OR IGNORE INTO story_items (item_id, story_id) VALUES (?, ?)", [(m, story) for m in members]
    )
    refresh_story(conn, story)
    return story


def refresh_story(conn: sqlite3.Connection, story: int) -> None:
    """Recount a story's items and feeds and its newest date (a story is small)."""
    conn.execute(
        "UPDATE stories SET (items, feeds, newest) = (SELECT count(*), count(DISTINCT i.feed_id), max(i.published)"
        " FROM story_items AS s JOIN items AS i ON i.id = s.item_id WHERE s.story_id = ?1) WHERE id = ?1",
        (story,),
    )


def _matches(conn: sqlite3.Connection, item_id: int, hashes: set[int]) -> list[tuple[int, int]]:
    """(quote id, item id) of stored quotes of other items containing, or contained in, these shingles."""
    found: dict[tuple[int, int], int] = {}
    for h in hashes:
        postings = conn.execute(
            "SELECT quote_id, item_id FROM quote_shingles WHERE hash = ? AND item_id <> ? LIMIT ?",
            (h, item_id, _MAX_POSTINGS + 1),
        ).fetchall()
        if len(postings) > _MAX_POSTINGS:
            continue
        for quote_id, other_item in postings:
            found[(quote_id, other_item)] = found.get((quote_id, other_item), 0) + 1
    if not found:
        return []
    out: list[tuple[int, int]] = []
    ids = sorted({quote_id for quote_id, _ in found})
    sizes: dict[int, int] = {}
    for chunk, marks in in_chunks(ids):
        sizes.update(conn.execute(f"SELECT id, shingles FROM quotes WHERE id IN ({marks})", chunk))
    for (quote_id, other_item), shared in found.items():
        if quote_id not in sizes:
            continue  # left behind by a deleted item
        smaller = min(len(hashes), sizes.get(quote_id, 0) or len(hashes))
        if shared >= MIN_CONTAINMENT * smaller:
            out.append((quote_id, other_item))
    return out
