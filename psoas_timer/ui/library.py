"""The library: every routine, favourites first, with a search and the chosen routine's steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psoas_timer.core.balance import routine_balance
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import Library, Routine, format_duration
from psoas_timer.core.store import FavoritesStore
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
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("Library", "Routine"),
    QT_TRANSLATE_NOOP("Library", "Time"),
    QT_TRANSLATE_NOOP("Library", "Steps"),
)
STEP_COLUMNS = (
    QT_TRANSLATE_NOOP("Library", "Exercise"),
    QT_TRANSLATE_NOOP("Library", "Psoas"),
    QT_TRANSLATE_NOOP("Library", "Time"),
    QT_TRANSLATE_NOOP("Library", "Sides"),
)
STEP_ICON = (56, 42)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1


def equipment_words(routine: Routine) -> list[str]:
    """The routine's equipment in the user's language (the core names it in English)."""
    return [translate("Equipment", name) for name in routine.equipment]


def level_word(routine: Routine) -> str:
    """The routine's level in the user's language, or "" if it has none."""
    return translate("Level", routine.level) if routine.level else ""


class TitleDelegate(QStyledItemDelegate):
    """The routine's title, with its equipment and level on a smaller second line."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, int(metrics.height() * 2.4) + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        title = option.text
        subtitle = index.data(SUBTITLE_ROLE) or ""
        option.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        rect = option.rect.adjusted(8, 6, -8, -6)
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(colour)
        metrics = QFontMetrics(title_font)
        top = rect.adjusted(0, 0, 0, -rect.height() // 2)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(option.font)
        small.setPixelSize(max(10, int(QFontInfo(option.font).pixelSize() * 0.82)))
        painter.setFont(small)
        muted = QColor(colour)
        muted.setAlphaF(0.78)
        painter.setPen(muted)
        bottom = rect.adjusted(0, rect.height() // 2 + 2, 0, 0)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(small).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class DetailsArea(QScrollArea):
    """The routine's facts and description: whole where the column has room, scrolled on a
    small screen (a routine with several things to have at hand, a long language), so the
    steps and the Start button stay in view and no line is cut."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Never taller than its text: the room left goes to the steps.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        content = self.widget()
        width = self.viewport().width() or content.sizeHint().width()
        layout = content.layout()
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
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
    tooltip."""

    PSOAS = 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.header()
        wanted = max(self.sizeHintForColumn(self.PSOAS), header.sectionSizeHint(self.PSOAS))
        header.resizeSection(self.PSOAS, min(wanted, self.viewport().width() // 4))


def routine_matches(routine: Routine, query: str) -> bool:
    """A search matches the title, any step's exercise, the equipment or the level (in the
    user's language or in English)."""
    words = query.casefold().split()
    parts = [routine.title, *(step.name for step in routine.steps), *routine.equipment]
    shown = [*equipment_words(routine), level_word(routine)]
    haystack = " ".join([*parts, routine.level or "", *shown]).casefold()
    return all(word in haystack for word in words)


class LibraryPage(QWidget):
    start_requested = Signal(str)  # routine id
    selection_changed = Signal(str)  # routine id
    new_requested = Signal()
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(
        self, library: Library, favorites: FavoritesStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.favorites = favorites
        # Step pictures come with `show_thumbnails`, just after the window's first frame.
        self.thumbnail: Callable[[str | None], QIcon] | None = None
        self.show_psoas = False  # the psoas drawn on the previews' pictures (a setting)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Library", "Search  (Ctrl+F)"))
        self.search.setToolTip(
            translate("Library", "Search by title, exercise, equipment or level (Ctrl+F)")
        )
        self.search.setAccessibleName(translate("Library", "Search routines"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(translate("Library", "Clear the search"))
            clear.setToolTip(translate("Library", "Clear the search"))
        set_pixel_font(self.search, 18)
        self.search.setMinimumHeight(44)
        self.search.textChanged.connect(self.populate)
        self.favorites_only = QCheckBox(translate("Library", "Favourites only"), self)
        self.favorites_only.setAccessibleName(translate("Library", "Show favourites only"))
        set_pixel_font(self.favorites_only, 17)
        self.favorites_only.toggled.connect(self.populate)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(translate("Library", "Routines"))
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(
            [translate("Library", column) if column else "" for column in COLUMNS]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegateForColumn(1, TitleDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        set_pixel_font(self.tree, 18)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._start(item))
        self.tree.itemClicked.connect(self._item_clicked)

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.favorites_only)
        left.addLayout(top)
        left.addWidget(self.tree, 1)
        edit_row = QHBoxLayout()
        self.new_button = self._button(
            translate("Library", "New…"),
            translate("Library", "Create a routine of your own (Ctrl+N)"),
        )
        self.duplicate_button = self._button(
            translate("Library", "Duplicate…"),
            translate("Library", "Copy this routine to change it"),
        )
        self.edit_button = self._button(
            translate("Library", "Edit…"), translate("Library", "Change this routine")
        )
        self.delete_button = self._button(
            translate("Library", "Delete"), translate("Library", "Delete this routine")
        )
        self.new_button.clicked.connect(self.new_requested.emit)
        self.duplicate_button.clicked.connect(lambda: self._emit_for(self.duplicate_requested))
        self.edit_button.clicked.connect(lambda: self._emit_for(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for(self.delete_requested))
        for button in (
            self.new_button,
            self.duplicate_button,
            self.edit_button,
            self.delete_button,
        ):
            edit_row.addWidget(button)
        left.addLayout(edit_row)
        left_widget = QWidget(self)
        left_widget.setLayout(left)

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
        self.steps.itemDoubleClicked.connect(lambda *_: self.preview_steps())
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
        self.about_psoas_button = self._button(
            translate("Library", "About the psoas…"),
            translate("Library", "What the psoas is, what it does, and why front and back"),
        )
        self.about_psoas_button.clicked.connect(self.show_about_psoas)
        set_pixel_font(self.about_psoas_button, 15)
        self.about_psoas_button.setMinimumHeight(40)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("detail_total")
        set_pixel_font(self.total_label, 18, bold=True)
        self.total_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.favorite_button = self._button(
            STAR_OFF + " " + translate("Library", "Favourite"),
            translate("Library", "Star this routine (Ctrl+D)"),
        )
        # A toggle: a screen reader says "Favourite" and whether it is pressed.
        self.favorite_button.setCheckable(True)
        self.favorite_button.clicked.connect(self.toggle_current_favorite)
        self.preview_button = self._button(
            translate("Library", "Look at the steps…"),
            translate("Library", "Each step's picture moving and what to do (Ctrl+L)"),
        )
        self.preview_button.clicked.connect(self.preview_steps)
        self.start_button = self._button(
            translate("Library", "Start") + "  ▶",
            translate("Library", "Start this routine (Enter)"),
        )
        self.start_button.setDefault(True)
        set_pixel_font(self.start_button, 22, bold=True)
        self.start_button.setMinimumHeight(64)
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))
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

        right = QVBoxLayout()
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
        right_widget = QWidget(self)
        right_widget.setLayout(right)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

        for key, slot in (
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+D", self.toggle_current_favorite),
            ("Ctrl+L", self.preview_steps),
            ("Return", self._enter),
            ("Enter", self._enter),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(False)  # held a moment too long, a key still acts once
            shortcut.activated.connect(slot)
        self.populate()
        self.tree.setFocus()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…▶ ").lstrip("☆★ "))
        button.setMinimumHeight(48)
        return button

    # --- the list --------------------------------------------------------------------------------

    def set_library(self, library: Library, select: str | None = None) -> None:
        self.library = library
        self.populate(select=select)

    def visible_routines(self) -> list[Routine]:
        query = self.search.text()
        favorites_only = self.favorites_only.isChecked()
        routines = [
            routine
            for routine in self.library.routines
            if routine_matches(routine, query)
            and (not favorites_only or routine.id in self.favorites)
        ]
        # Favourites first; otherwise the library's order (built-in, then the user's own).
        return sorted(routines, key=lambda routine: routine.id not in self.favorites)

    def populate(self, *_: object, select: str | None = None) -> None:
        keep = select or self.current_routine_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        for routine in self.visible_routines():
            star = STAR_ON if routine.id in self.favorites else STAR_OFF
            equipment = ", ".join(equipment_words(routine)) or translate("Library", "no equipment")
            level = level_word(routine)
            title = routine.title
            if not routine.builtin:
                title = translate("Library", "{title}  (yours)").format(title=routine.title)
            item = QTreeWidgetItem(
                [
                    star,
                    title,
                    format_duration(routine.total_seconds),
                    str(len(routine.steps)),
                ]
            )
            item.setData(
                1, SUBTITLE_ROLE, "  ·  ".join(part for part in (equipment, level) if part)
            )
            item.setToolTip(
                1,
                translate("Library", "{title}: {equipment}; {level}").format(
                    title=routine.title,
                    equipment=equipment,
                    level=level or translate("Library", "any level"),
                ),
            )
            item.setData(0, Qt.ItemDataRole.UserRole, routine.id)
            item.setToolTip(0, translate("Library", "Click to star or unstar (Ctrl+D)"))
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleTextRole,
                translate("Library", "favourite")
                if routine.id in self.favorites
                else translate("Library", "not a favourite"),
            )
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        target: QTreeWidgetItem | None = None
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == keep:
                target = row
        if target is None and self.tree.topLevelItemCount():
            target = self.tree.topLevelItem(0)
        # After clear() nothing is current, so selecting an item shows its details through
        # currentItemChanged; with nothing to select, the details say why.
        if target is not None:
            self.tree.setCurrentItem(target)
        else:
            self._show_details(None)

    def current_routine_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def current_routine(self) -> Routine | None:
        routine_id = self.current_routine_id()
        return self.library.get(routine_id) if routine_id else None

    def select(self, routine_id: str) -> None:
        self.populate(select=routine_id)

    def _current_changed(self, *_: object) -> None:
        routine = self.current_routine()
        self._show_details(routine)
        if routine is not None:
            self.selection_changed.emit(routine.id)

    def _item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.toggle_current_favorite()

    def toggle_current_favorite(self) -> None:
        """Star or unstar the chosen routine. Its row stays where it is, under the pointer, so
        the next click lands where the user expects; favourites move up on the next search,
        filter or start."""
        item = self.tree.currentItem()
        routine_id = self.current_routine_id()
        if item is None or routine_id is None:
            return
        self.favorites.toggle(routine_id)
        favourite = routine_id in self.favorites
        item.setText(0, STAR_ON if favourite else STAR_OFF)
        item.setData(
            0,
            Qt.ItemDataRole.AccessibleTextRole,
            translate("Library", "favourite")
            if favourite
            else translate("Library", "not a favourite"),
        )
        if self.favorites_only.isChecked() and not favourite:
            self.populate()
        else:
            self._show_details(self.current_routine())

    def _enter(self) -> None:
        if self.steps.hasFocus():
            self.preview_steps()
        else:
            self._start(self.tree.currentItem())

    def preview_steps(self) -> None:
        """Look at each step of the chosen routine, the selected one first."""
        routine = self.current_routine()
        if routine is None or not routine.steps:
            return
        from psoas_timer.ui.preview import PreviewDialog, PreviewItem

        items = [PreviewItem.of_step(step) for step in routine.steps]
        selected = self.steps.currentItem()
        current = max(0, self.steps.indexOfTopLevelItem(selected)) if selected is not None else 0
        title = translate("Library", "The steps of {title}").format(title=routine.title)
        PreviewDialog(items, current, title, self, show_psoas=self.show_psoas).exec()

    def preview_catalogue(self) -> None:
        """Look at every exercise the app knows."""
        from psoas_timer.ui.preview import PreviewDialog, PreviewItem

        items = [PreviewItem.of_exercise(e) for e in self.library.catalogue.values()]
        PreviewDialog(items, 0, "", self, show_psoas=self.show_psoas).exec()

    def show_about_psoas(self) -> None:
        """What the psoas is and why front and back are worked equally."""
        from psoas_timer.ui.about_psoas import show_about_psoas

        show_about_psoas(self)

    def _start(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.start_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _emit_for(self, signal: SignalInstance) -> None:
        routine_id = self.current_routine_id()
        if routine_id is not None:
            signal.emit(routine_id)

    # --- the details -----------------------------------------------------------------------------

    def show_thumbnails(self) -> None:
        """Draw each step's picture in the details (QtSvg loads here, not at start-up)."""
        if self.thumbnail is not None:
            return
        from psoas_timer.ui.illustration import thumbnail_icon

        self.thumbnail = lambda exercise_id: thumbnail_icon(exercise_id, STEP_ICON[0])
        routine = self.current_routine()
        if routine is not None:
            for index, step in enumerate(routine.steps):
                item = self.steps.topLevelItem(index)
                if item is not None:
                    item.setIcon(0, self.thumbnail(step.exercise_id))

    def _show_details(self, routine: Routine | None) -> None:
        has = routine is not None
        for widget in (
            self.start_button,
            self.favorite_button,
            self.duplicate_button,
            self.preview_button,
        ):
            widget.setEnabled(has)
        own = routine is not None and not routine.builtin
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(own)
            button.setToolTip(
                translate("Library", "Change this routine")
                if own
                else translate(
                    "Library", "Built-in routines are read-only: duplicate one to change it"
                )
            )
        self.steps.clear()
        if routine is None:
            if self.search.text().strip():
                empty = translate("Library", "No routine matches your search.")
            elif self.favorites_only.isChecked():
                empty = translate("Library", "No favourites yet: star a routine with ☆ or Ctrl+D.")
            else:
                empty = ""
            self.title_label.setText(empty)
            self.meta_label.setText("")
            self.description_label.setText("")
            self.total_label.setText("")
            self.balance_bar.hide()
            self.balance_bar.note_label.hide()
            return
        favourite = routine.id in self.favorites
        star = STAR_ON if favourite else STAR_OFF
        self.favorite_button.setText(star + " " + translate("Library", "Favourite"))
        self.favorite_button.setChecked(favourite)
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
            item.setIcon(0, blank if self.thumbnail is None else self.thumbnail(step.exercise_id))
            if step.psoas is not None:
                item.setToolTip(1, effect_detail(step.psoas))
            self.steps.addTopLevelItem(item)
        self.steps.fit_columns()
        # One short line here, where space is tight; the whole note is its tooltip.
        balance = routine_balance(routine)
        note = " ".join(part for part in (leaning_short(balance), not_counted(balance)) if part)
        self.balance_bar.set_balance(balance, note)
        advice = leaning_note(balance, self.library.catalogue.values())
        self.balance_bar.note_label.setToolTip(advice or note)
        self.balance_bar.show()
        parts = []
        if routine.prep_seconds:
            parts.append(
                translate("Library", "get ready {seconds} s").format(seconds=routine.prep_seconds)
            )
        if routine.rest_seconds and len(routine.steps) > 1:
            parts.append(
                translate("Library", "rests {seconds} s").format(seconds=routine.rest_seconds)
            )
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
        self.total_label.setText(text)
