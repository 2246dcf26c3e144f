"""What a user would see wrong on a screen, as checks the window tests share: text cut off or
past the window's edge, a control a screen reader cannot name, and English left on a screen
in another language."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from psoas_timer.core.about_psoas import load_about_psoas
from psoas_timer.core.routines import Library
from psoas_timer.ui.player_widgets import FitLabel

LINE_EDIT_MARGIN = 2  # Qt's QLineEdit keeps 2 px between its frame and its text
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def spoken_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def showing(root: QWidget, kind):
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root.window()) and w.isVisible()]


def shown_text(text: str) -> str:
    """The text as drawn: a lone & marks the mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def outside(root: QWidget) -> list[str]:
    """Every visible widget that reaches past the edge of its window."""
    window = root.window()
    bounds = window.rect()
    problems = []
    for widget in showing(root, QWidget):
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        inside = bounds.contains(top_left) and bounds.contains(bottom_right)
        # A widget inside a scroll area may pass the edge: it is scrolled to, not cut.
        if not inside and not any(isinstance(a, QScrollArea) for a in ancestors(widget, window)):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} past the edge")
    return problems


def ancestors(widget: QWidget, stop: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


def clipped(root: QWidget) -> list[str]:
    """Every visible label or button whose text does not fit inside it, by its font's metrics,
    every empty field whose example is cut short, every widget cut by the edge of the window,
    and every scroll area too narrow for what it holds."""
    for _ in range(3):  # let pending layout requests settle, as the next frames would
        QApplication.processEvents()
    problems = outside(root)
    for label in showing(root, QLabel):
        text = shown_text(label.text())
        if not text or label.textFormat().name == "RichText" or "<" in text:
            continue
        rect = label.contentsRect()
        metrics = QFontMetrics(label.font())
        if label.wordWrap():
            needed = label.heightForWidth(rect.width())
            if needed > rect.height() + 1:
                problems.append(f"{label.objectName()!r} {text!r}: {needed} px tall in {rect}")
        else:
            lines = text.split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines)
            height = metrics.height() * len(lines)
            if width > rect.width() + 1 or height > rect.height() + 1:
                problems.append(f"{label.objectName()!r} {text!r}: {width}x{height} in {rect}")
    for button in showing(root, QPushButton):
        metrics = QFontMetrics(button.font())
        needed = metrics.horizontalAdvance(shown_text(button.text())) + 8
        if needed > button.width() or metrics.height() > button.height():
            problems.append(f"button {button.text()!r}: {needed} px in {button.width()}")
    # An empty field's example, which Qt cuts short with "…" where it does not fit.
    for edit in showing(root, QLineEdit):
        hint = edit.placeholderText()
        if edit.text() or not hint:
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        margins = edit.textMargins()
        room = inside.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
        needed = QFontMetrics(edit.font()).horizontalAdvance(hint)
        if needed > room:
            problems.append(f"field example {hint!r}: {needed} px in {room}")
    # A scroll area that only scrolls up and down, holding something wider than itself, shows
    # it cut at its right edge.
    for area in showing(root, QScrollArea):
        inside = area.widget()
        if (
            inside is None
            or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            continue
        needed = max(inside.minimumSizeHint().width(), inside.minimumWidth())
        if needed > area.viewport().width():
            problems.append(f"{needed} px of width in a scroll area {area.viewport().width()} wide")
    return problems


def list_cut(view: QListWidget) -> list[str]:
    """Every row of a list whose text does not fit beside its icon, over as many lines as the
    row has room for."""
    for _ in range(3):
        QApplication.processEvents()
    problems = []
    metrics = QFontMetrics(view.font())
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        width = rect.right() - view.iconSize().width() - 12  # the icon and the gaps beside it
        needed = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        if (
            needed.width() > width
            or needed.height() > rect.height()
            or rect.right() > (view.viewport().width())
        ):
            problems.append(f"row {item.text()!r}: {needed.size()} in {rect}")
    return problems


def shown_as_words(text: str) -> str:
    """A button's words without its key hint and symbols: what a screen reader should say."""
    text = re.sub(r"\[[^\]]*\]", "", text)
    return re.sub(r"[^\w' ,.:;!?()-]", "", text).strip()


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for label in showing(root, QLabel):
        text = label.full_text() if isinstance(label, FitLabel) else label.text()
        if text and "<" not in text and spoken_name(label) != text:
            problems.append(
                f"label {label.objectName()!r}: shows {text!r}, says {spoken_name(label)!r}"
            )
    for button in showing(root, QAbstractButton):
        name = spoken_name(button)
        if not name:
            problems.append(f"button {button.objectName() or button.text()!r} has no name")
        elif (
            button.text()
            and not isinstance(button, QCheckBox)
            and shown_as_words(name) != shown_as_words(button.text())
        ):
            problems.append(f"button shows {button.text()!r}, says {name!r}")
    for field in showing(root, QLineEdit):
        if not spoken_name(field):
            problems.append(f"field {field.objectName()!r} has no name")
    return problems


def kept_to_its_screen(window) -> bool:
    """The window is still the size of the screen it was given (no page made it grow)."""
    QApplication.processEvents()
    width, height = window.property("screen_size")
    return window.width() <= width and window.height() <= height


# --- English left on a screen in another language ----------------------------------------------

# Qt's own words on its dialogs' buttons, translated by Qt's translations.
QT_WORDS = frozenset({"OK", "Cancel", "Save", "Apply", "Yes", "No", "Discard"})
_FIELD = re.compile(r"(\{[a-z_]+\}|%n)")
# What a value looks like, by its field's name (other fields may be any text).
_DURATION, _NUMBER, _FREE = r"\d+:\d\d", r"\d+", r"[^\n]+"  # a value stays on one line
_VALUES = {
    "%n": _NUMBER,
    **dict.fromkeys(("{time}", "{more}", "{less}"), _DURATION),
    **dict.fromkeys(
        ("{step}", "{total}", "{seconds}", "{percent}", "{number}", "{count}", "{done}", "{pid}"),
        _NUMBER,
    ),
}


def _messages(language: str) -> list[tuple[str, str, bool, list[str]]]:
    root = ET.parse(TRANSLATIONS / f"psoas_timer_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            source = message.findtext("source") or ""
            found.append((name, source, message.get("numerus") == "yes", texts))
    return found


# Values that are names (a routine's title, an exercise's): where the names on the screen are
# known, "Pause {title}" is English left only if what stands for {title} is one of them, so a
# French "Pause  [Espace]" or instructions that begin "Start on your hands" are not taken for it.
_NAMES = frozenset({"{title}", "{name}"})


@dataclass(frozen=True)
class Shape:
    """An English text with values, as a pattern that matches it with any values."""

    pattern: re.Pattern[str]
    names: tuple[bool, ...]  # for each value: must it be a known name?

    def found_in(self, text: str, names: frozenset[str]) -> bool:
        match = self.pattern.fullmatch(text)
        if match is None:
            return False
        return not names or all(
            value.strip() in names
            for value, is_name in zip(match.groups(), self.names, strict=True)
            if is_name
        )


def _shape(text: str) -> Shape | None:
    """`text`'s shape; None where too little of it is words to tell it from other text."""
    parts = _FIELD.split(text)
    words = "".join(part for part in parts if not _FIELD.fullmatch(part))
    if not re.search(r"[A-Za-z]{3}", words):
        return None
    fields = [part for part in parts if _FIELD.fullmatch(part)]
    pattern = "".join(
        "(" + _VALUES.get(part, _FREE) + ")" if _FIELD.fullmatch(part) else re.escape(part)
        for part in parts
    )
    return Shape(re.compile(pattern, re.DOTALL), tuple(field in _NAMES for field in fields))


@cache
def english_sources(language: str) -> tuple[frozenset[str], tuple[Shape, ...]]:
    """The English texts that `language` says otherwise everywhere they are used: whole texts,
    and shapes for texts with values ("Step {step} of {total}", "%n session(s)"). Qt's own
    buttons' words count where `language` has other words for them ("Abbrechen")."""
    english_forms = {
        (context, source): forms for context, source, plural, forms in _messages("en") if plural
    }
    differs: dict[str, bool] = {}
    for context, source, plural, forms in _messages(language):
        english = english_forms.get((context, source), [source]) if plural else [source]
        for text in english:
            text = shown_text(text)
            same = text in (shown_text(form) for form in forms)
            differs[text] = differs.get(text, True) and not same
    exact = {word for word in QT_WORDS if differs.get(word, True)}
    shapes = []
    for text, different in differs.items():
        if not different:
            continue
        if _FIELD.search(text):
            shape = _shape(text)
            if shape is not None:
                shapes.append(shape)
        else:
            exact.add(text)
    return frozenset(exact), tuple(shapes)


def _add(found: list[tuple[str, str]], where: str, text: str) -> None:
    if text and text.strip():
        found.append((where, text))


def _label_text(label: QLabel) -> str:
    if isinstance(label, FitLabel):
        return label.full_text()
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text
    )
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def _tree_texts(found: list[tuple[str, str]], where: str, tree: QTreeWidget) -> None:
    header = tree.headerItem()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for item in [header, *items]:
        for column in range(tree.columnCount()):
            _add(found, f"{where} item", item.text(column))
            _add(found, f"{where} item tooltip", item.toolTip(column))
            accessible = item.data(column, Qt.ItemDataRole.AccessibleTextRole)
            _add(found, f"{where} item accessible", accessible or "")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text the user can see or hear on `root` and its visible children: labels, buttons,
    fields' hints, lists, tabs, titles, tooltips and what a screen reader is told. Each comes
    with where it is, for the message."""
    found: list[tuple[str, str]] = []
    window = root.window()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not (widget.isVisibleTo(window) and widget.isVisible()):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        _add(found, f"{where} tooltip", widget.toolTip())
        _add(found, f"{where} accessible name", widget.accessibleName())
        _add(found, f"{where} accessible description", widget.accessibleDescription())
        if widget.isWindow():
            _add(found, f"{where} title", widget.windowTitle())
        if isinstance(widget, QLabel):
            _add(found, where, _label_text(widget))
        elif isinstance(widget, QAbstractButton):
            _add(found, where, widget.text())
        elif isinstance(widget, QLineEdit):
            _add(found, f"{where} hint", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            _add(found, where, widget.title())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                _add(found, f"{where} item", widget.itemText(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                _add(found, f"{where} tab", widget.tabText(index))
        elif isinstance(widget, QTreeWidget):
            _tree_texts(found, where, widget)
        if isinstance(widget, QSpinBox):
            _add(found, f"{where} suffix", widget.suffix())
        elif isinstance(widget, QAbstractSpinBox):
            _add(found, where, widget.text())
    return found


def menu_texts(menus: QMenuBar | QMenu) -> list[tuple[str, str]]:
    """Every menu's title and item, and their tooltips, through the submenus."""
    found: list[tuple[str, str]] = []
    for action in menus.actions():
        _add(found, "menu", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            _add(found, "menu tooltip", action.toolTip())
        if action.menu() is not None:
            found.extend(menu_texts(action.menu()))
    return found


def _pieces(text: str) -> Iterable[str]:
    """The text, each line, each part between the dots that join short facts, and a button's
    words without its key ("Pause  [Space]") or symbols."""
    text = shown_text(text)
    yield text.strip()
    for line in text.split("\n"):
        yield line.strip()
        for part in re.split(r"\s+·\s+|;\s+", line):
            part = part.strip()
            yield part
            yield re.sub(r"\s*\[[^\]]*\]$", "", part).strip(" ☆★▶")


def english_left(
    texts: Iterable[tuple[str, str]], language: str, ignore: Iterable[str] = ()
) -> list[str]:
    """The texts (from `visible_texts`, `menu_texts`) that are English where `language` has
    words of its own. Names the user wrote and the content (`ignore`: translated as data, not
    here) pass, unless a text of the interface was built around them untranslated ("Coming
    up: Cat pose")."""
    exact, shapes = english_sources(language)
    ignored = frozenset(ignore)
    problems = []
    for where, text in texts:
        for piece in dict.fromkeys(_pieces(text)):
            if piece in ignored:
                continue
            if piece in exact or any(shape.found_in(piece, ignored) for shape in shapes):
                problems.append(f"{where}: {piece!r}")
                break
    return problems


def content_texts(library: Library) -> set[str]:
    """The content's words (exercises, routines, the psoas page): translated as data, apart
    from the interface's texts, so not what this test looks for."""
    texts: set[str] = set()
    steps = [step for routine in library.routines for step in routine.steps]
    for item in [*library.catalogue.values(), *steps]:
        texts.update([item.name, item.focus, item.equipment_note, *item.instructions])
        texts.update(item.cautions)
        if item.tempo is not None:
            texts.update(item.tempo.beats)
        if item.psoas is not None:
            texts.add(item.psoas.why)
    for routine in library.routines:
        texts.update([routine.title, routine.description])
    about = load_about_psoas()
    texts.update([about.title, about.note])
    for section in about.sections:
        texts.update([section.heading, *section.paragraphs])
    for view in about.views:
        texts.update([view.title, view.caption])
    return {text for text in texts if text}


class PaintSpy(QObject):
    """The rectangle of every paint event `widget` gets from now on, in `rects`."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)  # lives as long as the widget
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def on_screen(widget: QWidget):
    """What the window shows now, as its backing store holds it: what partial repaints left
    there (a grab() would paint the whole widget afresh)."""
    return widget.screen().grabWindow(widget.winId()).toImage()
