"""Desktop notifications with buttons, through org.freedesktop.Notifications on the session D-Bus.

Every call is asynchronous: a notification service that is slow to start, or a bus that
hangs, never holds up the window or a running countdown. When the service is missing or
refuses, the caller hears why (`failed`) and can fall back (the tray's balloon).

PySide6 cannot put a D-Bus `uint32` into a message by itself: a Python int goes out as
`int32`, and `QDBusArgument << int` picks Qt's `uint16` overload. The specification's `Notify`
takes `replaces_id` as `uint32`, and services built on GDBus (GNOME's, dunst) refuse any
other type, so `dbus_uint32` writes one through Qt's own `QDBusArgument::operator<<(uint)`.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Sequence
from functools import cache

import shiboken6
from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)
from PySide6.QtGui import QGuiApplication

from psoas_timer.core.i18n import translate

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
DEFAULT_ACTION = "default"  # what a click on the notification itself invokes
# The spec's reasons a notification closed: expired, dismissed by the user, closed by a call.
CLOSED_REASONS = {1: "expired", 2: "dismissed", 3: "closed", 4: "undefined"}

_QT_DBUS_LIBRARY = "libQt6DBus.so.6"
_APPEND_UINT = "_ZN13QDBusArgumentlsEj"  # QDBusArgument::operator<<(unsigned int)


@cache
def _append_uint() -> Callable[[int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # Already loaded by PySide6.QtDBus: dlopen hands back that same library.
        library = ctypes.CDLL(_QT_DBUS_LIBRARY)
        function = getattr(library, _APPEND_UINT)
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    function.restype = ctypes.c_void_p
    return function  # type: ignore[no-any-return]


def dbus_uint32(value: int) -> QDBusArgument | int:
    """`value` as a D-Bus uint32 argument (where Qt's library cannot be reached: the int)."""
    if not 0 <= value < 2**32:
        raise ValueError(f"a uint32 is 0 to {2**32 - 1}, got {value}")
    append = _append_uint()
    if append is None:
        return value
    argument = QDBusArgument()
    append(shiboken6.getCppPointer(argument)[0], value)
    return argument if argument.currentSignature() == "u" else value


class DesktopNotifier(QObject):
    """Shows notifications with action buttons and reports which button the user pressed."""

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int, str)  # notification id, why (see CLOSED_REASONS)

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        app_name: str = "Psoas Timer",
        icon: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus if bus is not None else QDBusConnection.sessionBus()
        self.app_name = app_name
        self.icon = icon  # an icon name from the theme, or a file:// URI
        self._pending: set[QDBusPendingCallWatcher] = set()
        if self.bus.isConnected():
            for name, slot in (
                ("ActionInvoked", "_action_invoked(QDBusMessage)"),
                ("NotificationClosed", "_notification_closed(QDBusMessage)"),
            ):
                # PySide6 takes the slot as text, whatever its type hints say.
                self.bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))  # type: ignore[call-overload]

    def notify(
        self,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]],
        shown: Callable[[int], None],
        failed: Callable[[str], None],
        replaces_id: int = 0,
        timeout_ms: int = -1,
    ) -> None:
        """Ask the service to show a notification; `shown(id)` or `failed(why)` follows.

        `actions` are (key, label) pairs; the key comes back in `action_invoked`.
        `replaces_id` an earlier notification it takes the place of; `timeout_ms` -1 the
        service's own time, 0 until the user answers.
        """
        if not self.bus.isConnected():
            failed(translate("Reminders", "there is no session D-Bus"))
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Notify")
        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        # Strings only: a Python int would go out as int32 where the spec wants a byte.
        entry = QGuiApplication.desktopFileName()
        hints = {"desktop-entry": entry} if entry else {}
        message.setArguments(
            [
                self.app_name,
                dbus_uint32(replaces_id),
                self.icon,
                title,
                body,
                flat,
                hints,
                timeout_ms,
            ]
        )
        call: QDBusPendingCall = self.bus.asyncCall(message)
        watcher = QDBusPendingCallWatcher(call, self)
        self._pending.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._pending.discard(done)
            reply = done.reply()
            done.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                failed(_describe_error(reply))
                return
            arguments = reply.arguments()
            if len(arguments) != 1 or not isinstance(arguments[0], int):
                failed(
                    translate(
                        "Reminders", "the notification service answered {signature}, not an id"
                    ).format(signature=repr(reply.signature()))
                )
                return
            shown(arguments[0])

        watcher.finished.connect(finished)

    def close(self, notification_id: int) -> None:
        """Take a notification away (the user acted on it elsewhere)."""
        if not self.bus.isConnected():
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CloseNotification")
        message.setArguments([dbus_uint32(notification_id)])
        self.bus.send(message)  # no answer needed

    @Slot(QDBusMessage)
    def _action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) == 2 and isinstance(arguments[0], int) and isinstance(arguments[1], str):
            self.action_invoked.emit(arguments[0], arguments[1])

    @Slot(QDBusMessage)
    def _notification_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) == 2 and all(isinstance(value, int) for value in arguments):
            self.closed.emit(arguments[0], CLOSED_REASONS.get(arguments[1], "undefined"))


def _describe_error(reply: QDBusMessage) -> str:
    name = reply.errorName()
    if name in (
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NameHasNoOwner",
    ):
        return translate("Reminders", "no notification service is running")
    text = reply.errorMessage() or name
    return translate("Reminders", "the notification service refused ({reason})").format(reason=text)
