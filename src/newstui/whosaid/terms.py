"""Stories across outlets by what the articles say: shared distinctive terms.

Most coverage of one event by different outlets shares no quotation, so besides
the quote link (`stories.link_item`) an item is linked to the story of another
item when their headlines and opening paragraphs share enough distinctive terms.

Terms (`terms_of`): the headline, the lead and the first paragraphs of the body
(up to `LEAD_WORDS` words), casefolded, diacritics and apostrophes dropped, a
plural "s" cut, stop words and words under three letters left out. A term is an
*anchor* when it is a number of two or more digits (not a year) or a word
capitalised inside a sentence (a name, a place, an organisation); a headline
set in Title Case says nothing about names, so its capitals do not count.
Terms are 32-bit hashes: a collision only adds one spurious shared term.

A term weighs its inverse document frequency in the cache,
`ln((max(docs, PRIOR_DOCS) + 1) / (df + 0.5))`, with `df` kept incrementally in `story_term_df`
(and `docs` in `story_term_state`), so a name in every article weighs little.

Linking happens at save time inside `index_article`'s transaction, after the
quote link. The new item's terms are looked up in `story_terms`, whose key
(term, hour, item) makes each lookup one index range over the window of
`WINDOW_HOURS` either side of the item's date (one query for all the terms);
a term in more than 1 in `STOCK_SHARE` items of the cache is a stock word and
not looked up. Nothing scans the cache, and a candidate's own terms are never
read: what it shares comes from the postings. A candidate must be of ANOTHER feed and share at least `MIN_SHARED`
terms, `MIN_ANCHORS` of them anchors, with a score (the shared weight over the
smaller of the two items' weights) of at least `MIN_SCORE`.

Against chaining (union-find joins unrelated items through one bridging
article): the item joins only its BEST candidate's story, never merges two
stories, and joins a story only when it also scores `MEMBER_SCORE` or more with
more than half of that story's other members of the window. So one loosely related
article cannot pull two events together; a missed link is preferred to a wrong
merge.

Tables (`SCHEMA`): `story_docs` (one row per indexed item: feed, date, its total
weight and its terms as a JSON array), `story_terms` (the postings), and the
counts. Deleting a `story_docs` row (the item deleted, or re-extracted) removes
its postings and counts through a trigger that reads the JSON array.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newstui.store.connection import in_chunks

if TYPE_CHECKING:
    from newstui.model import Article
    from newstui.whosaid.index import ItemRow

__all__ = [
    "STOCK_SHARE",
    "MEMBER_SCORE",
    "MIN_ANCHORS",
    "MIN_SCORE",
    "MIN_SHARED",
    "SCHEMA",
    "WINDOW_HOURS",
    "Terms",
    "articles_to_index",
    "build_terms",
    "drop_dead_counts",
    "index_terms",
    "link_by_terms",
    "terms_of",
    "unindex_terms",
]

WINDOW_HOURS = 48
"""Items further apart than this are different stories, however alike (a follow-up days later)."""

MIN_SHARED = 4
"""Distinct terms two items must share."""

MIN_ANCHORS = 2
"""Of which names, places or numbers: a topic's vocabulary alone links nothing."""

MIN_SCORE = 0.3
"""Shared weight over the smaller item's weight needed for the best candidate."""

MEMBER_SCORE = 0.15
"""Score needed with more than half of the other members of the story joined."""

PRIOR_DOCS = 1000
"""The cache's size as IDF sees it while it holds fewer indexed items."""

STOCK_SHARE = 20
"""A term in more than one item in STOCK_SHARE of the cache (5%) is a stock word, never looked up."""

_STOCK_WEIGHT = math.log(STOCK_SHARE)
"""The IDF of such a term (about; see `_idf`)."""

MAX_TERMS = 30
"""Terms kept per item (anchors first): bounds the index and the lookups."""

MIGRATE_DAYS = 14
"""Days of cached articles (before the newest item) the schema migration indexes."""

_TRIES = 3
"""Candidates tried, best first, when a better one's story does not accept the item."""

LEAD_WORDS = 80
"""Words of the body read after the headline and the lead."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_docs (
    item_id   INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    feed_id   INTEGER NOT NULL,
    hour      INTEGER NOT NULL,
    weight    REAL NOT NULL,
    terms     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_terms (
    hash    INTEGER NOT NULL,
    hour    INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    PRIMARY KEY (hash, hour, item_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_term_df (
    hash INTEGER PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_term_state (docs INTEGER NOT NULL);
INSERT INTO story_term_state (docs) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM story_term_state);
-- An item deleted (the foreign key cascades) or re-indexed: its postings and counts go with it.
CREATE TRIGGER IF NOT EXISTS story_docs_delete AFTER DELETE ON story_docs BEGIN
    DELETE FROM story_terms WHERE hash IN (SELECT value FROM json_each(old.terms))
        AND hour = old.hour AND item_id = old.item_id;
    UPDATE story_term_df SET n = n - 1 WHERE hash IN (SELECT value FROM json_each(old.terms));
    -- A term no item uses any more: its row would stay for good, one per term ever seen.
    DELETE FROM story_term_df WHERE n <= 0 AND hash IN (SELECT value FROM json_each(old.terms));
    UPDATE story_term_state SET docs = docs - 1;
END;
"""


def drop_dead_counts(conn: sqlite3.Connection) -> None:
    """Migration to schema 9: the delete trigger of `SCHEMA` (which deletes the counts
    that fall to 0) replaces the one of schema 8, and the rows it left at 0 go."""
    from newstui.store.schema import sql_statements

    conn.execute("DROP TRIGGER IF EXISTS story_docs_delete")
    for statement in sql_statements(SCHEMA):
        if "CREATE TRIGGER" in statement:  # the statement may begin with its comment
            conn.execute(statement)
    conn.execute("DELETE FROM story_term_df WHERE n <= 0")


_US_PER_HOUR = 3_600_000_000

_STOP = frozenset(
    """
    a about above across after again against ago all almost also although always am among an and another any are
    around as at back be became because been before being below between both but by can could did do does doing
    done down during each either else even ever every few for from further get gets got had has have having he her
    here hers herself him himself his how however if in into is it its itself just last later least less like made
    make many may me might more most much must my near neither never new next no nor not now of off often on once
    one only or other others our ours out over own per perhaps put rather said same say saying says see seen she
    should since so some still such than that the their theirs them then there these they this those though three
    through thus to today told too two under until up upon us very via was we week weeks well were what when where
    whether which while who whom whose why will with within without would year years yesterday yet you your
    according added adding asked announced called came come comes first former go going including
    latest local news officials people report reported reports reuters says statement take taken time times
    tomorrow tonight update updated way
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mr mrs ms dr
    """.split()
)

_WORD = re.compile(r"[^\W_]+")
_NUMBER_GLUE = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_SENTENCE_END = frozenset('.!?:;"“”‘’«»—–-(')


@dataclass(frozen=True, slots=True)
class Terms:
    """An item's distinct term hashes, anchors first."""

    hashes: tuple[int, ...]
    anchors: frozenset[int]


def _hash(term: str) -> int:
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "big", signed=True)


def _fold(word: str) -> str:
    bare = word.casefold()
    if not bare.isascii():
        decomposed = unicodedata.normalize("NFKD", bare)
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # A light stemmer: "launches", "launched" and "launching" are one term.
    for suffix in ("ing", "es", "ed", "s"):
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 4 and not bare.endswith(("ss", "us", "is")):
            return bare[: -len(suffix)]
    return bare


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a headline style, not names."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4 and not w.isdigit()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _scan(text: str, capitals_count: bool, found: dict[str, bool]) -> int:
    """Add the terms of `text` to `found` (term → anchor); returns the words read."""
    text = _NUMBER_GLUE.sub("", text.replace("’", "").replace("'", ""))
    words = 0
    end = 0
    for match in _WORD.finditer(text):
        word = match.group()
        gap = text[end : match.start()].rstrip()
        starts_sentence = gap[-1] in _SENTENCE_END if gap else end == 0
        end = match.end()
        words += 1
        if word.isdigit():
            # Years and small numbers are everywhere; a count or a sum is an anchor.
            if len(word) >= 2 and not (len(word) == 4 and word[:2] in ("19", "20")):
                found[word] = True
            continue
        term = _fold(word)
        if len(term) < 3 or term in _STOP:
            continue
        anchor = (capitals_count and word[0].isupper() and not starts_sentence) or not word.isalpha()
        found[term] = found.get(term, False) or anchor
    return words


def terms_of(headline: str, article: Article | None) -> Terms:
    """The distinct terms of a headline and the opening of its article (see the module docstring)."""
    found: dict[str, bool] = {}
    _scan(headline, not _title_case(headline), found)
    if article is not None:
        if article.headline and article.headline != headline:
            _scan(article.headline, not _title_case(article.headline), found)
        if article.lead:
            _scan(article.lead, True, found)
        budget = LEAD_WORDS
        for section in article.sections:
            for index, paragraph in enumerate(section.paragraphs):
                if budget <= 0:
                    break
                if section.kind(index) != "p":
                    continue
                budget -= _scan(" ".join(paragraph.split()[:budget]), True, found)
            if budget <= 0:
                break
    ranked = sorted(found.items(), key=lambda pair: (not pair[1], -len(pair[0]), pair[0]))[:MAX_TERMS]
    hashes: dict[int, bool] = {}
    for term, anchor in ranked:
        h = _hash(term)
        hashes[h] = hashes.get(h, False) or anchor
    return Terms(tuple(hashes), frozenset(h for h, anchor in hashes.items() if anchor))


# -- writing -----------------------------------------------------------------------


def unindex_terms(conn: sqlite3.Connection, item_id: int) -> None:
    """Forget an item's terms (its postings and counts go through the delete trigger)."""
    conn.execute("DELETE FROM story_docs WHERE item_id = ?", (item_id,))


def _idf(docs: int, df: int) -> float:
    # A young cache cannot tell rare from common: it counts as PRIOR_DOCS documents, so
    # the few items of one story do not make that story's own names look common.
    return math.log((max(docs, PRIOR_DOCS) + 1) / (df + 0.5))


def index_terms(conn: sqlite3.Connection, item_id: int, feed_id: int, hour: int, terms: Terms) -> dict[int, float]:
    """Store an item's terms and counts; returns each term's weight (its IDF, this item counted)."""
    if not terms.hashes:
        return {}
    docs = int(conn.execute("UPDATE story_term_state SET docs = docs + 1 RETURNING docs").fetchone()[0])
    df: dict[int, int] = {}
    for chunk, marks in in_chunks(terms.hashes):
        df.update(conn.execute(f"SELECT hash, n FROM story_term_df WHERE hash IN ({marks})", chunk).fetchall())
    conn.executemany(
        "INSERT INTO story_term_df (hash, n) VALUES (?, 1) ON CONFLICT (hash) DO UPDATE SET n = n + 1",
        [(h,) for h in terms.hashes],
    )
    weights = {h: _idf(docs, df.get(h, 0) + 1) for h in terms.hashes}
    conn.executemany(
        "INSERT OR IGNORE INTO story_terms (hash, hour, item_id) VALUES (?, ?, ?)",
        [(h, hour, item_id) for h in terms.hashes],
    )
    conn.execute(
        "INSERT INTO story_docs (item_id, feed_id, hour, weight, terms) VALUES (?, ?, ?, ?, ?)",
        (item_id, feed_id, hour, sum(weights.values()), json.dumps(list(terms.hashes))),
    )
    return weights


@dataclass(frozen=True, slots=True)
class _Doc:
    item_id: int
    feed_id: int
    hour: int
    weight: float
    terms: frozenset[int]


def _docs(conn: sqlite3.Connection, ids: Iterable[int]) -> list[_Doc]:
    out: list[_Doc] = []
    for chunk, marks in in_chunks(sorted(set(ids))):
        for row in conn.execute(
            f"SELECT item_id, feed_id, hour, weight, terms FROM story_docs WHERE item_id IN ({marks})", chunk
        ):
            out.append(_Doc(int(row[0]), int(row[1]), int(row[2]), float(row[3]), frozenset(json.loads(row[4]))))
    return out


def _ratio(shared: float, own: float, other: float) -> float:
    """The score: the shared weight over the smaller of the two items' weights."""
    return shared / max(1e-9, min(own, other))


def _score(weights: dict[int, float], own: float, other: _Doc) -> float:
    return _ratio(sum(weights[h] for h in other.terms if h in weights), own, other.weight)


def link_by_terms(conn: sqlite3.Connection, item_id: int, item: ItemRow, article: Article | None) -> int | None:
    """Index an item's terms and join it to the story of its best match (see the module docstring).

    Call inside the write transaction that saves the article, after the quote link
    (`stories.link_item`): an item already in a story keeps it, and only a
    candidate outside any story may join it. `item`: the item's row (`index.item_row`),
    as the caller read it; its title is the headline.

    Returns:
        The story the item was linked to by its terms, or None.
    """
    from newstui.whosaid.stories import add_to_story

    unindex_terms(conn, item_id)
    # Hours, not microseconds: smaller keys in the biggest table, and the window is in hours.
    feed_id, hour = item.feed_id, item.published // _US_PER_HOUR
    terms = terms_of(item.title, article)
    weights = index_terms(conn, item_id, feed_id, hour, terms)
    if len(weights) < MIN_SHARED:
        return None
    window = WINDOW_HOURS
    # What each item of the window shares with this one, from the postings alone:
    # (terms, anchors, weight). Candidates' own terms are never read for the score.
    shared: dict[int, list[float]] = {}
    # A term in more than 1 / STOCK_SHARE of the cache's items is a stock word: not looked up.
    wanted = [h for h in terms.hashes if weights[h] >= _STOCK_WEIGHT]
    for chunk, marks in in_chunks(wanted):
        for h, other in conn.execute(
            f"SELECT hash, item_id FROM story_terms WHERE hash IN ({marks}) AND hour BETWEEN ? AND ?",
            (*chunk, hour - window, hour + window),
        ):
            if other == item_id:
                continue
            anchor, weight = h in terms.anchors, weights[h]
            entry = shared.get(other)
            if entry is None:
                shared[other] = [1, anchor, weight]
            else:
                entry[0] += 1
                entry[1] += anchor
                entry[2] += weight
    near = {other: e for other, e in shared.items() if e[0] >= MIN_SHARED and e[1] >= MIN_ANCHORS}
    if not near:
        return None
    own = sum(weights.values())
    ranked: list[tuple[float, int, int]] = []
    for chunk, marks in in_chunks(sorted(near)):
        for other, other_feed, other_weight in conn.execute(
            f"SELECT item_id, feed_id, weight FROM story_docs WHERE item_id IN ({marks})", chunk
        ):
            if other_feed == feed_id:
                continue
            score = _ratio(near[other][2], own, other_weight)
            if score >= MIN_SCORE:
                ranked.append((score, -other, other))
    ranked.sort(reverse=True)
    mine = _story_of(conn, item_id)
    # The best candidate whose story accepts the item; never a merge of two stories.
    for _, _, match in ranked[:_TRIES]:
        theirs = _story_of(conn, match)
        if mine is not None and theirs is not None:
            if mine == theirs:
                return mine
            continue
        story = mine if mine is not None else theirs
        if story is not None and not _fits(conn, story, item_id, match, weights, own, hour, window):
            continue
        return add_to_story(conn, story, [item_id, match])
    return None


def _story_of(conn: sqlite3.Connection, item_id: int) -> int | None:
    row = conn.execute("SELECT story_id FROM story_items WHERE item_id = ?", (item_id,)).fetchone()
    return None if row is None else int(row[0])


def _fits(
    conn: sqlite3.Connection,
    story: int,
    item_id: int,
    match_id: int,
    weights: dict[int, float],
    own: float,
    hour: int,
    window: int,
) -> bool:
    """Whether the item scores MEMBER_SCORE with more than half of the story's other members of the window."""
    member_ids = [
        int(r[0])
        for r in conn.execute(
            "SELECT s.item_id FROM story_items AS s JOIN story_docs AS d ON d.item_id = s.item_id"
            " WHERE s.story_id = ? AND d.hour BETWEEN ? AND ?",
            (story, hour - window, hour + window),
        )
    ]
    members = [doc for doc in _docs(conn, member_ids) if doc.item_id not in (item_id, match_id)]
    if not members:
        return True
    agreeing = sum(_score(weights, own, doc) >= MEMBER_SCORE for doc in members)
    return 2 * agreeing > len(members)


def _migrate_since(conn: sqlite3.Connection) -> int | None:
    """The date (µs) from which `build_terms` indexes: MIGRATE_DAYS before the newest item
    not dated in the future; None for a cache without items."""
    from newstui.store.codec import now_us

    # One item a feed dated 2099 (they exist) would put every cached article outside
    # the window, and nothing would be indexed.
    soon = now_us() + 24 * _US_PER_HOUR
    newest = conn.execute(
        "SELECT coalesce((SELECT max(published) FROM items WHERE published <= ?), max(published)) FROM items",
        (soon,),
    ).fetchone()[0]
    return None if newest is None else int(newest) - MIGRATE_DAYS * 24 * _US_PER_HOUR


def articles_to_index(conn: sqlite3.Connection) -> int:
    """How many cached articles `build_terms` would index (for the upgrade's notice)."""
    since = _migrate_since(conn)
    if since is None:
        return 0
    return int(
        conn.execute(
            "SELECT count(*) FROM articles AS a JOIN items AS i ON i.id = a.item_id WHERE i.published >= ?", (since,)
        ).fetchone()[0]
    )


def build_terms(conn: sqlite3.Connection) -> None:
    """Migration: create the tables and index the cached articles of the last MIGRATE_DAYS, oldest first.

    Runs inside the migration's transaction. Only recent articles are read: a new
    item links only within the window, so older ones would add nothing but past
    stories, at the cost of a long first open (an article costs about 2 ms). An
    unreadable article is indexed by its item's title alone.
    """
    from newstui.store.codec import article_from_json
    from newstui.store.schema import sql_statements
    from newstui.whosaid.index import ItemRow

    for statement in sql_statements(SCHEMA):
        conn.execute(statement)
    since = _migrate_since(conn)
    if since is None:
        return
    rows = conn.execute(
        "SELECT a.item_id, i.title, i.feed_id, i.published, a.json FROM articles AS a JOIN items AS i"
        " ON i.id = a.item_id WHERE i.published >= ? ORDER BY i.published, a.item_id",
        (since,),
    ).fetchall()
    for item_id, title, feed_id, published, data in rows:
        article: Article | None
        try:
            article = article_from_json(data)
        except (ValueError, KeyError, TypeError):
            article = None
        link_by_terms(conn, int(item_id), ItemRow(str(title), int(feed_id), int(published)), article)
