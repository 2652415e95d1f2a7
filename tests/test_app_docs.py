"""docs/keybindings.md documents every binding id the app has."""

from __future__ import annotations

import re
from pathlib import Path

from newstui.ui.keys import known_ids

DOCS = Path(__file__).parent.parent / "docs"


def test_every_binding_id_is_documented() -> None:
    text = (DOCS / "keybindings.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z]+\.[a-z0-9-]+)`", text))
    documented |= {f"links.open-{n}" for n in range(1, 10)}  # written as a range
    missing = known_ids() - documented
    assert not missing, f"undocumented binding ids: {sorted(missing)}"
    unknown = {
        i
        for i in documented
        if i.split(".")[0] in {"app", "main", "items", "feeds", "article", "quotes", "links", "search", "help"}
    } - known_ids()
    assert not unknown, f"documented ids the app does not have: {sorted(unknown)}"
