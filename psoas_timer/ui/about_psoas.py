"""About the psoas: a drawing of the muscle and its partner, and a few short sections on what it
is, what it does, the signs that it is out of sorts, why front and back are worked equally, and
how to look after it, with the not-medical-advice note.

Read from a chair: one section at a time, in type as large as the window allows (the size
that fits the longest section, so it does not change from section to section), chosen with
large buttons or the arrow keys. The words are content (`core.about_psoas`); the drawings are
the SVGs in assets/anatomy/, one per view the content names, their labels' words swapped by id
for the content language's (a label longer than the English is made smaller to stay whole).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psoas_timer import resources
from psoas_timer.core.about_psoas import (
    AboutPsoas,
    View,
    load_about_psoas,
    load_anatomy_labels,
    relabelled_svg,
)
from psoas_timer.core.i18n import translate
from psoas_timer.ui.style import disclaimer, muted_text_colour, set_pixel_font

REFERENCE = QSize(1366, 768)  # the window the base sizes below are chosen for
TEXT_PIXELS = (18, 30)  # the section text's range at the reference size
MIN_TEXT_PIXELS = 16  # below this the text scrolls rather than shrinks: it is read from a chair


def drawing_path(view: View, folder: Path | None = None) -> Path | None:
    """The drawing of `view`: anatomy/<name>.svg, else the first SVG whose name holds it."""
    folder = folder or resources.anatomy_dir()
    exact = folder / f"{view.name}.svg"
    if exact.is_file():
        return exact
    if not folder.is_dir():
        return None
    return next((path for path in sorted(folder.glob("*.svg")) if view.name in path.stem), None)


def _centred(source: QSize, area: QRectF) -> QRectF:
    """The largest rectangle of source's shape centred in area."""
    if source.width() <= 0 or source.height() <= 0:
        return QRectF(area)
    scale = min(area.width() / source.width(), area.height() / source.height())
    width, height = source.width() * scale, source.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )


LABEL_MARGIN = 2.0  # between a label made smaller to fit and the drawing's edge


def labelled_renderer(
    path: Path, words: Mapping[str, str], parent: QWidget | None = None
) -> QSvgRenderer:
    """The drawing at `path` with its labels in `words` (by id); a label that would run off
    the drawing is set in smaller type, just small enough to stay whole."""
    svg = path.read_bytes()
    if not words:
        return QSvgRenderer(QByteArray(svg), parent)
    renderer = QSvgRenderer(QByteArray(relabelled_svg(svg, words)), parent)
    box = renderer.viewBoxF()
    scales: dict[str, float] = {}
    for label_id in words:
        bounds = renderer.boundsOnElement(label_id)
        overflow = max(box.left() - bounds.left(), bounds.right() - box.right(), 0.0)
        if overflow > 0 and bounds.width() > 0:
            fits = bounds.width() - overflow - LABEL_MARGIN
            scales[label_id] = max(0.5, fits / bounds.width())
    if scales:
        renderer.load(QByteArray(relabelled_svg(svg, words, scales)))
    return renderer


class DrawingPanel(QWidget):
    """One view of the anatomy, scaled to fit; until its drawing exists, a quiet empty panel."""

    def __init__(
        self,
        view: View,
        parent: QWidget | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        path = drawing_path(view)
        self.renderer: QSvgRenderer | None = None
        if path is not None:
            words = (labels or {}).get(path.name, {})
            self.renderer = labelled_renderer(path, words, self)
        if self.renderer is not None and not self.renderer.isValid():
            self.renderer = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 80)
        self.setAccessibleName(view.caption)

    def has_drawing(self) -> bool:
        return self.renderer is not None

    def sizeHint(self) -> QSize:
        return QSize(300, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self.renderer is not None:
            self.renderer.render(painter, _centred(self.renderer.defaultSize(), area))
        else:
            fill = QColor(self.palette().color(QPalette.ColorRole.AlternateBase))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(area, 12, 12)
        painter.end()


class _TextArea(QScrollArea):
    """The section's text, scrolling only if it cannot fit even at the smallest size; tells
    the dialog when its size changes, to fit the type again."""

    def __init__(self, parent: QWidget, resized: Callable[[], None]) -> None:
        super().__init__(parent)
        self._resized = resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class AboutPsoasDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, content: AboutPsoas | None = None) -> None:
        super().__init__(parent)
        self.content = content or load_about_psoas()
        self.setWindowTitle(self.content.title)
        self.setObjectName("about_psoas")
        self._section = 0
        self._view = 0
        self._fitted_for: tuple[int, int, int, int] | None = None

        self.title_label = QLabel(self.content.title, self)
        self.title_label.setObjectName("about_title")
        self.close_button = QPushButton(translate("AboutPsoas", "Close"), self)
        self.close_button.setAccessibleName(translate("AboutPsoas", "Close"))
        self.close_button.setToolTip(translate("AboutPsoas", "Close (Esc)"))
        self.close_button.clicked.connect(self.accept)

        # One drawing at a time, as large as the column allows: their labels are part of the
        # drawing and grow with it. A button under it for each view.
        labels = load_anatomy_labels()
        self.panels = [DrawingPanel(view, self, labels) for view in self.content.views]
        self.drawing_stack = QStackedWidget(self)
        for panel in self.panels:
            self.drawing_stack.addWidget(panel)
        self.view_buttons: list[QPushButton] = []
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        views_row = QHBoxLayout()
        views_row.setSpacing(8)
        for index, view in enumerate(self.content.views):
            button = QPushButton(view.title, self)
            button.setObjectName(f"view_{view.name}")
            button.setCheckable(True)
            button.setAccessibleName(view.title)
            button.setAccessibleDescription(
                translate("AboutPsoas", "Up and down arrows change the drawing")
            )
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.view_group.addButton(button, index)
            self.view_buttons.append(button)
            views_row.addWidget(button)
        self.view_group.idClicked.connect(self.show_view)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("drawing_caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        drawings = QVBoxLayout()
        drawings.setSpacing(8)
        drawings.addWidget(self.drawing_stack, 1)
        drawings.addWidget(self.caption_label)
        drawings.addLayout(views_row)

        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("about_heading")
        self.heading_label.setWordWrap(True)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("about_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumSize(1, 1)
        self.text_area = _TextArea(self, self._fit_text)
        self.text_area.setWidget(self.text_label)
        self.text_area.setWidgetResizable(True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.viewport().setAutoFillBackground(False)
        self.text_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text_column = QVBoxLayout()
        text_column.addWidget(self.heading_label)
        text_column.addWidget(self.text_area, 1)

        self.section_buttons: list[QPushButton] = []
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        sections_row = QHBoxLayout()
        sections_row.setSpacing(8)
        for index, section in enumerate(self.content.sections):
            button = QPushButton(section.heading, self)
            button.setCheckable(True)
            button.setAccessibleName(section.heading)
            count = len(self.content.sections)
            button.setAccessibleDescription(
                translate("AboutPsoas", "Section {number} of {count}; arrow keys move").format(
                    number=index + 1, count=count
                )
            )
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.section_group.addButton(button, index)
            self.section_buttons.append(button)
            sections_row.addWidget(button)
        self.section_group.idClicked.connect(self.show_section)

        self.note_label = QLabel(f"{disclaimer()} {self.content.note}", self)
        self.note_label.setObjectName("about_note")
        self.note_label.setWordWrap(True)
        palette = self.note_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_text_colour(self.palette()))
        self.note_label.setPalette(palette)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.close_button)
        body = QHBoxLayout()
        self._body = body
        body.addLayout(drawings, 1)
        body.addLayout(text_column, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addLayout(body, 1)
        self._layout.addLayout(sections_row)
        self._layout.addWidget(self.note_label)

        for keys, slot in (
            (("Right", "PgDown"), lambda: self.show_section(self._section + 1)),
            (("Left", "PgUp"), lambda: self.show_section(self._section - 1)),
            (("Up", "Down"), lambda: self.show_view(1 - self._view)),
            (("Ctrl+W",), self.accept),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setAutoRepeat(False)
                shortcut.activated.connect(slot)

        window = parent.window() if parent is not None else None
        screen = (window.screen() if window is not None else self.screen()).availableGeometry()
        if window is not None:
            size = QSize(round(window.width() * 0.94), round(window.height() * 0.92))
        else:
            size = QSize(1100, 700)
        self.resize(size.boundedTo(screen.size()))
        self._apply_scale()
        self.show_view(0)
        self.show_section(0)
        self.close_button.setFocus()

    # --- drawings and sections ------------------------------------------------------------------

    def view_index(self) -> int:
        return self._view

    def show_view(self, index: int) -> None:
        if not self.panels:
            return
        self._view = max(0, min(index, len(self.panels) - 1))
        self.drawing_stack.setCurrentIndex(self._view)
        self.view_buttons[self._view].setChecked(True)
        self.caption_label.setText(self.content.views[self._view].caption)

    def section_index(self) -> int:
        return self._section

    def show_section(self, index: int) -> None:
        count = len(self.content.sections)
        self._section = max(0, min(index, count - 1))
        section = self.content.sections[self._section]
        self.heading_label.setText(section.heading)
        self.text_label.setText(self._html(self._section))
        self.text_label.setAccessibleName(section.heading)
        self.section_buttons[self._section].setChecked(True)
        self.text_area.verticalScrollBar().setValue(0)

    def _html(self, index: int) -> str:
        section = self.content.sections[index]
        return "".join(
            f"<p style='margin: 0 0 0.6em 0;'>{html.escape(paragraph)}</p>"
            for paragraph in section.paragraphs
        )

    def text_fits(self) -> bool:
        """Whether the shown section is whole on screen, with nothing to scroll."""
        viewport = self.text_area.viewport()
        return self.text_label.heightForWidth(viewport.width()) <= viewport.height()

    def text_pixels(self) -> int:
        return self.text_label.font().pixelSize()

    # --- size -------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _scale(self) -> float:
        return max(
            0.7, min(2.5, self.width() / REFERENCE.width(), self.height() / REFERENCE.height())
        )

    def _apply_scale(self) -> None:
        """Type, spacing and buttons grow with the dialog, so a large screen reads from further
        away; then the text takes the largest size at which every section fits."""
        s = self._scale()
        margin = round(24 * s)
        self._layout.setContentsMargins(margin, round(16 * s), margin, round(12 * s))
        self._layout.setSpacing(round(12 * s))
        self._body.setSpacing(round(28 * s))
        set_pixel_font(self.title_label, round(34 * s), bold=True)
        set_pixel_font(self.heading_label, round(28 * s), bold=True)
        set_pixel_font(self.note_label, max(13, round(16 * s)))
        set_pixel_font(self.caption_label, max(14, round(17 * s)))
        for button in (*self.section_buttons, *self.view_buttons, self.close_button):
            set_pixel_font(button, max(14, round(18 * s)), bold=button is self.close_button)
            button.setMinimumHeight(max(48, round(56 * s)))
        self.close_button.setMinimumWidth(round(150 * s))
        self._fit_text()

    def _fit_text(self) -> None:
        s = self._scale()
        smallest = max(MIN_TEXT_PIXELS, round(TEXT_PIXELS[0] * s))
        largest = max(smallest, round(TEXT_PIXELS[1] * s))
        viewport = self.text_area.viewport()
        width, height = viewport.width(), viewport.height()
        key = (width, height, smallest, largest)
        if key == self._fitted_for or width <= 0 or height <= 0:
            return
        self._fitted_for = key
        probe = QLabel()
        probe.setWordWrap(True)
        probe.setTextFormat(Qt.TextFormat.RichText)
        documents = [self._html(index) for index in range(len(self.content.sections))]
        best, low, high = smallest, smallest, largest
        while low <= high:  # the largest size at which the longest section fits
            middle = (low + high) // 2
            font = QFont(self.text_label.font())
            font.setPixelSize(middle)
            probe.setFont(font)
            tallest = 0
            for document in documents:
                probe.setText(document)
                tallest = max(tallest, probe.heightForWidth(width))
            if tallest <= height:
                best, low = middle, middle + 1
            else:
                high = middle - 1
        set_pixel_font(self.text_label, best)


def show_about_psoas(parent: QWidget | None) -> None:
    """Open the page over `parent` and wait until it is closed."""
    AboutPsoasDialog(parent).exec()
