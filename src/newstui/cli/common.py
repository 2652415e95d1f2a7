"""What every command needs: the config and the store, opened the same way."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.store import Store


def whole_number(text: str) -> int:
    """An argparse type: a whole number, 0 or more (`--limit`)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def config_path(args: argparse.Namespace) -> Path:
    from newstui.config import paths

    return Path(args.config) if getattr(args, "config", None) else paths.config_file()


def database_path(args: argparse.Namespace) -> Path:
    from newstui.config import paths

    return Path(args.db) if getattr(args, "db", None) else paths.database_file()


EDITING_COMMANDS = ("add", "remove", "import-opml", "import-newsboat")
"""The commands that write the config: for them a config that cannot be written is an error."""

FEED_LIST_COMMANDS = ("refresh", "gc", "vacuum")
"""The commands that make the cache follow the config's feed list (`Store.sync_feeds`): with
the defaults, which have no feeds, every cached feed would read as removed (and `gc` deletes
the items of removed feeds). For them too a missing config that cannot be written is an error."""

_said_no_starter: set[Path] = set()


def ensure_starter_config(args: argparse.Namespace) -> Path:
    """Write the commented starter config if there is none yet, and say where.

    When it cannot be written (a read-only or full config directory), a command that only
    reads the config goes on with the default settings and says why, once: the cache
    and its bookmarks are still the user's to list. The commands that edit the config
    (`EDITING_COMMANDS`) or make the cache follow its feed list (`FEED_LIST_COMMANDS`)
    stop with the ConfigError.
    """
    from newstui.config import ensure_config
    from newstui.errors import ConfigError

    path = config_path(args)
    command = getattr(args, "command", None)
    try:
        wrote = ensure_config(path)
    except ConfigError as error:
        if command in EDITING_COMMANDS or command in FEED_LIST_COMMANDS or path.exists():
            raise
        if path not in _said_no_starter:
            _said_no_starter.add(path)
            print(f"newstui: {error}; going on with the default settings and no feeds.", file=sys.stderr)
        return path
    if wrote:
        # The commands that add feeds do it themselves: "add your feeds there" read as if they had not.
        adding = command in ("add", "import-opml", "import-newsboat")
        print(
            f"newstui: wrote a starter config to {path}{'' if adding else '; add your feeds there'}.", file=sys.stderr
        )
    return path


def load_config(args: argparse.Namespace) -> Config:
    """Load the config, writing the commented starter file first if there is none (when
    none can be written, the defaults: see `ensure_starter_config`)."""
    from newstui.config import load_config as load

    path = ensure_starter_config(args)
    if not path.exists() and not path.is_symlink():
        from newstui.config.load import parse_config

        return parse_config("", path)
    return load(path)


def hint_if_no_feeds(config: Config) -> None:
    """Say on stderr how to add a feed when the config has none: a command with nothing to
    list or fetch should not answer a first-time user with silence (or "0 feeds ok")."""
    if not config.feeds:
        print(f"newstui: no feeds in {config.path} yet: add one with `newstui add URL`.", file=sys.stderr)


def say_upgrading(line: str) -> None:
    """Show a schema upgrade's notice (`Store.open(notice=...)`) on stderr at once: a
    command that upgrades a big cache would otherwise seem to hang."""
    print(f"newstui: {line}", file=sys.stderr, flush=True)


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """Open the database the arguments name.

    Args:
        args: The parsed command line (`--db`).
        read_only: For commands that only read (`newstui list`): an existing database
            is opened with SQLite's `mode=ro`, so a read-only file or directory can
            still be listed and nothing is written. A missing database is created
            (empty), and one that needs a schema upgrade gets a writable open, which
            upgrades it or says why it cannot.
    """
    from newstui.store import SchemaTooOld, Store

    path = database_path(args)
    if not read_only or not path.exists():
        return Store.open(path, notice=say_upgrading)
    try:
        return Store.open(path, read_only=True)
    except SchemaTooOld:
        return Store.open(path, notice=say_upgrading)
