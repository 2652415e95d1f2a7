r"""What makes a regular expression slow to fail, read from the pattern's own text.

A backtracking engine tries every way a repetition can split the text before it
gives up. The shapes where those ways multiply (a repetition or alternation inside
a long repetition, two long repetitions in one regex) are found in the pattern's
structure, so this module reads that structure itself, in one pass over the text:
escapes, character classes, groups of every kind, quantifiers and alternation, as
Python's `re` reads them (`(?x)` verbose mode included), so that it judges the
same tree `re.compile` builds. Two of `re`'s own simplifications change that tree
and so are done here too: alternatives that share a leading atom have it moved out
(`ab|ac` is `a(?:b|c)`), and alternatives that are then single characters or
classes become one class (`a|b` is `[ab]`, which never backtracks).

`backtracking_risk(pattern)` expects a pattern `re.compile` accepts (check that
first); it is linear in the pattern's length and never recurses, so any nesting
`re` accepts is read.

Core module: imports neither textual nor rich.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final, Literal

REPEATS_LIMIT: Final = 10
"""An outer repetition allowing more than this many rounds counts as unbounded."""

NESTED_REPEAT: Final = (
    "a repetition inside a repetition (like (a+)+) can take exponential time; "
    "rewrite it without the nesting, or make the inner one possessive (a++)"
)
TWO_LONG_REPEATS: Final = (
    "more than one open-ended repetition (like a.*b.*c) can take minutes on a long text; "
    'split it into conditions joined by "and" (title =~ "a.*b" and title =~ "b.*c"), '
    "or make the others possessive where that keeps the meaning (\\w++ before \\s)"
)
REPEATED_ALTERNATIVES: Final = (
    "alternatives inside a repetition (like (a|ab)+) can take exponential time; "
    "use a character class ([ab]+) or an atomic group (?>a|ab)+"
)

# --------------------------------------------------------------------------- the tree
# Atoms are values (equal when `re` would find them equal); the nodes that hold
# other nodes compare by identity, as `re`'s own subpatterns do.


@dataclass(frozen=True, slots=True)
class CharRange:
    low: str
    high: str


@dataclass(frozen=True, slots=True)
class Category:
    name: str  # the escape letter: d D s S w W


ClassMember = str | CharRange | Category
"""One member of a character class; a one-character str is that character."""


@dataclass(frozen=True, slots=True)
class CharClass:
    members: tuple[ClassMember, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class NotChar:
    char: str  # `[^a]`


@dataclass(frozen=True, slots=True)
class AnyChar:
    pass


@dataclass(frozen=True, slots=True)
class Anchor:
    kind: str  # ^ $ or an escape's letter: A Z b B


@dataclass(frozen=True, slots=True)
class BackRef:
    group: int


Atom = str | CharClass | NotChar | AnyChar | Anchor | BackRef
"""What matches without holding other nodes; a one-character str is that character."""


@dataclass(eq=False, slots=True)
class Repeat:
    low: int
    high: int | None  # None: no upper bound
    mode: Literal["greedy", "lazy", "possessive"]
    body: list[Node]


@dataclass(eq=False, slots=True)
class Group:
    """A capturing group, a group with flags, a lookaround or an atomic group."""

    body: list[Node]
    atomic: bool = False


@dataclass(eq=False, slots=True)
class Plain:
    """A `(?:...)` group: its nodes count as if written in its place."""

    body: list[Node]


@dataclass(eq=False, slots=True)
class Alternatives:
    branches: list[list[Node]]


@dataclass(eq=False, slots=True)
class Conditional:
    yes: list[Node]
    no: list[Node] | None


Node = Atom | Repeat | Group | Plain | Alternatives | Conditional


# --------------------------------------------------------------------------- the verdict


def backtracking_risk(pattern: str) -> str | None:
    """What makes `pattern` slow to fail (one of this module's messages), or None.

    The general pattern: backtracking cost multiplies where the engine can split
    the same text in many ways. So a repetition (of more than one round) or an
    alternation inside a repetition of more than REPEATS_LIMIT rounds is
    exponential, and two such long repetitions in one regex are cubic. Possessive
    repetitions and atomic groups give back nothing once matched and never count.
    `pattern` must be one `re.compile` accepts.
    """
    stack: list[tuple[list[Node], bool]] = [(read_shape(pattern), False)]
    long_repeats = 0
    while stack:  # the order of this walk decides which message a regex with several faults gets
        nodes, inside = stack.pop()
        for node in _spliced(nodes):
            if isinstance(node, Repeat):
                if node.mode == "possessive":
                    continue  # no backtracking into it
                if inside and (node.high is None or node.high > 1):
                    return NESTED_REPEAT
                long = node.high is None or node.high > REPEATS_LIMIT
                if long:
                    long_repeats += 1
                    if long_repeats > 1:
                        return TWO_LONG_REPEATS
                stack.append((node.body, inside or long))
            elif isinstance(node, Group):
                if not node.atomic:  # nor into an atomic group
                    stack.append((node.body, inside))
            elif isinstance(node, Alternatives):
                if inside:
                    return REPEATED_ALTERNATIVES
                stack.extend((branch, inside) for branch in node.branches)
            elif isinstance(node, Conditional):
                stack.append((node.yes, inside))
                if node.no is not None:
                    stack.append((node.no, inside))
    return None


def _spliced(nodes: list[Node]) -> Iterator[Node]:
    """The nodes with each `(?:...)` group's own nodes in its place (a loop, not recursion)."""
    path = [iter(nodes)]
    while path:
        for node in path[-1]:
            if isinstance(node, Plain):
                path.append(iter(node.body))
                break
            yield node
        else:
            path.pop()


# --------------------------------------------------------------------------- reading the text

_SPECIAL: Final = frozenset(".\\[{()*+?^$|")
_WHITESPACE: Final = frozenset(" \t\n\r\v\f")
_OCTAL: Final = frozenset("01234567")
_DIGITS: Final = frozenset("0123456789")
_HEX: Final = frozenset("0123456789abcdefABCDEF")
_CHAR_ESCAPES: Final = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_CATEGORIES: Final = frozenset("dDsSwW")
_HEX_DIGITS_AFTER: Final = {"x": 2, "u": 4, "U": 8}
_ANCHORS: Final = {kind: Anchor(kind) for kind in "^$AZbB"}
_CATEGORY_CLASSES: Final = {letter: CharClass((Category(letter),)) for letter in _CATEGORIES}
_ANY_CHAR: Final = AnyChar()
_QUANTIFIERS: Final[dict[str, tuple[int, int | None]]] = {"*": (0, None), "+": (1, None), "?": (0, 1)}


@dataclass(slots=True)
class _Frame:
    """An open group while its text is read."""

    kind: Literal["top", "group", "atomic", "plain", "conditional"]
    verbose: bool
    branches: list[list[Node]]
    nodes: list[Node]


def read_shape(pattern: str) -> list[Node]:
    """The tree `re` builds for `pattern` (read with re.IGNORECASE, which changes no shape)."""
    return _Reader(pattern).read()


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0
        self.groups = 0
        self.names: dict[str, int] = {}

    def read(self) -> list[Node]:
        text, end = self.text, len(self.text)
        frames = [_Frame("top", False, [], [])]
        while self.at < end:
            frame = frames[-1]
            char = text[self.at]
            self.at += 1
            if char == "|":
                frame.branches.append(frame.nodes)
                frame.nodes = []
            elif char == ")":
                frames.pop()
                frames[-1].nodes.append(_close(frame))
            elif frame.verbose and char in _WHITESPACE:
                continue
            elif frame.verbose and char == "#":
                self.skip_comment("\n")
            elif char not in _SPECIAL:
                frame.nodes.append(char)
            elif char == "\\":
                frame.nodes.append(self.escape())
            elif char == "[":
                frame.nodes.append(self.char_class())
            elif char in "*+?{":
                self.quantifier(char, frame.nodes)
            elif char == ".":
                frame.nodes.append(_ANY_CHAR)
            elif char in "^$":
                frame.nodes.append(_ANCHORS[char])
            else:  # "("
                opened = self.open_group(frame)
                if opened is not None:
                    frames.append(opened)
        top = frames[0]
        return _alternatives([*top.branches, top.nodes])

    # ---- tokens

    def token(self) -> str:
        """The next token: one character, or a backslash and the character after it."""
        start = self.at
        self.at += 2 if self.text[start] == "\\" else 1
        return self.text[start : self.at]

    def skip_comment(self, until: str) -> None:
        """Past the token `until` (or the end): a verbose `#` comment or a `(?#...)` one."""
        end = len(self.text)
        while self.at < end and self.token() != until:
            pass

    def take(self, allowed: frozenset[str], most: int) -> str:
        start = self.at
        while self.at < len(self.text) and self.at - start < most and self.text[self.at] in allowed:
            self.at += 1
        return self.text[start : self.at]

    def until(self, stop: str) -> str:
        start = self.at
        self.at = self.text.index(stop, start) + 1
        return self.text[start : self.at - 1]

    # ---- atoms

    def escape(self) -> Atom:
        """An escape outside a class (the backslash is read)."""
        letter = self.text[self.at]
        self.at += 1
        if letter in "AZbB":
            return _ANCHORS[letter]
        if letter in _CATEGORIES:
            return _CATEGORY_CLASSES[letter]
        if letter == "0":
            return chr(int(letter + self.take(_OCTAL, 2), 8))
        if letter in _DIGITS:  # an octal escape of three digits, else a group number
            digits = letter + self.take(_DIGITS, 1)
            if len(digits) == 2 and letter in _OCTAL and digits[1] in _OCTAL and self.take(_OCTAL, 1):
                return chr(int(self.text[self.at - 3 : self.at], 8))
            return BackRef(int(digits))
        return self.char_escape(letter)

    def char_escape(self, letter: str) -> str:
        """The character an escape stands for (`\\n`, `\\x41`, `\\u0041`, `\\N{...}`, `\\.`)."""
        if letter in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[letter]
        if letter in _HEX_DIGITS_AFTER:
            return chr(int(self.take(_HEX, _HEX_DIGITS_AFTER[letter]), 16))
        if letter == "N":
            import unicodedata

            self.at += 1  # the {
            return unicodedata.lookup(self.until("}"))
        return letter

    def char_class(self) -> Atom:
        """`[...]` (the [ is read): its members in order, repeats dropped, as `re` keeps them."""
        text = self.text
        negated = text[self.at] == "^"
        self.at += negated
        members: list[ClassMember] = []
        while True:
            token = self.token()
            if token == "]" and members:
                break
            first = self.class_escape(token[1]) if len(token) == 2 else token
            if text[self.at] != "-":
                members.append(first)
                continue
            self.at += 1
            token = self.token()
            if token == "]":
                members += [first, "-"]
                break
            last = self.class_escape(token[1]) if len(token) == 2 else token
            assert isinstance(first, str) and isinstance(last, str), "re.compile refuses a range of a class"
            members.append(CharRange(first, last))
        unique = tuple(dict.fromkeys(members))
        if len(unique) == 1 and isinstance(unique[0], str):
            return NotChar(unique[0]) if negated else unique[0]
        return CharClass(unique, negated)

    def class_escape(self, letter: str) -> ClassMember:
        if letter in _CATEGORIES:
            return Category(letter)
        if letter == "b":
            return "\b"
        if letter in _OCTAL:
            return chr(int(letter + self.take(_OCTAL, 2), 8))
        return self.char_escape(letter)

    # ---- quantifiers and groups

    def quantifier(self, char: str, nodes: list[Node]) -> None:
        """Repeat the last node; a `{` that does not start `{m}`, `{m,}`, `{,n}` or `{m,n}` is a literal."""
        low, high = _QUANTIFIERS.get(char, (0, None))
        if char == "{":
            start = self.at
            lowest = self.take(_DIGITS, len(self.text))
            highest = lowest
            if self.text.startswith(",", self.at):
                self.at += 1
                highest = self.take(_DIGITS, len(self.text))
            if self.text.startswith("}", self.at) and start != self.at:
                self.at += 1
            else:
                self.at = start
                nodes.append("{")
                return
            low = int(lowest) if lowest else 0
            high = int(highest) if highest else None
        mode: Literal["greedy", "lazy", "possessive"] = "greedy"
        if self.text.startswith("?", self.at):
            mode = "lazy"
            self.at += 1
        elif self.text.startswith("+", self.at):
            mode = "possessive"
            self.at += 1
        last = nodes[-1]
        nodes[-1] = Repeat(low, high, mode, last.body if isinstance(last, Plain) else [last])

    def open_group(self, frame: _Frame) -> _Frame | None:
        """The frame of the group opened here (the ( is read), or None for what holds no nodes."""
        text = self.text
        if not text.startswith("?", self.at):
            self.groups += 1
            return _Frame("group", frame.verbose, [], [])
        self.at += 1
        kind = text[self.at]
        self.at += 1
        if kind == "P" and text[self.at] == "<":
            self.at += 1
            self.groups += 1
            self.names[self.until(">")] = self.groups
            return _Frame("group", frame.verbose, [], [])
        if kind == "P":  # (?P=name)
            self.at += 1
            frame.nodes.append(BackRef(self.names[self.until(")")]))
            return None
        if kind == ":":
            return _Frame("plain", frame.verbose, [], [])
        if kind == "#":
            self.skip_comment(")")
            return None
        if kind in "=!":
            return _Frame("group", frame.verbose, [], [])
        if kind == "<":  # (?<= or (?<!
            self.at += 1
            return _Frame("group", frame.verbose, [], [])
        if kind == "(":
            self.until(")")
            return _Frame("conditional", frame.verbose, [], [])
        if kind == ">":
            return _Frame("atomic", frame.verbose, [], [])
        flags = kind + self.until_any(":)")
        if text[self.at - 1] == ")":  # global flags: only at the very start, for the whole pattern
            frame.verbose = frame.verbose or "x" in flags
            return None
        added, _, removed = flags.partition("-")
        return _Frame("group", (frame.verbose or "x" in added) and "x" not in removed, [], [])

    def until_any(self, stops: str) -> str:
        start = self.at
        while self.text[self.at] not in stops:
            self.at += 1
        self.at += 1
        return self.text[start : self.at - 1]


def _close(frame: _Frame) -> Node:
    if frame.kind == "conditional":
        branches = [*frame.branches, frame.nodes]
        return Conditional(branches[0], branches[1] if len(branches) > 1 else None)
    body = _alternatives([*frame.branches, frame.nodes])
    if frame.kind == "plain":
        return Plain(body)
    return Group(body, atomic=frame.kind == "atomic")


# --------------------------------------------------------------------------- alternatives


def _alternatives(branches: list[list[Node]]) -> list[Node]:
    """`a|b|...` as `re` keeps it: a shared leading atom moved out, single characters made a class."""
    if len(branches) == 1:
        return branches[0]
    if any(isinstance(node, Plain) for branch in branches for node in branch):
        cursors = [_Cursor(branch) for branch in branches]
    else:  # the common case, told without cursors
        return _spliced_alternatives(branches)
    shared: list[Node] = []
    while True:
        first = cursors[0].peek()
        if first is None or not all(cursor.peek() == first for cursor in cursors[1:]):
            break  # non-atoms never compare equal
        for cursor in cursors:
            cursor.skip()
        shared.append(first)
    merged = _one_class([cursor.only() for cursor in cursors])
    if merged is not None:
        return [*shared, merged]
    rests = [cursor.rest() for cursor in cursors] if shared else branches
    return [*shared, Alternatives(rests)]


def _spliced_alternatives(branches: list[list[Node]]) -> list[Node]:
    """`_alternatives` of branches that hold no `(?:...)` group."""
    first, others = branches[0], branches[1:]
    shared = 0
    while shared < len(first) and all(shared < len(other) and other[shared] == first[shared] for other in others):
        shared += 1
    merged = _one_class([branch[shared] if len(branch) == shared + 1 else None for branch in branches])
    if merged is not None:
        return [*first[:shared], merged]
    if shared:
        branches = [branch[shared:] for branch in branches]
    return [*first[:shared], Alternatives(branches)]


def _one_class(onlies: list[Node | None]) -> CharClass | None:
    """The class that alternatives of one character or class each make, or None."""
    members: list[ClassMember] = []
    for only in onlies:
        if isinstance(only, str):
            members.append(only)
        elif isinstance(only, CharClass) and not only.negated:
            members.extend(only.members)
        else:
            return None
    return CharClass(tuple(dict.fromkeys(members)))


class _Cursor:
    """Walks a branch as if its `(?:...)` groups were spliced into it, without copying them."""

    def __init__(self, nodes: list[Node]) -> None:
        self.path = [(nodes, 0)]  # (nodes, index of the next one) per group entered

    def peek(self) -> Node | None:
        while self.path:
            nodes, index = self.path[-1]
            if index == len(nodes):
                self.path.pop()
                continue
            node = nodes[index]
            if not isinstance(node, Plain):
                return node
            self.path[-1] = (nodes, index + 1)
            self.path.append((node.body, 0))
        return None

    def skip(self) -> None:
        nodes, index = self.path[-1]
        self.path[-1] = (nodes, index + 1)

    def only(self) -> Node | None:
        """The one node left, or None when none or more than one is left."""
        first = self.peek()
        if first is None:
            return None
        nodes, index = self.path[-1]
        if index + 1 < len(nodes) and not isinstance(nodes[index + 1], Plain):
            return None  # the common case, told without a walk
        saved = self.path.copy()
        self.skip()
        second = self.peek()
        self.path = saved
        return first if second is None else None

    def rest(self) -> list[Node]:
        rest: list[Node] = []
        for nodes, index in reversed(self.path):
            rest += nodes[index:]
        return rest
