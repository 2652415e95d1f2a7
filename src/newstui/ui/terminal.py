"""The terminal driver: Textual's own, plus a way out when the terminal goes away.

A terminal that hangs up (its window closed, an ssh link dropped, the pty of a killed test
closed) sends SIGHUP to the programs it controls, and its tty then reads as end-of-file or
fails with EIO. Textual's driver handles neither: SIGHUP killed the reader without closing
its cache, and a reader the signal did not reach (started in a session of its own) kept
reading an empty tty ten times a second for good, a core at 30-70% for as long as nobody
noticed. Here both end the app the way `Q` does, so what it holds is saved and it exits.
"""

from __future__ import annotations

import asyncio
import errno
import os
import select
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App

HANGUP_ERRORS = frozenset({errno.EIO, errno.EBADF, errno.ENXIO})
"""How reading a tty fails once its other side is gone."""

NO_KEYBOARD = "newstui: no terminal to read keys from (stdin is not a terminal and there is no /dev/tty)"
"""Why the reader ends at once when it has no keyboard (`HangUpDriver._keys_from_terminal`)."""

_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL
"""What `poll` reports on a tty whose other side has closed (reported unasked)."""


def stop_as_a_job() -> bool:
    """Stop the reader's whole process group as the terminal's own ^Z does, and return
    once the shell's `fg` has continued it: True, or False when nothing stopped.

    Called from the main thread with the application mode suspended (`NewsApp`'s ctrl+z).
    Textual's ctrl+z stopped the reader alone (SIGSTOP), which froze the terminal wherever
    no job-control shell was its parent: a wrapper script's `sh` (the reader's process
    group) kept waiting for it in the foreground, where neither it nor the shell above
    read a key; a reader that leads its own session (`xterm -e newstui`, `ssh -t host
    newstui`) stayed stopped with no shell to `fg` it. The default SIGTSTP sent to the
    group stops the script with it, so the shell above takes the terminal back, and the
    kernel drops it in a group no shell can continue (an orphaned one), as it does for
    `less`: the reader comes straight back instead."""
    continued = threading.Event()

    def on_continue(signum: int, frame: FrameType | None) -> None:
        continued.set()

    previous_stop = signal.signal(signal.SIGTSTP, signal.SIG_DFL)
    previous_continue = signal.signal(signal.SIGCONT, on_continue)
    try:
        # Sent from the main thread to its own group: the stop (or the drop) happens here,
        # before `killpg` returns, and the shell's SIGCONT resumes it.
        os.killpg(os.getpgrp(), signal.SIGTSTP)
    finally:
        signal.signal(signal.SIGTSTP, previous_stop)
        signal.signal(signal.SIGCONT, previous_continue)
    return continued.is_set()


class HangUpDriver(LinuxDriver):
    """Textual's Linux driver that calls the app's `terminal_hung_up` (else `exit`) once
    the terminal hangs up: on SIGHUP, when polling the tty reports it gone, or when reading
    it fails. Only Textual's public driver API is used: the input loop stays Textual's own."""

    _hung_up = False
    _listening = False
    _suspending = False
    _previous_hup: Callable[[int, FrameType | None], object] | int | None = None
    _reader_loop: asyncio.AbstractEventLoop | None = None

    def __init__(self, app: App[Any], **options: Any) -> None:
        super().__init__(app, **options)
        self._reader_app = app
        self._watch_done = threading.Event()
        self._watcher: threading.Thread | None = None
        self._gone = threading.Event()
        """Set once the terminal is known to be gone, or from the start when there is none
        (`_keys_from_terminal`): writes are dropped from then on (`write`)."""
        self._gone_poll: select.poll | None = None
        self._own_tty: int | None = None
        """The terminal opened for the keys when stdin is something else (`_keys_from_terminal`)."""
        self._no_keyboard = False
        if not self.input_tty:
            self._keys_from_terminal()

    def _keys_from_terminal(self) -> None:
        """Stdin is not a terminal (`newstui < /dev/null`, a pipe, a file): read the keys
        from the controlling terminal instead, as less and fzf do. Textual's input loop
        read the empty stdin's end-of-file without waiting, for good: a core at 90%
        behind a screen no key reached. With no terminal to open (no controlling tty)
        the reader says so and ends (`start_application_mode`)."""
        try:
            self._own_tty = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
        except OSError:
            self._no_keyboard = True
            # Nobody sees a screen either: stderr is a log (cron, a service), which
            # should get the reason alone, not the screen's modes set and reset.
            self._gone.set()
            return
        self.fileno = self._own_tty
        self.input_tty = True

    def _hang_up(self) -> None:
        """On the app's loop, once: ask the app to close."""
        if self._hung_up:
            return
        self._hung_up = True
        app = self._reader_app
        app.call_later(getattr(app, "terminal_hung_up", app.exit))

    def _terminal_gone(self) -> None:
        """From any thread: the terminal is gone for sure (its tty reports a hang-up or fails
        a read): nothing more is written, and the app is asked to close."""
        self._gone.set()
        self._hang_up_soon()

    def write(self, data: str) -> None:
        """Textual's write, dropped once the terminal is gone. Textual's output thread dies at
        its first failed write, and the queue that feeds it holds 30 writes, after which every
        write waits for it for good, the app's loop with it: the reader froze, the cache open,
        if it drew or reset the screen 30 times between the hang-up and its end (coming back
        from the pager of `|` to a hung-up terminal took 29 of them). Each write first asks
        the tty, without waiting, whether it is still there (a poll: microseconds a frame)."""
        if self._gone.is_set():
            return
        if self.input_tty:
            if self._gone_poll is None:
                self._gone_poll = select.poll()
                self._gone_poll.register(self.fileno, 0)
            if any(mask & _GONE for _, mask in self._gone_poll.poll(0)):
                self._terminal_gone()
                return
        super().write(data)

    def _hang_up_soon(self) -> None:
        """From any thread or a signal handler: hand the hang-up to the app's loop."""
        if self._reader_loop is not None and not self._reader_loop.is_closed():
            self._reader_loop.call_soon_threadsafe(self._hang_up)

    def start_application_mode(self) -> None:
        super().start_application_mode()  # type: ignore[no-untyped-call]  # untyped in Textual
        if self._no_keyboard and not self._hung_up:
            self._hung_up = True
            app = self._reader_app
            app.call_later(app.exit, None, 1, NO_KEYBOARD)
        if self._listening or threading.current_thread() is not threading.main_thread():
            return  # back from a suspend (a pager, a terminal browser), or no signals here
        self._reader_loop = asyncio.get_running_loop()

        def on_hangup(signum: int, frame: FrameType | None) -> None:
            # A signal handler runs between two bytecodes of the loop's thread: hand over.
            self._hang_up_soon()

        self._previous_hup = signal.signal(signal.SIGHUP, on_hangup)
        self._listening = True
        if self.input_tty and self._watcher is None:
            # A reader in a session of its own gets no SIGHUP, and Textual's input loop
            # reads a closed tty's end-of-file ten times a second for good: watch for it.
            self._watcher = threading.Thread(target=self._watch_terminal, name="hang-up watch", daemon=True)
            self._watcher.start()

    def _watch_terminal(self) -> None:
        """Poll the tty (for nothing but its state: Textual reads the keys) until it is gone."""
        poller = select.poll()
        poller.register(self.fileno, 0)
        while not self._watch_done.is_set():
            if any(mask & _GONE for _, mask in poller.poll(250)):
                self._terminal_gone()
                return

    def suspend_application_mode(self) -> None:
        """Textual's suspend (the pager, a terminal browser), which ends in `close`: the
        SIGHUP handler and the watch stay (`_suspending`)."""
        self._suspending = True
        try:
            super().suspend_application_mode()
        finally:
            self._suspending = False

    def close(self) -> None:
        """The app is done: SIGHUP does what it did before it started. Kept over a suspend
        (`App.suspend` stops the application mode and closes the driver): a hang-up while
        the pager runs still ends the app once the pager has gone, with what it holds saved."""
        if self._listening and not self._suspending:
            signal.signal(signal.SIGHUP, self._previous_hup if self._previous_hup is not None else signal.SIG_DFL)
            self._listening = False
            self._watch_done.set()
        super().close()
        if self._own_tty is not None and not self._suspending:
            os.close(self._own_tty)
            self._own_tty = None

    def run_input_thread(self) -> None:
        """Textual's input loop; a read that fails because the terminal is gone hangs up
        (Textual's own would take the failure for a bug and show a traceback). With no
        keyboard at all it reads nothing: the app is on its way out."""
        if self._no_keyboard:
            self.exit_event.wait()
            return
        try:
            super().run_input_thread()
        except OSError as error:
            if error.errno not in HANGUP_ERRORS:
                raise
            self._terminal_gone()
