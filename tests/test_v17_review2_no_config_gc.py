"""No config file, and its directory read-only (a locked-down home, a config path on a mount
that is not there): commands that only read go on with the defaults (h-trust). A command
that treats the config's feed list as the user's word on what to keep must not: with the
defaults there are no feeds, so every cached feed reads as removed. Real processes.
"""

from __future__ import annotations

import sqlite3
import sys

import pytest

from newstui.store import Store
from readonly_helpers import Place

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _items(place: Place) -> int:
    conn = sqlite3.connect(place.db)
    try:
        return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        conn.close()


def test_gc_with_no_config_it_can_write_deletes_no_feed(place: Place) -> None:  # noqa: F811
    """`newstui gc` from cron while the config is missing and cannot be made: it stops with
    the config error, and the cache keeps every item. (Before: "going on with the default
    settings and no feeds", it took every feed for one removed from the config and deleted
    all their items but the bookmarked one.)"""
    place.seed(titles=5)
    with Store.open(place.db) as store:
        store.set_bookmarked(store.items(limit=None)[0].id, True)
    place.unwritable_config()
    done = place.run("gc")
    assert _items(place) == 5, done.stdout + done.stderr
    assert done.returncode == 2, done.stdout + done.stderr
    assert "cannot write the starter config" in done.stderr


def test_refresh_with_no_config_it_can_write_marks_no_feed_removed(place: Place) -> None:  # noqa: F811
    """A cron `newstui refresh` in the same state stops with the config error rather than
    report a refresh of no feeds and mark every cached feed removed (which a `gc` run
    before the config is back then deletes)."""
    place.seed(titles=3)
    place.unwritable_config()
    done = place.run("refresh")
    assert done.returncode == 2, done.stdout + done.stderr
    conn = sqlite3.connect(place.db)
    try:
        assert conn.execute("SELECT in_config FROM feeds").fetchall() == [(1,)]
    finally:
        conn.close()
