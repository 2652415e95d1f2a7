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
        db_path.parent.mkdir(parents=True, exist_ok=True)
        # Open the cache once here: a corrupted or foreign file is a clear error
        # naming it (StoreError) before the screen is taken over.
        from newstui.store import Store

        Store.open(db_path).close()
        from newstui.ui.app import NewsApp

        # The demo refreshes on start whatever its refresh_minutes: that is what it is for.
        NewsApp(config, db_path, refresh_on_start=True if demo is not None else None).run()
    finally:
        if demo is not None:
            demo.close()
    return 0
