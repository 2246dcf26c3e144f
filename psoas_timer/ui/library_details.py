"""The library's right-hand side: the chosen routine's title, facts and description, its steps
with their pictures, its front and back balance, its total time, and the buttons to star it,
look at its steps and start it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.balance import routine_balance
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import Exercise, Routine, format_duration
from psoas_timer.ui.balance_bar import BalanceBar
from psoas_timer.ui.psoas_text import (
    effect_detail,
    leaning_note,
    leaning_short,
    not_counted,
    short_effect,
)
from psoas_timer.ui.style import blank_icon, set_pixel_font

STAR_ON = "★"
STAR_OFF = "☆"
STEP_COLUMNS = (
    QT_TRANSLATE_NOOP("Library", "Exercise"),
    QT_TRANSLATE_NOOP("Library", "Psoas"),
    QT_TRANSLATE_NOOP("Library", "Time"),
    QT_TRANSLATE_NOOP("Library", "Sides"),
)
STEP_ICON = (56, 42)


def equipment_words(routine: Routine) -> list[str]:
    """The routine's equipment in the user's language (the core names it in English)."""
    return [translate("Equipment", name) for name in routine.equipment]


def level_word(routine: Routine) -> str:
    """The routine's level in the user's language, or "" if it has none."""
    return translate("Level", routine.level) if routine.level else ""


def library_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(text.rstrip("…▶ ").lstrip("☆★ "))
    button.setMinimumHeight(48)
    return button


def viewport_width(area: QAbstractScrollArea) -> int:
    """The width of `area`'s viewport, worked out rather than read from `viewport()`: to
    wrap the viewport's private class, PySide would first build the Python type of every
    QtWidgets class (about 15 ms), and the first frame should not wait for that."""
    width = area.contentsRect().width()
    bar = area.verticalScrollBar()
    return width - bar.width() if bar.isVisible() else width


class DetailsArea(QScrollArea):
    """The routine's facts and description: whole where the column has room, scrolled on a
    small screen (a routine with several things to have at hand, a long language), so the
    steps and the Start button stay in view and no line is cut."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Never taller than its text: the room left goes to the steps.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        content = self._content
        width = viewport_width(self) or content.sizeHint().width()
        layout = content.layout()
        fits = layout is not None and layout.hasHeightForWidth()
        height = layout.heightForWidth(width) if layout is not None and fits else -1
        return QSize(content.sizeHint().width(), max(height, content.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 3 * self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # its wished-for height follows its width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new text: ask the column for its new height
        return super().eventFilter(watched, event)


class StepList(QTreeWidget):
    """The routine's steps. Where the list is narrow (a small screen, a long language) the
    exercise's name keeps the widest column and the psoas words give way, whole in their
    tooltip; where it is wide enough for both, both are whole."""

    PSOAS = 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.header()
        wanted = max(self.sizeHintForColumn(self.PSOAS), header.sectionSizeHint(self.PSOAS))
        width = viewport_width(self)
        others = sum(header.sectionSize(column) for column in range(2, header.count()))
        room = width - others - self.sizeHintForColumn(0)  # what the names leave
        header.resizeSection(self.PSOAS, min(wanted, max(width // 4, room)))


class RoutineDetails(QWidget):
    """The chosen routine, or a line saying why none is shown. The buttons are the page's to
    connect: it knows the favourites and what starting means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("detail_title")
        set_pixel_font(self.title_label, 30, bold=True)
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel(self)
        self.meta_label.setObjectName("detail_meta")
        set_pixel_font(self.meta_label, 17)
        self.meta_label.setWordWrap(True)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("detail_description")
        set_pixel_font(self.description_label, 17)
        self.description_label.setWordWrap(True)
        self.steps = StepList(self)
        self.steps.setAccessibleName(translate("Library", "Steps of the routine"))
        self.steps.setHeaderLabels([translate("Library", column) for column in STEP_COLUMNS])
        self.steps.setRootIsDecorated(False)
        self.steps.setIconSize(QSize(*STEP_ICON))
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setToolTip(
            translate("Library", "Double-click a step, or press Enter on it, to look at it")
        )
        set_pixel_font(self.steps, 16)
        steps_header = self.steps.header()
        steps_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        steps_header.setSectionResizeMode(StepList.PSOAS, QHeaderView.ResizeMode.Interactive)
        for column in (2, 3):
            steps_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        steps_header.setStretchLastSection(False)
        # The note goes beside the About button, under the bar: the bar and its words take
        # the column's whole width, so long words (German's) still fit a small screen.
        self.balance_bar = BalanceBar(self, pixels=16, note_below=False)
        self.about_psoas_button = library_button(
            self,
            translate("Library", "About the psoas…"),
            translate("Library", "What the psoas is, what it does, and why front and back"),
        )
        set_pixel_font(self.about_psoas_button, 15)
        self.about_psoas_button.setMinimumHeight(40)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("detail_total")
        set_pixel_font(self.total_label, 18, bold=True)
        self.total_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.favorite_button = library_button(
            self,
            STAR_OFF + " " + translate("Library", "Favourite"),
            translate("Library", "Star this routine (Ctrl+D)"),
        )
        # A toggle: a screen reader says "Favourite" and whether it is pressed.
        self.favorite_button.setCheckable(True)
        self.preview_button = library_button(
            self,
            translate("Library", "Look at the steps…"),
            translate("Library", "Each step's picture moving and what to do (Ctrl+L)"),
        )
        self.start_button = library_button(
            self,
            translate("Library", "Start") + "  ▶",
            translate("Library", "Start this routine (Enter)"),
        )
        self.start_button.setDefault(True)
        set_pixel_font(self.start_button, 22, bold=True)
        self.start_button.setMinimumHeight(64)
        buttons.addWidget(self.favorite_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.start_button, 2)

        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.meta_label)
        details_layout.addWidget(self.description_label)
        details_layout.addStretch(1)
        self.details = DetailsArea(details, self)
        # Room for a few steps whatever the screen: the list scrolls for the rest.
        self.steps.setMinimumHeight(int(STEP_ICON[1] * 2.5) + 32)

        right = QVBoxLayout(self)
        right.addWidget(self.title_label)
        right.addWidget(self.details)
        right.addWidget(self.steps, 1)
        right.addWidget(self.balance_bar)
        note_row = QHBoxLayout()
        note_row.addWidget(self.balance_bar.note_label, 1)
        note_row.addWidget(self.about_psoas_button, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(note_row)
        right.addWidget(self.total_label)
        right.addLayout(buttons)

    def selected_step(self) -> int:
        """The index of the step chosen in the list (0 if none is)."""
        selected = self.steps.currentItem()
        return max(0, self.steps.indexOfTopLevelItem(selected)) if selected is not None else 0

    def show_thumbnails(
        self, routine: Routine | None, thumbnail: Callable[[str | None], QIcon]
    ) -> None:
        """Draw each step's picture, now that pictures can be drawn."""
        if routine is not None:
            for index, step in enumerate(routine.steps):
                item = self.steps.topLevelItem(index)
                if item is not None:
                    item.setIcon(0, thumbnail(step.exercise_id))

    def set_favourite(self, favourite: bool) -> None:
        star = STAR_ON if favourite else STAR_OFF
        self.favorite_button.setText(star + " " + translate("Library", "Favourite"))
        self.favorite_button.setChecked(favourite)

    def show_nothing(self, why: str) -> None:
        """No routine to show: `why` in the title's place (or nothing)."""
        for button in (self.start_button, self.favorite_button, self.preview_button):
            button.setEnabled(False)
        self.steps.clear()
        self.title_label.setText(why)
        self.meta_label.setText("")
        self.description_label.setText("")
        self.total_label.setText("")
        self.balance_bar.hide()
        self.balance_bar.note_label.hide()

    def show_routine(
        self,
        routine: Routine,
        favourite: bool,
        thumbnail: Callable[[str | None], QIcon] | None,
        catalogue: list[Exercise],
    ) -> None:
        for button in (self.start_button, self.favorite_button, self.preview_button):
            button.setEnabled(True)
        self.steps.clear()
        self.set_favourite(favourite)
        self.title_label.setText(routine.title)
        origin = (
            translate("Library", "Built-in")
            if routine.builtin
            else translate("Library", "Your routine")
        )
        meta = [origin, level_word(routine), ", ".join(equipment_words(routine))]
        # What to have at hand beyond the list, said before the routine starts.
        notes = [f"{name} – {note}" for name, note in routine.equipment_notes]
        self.meta_label.setText("\n".join(["  ·  ".join(part for part in meta if part), *notes]))
        self.description_label.setText(routine.description)
        # Until the pictures are drawn, a blank holds each row at its final height.
        blank = blank_icon(*STEP_ICON)
        for step in routine.steps:
            sides = translate("Library", "each side") if step.per_side else ""
            item = QTreeWidgetItem(
                [step.name, short_effect(step.psoas), format_duration(step.seconds), sides]
            )
            item.setIcon(0, blank if thumbnail is None else thumbnail(step.exercise_id))
            if step.psoas is not None:
                item.setToolTip(1, effect_detail(step.psoas))
            self.steps.addTopLevelItem(item)
        self.steps.fit_columns()
        # One short line here, where space is tight; the whole note is its tooltip.
        balance = routine_balance(routine)
        note = " ".join(part for part in (leaning_short(balance), not_counted(balance)) if part)
        self.balance_bar.set_balance(balance, note)
        advice = leaning_note(balance, catalogue)
        self.balance_bar.note_label.setToolTip(advice or note)
        self.balance_bar.show()
        self.total_label.setText(total_text(routine))


def total_text(routine: Routine) -> str:
    """`Total 12:30 (get ready 10 s, rests 10 s, both sides counted)`."""
    parts = []
    if routine.prep_seconds:
        parts.append(
            translate("Library", "get ready {seconds} s").format(seconds=routine.prep_seconds)
        )
    if routine.rest_seconds and len(routine.steps) > 1:
        parts.append(translate("Library", "rests {seconds} s").format(seconds=routine.rest_seconds))
    if any(step.per_side for step in routine.steps):
        parts.append(translate("Library", "both sides counted"))
        if routine.switch_seconds:
            parts.append(
                translate("Library", "{seconds} s to switch sides").format(
                    seconds=routine.switch_seconds
                )
            )
    total = format_duration(routine.total_seconds)
    if parts:
        text = translate("Library", "Total {time} ({details})").format(
            time=total, details=", ".join(parts)
        )
    else:
        text = translate("Library", "Total {time}").format(time=total)
    return text
