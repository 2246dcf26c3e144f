"""The player: what to do now, how long is left, and what comes next, readable from the floor.

A view only: every figure on it comes from the session engine's queries, refreshed when the
controller says something changed. It has no timer of its own.

The whole page takes the colour of the phase (get ready, work, rest, switch sides, paused,
done), and a banner across the top names the phase in a word and a shape, so it reads from
across the room and without colour. Every slot keeps its place from step to step: a line with
nothing to say stays empty rather than letting the others move up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFontMetrics,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
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
from psoas_timer.core.i18n import translate
from psoas_timer.core.routines import format_duration
from psoas_timer.ui import dialogs
from psoas_timer.ui.controller import SessionController
from psoas_timer.ui.illustration import IllustrationView
from psoas_timer.ui.instructions import InstructionsView
from psoas_timer.ui.player_banner import PhaseBanner
from psoas_timer.ui.player_controls import ControlRow, scale_buttons
from psoas_timer.ui.player_keys import install_player_keys
from psoas_timer.ui.player_summary import SummaryView
from psoas_timer.ui.player_text import (
    announcement,
    look_key,
    next_text,
    phase_heading,
    side_text,
    summary_text,
)
from psoas_timer.ui.player_widgets import FractionBar, PausedVeil, clock_label, fit_label
from psoas_timer.ui.psoas_text import effect_detail
from psoas_timer.ui.style import PHASE_LOOKS, PhaseLook, disclaimer, set_pixel_font, side_colour

STOP_CONFIRM_AFTER_SECONDS = 10
REFERENCE_SIZE = QSize(1366, 768)  # the window the base type sizes below are chosen for


class PlayerPage(QWidget):
    """Emits `done` when the user leaves the summary, `repeat` to run the routine again, and
    `caption_changed` with a short line for the window's title ("0:45 · Cat pose")."""

    done = Signal()
    repeat = Signal()
    mute_toggled = Signal()
    fullscreen_toggled = Signal()
    caption_changed = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("player")
        self.setAutoFillBackground(True)
        self._look: PhaseLook | None = None
        self._caption = ""
        self._phase_index: int | None = None
        self._scale = 1.0
        self.announcements: list[str] = []  # what a screen reader was told, in order
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_live())
        self.summary = SummaryView(self.done.emit, self.repeat.emit, self)
        self._stack.addWidget(self.summary)
        # The parts by the names the user's words and the tests know them by.
        self.summary_title, self.summary_figures = self.summary.title, self.summary.figures
        self.summary_note, self.done_button = self.summary.note, self.summary.done_button
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        install_player_keys(self)
        controller.updated.connect(self.refresh)
        controller.events.connect(self._on_events)
        controller.ended.connect(self._show_summary)
        controller.started.connect(self._show_live)
        self._apply_scale()

    # --- building ------------------------------------------------------------------------------

    def _build_live(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = PhaseBanner(page)
        layout.addWidget(self.banner)
        self.phase_label, self.step_label = self.banner.phase_label, self.banner.step_label

        body = QWidget(page)
        self._body_layout = QVBoxLayout(body)
        middle = QHBoxLayout()
        self._middle_layout = middle
        self.illustration = IllustrationView(body)
        self.veil = PausedVeil(self.illustration)
        middle.addWidget(self.illustration, 1)
        right = QVBoxLayout()
        right.setSpacing(0)
        self.name_label = fit_label(body, "exercise_name")
        self.countdown_label = clock_label(body, "countdown")
        self.countdown_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Beside the clock: the side on top, the movement word below, each in a slot of its own.
        self.side_label = fit_label(body, "side")
        self.movement_label = fit_label(body, "movement")
        self.phase_bar = FractionBar(translate("Player", "Progress through this phase"), body)
        self.next_label = fit_label(body, "next_up")
        clock_row = QHBoxLayout()
        self._clock_row = clock_row
        clock_row.addWidget(self.countdown_label)
        beside = QVBoxLayout()
        beside.setSpacing(0)
        beside.addStretch(1)
        beside.addWidget(self.side_label)
        beside.addWidget(self.movement_label)
        beside.addStretch(1)
        clock_row.addLayout(beside, 1)
        right.addWidget(self.name_label)
        right.addLayout(clock_row)
        right.addSpacing(6)
        right.addWidget(self.phase_bar)
        right.addSpacing(8)
        right.addWidget(self.next_label)
        right.addStretch(1)
        middle.addLayout(right, 1)
        self._body_layout.addLayout(middle, 3)

        self.instructions = InstructionsView(body)
        self.instructions_label = self.instructions.label
        self._body_layout.addWidget(self.instructions, 2)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        self._body_layout.addWidget(line)
        self.controls = ControlRow(
            self.controller,
            self.request_stop,
            self.fullscreen_toggled.emit,
            self.mute_toggled.emit,
            body,
        )
        controls = self.controls
        self.previous_button, self.pause_button = controls.previous_button, controls.pause_button
        self.next_button, self.restart_button = controls.next_button, controls.restart_button
        self.stop_button, self.mute_button = controls.stop_button, controls.mute_button
        self.fullscreen_button = controls.fullscreen_button
        self._body_layout.addWidget(self.controls)
        self.status_label = fit_label(body, "status", shrink_to=0.85)
        self.status_label.set_full_text(disclaimer())
        self._body_layout.addWidget(self.status_label)
        layout.addWidget(body, 1)
        return page

    def is_live(self) -> bool:
        """A routine under way on screen (not its summary): the keys that run it work."""
        return self._stack.currentIndex() == 0 and self.controller.running

    # --- user actions ----------------------------------------------------------------------------

    def confirm_stop(self, practised_seconds: float) -> bool:
        return dialogs.ask(
            self,
            translate("Player", "Stop the routine?"),
            translate(
                "Player", "Stop now? The {time} you have practised will be saved in your history."
            ).format(time=format_duration(practised_seconds)),
            yes=translate("Player", "Stop"),
            no=translate("Player", "Carry on"),
            default_yes=False,
        )

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
        self.controls.set_muted(muted)
        self.banner.set_muted(muted)

    def set_show_psoas(self, show: bool) -> None:
        """Draw the psoas over the pose, or leave it out (a setting)."""
        self.illustration.set_show_psoas(show)

    def set_sound_note(self, note: str) -> None:
        """A quiet line (e.g. that sound is unavailable), shown beside the disclaimer."""
        self.status_label.set_full_text(f"{note}   ·   {disclaimer()}" if note else disclaimer())

    def set_fullscreen(self, fullscreen: bool) -> None:
        self.controls.set_fullscreen(fullscreen)

    # --- rendering -------------------------------------------------------------------------------

    def _show_live(self) -> None:
        self._stack.setCurrentIndex(0)
        self._phase_index = None
        session = self.controller.session
        if session is not None:
            self.instructions.set_texts([self._instructions_of(p) for p in session.timeline])
        self._size_clock()
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
        if session is None or session.phase is None or self._stack.currentIndex() != 0:
            return
        now = self.controller.now()
        phase = session.phase
        paused = session.state is SessionState.PAUSED
        self.illustration.set_paused(paused)
        self.veil.setVisible(paused)
        self._apply_look(PHASE_LOOKS[look_key(phase, paused)])
        if phase.index != self._phase_index:
            self._phase_index = phase.index
            self._show_step(session, phase)
        left = session.total_remaining_seconds(now)
        self.banner.show_progress(
            phase.step_index + 1,
            session.steps_total,
            format_duration(round(left)),
            1 - left / (session.routine.total_seconds or 1),
        )
        countdown = format_duration(session.display_seconds(now))
        self.countdown_label.setText(countdown)
        beat = session.current_beat(now)
        self.movement_label.set_full_text(beat[1] if beat else "")
        self.phase_bar.set_fraction(session.phase_progress(now))
        self.controls.set_paused(paused)
        values = {"time": countdown, "name": phase.step.name}
        if paused:
            self._set_caption(translate("Player", "Paused · {time} · {name}").format(**values))
        else:
            self._set_caption("{time} · {name}".format(**values))

    def _show_step(self, session: Session, phase: Phase) -> None:
        """What changes once a phase: the names, the next line, the instructions."""
        self.name_label.set_full_text(phase_heading(phase))
        self.side_label.set_full_text(side_text(phase))
        self.next_label.set_full_text(next_text(session))
        # The labels above, and on a first showing the page's new type, change the room left
        # for the instructions: settle the layouts now, so that type is fitted once, to the
        # room it will have.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.instructions.show_text(self._instructions_of(phase))
        self._announce(announcement(phase))

    def _instructions_of(self, phase: Phase) -> InstructionsView.Text:
        step = phase.step
        return InstructionsView.Text(
            step.instructions, step.focus, step.cautions, effect_detail(step.psoas)
        )

    def _apply_look(self, look: PhaseLook) -> None:
        """Colour the page for the phase: only when the phase's look changes, never per second."""
        if look == self._look:
            return
        self._look = look
        palette = QApplication.palette()
        tint = look.tint(palette)
        self.banner.set_look(look)
        page = self.palette()
        page.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(page)
        self.phase_bar.set_fill(QColor(look.strong))
        side = self.side_label.palette()
        side.setColor(QPalette.ColorRole.WindowText, side_colour(palette))
        self.side_label.setPalette(side)
        self.veil.set_colours(tint, self.palette().color(QPalette.ColorRole.WindowText))

    def _announce(self, text: str) -> None:
        """Tell a screen reader once, when the phase changes (the countdown is not read out)."""
        self.announcements.append(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _set_caption(self, caption: str) -> None:
        if caption != self._caption:
            self._caption = caption
            self.caption_changed.emit(caption)

    def caption(self) -> str:
        return self._caption

    def _show_summary(self) -> None:
        session = self.controller.session
        if session is None:
            return
        text = summary_text(session, self.controller.now())
        self._apply_look(PHASE_LOOKS[text.look])
        self.summary.show_summary(text, session.routine.title)
        self._stack.setCurrentIndex(1)
        self._set_caption("")
        self._announce(f"{text.title} {text.figures}")
        self.done_button.setFocus()

    def showing_summary(self) -> bool:
        return self._stack.currentIndex() == 1

    # --- size ------------------------------------------------------------------------------------

    def scale(self) -> float:
        return self._scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _size_clock(self) -> None:
        """As wide as the routine's longest reading (digits are all one width), so the clock
        never shifts what stands beside it, and a new second repaints the clock alone rather
        than laying out the page; the same for the routine's time left in the banner."""
        session = self.controller.session
        longest = max((phase.seconds for phase in session.timeline), default=0) if session else 0
        clock = QFontMetrics(self.countdown_label.font())
        self.countdown_label.setFixedWidth(clock.horizontalAdvance(_widest(longest)) + 4)
        self.countdown_label.setFixedHeight(clock.height())
        total = session.routine.total_seconds if session else 0
        self.banner.fit_time_left(_widest(total))

    def _apply_scale(self) -> None:
        """Type and spacing grow with the window, so full screen on a large monitor reads from
        further away; every slot's height follows its type, so nothing moves between steps."""
        s = max(
            0.55,
            min(self.width() / REFERENCE_SIZE.width(), self.height() / REFERENCE_SIZE.height()),
        )
        self._scale = s
        gap = max(6, round(14 * s))
        self._body_layout.setContentsMargins(round(24 * s), gap, round(24 * s), gap // 2)
        self._body_layout.setSpacing(gap)
        self._middle_layout.setSpacing(round(24 * s))
        self._clock_row.setSpacing(round(28 * s))
        self.controls.row.setSpacing(gap)
        self.banner.apply_scale(s, gap)
        self.summary.apply_scale(s)
        self.phase_bar.setFixedHeight(max(6, round(14 * s)))
        clock = self.countdown_label
        set_pixel_font(clock, max(12, round(150 * s)), True)
        clock.setFixedHeight(QFontMetrics(clock.font()).lineSpacing() + 2)
        for fit, pixels, bold in (
            (self.name_label, 42, True),
            (self.next_label, 26, False),
            (self.side_label, 34, True),
            (self.movement_label, 36, True),
            (self.status_label, 14, False),
        ):
            fit.set_base_font(max(12, round(pixels * s)), bold)
        self._size_clock()
        self.veil.set_text_pixels(round(150 * s))
        scale_buttons(self.controls.buttons, s)
        self.instructions.set_pixel_range(max(12, round(15 * s)), max(14, round(24 * s)))


def _widest(seconds: float) -> str:
    """The widest reading of a countdown from `seconds` (at least a minute): every digit
    a zero, as wide as any other digit."""
    return "".join("0" if c.isdigit() else c for c in format_duration(max(seconds, 60)))
