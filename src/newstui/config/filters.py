r"""Filter rules (`[[filters]]`) and saved searches (`[[queries]]`).

A rule is an expression in a small, newsboat-like language and the actions to
take on the items it matches:

    title =~ "sponsored|advert" and not feed = "https://example.com/feed.xml"

Fields: title, author, link, content (summary, then the content HTML), feed
(the feed URL), feed_title, tag (the feed's configured tags). Operators: `=`
(`==`), `!=` (exact, case-sensitive), `contains` / `#` and `!#` (substring,
case-insensitive), `=~` and `!~` (regular expression, case-insensitive
search); `and`, `or`, `not` and parentheses. Strings are in double or single
quotes; a backslash escapes a quote or a backslash, any other stays as written
(so `"^\[ad\]"` is the regex `^\[ad\]`).

An expression compiles to an SQL condition (`to_sql`) so the store applies a rule
to the whole cache in one statement per rule and action; regular expressions and
case-insensitive substrings run in two SQL functions the store registers
(`newstui_re`, `newstui_has`). `evaluate` gives the same answer in Python.

Hostile regexes: every field is cut before it is matched (`FIELD_LIMIT`
characters, `CONTENT_LIMIT` for content), and a regex with a repetition nested
in an unbounded one (`(a+)+`, the classic exponential shape) is refused at
config load.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import TYPE_CHECKING, Any, Final, Literal

from newstui.config.regex_shape import backtracking_risk
from newstui.errors import NewstuiError

if TYPE_CHECKING:
    from newstui.model import FeedConfig

FIELDS: Final = ("title", "author", "link", "content", "feed", "feed_title", "tag")
"""The fields an expression can test."""
FEED_FIELDS: Final = frozenset({"feed", "feed_title", "tag"})
FIELD_LIMIT: Final = 1_000
"""Characters of title, author, link, feed URL, feed title and tag that are matched."""
CONTENT_LIMIT: Final = 10_000
"""Characters of content (summary, newline, content HTML) that are matched."""
MAX_EXPRESSION: Final = 4_000
"""Longest expression accepted, in characters."""
MAX_DEPTH: Final = 50
"""Deepest nesting of `not` and parentheses accepted."""
FILTER_VERSION: Final = 1
"""Part of the rules' fingerprint: a change in how rules match re-applies them."""

Op = Literal["=", "!=", "=~", "!~", "#", "!#"]
Action = Literal["hide", "read", "highlight", "tag"]
ACTIONS: Final[tuple[Action, ...]] = ("hide", "read", "highlight", "tag")


class ExpressionError(NewstuiError):
    """An expression that cannot be parsed: says what and at which character (1-based)."""

    def __init__(self, message: str, position: int) -> None:
        self.message = message
        self.position = position
        super().__init__(f"at character {position + 1}: {message}")


# --------------------------------------------------------------------------- the expression tree


@dataclass(frozen=True, slots=True)
class Compare:
    """`field op "value"`."""

    field: str
    op: Op
    value: str
    pattern: re.Pattern[str] | None = dc_field(default=None, compare=False)
    """The compiled regex for `=~` / `!~` (compiled once, when the expression is parsed)."""


@dataclass(frozen=True, slots=True)
class Not:
    operand: Expr


@dataclass(frozen=True, slots=True)
class And:
    operands: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Or:
    operands: tuple[Expr, ...]


Expr = Compare | Not | And | Or


def canonical(expr: Expr) -> str:
    """A normal text form of `expr` (fully parenthesised); equal trees give equal text."""
    if isinstance(expr, Compare):
        value = expr.value.replace("\\", "\\\\").replace('"', '\\"')
        return f'{expr.field} {expr.op} "{value}"'
    if isinstance(expr, Not):
        return f"not ({canonical(expr.operand)})"
    joiner = " and " if isinstance(expr, And) else " or "
    return "(" + joiner.join(canonical(operand) for operand in expr.operands) + ")"


# --------------------------------------------------------------------------- parsing

_TOKEN: Final = re.compile(
    r"""\s*(?:(?P<string>"(?:[^"\\]|\\.)*+"|'(?:[^'\\]|\\.)*+')"""
    r"""|(?P<op>=~|!~|!=|==|=|!\#|\#|\(|\))"""
    r"""|(?P<word>[A-Za-z_][A-Za-z0-9_]*+)"""
    r"""|(?P<bad>\S))""",
    re.DOTALL,
)
_OPS: Final[dict[str, Op]] = {"=": "=", "==": "=", "!=": "!=", "=~": "=~", "!~": "!~", "#": "#", "!#": "!#"}


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # string, op, word, end
    text: str
    position: int


def _tokens(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while True:
        match = _TOKEN.match(source, pos)
        if match is None:  # only white space is left
            tokens.append(_Token("end", "", len(source)))
            return tokens
        kind = match.lastgroup or "bad"
        start = match.start(kind)
        text = match.group(kind)
        if kind == "bad":
            if text in "\"'":
                raise ExpressionError(f"the string starting here has no closing {text}", start)
            raise ExpressionError(f"unexpected character {text!r}", start)
        tokens.append(_Token(kind, text, start))
        pos = match.end()


def _unquote(text: str) -> str:
    # Only \" \' and \\ are escapes: any other backslash stays, so a regex reads as written.
    return re.sub(r"""\\([\\"'])""", r"\1", text[1:-1])


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = _tokens(source)
        self.index = 0
        self.depth = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def keyword(self, *words: str) -> bool:
        token = self.token
        if token.kind == "word" and token.text.lower() in words:
            self.index += 1
            return True
        return False

    def parse(self) -> Expr:
        expr = self.or_()
        if self.token.kind != "end":
            raise ExpressionError(f"expected 'and', 'or' or the end, not {self.token.text!r}", self.token.position)
        return expr

    def or_(self) -> Expr:
        operands = [self.and_()]
        while self.keyword("or"):
            operands.append(self.and_())
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def and_(self) -> Expr:
        operands = [self.not_()]
        while self.keyword("and"):
            operands.append(self.not_())
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def not_(self) -> Expr:
        start = self.token.position
        if self.keyword("not"):
            self.enter(start)
            operand = self.not_()
            self.depth -= 1
            return Not(operand)
        return self.primary()

    def enter(self, position: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"nested more than {MAX_DEPTH} levels deep", position)

    def primary(self) -> Expr:
        token = self.token
        if token.kind == "op" and token.text == "(":
            self.index += 1
            self.enter(token.position)
            expr = self.or_()
            self.depth -= 1
            if not (self.token.kind == "op" and self.token.text == ")"):
                raise ExpressionError(
                    f"expected ')' to close the '(' at character {token.position + 1}", self.token.position
                )
            self.index += 1
            return expr
        return self.comparison()

    def comparison(self) -> Compare:
        token = self.token
        if token.kind != "word" or token.text.lower() in ("and", "or", "not", "contains"):
            shown = "the end" if token.kind == "end" else repr(token.text)
            raise ExpressionError(f"expected a field ({', '.join(FIELDS)}), not {shown}", token.position)
        name = token.text.lower()
        if name not in FIELDS:
            raise ExpressionError(f"unknown field{_suggest(token.text, FIELDS)}", token.position)
        self.index += 1
        op_token = self.token
        if op_token.kind == "op" and op_token.text in _OPS:
            op = _OPS[op_token.text]
        elif op_token.kind == "word" and op_token.text.lower() == "contains":
            op = "#"
        else:
            shown = "the end" if op_token.kind == "end" else repr(op_token.text)
            raise ExpressionError(
                f"expected an operator (=, !=, =~, !~, contains, #, !#) after {name}, not {shown}", op_token.position
            )
        self.index += 1
        value_token = self.token
        if value_token.kind != "string":
            shown = "the end" if value_token.kind == "end" else repr(value_token.text)
            raise ExpressionError(f"expected a quoted string after {op_token.text}, not {shown}", value_token.position)
        self.index += 1
        value = _unquote(value_token.text)
        pattern = None
        if op in ("=~", "!~"):
            problem = regex_problem(value)
            if problem:
                raise ExpressionError(problem, value_token.position)
            pattern = re.compile(value, re.IGNORECASE)
        return Compare(name, op, value, pattern)


def parse_expression(source: str) -> Expr:
    """Parse a filter expression.

    Raises:
        ExpressionError: the expression is empty, too long or too deep, or has a
            syntax error, an unknown field or a bad or risky regex; says where.
    """
    if len(source) > MAX_EXPRESSION:
        raise ExpressionError(f"longer than {MAX_EXPRESSION} characters", MAX_EXPRESSION)
    if not source.strip():
        raise ExpressionError("the expression is empty", 0)
    return _Parser(source).parse()


def _suggest(name: str, known: Sequence[str]) -> str:
    import difflib

    matches = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.6)
    return f" {name!r}; did you mean {matches[0]!r}?" if matches else f" {name!r} (known: {', '.join(known)})"


# --------------------------------------------------------------------------- regex safety

_REPEATS_LIMIT: Final = 10
"""An outer repetition allowing more than this many rounds counts as unbounded."""


def regex_problem(pattern: str) -> str | None:
    """Why `pattern` cannot be used as a filter regex, or None.

    Refuses what does not compile, and the shapes whose backtracking grows faster
    than the square of the text: a repetition or alternation inside a repetition
    of more than a few rounds (`(a+)+`, `(\\w+\\s?)*`, `(a|aa)+`: exponential), and
    two such repetitions in one regex (`a.*b.*c`: cubic, minutes on 10,000
    characters). Possessive (`.*+`) and atomic (`(?>...)`) parts never backtrack
    and do not count. With one repetition the worst case is quadratic: under a
    second per field at the limits (FIELD_LIMIT, CONTENT_LIMIT). The shape is read
    by `regex_shape` from the pattern's text, on every Python.
    """
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        return f"not a valid regular expression: {error.msg} (at character {(error.pos or 0) + 1} of the regex)"
    except (RecursionError, OverflowError):
        return "the regular expression is nested too deeply"
    return backtracking_risk(pattern)


# --------------------------------------------------------------------------- SQL

# Each field as an SQL expression over the items table (alias {t}), cut to its limit.
_ITEM_SQL: Final = {
    "title": f"substr({{t}}.title, 1, {FIELD_LIMIT})",
    "author": f"substr(coalesce({{t}}.author, ''), 1, {FIELD_LIMIT})",
    "link": f"substr(coalesce({{t}}.link, ''), 1, {FIELD_LIMIT})",
    "content": (
        f"substr(substr({{t}}.summary, 1, {CONTENT_LIMIT}) || char(10) || "
        f"substr({{t}}.content_html, 1, {CONTENT_LIMIT}), 1, {CONTENT_LIMIT})"
    ),
}
_FEED_TITLE_SQL: Final = f"substr(coalesce(nullif(config_title, ''), nullif(own_title, ''), url), 1, {FIELD_LIMIT})"

PatternId = Callable[[re.Pattern[str]], int]
"""Gives the number under which the store's `newstui_re` SQL function knows a pattern."""


def to_sql(expr: Expr, pattern_id: PatternId, table: str = "i") -> tuple[str, list[Any]]:
    """`expr` as an SQL condition over the items table named `table`, and its parameters.

    Regexes call `newstui_re(pattern_id, text)`, substrings `newstui_has(needle, text)`:
    the store registers both on its connection.
    """
    params: list[Any] = []
    sql = _sql(expr, pattern_id, table, params)
    return sql, params


def _sql(expr: Expr, pattern_id: PatternId, table: str, params: list[Any]) -> str:
    if isinstance(expr, Not):
        return f"NOT ({_sql(expr.operand, pattern_id, table, params)})"
    if isinstance(expr, (And, Or)):
        joiner = " AND " if isinstance(expr, And) else " OR "
        return "(" + joiner.join(_sql(operand, pattern_id, table, params) for operand in expr.operands) + ")"
    negate = expr.op in ("!=", "!~", "!#")

    def test(column: str) -> str:
        if expr.op in ("=", "!="):
            params.append(expr.value)
            return f"{column} = ?"
        if expr.op in ("#", "!#"):
            params.append(expr.value.casefold())
            return f"newstui_has(?, {column})"
        assert expr.pattern is not None
        params.append(pattern_id(expr.pattern))
        return f"newstui_re(?, {column})"

    if expr.field in _ITEM_SQL:
        condition = test(_ITEM_SQL[expr.field].format(t=table))
    elif expr.field == "feed":
        url = test(f"substr(url, 1, {FIELD_LIMIT})")
        alias = test(f"substr(old_url, 1, {FIELD_LIMIT})")
        condition = (
            f"{table}.feed_id IN (SELECT id FROM feeds WHERE {url}"
            f" UNION SELECT feed_id FROM feed_aliases WHERE {alias})"
        )
    elif expr.field == "feed_title":
        condition = f"{table}.feed_id IN (SELECT id FROM feeds WHERE {test(_FEED_TITLE_SQL)})"
    else:  # tag: the feed has a tag that passes the test
        condition = f"{table}.feed_id IN (SELECT feed_id FROM feed_tags WHERE {test(f'substr(tag, 1, {FIELD_LIMIT})')})"
    return f"NOT ({condition})" if negate else condition


def sql_has(needle: str | None, text: str | None) -> int:
    """The `newstui_has` SQL function: is the (casefolded) needle in the text, ignoring case."""
    if needle is None or text is None:
        return 0
    return int(needle in text.casefold())


# --------------------------------------------------------------------------- Python evaluation


@dataclass(frozen=True, slots=True)
class ItemFields:
    """What an expression sees of one item (for `evaluate`)."""

    title: str = ""
    author: str | None = None
    link: str | None = None
    summary: str = ""
    content_html: str = ""
    feed_urls: tuple[str, ...] = ()
    """The feed's URL and any older URLs it had (redirects)."""
    feed_title: str = ""
    tags: tuple[str, ...] = ()
    """The feed's configured tags."""


def _values(fields: ItemFields, name: str) -> list[str]:
    if name == "content":
        text = fields.summary[:CONTENT_LIMIT] + "\n" + fields.content_html[:CONTENT_LIMIT]
        return [text[:CONTENT_LIMIT]]
    if name == "feed":
        return [url[:FIELD_LIMIT] for url in fields.feed_urls]
    if name == "tag":
        return [tag[:FIELD_LIMIT] for tag in fields.tags]
    value = {"title": fields.title, "author": fields.author, "link": fields.link, "feed_title": fields.feed_title}[name]
    return [(value or "")[:FIELD_LIMIT]]


def evaluate(expr: Expr, fields: ItemFields) -> bool:
    """Does the item match? The same answer as the SQL of `to_sql`."""
    if isinstance(expr, Not):
        return not evaluate(expr.operand, fields)
    if isinstance(expr, And):
        return all(evaluate(operand, fields) for operand in expr.operands)
    if isinstance(expr, Or):
        return any(evaluate(operand, fields) for operand in expr.operands)
    values = _values(fields, expr.field)
    if expr.op in ("=", "!="):
        found = any(value == expr.value for value in values)
    elif expr.op in ("#", "!#"):
        found = any(expr.value.casefold() in value.casefold() for value in values)
    else:
        assert expr.pattern is not None
        found = any(expr.pattern.search(value) is not None for value in values)
    return found != (expr.op in ("!=", "!~", "!#"))


def uses_feed_fields(expr: Expr) -> bool:
    """Does the expression look at the feed (URL, title or tags)?"""
    if isinstance(expr, Compare):
        return expr.field in FEED_FIELDS
    if isinstance(expr, Not):
        return uses_feed_fields(expr.operand)
    return any(uses_feed_fields(operand) for operand in expr.operands)


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True, slots=True)
class FilterRule:
    """One `[[filters]]` entry: what it matches and what it does to those items."""

    match: Expr
    source: str
    """The expression as written in the config."""
    actions: tuple[Action, ...]
    """'hide', 'read', 'highlight' and/or 'tag'."""
    tags: tuple[str, ...] = ()
    """The tags the 'tag' action gives."""

    @property
    def fingerprint(self) -> str:
        """Changes exactly when what the rule does changes (not its spacing or quotes)."""
        text = "\x00".join((canonical(self.match), ",".join(sorted(self.actions)), "\x01".join(self.tags)))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class FilterSet:
    """The rules of a config and their fingerprint, as the store applies them."""

    rules: tuple[FilterRule, ...] = ()
    fingerprint: str = ""
    """'' for no rules; else changes with any rule, and with the feeds' URLs, titles
    and tags when a rule looks at the feed."""


def filter_set(rules: Sequence[FilterRule], feeds: Sequence[FeedConfig] = ()) -> FilterSet:
    """The FilterSet of `rules`, fingerprinted together with the feeds they look at."""
    if not rules:
        return FilterSet()
    parts = [f"v{FILTER_VERSION}", *sorted(rule.fingerprint for rule in rules)]
    if any(uses_feed_fields(rule.match) for rule in rules):
        # A rule on tags or feed titles matches other items when the config's feeds change.
        parts.extend(f"{feed.url}\x00{feed.title or ''}\x00{','.join(sorted(feed.tags))}" for feed in feeds)
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return FilterSet(tuple(rules), digest)


def config_filter_set(config: object) -> FilterSet:
    """The FilterSet of a loaded Config (an object without `filters` has none)."""
    rules: Sequence[FilterRule] = getattr(config, "filters", ())
    feeds: Sequence[FeedConfig] = getattr(config, "feeds", ())
    return filter_set(rules, feeds)


@dataclass(frozen=True, slots=True)
class ItemFlags:
    """What the filter rules did to an item (besides marking it read)."""

    hidden: bool = False
    highlighted: bool = False
    tags: tuple[str, ...] = ()
    """Tags given by rules (the feed's own tags are on the Feed), by name."""


NO_FLAGS: Final = ItemFlags()


# --------------------------------------------------------------------------- saved searches


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """One `[[queries]]` entry: a named search the reader lists like a feed.

    Every condition given must hold; at least one is given.
    """

    name: str
    search: str | None = None
    """An SQLite FTS5 query over title, summary and article text (checked at load)."""
    unread: bool = False
    tags: tuple[str, ...] = ()
    """Any of these tags (of the feed, or given by a rule)."""
    feeds: tuple[str, ...] = ()
    """Any of these feed URLs."""
    match: Expr | None = None
    """A filter expression the items must match."""
    match_source: str | None = None


_fts_lock = threading.Lock()
_fts_checker: sqlite3.Connection | None = None


def fts_problem(query: str) -> str | None:
    """Why `query` is not a valid FTS5 query over newstui's columns, or None.

    Asks SQLite itself, on an empty in-memory table with the cache's columns (made
    once per process: a check then costs microseconds, not a connection).
    """
    global _fts_checker
    with _fts_lock:
        if _fts_checker is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute(
                "CREATE VIRTUAL TABLE t USING fts5(title, summary, article, tokenize = 'unicode61 remove_diacritics 2')"
            )
            _fts_checker = conn
        try:
            _fts_checker.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()
        except sqlite3.Error as error:
            return f"not a valid full-text query ({error}); see docs/configuration.md"
        except UnicodeEncodeError:
            return "not a valid full-text query (it holds text that is not valid Unicode)"
    return None
