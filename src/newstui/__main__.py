"""Command line entry point: `newstui [--demo] [--config PATH] [COMMAND ...]`.

With no command it launches the reader app. Commands are headless and never
import the UI. Each command lives in `newstui.cli.<module>` with
`add_arguments(parser)` and `run(args) -> int`; those modules import nothing
heavy at module level, so building the parser stays cheap.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# (command, module in newstui.cli, one-line help)
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("refresh", "refresh", "fetch every feed (or one) into the local cache"),
    ("list", "list_items", "list cached items"),
    ("add", "add", "add a feed (or a page that links to one) to the config"),
    ("import-opml", "opml_import", "add the feeds of an OPML file to the config"),
    ("import-newsboat", "newsboat_import", "add newsboat's feeds and query feeds; --read-state: what you read too"),
    ("export-opml", "opml_export", "write the configured feeds as OPML"),
    ("extract", "extract", "print the article extracted from a file, URL or stdin"),
    ("speakers", "speakers", "list who is quoted in the cached articles, most quoted first"),
    ("quotes", "quotes", "list cached quotes by speaker, text, feed or story"),
    ("stories", "stories", "list stories: items of different feeds quoting the same words"),
    ("remove", "remove", "remove a feed from the config (its bookmarks stay)"),
    ("feeds", "feeds", "list the feeds with their status and item counts"),
    ("gc", "gc", "delete old items (max_items, keep_days) and removed feeds; shrink the database"),
    ("recover", "recover", "save what a corrupted cache still holds into a fresh one (the old file is kept aside)"),
)
ALIASES: dict[str, list[str]] = {"gc": ["vacuum"]}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstui", description="A terminal news reader that reads the article, not just the headline."
    )
    parser.add_argument("--config", metavar="PATH", help="config file to use instead of the default one")
    parser.add_argument("--db", metavar="PATH", help="database file to use instead of the default one")
    parser.add_argument(
        "--demo", action="store_true", help="run on the bundled demo feeds, served locally (no network needed)"
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name, help_text in COMMANDS:
        module = importlib.import_module(f"newstui.cli.{module_name}")
        command_parser = sub.add_parser(name, aliases=ALIASES.get(name, []), help=help_text, description=help_text)
        module.add_arguments(command_parser)
        command_parser.set_defaults(run=module.run)
    return parser


class _VersionAction(argparse.Action):
    """--version, looked up only when asked for (importlib.metadata costs every start ~25 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newstui")
    except PackageNotFoundError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; its exit status.

    A `NewstuiError` (what newstui reports on purpose) is printed as one
    "newstui: …" line with control characters stripped, since it may quote a
    server or a page; Ctrl+C prints "newstui: interrupted". Any other exception
    is a bug and keeps its traceback.
    """
    from newstui.errors import NewstuiError

    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.demo and args.command is not None:
            # Else the command would run on the user's own config and cache, demo or not.
            parser.error(f"--demo starts the reader on the demo feeds; it takes no command ('{args.command}')")
        if not args.demo and not getattr(args, "dry_run", False):
            # Whatever the command, a first run leaves a starter config behind (a dry
            # run, which promises to write nothing, excepted).
            from newstui.cli.common import ensure_starter_config

            ensure_starter_config(args)
        if args.command is None:
            from newstui.cli.launch import run as launch

            return launch(args)
        result: int = args.run(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at the interpreter's exit
        return result
    except BrokenPipeError:
        # `newstui feeds | head -1`: the reader went away; that is not an error. stdout now
        # leads nowhere, so the interpreter's last flush stays quiet too.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except NewstuiError as error:
        from newstui.text import strip_control

        print(f"newstui: {strip_control(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newstui: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
