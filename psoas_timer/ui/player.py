"""The player: what to do now, how long is left, and what comes next, readable from the floor.

A view only: every figure on it comes from the session engine's queries, refreshed when the
controller says something changed. It has no timer of its own.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.engine import (
    Beat,
    Event,
    Phase,
    PhaseKind,
    PhaseStarted,
    Session,
    SessionState,
    Side,
)
from psoas_timer.core.outcome import COUNTS_AFTER_SECONDS, Ending, session_outcome
from psoas_timer.core.routines import format_duration
from psoas_timer.ui.controller import SessionController
from psoas_timer.ui.illustration import IllustrationView
from psoas_timer.ui.style import (
    BUTTON_STYLE,
    DISCLAIMER,
    PHASE_COLOURS,
    SIDE_COLOUR,
    set_pixel_font,
)

STOP_CONFIRM_AFTER_SECONDS = 10

PHASE_TITLES = {PhaseKind.PREP: "Get ready", PhaseKind.WORK: "Now", PhaseKind.REST: "Rest"}
ENDING_TITLES = {
    Ending.COMPLETED: "Well done!",
    Ending.STEPS_SKIPPED: "Finished, with steps skipped",
}


def side_text(side: Side | None) -> str:
    return {Side.LEFT: "Left side", Side.RIGHT: "Right side"}.get(side, "") if side else ""


def phase_heading(phase: Phase) -> str:
    """The big name at the top: the exercise now, or (in prep and rest) the one coming up."""
    if phase.kind is PhaseKind.WORK:
        return phase.step.name
    return f"Coming up: {phase.step.name}"


def next_text(session: Session) -> str:
    phase = session.phase
    if phase is not None and phase.kind is not PhaseKind.WORK:
        # The heading already names what comes, and the steps below say how to start.
        return "Get into position: left side first" if phase.step.per_side else "Get into position"
    upcoming = session.next_phase()
    if upcoming is None:
        return "Next: finish"
    if upcoming.kind is PhaseKind.REST:
        return f"Next: rest, then {upcoming.step.name}"
    side = f" ({side_text(upcoming.side).lower()})" if upcoming.side else ""
    return f"Next: {upcoming.step.name}{side}"


class StopQuestion(QMessageBox):
    """ "Stop the routine?", Yes or No (the default).

    The Esc that opened it may still be held: its repeats are not an answer (Esc would mean
    No, and the question would flash past).
    """

    def __init__(self, practised_seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            "Stop the routine?",
            f"Stop now? The {format_duration(practised_seconds)} you have practised "
            "will be saved in your history.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        self.setDefaultButton(QMessageBox.StandardButton.No)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            event.accept()
            return
        super().keyPressEvent(event)


class PlayerPage(QWidget):
    """Emits `done` when the user leaves the summary, `repeat` to run the routine again."""

    done = Signal()
    repeat = Signal()
    mute_toggled = Signal()
    fullscreen_toggled = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("player")
        self.setStyleSheet(BUTTON_STYLE)
        self._muted = False
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_live())
        self._stack.addWidget(self._build_summary())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._install_keys()
        controller.updated.connect(self.refresh)
        controller.events.connect(self._on_events)
        controller.ended.connect(self._show_summary)
        controller.started.connect(self._show_live)

    # --- building ------------------------------------------------------------------------------

    def _label(self, name: str, pixels: int, bold: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(name.replace("_", " "))
        set_pixel_font(label, pixels, bold)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _button(
        self, text: str, key_hint: str, name: str, slot: Callable[[], None], short_key: str = ""
    ) -> QPushButton:
        button = QPushButton(f"{text}  [{short_key}]" if short_key else text, self)
        button.setObjectName(name)
        button.setToolTip(f"{text} ({key_hint})")
        button.setAccessibleName(text)
        button.setAccessibleDescription(f"Keyboard: {key_hint}")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(56)
        button.clicked.connect(slot)
        return button

    def _build_live(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.phase_chip = self._label("phase", 22, bold=True)
        self.phase_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_chip.setMinimumWidth(150)
        self.step_label = self._label("step_of", 22)
        self.overall_label = self._label("time_left_overall", 22)
        self.overall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.phase_chip)
        top.addSpacing(12)
        top.addWidget(self.step_label, 1)
        top.addWidget(self.overall_label)
        layout.addLayout(top)

        self.overall_bar = QProgressBar(page)
        self.overall_bar.setObjectName("overall_progress")
        self.overall_bar.setAccessibleName("Progress through the routine")
        self.overall_bar.setTextVisible(False)
        self.overall_bar.setMaximumHeight(8)
        self.overall_bar.setRange(0, 1000)
        layout.addWidget(self.overall_bar)

        middle = QHBoxLayout()
        middle.setSpacing(24)
        self.illustration = IllustrationView(page)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        middle.addWidget(self.illustration, 1)

        right = QVBoxLayout()
        right.setSpacing(2)
        self.name_label = self._label("exercise_name", 40, bold=True, wrap=True)
        # The name never sets the window's width: a long one wraps, and past two lines elides.
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.side_label = self._label("side", 34, bold=True)
        self.side_label.setStyleSheet(f"color: {SIDE_COLOUR};")
        self.countdown_label = self._label("countdown", 140, bold=True)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.beat_label = self._label("movement", 36, bold=True)
        self.phase_bar = QProgressBar(page)
        self.phase_bar.setObjectName("phase_progress")
        self.phase_bar.setAccessibleName("Progress through this phase")
        self.phase_bar.setTextVisible(False)
        self.phase_bar.setRange(0, 1000)
        self.phase_bar.setFixedHeight(14)
        self.next_label = self._label("next_up", 28, wrap=True)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.name_label)
        right.addWidget(self.side_label)
        right.addWidget(self.countdown_label)
        right.addWidget(self.beat_label)
        right.addWidget(self.phase_bar)
        right.addSpacing(4)
        right.addWidget(self.next_label)
        right.addStretch(1)
        middle.addLayout(right, 1)
        layout.addLayout(middle, 1)

        self.instructions_label = self._label("instructions", 20, wrap=True)
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Long instructions (a user's own step may hold 2,000 characters) scroll in place
        # instead of pushing the countdown and the controls off the screen.
        self.instructions_scroll = QScrollArea(page)
        self.instructions_scroll.setWidget(self.instructions_label)
        self.instructions_scroll.setWidgetResizable(True)
        self.instructions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.instructions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructions_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions_scroll.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
        )
        self.instructions_scroll.setMinimumHeight(60)
        self.instructions_scroll.setMaximumHeight(230)
        layout.addWidget(self.instructions_scroll, 2)

        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)

        controls = QHBoxLayout()
        controls.setSpacing(10)
        self.previous_button = self._button(
            "Previous", "Left arrow", "previous", self.controller.previous, "←"
        )
        self.pause_button = self._button(
            "Pause", "Space", "pause", self.controller.toggle_pause, "Space"
        )
        self.next_button = self._button("Next", "Right arrow", "next", self.controller.next, "→")
        self.restart_button = self._button(
            "Restart step", "R", "restart", self.controller.restart_phase, "R"
        )
        self.stop_button = self._button("Stop", "Esc", "stop", self.request_stop, "Esc")
        self.fullscreen_button = self._button(
            "Full screen", "F11 or F", "fullscreen", self.fullscreen_toggled.emit, "F"
        )
        self.mute_button = self._button("Mute", "M", "mute", self.mute_toggled.emit, "M")
        for button in (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.restart_button,
            self.stop_button,
            self.fullscreen_button,
            self.mute_button,
        ):
            controls.addWidget(button)
        layout.addLayout(controls)
        self.status_label = self._label("status", 14)
        self.status_label.setText(DISCLAIMER)
        layout.addWidget(self.status_label)
        return page

    def _build_summary(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.summary_title = self._label("summary_title", 56, bold=True)
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_routine = self._label("summary_routine", 28)
        self.summary_routine.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_figures = self._label("summary_figures", 34, bold=True)
        self.summary_figures.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_note = self._label("summary_note", 20, wrap=True)
        self.summary_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (
            self.summary_title,
            self.summary_routine,
            self.summary_figures,
            self.summary_note,
        ):
            layout.addWidget(label)
        layout.addSpacing(32)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.done_button = self._button("Done", "Enter", "done", self.done.emit, "Enter")
        self.repeat_button = self._button("Repeat", "R", "repeat", self.repeat.emit, "R")
        for button in (self.done_button, self.repeat_button):
            button.setMinimumWidth(220)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _install_keys(self) -> None:
        def bind(keys: tuple[str, ...], slot: Callable[[], None]) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                # A key held a moment too long acts once: no pausing and resuming, no
                # skipping through several steps.
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(slot)

        bind(("Space",), self._key_space)
        bind(("Right",), self._live_only(self.controller.next))
        bind(("Left",), self._live_only(self.controller.previous))
        bind(("R",), self._key_r)
        bind(("Esc",), self._key_escape)
        bind(("F",), self.fullscreen_toggled.emit)  # F11 is the window's own View action
        bind(("M",), self.mute_toggled.emit)
        bind(("Return", "Enter"), self._key_enter)

    def _live(self) -> bool:
        return self._stack.currentIndex() == 0 and self.controller.running

    def _live_only(self, slot: Callable[[], None]) -> Callable[[], None]:
        def guarded() -> None:
            if self._live():
                slot()

        return guarded

    def _key_space(self) -> None:
        if self._live():
            self.controller.toggle_pause()

    def _key_r(self) -> None:
        if self._live():
            self.controller.restart_phase()
        elif self._stack.currentIndex() == 1:
            self.repeat.emit()

    def _key_escape(self) -> None:
        # In full screen, Esc first does what it does everywhere else: leave full screen.
        if self.window().isFullScreen():
            self.fullscreen_toggled.emit()
        elif self._live():
            self.request_stop()

    def _key_enter(self) -> None:
        if self._stack.currentIndex() == 1:
            self.done.emit()

    # --- user actions ----------------------------------------------------------------------------

    def stop_question(self, practised_seconds: float) -> StopQuestion:
        return StopQuestion(practised_seconds, self)

    def confirm_stop(self, practised_seconds: float) -> bool:
        question = self.stop_question(practised_seconds)
        return question.exec() == QMessageBox.StandardButton.Yes

    def request_stop(self) -> None:
        session = self.controller.session
        if session is None or session.is_over:
            return
        practised = session.active_seconds(self.controller.now())
        if practised > STOP_CONFIRM_AFTER_SECONDS:
            with self.controller.held():  # the countdown must not run on behind the question
                confirmed = self.confirm_stop(practised)
            if not confirmed:
                return
        self.controller.stop()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.mute_button.setText(f"{'Unmute' if muted else 'Mute'}  [M]")
        self.mute_button.setAccessibleName("Unmute" if muted else "Mute")
        self.mute_button.setToolTip(f"{'Unmute' if muted else 'Mute'} (M)")

    def set_sound_note(self, note: str) -> None:
        """A quiet line (e.g. that sound is unavailable), shown beside the disclaimer."""
        self.status_label.setText(f"{note}   ·   {DISCLAIMER}" if note else DISCLAIMER)

    def set_fullscreen(self, fullscreen: bool) -> None:
        text = "Leave full screen" if fullscreen else "Full screen"
        self.fullscreen_button.setText(f"{text}  [F]")
        self.fullscreen_button.setAccessibleName(text)

    # --- rendering -------------------------------------------------------------------------------

    def _show_live(self) -> None:
        self._stack.setCurrentIndex(0)
        self.pause_button.setFocus()

    def _on_events(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self._show_phase_picture(event.phase)
            elif isinstance(event, Beat):
                self.illustration.show_keyframe(event.number)

    def _show_phase_picture(self, phase: Phase) -> None:
        self.illustration.set_exercise(phase.step.exercise_id, phase.step.name)
        # The right side is drawn facing the other way, so a glance shows the sides changed.
        self.illustration.set_mirrored(phase.side is Side.RIGHT)
        count = self.illustration.keyframe_count()
        if phase.kind is PhaseKind.WORK and phase.step.tempo is None and count > 1:
            # A held pose: the last keyframe is the pose itself; the first is how to get there.
            self.illustration.show_keyframe(count - 1)
        else:
            self.illustration.show_keyframe(0)

    def refresh(self) -> None:
        session = self.controller.session
        if session is None:
            return
        now = self.controller.now()
        phase = session.phase
        self.illustration.set_paused(session.state is SessionState.PAUSED)
        if phase is None:
            return
        kind = "work" if phase.kind is PhaseKind.WORK else phase.kind.value
        paused = session.state is SessionState.PAUSED
        self.phase_chip.setText("Paused" if paused else PHASE_TITLES[phase.kind])
        colour = "#4A5568" if paused else PHASE_COLOURS[kind]
        self.phase_chip.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 8px; padding: 4px 14px;"
        )
        self.step_label.setText(f"Step {phase.step_index + 1} of {session.steps_total}")
        self.overall_label.setText(
            f"{format_duration(round(session.total_remaining_seconds(now)))} left"
        )
        total = session.routine.total_seconds or 1
        self.overall_bar.setValue(int(1000 * (1 - session.total_remaining_seconds(now) / total)))
        self._set_elided(self.name_label, phase_heading(phase), lines=2)
        self.side_label.setText(side_text(phase.side))
        self.side_label.setVisible(phase.side is not None)
        self.countdown_label.setText(format_duration(session.display_seconds(now)))
        beat = session.current_beat(now)
        self.beat_label.setText(beat[1] if beat else "")
        self.beat_label.setVisible(beat is not None)
        self.phase_bar.setValue(int(1000 * session.phase_progress(now)))
        self._set_elided(self.next_label, next_text(session), lines=2)
        self.instructions_label.setText(self._instructions_html(phase))
        self._fit_instructions()
        self.pause_button.setText(f"{'Resume' if paused else 'Pause'}  [Space]")
        self.pause_button.setAccessibleName("Resume" if paused else "Pause")
        self.pause_button.setToolTip(f"{'Resume' if paused else 'Pause'} (Space)")

    def _fit_instructions(self) -> None:
        """As tall as the instructions need, up to a limit; beyond it they scroll."""
        width = max(200, self.instructions_scroll.viewport().width())
        needed = self.instructions_label.heightForWidth(width) + 6
        self.instructions_scroll.setMaximumHeight(max(60, min(needed, 260)))

    def _set_elided(self, label: QLabel, text: str, lines: int) -> None:
        label.setToolTip(text)
        width = max(100, label.width())
        metrics = QFontMetrics(label.font())
        if metrics.horizontalAdvance(text) > width * lines * 0.92:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width * lines * 0.9))
        label.setText(text)

    def _instructions_html(self, phase: Phase) -> str:
        step = phase.step
        items = "".join(f"<li>{_escape(line)}</li>" for line in step.instructions)
        parts = [f"<ol style='margin: 0px;'>{items}</ol>"] if items else []
        if step.focus:
            parts.append(f"<p style='margin: 4px 0 0 0;'><b>Focus:</b> {_escape(step.focus)}</p>")
        if step.cautions:
            cautions = " ".join(_escape(text) for text in step.cautions)
            parts.append(f"<p style='margin: 4px 0 0 0;'><b>Caution:</b> {cautions}</p>")
        return "".join(parts)

    def _show_summary(self) -> None:
        session = self.controller.session
        if session is None:
            return
        outcome = session_outcome(session, self.controller.now())
        self.summary_title.setText(ENDING_TITLES.get(outcome.ending, "Stopped early"))
        self.summary_routine.setText(session.routine.title)
        # Whole seconds practised, never rounded up (4.6 s is not yet the 5 s that counts).
        active = format_duration(outcome.active_seconds)
        self.summary_figures.setText(
            f"{active} of practice  ·  "
            f"{outcome.steps_completed} of {outcome.steps_total} steps done"
        )
        if outcome.counts:
            note = "Saved in your history."
        else:
            note = (
                f"Less than {COUNTS_AFTER_SECONDS:g} seconds of practice, so nothing was recorded."
            )
        self.summary_note.setText(note)
        self._stack.setCurrentIndex(1)
        self.done_button.setFocus()

    def showing_summary(self) -> bool:
        return self._stack.currentIndex() == 1

    def resizeEvent(self, event: object) -> None:
        # Type grows with the window, so full screen on a large monitor reads from further away.
        scale = max(0.6, min(self.width() / 1366, self.height() / 768))
        set_pixel_font(self.countdown_label, int(140 * scale), bold=True)
        # The countdown is never squeezed, whatever the instructions below ask for.
        self.countdown_label.setMinimumHeight(QFontMetrics(self.countdown_label.font()).height())
        set_pixel_font(self.name_label, int(40 * scale), bold=True)
        set_pixel_font(self.side_label, int(34 * scale), bold=True)
        set_pixel_font(self.beat_label, int(36 * scale), bold=True)
        set_pixel_font(self.next_label, int(28 * scale))
        set_pixel_font(self.instructions_label, int(20 * scale))
        super().resizeEvent(event)
        self._fit_instructions()


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
