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
import selectors
import signal
import threading
from codecs import getincrementaldecoder
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual._xterm_parser import XTermParser  # the parser Textual's own input loop uses

HANGUP_ERRORS = frozenset({errno.EIO, errno.EBADF, errno.ENXIO})
"""How reading a tty fails once its other side is gone."""


class HangUpDriver(LinuxDriver):
    """Textual's Linux driver that calls the app's `terminal_hung_up` (else `exit`) once
    the terminal hangs up: on SIGHUP, or when the tty reads as end-of-file or fails."""

    _hung_up = False
    _listening = False
    _suspending = False
    _previous_hup: Callable[[int, FrameType | None], object] | int | None = None

    def _hang_up(self) -> None:
        """From any thread, once: ask the app (on its own loop) to close."""
        if self._hung_up:
            return
        self._hung_up = True
        app = self._app
        self._app.call_later(getattr(app, "terminal_hung_up", app.exit))

    def start_application_mode(self) -> None:
        super().start_application_mode()  # type: ignore[no-untyped-call]  # untyped in Textual
        if self._listening or threading.current_thread() is not threading.main_thread():
            return  # back from a suspend (a pager, a terminal browser), or no signals here
        loop = asyncio.get_running_loop()

        def on_hangup(signum: int, frame: FrameType | None) -> None:
            # A signal handler runs between two bytecodes of the loop's thread: hand over.
            loop.call_soon_threadsafe(self._hang_up)

        self._previous_hup = signal.signal(signal.SIGHUP, on_hangup)
        self._listening = True

    def suspend_application_mode(self) -> None:
        """Textual's suspend (the pager, a terminal browser), which ends in `close`: the
        SIGHUP handler stays (`_suspending`)."""
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
        super().close()

    def run_input_thread(self) -> None:
        """Textual's input loop, which stops at end-of-file or a failed read, and hangs up
        when the input is the terminal (Textual's own went on selecting a tty that is always
        'ready' with nothing to read)."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = self._make_parser()
        decode = getincrementaldecoder("utf-8")().decode
        try:
            while not self.exit_event.is_set():
                ready = selector.select(0.1)
                if ready:
                    try:
                        data = os.read(self.fileno, 4096)
                    except OSError as error:
                        if error.errno not in HANGUP_ERRORS:
                            raise
                        data = b""
                    if not data:
                        if self.input_tty:
                            self._hang_up()
                        # Else the end of a pipe or file (`< /dev/null`), not of the terminal
                        # drawn on: no more keys to read, and the reader stays.
                        return
                    for event in parser.feed(decode(data)):
                        self.process_message(event)
                for event in parser.tick():
                    self.process_message(event)
        finally:
            selector.close()

    def _make_parser(self) -> XTermParser:
        from textual._xterm_parser import XTermParser

        return XTermParser(self._debug)
