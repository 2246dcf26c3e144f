"""The library: every routine, favourites first, with a search and the chosen routine's steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
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
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
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

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate
from psoas_timer.core.routines import Library, Routine, format_duration
from psoas_timer.core.store import FavoritesStore
from psoas_timer.ui.library_details import (
    STAR_OFF,
    STAR_ON,
    STEP_ICON,
    RoutineDetails,
    equipment_words,
    level_word,
    library_button,
)
from psoas_timer.ui.style import set_pixel_font

COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("Library", "Routine"),
    QT_TRANSLATE_NOOP("Library", "Time"),
    QT_TRANSLATE_NOOP("Library", "Steps"),
)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.new_button = library_button(
            self,
            translate("Library", "New…"),
            translate("Library", "Create a routine of your own (Ctrl+N)"),
        )
        self.duplicate_button = library_button(
            self,
            translate("Library", "Duplicate…"),
            translate("Library", "Copy this routine to change it"),
        )
        self.edit_button = library_button(
            self, translate("Library", "Edit…"), translate("Library", "Change this routine")
        )
        self.delete_button = library_button(
            self, translate("Library", "Delete"), translate("Library", "Delete this routine")
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

        self.detail_pane = RoutineDetails(self)
        pane = self.detail_pane
        # The parts by the names the user's words and the tests know them by.
        self.title_label, self.meta_label = pane.title_label, pane.meta_label
        self.description_label, self.total_label = pane.description_label, pane.total_label
        self.steps, self.balance_bar = pane.steps, pane.balance_bar
        self.favorite_button, self.preview_button = pane.favorite_button, pane.preview_button
        self.start_button, self.about_psoas_button = pane.start_button, pane.about_psoas_button
        self.steps.itemDoubleClicked.connect(lambda *_: self.preview_steps())
        pane.about_psoas_button.clicked.connect(self.show_about_psoas)
        self.favorite_button.clicked.connect(self.toggle_current_favorite)
        self.preview_button.clicked.connect(self.preview_steps)
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.detail_pane)
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
        current = self.detail_pane.selected_step()
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
        self.detail_pane.show_thumbnails(self.current_routine(), self.thumbnail)

    def _show_details(self, routine: Routine | None) -> None:
        self.duplicate_button.setEnabled(routine is not None)
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
        if routine is not None:
            self.detail_pane.show_routine(
                routine,
                routine.id in self.favorites,
                self.thumbnail,
                list(self.library.catalogue.values()),
            )
        elif self.search.text().strip():
            self.detail_pane.show_nothing(translate("Library", "No routine matches your search."))
        elif self.favorites_only.isChecked():
            self.detail_pane.show_nothing(
                translate("Library", "No favourites yet: star a routine with ☆ or Ctrl+D.")
            )
        else:
            self.detail_pane.show_nothing("")
