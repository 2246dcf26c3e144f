"""Work the window must not wait for: opening and closing the sound device, rendering phrases.

`ThreadWorker` runs jobs one after another, in the order given, on one thread of its own that
sleeps on its queue while there is nothing to do (so an idle app has no wake-ups from it).
`InlineWorker` runs each job at once, on the caller's thread: tests and tools use it so that
everything happens in a known order. `WindowTurn` holds the worker's Python work back while the
window draws the screen Start leads to.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

Job = Callable[[], None]


class Worker(Protocol):
    def submit(self, job: Job) -> None:
        """Run `job` later (or now), after every job submitted before it."""
        ...

    def wait(self, timeout: float) -> bool:
        """Wait until every submitted job has run; False if `timeout` seconds passed first."""
        ...

    def stop(self, timeout: float) -> None:
        """Run what is queued, then end; give up waiting after `timeout` seconds."""
        ...


class InlineWorker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def submit(self, job: Job) -> None:
        _run(job, self.errors)

    def wait(self, timeout: float) -> bool:
        return True

    def stop(self, timeout: float) -> None:
        pass


def _run(job: Job, errors: list[str]) -> None:
    try:
        job()
    except Exception as error:  # one failed job must not end the others (or the thread)
        errors.append(f"{type(error).__name__}: {error}")


class ThreadWorker:
    """One daemon thread, started on the first job; see the module docstring."""

    def __init__(self, name: str = "psoas-timer-audio") -> None:
        self.name = name
        self.errors: list[str] = []
        self._jobs: deque[Job | None] = deque()
        self._changed = threading.Condition()
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        with self._changed:
            self._jobs.append(job)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def _loop(self) -> None:
        while True:
            with self._changed:
                while not self._jobs:
                    self._busy = False
                    self._changed.notify_all()
                    self._changed.wait()
                job = self._jobs.popleft()
                self._busy = job is not None
            if job is None:
                with self._changed:
                    self._changed.notify_all()
                return
            _run(job, self.errors)

    @property
    def idle(self) -> bool:
        with self._changed:
            return not self._jobs and not self._busy

    def wait(self, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs and not self._busy, timeout)

    def stop(self, timeout: float) -> None:
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        with self._changed:
            self._jobs.append(None)
            self._changed.notify_all()
        thread.join(timeout)


WINDOW_TURN_SECONDS = 0.25  # the longest the worker's Python work waits for the window


class WindowTurn:
    """The window's turn to run Python, while it draws the screen Start leads to.

    Python runs one thread at a time. Reading and levelling a rendered phrase is tens of
    milliseconds of Python on the worker; done while the window lays out and paints the
    get-ready screen, the two took turns and the screen came 50 to 70 ms later. So the worker
    lets espeak-ng (another process) run at once, then waits for the window's turn to end
    before its own Python work: `take` when Start is pressed, `give_back` once the screen is
    drawn, or after `WINDOW_TURN_SECONDS` whatever happens.
    """

    def __init__(self, limit: float = WINDOW_TURN_SECONDS) -> None:
        self.limit = limit
        self._free = threading.Event()
        self._free.set()
        self._until = 0.0  # monotonic: the turn ends by then, given back or not

    def take(self) -> None:
        self._until = time.monotonic() + self.limit
        self._free.clear()

    def give_back(self) -> None:
        self._free.set()

    @property
    def held(self) -> bool:
        """Whether the window has the turn: taken, not given back, its limit not reached."""
        return not self._free.is_set() and time.monotonic() < self._until

    def wait(self) -> bool:
        """On the worker: wait for the window's turn to end; False if it ended by the limit
        (the window was hidden, say, and drew nothing)."""
        if self._free.is_set():
            return True
        remaining = self._until - time.monotonic()
        return remaining > 0 and self._free.wait(remaining)
