"""A real HTTP server on 127.0.0.1 for tests: serves `tests/data` plus programmable routes.

Use the `http_server` fixture (imported into conftest.py):

    def test_x(http_server):
        http_server.add_route("/gone", (404, {}, b"no"))
        http_server.add_route("/slow", Response(body=b"late", delay=5))
        url = http_server.url("feeds/rss2.xml")          # a file under tests/data
        ...
        assert http_server.requests[-1].headers["user-agent"].startswith("newstui/")

A route is a `Response`, a `(status, headers, body)` tuple, or a callable taking the
`Request` and returning either. Files under the served directory answer with an ETag
and a Last-Modified, and honour If-None-Match / If-Modified-Since with a 304.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    method: str
    path: str
    """The path with its query string, as sent."""
    headers: dict[str, str]
    """Header names lower-cased."""


@dataclass
class Response:
    """What a route answers.

    `body` may be an iterable of chunks: it is then sent with chunked transfer encoding
    (no Content-Length), which is how a server streams a body of unknown size.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""
    delay: float = 0.0
    """Seconds to wait before answering (to make a client time out)."""


Answer = Response | tuple[int, dict[str, str], bytes]
RouteSpec = Answer | Callable[[Request], Answer]


def _as_response(value: Answer) -> Response:
    if isinstance(value, Response):
        return value
    status, headers, body = value
    return Response(status, dict(headers), body)


class TestServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with a free port."""

    __test__ = False  # not a test class, whatever pytest thinks of the name

    def __init__(self, root: Path = DATA) -> None:
        self.root = root.resolve()
        self.routes: dict[str, RouteSpec] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="test-http", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of `path` on this server."""
        return f"{self.base}/{path.lstrip('/')}"

    def add_route(self, path: str, spec: RouteSpec) -> str:
        """Answer `path` (query string included if given) with `spec`; returns its URL."""
        self.routes["/" + path.lstrip("/")] = spec
        return self.url(path)

    def requests_for(self, path: str) -> list[Request]:
        path = "/" + path.lstrip("/")
        return [r for r in self.requests if r.path == path]

    def start(self) -> TestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers that are waiting out a delay
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> TestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- answering -----------------------------------------------------------------

    def _answer(self, request: Request) -> Response:
        with self._lock:
            self.requests.append(request)
        spec = self.routes.get(request.path) or self.routes.get(urlsplit(request.path).path)
        if spec is None:
            return self._file(request)
        if callable(spec):
            return _as_response(spec(request))
        return _as_response(spec)

    def _file(self, request: Request) -> Response:
        relative = urlsplit(request.path).path.lstrip("/")
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            return Response(404, {"Content-Type": "text/plain"}, b"not found")
        body = path.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        mtime = int(path.stat().st_mtime)
        last_modified = email.utils.formatdate(mtime, usegmt=True)
        headers = {"Content-Type": _content_type(path), "ETag": etag, "Last-Modified": last_modified}
        if request.headers.get("if-none-match") == etag:
            return Response(304, {"ETag": etag})
        since = request.headers.get("if-modified-since")
        if since and "if-none-match" not in request.headers:
            parsed = email.utils.parsedate_tz(since)
            if parsed is not None and email.utils.mktime_tz(parsed) >= mtime:
                return Response(304, {"Last-Modified": last_modified})
        return Response(200, headers, body)


def _content_type(path: Path) -> str:
    return {
        ".xml": "application/xml",
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".rdf": "application/rdf+xml",
        ".html": "text/html; charset=utf-8",
        ".json": "application/json",
        ".txt": "text/plain; charset=utf-8",
    }.get(path.suffix, "application/octet-stream")


def _handler_for(server: TestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def _serve(self, *, send_body: bool) -> None:
            request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
            response = server._answer(request)
            if response.delay and server._stopping.wait(response.delay):
                return
            try:
                self._send(response, send_body=send_body)
            except (BrokenPipeError, ConnectionResetError):
                # The client hung up (it hit its size limit or timed out): expected.
                self.close_connection = True

        def _send(self, response: Response, *, send_body: bool) -> None:
            self.send_response(response.status)
            names = {k.lower() for k in response.headers}
            for name, value in response.headers.items():
                self.send_header(name, value)
            body = response.body
            if isinstance(body, bytes | bytearray):
                if "content-length" not in names:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if send_body and response.status not in (204, 304):
                    self.wfile.write(body)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if send_body:
                for chunk in _iterate(body):
                    if server._stopping.is_set():
                        break
                    if chunk:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

        def handle(self) -> None:
            # The client went away: normal for timeouts and size limits.
            with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                super().handle()

    return Handler


def _iterate(body: Iterable[bytes]) -> Iterator[bytes]:
    yield from body


def refused_url(path: str = "/feed.xml") -> str:
    """A URL on 127.0.0.1 where nothing listens, so connecting is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/{path.lstrip('/')}"


@pytest.fixture
def http_server() -> Iterator[TestServer]:
    """A running `TestServer` serving tests/data; stopped after the test."""
    with TestServer() as server:
        yield server


# -- a server that misbehaves on purpose ---------------------------------------------------

Behaviour = Callable[[socket.socket, threading.Event], None]
"""What a hostile route does with the connection, once the request head was read.
It may write anything and sleep; it should return when the event is set (the server stops)."""


class HostileServer:
    """A threaded raw TCP server on 127.0.0.1 whose routes write whatever bytes they like.

    The request head is read, its path (without query string) picks the behaviour,
    and the connection is closed when the behaviour returns. Unknown paths get a 404.

        with HostileServer() as hostile:
            url = hostile.add("/drip", drip(b"x" * 100, every=0.5))
    """

    def __init__(self) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.hits: dict[str, int] = {}
        self._stopping = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, name="test-hostile", daemon=True)
        self._workers: list[threading.Thread] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def add(self, path: str, behaviour: Behaviour) -> str:
        """Answer `path` with `behaviour`; returns its URL."""
        self.routes["/" + path.lstrip("/")] = behaviour
        return self.url(path)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        for worker in self._workers:
            worker.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            try:
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                target = head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")
                path = urlsplit(target).path
                self.hits[path] = self.hits.get(path, 0) + 1
                behaviour = self.routes.get(path, raw(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"))
                behaviour(conn, self._stopping)
            except (OSError, IndexError):
                pass  # the client hung up or sent nothing usable: expected with hostile answers


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """A running `HostileServer` with no routes yet; stopped after the test."""
    with HostileServer() as server:
        yield server


def raw(data: bytes) -> Behaviour:
    """Send `data` as it is, then close."""

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(data)

    return send


def drip(body: bytes, *, every: float, head: bytes | None = None) -> Behaviour:
    """A 200 whose body comes one byte every `every` seconds (a slow-drip server)."""
    start = head if head is not None else b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body)

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(start)
        for i in range(len(body)):
            if stopping.wait(every):
                return
            conn.sendall(body[i : i + 1])

    return send


def silent() -> Behaviour:
    """Read the request and never answer (until the server stops)."""

    def wait(conn: socket.socket, stopping: threading.Event) -> None:
        stopping.wait(120)

    return wait


def endless(
    chunk: bytes = b"\0" * 65536, *, head: bytes = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
) -> Behaviour:
    """A chunked body that never ends (until the client hangs up)."""

    def send(conn: socket.socket, stopping: threading.Event) -> None:
        conn.sendall(head)
        while not stopping.is_set():
            conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    return send
