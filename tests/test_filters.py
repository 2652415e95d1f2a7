"""Filter rules and saved searches: the expression language, the config, the real store."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstui.config import ConfigProblems, load_config
from newstui.config.filters import (
    CONTENT_LIMIT,
    NO_FLAGS,
    And,
    Compare,
    ExpressionError,
    FilterRule,
    ItemFields,
    Not,
    Or,
    SavedQuery,
    canonical,
    evaluate,
    filter_set,
    parse_expression,
    regex_problem,
)
from newstui.errors import ConfigError, StoreError
from newstui.model import FeedConfig, ItemFilter, ParsedItem
from newstui.store import Store

A = "https://a.example/feed.xml"
B = "https://b.example/rss"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def rule(match: str, *actions: str, tags: tuple[str, ...] = ()) -> FilterRule:
    return FilterRule(parse_expression(match), match, tuple(actions), tags)  # type: ignore[arg-type]


def titles(items: object) -> list[str]:
    return [item.title for item in items]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the language


@pytest.mark.parametrize(
    ("source", "tree"),
    [
        ('title = "x"', Compare("title", "=", "x")),
        ("title == 'x'", Compare("title", "=", "x")),
        ('author contains "Jo"', Compare("author", "#", "Jo")),
        ('tag # "a" AND NOT feed != "u"', And((Compare("tag", "#", "a"), Not(Compare("feed", "!=", "u"))))),
        (
            'title = "a" or title = "b" and link !# "c"',
            Or((Compare("title", "=", "a"), And((Compare("title", "=", "b"), Compare("link", "!#", "c"))))),
        ),
        (
            '(title = "a" or title = "b") and content =~ "c"',
            And((Or((Compare("title", "=", "a"), Compare("title", "=", "b"))), Compare("content", "=~", "c"))),
        ),
        (r'title = "say \"hi\" \\ bye"', Compare("title", "=", 'say "hi" \\ bye')),
        ('feed_title !~ "x"', Compare("feed_title", "!~", "x")),
        # Only quotes and backslashes are escapes: a regex reads as written.
        (r'title =~ "^\[ad\]\."', Compare("title", "=~", r"^\[ad\]\.")),
        (r'title = "a\.b\\"', Compare("title", "=", "a\\.b\\")),
    ],
)
def test_expressions_parse(source: str, tree: object) -> None:
    assert parse_expression(source) == tree


@pytest.mark.parametrize(
    ("source", "message", "at"),
    [
        ("", "empty", 1),
        ('titel = "x"', "did you mean 'title'", 1),
        ("title = x", "expected a quoted string", 9),
        ('title "x"', "expected an operator", 7),
        ('(title = "x"', "expected ')'", 13),
        ('title = "x', "no closing", 9),
        ('title = "x" title = "y"', "expected 'and', 'or'", 13),
        ('title = "x" and', "expected a field", 16),
        ('title =~ "(unclosed"', "not a valid regular expression", 10),
        ('title =~ "(a+)+$"', "exponential", 10),
        ('content =~ "(\\w+\\s?)*x"', "exponential", 12),
        ('title =~ "(a|ab)+c"', "alternatives inside a repetition", 10),
        ('title =~ "a.*b.*c"', "more than one open-ended repetition", 10),
        ('title =~ ".{0,500}x.+"', "more than one open-ended repetition", 10),
        ('title = "x" & y', "unexpected character '&'", 13),
        ("(" * 60 + 'title = "x"' + ")" * 60, "nested more than 50", 51),
        ('title = "' + "x" * 5000 + '"', "longer than", 4001),
    ],
)
def test_bad_expressions_say_what_and_where(source: str, message: str, at: int) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(source)
    assert message in caught.value.message
    assert caught.value.position + 1 == at


def test_safe_regexes_are_allowed() -> None:
    for pattern in (
        "sponsored|advert",
        r"^\[ad\]",
        "(?>a+)+",
        "a++b",
        r"(?>foo|bar)+",
        r"^\[\w++\]\s+",
        "(ab){2}",
        r"\d{4}-\d\d",
    ):
        assert regex_problem(pattern) is None, pattern


def test_fingerprint_ignores_spelling_not_meaning() -> None:
    one = rule('title =~ "x"  and not feed = "u"', "hide")
    two = rule("(title =~ 'x') AND NOT (feed == 'u')", "hide")
    assert canonical(one.match) == canonical(two.match) and one.fingerprint == two.fingerprint
    assert rule('title =~ "x"', "hide").fingerprint != rule('title =~ "x"', "read").fingerprint
    assert filter_set([one]).fingerprint == filter_set([two]).fingerprint
    assert filter_set([]).fingerprint == ""
    # Rules on the feed's tags are fingerprinted with the feeds: a retag re-applies them.
    tagged = [rule('tag = "ads"', "hide")]
    assert (
        filter_set(tagged, [FeedConfig(A, tags=("ads",))]).fingerprint
        != filter_set(tagged, [FeedConfig(A)]).fingerprint
    )
    plain = [rule('title =~ "x"', "hide")]
    assert filter_set(plain, [FeedConfig(A, tags=("x",))]).fingerprint == filter_set(plain, [FeedConfig(A)]).fingerprint


# --------------------------------------------------------------------------- the config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = f"""\
[[feeds]]
url = "{A}"
tags = ["news"]

[[feeds]]
url = "{B}"

[[filters]]
match = 'title =~ "sponsored" and not feed = "{B}"'
action = "hide"

[[filters]]
match = 'author = "Ann"'
action = ["highlight", "tag"]
tag = ["ann", "people"]

[[queries]]
name = "Walrus news"
search = "walrus OR seal*"
unread = true
tags = ["news"]
feeds = ["{A.replace("https://a.example", "https://A.example")}"]
match = 'not author = "Bot"'
"""


def test_config_reads_filters_and_queries(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, GOOD))
    hide, ann = config.filters
    assert hide.actions == ("hide",) and hide.source.startswith("title =~")
    assert ann.actions == ("highlight", "tag") and ann.tags == ("ann", "people")
    (query,) = config.queries
    assert config.query("Walrus news") is query and config.query("nope") is None
    assert query.search == "walrus OR seal*" and query.unread and query.tags == ("news",)
    assert query.feeds == (A,)  # the configured spelling of the URL
    assert query.match == Not(Compare("author", "=", "Bot"))


BAD = f"""\
[[feeds]]
url = "{A}"

[[filters]]
match = 'titel =~ "x"'
action = "hide"

[[filters]]
match = 'title =~ "(a+)+"'
action = "hide"

[[filters]]
match = 'title = "x"'
action = "delete"

[[filters]]
match = 'title = "x"'
action = "tag"

[[filters]]
action = "hide"

[[filters]]
match = 'title = "x"'
action = "hide"
colour = "red"

[[queries]]
name = "A"
search = "foo AND"

[[queries]]
name = "A"
unread = true

[[queries]]
name = "B"
feeds = ["https://elsewhere.example/"]

[[queries]]
name = "C"

[[queries]]
name = "D"
match = 'title = '
"""


def test_bad_rules_and_queries_are_errors_with_lines(tmp_path: Path) -> None:
    with pytest.raises(ConfigProblems) as caught:
        load_config(write(tmp_path, BAD))
    found = {(p.line, p.key): p.message for p in caught.value.problems}
    assert "did you mean 'title'" in found[(5, "filters[1].match")]
    assert "character 1 of the expression" in found[(5, "filters[1].match")]
    assert "exponential" in found[(9, "filters[2].match")]
    assert "unknown action 'delete'" in found[(14, "filters[3].action")]
    assert "needs the tag" in found[(16, "filters[4]")]
    assert "no match" in found[(20, "filters[5]")]
    assert "unknown filter setting 'colour'" in found[(26, "filters[6].colour")]
    assert "not a valid full-text query" in found[(30, "queries[1].search")]
    assert "duplicate saved search name 'A'" in found[(33, "queries[2].name")]
    assert "not a configured feed" in found[(38, "queries[3].feeds")]
    assert "needs a condition" in found[(40, "queries[4]")]
    assert "expected a quoted string" in found[(45, "queries[5].match")]
    assert len(caught.value.problems) == 11
    assert str(tmp_path / "config.toml") in str(caught.value)


def test_one_bad_rule_is_a_config_error_naming_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[[filters]]\naction = "hide"\nmatch = "title =~ \'[\'"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == 3 and caught.value.key == "filters[1].match"
    assert str(caught.value).startswith(f"{path}:3: filters[1].match: not a valid regular expression")


# --------------------------------------------------------------------------- the store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "cache.db")
    s.sync_feeds([FeedConfig(A, title="Alpha", tags=("news",)), FeedConfig(B, title="Bravo")])
    s.upsert_items(
        A,
        [
            ParsedItem(title="Sponsored: buy now", guid="a1", author="Bot", published=T0),
            ParsedItem(
                title="Walrus spotted",
                guid="a2",
                author="Ann",
                summary="a walrus on the beach",
                published=T0 + timedelta(hours=1),
            ),
            ParsedItem(title="Seal pups", guid="a3", author="Bob", published=T0 + timedelta(hours=2)),
        ],
    )
    s.upsert_items(
        B,
        [
            ParsedItem(title="SPONSORED but kept", guid="b1", published=T0 + timedelta(hours=3)),
            ParsedItem(
                title="Ann's walrus diary",
                guid="b2",
                author="Ann",
                content_html="<p>walrus</p>",
                published=T0 + timedelta(hours=4),
            ),
        ],
    )
    yield s
    s.close()


RULES = [
    rule(f'title =~ "sponsored" and not feed = "{B}"', "hide"),
    rule('author = "Ann"', "highlight", "tag", tags=("ann",)),
    rule('title # "seal"', "read"),
]


def ids(store: Store) -> dict[str, int]:
    return {item.title: item.id for item in store.items(limit=None, include_hidden=True)}


def test_rules_hide_highlight_tag_and_mark_read(store: Store) -> None:
    assert store.set_filters(filter_set(RULES)) is True
    item = ids(store)
    assert titles(store.items()) == ["Ann's walrus diary", "SPONSORED but kept", "Seal pups", "Walrus spotted"]
    assert titles(store.items(include_hidden=True))[-1] == "Sponsored: buy now"
    assert store.count_items() == 4 and store.count_items(include_hidden=True) == 5
    assert store.count_items(ItemFilter("feed", A)) == 2 and store.count_items(ItemFilter("unread")) == 3
    flags = store.item_flags(list(item.values()))
    assert flags[item["Sponsored: buy now"]].hidden
    assert flags[item["Walrus spotted"]].highlighted and flags[item["Walrus spotted"]].tags == ("ann",)
    assert item["Seal pups"] not in flags and flags.get(item["Seal pups"], NO_FLAGS) == NO_FLAGS
    assert store.item(item["Seal pups"]).read  # type: ignore[union-attr]
    # Counts the feed list shows leave hidden items out.
    alpha = store.feed(A)
    assert alpha is not None and (alpha.unread, alpha.total) == (1, 2)
    assert {f.url: (f.unread, f.total) for f in store.feeds()}[A] == (1, 2)
    # A rule's tag is a tag view of its own, counted in tags().
    assert titles(store.items(ItemFilter("tag", "ann"))) == ["Ann's walrus diary", "Walrus spotted"]
    assert dict(store.tags()) == {"ann": 2, "news": 1}
    assert titles(store.items(ItemFilter("search", "sponsored"))) == ["SPONSORED but kept"]


def test_hidden_never_deletes_and_bookmarks_keep_their_items(store: Store) -> None:
    sponsored = ids(store)["Sponsored: buy now"]
    store.set_bookmarked(sponsored, True)
    store.set_filters(filter_set(RULES))
    assert titles(store.items(ItemFilter("bookmarks"))) == ["Sponsored: buy now"]
    assert store.count_items(ItemFilter("bookmarks")) == 1
    assert store.item(sponsored) is not None  # still there, by id
    assert "Sponsored: buy now" not in titles(store.items(ItemFilter("feed", A)))
    # Removing the rule shows it again, unchanged.
    store.set_filters(filter_set(RULES[1:]))
    assert "Sponsored: buy now" in titles(store.items(ItemFilter("feed", A)))


def test_changed_rules_are_reapplied_and_read_rules_only_once(store: Store) -> None:
    store.set_filters(filter_set(RULES))
    item = ids(store)
    assert store.set_filters(filter_set(RULES)) is False  # unchanged: nothing written
    store.set_read([item["Seal pups"]], False)  # the user disagrees with the read rule
    changed = [RULES[0], RULES[2], rule('title # "walrus"', "hide")]
    assert store.set_filters(filter_set(changed)) is True
    assert titles(store.items()) == ["SPONSORED but kept", "Seal pups"]
    assert not store.item(item["Seal pups"]).read  # type: ignore[union-attr]
    assert store.item_flags([item["Walrus spotted"]])[item["Walrus spotted"]] == NO_FLAGS.__class__(hidden=True)
    assert dict(store.tags()) == {"news": 1}  # the "ann" tag went with its rule
    # Items no rule has seen yet (stored without rules) still get a known read rule.
    with Store.open(store.path) as other:  # a Store that was given no rules
        other.upsert_items(A, [ParsedItem(title="Seal news", guid="a9", published=T0)])
    store.set_filters(filter_set([*changed, rule('title = "x"', "hide")]))
    assert store.item(ids(store)["Seal news"]).read  # type: ignore[union-attr]
    assert not store.item(item["Seal pups"]).read  # type: ignore[union-attr]
    # A new read rule marks the existing cache read once.
    store.set_filters(filter_set([*changed, rule('feed_title = "Bravo"', "read")]))
    assert store.item(item["SPONSORED but kept"]).read  # type: ignore[union-attr]


def test_new_and_changed_items_get_the_rules_in_their_own_write(store: Store) -> None:
    store.set_filters(filter_set(RULES))
    store.upsert_items(B, [ParsedItem(title="Seal facts", guid="b3", author="Ann", published=T0 + timedelta(hours=5))])
    # A changed item is judged again: the hide no longer applies, the highlight does.
    store.upsert_items(A, [ParsedItem(title="Walrus spotted", guid="a1", author="Ann", published=T0)])
    item = ids(store)
    assert store.item(item["Seal facts"]).read  # type: ignore[union-attr]
    flags = store.item_flags(list(item.values()))
    assert flags[item["Seal facts"]].tags == ("ann",)
    assert not flags[item["Walrus spotted"]].hidden and flags[item["Walrus spotted"]].highlighted
    assert store.filters_pending(filter_set(RULES)) is False


def test_retagging_a_feed_reapplies_tag_rules(store: Store) -> None:
    tag_rule = [rule('tag = "junk"', "hide")]
    feeds = [FeedConfig(A, tags=("news",)), FeedConfig(B)]
    store.set_filters(filter_set(tag_rule, feeds))
    assert store.count_items() == 5
    feeds = [FeedConfig(A, tags=("news",)), FeedConfig(B, tags=("junk",))]
    store.sync_feeds(feeds)
    assert store.filters_pending(filter_set(tag_rule, feeds))
    store.set_filters(filter_set(tag_rule, feeds))
    assert store.count_items() == 3 and store.count_items(ItemFilter("feed", B)) == 0


def test_a_read_only_store_cannot_apply_changed_rules(tmp_path: Path, store: Store) -> None:
    store.close()
    with Store.open(tmp_path / "cache.db", read_only=True) as ro:
        assert ro.filters_pending(filter_set(RULES))
        with pytest.raises(StoreError, match="read-only"):
            ro.set_filters(filter_set(RULES))


def test_hostile_regex_over_huge_content_is_bounded(tmp_path: Path) -> None:
    # The slowest regex allowed (one open-ended repetition, quadratic when it
    # fails) over megabytes of content: only the first CONTENT_LIMIT characters
    # are ever matched.
    with Store.open(tmp_path / "big.db") as store:
        store.upsert_items(
            A,
            [
                ParsedItem(title=f"t{n}", guid=f"g{n}", summary="a" * 2_000_000, content_html="<p>" + "a" * 3_000_000)
                for n in range(3)
            ],
        )
        slow = rule('content =~ "a.*b"', "hide")
        started = time.monotonic()
        store.set_filters(filter_set([slow]))
        assert time.monotonic() - started < 30  # a hang bound, not a speed target
        assert store.count_items() == 3
        # The cut is real: text past the limit is not seen.
        store.upsert_items(A, [ParsedItem(title="late", guid="late", summary="x" * CONTENT_LIMIT + "needle")])
        store.set_filters(filter_set([rule('content # "needle"', "hide")]))
        assert store.count_items() == 4


# --------------------------------------------------------------------------- SQL and Python agree

WORDS = ["walrus", "Seal", "ÉTÉ", "été", "a.b", "", 'x"y', "sponsored"]
_field = st.sampled_from(["title", "author", "link", "content", "feed", "feed_title", "tag"])
_value = st.sampled_from(WORDS + [A, B, "news", "Alpha", "Bravo", "example"])


@st.composite
def _compare(draw: st.DrawFn) -> str:
    op = draw(st.sampled_from(["=", "!=", "contains", "#", "!#", "=~", "!~"]))
    value = draw(_value)
    if op in ("=~", "!~"):
        value = draw(st.sampled_from(["^s", "rus$", "é", r"\.", "a|b", "^$", "example"]))
    return f'{draw(_field)} {op} "{value.replace(chr(34), chr(92) + chr(34))}"'


_expression = st.recursive(
    _compare(),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"not {e}"),
    ),
    max_leaves=6,
)

_ITEMS = [
    (
        A,
        "Alpha",
        ("news",),
        ParsedItem(title="Walrus été", guid="1", author="Seal", link="https://x/a.b", summary="sponsored"),
    ),
    (A, "Alpha", ("news",), ParsedItem(title="", guid="2", summary="", content_html="<b>ÉTÉ</b>")),
    (B, "Bravo", (), ParsedItem(title='x"y', guid="3", author=None, link=None, summary="walrus")),
    (B, "Bravo", (), ParsedItem(title="sponsored", guid="4", author="", summary="a" * (CONTENT_LIMIT + 5) + "walrus")),
]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = Store.open(tmp_path_factory.mktemp("agree") / "cache.db")
    s.sync_feeds([FeedConfig(A, title="Alpha", tags=("news",)), FeedConfig(B, title="Bravo")])
    for url, _title, _tags, item in _ITEMS:
        s.upsert_items(url, [item])
    yield s
    s.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=_expression)
def test_sql_and_python_give_the_same_answer(small_store: Store, source: str) -> None:
    expr = parse_expression(source)
    query = SavedQuery("q", match=expr)
    from_sql = {item.guid for item in small_store.items(ItemFilter.of_query(query), limit=None)}
    from_python = {
        item.guid
        for url, title, tags, item in _ITEMS
        if evaluate(
            expr, ItemFields(item.title, item.author, item.link, item.summary, item.content_html, (url,), title, tags)
        )
    }
    assert from_sql == from_python, source


# --------------------------------------------------------------------------- saved searches


def test_saved_searches_page_and_count(store: Store) -> None:
    store.set_filters(filter_set(RULES))
    walrus = SavedQuery("w", search="walrus")
    assert titles(store.items(ItemFilter.of_query(walrus))) == ["Ann's walrus diary", "Walrus spotted"]
    news = SavedQuery("n", tags=("news",), unread=True)
    # Seal pups was read by a rule, the ad is hidden.
    assert titles(store.items(ItemFilter.of_query(news))) == ["Walrus spotted"]
    by_tag = SavedQuery("t", tags=("ann",))  # a rule's tag counts as the item's tag
    assert titles(store.items(ItemFilter.of_query(by_tag))) == ["Ann's walrus diary", "Walrus spotted"]
    feeds = SavedQuery("f", feeds=(B,), match='title =~ "^spons"' and parse_expression('title =~ "^spons"'))
    assert titles(store.items(ItemFilter.of_query(feeds))) == ["SPONSORED but kept"]
    gone = SavedQuery("g", feeds=("https://unknown.example/",))
    assert store.items(ItemFilter.of_query(gone)) == [] and store.count_items(ItemFilter.of_query(gone)) == 0
    assert store.query_counts([walrus, news, by_tag, gone]) == [(2, 2), (1, 1), (2, 2), (0, 0)]
    assert store.count_items(ItemFilter.of_query(walrus) & ItemFilter("unread")) == 2
    # Pages from either end agree.
    everything = SavedQuery("all", match=parse_expression('title != ""'))
    total = store.count_items(ItemFilter.of_query(everything))
    assert total == 4
    assert (
        titles(store.items(ItemFilter.of_query(everything), offset=3, limit=2, total=total))
        == titles(store.items(ItemFilter.of_query(everything)))[3:]
    )


def test_a_broken_database_search_is_a_store_error(store: Store) -> None:
    # The config checks FTS syntax; a query built by hand with bad syntax still fails cleanly.
    with pytest.raises(StoreError):
        store.items(ItemFilter.of_query(SavedQuery("bad", search="foo AND")))


def test_migration_keeps_items_and_adds_the_columns(tmp_path: Path) -> None:
    from newstui.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, path, target=SCHEMA_VERSION - 1)
    conn.execute("INSERT INTO feeds (url) VALUES (?)", (A,))
    conn.execute(
        "INSERT INTO items (feed_id, key, title, published, first_seen, hash) VALUES (1, 'k', 'Sponsored', 1, 1, 1)"
    )
    conn.close()
    assert len(MIGRATIONS) == SCHEMA_VERSION
    with Store.open(path) as store:
        assert titles(store.items()) == ["Sponsored"]
        assert store.filters_pending(filter_set([])) is False
        store.set_filters(filter_set([rule('title # "sponsored"', "hide")]))
        assert store.items() == []
