"""Stories across outlets by what the articles say (whosaid/terms.py), on real SQLite files
and invented articles: one event reported by several feeds without a shared quotation is
one story; near misses (another event of the same kind, a follow-up days later, the same
feed) are not; a digest that bridges two events does not chain them; deleting and
re-extracting keep the term index and its counts exact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newstui.model import Article, FeedConfig, ParsedItem, Section
from newstui.store import Store
from newstui.whosaid import index as qi

T0 = datetime(2026, 4, 7, 6, 0, tzinfo=UTC)
FEEDS = [f"https://{name}.example/feed.xml" for name in ("alpha", "beta", "gamma", "delta")]


def article(headline: str, *paragraphs: str) -> Article:
    return Article(headline=headline, sections=[Section(None, list(paragraphs))])


DAM_A = article(
    "Floodgates opened at Marrow Dam as the Tessa rises",
    "Engineers opened all six floodgates at Marrow Dam on Tuesday after the river Tessa rose 4.2 metres in a day.",
    "The water agency Hydrona said the town of Elvany, downstream, was not yet at risk.",
)
DAM_B = article(
    "Elvany braces as Marrow Dam releases water",
    "Residents of Elvany piled sandbags along the Tessa after Hydrona opened the floodgates of Marrow Dam.",
    "The river rose 4.2 metres in 24 hours, the agency said, the fastest rise since records began.",
)
DAM_C = article(
    "Hydrona defends Marrow Dam release",
    "Hydrona said opening the Marrow Dam floodgates was the only way to protect the dam as the Tessa swelled.",
    "Farmers near Elvany say their fields are already under water.",
)
# The same kind of event elsewhere, the same morning: another dam, another river.
RESERVOIR = article(
    "Kelby reservoir spills over as the Wend floods",
    "Water poured over the spillway of the Kelby reservoir on Tuesday as the river Wend burst its banks.",
    "The operator Aquanor said the town of Sollen had been warned.",
)
# The same dam four days later: a follow-up, not the same report.
FOLLOW_UP = article(
    "Marrow Dam inquiry opens as Elvany counts the cost",
    "An inquiry into the Marrow Dam release opened in Elvany as the Tessa fell back and Hydrona faced questions.",
    "Insurers estimate the damage at 31 million.",
)


def items(store: Store, rows: list[tuple[str, int, timedelta]]) -> list[int]:
    """(name, feed number, time after T0) -> item ids, in that order."""
    store.sync_feeds([FeedConfig(url) for url in FEEDS])
    ids: list[int] = []
    for name, feed, after in rows:
        store.upsert_items(
            FEEDS[feed],
            [ParsedItem(name, link=f"https://x.example/{name}", guid=name, published=T0 + after)],
        )
        ids.append(next(item.id for item in store.items(limit=None) if item.guid == name))
    return ids


def story(store: Store, item_id: int) -> set[int]:
    found = qi.story_of_item(store, item_id)
    return set() if found is None else {item.id for item in found.items}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "cache.db") as opened:
        yield opened


def test_one_event_reported_by_three_feeds_without_a_shared_quote_is_one_story(store: Store) -> None:
    a, b, c = items(store, [("a", 0, timedelta()), ("b", 1, timedelta(hours=3)), ("c", 2, timedelta(hours=9))])
    store.save_article(a, DAM_A, 1)
    store.save_article(b, DAM_B, 1)
    store.save_article(c, DAM_C, 1)
    assert story(store, a) == {a, b, c}
    listed = qi.stories(store)
    assert [{item.id for item in s.items} for s in listed] == [{a, b, c}]
    assert listed[0].quotes == []  # grouped by terms: no quotation to show


def test_the_same_kind_of_event_elsewhere_and_a_follow_up_days_later_stay_apart(store: Store) -> None:
    a, b, other, later = items(
        store,
        [
            ("a", 0, timedelta()),
            ("b", 1, timedelta(hours=2)),
            ("other", 2, timedelta(hours=1)),
            ("later", 3, timedelta(days=4)),
        ],
    )
    for item_id, text in ((a, DAM_A), (other, RESERVOIR), (b, DAM_B), (later, FOLLOW_UP)):
        store.save_article(item_id, text, 1)
    assert story(store, a) == {a, b}
    assert story(store, other) == set()
    assert story(store, later) == set()


def test_two_items_of_one_feed_are_not_a_story(store: Store) -> None:
    a, b = items(store, [("a", 0, timedelta()), ("b", 0, timedelta(hours=3))])
    store.save_article(a, DAM_A, 1)
    store.save_article(b, DAM_B, 1)
    assert story(store, a) == set() and qi.stories(store) == []


# A digest of two unrelated events: it belongs with each, and must not make them one story.
DIGEST = article(
    "Morning digest: Marrow Dam floodgates open; Voss wins the Elvany chess open",
    "Engineers opened six floodgates at Marrow Dam as the Tessa rose 4.2 metres, and Hydrona warned Elvany.",
    "Grandmaster Ilya Voss won the Elvany Chess Open with a queen sacrifice against Mirela Danu in round nine.",
)
CHESS = article(
    "Ilya Voss takes the Elvany Chess Open",
    "Grandmaster Ilya Voss won the Elvany Chess Open after beating Mirela Danu with a queen sacrifice in round nine.",
    "Voss finished on 7.5 points, half a point ahead of Danu.",
)


def test_a_digest_does_not_chain_two_events_into_one_story(store: Store, tmp_path: Path) -> None:
    dam, digest, chess = items(
        store, [("dam", 0, timedelta()), ("digest", 1, timedelta(hours=1)), ("chess", 2, timedelta(hours=2))]
    )
    store.save_article(dam, DAM_A, 1)
    store.save_article(digest, DIGEST, 1)
    store.save_article(chess, CHESS, 1)
    assert story(store, dam) == {dam, digest}
    assert chess not in story(store, dam)
    # Alone with the digest, the chess report would have joined it: the story's other member kept it out.
    with Store.open(tmp_path / "alone.db") as alone:
        digest2, chess2 = items(alone, [("digest", 1, timedelta(hours=1)), ("chess", 2, timedelta(hours=2))])
        alone.save_article(digest2, DIGEST, 1)
        alone.save_article(chess2, CHESS, 1)
        assert story(alone, chess2) == {digest2, chess2}


def counts(store: Store) -> tuple[int, int, int, int]:
    return store.run(
        lambda conn: (
            conn.execute("SELECT count(*) FROM story_docs").fetchone()[0],
            conn.execute("SELECT count(*) FROM story_terms").fetchone()[0],
            conn.execute("SELECT coalesce(sum(n), 0) FROM story_term_df").fetchone()[0],
            conn.execute("SELECT docs FROM story_term_state").fetchone()[0],
        )
    )


def test_re_extracting_and_deleting_keep_the_term_index_exact(store: Store) -> None:
    a, b = items(store, [("a", 0, timedelta()), ("b", 1, timedelta(hours=3))])
    store.save_article(a, DAM_A, 1)
    one = counts(store)
    store.save_article(b, DAM_B, 1)
    two = counts(store)
    store.save_article(b, DAM_B, 2)  # extracted again: replaced, not counted twice
    assert counts(store) == two and story(store, a) == {a, b}
    from newstui.whosaid.terms import terms_of

    terms_a = len(terms_of("a", DAM_A).hashes)
    assert one == (1, terms_a, terms_a, 1)
    # Retention deletes the item: the foreign key cascades and the trigger takes its postings and counts.
    store.run_write(lambda conn: conn.execute("DELETE FROM items WHERE id = ?", (b,)))
    assert counts(store) == one
    assert b not in story(store, a) and qi.stories(store) == []  # one feed left: no longer listed


def test_newstui_stories_heads_a_story_without_a_quotation_with_its_first_headline(tmp_path: Path) -> None:
    from cli_helpers import feeds_config, newstui

    config = tmp_path / "config.toml"
    feeds_config(config, FEEDS)
    db = tmp_path / "cli.db"
    with Store.open(db) as store:
        store.sync_feeds([FeedConfig(url) for url in FEEDS])
        for feed, after, text in ((0, timedelta(), DAM_A), (1, timedelta(hours=3), DAM_B)):
            store.upsert_items(FEEDS[feed], [ParsedItem(text.headline, guid=text.headline, published=T0 + after)])
            item = next(i for i in store.items(limit=None) if i.guid == text.headline)
            store.save_article(item.id, text, 1)
    shown = newstui("--config", str(config), "--db", str(db), "stories", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    first = shown.stdout.splitlines()[0]
    assert first.endswith(": " + DAM_A.headline), shown.stdout  # the first report's headline, no quote marks
    assert DAM_B.headline in shown.stdout
