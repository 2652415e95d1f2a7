"""`newstui` with no command: open the reader app (the only place textual is imported)."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    """Load the config (or start the demo), check the `[keys]` table, run the app."""
    from newstui.cli.common import database_path, load_config

    demo = None
    if getattr(args, "demo", False):
        from newstui.demo import start_demo

        demo = start_demo()
        config = demo.config
        db_path = Path(getattr(demo, "db_path", None) or database_path(args))
    else:
        config = load_config(args)
        db_path = database_path(args)
    try:
        from newstui.ui.keys import check_keys

        check_keys(config)
        read_only = open_cache(db_path)
        from newstui.ui.app import NewsApp

        # The demo refreshes on start whatever its refresh_minutes: that is what it is for.
        app = NewsApp(config, db_path, refresh_on_start=True if demo is not None else None, read_only=read_only)
        app.run()
    finally:
        if demo is not None:
            demo.close()
    return app.return_code or 0  # 1 when there was no terminal to read keys from


def open_cache(db_path: Path) -> str | None:
    """Open the cache once before the screen is taken over: None when the reader may write
    it, else why it can only be read (the reader then starts read-only and says so).

    A corrupted, foreign or busy file is a StoreError naming it, as is one that can be
    neither written nor read. A cache that cannot be written (a read-only file, a full or
    failing disk) but can be read is the user's news all the same: reading it beats
    refusing to start, and the user is told at once that nothing they mark will be saved.
    """
    from newstui.cli.common import say_upgrading
    from newstui.errors import StoreError
    from newstui.store import Store
    from newstui.store.schema import read_only_reason

    try:
        Store.open(db_path, notice=say_upgrading).close()  # before the app takes the screen
    except StoreError as error:
        reason = read_only_reason(db_path)
        if reason is None and not error.message.startswith(_CANNOT_WRITE):
            raise  # corrupted, foreign, newer, busy: reading would not help
        why = reason or _write_failure(error.message)
        try:
            Store.open(db_path, read_only=True).close()
        except StoreError as read_error:
            if reason is not None and read_error.message.startswith("cannot read"):
                # A read-only directory cannot hold the -shm file SQLite reads through.
                raise StoreError(db_path, f"{error.message}; {read_error.message}") from error
            raise error from read_error
        return why
    # A read-only file in a writable directory opens read-write (SQLite refuses only the
    # writes): said now, not at the first bookmark.
    reason = read_only_reason(db_path)
    if reason is not None:
        Store.open(db_path, read_only=True).close()
    return reason


_CANNOT_WRITE = "cannot write the database: "
"""How a StoreError opening the cache begins when only writing failed (read-only place,
full or failing disk)."""


def _write_failure(message: str) -> str:
    """The reason in a StoreError's "cannot write the database: REASON; nothing saved
    before was lost", without its frame (the notice has its own)."""
    reason = message.removeprefix(_CANNOT_WRITE)
    return reason.split("; nothing saved before", 1)[0]
