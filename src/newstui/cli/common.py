"""What every command needs: the config and the store, opened the same way."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.config import Config
    from newstui.store import Store


def config_path(args: argparse.Namespace) -> Path:
    from newstui import paths

    return Path(args.config) if getattr(args, "config", None) else paths.config_file()


def database_path(args: argparse.Namespace) -> Path:
    from newstui import paths

    return Path(args.db) if getattr(args, "db", None) else paths.database_file()


def ensure_starter_config(args: argparse.Namespace) -> Path:
    """Write the commented starter config if there is none yet, and say where."""
    from newstui.config import ensure_config

    path = config_path(args)
    if ensure_config(path):
        print(f"newstui: wrote a starter config to {path}; add your feeds there.", file=sys.stderr)
    return path


def load_config(args: argparse.Namespace) -> Config:
    """Load the config, writing the commented starter file first if there is none."""
    from newstui.config import load_config as load

    return load(ensure_starter_config(args))


def open_store(args: argparse.Namespace) -> Store:
    from newstui.store import Store

    return Store.open(database_path(args))
