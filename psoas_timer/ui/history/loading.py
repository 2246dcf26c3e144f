"""The history as the window shows it: read on a thread of its own, then kept up to date.

Reading a life of practice (hundreds of thousands of sessions, from every computer sharing the
data folder) and working out its days takes long enough that the window must not wait for it.
`LiveHistory.start` does it on another thread; the page shows its figures once `ready`, and
from then on each session saved or deleted updates the figures by itself (`changed`), without
reading anything again.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from psoas_timer.core import stats
from psoas_timer.core.history import HistoryRead, HistoryStore, SessionRecord

# While the history is read, the countdown's thread gets its turn this often (seconds) rather
# than every 5 ms, Python's default.
LOADING_SWITCH_INTERVAL = 0.0005


class LiveHistory(QObject):
    """Every computer's sessions, merged, with their local days and totals."""

    changed = Signal()  # loaded, or a session was saved or deleted: redraw the figures
    _loaded = Signal(object)  # from the reading thread: (read, messages, local history)

    def __init__(
        self,
        store: HistoryStore,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tz = tz  # None: the system's local zone
        self.notify = notify or (lambda message: None)
        self.local = stats.localize([], tz)
        self.ready = False
        self._thread: threading.Thread | None = None
        self._loaded.connect(self._adopt)
        store.on_change = self._store_changed

    # --- reading --------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the history on another thread (once); `changed` is emitted when it is ready."""
        if self._thread is not None or self.ready:
            return
        self._thread = threading.Thread(target=self._read, name="history", daemon=True)
        self._thread.start()

    def load_now(self) -> None:
        """Read the history on this thread (the command line, and tests)."""
        if not self.ready:
            self._adopt(self._work())

    def _work(self) -> tuple[HistoryRead, list[str], stats.LocalHistory]:
        # Hundreds of thousands of small objects are made here: the collector would walk them
        # again and again while they are; afterwards it is told to leave them be.
        collecting = gc.isenabled()
        gc.disable()
        try:
            read, messages = self.store.load()
            local = stats.local_history(read, self.tz)  # the totals too, not on the window's
        finally:
            if collecting:
                gc.enable()
        gc.freeze()
        return read, messages, local

    def _read(self) -> None:
        interval = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        try:
            result = self._work()
        finally:
            sys.setswitchinterval(interval)
        with contextlib.suppress(RuntimeError):  # the window closed while it was read
            self._loaded.emit(result)

    def _adopt(self, result: tuple[HistoryRead, list[str], stats.LocalHistory]) -> None:
        read, messages, local = result
        self.local = local
        self.ready = True
        for previous, record in self.store.adopt(read):  # what was saved meanwhile
            self._apply(previous, record)
        for message in messages:
            self.notify(message)
        self.changed.emit()

    # --- changes --------------------------------------------------------------------------------

    def _store_changed(self, previous: SessionRecord | None, record: SessionRecord | None) -> None:
        self._apply(previous, record)
        self.changed.emit()

    def _apply(self, previous: SessionRecord | None, record: SessionRecord | None) -> None:
        self.local.change(previous, record)

    @property
    def sessions(self) -> Sequence[SessionRecord]:
        """Oldest first; each made into a record when read."""
        return self.local.records

    @property
    def last_error(self) -> str | None:
        return self.store.last_error

    def delete(self, session_id: str) -> bool:
        return self.store.delete(session_id)
