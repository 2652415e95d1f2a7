"""The core runs without the UI, and nothing heavy lands on the start path.

Each module is imported in a fresh interpreter, as harlequin does, so one test's
imports cannot hide another's.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

CORE_MODULES = [
    "newstui.config.paths",
    "newstui.errors",
    "newstui.text",
    "newstui.model",
    "newstui.config",
    "newstui.config.edit",
    "newstui.feeds.opml",
    "newstui.feeds.discover",
    "newstui.feeds.fetch",
    "newstui.feeds.parse",
    "newstui.feeds.refresh",
    "newstui.store",
    "newstui.extract",
    "newstui.extract.article",
    "newstui.extract.quotes",
    "newstui.extract.names",
    "newstui.feeds.articles",
    "newstui.feeds.notify",
    "newstui.service",
    "newstui.whosaid.index",
    "newstui.whosaid.speakers",
    "newstui.whosaid.stories",
    "newstui.cli.quotes",
    "newstui.cli.speakers",
    "newstui.cli.stories",
    "newstui.__main__",
]

UI_FREE = {"textual", "rich"}
# Heavy modules that must be imported inside the functions that use them.
LAZY = {"feedparser", "readability", "lxml", "httpx", "lxml_html_clean", "tomlkit"}


def _loaded_after_import(module: str) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_loads_no_ui_and_nothing_heavy(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is missing")
    loaded = _loaded_after_import(module)
    assert not (loaded & UI_FREE), f"{module} imports {sorted(loaded & UI_FREE)}"
    assert not (loaded & LAZY), f"{module} imports {sorted(loaded & LAZY)} at import time"


def test_cli_parser_builds_without_heavy_imports() -> None:
    code = (
        "import json, sys\n"
        "from newstui.__main__ import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert not (loaded & (UI_FREE | LAZY)), sorted(loaded & (UI_FREE | LAZY))


def test_ui_app_module_does_not_import_heavy_parsers() -> None:
    loaded = _loaded_after_import("newstui.ui.app")
    assert "textual" in loaded
    assert not (loaded & (LAZY - {"tomlkit"})), sorted(loaded & LAZY)


def test_version_flag_prints_the_package_version() -> None:
    out = subprocess.run([sys.executable, "-m", "newstui", "--version"], capture_output=True, text=True, check=True)
    from importlib.metadata import version

    assert out.stdout.strip() == f"newstui {version('newstui')}"
