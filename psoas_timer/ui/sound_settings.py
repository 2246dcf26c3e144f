"""Sound and voice settings: volume, mute, spoken announcements, movement beats."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.i18n import translate
from psoas_timer.core.settings import Settings
from psoas_timer.ui.style import set_pixel_font


def percent(value: int) -> str:
    """`80%` as the user's language writes it."""
    return translate("Sound", "{percent}%").format(percent=value)


class SoundSettingsDialog(QDialog):
    """`sound_note` / `voice_note` say why sound or voice is unavailable (empty when fine)."""

    def __init__(
        self,
        settings: Settings,
        sound_note: str = "",
        voice_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sound", "Sound and voice"))
        self._settings = settings

        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(translate("Sound", "Volume"))
        self.volume.setMinimumWidth(260)
        self.volume_value = QLabel(percent(settings.volume), self)
        self.volume.valueChanged.connect(lambda value: self.volume_value.setText(percent(value)))
        self.muted = QCheckBox(translate("Sound", "Mute all cues (M in the player)"), self)
        self.muted.setChecked(settings.muted)
        self.muted.setAccessibleName(translate("Sound", "Mute"))
        self.voice = QCheckBox(
            translate("Sound", "Speak the exercise, side and what comes next"), self
        )
        self.voice.setChecked(settings.voice)
        self.voice.setAccessibleName(translate("Sound", "Voice announcements"))
        self.beats = QCheckBox(
            translate("Sound", "A gentle beat for each movement of rhythmic exercises"), self
        )
        self.beats.setChecked(settings.beats)
        self.beats.setAccessibleName(translate("Sound", "Movement beats"))

        form = QFormLayout()
        form.addRow(translate("Sound", "Volume"), self.volume)
        form.addRow("", self.volume_value)
        form.addRow("", self.muted)
        form.addRow("", self.voice)
        form.addRow("", self.beats)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setObjectName("sound_note")
        self.note.setWordWrap(True)
        notes = [text for text in (sound_note, voice_note) if text]
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        if voice_note:
            self.voice.setEnabled(False)
            self.voice.setToolTip(voice_note)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for child in self.findChildren(QWidget):
            set_pixel_font(child, 17)  # the style sheet stops fonts passing down to children
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        """The settings it was opened with, as the user has changed them here."""
        return self._settings.changed(
            volume=self.volume.value(),
            muted=self.muted.isChecked(),
            voice=self.voice.isChecked(),
            beats=self.beats.isChecked(),
        )
