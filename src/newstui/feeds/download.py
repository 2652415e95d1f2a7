"""Download an enclosure (podcast episode, video, image) into a directory.

Streams to a `.part` file, stops at a size cap, never overwrites a file (a name
that is taken gets ` (1)`, ` (2)`, …), and names the file from the URL's last path
segment made safe (no path separators, control or invisible characters, no
leading dot). Only http(s) URLs that `text.clean_url` accepts are fetched.
"""

from __future__ import annotations

import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newstui.errors import FetchError
from newstui.text import clean_url

CHUNK = 64 * 1024
_MAX_NAME = 120
_UNSAFE = re.compile(r"[^\w.\-+,()@ ]")


class DownloadError(FetchError):
    """An enclosure could not be downloaded: names the URL and says why."""


def safe_file_name(url: str, media_type: str | None = None) -> str:
    """A file name for what `url` points at: its last path segment, cleaned; 'download' if none is left."""
    path = urlsplit(url).path
    name = unquote(path.rsplit("/", 1)[-1])
    name = unicodedata.normalize("NFC", name)
    name = "".join(c for c in name if unicodedata.category(c)[0] not in ("C", "Z") or c == " ")
    name = _UNSAFE.sub("_", name).strip(" .")
    name = name.lstrip(".-") or "download"
    if "." not in name and media_type:
        name += mimetypes.guess_extension(media_type) or ""
    if len(name) > _MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        ext = ext[:16] if dot else ""
        name = (stem if dot else name)[: _MAX_NAME - len(ext) - 1] + (f".{ext}" if ext else "")
    return name


def _claim(directory: Path, name: str, part: Path) -> Path:
    """Move `part` to an unused name in `directory` without ever replacing a file."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for n in range(1000):
        candidate = directory / (name if n == 0 else f"{stem} ({n}){dot}{ext}")
        try:
            os.link(part, candidate)  # fails if candidate exists: no overwrite, even in a race
        except FileExistsError:
            continue
        except OSError:
            # A file system without hard links: check, then rename (a small race, never a silent loss of ours).
            if candidate.exists():
                continue
            part.rename(candidate)
            return candidate
        part.unlink()
        return candidate
    raise OSError(f"no free file name for {name} in {directory}")


async def download(
    url: str,
    directory: Path,
    *,
    max_bytes: int,
    timeout: float = 20.0,
    media_type: str | None = None,
    proxy: str = "",
) -> Path:
    """Download `url` into `directory` (created if missing); returns the file written.

    Raises:
        DownloadError: the URL is not a plain http(s) URL, the server fails, the
            body is bigger than `max_bytes`, or the file cannot be written.
        FetchError: `proxy` is not a usable proxy (it means what `Fetcher`'s `proxy` means).
    """
    import httpx

    from newstui.feeds.fetch import default_user_agent, proxy_mounts

    clean = clean_url(url)
    if clean is None:
        raise DownloadError(ascii(url), "not a plain http(s) URL: not downloaded")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DownloadError(clean, f"cannot create {directory}: {error.strerror or error}") from None
    name = safe_file_name(clean, media_type)
    part: Path | None = None
    try:
        client = httpx.AsyncClient(
            follow_redirects=True,
            max_redirects=10,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": default_user_agent(), "Accept-Encoding": "identity"},
            # The config's [general] proxy, as every Fetcher has it (not httpx's own reading of the env).
            trust_env=False,
            mounts=proxy_mounts(proxy),
        )
        async with client, client.stream("GET", clean) as response:
            if response.status_code != 200:
                raise DownloadError(clean, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise DownloadError(clean, f"it is {int(declared)} bytes, over the {max_bytes}-byte limit")
            fd, temp = _part_file(directory, name)
            part = Path(temp)
            written = 0
            with os.fdopen(fd, "wb") as out:
                async for chunk in response.aiter_bytes(CHUNK):
                    written += len(chunk)
                    if written > max_bytes:
                        raise DownloadError(clean, f"stopped: more than the {max_bytes}-byte limit")
                    out.write(chunk)
        final = _claim(directory, name, part)
        part = None
        return final
    except httpx.HTTPError as error:
        raise DownloadError(clean, f"download failed: {type(error).__name__}: {error}".rstrip(": ")) from None
    except OSError as error:
        raise DownloadError(clean, f"cannot write to {directory}: {error.strerror or error}") from None
    finally:
        if part is not None:
            part.unlink(missing_ok=True)


def _part_file(directory: Path, name: str) -> tuple[int, str]:
    """A new `.name.N.part` file, opened exclusively (never an existing file)."""
    for n in range(1000):
        path = directory / f".{name}.{n}.part"
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), str(path)
        except FileExistsError:
            continue
    raise OSError(f"no free temporary name for {name} in {directory}")
