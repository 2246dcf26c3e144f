"""A step's instructions, focus and cautions, in type as large as the space allows.

One size serves the whole routine: the largest, within the player's range, at which every
step's text fits the space, so the type does not change from step to step. Where the space is
wide, the steps and the notes stand in two columns. Text that cannot fit even at the smallest
size scrolls in place rather than pushing the countdown and the controls off the screen.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from psoas_timer.core.i18n import translate

TWO_COLUMNS_FROM = 900  # px of width: below it, one column reads better
PSOAS_NOTE_SCALE = 0.85  # what the step does for the psoas, beside the instructions' type
MIN_NOTE_PIXELS = 12


def _length(text: InstructionsView.Text) -> int:
    """How many characters a text shows."""
    lines = [*text.instructions, text.focus, *text.cautions, text.psoas]
    return sum(map(len, lines))


def two_columns(width: int) -> bool:
    """Whether the steps and the notes stand side by side at `width` px."""
    return width >= TWO_COLUMNS_FROM


class InstructionsView(QScrollArea):
    class Text(NamedTuple):
        instructions: Sequence[str]
        focus: str
        cautions: Sequence[str]
        psoas: str = ""  # what the exercise does for the psoas, and why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("instructions")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Without a minimum of its own, the label's hint (its height at a narrow width) would
        # make the area scroll text that fits.
        self.label.setMinimumSize(1, 1)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(48)
        self.viewport().setAutoFillBackground(False)
        self.label.setAutoFillBackground(False)
        self._texts: list[InstructionsView.Text] = []
        self._shown: InstructionsView.Text | None = None
        self._range = (14, 22)
        self._fitted_for: tuple[int, int, int, int] | None = None
        self._heights: dict[tuple[int, int, int], int] = {}  # (width, pixels, text): height
        self._probe: QTextDocument | None = None

    def set_pixel_range(self, smallest: int, largest: int) -> None:
        if (smallest, largest) != self._range:
            self._range = (smallest, largest)
            self._fitted_for = None
            self._fit()

    def set_texts(self, texts: Sequence[Text]) -> None:
        """Every text the routine will show, so one type size can serve them all: fitted when
        the first is shown (by then the page around it has its final size)."""
        self._texts = list(dict.fromkeys(texts))
        self._forget_layouts()

    def show_text(self, text: Text) -> None:
        self._shown = text
        if text not in self._texts:
            self._texts.append(text)
            self._forget_layouts()
        self._fit()
        self.label.setText(self._html(text, self._two_columns(), self.pixel_size()))
        self.verticalScrollBar().setValue(0)

    def pixel_size(self) -> int:
        return self.label.font().pixelSize()

    def fits(self) -> bool:
        """Whether the shown text is whole on screen, with nothing to scroll."""
        return self.label.heightForWidth(self.viewport().width()) <= self.viewport().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _two_columns(self) -> bool:
        return two_columns(self.viewport().width())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_layouts()
        super().changeEvent(event)

    def _forget_layouts(self) -> None:
        self._heights.clear()
        self._fitted_for = None

    def _fit(self) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        key = (width, height, *self._range)
        if key == self._fitted_for or width <= 0 or height <= 0:
            return
        self._fitted_for = key
        best = self._largest_fitting(width, height)
        font = QFont(self.label.font())
        font.setPixelSize(best)
        self.label.setFont(font)
        if self._shown is not None:
            self.label.setText(self._html(self._shown, self._two_columns(), best))

    def _largest_fitting(self, width: int, height: int) -> int:
        """The largest size in the range at which every text fits `height`, `width` wide (the
        smallest if none does). Laying out rich text takes milliseconds a text, more on a large
        screen, so few are laid out: the tallest text first, which is the one that does not
        fit; and the search starts where the tallest would fit, as a text's height grows about
        as the square of its size."""
        smallest, largest = self._range
        order = sorted(range(len(self._texts)), key=lambda index: -_length(self._texts[index]))
        if not order or self._fits(width, largest, height, order):
            return largest
        if smallest >= largest:
            return smallest
        tallest = self._height(width, largest, order[0])  # the longest, as a rule the tallest
        guess = min(largest - 1, max(smallest, int(largest * math.sqrt(height / tallest))))
        if self._fits(width, guess, height, order):
            while guess + 1 < largest and self._fits(width, guess + 1, height, order):
                guess += 1
            return guess
        while guess > smallest and not self._fits(width, guess - 1, height, order):
            guess -= 1
        return max(smallest, guess - 1)

    def _fits(self, width: int, pixels: int, height: int, order: list[int]) -> bool:
        return all(self._height(width, pixels, index) <= height for index in order)

    def _height(self, width: int, pixels: int, index: int) -> int:
        """The height of text `index` at `pixels`, `width` wide: laid out once for each width
        and size (a routine's start fits the texts more than once as the page settles, and a
        height that changes with the width the same asks for the same layouts)."""
        key = (width, pixels, index)
        found = self._heights.get(key)
        if found is None:
            if self._probe is None:
                # A document of its own, laid out once a text: a label asked for its height
                # lays its text out three times (at its ideal width, at the width, and back).
                self._probe = QTextDocument(self)
                self._probe.setDocumentMargin(0)
                self._probe.setUndoRedoEnabled(False)
            font = QFont(self.label.font())
            font.setPixelSize(pixels)
            self._probe.clear()  # else the new font lays out the last text again
            self._probe.setDefaultFont(font)
            self._probe.setHtml(self._html(self._texts[index], two_columns(width), pixels))
            self._probe.setTextWidth(width)
            found = self._heights[key] = math.ceil(self._probe.size().height())
        return found

    @staticmethod
    def _html(text: Text, two_columns: bool, pixels: int) -> str:
        items = "".join(f"<li>{_escape(line)}</li>" for line in text.instructions)
        steps = f"<ol style='margin: 0px; margin-left: 0px;'>{items}</ol>" if items else ""
        notes = []
        if text.focus:
            focus = _escape(translate("Instructions", "Focus:"))
            notes.append(f"<p style='margin: 0 0 6px 0;'><b>{focus}</b> {_escape(text.focus)}</p>")
        if text.cautions:
            cautions = " ".join(_escape(caution) for caution in text.cautions)
            caution = _escape(translate("Instructions", "Caution:"))
            notes.append(f"<p style='margin: 0;'><b>{caution}</b> {cautions}</p>")
        if text.psoas:
            # Last and a little smaller: read once, then out of the way of the steps.
            small = max(MIN_NOTE_PIXELS, round(pixels * PSOAS_NOTE_SCALE))
            psoas = _escape(translate("Instructions", "Psoas:"))
            notes.append(
                f"<p style='margin: 6px 0 0 0; font-size: {small}px;'><b>{psoas}</b> "
                f"{_escape(text.psoas)}</p>"
            )
        if two_columns and steps and notes:
            return (
                "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td width='58%' style='padding-right: 24px;'>{steps}</td>"
                f"<td width='42%'>{''.join(notes)}</td></tr></table>"
            )
        return steps + "".join(notes)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
