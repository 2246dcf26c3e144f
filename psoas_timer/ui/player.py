"""The player: what to do now, how long is left, and what comes next, readable from the floor.

A view only: every figure on it comes from the session engine's queries, refreshed when the
controller says something changed. It has no timer of its own.

The whole page takes the colour of the phase (get ready, work, rest, switch sides, paused,
done), and a banner across the top names the phase in a word and a shape, so it reads from
across the room and without colour. Every slot keeps its place from step to step: a line with
nothing to say stays empty rather than letting the others move up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
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
from psoas_timer.ui.player_text import (
    announcement,
    look_key,
    next_text,
    phase_heading,
    side_text,
    summary_text,
)
from psoas_timer.ui.player_widgets import (
    FitLabel,
    FractionBar,
    MutedSign,
    PausedVeil,
    PhaseShape,
)
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
        self._stack.addWidget(self._build_summary())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._install_keys()
        controller.updated.connect(self.refresh)
        controller.events.connect(self._on_events)
        controller.ended.connect(self._show_summary)
        controller.started.connect(self._show_live)
        self._apply_scale()

    # --- building ------------------------------------------------------------------------------

    def _label(self, parent: QWidget, name: str, wrap: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Text never sets the window's width: what does not fit is fitted or elided.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return label

    def _fit_label(self, parent: QWidget, name: str, shrink_to: float = 0.65) -> FitLabel:
        label = FitLabel(parent, shrink_to)
        label.setObjectName(name)
        return label

    def _button(
        self, text: str, key: str, key_hint: str, name: str, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setProperty("key", key)
        button.setProperty("key_hint", key_hint)
        button.setAccessibleDescription(
            translate("Player", "Keyboard: {keys}").format(keys=key_hint)
        )
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        self._set_button_text(button, text)
        return button

    @staticmethod
    def _set_button_text(button: QPushButton, text: str) -> None:
        key = button.property("key")
        button.setText(f"{text}  [{key}]" if key else text)
        button.setAccessibleName(text)  # the key is the description, not part of the name
        hint = button.property("key_hint")
        button.setToolTip(
            translate("Player", "{action} ({keys})").format(action=text, keys=hint)
            if hint
            else text
        )

    def _build_live(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_banner(page))

        body = QWidget(page)
        self._body_layout = QVBoxLayout(body)
        middle = QHBoxLayout()
        self._middle_layout = middle
        self.illustration = IllustrationView(body)
        self.veil = PausedVeil(self.illustration)
        self.illustration.installEventFilter(self)
        middle.addWidget(self.illustration, 1)
        right = QVBoxLayout()
        right.setSpacing(0)
        self.name_label = self._fit_label(body, "exercise_name")
        self.countdown_label = self._label(body, "countdown")
        self.countdown_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Beside the clock: the side on top, the movement word below, each in a slot of its own.
        self.side_label = self._fit_label(body, "side")
        self.movement_label = self._fit_label(body, "movement")
        self.phase_bar = FractionBar(translate("Player", "Progress through this phase"), body)
        self.next_label = self._fit_label(body, "next_up")
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
        self._body_layout.addLayout(self._build_controls(body))
        self.status_label = self._fit_label(body, "status", shrink_to=0.85)
        self.status_label.set_full_text(disclaimer())
        self._body_layout.addWidget(self.status_label)
        layout.addWidget(body, 1)
        return page

    def _build_banner(self, parent: QWidget) -> QWidget:
        self.banner = QWidget(parent)
        self.banner.setObjectName("banner")
        self.banner.setAutoFillBackground(True)
        column = QVBoxLayout(self.banner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        row = QHBoxLayout()
        self._banner_row = row
        self.phase_shape = PhaseShape(self.banner)
        self.phase_label = self._label(self.banner, "phase")
        self.phase_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.step_label = self._label(self.banner, "step_of")
        self.muted_sign = MutedSign(self.banner)
        self.muted_sign.hide()
        self.overall_label = self._label(self.banner, "time_left_overall")
        self.overall_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.overall_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.phase_shape, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.phase_label)
        row.addWidget(self.step_label, 1)
        row.addWidget(self.muted_sign, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(16)
        row.addWidget(self.overall_label)
        column.addLayout(row)
        self.overall_bar = FractionBar(
            translate("Player", "Progress through the routine"), self.banner
        )
        column.addWidget(self.overall_bar)
        return self.banner

    def _build_controls(self, parent: QWidget) -> QHBoxLayout:
        controls = QHBoxLayout()
        controller = self.controller
        space = translate("Keys", "Space")
        self.previous_button = self._button(
            translate("Player", "Previous"),
            "←",
            translate("Keys", "Left arrow"),
            "previous",
            controller.previous,
        )
        self.pause_button = self._button(
            translate("Player", "Pause"), space, space, "pause", controller.toggle_pause
        )
        self.next_button = self._button(
            translate("Player", "Next"),
            "→",
            translate("Keys", "Right arrow"),
            "next",
            controller.next,
        )
        self.restart_button = self._button(
            translate("Player", "Restart step"), "R", "R", "restart", controller.restart_phase
        )
        self.stop_button = self._button(
            translate("Player", "Stop"), "Esc", "Esc", "stop", self.request_stop
        )
        self.fullscreen_button = self._button(
            translate("Player", "Full screen"),
            "F",
            translate("Keys", "F11 or F"),
            "fullscreen",
            self.fullscreen_toggled.emit,
        )
        self.mute_button = self._button(
            translate("Player", "Mute"), "M", "M", "mute", self.mute_toggled.emit
        )
        self.control_buttons = [
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.restart_button,
            self.stop_button,
            self.fullscreen_button,
            self.mute_button,
        ]
        for button in self.control_buttons:
            # Their width comes from the row, not from their words: the row is what must fit
            # a small screen, and the fit tests check no label is cut.
            button.setMinimumWidth(1)
            controls.addWidget(button)
        return controls

    def _build_summary(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self.summary_shape = PhaseShape(page)
        layout.addWidget(self.summary_shape, 0, Qt.AlignmentFlag.AlignHCenter)
        self.summary_title = self._label(page, "summary_title")
        self.summary_routine = self._label(page, "summary_routine", wrap=True)
        self.summary_figures = self._label(page, "summary_figures", wrap=True)
        self.summary_note = self._label(page, "summary_note", wrap=True)
        for label in (
            self.summary_title,
            self.summary_routine,
            self.summary_figures,
            self.summary_note,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(32)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        enter = translate("Keys", "Enter")
        self.done_button = self._button(
            translate("Player", "Done"), enter, enter, "done", self.done.emit
        )
        self.repeat_button = self._button(
            translate("Player", "Repeat"), "R", "R", "repeat", self.repeat.emit
        )
        for button in (self.done_button, self.repeat_button):
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
        self._set_button_text(
            self.mute_button,
            translate("Player", "Unmute") if muted else translate("Player", "Mute"),
        )
        self.muted_sign.setVisible(muted)

    def set_show_psoas(self, show: bool) -> None:
        """Draw the psoas over the pose, or leave it out (a setting)."""
        self.illustration.set_show_psoas(show)

    def set_sound_note(self, note: str) -> None:
        """A quiet line (e.g. that sound is unavailable), shown beside the disclaimer."""
        self.status_label.set_full_text(f"{note}   ·   {disclaimer()}" if note else disclaimer())

    def set_fullscreen(self, fullscreen: bool) -> None:
        self._set_button_text(
            self.fullscreen_button,
            translate("Player", "Leave full screen")
            if fullscreen
            else translate("Player", "Full screen"),
        )

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
        self.step_label.setText(
            translate("Player", "Step {step} of {total}").format(
                step=phase.step_index + 1, total=session.steps_total
            )
        )
        left = session.total_remaining_seconds(now)
        self.overall_label.setText(
            translate("Player", "{time} left").format(time=format_duration(round(left)))
        )
        self.overall_bar.set_fraction(1 - left / (session.routine.total_seconds or 1))
        countdown = format_duration(session.display_seconds(now))
        self.countdown_label.setText(countdown)
        beat = session.current_beat(now)
        self.movement_label.set_full_text(beat[1] if beat else "")
        self.phase_bar.set_fraction(session.phase_progress(now))
        self._set_button_text(
            self.pause_button,
            translate("Player", "Resume") if paused else translate("Player", "Pause"),
        )
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
        strong, tint = QColor(look.strong), look.tint(palette)
        banner = self.banner.palette()
        banner.setColor(QPalette.ColorRole.Window, strong)
        banner.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.banner.setPalette(banner)
        page = self.palette()
        page.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(page)
        self.phase_label.setText(look.label())
        self.phase_shape.set_look(look, QColor("white"))
        self.muted_sign.set_colour(QColor("white"))
        self.overall_bar.set_fill(QColor("white"))
        self.phase_bar.set_fill(strong)
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
        self.summary_shape.set_look(PHASE_LOOKS[text.look], QColor(PHASE_LOOKS[text.look].strong))
        self.summary_title.setText(text.title)
        self.summary_routine.setText(session.routine.title)
        self.summary_figures.setText(text.figures)
        self.summary_note.setText(text.note)
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
        never shifts what stands beside it."""
        session = self.controller.session
        longest = max((phase.seconds for phase in session.timeline), default=0) if session else 0
        widest = "".join("0" if c.isdigit() else c for c in format_duration(max(longest, 60)))
        clock = QFontMetrics(self.countdown_label.font())
        self.countdown_label.setFixedWidth(clock.horizontalAdvance(widest) + 4)
        self.countdown_label.setFixedHeight(clock.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.illustration and event.type() == QEvent.Type.Resize:
            self.veil.setGeometry(self.illustration.rect())
        return super().eventFilter(watched, event)

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
        self._banner_row.setContentsMargins(round(24 * s), gap, round(24 * s), gap)
        self._banner_row.setSpacing(gap)
        self.overall_bar.setFixedHeight(max(4, round(8 * s)))
        self.phase_bar.setFixedHeight(max(6, round(14 * s)))
        fixed = (
            (self.phase_label, 30, True, 1),
            (self.step_label, 24, False, 1),
            (self.overall_label, 26, False, 1),
            (self.countdown_label, 150, True, 1),
            (self.summary_title, 56, True, 1),
            (self.summary_routine, 28, False, 2),
            (self.summary_figures, 34, True, 2),
            (self.summary_note, 22, False, 2),
        )
        for label, pixels, bold, lines in fixed:
            set_pixel_font(label, max(12, round(pixels * s)), bold)
            label.setFixedHeight(QFontMetrics(label.font()).lineSpacing() * lines + 2)
        for fit, pixels, bold in (
            (self.name_label, 42, True),
            (self.next_label, 26, False),
            (self.side_label, 34, True),
            (self.movement_label, 36, True),
            (self.status_label, 14, False),
        ):
            fit.set_base_font(max(12, round(pixels * s)), bold)
        self._size_clock()
        self.phase_shape.set_side(round(30 * s * 1.1))
        self.summary_shape.set_side(round(72 * s))
        self.muted_sign.set_height(round(30 * s * 1.1))
        self.veil.set_text_pixels(round(150 * s))
        self.veil.setGeometry(self.illustration.rect())
        button_pixels = max(13, round(17 * s))
        for button in (*self.control_buttons, self.done_button, self.repeat_button):
            set_pixel_font(button, button_pixels)
            button.setFixedHeight(max(48, round(58 * s)))
        for button in (self.done_button, self.repeat_button):
            button.setMinimumWidth(round(220 * s))
        self.instructions.set_pixel_range(max(12, round(15 * s)), max(14, round(24 * s)))
