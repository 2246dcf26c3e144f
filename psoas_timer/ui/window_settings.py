"""The settings the window shows and keeps, bound to the typed settings in the data folder.

Where the window was and how big (Qt's own saved geometry), the library's favourites filter
and chosen routine are put back at start and remembered at close; the sound settings (volume,
mute, voice, beats) are applied to the player and the cue player whenever they change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow

from psoas_timer.core.i18n import translate
from psoas_timer.core.settings import Settings
from psoas_timer.core.store import SettingsStore
from psoas_timer.ui.library import LibraryPage

if TYPE_CHECKING:
    # Loaded when first used, or just after the first frame: the window shows sooner.
    from psoas_timer.audio.cue_player import CuePlayer
    from psoas_timer.ui.player import PlayerPage
    from psoas_timer.ui.sound_settings import SoundSettingsDialog

DEFAULT_SIZE = (1280, 760)


class WindowSettings:
    def __init__(self, store: SettingsStore, window: QMainWindow, library: LibraryPage) -> None:
        self.store = store
        self.window = window
        self.library = library

    @property
    def current(self) -> Settings:
        return self.store.current

    def change(self, **values: Any) -> None:
        """A setting the user chose (a mute, a routine started): saved at once."""
        self.store.change(self.store.current.changed(**values))

    # --- the window and the library ---------------------------------------------------------------

    def _maximize(self) -> None:
        # A window that starts in the tray is maximised when it is first shown, not shown now.
        window = self.window
        if window.isVisible():
            window.showMaximized()
        else:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def restore(self) -> None:
        settings, window = self.store.current, self.window
        window.resize(*DEFAULT_SIZE)
        if settings.window_geometry is not None:
            window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        elif settings.window_rect is not None:
            rect = QRect(*settings.window_rect)
            screen = window.screen().availableGeometry() if window.screen() else None
            if screen is None or screen.intersects(rect):
                window.setGeometry(rect)
        else:
            # First start: a laptop screen is just big enough; use all of it.
            QTimer.singleShot(0, self._maximize)
        if settings.window_maximized:
            QTimer.singleShot(0, self._maximize)
        if settings.library_favorites_only:
            self.library.favorites_only.setChecked(True)
        if settings.last_routine:
            self.library.select(settings.last_routine)

    def remember_routine(self, routine_id: str) -> None:
        """The routine just started: chosen again next time the app opens."""
        self.store.remember(self.store.current.changed(last_routine=routine_id))

    def remember(self) -> None:
        """At close: where the window is, and what the library shows (written once, now)."""
        window = self.window
        values: dict[str, Any] = {
            "window_maximized": window.isMaximized(),
            "library_favorites_only": self.library.favorites_only.isChecked(),
        }
        routine_id = self.library.current_routine_id()
        if routine_id is not None:
            values["last_routine"] = routine_id
        if not (window.isMaximized() or window.isFullScreen()):
            geometry = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
            values.update(window_geometry=geometry, window_rect=None)
        self.store.remember(self.store.current.changed(**values))

    # --- sound ------------------------------------------------------------------------------------

    def apply_sound(self, player: PlayerPage | None, cues: CuePlayer | None) -> None:
        settings = self.store.current
        if player is not None:
            player.set_muted(settings.muted)
        if cues is not None:
            cues.apply(settings)

    def toggle_mute(self) -> None:
        self.change(muted=not self.store.current.muted)

    def edit_sound(self, cues: CuePlayer | None) -> bool:
        """Ask for the sound settings (saying what this machine cannot do); True if changed."""
        from psoas_timer.ui.sound_settings import SoundSettingsDialog

        sound_note = voice_note = ""
        if cues is None or not cues.output.available:
            sound_note = cues.output.status if cues else translate("Sound", "Sound is off.")
        speech = cues.speech if cues is not None else None
        if speech is not None:
            voice_note = "" if speech.available else speech.status
        dialog = SoundSettingsDialog(self.store.current, sound_note, voice_note, self.window)
        chosen = self.run_sound_dialog(dialog)
        if chosen is None:
            return False
        self.store.change(chosen)
        return True

    def run_sound_dialog(self, dialog: SoundSettingsDialog) -> Settings | None:
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
