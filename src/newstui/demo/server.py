"""The `newstui --demo` loopback server: bundled feeds and article pages.

Everything comes from package data (`newstui/demo/data`, read through
importlib.resources so a wheel install works):

    data/feeds/<name>.xml|.atom      feed documents; `{{BASE}}` becomes the base URL
    data/sites/<site>/layout.html    the site's page furniture, with {{...}} slots
    data/sites/<site>/<slug>.html    one article: a front-matter comment, then its body

Responses carry Content-Type, ETag and Last-Modified and honour conditional
GET (304), so the demo exercises the real fetcher. The server binds
127.0.0.1 on a free port and runs in a daemon thread.
"""

from __future__ import annotations

import hashlib
import html
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newstui.config import Config

DATA_PACKAGE = "newstui.demo"

# (file in data/feeds, title, tags): the demo config, in this order.
DEMO_FEEDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("world.xml", "The Meridian Post: World", ("news",)),
    ("science.atom", "Field Notes", ("science",)),
    ("tech.xml", "Kernel & Byte", ("tech",)),
    ("local.atom", "The Harrowgate Courier", ("news", "local")),
)

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}

# The demo's pages all claim this modification time: fixed, so that a
# conditional GET with the date the server sent earlier gets a 304.
LAST_MODIFIED = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Resource:
    """One response body and its validators."""

    body: bytes
    content_type: str
    etag: str
    last_modified: datetime


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """An article fragment's front matter and body."""

    site: str
    slug: str
    title: str
    description: str
    author: str
    published: datetime
    section: str
    body: str


def _data() -> Traversable:
    return files(DATA_PACKAGE) / "data"


def _parse_fragment(site: str, slug: str, text: str) -> ArticlePage:
    """Split `<!-- key: value ... -->` front matter from the article body."""
    head, sep, body = text.partition("-->")
    if not sep or not head.lstrip().startswith("<!--"):
        raise ValueError(f"demo page {site}/{slug}.html: no front-matter comment")
    meta: dict[str, str] = {}
    for line in head.lstrip()[4:].splitlines():
        key, colon, value = line.partition(":")
        if colon:
            meta[key.strip()] = value.strip()
    try:
        return ArticlePage(
            site=site,
            slug=slug,
            title=meta["title"],
            description=meta["description"],
            author=meta["author"],
            published=datetime.fromisoformat(meta["date"]),
            section=meta["section"],
            body=body.strip(),
        )
    except KeyError as error:
        raise ValueError(f"demo page {site}/{slug}.html: front matter lacks {error.args[0]!r}") from None


def _render_page(layout: str, page: ArticlePage, others: list[ArticlePage], base: str) -> str:
    related = "\n".join(
        f'        <li><a href="{base}/{o.site}/{o.slug}.html">{html.escape(o.title)}</a></li>' for o in others[:4]
    )
    slots = {
        "TITLE": html.escape(page.title),
        "DESCRIPTION": html.escape(page.description, quote=True),
        "AUTHOR": html.escape(page.author),
        "DATE_ISO": page.published.isoformat().replace("+00:00", "Z"),
        "DATE_HUMAN": f"{page.published:%A %-d %B %Y, %H:%M} UTC",
        "SECTION": html.escape(page.section),
        "URL": f"{base}/{page.site}/{page.slug}.html",
        "BODY": page.body,
        "RELATED": related,
        "BASE": base,
    }
    out = layout
    for key, value in slots.items():
        out = out.replace("{{" + key + "}}", value)
    return out


def _resource(body: bytes, content_type: str) -> Resource:
    digest = hashlib.sha256(body).hexdigest()[:20]
    return Resource(body=body, content_type=content_type, etag=f'"{digest}"', last_modified=LAST_MODIFIED)


def build_site(base: str) -> dict[str, Resource]:
    """Every URL path the demo serves, with its response, for this base URL."""
    data = _data()
    resources: dict[str, Resource] = {}
    for entry in sorted(data.joinpath("feeds").iterdir(), key=lambda e: e.name):
        suffix = "." + entry.name.rpartition(".")[2]
        if suffix not in CONTENT_TYPES:
            continue
        text = entry.read_text(encoding="utf-8").replace("{{BASE}}", base)
        resources[f"/feeds/{entry.name}"] = _resource(text.encode("utf-8"), CONTENT_TYPES[suffix])

    index_links: list[str] = []
    for site_dir in sorted(data.joinpath("sites").iterdir(), key=lambda e: e.name):
        if not site_dir.is_dir():
            continue
        layout = site_dir.joinpath("layout.html").read_text(encoding="utf-8")
        pages = [
            _parse_fragment(site_dir.name, entry.name[:-5], entry.read_text(encoding="utf-8"))
            for entry in site_dir.iterdir()
            if entry.name.endswith(".html") and entry.name != "layout.html"
        ]
        pages.sort(key=lambda p: p.published, reverse=True)
        for page in pages:
            others = [o for o in pages if o is not page]
            text = _render_page(layout, page, others, base)
            resources[f"/{page.site}/{page.slug}.html"] = _resource(text.encode("utf-8"), CONTENT_TYPES[".html"])
        items = "".join(f'<li><a href="/{p.site}/{p.slug}.html">{html.escape(p.title)}</a></li>' for p in pages)
        index_links.append(f"<h2>{html.escape(site_dir.name)}</h2><ul>{items}</ul>")
    feeds = "".join(f'<li><a href="/feeds/{name}">{html.escape(title)}</a></li>' for name, title, _ in DEMO_FEEDS)
    index = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>newstui demo</title></head>"
        f"<body><h1>newstui demo server</h1><ul>{feeds}</ul>{''.join(index_links)}</body></html>"
    )
    resources["/"] = _resource(index.encode("utf-8"), CONTENT_TYPES[".html"])
    return resources


class _Handler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self._respond(include_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - the name http.server calls
        self._respond(include_body=False)

    def _respond(self, include_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        resource = self.server.resources.get(path)
        if resource is None:
            body = b"not found\n"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if include_body:
                self.wfile.write(body)
            return
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        if self._not_modified(resource):
            self.send_response(304)
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", format_datetime(resource.last_modified, usegmt=True))
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", resource.content_type)
        self.send_header("Content-Length", str(len(resource.body)))
        self.send_header("ETag", resource.etag)
        self.send_header("Last-Modified", format_datetime(resource.last_modified, usegmt=True))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if include_body:
            self.wfile.write(resource.body)

    def _not_modified(self, resource: Resource) -> bool:
        # If-None-Match takes precedence over If-Modified-Since (RFC 9110 13.2.2).
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or resource.etag in tags
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                when = parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return resource.last_modified <= when
        return False

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's parameter name
        pass  # the demo runs under the TUI: nothing may write to the terminal


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    resources: dict[str, Resource]
    hits: dict[str, int]


class DemoServer:
    """The loopback HTTP server, started on construction."""

    def __init__(self) -> None:
        self._httpd = _DemoHTTPServer(("127.0.0.1", 0), _Handler)
        # Bound to 127.0.0.1 above; server_port is the port the OS picked.
        self.base_url = f"http://127.0.0.1:{self._httpd.server_port}"
        self._httpd.resources = build_site(self.base_url)
        self._httpd.hits = {}
        # A short poll interval so close() (shutdown) returns at once, not after 0.5 s.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="newstui-demo-server", daemon=True
        )
        self._thread.start()

    @property
    def paths(self) -> list[str]:
        """Every path served."""
        return sorted(self._httpd.resources)

    @property
    def hits(self) -> dict[str, int]:
        """Requests per path (200 and 304), for tests."""
        return dict(self._httpd.hits)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@dataclass
class DemoSession:
    """A running demo: the server, its config file and a database path in a temp dir."""

    server: DemoServer
    workdir: Path
    config_path: Path
    db_path: Path
    _owns_workdir: bool = field(default=False, repr=False)
    _closed: bool = field(default=False, repr=False)

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/feeds/{name}" for name, _, _ in DEMO_FEEDS]

    @property
    def config(self) -> Config:
        """The demo config, loaded with newstui.config.load_config."""
        from newstui.config import load_config

        return load_config(self.config_path)

    def close(self) -> None:
        """Stop the server and remove the temp dir (if the session made it)."""
        if self._closed:
            return
        self._closed = True
        self.server.close()
        if self._owns_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> DemoSession:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def demo_config_text(base_url: str, theme: str | None = None) -> str:
    """The demo's config file: the bundled feeds, no auto refresh, full articles."""
    lines = [
        "# newstui demo config: written by `newstui --demo`, removed when it exits.",
        "[general]",
        "refresh_minutes = 0",
        "fetch_full_articles = true",
    ]
    if theme:
        lines.append(f"theme = {_toml_string(theme)}")
    for name, title, tags in DEMO_FEEDS:
        lines += [
            "",
            "[[feeds]]",
            f"url = {_toml_string(f'{base_url}/feeds/{name}')}",
            f"title = {_toml_string(title)}",
            "tags = [" + ", ".join(_toml_string(tag) for tag in tags) + "]",
        ]
    return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def start_demo(workdir: Path | None = None, theme: str | None = None) -> DemoSession:
    """Start the demo server and write its config; the database goes in the same dir.

    Args:
        workdir: Where to put config.toml and demo.db; a fresh temp dir (removed
            by close()) when None.
        theme: A theme name to put in the config (e.g. the user's own choice).
    """
    owns = workdir is None
    directory = Path(tempfile.mkdtemp(prefix="newstui-demo-")) if workdir is None else workdir
    directory.mkdir(parents=True, exist_ok=True)
    server = DemoServer()
    try:
        config_path = directory / "config.toml"
        config_path.write_text(demo_config_text(server.base_url, theme), encoding="utf-8")
    except BaseException:
        server.close()
        if owns:
            shutil.rmtree(directory, ignore_errors=True)
        raise
    return DemoSession(
        server=server, workdir=directory, config_path=config_path, db_path=directory / "demo.db", _owns_workdir=owns
    )
