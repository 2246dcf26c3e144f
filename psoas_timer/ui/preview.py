"""A look at exercises before starting: each one's picture moving in its tempo, what to do,
what to focus on and what to take care with.

Opened from the library on a routine's steps (the chosen step first) or on the whole
catalogue. Nothing is timed or recorded here; the picture's movement only shows the rhythm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import Exercise, PsoasEffect, Step, Tempo, format_duration
from psoas_timer.ui.illustration import IllustrationView, thumbnail_icon
from psoas_timer.ui.instructions import InstructionsView
from psoas_timer.ui.psoas_text import effect_detail, effect_heading
from psoas_timer.ui.style import set_pixel_font

HELD_POSE_SWAP_MS = 2500  # a held pose alternates between getting there and the pose itself
ICON = QSize(64, 48)


@dataclass(frozen=True)
class PreviewItem:
    """One exercise to look at, with what the routine asks of it (if opened from one)."""

    name: str
    exercise_id: str | None
    instructions: tuple[str, ...]
    focus: str
    cautions: tuple[str, ...]
    tempo: Tempo | None
    per_side: bool
    seconds: int | None = None
    psoas: PsoasEffect | None = None

    @classmethod
    def of_step(cls, step: Step) -> PreviewItem:
        return cls(
            step.name,
            step.exercise_id,
            step.instructions,
            step.focus,
            step.cautions,
            step.tempo,
            step.per_side,
            step.seconds,
            step.psoas,
        )

    @classmethod
    def of_exercise(cls, exercise: Exercise) -> PreviewItem:
        return cls(
            exercise.name,
            exercise.id,
            exercise.instructions,
            exercise.focus,
            exercise.cautions,
            exercise.tempo,
            exercise.per_side,
            psoas=exercise.psoas,
        )

    def facts(self) -> str:
        parts = []
        if self.seconds is not None:
            time = format_duration(self.seconds)
            if self.per_side:
                parts.append(
                    translate("Preview", "{time} each side in this routine").format(time=time)
                )
            else:
                parts.append(translate("Preview", "{time} in this routine").format(time=time))
        elif self.per_side:
            parts.append(translate("Preview", "done on each side"))
        if self.tempo is not None:
            seconds = QLocale().toString(self.tempo.seconds_per_beat, "g", 6)
            beats = " · ".join(self.tempo.beats)
            parts.append(
                translate("Preview", "{beats}, {seconds} s each").format(
                    beats=beats, seconds=seconds
                )
            )
        else:
            parts.append(translate("Preview", "a held pose"))
        if self.psoas is not None:
            parts.append(
                translate("Preview", "psoas: {effect}").format(
                    effect=effect_heading(self.psoas, ", ")
                )
            )
        return "  ·  ".join(parts)


class PreviewDialog(QDialog):
    def __init__(
        self,
        items: Sequence[PreviewItem],
        current: int = 0,
        title: str = "",
        parent: QWidget | None = None,
        *,
        show_psoas: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("Preview", "Exercises"))
        self.items = list(items)
        self._beat = 0
        self.beat_timer = QTimer(self)
        self.beat_timer.timeout.connect(self._next_beat)

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Preview", "Exercises"))
        self.list.setIconSize(ICON)
        set_pixel_font(self.list, 18)
        for item in self.items:
            row = QListWidgetItem(thumbnail_icon(item.exercise_id, ICON.width()), item.name)
            self.list.addItem(row)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # A long name goes over two lines, never cut, and the list is wide enough for the
        # longest word beside its picture (German's "Handtuchschaukel").
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.list.fontMetrics()
        words = [word for item in self.items for word in item.name.split()]
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        scroll_bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        spare = ICON.width() + 32 + 2 * self.list.frameWidth() + scroll_bar
        self.list.setMinimumWidth(longest + spare)
        self.list.setMaximumWidth(max(300, longest + spare))
        self.list.currentRowChanged.connect(self._show)

        self.picture = IllustrationView(self)
        self.picture.set_show_psoas(show_psoas)
        self.picture.setMinimumSize(280, 200)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("preview_name")
        set_pixel_font(self.name_label, 32, bold=True)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("preview_facts")
        set_pixel_font(self.facts_label, 18)
        self.facts_label.setWordWrap(True)
        self.beat_label = QLabel(self)
        self.beat_label.setObjectName("preview_movement")
        set_pixel_font(self.beat_label, 26, bold=True)
        self.beat_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = InstructionsView(self)
        self.instructions.set_pixel_range(15, 22)
        self.close_button = QPushButton(translate("Preview", "Close"), self)
        set_pixel_font(self.close_button, 18)
        self.close_button.setMinimumSize(160, 52)
        self.close_button.clicked.connect(self.accept)

        details = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.close_button)
        details.addLayout(top)
        details.addWidget(self.facts_label)
        side_by_side = QHBoxLayout()
        picture = QVBoxLayout()
        picture.addWidget(self.picture, 1)
        picture.addWidget(self.beat_label)
        side_by_side.addLayout(picture, 1)
        side_by_side.addWidget(self.instructions, 1)
        details.addLayout(side_by_side, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(details, 1)
        for key in ("Esc", "Ctrl+W"):
            QShortcut(QKeySequence(key), self).activated.connect(self.accept)

        self.instructions.set_texts([self._text(item) for item in self.items])
        window = parent.window() if parent is not None else None
        if window is not None:
            self.resize(int(window.width() * 0.92), int(window.height() * 0.9))
        self.list.setCurrentRow(max(0, min(current, len(self.items) - 1)))
        self.list.setFocus()

    @staticmethod
    def _text(item: PreviewItem) -> InstructionsView.Text:
        return InstructionsView.Text(
            item.instructions, item.focus, item.cautions, effect_detail(item.psoas)
        )

    def current(self) -> PreviewItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, row: int) -> None:
        item = self.current()
        if item is None:
            return
        self.name_label.setText(item.name)
        self.facts_label.setText(item.facts())
        self.picture.set_exercise(item.exercise_id, item.name)
        self.instructions.show_text(self._text(item))
        self._beat = 0
        self.beat_timer.stop()
        count = self.picture.keyframe_count()
        if item.tempo is not None:
            self.beat_timer.start(round(item.tempo.seconds_per_beat * 1000))
        elif count > 1:
            self.beat_timer.start(HELD_POSE_SWAP_MS)
        self._draw_beat()

    def _next_beat(self) -> None:
        self._beat += 1
        self._draw_beat()

    def _draw_beat(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.tempo is not None:
            number, word = item.tempo.beat_at(self._beat * item.tempo.seconds_per_beat)
            self.picture.show_keyframe(number)
            self.beat_label.setText(word)
        else:
            count = self.picture.keyframe_count()
            self.picture.show_keyframe(self._beat % count if count else 0)
            self.beat_label.setText("")

    def done(self, result: int) -> None:
        self.beat_timer.stop()
        super().done(result)
