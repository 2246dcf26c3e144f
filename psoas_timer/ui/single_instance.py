"""One window per data folder and computer: a second start brings the first to the front.

A lock file in the data folder, named after this computer (`.instance-<device>.lock`), makes
sure only one process on this computer writes this computer's files; another computer sharing
the folder through a sync tool has a lock of its own and is never kept out. A local socket
lets the second process ask the first to show itself (and start a routine, if asked).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


def lock_name(device: str) -> str:
    return f".instance-{device}.lock"


CONNECT_TIMEOUT_MS = 1000


def server_name(data_path: Path) -> str:
    # Qt's SHA-1 (the same digest as hashlib's): importing hashlib loads OpenSSL, about 8 ms
    # before the first frame.
    path = QByteArray(str(data_path.resolve()).encode())
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha1).toHex()
    return f"psoas-timer-{bytes(digest.data()).decode()[:16]}"


class SingleInstance(QObject):
    """`acquire()` is True for the first process, which then calls `listen()` once its window
    is up; others call `notify_running()` instead."""

    def __init__(self, data_path: Path, device: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_path)
        self._lock = QLockFile(str(data_path / lock_name(device)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None  # QtNetwork loads only when needed

    def acquire(self) -> bool:
        """True when this process may run: it holds the lock, or the folder cannot take one.

        A folder we cannot write to (read-only, or not a folder at all) cannot be written by
        another copy either; the app then runs and its stores say why nothing is saved.
        """
        if not self._lock.tryLock(200):
            return self._lock.error() != QLockFile.LockError.LockFailedError
        return True

    def listen(self, handler: Callable[[str], None]) -> None:
        """Call `handler` with each message a later process sends ("show" or "start ID").

        Only the lock holder listens; a later process waits for it (see `notify_running`).
        """
        if not self._lock.isLocked() or self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # left behind by a process that was killed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.listen(self.name)

        def accept() -> None:
            while self._server is not None and self._server.hasPendingConnections():
                socket = self._server.nextPendingConnection()

                def read(socket: QLocalSocket = socket) -> None:
                    while socket.canReadLine():
                        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
                        handler(line.strip())
                    socket.disconnectFromServer()

                socket.readyRead.connect(read)
                if socket.bytesAvailable():
                    read()

        self._server.newConnection.connect(accept)

    def notify_running(self, message: str) -> bool:
        """Ask the running process to come to the front; True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        # The first process listens once its window is up, a moment after it took the lock.
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            socket.abort()
            time.sleep(0.05)
        socket.write(QByteArray((message + "\n").encode()))
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def holder_pid(self) -> int | None:
        pid = self._lock.getLockInfo()[0]  # (pid, host, app); pid 0 when unknown
        return pid or None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
