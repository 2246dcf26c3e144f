"""The player's buttons, each saying its key: the row under the picture that runs the routine
(previous, pause, next, restart, stop, full screen, mute), and how any of them is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from psoas_timer.core.i18n import translate
from psoas_timer.ui.controller import SessionController
from psoas_timer.ui.style import set_pixel_font


def key_button(
    parent: QWidget, text: str, key: str, key_hint: str, name: str, slot: Callable[[], None]
) -> QPushButton:
    """A button labelled with its key ("Pause  [Space]"), the key also in its description."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setProperty("key", key)
    button.setProperty("key_hint", key_hint)
    button.setAccessibleDescription(translate("Player", "Keyboard: {keys}").format(keys=key_hint))
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.clicked.connect(slot)
    set_button_text(button, text)
    return button


def set_button_text(button: QPushButton, text: str) -> None:
    key = button.property("key")
    label = f"{text}  [{key}]" if key else text
    if button.text() == label and button.accessibleName() == text:
        return  # as it is: the player asks every second
    button.setText(label)
    button.setAccessibleName(text)  # the key is the description, not part of the name
    hint = button.property("key_hint")
    button.setToolTip(
        translate("Player", "{action} ({keys})").format(action=text, keys=hint) if hint else text
    )


def scale_buttons(buttons: list[QPushButton], scale: float) -> None:
    """Type and height that grow with the window, like the rest of the player."""
    pixels = max(13, round(17 * scale))
    for button in buttons:
        set_pixel_font(button, pixels)
        button.setFixedHeight(max(48, round(58 * scale)))


class ControlRow(QWidget):
    """The buttons that run the routine; stop, full screen and mute are the page's to do."""

    def __init__(
        self,
        controller: SessionController,
        stop: Callable[[], None],
        fullscreen: Callable[[], None],
        mute: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        space = translate("Keys", "Space")
        self.previous_button = key_button(
            self,
            translate("Player", "Previous"),
            "←",
            translate("Keys", "Left arrow"),
            "previous",
            controller.previous,
        )
        self.pause_button = key_button(
            self, translate("Player", "Pause"), space, space, "pause", controller.toggle_pause
        )
        self.next_button = key_button(
            self,
            translate("Player", "Next"),
            "→",
            translate("Keys", "Right arrow"),
            "next",
            controller.next,
        )
        self.restart_button = key_button(
            self, translate("Player", "Restart step"), "R", "R", "restart", controller.restart_phase
        )
        self.stop_button = key_button(self, translate("Player", "Stop"), "Esc", "Esc", "stop", stop)
        self.fullscreen_button = key_button(
            self,
            translate("Player", "Full screen"),
            "F",
            translate("Keys", "F11 or F"),
            "fullscreen",
            fullscreen,
        )
        self.mute_button = key_button(self, translate("Player", "Mute"), "M", "M", "mute", mute)
        self.buttons = [
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.restart_button,
            self.stop_button,
            self.fullscreen_button,
            self.mute_button,
        ]
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            # Their width comes from the row, not from their words: the row is what must fit
            # a small screen, and the fit tests check no label is cut.
            button.setMinimumWidth(1)
            row.addWidget(button)

    def set_paused(self, paused: bool) -> None:
        set_button_text(
            self.pause_button,
            translate("Player", "Resume") if paused else translate("Player", "Pause"),
        )

    def set_muted(self, muted: bool) -> None:
        set_button_text(
            self.mute_button,
            translate("Player", "Unmute") if muted else translate("Player", "Mute"),
        )

    def set_fullscreen(self, fullscreen: bool) -> None:
        set_button_text(
            self.fullscreen_button,
            translate("Player", "Leave full screen")
            if fullscreen
            else translate("Player", "Full screen"),
        )
