"""Every binding of the app, by id: for the help screen, the docs and checking `[keys]`.

It reads the binding tables of `ui/bindings.py`, never the panes themselves, so the
app and the screens may import it without a circle.
"""

from __future__ import annotations

import difflib
import string
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from newstui.ui.bindings import (
    APP,
    ARTICLE,
    CONFIRM,
    ENCLOSURES,
    FEED_LIST,
    HELP,
    ITEM_LIST,
    LINKS,
    MAIN,
    OUTLETS,
    PANES,
    QUOTE_RESULTS,
    QUOTE_SEARCH,
    QUOTE_SIDEBAR,
    RENAME,
    SEARCH,
    SPEAKERS,
    STORIES,
    Pane,
)

if TYPE_CHECKING:
    from newstui.service import Config

Node = Pane | type[DOMNode]
"""A node Textual asks for a binding: one of our panes, or a Textual class as it comes."""


@dataclass(frozen=True, slots=True)
class BindingInfo:
    id: str
    keys: str
    """Keys as displayed, comma separated."""
    description: str
    action: str


def merged_bindings(node: Node) -> dict[str, list[Binding]]:
    """Key -> bindings of a node: its own table merged over its base's, key by key, as
    Textual merges a class's BINDINGS over its bases' (tests/test_architecture.py checks
    every pane against Textual's own merge)."""
    keys: dict[str, list[Binding]]
    if isinstance(node, Pane):
        keys = merged_bindings(node.base)
        keys.update(BindingsMap(node.bindings).key_to_bindings)
        return keys
    # Textual's rule, walked with public names only: each class's own BINDINGS, from the
    # furthest base to the class itself, later tables replacing earlier ones key by key.
    keys = {}
    for cls in reversed(node.__mro__):
        if issubclass(cls, DOMNode):
            keys.update(BindingsMap(cls.__dict__.get("BINDINGS", [])).key_to_bindings)
    return keys


def node_name(node: Node) -> str:
    """The class a node stands for, by name."""
    return node.name if isinstance(node, Pane) else node.__name__


def default_bindings() -> list[Binding]:
    """Every newstui binding that has an id, with its default keys, in a stable order."""
    seen: dict[str, Binding] = {}
    for pane in PANES:
        for binding in pane.bindings:
            if isinstance(binding, Binding) and binding.id and binding.id not in seen:
                seen[binding.id] = binding
    return list(seen.values())


def known_ids() -> set[str]:
    return {binding.id for binding in default_bindings() if binding.id}


def _display(app: App[object] | None, keys: str) -> str:
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if app is not None:
            shown.append(app.get_key_display(Binding(key, "")))
        else:
            shown.append(key)
    return ", ".join(shown)


def current_bindings(app: App[object] | None, keymap: Mapping[str, str]) -> list[BindingInfo]:
    """The bindings with the user's `keymap` (the config's `[keys]`) applied, sorted by id;
    keys are shown as `app` displays them (as written without an app)."""
    rows = []
    for binding in default_bindings():
        assert binding.id is not None
        keys = keymap.get(binding.id, binding.key)
        rows.append(BindingInfo(binding.id, _display(app, keys), binding.description, binding.action))
    return sorted(rows, key=lambda row: row.id)


def key_display(app: App[object], keymap: Mapping[str, str], binding_id: str, default: str) -> str:
    """How `app` shows the first key of a binding, as the user's `keymap` has it (for notices
    such as "E to play"); `default` is the binding's own key."""
    key = keymap.get(binding_id, default).split(",")[0].strip()
    return app.get_key_display(Binding(key, ""))


# --------------------------------------------------------------------------- checking [keys]

MODIFIERS: Final = ("alt", "ctrl", "hyper", "meta", "shift", "super")
"""Textual's modifier names, in the (alphabetical) order its key names use them."""


def named_keys() -> set[str]:
    """Textual's names of keys that are not characters: enter, escape, tab, space, up, f1…f24, …"""
    from textual.keys import Keys

    names = {key.value for key in Keys if "+" not in key.value and "-" not in key.value and "<" not in key.value}
    return names - {"return"} | {"enter"}  # terminals send enter, never return


def character_key_name(char: str) -> str:
    """The name Textual gives the key that types `char`: a letter or digit is itself, any
    other character its Unicode name in snake case ("?" -> "question_mark"), renamed where
    Textual's public `KEY_NAME_REPLACEMENTS` says ("-" -> "minus"). Our own spelling of that
    public convention (Textual's helper for it is private); `key_to_character` inverts it,
    which the tests check for every ASCII punctuation character."""
    from textual.keys import KEY_NAME_REPLACEMENTS

    if char.isalnum():
        return char
    if char == "\t":
        return "tab"
    try:
        name = "_".join(unicodedata.name(char).lower().replace("-", " ").split())
    except ValueError:  # a control character without a Unicode name
        name = char
    return KEY_NAME_REPLACEMENTS.get(name, name)


def punctuation_names() -> dict[str, str]:
    """Textual's name of each printable ASCII punctuation character, e.g. {"question_mark": "?"}."""
    return {character_key_name(char): char for char in string.punctuation}


def normalize_key(key: str) -> str:
    """The key as Textual names it: a single character by its name ("?" -> "question_mark")."""
    key = key.strip()
    return character_key_name(key) if len(key) == 1 else key


def _character_of(name: str) -> str | None:
    """The printable non-alphanumeric character Textual names `name` ("slash" -> "/"), else None."""
    from textual.keys import KEY_TO_UNICODE_NAME, REPLACED_KEYS

    original = REPLACED_KEYS.get(name, name)
    try:
        char = unicodedata.lookup(KEY_TO_UNICODE_NAME.get(original, original.replace("_", " ").upper()))
    except KeyError:
        return None
    if len(char) != 1 or char.isalnum() or not char.isprintable() or character_key_name(char) != name:
        return None
    return char


def key_problem(key: str) -> str | None:
    """What is wrong with `key` (already normalized) as a Textual key name, or None if a key can send it."""
    if not key:
        return "an empty key name (two commas together, or one at the end)"
    *modifiers, base = key.split("+")
    if not base:
        return f"{key!r} does not end with a key"
    for modifier in modifiers:
        if modifier not in MODIFIERS:
            return f"unknown modifier {modifier!r} in {key!r} (modifiers: {', '.join(MODIFIERS)})"
    if len(set(modifiers)) != len(modifiers):
        return f"a modifier is repeated in {key!r}"
    if len(base) == 1 and base.isalpha() and base.isupper() and modifiers:
        # A terminal sends ctrl+shift+a for ctrl+A, and A (not shift+a) for shift+a.
        return f"{key!r} never arrives: write {_join([*modifiers, 'shift'], base.lower())!r}"
    if modifiers == ["shift"] and len(base) == 1 and base.isalpha():
        return f"{key!r} never arrives: write {base.upper()!r} (a capital letter is shift+letter)"
    if modifiers != sorted(modifiers):
        return f"{key!r} never arrives: write {_join(modifiers, base)!r} (Textual orders the modifiers so)"
    if len(base) == 1:
        if base.isalnum():
            return None
        return f"write {key!r} as {_join(modifiers, normalize_key(base))!r}"
    if base in named_keys() or _character_of(base) is not None:
        return None
    known = sorted(named_keys() | set(punctuation_names()))
    lower = _KEY_ALIASES.get(base.lower(), base.lower())
    matches = [lower] if lower in known else difflib.get_close_matches(lower, known, n=1, cutoff=0.6)
    hint = f"; did you mean {_join(modifiers, matches[0])!r}?" if matches else ""
    return (
        f"unknown key {key!r}{hint} (keys are letters, digits, Textual names such as enter, escape, space, "
        "pageup, f5 or question_mark, and ctrl+/alt+/shift+ before them: see docs/keybindings.md)"
    )


_KEY_ALIASES: Final = {
    "return": "enter",
    "esc": "escape",
    "del": "delete",
    "ins": "insert",
    "pgup": "pageup",
    "pgdn": "pagedown",
    "page_up": "pageup",
    "page_down": "pagedown",
    "bs": "backspace",
    "spacebar": "space",
}
"""Other programs' names for keys, to suggest Textual's."""


def _join(modifiers: list[str], base: str) -> str:
    return "+".join([*sorted(set(modifiers)), base])


@dataclass(frozen=True, slots=True)
class Place:
    """Where a key can be pressed: the nodes Textual asks for a binding, the focused one first."""

    name: str
    nodes: tuple[Node, ...]
    typing: bool = False
    """The focused widget takes printable keys as text (Input): outer bindings never see them."""


def places() -> list[Place]:
    """Every place of the app, with the classes whose bindings answer a key there, innermost first."""
    from textual.containers import VerticalScroll
    from textual.widgets import Input, OptionList

    # A modal screen ends the chain: the app's own bindings are not asked there.
    return [
        Place("the feed list", (FEED_LIST, MAIN, APP)),
        Place("the item list", (ITEM_LIST, MAIN, APP)),
        Place("the article", (ARTICLE, MAIN, APP)),
        Place("the quote sidebar", (QUOTE_SIDEBAR, MAIN, APP)),
        Place("the links list", (OptionList, LINKS)),
        Place("the attachments list", (OptionList, ENCLOSURES)),
        Place("the search box", (Input, SEARCH), typing=True),
        Place("the mark-all-read question", (CONFIRM,)),
        Place("the help", (VerticalScroll, HELP)),
        Place("the speakers list", (OptionList, SPEAKERS, APP)),
        Place("a speaker's quotes", (QUOTE_RESULTS, SPEAKERS, APP)),
        Place("the stories", (OptionList, STORIES, APP)),
        Place("the quote search results", (QUOTE_RESULTS, QUOTE_SEARCH, APP)),
        Place("the outlets list", (OptionList, OUTLETS)),
        Place("the rename box", (Input, RENAME), typing=True),
    ]


@dataclass(frozen=True, slots=True)
class _Claim:
    """One binding's hold on one key in one node."""

    id: str | None
    action: str
    user: bool
    """The key comes from the config's [keys] table."""

    @property
    def holds(self) -> str:
        if self.action == _TYPING:
            return "it is typed as text there"
        return f"{self.id} has it" if self.id else f"Textual's {self.action} has it"


_TYPING: Final = "<typing>"


def _node_claims(node: Node, user: Mapping[str, list[str]]) -> dict[str, list[_Claim]]:
    """Key -> the bindings of `node` (its table merged over its bases', as Textual does) holding it."""
    claims: dict[str, list[_Claim]] = {}
    seen: set[str] = set()
    for key, bindings in merged_bindings(node).items():
        for binding in bindings:
            if binding.id is not None and binding.id in user:
                if binding.id not in seen:
                    seen.add(binding.id)
                    for user_key in user[binding.id]:
                        claims.setdefault(user_key, []).append(_Claim(binding.id, binding.action, True))
                continue
            claims.setdefault(key, []).append(_Claim(binding.id, binding.action, False))
    return claims


def _default_keys() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for pane in PANES:
        for key, bindings in merged_bindings(pane).items():
            for binding in bindings:
                if binding.id and key not in keys.setdefault(binding.id, []):
                    keys[binding.id].append(key)
    return keys


def keymap_problems(keys: Mapping[str, str]) -> list[tuple[str, str]]:
    """(binding id, message) for each problem of a `[keys]` table, or [] when it is sound.

    Checked: each key is a name Textual can send; no two bindings of one node share
    a key; a key never takes a default key from another binding (which Textual would
    silently drop from it) or hides one in a pane; and a key always reaches its
    binding, wherever that binding works (a pane asked first may hold it). An
    unknown binding id is left to `config.key_id_problems`.
    """
    problems: list[tuple[str, str]] = []
    known = known_ids()
    user: dict[str, list[str]] = {}
    for binding_id, text in keys.items():
        if binding_id not in known:
            continue
        names: list[str] = []
        bad = False
        for raw in text.split(","):
            name = normalize_key(raw)
            problem = key_problem(name)
            if problem:
                problems.append((binding_id, problem))
                bad = True
            elif name not in names:
                names.append(name)
        if not bad:
            user[binding_id] = names
    if not user:
        return problems
    defaults = _default_keys()

    def keys_of(binding_id: str) -> str:
        return ", ".join(defaults.get(binding_id, []))

    reported: set[tuple[str, ...]] = set()

    def report(binding_id: str, message: str, *tag: str) -> None:
        if tag not in reported:
            reported.add(tag)
            problems.append((binding_id, message))

    order = {binding_id: index for index, binding_id in enumerate(user)}
    claims_of = {node: _node_claims(node, user) for place in places() for node in place.nodes}
    # One node: two of yours on one key, or yours taking a default binding's key.
    for claims in claims_of.values():
        for key, holders in claims.items():
            mine = sorted((claim for claim in holders if claim.user), key=lambda claim: order[claim.id or ""])
            for index, claim in enumerate(mine[1:], start=1):  # reported at the later line of the file
                other = mine[index - 1]
                assert claim.id is not None and other.id is not None
                message = f"{key!r} is bound to {other.id} too; one key, one binding"
                report(claim.id, message, "both", key, *sorted((claim.id, other.id)))
            for claim in mine:
                assert claim.id is not None
                for other in holders:
                    if other.user or other.id is None:
                        continue  # Textual's own unnamed bindings give way to yours, as they should
                    left = [k for k in defaults.get(other.id, []) if k != key]
                    fix = f'"{other.id}" = "{",".join(left)}"' if left else f'"{other.id}" = "<another key>"'
                    then = f"which would keep only {', '.join(left)}" if left else "which would then have no key"
                    report(
                        claim.id,
                        f"{key!r} takes {key} from {other.id} (default {keys_of(other.id)}), {then}; "
                        f"if you mean it, say so: {fix}",
                        "takes",
                        claim.id,
                        key,
                        other.id,
                    )
    # Across nodes: the innermost node holding a key gets it.
    lost: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (id, key) -> (place, who has the key there)
    hidden: dict[tuple[str, str, str], list[str]] = {}
    for place in places():
        chain = [claims_of[node] for node in place.nodes]
        for key in sorted({key for claims in chain for key in claims}):
            typed = place.typing and _is_typed(key)
            winner: _Claim | None = None
            for index, claims in enumerate(chain):
                holders = claims.get(key, [])
                if not holders:
                    continue
                if winner is None:
                    if typed and index > 0:
                        # Textual drops printable keys from the nodes outside an Input.
                        winner = _Claim(None, _TYPING, False)
                    else:
                        mine = [claim for claim in holders if claim.user]
                        winner = (mine or holders)[0]
                        continue  # the rest of this node: checked above
                for claim in holders:
                    if claim.user and claim.id:
                        if _shadowed_by_design(claim.id, key, winner, defaults):
                            continue
                        lost.setdefault((claim.id, key), []).append((place.name, winner.holds))
                    elif winner.user and winner.id and claim.id:
                        hidden.setdefault((winner.id, key, claim.id), []).append(place.name)
    working: dict[str, set[str]] = {binding_id: set(names) for binding_id, names in user.items()}
    for (binding_id, key), where in lost.items():
        if _every_place_of(binding_id, {name for name, _ in where}):
            working[binding_id].discard(key)
    for (binding_id, key), where in lost.items():
        none_left = "" if working[binding_id] else f"; {binding_id} would have no working key"
        there = _and([f"{name} ({holds})" for name, holds in where])
        report(binding_id, f"{key!r} never reaches {binding_id} in {there}{none_left}", "lost", binding_id, key)
    for (binding_id, key, hidden_id), hidden_in in hidden.items():
        report(
            binding_id,
            f"{key!r} would hide {hidden_id}'s {key} in {_and(hidden_in)}; rebind {hidden_id} too, or pick another key",
            "hidden",
            binding_id,
            key,
            hidden_id,
        )
    return problems


def _shadowed_by_design(binding_id: str, key: str, winner: _Claim, defaults: Mapping[str, list[str]]) -> bool:
    """Whether the defaults themselves give `key` to the pane binding that wins it there,
    as they give it to `binding_id`: q steps back from the article and quits from a list.
    Keeping a default key is never a problem, whatever it does in one pane."""
    return winner.id is not None and key in defaults.get(binding_id, []) and key in defaults.get(winner.id, [])


def _every_place_of(binding_id: str, names: set[str]) -> bool:
    """Whether `names` holds every place the binding works in (losing its key in all, the key is dead for it)."""
    return all(place.name in names for place in places() if any(_has_id(node, binding_id) for node in place.nodes))


def _has_id(node: Node, binding_id: str) -> bool:
    return any(binding.id == binding_id for bindings in merged_bindings(node).values() for binding in bindings)


def _is_typed(key: str) -> bool:
    from textual.keys import key_to_character

    char = key_to_character(key)
    return char is not None and char.isprintable()


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_keys(config: Config) -> None:
    """Raise ConfigError (every problem, each with its line) if the `[keys]` table is not sound.

    Unknown binding ids, key names Textual cannot send, and keys that clash with
    other bindings; see `keymap_problems` and docs/keybindings.md.
    """
    from newstui.service import check_key_table

    check_key_table(config, known_ids(), keymap_problems(config.keys))


# -- newsboat keys bound to nothing here ------------------------------------------------------

KeyFor = Callable[[str, str], str]
"""The key of a binding as the user has it: (binding id, default key) -> its display."""


def _filters(key_for: KeyFor) -> str:
    return (
        "No filter key here: [[filters]] and [[queries]] in the config do what newsboat's "
        f"filters and query feeds do; {key_for('main.search', '/')} searches."
    )


def _command_line(key_for: KeyFor) -> str:
    return f"No command line here: {key_for('app.commands', 'ctrl+p')} opens the command palette."


def _delete(key_for: KeyFor) -> str:
    return (
        f"Nothing is deleted from a list here: {key_for('items.hide-read', 'H')} hides read items, "
        f"{key_for('items.toggle-read', 'm')} marks one read."
    )


def _random_unread(key_for: KeyFor) -> str:
    return f"No random unread item here: {key_for('items.next-unread', 'n')} opens the next one."


def _link_number(key_for: KeyFor) -> str:
    return f"Links by number: {key_for('article.links', 'l')} lists the article's links, then 1 … 9 opens one."


def _vim_left(key_for: KeyFor) -> str:
    return (
        f"h is not bound: {key_for('items.back', 'q')} or {key_for('items.leave', 'escape')} steps back; "
        f"{key_for('article.links', 'l')} lists the article's links."
    )


def _reload_urls(key_for: KeyFor) -> str:
    return (
        f"newsboat's reload-urls is {key_for('feeds.refresh-all', 'R')} here: it reads the config's feeds again, "
        f'then refreshes; "Edit config" in the command palette ({key_for("app.commands", "ctrl+p")}) edits them.'
    )


NEWSBOAT_HINTS: dict[str, Callable[[KeyFor], str]] = {
    "f": _filters,
    "F": _filters,
    "colon": _command_line,
    "D": _delete,
    "ctrl+k": _random_unread,
    "number_sign": _link_number,
    **{str(digit): _link_number for digit in range(1, 10)},
    "h": _vim_left,
    "ctrl+r": _reload_urls,
}
"""newsboat's default keys (and vim's h, the one of h/j/k/l that does nothing) with no binding here."""


def unbound_key_hint(key: str, key_for: KeyFor) -> str | None:
    """The notice for `key` (Textual's name of it) when no binding takes it, else None.

    A key that does nothing and says nothing reads as a broken key: someone coming from
    newsboat presses its filter, command-line or delete key and cannot tell whether the
    reader missed it. Each such key, while no binding of the user's takes it, answers with
    the way this reader does the same thing, naming the keys as the user has them bound."""
    hint = NEWSBOAT_HINTS.get(key)
    return hint(key_for) if hint is not None else None
