"""The error for a body that cannot be read as a feed at all."""

from __future__ import annotations

from typing import Any

from newstui.errors import NewstuiError


class ParseError(NewstuiError):
    """A body could not be read as a feed at all (e.g. it is a web page). Names the URL."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-less args so the error survives the trip back from a worker process.
        return (ParseError, (self.url, self.message))
