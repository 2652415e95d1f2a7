"""Errors newstui raises on purpose. Each says what went wrong and where."""

from __future__ import annotations


class NewstuiError(Exception):
    """Base of every error newstui reports to the user."""


class ConfigError(NewstuiError):
    """The config file is wrong: names the file, the line if known, and the key."""

    def __init__(self, path: object, message: str, *, line: int | None = None, key: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        what = f"{key}: {message}" if key else message
        super().__init__(f"{where}: {what}")


class FileError(NewstuiError):
    """A file newstui reads cannot be used (missing, foreign, unreadable): names it, says why."""

    def __init__(self, path: object, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class StoreError(NewstuiError):
    """The database cannot be used (corrupted, foreign, locked for too long)."""

    def __init__(self, path: object, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class ItemGone(StoreError):
    """The item was deleted (retention, `newstui gc`) before its article could be saved."""


class FetchError(NewstuiError):
    """A URL could not be fetched: names the URL and says why."""

    def __init__(self, url: str, message: str, *, status: int | None = None) -> None:
        self.url = url
        self.status = status
        self.message = message
        super().__init__(f"{url}: {message}")


class ExtractError(NewstuiError):
    """A page could not be turned into an article."""
