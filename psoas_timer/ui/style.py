"""Type sizes and colours shared by the views, tuned to be read from two metres."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from psoas_timer import resources
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class PhaseLook:
    """How the player shows a phase: a word, a shape, a strong colour for the banner (white
    text on it) and a pale or deep tint of it for the rest of the page."""

    key: str
    word: str
    shape: str
    strong: str
    light_tint: str
    dark_tint: str

    def label(self) -> str:
        """The phase's word in the user's language."""
        return translate("Player", self.word)

    def tint(self, palette: QPalette | None = None) -> QColor:
        return QColor(self.dark_tint if is_dark(palette) else self.light_tint)


# Hues far apart (amber, green, blue, orange-red, grey, violet), each dark enough for white
# text at 4.5:1 or more; the words and shapes tell them apart without colour.
PHASE_LOOKS = {
    look.key: look
    for look in (
        PhaseLook(
            "prep",
            QT_TRANSLATE_NOOP("Player", "Get ready"),
            "ring",
            "#8A5A12",
            "#FBF1DF",
            "#33270F",
        ),
        PhaseLook(
            "work", QT_TRANSLATE_NOOP("Player", "Work"), "triangle", "#25704A", "#E2F3E8", "#12301F"
        ),
        PhaseLook(
            "rest", QT_TRANSLATE_NOOP("Player", "Rest"), "wave", "#2A62A6", "#E3EDF9", "#13243A"
        ),
        PhaseLook(
            "switch",
            QT_TRANSLATE_NOOP("Player", "Switch sides"),
            "arrows",
            "#B4441A",
            "#FBE7DC",
            "#3A1D10",
        ),
        PhaseLook(
            "paused", QT_TRANSLATE_NOOP("Player", "Paused"), "bars", "#4A5568", "#E4E6EA", "#24272C"
        ),
        PhaseLook(
            "done", QT_TRANSLATE_NOOP("Player", "Done"), "tick", "#6B46C1", "#EEE8FA", "#241B3A"
        ),
    )
}


def side_colour(palette: QPalette | None = None) -> QColor:
    """The colour of "Left side" / "Right side": orange, lighter on a dark page."""
    return QColor("#F6AD55" if is_dark(palette) else "#B4441A")


DISCLAIMER = QT_TRANSLATE_NOOP(
    "App", "Not medical advice. Move gently, start slow, and stop if anything hurts."
)


def disclaimer() -> str:
    """The not-medical-advice note in the user's language (DISCLAIMER is its English)."""
    return translate("App", DISCLAIMER)


def set_pixel_font(widget: QWidget, pixels: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(max(8, int(pixels)))
    font.setBold(bold)
    widget.setFont(font)


def blank_icon(width: int, height: int) -> QIcon:
    """A transparent icon: keeps a row without a picture lined up with the rest."""
    blank = QPixmap(width, height)
    blank.fill(Qt.GlobalColor.transparent)
    return QIcon(blank)


def app_icon() -> QIcon:
    """The app's icon at every size it ships (the drawn PNGs for small sizes, where a scaled
    SVG would blur), for the windows, the task bar and the tray."""
    icon = QIcon()
    folder = resources.icons_dir()
    for png in sorted((folder / "hicolor").glob("*/apps/psoas-timer.png")):
        icon.addFile(str(png))
    svg = folder / "psoas-timer.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text_colour(palette: QPalette | None = None) -> QColor:
    palette = palette or QApplication.palette()
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.75)
    return colour


BUTTON_STYLE = """
QPushButton { min-height: 48px; padding: 6px 10px; font-size: 17px; }
QPushButton:focus { outline: none; border: 3px solid palette(highlight); border-radius: 6px; }
"""


def fill(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """Fill `rect` with `colour`, as `QPainter.fillRect` does. Its first call in a process
    costs 5 ms (choosing among its overloads makes PySide build the Python type of every enum
    they take, QGradient's 180 presets among them), on the way to the player's first frame."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()
