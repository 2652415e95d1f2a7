"""Time to the first frame and peak memory of the real app on a big cache.

    python bench/startup.py [--runs 5] [--feeds 1000] [--items-per-feed 100] [--cache DIR]

Generates (or reuses, with --cache) a cache of 100,000 items in 1,000 feeds with
bench/make_cache.py, then runs `python -m newstui --config CFG --db DB` in a
pseudo-terminal (TERM=xterm-256color, 160x48) and reads its output until the
first frame that shows cache content (a feed title or an item title of the
generated cache) is painted; it also notes when each of the two first shows.
It records the time from spawn, waits a moment, presses `Q` (quit at once, from whichever pane has the focus), and
takes the child's peak RSS from wait4() (ru_maxrss) and from VmHWM in /proc.

Targets (issue 5): first frame <= 0.8 s, peak memory <= 100 MB.
For reference it also times a bare `python -c "import textual"`.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from make_cache import FEED_TITLE_PREFIX, ITEM_TITLE_PREFIX, make_cache  # noqa: E402

TARGET_SECONDS = 0.8
TARGET_MB = 100.0
COLUMNS, ROWS = 160, 48

# CSI / OSC / other escape sequences, removed so the painted text can be searched.
_ESCAPES = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|P[^\x1b]*\x1b\\|[@-Z\\-_=>()][0-9A-Za-z]?)"
)
_FEED = re.compile(re.escape(FEED_TITLE_PREFIX).encode() + rb" \d{4}")
_ITEM = re.compile(re.escape(ITEM_TITLE_PREFIX).encode() + rb" \d{6}")
_SYNC_END = b"\x1b[?2026l"


@dataclass
class Run:
    first_frame: float | None
    """Seconds from spawn until cache content (a feed or an item title) was painted (None: never)."""
    first_cpu: float | None
    """CPU seconds the app had used when the first frame was seen: less sensitive to a busy machine."""
    feeds_frame: float | None
    """Seconds until a feed title was painted."""
    items_frame: float | None
    """Seconds until an item title was painted too (None: never, e.g. no list shown at start)."""
    peak_mb: float
    """Peak resident memory of the app process, MB (ru_maxrss from wait4)."""
    hwm_mb: float | None
    """VmHWM read from /proc just before quitting, MB."""
    exit_seconds: float | None
    """Seconds from pressing Q to exit (None: had to be killed)."""
    output_tail: str
    exit_status: int | None


def _set_winsize(fd: int, columns: int, rows: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time the process has used so far (all its threads)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    # After the ")" closing the command name, utime and stime are fields 12 and 13.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _take_terminal() -> None:
    """In the child, after setsid(): make the pty its controlling terminal, as a shell would."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_once(config: Path, db: Path, timeout: float, settle: float, python: str) -> Run:
    master, slave = os.openpty()
    _set_winsize(slave, COLUMNS, ROWS)
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "COLUMNS": str(COLUMNS),
        "LINES": str(ROWS),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
    }
    for var in ("TEXTUAL", "TEXTUAL_DEVTOOLS_PORT", "TEXTUAL_LOG"):
        env.pop(var, None)
    # Keep the user's own config dir (themes) out of the measurement.
    home = tempfile.mkdtemp(prefix="newstui-bench-home-")
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = env["XDG_CACHE_HOME"] = home

    started = time.perf_counter()
    process = subprocess.Popen(
        [python, "-m", "newstui", "--config", str(config), "--db", str(db)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        preexec_fn=_take_terminal,
        close_fds=True,
    )
    os.close(slave)
    raw = bytearray()
    first_frame = feeds_frame = items_frame = first_cpu = None
    hwm: float | None = None
    deadline = started + timeout

    def pump(wait: float) -> bool:
        """Read what the app wrote within `wait` seconds; False at EOF."""
        ready, _, _ = select.select([master], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        raw.extend(chunk)
        return True

    alive = True
    while alive and time.perf_counter() < deadline and (feeds_frame is None or items_frame is None):
        alive = pump(0.01)
        text = _ESCAPES.sub(b"", bytes(raw))
        now = time.perf_counter()
        if feeds_frame is None and _FEED.search(text):
            feeds_frame = now - started
        if items_frame is None and _ITEM.search(text):
            items_frame = now - started
        if first_frame is None and (feeds_frame is not None or items_frame is not None):
            first_frame = now - started
            first_cpu = _cpu_seconds(process.pid)
        if first_frame is not None and items_frame is None and now - started > first_frame + settle:
            break  # the list pane shows nothing at start; do not wait for it

    # Let start-up work after the first frame finish, so peak memory counts it.
    settle_until = time.perf_counter() + settle
    while alive and time.perf_counter() < settle_until:
        alive = pump(0.05)
    hwm = _vm_hwm_mb(process.pid)

    exit_seconds = None
    quit_at = time.perf_counter()
    if alive:
        with contextlib.suppress(OSError):
            os.write(master, b"Q")
    status = None
    rusage = None
    while time.perf_counter() < quit_at + 10:
        pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            status, rusage = wait_status, usage
            exit_seconds = time.perf_counter() - quit_at
            break
        pump(0.05)
    if rusage is None:
        os.killpg(process.pid, signal.SIGKILL)
        _, status, rusage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status) if status is not None else None
    while pump(0.0):
        if not select.select([master], [], [], 0)[0]:
            break
    os.close(master)
    tail = _ESCAPES.sub(b"", bytes(raw[-4000:])).decode("utf-8", "replace")
    return Run(
        first_frame=first_frame,
        first_cpu=first_cpu,
        feeds_frame=feeds_frame,
        items_frame=items_frame,
        peak_mb=rusage.ru_maxrss / 1024,  # KiB on Linux
        hwm_mb=hwm,
        exit_seconds=exit_seconds,
        output_tail=" ".join(tail.split())[-600:],
        exit_status=process.returncode,
    )


def time_command(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def _fmt(values: list[float], unit: str, digits: int = 3) -> str:
    if not values:
        return "n/a"
    return (
        f"median {statistics.median(values):.{digits}f} {unit}, "
        f"min {min(values):.{digits}f}, max {max(values):.{digits}f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Time to first frame and peak memory of newstui on a big cache.")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items-per-feed", type=int, default=100)
    parser.add_argument("--cache", type=Path, help="directory for the generated cache; reused if it has one")
    parser.add_argument("--timeout", type=float, default=20.0, help="give up on a run after this many seconds")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds to keep the app open after the first frame")
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs the app")
    args = parser.parse_args()

    directory = args.cache or Path(tempfile.mkdtemp(prefix="newstui-bench-"))
    config, db = directory / "config.toml", directory / "newstui.db"
    if args.cache and config.exists() and db.exists():
        print(f"cache: reusing {directory}")
    else:
        print(
            f"cache: generating {args.feeds * args.items_per_feed:,} items in {args.feeds:,} feeds in {directory} ..."
        )
        info = make_cache(directory, args.feeds, args.items_per_feed)
        print(
            f"cache: {info.items:,} items, {info.read:,} read, {info.bookmarked} bookmarked, "
            f"{info.articles} cached articles, {db.stat().st_size / 1e6:.0f} MB, made in {info.seconds:.1f} s"
        )

    # Warm the OS file cache and Python's bytecode cache, as a second launch would be.
    run_once(config, db, args.timeout, 0.2, args.python)

    runs = []
    for number in range(1, args.runs + 1):
        run = run_once(config, db, args.timeout, args.settle, args.python)
        runs.append(run)
        first = f"{run.first_frame:.3f} s" if run.first_frame is not None else "never"
        cpu = f"{run.first_cpu:.2f} s" if run.first_cpu is not None else "n/a"
        feeds = f"{run.feeds_frame:.3f} s" if run.feeds_frame is not None else "not shown"
        items = f"{run.items_frame:.3f} s" if run.items_frame is not None else "not shown"
        quit_text = f"{run.exit_seconds:.2f} s" if run.exit_seconds is not None else "killed"
        hwm = f"{run.hwm_mb:.1f} MB" if run.hwm_mb is not None else "n/a"
        print(
            f"run {number}: first frame {first} ({cpu} CPU; feed titles {feeds}, item titles {items}), "
            f"peak RSS {run.peak_mb:.1f} MB "
            f"(VmHWM before q {hwm}), quit in {quit_text}, exit {run.exit_status}"
        )
        if run.first_frame is None:
            print(f"  no frame with cache content; last output: {run.output_tail!r}")

    load = os.getloadavg()[0]
    textual = time_command([args.python, "-c", "import textual"], max(args.runs, 3))
    bare = time_command([args.python, "-c", "pass"], max(args.runs, 3))
    frames = [run.first_frame for run in runs if run.first_frame is not None]
    cpus = [run.first_cpu for run in runs if run.first_cpu is not None]
    feeds = [run.feeds_frame for run in runs if run.feeds_frame is not None]
    items = [run.items_frame for run in runs if run.items_frame is not None]
    peaks = [run.peak_mb for run in runs]

    print()
    print(f"first frame (cache content):     {_fmt(frames, 's')}   target <= {TARGET_SECONDS} s")
    print(f"  CPU used by then:              {_fmt(cpus, 's', 2)}")
    print(f"  feed titles painted:           {_fmt(feeds, 's')}")
    print(f"  item titles painted:           {_fmt(items, 's')}")
    print(f"peak RSS:                        {_fmt(peaks, 'MB', 1)}   target <= {TARGET_MB:.0f} MB")
    print(f"python -c 'import textual':      {_fmt(textual, 's')}")
    print(f"python -c 'pass':                {_fmt(bare, 's')}")
    print(f"load average (1 min):            {load:.2f} on {os.cpu_count()} CPUs (wall times grow with it)")
    ok = (
        len(frames) == len(runs)
        and statistics.median(frames) <= TARGET_SECONDS
        and statistics.median(peaks) <= TARGET_MB
    )
    print("targets:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
