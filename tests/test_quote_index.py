"""The quote index on a real SQLite file: speakers, corrections, stories, migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newstui.config import parse_config
from newstui.errors import ConfigError
from newstui.model import Article, ItemFilter, ParsedItem, Quote
from newstui.store import Store, article_to_json
from newstui.whosaid import index as qi
from newstui.whosaid.speakers import clean_name, speaker_key
from newstui.whosaid.stories import shingles

T0 = datetime(2026, 11, 1, 12, tzinfo=UTC)
DEAL = "We will not sign an agreement that leaves our fishing towns without a future"


def _item(store: Store, feed: str, title: str, hours: int = 0) -> int:
    store.upsert_items(feed, [ParsedItem(title, f"{feed}/{title}", published=T0 + timedelta(hours=hours))])
    return next(i.id for i in store.items(ItemFilter("feed", feed), limit=None) if i.title == title)


def _save(store: Store, item_id: int, *quotes: tuple[str, str | None]) -> None:
    store.save_article(item_id, Article("h", quotes=[Quote(t, s, 0, n) for n, (t, s) in enumerate(quotes)]), 7)


def _names(store: Store) -> dict[str, int]:
    return {s.name: s.quotes for s in qi.speakers(store, limit=None)}


# -- names ----------------------------------------------------------------------------


def test_titles_and_roles_are_not_part_of_the_name() -> None:
    assert clean_name("Russian Foreign Minister Sergei Lavrov").name == "Sergei Lavrov"
    assert clean_name("Prime Minister Keir Starmer").name == "Keir Starmer"
    assert clean_name("Dr. Ana Ruiz").name == "Ana Ruiz"
    assert clean_name("Foreign Ministry") == clean_name("Foreign Ministry") and clean_name("Foreign Ministry").org
    assert speaker_key("Ana Ruíz") == speaker_key("ANA RUIZ") == speaker_key("ana  ruiz")
    assert speaker_key("Joseph R. Biden") == speaker_key("Joseph R Biden")


def test_namings_of_one_person_are_one_speaker_shown_in_the_most_common_form(store: Store) -> None:
    a, b, c = (_item(store, f"http://{n}.test/feed", "t") for n in "abc")
    _save(store, a, ("Quote one is here today", "Foreign Minister Ana Ruiz"))
    _save(store, b, ("Quote two is here today", "Ana Ruíz"), ("Quote three is here now", "Ana Ruíz"))
    _save(store, c, ("Quote four is here today", "Ruiz"), ("Quote five is here today", "Ruiz"), ("Six", "Ruiz"))
    [ruiz] = qi.speakers(store)
    # "Ruiz" is written most, but a full name is shown: the commonest full form.
    assert (ruiz.name, ruiz.quotes, ruiz.articles, ruiz.feeds) == ("Ana Ruíz", 6, 3, 3)
    assert ruiz.first_seen == T0 and ruiz.last_seen == T0


def test_a_surname_shared_by_two_people_stays_as_written(store: Store) -> None:
    a, b, c = (_item(store, f"http://{n}.test/feed", "t") for n in "abc")
    _save(store, a, ("Bare surname quote goes here", "Ruiz"))
    assert _names(store) == {"Ruiz": 1}
    _save(store, b, ("First full name quote here", "Ana Ruiz"))
    assert _names(store) == {"Ana Ruiz": 2}, "the one full name known takes the bare surname"
    _save(store, c, ("Second person quote is here", "Marco Ruiz"))
    assert _names(store) == {"Ana Ruiz": 1, "Marco Ruiz": 1, "Ruiz": 1}, "two people: the surname stays"


def test_organisations_stay_organisations(store: Store) -> None:
    a, b = (_item(store, f"http://{n}.test/feed", "t") for n in "ab")
    _save(store, a, ("The ministry statement quote", "Foreign Ministry"), ("Kremlin words for the press", "Kremlin"))
    _save(store, b, ("A person with that name", "Olga Kremlin"))
    assert _names(store) == {"Foreign Ministry": 1, "Kremlin": 1, "Olga Kremlin": 1}


def test_reextraction_replaces_quotes_and_counts(store: Store) -> None:
    a = _item(store, "http://a.test/feed", "t")
    _save(store, a, ("Old quote number one", "Jo Hart"), ("Old quote number two", "Jo Hart"))
    _save(store, a, ("The new quote only", "Sam Ode"))
    assert _names(store) == {"Sam Ode": 1}
    assert [q.text for q in qi.quotes(store)] == ["The new quote only"]
    assert [q.text for q in qi.quotes(store, search="quote number")] == []


def test_reextraction_drops_the_old_quotes_shingles(store: Store) -> None:
    a = _item(store, "http://a.test/feed", "t")
    b = _item(store, "http://b.test/feed", "t")
    _save(store, a, (DEAL, "Ana Ruiz"))
    _save(store, a, ("Something else entirely that she said on the day", "Ana Ruiz"))
    _save(store, b, (DEAL, "Ana Ruiz"))
    assert qi.stories(store) == [] and qi.story_of_item(store, b) is None
    assert store.run(lambda conn: conn.execute("SELECT count(*) FROM quote_shingles").fetchone()[0]) == 9 + 4, (
        "the old quote's 9 shingles are gone"
    )


def test_item_deletion_removes_its_quotes_and_story(store: Store) -> None:
    a = _item(store, "http://a.test/feed", "t")
    b = _item(store, "http://b.test/feed", "t")
    _save(store, a, (DEAL, "Ana Ruiz"))
    _save(store, b, (DEAL, "Ana Ruiz"))
    assert len(qi.stories(store)) == 1
    store.run_write(lambda conn: conn.execute("DELETE FROM items WHERE id = ?", (a,)))
    assert _names(store) == {"Ana Ruiz": 1}
    assert qi.stories(store) == []
    assert len(qi.quotes(store, search="fishing")) == 1
    # The deleted item's shingles may stay behind; they group nothing.
    c = _item(store, "http://c.test/feed", "t")
    _save(store, c, (DEAL, "Ana Ruiz"))
    [story] = qi.stories(store)
    assert sorted(i.id for i in story.items) == [b, c]


def test_user_alias_persists_and_applies_to_existing_rows(store: Store, tmp_path: Path) -> None:
    a, b = (_item(store, f"http://{n}.test/feed", "t") for n in "ab")
    _save(store, a, ("The first quote said here", "Joe Biden"))
    _save(store, b, ("The second quote said here", "Biden"))
    assert _names(store) == {"Joe Biden": 2}
    qi.set_speaker_alias(store, "Joe Biden", "Joseph R. Biden")
    assert _names(store) == {"Joseph R. Biden": 2}
    store.close()
    with Store.open(tmp_path / "cache.db") as again:
        c = _item(again, "http://c.test/feed", "t")
        _save(again, c, ("A third quote from him now", "Joe Biden"))
        assert _names(again) == {"Joseph R. Biden": 3}
        assert {q.speaker for q in qi.quotes(again, speaker="Joe Biden")} == {"Joseph R. Biden"}
        assert len(qi.quotes(again, speaker="biden")) == 3
        assert qi.remove_speaker_alias(again, "Joe Biden")
        assert _names(again) == {"Joe Biden": 3}


def test_config_speakers_table(tmp_path: Path) -> None:
    config = parse_config('[speakers]\n"Joe Biden" = "Joseph R. Biden"\n', tmp_path / "c.toml")
    assert config.speaker_aliases == {"Joe Biden": "Joseph R. Biden"}
    with pytest.raises(ConfigError, match=r"c.toml:2: speakers.Biden: must be a string"):
        parse_config("[speakers]\nBiden = 3\n", tmp_path / "c.toml")


# -- stories ------------------------------------------------------------------------------


def test_whole_trimmed_remarked_and_fragment_forms_make_one_story(store: Store) -> None:
    forms = [
        DEAL + ".",
        "‘" + DEAL.upper() + "’",
        "will not sign an agreement that leaves our fishing towns",
        "leaves our fishing towns without a future",
    ]
    ids = [_item(store, f"http://{n}.test/feed", "t", hours=n) for n in range(len(forms))]
    for item_id, text in zip(ids, forms, strict=True):
        _save(store, item_id, (text, "Ana Ruiz"))
    [story] = qi.stories(store)
    assert sorted(i.id for i in story.items) == sorted(ids)
    assert [i.id for i in story.items] == sorted(ids, reverse=True), "newest first"
    assert story.quotes == [DEAL + "."]
    assert qi.story_of_item(store, ids[0]) == story
    quote_id = qi.quotes(store, item_id=ids[3])[0].id
    assert sorted(i.id for i in qi.outlets_for_quote(store, quote_id)) == sorted(ids)


def test_short_or_different_quotes_and_one_feed_make_no_listed_story(store: Store) -> None:
    a = _item(store, "http://a.test/feed", "t1")
    b = _item(store, "http://b.test/feed", "t1")
    a2 = _item(store, "http://a.test/feed", "t2")
    _save(store, a, ("fishing towns without a future", "Ana Ruiz"))  # five words
    _save(store, b, ("fishing towns without a future", "Ana Ruiz"))
    assert qi.stories(store) == []
    _save(store, a, (DEAL, "Ana Ruiz"))
    _save(store, a2, (DEAL, "Ana Ruiz"))
    assert qi.stories(store) == [], "two items of one feed are not a story across outlets"
    assert qi.story_of_item(store, a) is not None
    _save(store, b, ("A different remark about the harbour wall and the tides", "Ana Ruiz"))
    assert qi.stories(store) == []


def test_stories_merge_when_an_item_bridges_them(store: Store) -> None:
    other = "The harbour wall will be rebuilt before the winter storms arrive here"
    a, b, c = (_item(store, f"http://{n}.test/feed", "t") for n in "abc")
    _save(store, a, (DEAL, "Ana Ruiz"))
    _save(store, b, (other, "Jo Hart"))
    _save(store, c, (DEAL, "Ana Ruiz"), (other, "Jo Hart"))
    [story] = qi.stories(store)
    assert sorted(i.id for i in story.items) == sorted([a, b, c])


def test_shingles_ignore_case_marks_and_diacritics() -> None:
    assert shingles("“Él dijo: no vamos a firmar nada,” hoy") == shingles("el DIJO no vamos a firmar nada hoy")
    assert shingles("five words are too short") == set()


# -- migration -------------------------------------------------------------------------------


def test_migration_indexes_articles_of_an_existing_cache(tmp_path: Path) -> None:
    from newstui.store.schema import migrate

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=2)
    conn.execute("INSERT INTO feeds (id, url) VALUES (1, 'http://a.test/feed'), (2, 'http://b.test/feed')")
    for item_id in (1, 2):
        conn.execute(
            "INSERT INTO items (id, feed_id, key, title, published, first_seen, hash) VALUES (?, ?, ?, 't', 5, 5, 0)",
            (item_id, item_id, f"k{item_id}"),
        )
        # As the version-2 store indexes a new item.
        conn.execute("INSERT INTO item_fts (rowid, title, summary, article) VALUES (?, 't', '', '')", (item_id,))
        conn.execute("UPDATE fts_state SET indexed = ?", (item_id,))
        article = Article("h", quotes=[Quote(DEAL, "Foreign Minister Ana Ruiz" if item_id == 1 else "Ruiz")])
        conn.execute(
            "INSERT INTO articles (item_id, version, json, text, saved) VALUES (?, 7, ?, '', 5)",
            (item_id, article_to_json(article)),
        )
    conn.close()
    with Store.open(path) as store:
        assert _names(store) == {"Ana Ruiz": 2}
        assert len(qi.stories(store)) == 1
        assert [q.written for q in qi.quotes(store, speaker="Ana Ruiz")] == ["Ruiz", "Foreign Minister Ana Ruiz"]


def test_feed_merge_moves_quotes_to_the_surviving_item(store: Store) -> None:
    same = ParsedItem("same", "http://site.test/story", published=T0)
    store.upsert_items("http://old.test/feed", [same, ParsedItem("moved", "http://site.test/moved", published=T0)])
    store.upsert_items("http://new.test/feed", [same])
    ids = {i.title: i.id for i in store.items(ItemFilter("feed", "http://old.test/feed"), limit=None)}
    old, moved = ids["same"], ids["moved"]
    [new] = (i.id for i in store.items(ItemFilter("feed", "http://new.test/feed"), limit=None))
    _save(store, old, (DEAL, "Ana Ruiz"))
    _save(store, moved, ("The moved item keeps its quote here", "Jo Hart"))
    store.rename_feed("http://old.test/feed", "http://new.test/feed")
    quotes = {q.text: q for q in qi.quotes(store)}
    assert (quotes[DEAL].item_id, quotes[DEAL].feed_url) == (new, "http://new.test/feed")
    assert quotes["The moved item keeps its quote here"].feed_url == "http://new.test/feed"
    assert _names(store) == {"Ana Ruiz": 1, "Jo Hart": 1}
    assert {s.feeds for s in qi.speakers(store)} == {1}
