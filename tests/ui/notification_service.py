"""A private session bus and a small notification service on it, for tests.

The bus is a real dbus-daemon with nothing activatable (so no real notification daemon is
started behind the test's back). The service owns org.freedesktop.Notifications, checks each
call's wire signature as strict services (GNOME's, dunst) do, records it, answers with an id,
and can press a notification's button (the ActionInvoked signal), as a user would.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

from psoas_timer.ui.notifications import INTERFACE, NOTIFY_SIGNATURE, PATH, SERVICE, dbus_uint32

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateBus:
    """A dbus-daemon of the test's own; `connect()` opens a connection to it."""

    def __init__(self, folder: Path) -> None:
        daemon = shutil.which("dbus-daemon")
        if daemon is None:
            pytest.skip("dbus-daemon is not installed (Debian's dbus; scripts/setup.sh --test)")
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG)
        self.process = subprocess.Popen(
            [daemon, f"--config-file={config}", "--print-address=1", "--nofork"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        assert self.address.startswith("unix:"), self.address
        self.names: list[str] = []

    def connect(self) -> QDBusConnection:
        name = f"test-{uuid.uuid4().hex}"
        self.names.append(name)
        connection = QDBusConnection.connectToBus(self.address, name)
        assert connection.isConnected(), connection.lastError().message()
        return connection

    def close(self) -> None:
        for name in self.names:
            QDBusConnection.disconnectFromBus(name)
        self.process.terminate()
        self.process.wait(timeout=10)


@dataclass
class NotifyCall:
    signature: str
    app_name: str
    replaces_id: int
    icon: str
    summary: str
    body: str
    actions: list[tuple[str, str]]
    timeout: int


class NotificationService(QDBusVirtualObject):
    """org.freedesktop.Notifications, as far as a test needs it."""

    def __init__(self, connection: QDBusConnection) -> None:
        super().__init__()
        self.connection = connection
        self.calls: list[NotifyCall] = []
        self.closed: list[int] = []
        assert connection.registerVirtualObject(PATH, self)
        assert connection.registerService(SERVICE)

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        member = message.member()
        reply = message.createReply()
        if member == "Notify":
            if message.signature() != NOTIFY_SIGNATURE:
                error = message.createErrorReply(
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    f"Type of message, ({message.signature()}), does not match expected type "
                    f"({NOTIFY_SIGNATURE})",
                )
                connection.send(error)
                return True
            app, replaces, icon, summary, body, flat, _hints, timeout = message.arguments()
            actions = list(zip(flat[::2], flat[1::2], strict=True))
            self.calls.append(
                NotifyCall(
                    message.signature(), app, replaces, icon, summary, body, actions, timeout
                )
            )
            reply.setArguments([dbus_uint32(len(self.calls))])
        elif member == "CloseNotification":
            self.closed.append(message.arguments()[0])
        elif member == "GetCapabilities":
            reply.setArguments([["actions", "body"]])
        else:
            return False
        connection.send(reply)
        return True

    def invoke(self, notification_id: int, action: str) -> None:
        """The user pressed the button `action` of notification `notification_id`."""
        signal = QDBusMessage.createSignal(PATH, INTERFACE, "ActionInvoked")
        signal.setArguments([dbus_uint32(notification_id), action])
        assert self.connection.send(signal)

    def stop(self) -> None:
        self.connection.unregisterService(SERVICE)
        self.connection.unregisterObject(PATH)
