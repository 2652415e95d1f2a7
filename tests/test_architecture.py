"""The seam between the core and the UI, read from the source (every import, those inside
functions included), so a lazy import cannot slip past:

- ui/ reaches the core only through `service` (plus the data types and pure helpers of
  `model`, `errors`, `text` and `extract.markdown`);
- no core module imports textual or rich, even inside a function (test_import_hygiene.py
  checks what a fresh interpreter loads at import time; this checks every code path);
- no two ui modules import each other, directly or in a longer circle;
- the binding tables of `ui/bindings.py` are what the panes use, so `keys` can read them
  without importing a pane.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src"
PACKAGE = SRC / "newstui"
UI = PACKAGE / "ui"

CORE_FOR_UI = {"newstui.service", "newstui.model", "newstui.errors", "newstui.text", "newstui.extract.markdown"}
"""The core modules the UI may import: the seam, and data types and pure helpers."""
UI_LIBRARIES = {"textual", "rich"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _type_checking_block(node: ast.AST) -> bool:
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, *, runtime_only: bool = False) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file, at any depth: `from a import b` gives
    a.b when a.b is a module of ours, else a. `runtime_only` skips `if TYPE_CHECKING:` blocks
    (they never run, so they cannot make an import cycle)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = module_name(path)
    package = here if is_package(path) else here.rpartition(".")[0]

    def walk(node: ast.AST) -> Iterator[tuple[int, str]]:
        for child in ast.iter_child_nodes(node):
            if runtime_only and _type_checking_block(child):
                assert isinstance(child, ast.If)
                for other in child.orelse:
                    yield from walk_one(other)
                continue
            yield from walk_one(child)

    def walk_one(node: ast.AST) -> Iterator[tuple[int, str]]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield node.lineno, candidate if _is_our_module(candidate) else base
        yield from walk(node)

    yield from walk(tree)


def _is_our_module(name: str) -> bool:
    if not name.startswith("newstui."):
        return False
    path = SRC.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def ui_modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def core_modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if not path.is_relative_to(UI))


def core_imports_of_ui() -> dict[str, set[str]]:
    """For each ui module: the core modules it imports (TYPE_CHECKING blocks included)."""
    found: dict[str, set[str]] = {}
    for path in ui_modules():
        for _, name in imports(path):
            if name.startswith("newstui.") and not name.startswith("newstui.ui"):
                found.setdefault(module_name(path), set()).add(name)
    return found


def test_ui_reaches_the_core_only_through_service() -> None:
    wrong = [
        f"{module_name(path)}:{line} imports {name}"
        for path in ui_modules()
        for line, name in imports(path)
        if (name == "newstui" or name.startswith("newstui."))
        and not name.startswith("newstui.ui")
        and name not in CORE_FOR_UI
    ]
    assert not wrong, "ui/ must go through newstui.service:\n" + "\n".join(wrong)


LAUNCHER = "newstui.cli.launch"
"""The one module outside ui/ that imports it: `newstui` with no command starts the app."""


def test_the_core_never_imports_the_ui_libraries() -> None:
    wrong = [
        f"{module_name(path)}:{line} imports {name}"
        for path in core_modules()
        for line, name in imports(path)
        if name.split(".")[0] in UI_LIBRARIES or (name.startswith("newstui.ui") and module_name(path) != LAUNCHER)
    ]
    assert not wrong, "\n".join(wrong)


def ui_import_graph() -> dict[str, set[str]]:
    """ui module -> the ui modules it imports when it runs (inside functions too)."""
    graph: dict[str, set[str]] = {}
    for path in ui_modules():
        here = module_name(path)
        graph[here] = set()
        for _, name in imports(path, runtime_only=True):
            if name.startswith("newstui.ui.") and _is_our_module(name) and name != here:
                graph[here].add(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_ui_modules() -> None:
    found = cycles(ui_import_graph())
    assert not found, "ui modules importing each other in a circle:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_are_read_inside_functions_and_type_checking_blocks() -> None:
    keys = UI / "keys.py"
    found = {name for _, name in imports(keys)}
    assert "newstui.service" in found  # the [keys] check goes through service, inside a function
    app = {name for _, name in imports(UI / "app.py")}
    assert "newstui.ui.screens.main" in app  # imported inside functions and under TYPE_CHECKING
    runtime = {name for _, name in imports(UI / "screens" / "main.py", runtime_only=True)}
    assert "newstui.ui.app" not in runtime  # main.py names NewsApp only for the type checker


# -- the binding tables --------------------------------------------------------------------------


def test_keys_imports_no_pane() -> None:
    found = {name for _, name in imports(UI / "keys.py")}
    panes = {name for name in found if name.startswith(("newstui.ui.app", "newstui.ui.screens", "newstui.ui.widgets"))}
    assert not panes


@pytest.fixture(scope="module")
def pane_classes() -> dict[str, type]:
    from newstui.ui.app import NewsApp
    from newstui.ui.screens.add_feeds import AddFeedScreen, ImportOpmlScreen
    from newstui.ui.screens.confirm import ConfirmScreen
    from newstui.ui.screens.enclosures import EnclosuresScreen
    from newstui.ui.screens.help import HelpScreen
    from newstui.ui.screens.links import LinksScreen
    from newstui.ui.screens.main import MainScreen
    from newstui.ui.screens.search import SearchScreen
    from newstui.ui.screens.speakers import QuoteSearchScreen, RenameScreen, SpeakersScreen, _WhoSaidScreen
    from newstui.ui.screens.stories import OutletsScreen, StoriesScreen
    from newstui.ui.widgets.article_view import ArticleView
    from newstui.ui.widgets.feed_list import FeedList
    from newstui.ui.widgets.item_list import ItemList
    from newstui.ui.widgets.quote_sidebar import QuoteSidebar
    from newstui.ui.widgets.speaker_quotes import QuoteResults

    classes: list[type] = [
        NewsApp,
        MainScreen,
        FeedList,
        ItemList,
        ArticleView,
        QuoteSidebar,
        LinksScreen,
        EnclosuresScreen,
        SearchScreen,
        AddFeedScreen,
        ImportOpmlScreen,
        ConfirmScreen,
        HelpScreen,
        _WhoSaidScreen,
        SpeakersScreen,
        QuoteResults,
        StoriesScreen,
        OutletsScreen,
        QuoteSearchScreen,
        RenameScreen,
    ]
    return {cls.__name__: cls for cls in classes}


def test_every_pane_uses_its_table_and_merges_as_textual_does(pane_classes: dict[str, type]) -> None:
    from newstui.ui.bindings import ALL_PANES
    from newstui.ui.keys import merged_bindings

    assert sorted(pane.name for pane in ALL_PANES) == sorted(pane_classes)
    for pane in ALL_PANES:
        cls = pane_classes[pane.name]
        assert cls.__dict__["BINDINGS"] is pane.bindings, pane.name
        base = pane.base.name if hasattr(pane.base, "bindings") else pane.base.__name__
        assert cls.__mro__[1].__name__ == base, f"{pane.name} extends {cls.__mro__[1].__name__}, its pane says {base}"
        real = cls._merge_bindings().key_to_bindings
        assert merged_bindings(pane) == real, pane.name


def test_every_class_with_bindings_has_a_pane() -> None:
    """A new screen or widget with BINDINGS must join ui/bindings.py (else [keys] cannot rebind it)."""
    from newstui.ui.bindings import ALL_PANES

    names = {pane.name for pane in ALL_PANES}
    missing = []
    for path in ui_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for statement in node.body:
                    target = statement.target if isinstance(statement, ast.AnnAssign) else None
                    if isinstance(target, ast.Name) and target.id == "BINDINGS" and node.name not in names:
                        missing.append(f"{module_name(path)}.{node.name}")
    assert not missing


def test_textual_classes_in_places_merge_as_textual_does() -> None:
    """keys.merged_bindings walks a Textual class's bases with public names only; Textual's own
    merge (private, used here only to check) must agree for every Textual class a key reaches."""
    from newstui.ui.bindings import Pane
    from newstui.ui.keys import merged_bindings, places

    textual_classes = {node for place in places() for node in place.nodes if not isinstance(node, Pane)}
    assert textual_classes
    for cls in textual_classes:
        assert merged_bindings(cls) == cls._merge_bindings().key_to_bindings, cls.__name__


TESTS = Path(__file__).parent


def imported_test_modules(source: str) -> list[str]:
    """The test modules (`test_*`) a file's imports name, at any depth, in any spelling: as a
    module (`import tests.test_app`, `from test_store import x`) or as a package's member
    (`from tests import test_app`, `from . import test_app`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names = (
            [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
        if isinstance(node, ast.ImportFrom) and (node.module or "").rpartition(".")[2] in ("", "tests"):
            names += [alias.name for alias in node.names]
        found += [name for name in names if name.rpartition(".")[2].startswith("test_")]
    return found


def test_no_test_file_imports_another() -> None:
    """Tests share code through `tests/*_helpers.py` and conftest.py fixtures: a test file that
    imports another one runs that file's module-level code and hides what it depends on."""
    wrong = [
        f"{path.name} imports {name}"
        for path in sorted(TESTS.glob("*.py"))
        for name in imported_test_modules(path.read_text(encoding="utf-8"))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_test_import_search_finds_both_spellings() -> None:
    source = "import os\nfrom test_store import x\ndef f():\n    from tests.test_app import y\n"
    source += "    import tests.test_cli\n"
    assert imported_test_modules(source) == ["test_store", "tests.test_app", "tests.test_cli"]


def test_the_test_import_search_finds_a_test_module_imported_from_its_package() -> None:
    source = "from tests import test_app\nfrom . import test_store as s\nfrom .. import test_cli\n"
    assert imported_test_modules(source) == ["test_app", "test_store", "test_cli"]
    source = "from cost_helpers import CountingPattern\nfrom newstui.extract import test_mode\n"
    assert imported_test_modules(source) == []
