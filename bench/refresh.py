"""Time `newstui refresh` against N synthetic feeds served on loopback with a set latency.

    python bench/refresh.py [--feeds 500] [--items 50] [--latency 0.020] [--hosts 100]
                            [--runs 1] [--gzip] [--keep DIR]

Serves the feeds from an asyncio server spread over several loopback addresses
(127.0.0.1 … 127.0.0.N, so per-host limits behave as with a real feed list), writes
a config and a fresh database in a temporary directory, then runs
`python -m newstui --config … --db … refresh` as a subprocess: cold (empty
database, every feed a 200) and warm (every feed answers 304). Prints the wall
time and CPU time of each run (split into the main process, sampled from /proc,
and the rest: the parse workers), the peak RSS of the largest process (getrusage
of children) and the peak PSS of the whole process tree (sampled from /proc).
On a busy machine judge by the CPU figures: wall times follow the load average.

Targets on a 2-core machine: cold ≤ 2.5 s, warm ≤ 1.0 s, peak memory ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import os
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORDS = (
    "minister election council market climate energy court police health school budget war peace "
    "talks city river storm report study growth science music film season league vote border trade"
).split()


def synthetic_feed(n: int, items: int) -> bytes:
    """An RSS 2.0 feed like a news site's: title, link, guid, date, author, summary, full content."""
    base = datetime(2026, 11, 1, tzinfo=UTC)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Synthetic feed {n}</title><link>https://site{n}.example/</link>"
        f"<description>Feed number {n}</description>"
    ]
    for i in range(items):
        w = [WORDS[(n * 7 + i * 3 + k) % len(WORDS)] for k in range(8)]
        when = format_datetime(base - timedelta(hours=i * 3 + n % 24))
        out.append(
            f"<item><title>{w[0].title()} {w[1]} &amp; {w[2]}: item {i} of feed {n}</title>"
            f"<link>https://site{n}.example/{i}.html</link>"
            f'<guid isPermaLink="false">feed-{n}-item-{i}</guid><pubDate>{when}</pubDate>'
            f"<dc:creator>Writer {i % 7}</dc:creator>"
            f"<description>&lt;p&gt;The {w[3]} {w[4]} met on {w[5]}. It has &lt;b&gt;some&lt;/b&gt; markup "
            f'and a &lt;a href="/x/{i}"&gt;link&lt;/a&gt;.&lt;/p&gt;</description>'
            f'<content:encoded><![CDATA[<p>First paragraph about the {w[6]} {w[7]}. "We are pleased," '
            f"said Jane Doe, the spokesperson.</p><p>Second paragraph with "
            f'<a href="https://site{n}.example/rel/{i}">a link</a> and <em>emphasis</em>. Lorem ipsum dolor '
            f"sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>"
            f"<p>Third paragraph. Ut enim ad minim veniam, quis nostrud exercitation ullamco.</p>]]>"
            f"</content:encoded></item>"
        )
    out.append("</channel></rss>")
    return "".join(out).encode()


class FeedServer:
    """Answers GET /feed/<n>.xml after `latency` seconds, with an ETag and 304s."""

    def __init__(self, bodies: list[bytes], latency: float, use_gzip: bool) -> None:
        self.latency = latency
        self.requests = 0
        self.not_modified = 0
        self.responses: dict[str, tuple[bytes, bytes]] = {}
        for n, body in enumerate(bodies):
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            payload = gzip.compress(body, 6) if use_gzip else body
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\n"
                f"ETag: {etag}\r\nContent-Length: {len(payload)}\r\n"
                + ("Content-Encoding: gzip\r\n" if use_gzip else "")
                + "\r\n"
            ).encode()
            self.responses[f"/feed/{n}.xml"] = (etag.encode(), head + payload)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.split(b"\r\n")
                path = lines[0].split(b" ")[1].decode()
                inm = next(
                    (ln.split(b":", 1)[1].strip() for ln in lines if ln.lower().startswith(b"if-none-match:")), None
                )
                self.requests += 1
                await asyncio.sleep(self.latency)
                found = self.responses.get(path)
                if found is None:
                    writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                elif inm == found[0]:
                    self.not_modified += 1
                    writer.write(b"HTTP/1.1 304 Not Modified\r\nETag: " + found[0] + b"\r\n\r\n")
                else:
                    writer.write(found[1])
                await writer.drain()
        finally:
            writer.close()


def tree_pss(pid: int) -> int:
    """Proportional set size (bytes) of `pid` and all its descendants (Linux /proc).

    PSS splits pages shared between processes (the forked parse workers share most
    of the parent's) among them, so the sum is what the tree really occupies; a sum
    of RSS would count those pages once per process.
    """
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def bench_env(workdir: Path) -> dict[str, str]:
    """The CLI's environment: bytecode cached (in the work dir) as for an installed newstui."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(workdir / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


async def compile_once(env: dict[str, str], workdir: Path, urls: list[str]) -> None:
    """Run one small refresh, so no timed run pays for compiling bytecode.

    An installed newstui has the bytecode of everything a refresh imports; without
    this the first timed run compiled ~80 modules (httpx's dependencies, the
    process pool) that a bare `import` of the top modules never reaches.
    """
    config = workdir / "warmup.toml"
    config.write_text(
        "[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n\n"
        + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls[:4]),
        encoding="utf-8",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "newstui",
        "--config",
        str(config),
        "--db",
        str(workdir / "warmup.db"),
        "refresh",
        stdout=asyncio.subprocess.DEVNULL,
        env=env,
    )
    if await proc.wait() != 0:
        raise SystemExit("the warm-up refresh failed")


def process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) `pid` has used so far, from /proc; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_refresh(config: Path, db: Path, env: dict[str, str]) -> tuple[float, int, float, str]:
    """Run the CLI; returns (seconds, peak PSS of the process tree in bytes, CPU seconds of
    the main process (sampled, so up to one sampling interval short), its stdout+stderr)."""
    started = time.perf_counter()
    profile = os.environ.get("BENCH_PROFILE")  # a path prefix: profile each run with cProfile
    prefix = ["-m", "cProfile", "-o", f"{profile}-{db.stem}-{time.time():.0f}.prof"] if profile else []
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        *prefix,
        "-m",
        "newstui",
        "--config",
        str(config),
        "--db",
        str(db),
        "refresh",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    peak = 0
    main_cpu = 0.0
    wait = asyncio.ensure_future(proc.communicate())
    while not wait.done():
        peak = max(peak, tree_pss(proc.pid))
        main_cpu = process_cpu(proc.pid) or main_cpu
        await asyncio.wait([wait], timeout=0.02)
    out, _ = wait.result()
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"newstui refresh exited {proc.returncode}:\n{out.decode(errors='replace')}")
    return elapsed, peak, main_cpu, out.decode(errors="replace")


async def main_async(args: argparse.Namespace, workdir: Path) -> None:
    bodies = [synthetic_feed(n, args.items) for n in range(args.feeds)]
    server = FeedServer(bodies, args.latency, args.gzip)
    servers = []
    urls: list[str] = []
    for h in range(args.hosts):
        host = f"127.0.0.{h + 1}"
        srv = await asyncio.start_server(server.handle, host, 0, backlog=1024)
        servers.append(srv)
    ports = [srv.sockets[0].getsockname()[1] for srv in servers]
    for n in range(args.feeds):
        h = n % args.hosts
        urls.append(f"http://127.0.0.{h + 1}:{ports[h]}/feed/{n}.xml")
    config = workdir / "config.toml"
    config.write_text(
        "[general]\nrefresh_minutes = 0\nfetch_full_articles = false\n"
        + (f"max_connections = {args.max_connections}\n" if args.max_connections else "")
        + "\n"
        + "".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls),
        encoding="utf-8",
    )
    size = sum(len(b) for b in bodies)
    print(
        f"{args.feeds} feeds × {args.items} items ({size / 1e6:.1f} MB of XML{', gzip' if args.gzip else ''}), "
        f"{args.latency * 1000:.0f} ms latency, {args.hosts} hosts, {os.cpu_count()} CPUs"
    )
    print(f"  load average before: {os.getloadavg()[0]:.2f} (other work on the machine inflates the times)")
    env = bench_env(workdir)
    await compile_once(env, workdir, urls)
    for run in range(args.runs):
        db = workdir / f"cache-{run}.db"
        for label in ("cold", "warm"):
            before = server.requests, server.not_modified
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            seconds, peak, main_cpu, out = await run_refresh(config, db, env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
            served = server.requests - before[0]
            n304 = server.not_modified - before[1]
            # The rest of the tree's CPU is the parse workers' (children of the main process).
            print(
                f"  {label}: {seconds:6.2f} s   CPU {cpu:5.2f} s "
                f"(main ≈{main_cpu:4.2f}, workers ≈{cpu - main_cpu:4.2f})   "
                f"tree peak PSS {peak / 1e6:6.1f} MB   ({served} requests, {n304} answered 304)   "
                f"{out.strip().splitlines()[-1]}"
            )
        with sqlite3.connect(db) as conn:
            items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        print(f"  items in the database: {items}")
    max_rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"  peak RSS of the largest process (getrusage children): {max_rss_kb / 1024:.1f} MB")
    for srv in servers:
        srv.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.020, help="seconds before each answer")
    parser.add_argument("--hosts", type=int, default=100, help="loopback addresses to spread the feeds over")
    parser.add_argument("--runs", type=int, default=1, help="cold+warm pairs, each on a fresh database")
    parser.add_argument(
        "--max-connections", type=int, default=0, help="[general] max_connections (default: the config's default)"
    )
    parser.add_argument("--gzip", action="store_true", help="serve the feeds gzip-compressed")
    parser.add_argument("--keep", metavar="DIR", help="keep the config and database in DIR")
    args = parser.parse_args()
    if args.keep:
        workdir = Path(args.keep)
        workdir.mkdir(parents=True, exist_ok=True)
        asyncio.run(main_async(args, workdir))
    else:
        with tempfile.TemporaryDirectory(prefix="newstui-bench-") as tmp:
            asyncio.run(main_async(args, Path(tmp)))


if __name__ == "__main__":
    main()
