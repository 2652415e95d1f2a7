"""Newsboat's urls file read as newsboat reads it, and its query expressions translated
to newstui's filter language (newstui.config.newsboat_urls, newsboat_filters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.config.filters import ItemFields, evaluate, parse_expression
from newstui.config.newsboat_filters import Untranslatable, translate
from newstui.config.newsboat_urls import (
    MAX_LINE,
    UrlsFileError,
    newsboat_paths,
    parse_urls,
    read_urls,
    tokenize,
)

# --------------------------------------------------------------------------- tokens


@pytest.mark.parametrize(
    ("line", "tokens"),
    [
        ("https://a.example/feed  news\ttech", ["https://a.example/feed", "news", "tech"]),
        ('https://a.example/ "tag with spaces" "~My Title"', ["https://a.example/", "tag with spaces", "~My Title"]),
        ('"http://q.example/rss?a=1" x', ["http://q.example/rss?a=1", "x"]),
        ("https://a.example/ news # a comment", ["https://a.example/", "news"]),
        ("https://a.example/#frag news", ["https://a.example/#frag", "news"]),  # '#' inside a token is text
        ("   # only a comment", []),
        ('"query:Unread:unread = \\"yes\\""', ['query:Unread:unread = "yes"']),
        ('"a\\\\b\\tc"', ["a\\b\tc"]),
        ('"unterminated tag', ["unterminated tag"]),
        ('"ab"cd', ["ab", "cd"]),
        ("https://a.example/\r", ["https://a.example/"]),
        ("", []),
    ],
)
def test_tokens_as_newsboat_splits_them(line: str, tokens: list[str]) -> None:
    assert tokenize(line) == tokens


def test_tokenizing_a_huge_line_is_linear() -> None:
    # Quotes and backslashes in bulk: a quadratic scan would take minutes here.
    line = '"' + "\\x" * 200_000 + '" ' + "t " * 200_000
    tokens = tokenize(line)
    assert len(tokens) == 200_001
    assert tokens[0] == "x" * 200_000


# --------------------------------------------------------------------------- lines


def _urls(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "urls"
    path.write_bytes(data)
    return path


def test_feeds_titles_tags_and_hidden_feeds(tmp_path: Path) -> None:
    urls = read_urls(
        _urls(
            tmp_path,
            b"# my feeds\n"
            b"\n"
            b'https://a.example/feed.xml news "~A News" "big tag" "~Second title"\n'
            b'"https://b.example/rss" ! tech\n'
            b"https://c.example/atom !hidden-too\n",
        )
    )
    assert [(f.line, f.url, f.title, f.tags, f.hidden) for f in urls.feeds] == [
        (3, "https://a.example/feed.xml", "A News", ("news", "big tag"), False),
        (4, "https://b.example/rss", None, ("tech",), True),
        (5, "https://c.example/atom", None, (), True),
    ]
    assert urls.skipped == () and urls.queries == ()


def test_a_url_listed_twice_keeps_its_first_line_and_merges_tags(tmp_path: Path) -> None:
    urls = read_urls(_urls(tmp_path, b"https://a.example/ x y\nhttps://b.example/\nhttps://a.example/ y z\n"))
    assert [(f.url, f.tags, f.line) for f in urls.feeds] == [
        ("https://a.example/", ("x", "y", "z"), 1),
        ("https://b.example/", (), 2),
    ]
    assert [(n.line, n.reason) for n in urls.notes] == [(3, "listed again (first on line 1); tags merged")]


def test_special_urls_are_never_feeds_and_say_why(tmp_path: Path) -> None:
    urls = read_urls(
        _urls(
            tmp_path,
            b"exec:~/bin/make-feed.sh\n"
            b'"filter:~/bin/clean.sh:https://f.example/rss" news\n'
            b"file:///home/me/feed.xml\n"
            b"gopher://old.example/\n"
            b"query:NoExpression\n",
        )
    )
    assert urls.feeds == ()
    reasons = {note.line: note.reason for note in urls.skipped}
    assert "newstui never runs commands" in reasons[1] and "exec:" in reasons[1]
    assert "newstui never runs commands" in reasons[2] and "https://f.example/rss" in reasons[2]
    assert "not an http(s) URL" in reasons[3] and "not an http(s) URL" in reasons[4]
    assert "query:Name:expression" in reasons[5]


def test_query_feeds_keep_their_colons(tmp_path: Path) -> None:
    urls = read_urls(_urls(tmp_path, b'"query:Recent:age between 0:7" tagged\n'))
    assert [(q.line, q.name, q.expression, q.tags) for q in urls.queries] == [
        (1, "Recent", "age between 0:7", ("tagged",))
    ]


def test_hostile_lines_are_that_lines_problem_only(tmp_path: Path) -> None:
    long_url = b"https://long.example/" + b"a" * (MAX_LINE + 10)
    data = b"\n".join(
        [
            b"https://good.example/one",
            b"https://ctl.example/\x1b[31mred",  # an escape sequence in the URL
            b"https://latin1.example/caf\xe9",  # not UTF-8
            long_url,
            b'https://markup.example/ "~[bold]x[/bold] [@click=app.quit]q" "\x1b]0;title\x07tag"',
            b"https://bidi.example/\xe2\x80\xaeevil",  # a right-to-left override
            b"\x00\x01\x02",
            b"https://good.example/two",
        ]
    )
    urls = read_urls(_urls(tmp_path, data))
    assert [f.url for f in urls.feeds] == [
        "https://good.example/one",
        "https://markup.example/",
        "https://good.example/two",
    ]
    markup = urls.feeds[1]
    assert markup.title == "[bold]x[/bold] [@click=app.quit]q"  # kept as text, never markup
    assert markup.tags == ("tag",)  # the OSC sequence is gone
    reasons = {note.line: note.reason for note in urls.skipped}
    assert set(reasons) == {2, 3, 4, 6, 7}
    assert "control characters" in reasons[2]
    assert reasons[3].startswith("not UTF-8 text (byte 0xe9")
    assert reasons[4].startswith("line too long")
    assert "invisible" in reasons[6]
    for note in urls.skipped:  # what a message quotes of the line is clean and short
        assert note.text.isprintable() and len(note.text) <= 100


def test_a_byte_order_mark_and_crlf_lines(tmp_path: Path) -> None:
    urls = read_urls(_urls(tmp_path, b"\xef\xbb\xbfhttps://a.example/ x\r\nhttps://b.example/\r\n"))
    assert [(f.url, f.tags) for f in urls.feeds] == [("https://a.example/", ("x",)), ("https://b.example/", ())]


def test_a_missing_or_odd_file_names_itself(tmp_path: Path) -> None:
    with pytest.raises(UrlsFileError, match=r"urls: no such file"):
        read_urls(tmp_path / "urls")
    with pytest.raises(UrlsFileError, match="not a file"):
        read_urls(tmp_path)


def test_newsboat_picks_xdg_when_its_config_dir_exists(tmp_path: Path) -> None:
    home = tmp_path / "h"
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "dat")}
    assert newsboat_paths(env).urls == home / ".newsboat" / "urls"
    assert newsboat_paths(env).cache == home / ".newsboat" / "cache.db"
    (tmp_path / "cfg" / "newsboat").mkdir(parents=True)
    assert newsboat_paths(env).urls == tmp_path / "cfg" / "newsboat" / "urls"
    assert newsboat_paths(env).cache == tmp_path / "dat" / "newsboat" / "cache.db"
    # Without XDG variables: ~/.config and ~/.local/share.
    (home / ".config" / "newsboat").mkdir(parents=True)
    assert newsboat_paths({"HOME": str(home)}).cache == home / ".local" / "share" / "newsboat" / "cache.db"


def test_parse_urls_counts_lines(tmp_path: Path) -> None:
    assert parse_urls(b"a\nb\n", tmp_path).lines == 2
    assert parse_urls(b"", tmp_path).feeds == ()


# --------------------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("newsboat", "match", "unread"),
    [
        ('unread = "yes"', None, True),
        ('unread != "no" and title =~ "rust"', 'title =~ "rust"', True),
        ('tags # "news"', 'tag = "news"', False),
        ('tags !# "news"', 'tag != "news"', False),
        ('feedtitle == "LWN"', 'feed_title = "LWN"', False),
        ('rssurl = "https://lwn.net/headlines/rss"', 'feed = "https://lwn.net/headlines/rss"', False),
        # No precedence in newsboat: the right side of `and` is everything after it.
        ('title =~ "a" and title =~ "b" or author = "c"', 'title =~ "a" and (title =~ "b" or author = "c")', False),
        ('(title =~ "a" and title =~ "b") or author = "c"', '(title =~ "a" and title =~ "b") or author = "c"', False),
        ('title=~"x"and(author="y")', 'title =~ "x" and author = "y"', False),
        ('author =~ "\\s*Doe$"', 'author =~ "\\\\s*Doe$"', False),
        ('title =~ "\\<go\\>"', 'title =~ "\\\\bgo\\\\b"', False),
        ('title =~ "^[[:digit:]]+ "', 'title =~ "^[0-9]+ "', False),
    ],
)
def test_translatable_queries(newsboat: str, match: str | None, unread: bool) -> None:
    done = translate(newsboat)
    assert (done.match, done.unread) == (match, unread)
    if match is not None:
        assert done.expr == parse_expression(match)


def test_contains_is_a_whole_word_exactly_as_in_newsboat() -> None:
    done = translate('title # "Go"')
    assert done.expr is not None

    def hit(title: str) -> bool:
        assert done.expr is not None
        return evaluate(done.expr, ItemFields(title=title))

    assert hit("Go 1.23 released") and hit("Why Go") and hit("a Go b")
    assert not hit("Gopher news") and not hit("go lower case") and not hit("Going")


@pytest.mark.parametrize(
    ("newsboat", "why"),
    [
        ("age between 0:7", "not numbers"),
        ("unread_count > 0", "not numbers"),
        ('flags # "s"', "no 'flags'"),
        ('unread = "no"', "unread items, not read ones"),
        ('title =~ "a" or unread = "yes"', "only be one of the conditions"),
        ('content = "x"', "not compared whole"),
        ('tags = "news"', "tags #"),
        ('title =~ "(a+)+"', "exponential"),
        ('title =~ "[[:alpha:]0-9]"', "POSIX bracket"),
        ('title = "x" and', "not a valid newsboat filter expression"),
        ("title = x", "not a valid newsboat filter expression"),
        ("(" * 60 + 'title = "x"' + ")" * 60, "nested more than"),
    ],
)
def test_untranslatable_queries_say_why(newsboat: str, why: str) -> None:
    with pytest.raises(Untranslatable, match=None) as caught:
        translate(newsboat)
    assert why in str(caught.value)


def test_a_long_mixed_chain_is_refused_not_a_crash() -> None:
    chain = " and ".join(f'title =~ "w{i}" or author = "a{i}"' for i in range(400))
    with pytest.raises(Untranslatable, match="nested more than"):
        translate(chain)
    # A long chain of one operator is flat and fine.
    flat = " or ".join(f'author = "a{i}"' for i in range(100))
    assert translate(flat).match == flat


# --------------------------------------------------------------------------- hygiene


@pytest.mark.parametrize(
    "module",
    [
        "newstui.config.newsboat_urls",
        "newstui.config.newsboat_filters",
        "newstui.store.newsboat_cache",
        "newstui.cli.newsboat_import",
    ],
)
def test_the_import_modules_load_no_ui_and_nothing_heavy(module: str) -> None:
    import json
    import subprocess
    import sys

    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    heavy = {"textual", "rich", "feedparser", "readability", "lxml", "httpx", "tomlkit"}
    assert not (loaded & heavy), f"{module} imports {sorted(loaded & heavy)}"
