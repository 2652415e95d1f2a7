"""The commented starter config written on the first run (never over an existing file)."""

from __future__ import annotations

import os
from pathlib import Path

from newstui.config.files import temporary_beside, write_synced
from newstui.config.model import GENERAL_SETTINGS, READER_EXAMPLES, GeneralConfig
from newstui.config.toml_lines import toml_value
from newstui.errors import ConfigError

# A path into the TOML document: table names, keys, and 0-based array indices.
KeyPath = tuple["str | int", ...]


def ensure_config(path: Path | str) -> bool:
    """Write the commented starter config at `path` unless a file is already there.

    Creates the parent directories. Never overwrites anything.

    Returns:
        True if it wrote the file, False if one existed.

    Raises:
        ConfigError: the file or its directory cannot be created.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        return False
    # Written whole beside it, then linked into place: a full disk or a kill mid-write never
    # leaves an empty or half config that later runs would take as the user's (an edit
    # removes a `.NAME.PID.tmp` left by a kill), and a link never replaces a file another
    # newstui wrote meanwhile.
    temporary = temporary_beside(path)
    for attempt in range(LINK_TRIES):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_synced(temporary, starter_config())
            _link_new(temporary, path)
        except FileExistsError:
            return False
        except FileNotFoundError as error:
            # The new file went before its link: another newstui's edit removed it as left by
            # a killed edit (`edit._remove_left_behind`); that newstui wrote the config first.
            if path.exists() or path.is_symlink():
                return False
            if attempt == LINK_TRIES - 1:
                raise ConfigError(path, f"cannot write the starter config: {error.strerror or error}") from None
        except OSError as error:
            raise ConfigError(path, f"cannot write the starter config: {error.strerror or error}") from None
        else:
            return True
        finally:
            temporary.unlink(missing_ok=True)
    return False  # pragma: no cover - the loop returns or raises


LINK_TRIES = 3
"""Writes of the starter file before its link gives up (another newstui's edit may remove it)."""


def _link_new(source: Path, target: Path) -> None:
    """Give `source`'s content the name `target`, never over an existing file
    (FileExistsError then). A file system without hard links gets a copy made with "x"."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        text = source.read_text(encoding="utf-8")
        try:
            with target.open("x", encoding="utf-8", newline="\n") as file:
                file.write(text)
        except FileExistsError:
            raise
        except OSError:
            target.unlink(missing_ok=True)  # ours, made by "x" just now: never a half file left
            raise


def starter_config() -> str:
    """The text of the starter config: every [general] key with its default, commented."""
    defaults = GeneralConfig()
    settings = []
    for name, setting in GENERAL_SETTINGS.items():
        value = READER_EXAMPLES.get(name) or toml_value(getattr(defaults, name))
        settings.append(f"# {name} = {value}".ljust(36) + f"  # {setting.help}")
    general = "\n".join(settings)
    return f"""\
# newstui configuration (TOML). Every setting is described in newstui's
# docs/configuration.md. Lines starting with # are comments: remove the # to
# change a setting; the values shown are the defaults.

[general]
{general}

# Rebind keys: binding id = "comma-separated keys". The ids are listed by `?`
# in the app and in docs/keybindings.md.
# [keys]
# "items.next-unread" = "n,ctrl+n"

# One [[feeds]] table per feed. `newstui add URL` and `newstui import-opml FILE`
# add them here for you (and keep these comments).
#
# [[feeds]]
# url = "https://feeds.bbci.co.uk/news/world/rss.xml"
# title = "BBC World"            # optional: overrides the feed's own title
# tags = ["world"]               # optional: the app groups feeds by tag
#
# [[feeds]]
# url = "https://www.theguardian.com/world/rss"
# tags = ["world"]
"""
