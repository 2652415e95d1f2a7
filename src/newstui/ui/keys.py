"""Every binding of the app, by id: for the help screen, the docs and checking `[keys]`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.app import App
from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class BindingInfo:
    id: str
    keys: str
    """Keys as displayed, comma separated."""
    description: str
    action: str


def binding_classes() -> list[type]:
    """The classes whose BINDINGS make up the app (import here: keeps start-up lean)."""
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.help import HelpScreen
    from newstui.ui.screens.links import LinksScreen
    from newstui.ui.screens.main import MainScreen
    from newstui.ui.screens.search import SearchScreen
    from newstui.ui.widgets.article_view import ArticleView
    from newstui.ui.widgets.feed_list import FeedList
    from newstui.ui.widgets.item_list import ItemList
    from newstui.ui.widgets.quote_sidebar import QuoteSidebar

    return [NewsApp, MainScreen, FeedList, ItemList, ArticleView, QuoteSidebar, LinksScreen, SearchScreen, HelpScreen]


def default_bindings() -> list[Binding]:
    """Every newstui binding that has an id, with its default keys, in a stable order."""
    seen: dict[str, Binding] = {}
    for cls in binding_classes():
        for binding in getattr(cls, "BINDINGS", []):
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


def current_bindings(app: App[object] | None) -> list[BindingInfo]:
    """The bindings with the app's keymap applied, sorted by id."""
    keymap: dict[str, str] = dict(getattr(app, "_keymap", {}) or {}) if app is not None else {}
    rows = []
    for binding in default_bindings():
        assert binding.id is not None
        keys = keymap.get(binding.id, binding.key)
        rows.append(BindingInfo(binding.id, _display(app, keys), binding.description, binding.action))
    return sorted(rows, key=lambda row: row.id)


def with_keys(binding: Binding, keys: str) -> Binding:
    return replace(binding, key=keys)
