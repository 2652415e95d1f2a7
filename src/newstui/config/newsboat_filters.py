r"""Newsboat filter expressions (query feeds) translated to newstui's filter language.

Newsboat's grammar (rust/libnewsboat/src/filterparser.rs): `attribute op value`
comparisons joined by `and` / `or` and grouped by parentheses, with *no precedence*:
`a and b or c` is `a and (b or c)` (the right side of every `and` / `or` is the whole
rest). Values are `"strings"` (kept as written, backslashes included), numbers and
ranges (`0:7`); only spaces separate tokens. Its operators (matcher.rs): `=` and `!=`
compare exactly; `=~` and `!~` search a POSIX extended regex, ignoring case; `#` and
`!#` test whether the value is one of the attribute's space-separated words, exactly;
`<`, `>`, `<=`, `>=` and `between` compare numbers.

What translates: `title`, `link`, `author`, `content`, `feedtitle` (`feed_title`) and
`rssurl` (`feed`) with the text operators, `#` becoming a word regex;
`tags # "x"` (`tag = "x"`) and `tags !# "x"`; and `unread = "yes"` as one of the
top-level conditions (the saved search's `unread = true`). Everything else (dates,
ages, counts, flags, enclosures, guid, read items only, numeric comparisons) has no
equivalent, and the query is refused with the reason. The result is checked by
newstui's own parser, so a regex newstui refuses (exponential backtracking) is
refused here too, with its reason.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newstui.config.filters import MAX_DEPTH, Expr, ExpressionError, parse_expression
from newstui.errors import NewstuiError

_TEXT_FIELDS: Final = {
    "title": "title",
    "link": "link",
    "author": "author",
    "content": "content",
    "feedtitle": "feed_title",
    "rssurl": "feed",
}
_NUMERIC_OPS: Final = ("<=", ">=", "<", ">", "between")
# Longest first: `=~` before `=`, `!~` / `!=` / `!#` before their prefixes.
_OPERATORS: Final = ("=~", "==", "=", "!~", "!=", "<=", ">=", "<", ">", "between", "#", "!#")
_ATTRIBUTE: Final = re.compile(r"[A-Za-z0-9_.-]+")
_QUOTED: Final = re.compile(r'"((?:[^\\"]|\\.)*+)"', re.DOTALL)
_RANGE_OR_NUMBER: Final = re.compile(r"-?[0-9]+(?::-?[0-9]+)?")
# POSIX bracket classes newsboat's regexes may use, as Python class contents. A
# negated set cannot sit inside a class, so [[:alpha:]] as a whole becomes [^\W\d_].
_POSIX_CLASSES: Final = {
    "[[:alpha:]]": "[^\\W\\d_]",
    "[[:alnum:]]": "[^\\W_]",
    "[:digit:]": "0-9",
    "[:upper:]": "A-Z",
    "[:lower:]": "a-z",
    "[:space:]": "\\s",
    "[:blank:]": " \\t",
    "[:punct:]": "!-/:-@\\[-`{-~",
    "[:xdigit:]": "0-9A-Fa-f",
}


class Untranslatable(NewstuiError):
    """A newsboat expression newstui cannot express; the message says what part and why."""


@dataclass(frozen=True, slots=True)
class Translated:
    """A newsboat query as a newstui saved search's conditions."""

    match: str | None
    """The filter expression (None when `unread` is the only condition)."""
    expr: Expr | None
    """`match` as newstui's parser read it."""
    unread: bool = False


@dataclass(frozen=True, slots=True)
class _Cmp:
    attribute: str
    op: str
    value: str
    quoted: bool


@dataclass(frozen=True, slots=True)
class _Bool:
    op: str  # "and" | "or"
    left: _Node
    right: _Node


_Node = _Cmp | _Bool


def translate(expression: str) -> Translated:
    """Translate a newsboat filter expression.

    Raises:
        Untranslatable: not a valid newsboat expression, or one newstui cannot express.
    """
    tree = _Parser(expression).parse()
    conjuncts = _flatten(tree, "and")
    unread = False
    rest: list[_Node] = []
    for node in conjuncts:
        if isinstance(node, _Cmp) and node.attribute == "unread":
            unread = unread or _unread_only(node)
        else:
            rest.append(node)
    if not rest:
        return Translated(None, None, unread)
    parent = "and" if len(rest) > 1 else None
    text = " and ".join(_render(node, parent) for node in rest)
    try:
        expr = parse_expression(text)
    except ExpressionError as error:
        raise Untranslatable(f"newstui cannot use it: {error.message}") from None
    return Translated(text, expr, unread)


def _unread_only(node: _Cmp) -> bool:
    if (node.op in ("=", "==") and node.value == "yes") or (node.op == "!=" and node.value == "no"):
        return True
    raise Untranslatable(f"{_show(node)}: newstui's saved searches can select unread items, not read ones")


def _flatten(node: _Node, op: str) -> list[_Node]:
    """The operands of a chain of one operator (`a and b and c`), left to right; no recursion."""
    out: list[_Node] = []
    stack: list[_Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, _Bool) and current.op == op:
            stack.append(current.right)
            stack.append(current.left)
        else:
            out.append(current)
    return out


def _render(node: _Node, parent: str | None, depth: int = 0) -> str:
    if isinstance(node, _Cmp):
        return _compare(node)
    if depth > MAX_DEPTH:
        raise Untranslatable(f"nested more than {MAX_DEPTH} levels deep")
    parts = [_render(child, node.op, depth + 1) for child in _flatten(node, node.op)]
    text = f" {node.op} ".join(parts)
    return text if parent is None or parent == node.op else f"({text})"


def _compare(node: _Cmp) -> str:
    attribute, op, value = node.attribute, node.op, node.value
    if op in _NUMERIC_OPS:
        raise Untranslatable(f"{_show(node)}: newstui's filters compare text, not numbers ({op})")
    if attribute == "unread":
        raise Untranslatable(f"{_show(node)}: 'unread' can only be one of the conditions joined by 'and'")
    if attribute == "tags":
        if op in ("#", "!#"):
            return f"tag {'=' if op == '#' else '!='} {_quote(value)}"
        raise Untranslatable(f"{_show(node)}: only 'tags # \"name\"' and 'tags !# \"name\"' translate")
    field = _TEXT_FIELDS.get(attribute)
    if field is None:
        raise Untranslatable(f"{_show(node)}: newstui's filters have no '{attribute}'")
    if not node.quoted:
        raise Untranslatable(f"{_show(node)}: newstui's filters compare text, not numbers")
    if op in ("=", "==", "!="):
        if field == "content":
            # newstui's content is the summary, a newline, then the HTML: never equal to newsboat's.
            raise Untranslatable(f"{_show(node)}: content can be searched (=~, #), not compared whole")
        return f"{field} {'!=' if op == '!=' else '='} {_quote(value)}"
    if op in ("=~", "!~"):
        return f"{field} {op} {_quote(_python_regex(value, node))}"
    # `#`: one of the space-separated words, exactly (case-sensitive).
    word = f"(?-i:(?:^| ){re.escape(value)}(?: |$))"
    return f"{field} {'=~' if op == '#' else '!~'} {_quote(word)}"


def _python_regex(pattern: str, node: _Cmp) -> str:
    """A POSIX extended regex (as glibc reads it) as a Python one; the common forms only."""
    out = pattern.replace("\\<", "\\b").replace("\\>", "\\b")
    for posix, python in _POSIX_CLASSES.items():
        out = out.replace(posix, python)
    if "[:" in out or "[=" in out or "[." in out:
        raise Untranslatable(f"{_show(node)}: this POSIX bracket expression has no Python equivalent")
    return out


def _quote(value: str) -> str:
    # newstui's strings: only \" \' and \\ are escapes, so this round-trips exactly.
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _show(node: _Cmp) -> str:
    value = f'"{node.value}"' if node.quoted else node.value
    shown = f"{node.attribute} {node.op} {value}"
    return shown if len(shown) <= 80 else shown[:79] + "…"


class _Parser:
    """Newsboat's grammar, without recursion for `and` / `or` chains."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, what: str) -> Untranslatable:
        return Untranslatable(f"not a valid newsboat filter expression: {what} at character {self.pos + 1}")

    def spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def parse(self) -> _Node:
        self.spaces()
        node = self.chain(0)
        self.spaces()
        if self.pos != len(self.text):
            raise self.fail("unexpected text")
        return node

    def chain(self, depth: int) -> _Node:
        operands = [self.primary(depth)]
        ops: list[str] = []
        while True:
            mark = self.pos
            self.spaces()
            op = self.logical()
            if op is None:
                self.pos = mark
                break
            self.spaces()
            ops.append(op)
            operands.append(self.primary(depth))
        # Right to left: `a and b or c` is And(a, Or(b, c)), as newsboat reads it.
        node = operands[-1]
        for op, left in zip(reversed(ops), reversed(operands[:-1]), strict=True):
            node = _Bool(op, left, node)
        return node

    def logical(self) -> str | None:
        for word in ("and", "or"):
            if self.text.startswith(word, self.pos):
                after = self.pos + len(word)
                rest = self.text[after:]
                # A space must follow, unless a parenthesis does (`a=1and(b=2)`).
                if rest.startswith(" ") or rest.lstrip(" ").startswith("("):
                    self.pos = after
                    return word
        return None

    def primary(self, depth: int) -> _Node:
        if self.text.startswith("(", self.pos):
            if depth >= MAX_DEPTH:
                raise self.fail(f"parentheses nested more than {MAX_DEPTH} deep")
            self.pos += 1
            self.spaces()
            node = self.chain(depth + 1)
            self.spaces()
            if not self.text.startswith(")", self.pos):
                raise self.fail("expected ')'")
            self.pos += 1
            return node
        return self.comparison()

    def comparison(self) -> _Cmp:
        match = _ATTRIBUTE.match(self.text, self.pos)
        if match is None:
            raise self.fail("expected an attribute name")
        attribute = match.group(0)
        self.pos = match.end()
        self.spaces()
        op = next((op for op in _OPERATORS if self.text.startswith(op, self.pos)), None)
        if op is None:
            raise self.fail("expected an operator")
        self.pos += len(op)
        self.spaces()
        quoted = _QUOTED.match(self.text, self.pos)
        if quoted is not None:
            self.pos = quoted.end()
            return _Cmp(attribute, "=" if op == "==" else op, quoted.group(1), True)
        number = _RANGE_OR_NUMBER.match(self.text, self.pos)
        if number is not None:
            self.pos = number.end()
            return _Cmp(attribute, "=" if op == "==" else op, number.group(0), False)
        raise self.fail("expected a quoted string, a number or a range")
