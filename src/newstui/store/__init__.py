"""The SQLite cache: feeds, items, read state, bookmarks, extracted articles.

One file in the user data dir, in WAL mode, shared by the app and `newstui
refresh` (cron) at the same time. Writes run in short `BEGIN IMMEDIATE`
transactions and wait (busy timeout) for the other process; a refresh batch is
one transaction, so a refresh killed at any moment leaves the database as it was
before that batch or after it.

Threads: a `Store` wraps one connection opened with `check_same_thread=False`
and guards every call with a lock, so a Store can be handed between threads
(calls are serialised). For parallel work open one Store per thread.

Times are stored as integer microseconds since the Unix epoch, UTC.

The package: `connection` (opening, checks, the lock and transactions: `StoreBase`),
`schema` (tables and migrations), `codec` (column values to and from model types),
`reads` and `writes` (the two mixins `Store` is made of).
"""

from __future__ import annotations

from newstui.store.codec import article_from_json, article_to_json
from newstui.store.reads import ITEM_ORDERS, Reads, fts_query
from newstui.store.schema import SchemaTooOld
from newstui.store.writes import Writes

__all__ = ["ITEM_ORDERS", "SchemaTooOld", "Store", "article_from_json", "article_to_json", "fts_query"]


class Store(Reads, Writes):
    """The newstui database. Open with `Store.open(path)`; close with `close()`."""
