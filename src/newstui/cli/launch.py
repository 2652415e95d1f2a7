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
        # Open the cache once here (creating its directory): a corrupted, foreign or
        # read-only file is a clear error naming it (StoreError) before the screen is
        # taken over.
        from newstui.errors import StoreError
        from newstui.store import Store
        from newstui.store.schema import read_only_reason

        try:
            Store.open(db_path).close()
        except StoreError as error:
            if read_only_reason(db_path) is None:
                raise
            # A read-only file in a writable directory opens (SQLite reads it and
            # refuses writes); a read-only directory cannot hold the -shm file.
            raise StoreError(
                db_path,
                f"{error.message}; the reader saves read state and bookmarks there, so it needs "
                "write access (`newstui list` can read the database as it is)",
            ) from error
        from newstui.ui.app import NewsApp

        # The demo refreshes on start whatever its refresh_minutes: that is what it is for.
        NewsApp(config, db_path, refresh_on_start=True if demo is not None else None).run()
    finally:
        if demo is not None:
            demo.close()
    return 0
