"""One app per journal folder: a later start hands its wish ("open" a window, or just "tray") to the
app already running and ends, so the reminder helper and the window are never two processes with
two tray icons.

The app listens on a local socket named after the data folder, in the per-user runtime folder where
there is one ($XDG_RUNTIME_DIR, private to the user), restricted to the user either way. A message is
one word; nothing of the journal ever crosses it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

OPEN = "open"
TRAY = "tray"
MESSAGES = (OPEN, TRAY)
CONNECT_MS = 300
NAME_PREFIX = "integration-journal-"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    name = f"{NAME_PREFIX}{digest}"
    if os.name != "posix":
        return name  # a named pipe; UserAccessOption keeps it to this user
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if runtime and Path(runtime).is_dir() and len(runtime) + len(name) < 100:  # sun_path holds 108 bytes
        return str(Path(runtime) / name)
    return name


def tell_running(name: str, message: str, timeout_ms: int = CONNECT_MS) -> bool:
    """Hand `message` to the app listening on `name`. Returns False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message.encode("ascii") + b"\n")
    socket.flush()
    delivered = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered


class InstanceBeacon(QObject):
    """Listens for later starts; emits `requested(message)` for each well-formed message."""

    requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed app is removed first (callers have found
        nobody answering on it)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._ready)
            if socket.canReadLine():
                self._read(socket)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        """One short line, then the connection is done with."""
        if not socket.canReadLine() and socket.bytesAvailable() <= 16:
            return  # the rest of the line is on its way
        message = bytes(socket.readLine(17)).decode("ascii", "replace").strip()
        socket.readyRead.disconnect(self._ready)
        socket.abort()
        socket.deleteLater()
        if message in MESSAGES:
            self.requested.emit(message)
