"""The exercise illustration: the keyframe pictures of one exercise, cross-faded in turn.

The pictures are SVG files in assets/illustrations/<exercise-id>/, one per keyframe, named in
play order (01-..., 02-...). This view only draws them; whoever runs the exercise decides when
to move to the next keyframe by calling show_keyframe().
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoas_timer import resources
from psoas_timer.core.i18n import translate
from psoas_timer.ui.style import blank_icon, fill

FADE_MS = 500
# Frames of a cross-fade: each moves the mix between the two pictures by the same share, so
# the frames come close together in the middle of the eased dissolve, where it moves fastest,
# and far apart at its ends, where it hardly moves. An eighth at a time is smoother than 24
# frames a second at even times (whose largest step is over an eighth) with a third fewer.
FADE_STEPS = 8
_MARGIN = 0.03  # blank border around the picture, as a fraction of the widget's short side
# The placeholder of a step without pictures is a 2:1 panel scaled to this share of the largest
# such panel that fits: smaller than any exercise's picture in the same place.
_PLACEHOLDER_SHARE = 0.5


def keyframe_paths(exercise_id: str) -> list[Path]:
    """The exercise's keyframe SVGs in play order; empty if it has none."""
    if not exercise_id or "/" in exercise_id or "\\" in exercise_id or exercise_id.startswith("."):
        return []
    folder = resources.illustrations_dir() / exercise_id
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.svg"))


def psoas_overlay_path(keyframe: Path) -> Path:
    """The picture of the psoas alone, drawn over a keyframe when the band is shown."""
    return keyframe.parent / "psoas" / keyframe.name


def _display_name(exercise_id: str | None, fallback_text: str) -> str:
    if fallback_text:
        return fallback_text
    if exercise_id:
        return exercise_id.replace("-", " ").capitalize()
    return translate("Illustration", "No exercise")


def picture_rect(source: QSize | QSizeF, area: QRectF) -> QRectF:
    """Where a picture of source's shape goes in area: as large as fits, centred across and
    standing on area's bottom edge, so every exercise's mat is at the same height."""
    rect = _fit(source, area)
    rect.moveBottom(area.bottom())
    return rect


def _fit(source: QSize | QSizeF, target: QRectF) -> QRectF:
    """The largest rectangle with source's aspect ratio centred in target."""
    sw, sh = float(source.width()), float(source.height())
    if sw <= 0 or sh <= 0 or target.width() <= 0 or target.height() <= 0:
        return QRectF(target)
    scale = min(target.width() / sw, target.height() / sh)
    w, h = sw * scale, sh * scale
    return QRectF(
        target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
    )


class IllustrationView(QWidget):
    """Shows one keyframe of an exercise and cross-fades smoothly to the next.

    Each keyframe is rendered once per size into an opaque pixmap of the picture's rectangle,
    background included; a cross-fade then only draws two cached pixmaps, the new one with a
    rising opacity, in FADE_STEPS even steps of the mix, over the part that changes. Nothing
    is drawn between fades. `clock` gives monotonic seconds (tests pass their own).
    """

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self._clock = clock
        self._exercise_id: str | None = None
        self._renderers: list[QSvgRenderer] = []
        self._paths: list[Path] = []
        self._overlays: dict[int, QSvgRenderer | None] = {}  # the psoas, loaded when shown
        self._show_psoas = False
        self._index = 0
        self._previous: int | None = None
        self._paused = False
        self._placeholder = ""
        self._mirrored = False
        self._cache: dict[tuple[int, bool], QPixmap] = {}
        self._cache_key: tuple[int, int, float, int] | None = None  # size, ratio, background
        self._target: QRectF | None = None  # where the pictures go (for this size and exercise)
        # Where two keyframes differ, in the picture: a fade repaints that part alone.
        self._changes: dict[tuple[int, int, bool], QRect] = {}
        self._fade_rect = QRect()  # what the running fade repaints, in the widget
        self._fade_started = 0.0  # clock time the running fade began (shifted by pauses)
        self._paused_at: float | None = None
        self._fade_timer = QTimer(self)
        self._fade_timer.setSingleShot(True)
        self._fade_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._fade_timer.timeout.connect(self._fade_frame)
        self.set_exercise(None, "")

    # -- public API ------------------------------------------------------------------------

    def set_exercise(self, exercise_id: str | None, fallback_text: str) -> None:
        """Show the first keyframe of an exercise, or a placeholder if it has no pictures.
        The same exercise again (a rest names the step after it, which then starts) keeps its
        pictures as they were read and rendered."""
        self._stop_fade()
        if exercise_id != self._exercise_id or not exercise_id:
            self._load(exercise_id)
        self._index = 0
        name = _display_name(exercise_id, fallback_text)
        self._placeholder = "" if self._renderers else (fallback_text or name)
        self.setProperty("placeholderText", self._placeholder)
        self.setAccessibleName(translate("Illustration", "Illustration: {name}").format(name=name))
        self._update_description()
        self.update()

    def _load(self, exercise_id: str | None) -> None:
        for renderer in [*self._renderers, *filter(None, self._overlays.values())]:
            renderer.deleteLater()
        self._renderers = []
        self._paths = []
        self._overlays = {}
        self._forget_pictures()
        self._target = None
        self._exercise_id = exercise_id
        for path in keyframe_paths(exercise_id or ""):
            renderer = QSvgRenderer(str(path), self)
            if renderer.isValid():
                self._renderers.append(renderer)
                self._paths.append(path)
            else:
                renderer.deleteLater()

    def show_keyframe(self, index: int) -> None:
        """Cross-fade to keyframe index (taken modulo the number of keyframes)."""
        count = len(self._renderers)
        if count == 0:
            return
        target = index % count
        if target == self._index:
            return  # already shown, or already fading in
        fading = self._fade_rect if self.is_transitioning() else QRect()
        self._previous = self._index
        self._index = target
        self._update_description()
        if not self.isVisible():
            self._stop_fade()  # nobody would see it: no fade to run
            self.update()
            return
        now = self._clock()
        self._fade_started = now
        self._paused_at = now if self._paused else None
        if not self._paused:
            self._arm_fade()
        # A fade cut short leaves its part of the picture to redraw too.
        self._fade_rect = self._changed_rect(self._previous, target).united(fading)
        self.update(self._fade_rect)

    def set_mirrored(self, mirrored: bool) -> None:
        """Draw the pose facing the other way: the right side of a per-side exercise."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self._fade_rect = self.rect()
            self.update()

    def is_mirrored(self) -> bool:
        return self._mirrored

    def set_show_psoas(self, show: bool) -> None:
        """Draw the psoas over the figure, as a band that lengthens and shortens with the pose,
        or leave it out. Each keyframe is drawn once more at its size; fades stay as cheap."""
        if show != self._show_psoas:
            self._show_psoas = show
            self._forget_pictures()
            self.update()

    def shows_psoas(self) -> bool:
        return self._show_psoas

    def set_paused(self, paused: bool) -> None:
        """Hold a running cross-fade where it is, or let it carry on."""
        if paused == self._paused:
            return
        self._paused = paused
        now = self._clock()
        if paused:
            self._paused_at = now
            self._fade_timer.stop()
        else:
            if self._paused_at is not None:
                self._fade_started += now - self._paused_at
            self._paused_at = None
            if self.is_transitioning():
                self._arm_fade()

    def keyframe_count(self) -> int:
        return len(self._renderers)

    def current_keyframe(self) -> int:
        return self._index

    def exercise_id(self) -> str | None:
        return self._exercise_id

    def is_transitioning(self) -> bool:
        return self._previous is not None

    def fade_progress(self) -> float:
        """How far the running cross-fade has come, 0 to 1 (1 when none runs)."""
        if self._previous is None:
            return 1.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return min(1.0, max(0.0, (now - self._fade_started) * 1000 / FADE_MS))

    def is_placeholder(self) -> bool:
        return not self._renderers

    def placeholder_text(self) -> str:
        """The text shown instead of a picture ("" while a picture is shown)."""
        return self._placeholder

    # -- Qt overrides ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        # Modest, so a layout gives the picture the room that is left rather than taking it
        # from text; it is drawn to whatever size it gets.
        return QSize(320, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self._renderers:
            fill(painter, self.rect(), self.palette().color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_placeholder(painter)
            painter.end()
            return
        target = self._picture_rect()
        if not target.toAlignedRect().contains(event.rect()):
            # a fade frame needs none: it is opaque
            fill(painter, event.rect(), self.palette().color(QPalette.ColorRole.Window))
        self._check_cache()
        painter.drawPixmap(target.topLeft(), self._keyframe_pixmap(self._index))
        if self._previous is not None:
            amount = _ease(self.fade_progress())
            if amount < 1.0:
                # the old picture fading out: drawn over the new one with falling opacity,
                # which mixes the two opaque pictures pixel by pixel
                painter.setOpacity(1.0 - amount)
                painter.drawPixmap(target.topLeft(), self._keyframe_pixmap(self._previous))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._forget_pictures()  # rendered for the old size
        self._target = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._forget_pictures()  # rendered on the old background
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_fade()
        super().hideEvent(event)

    # -- internals -------------------------------------------------------------------------

    def _picture_rect(self) -> QRectF:
        """Where the current exercise's pictures go, in whole pixels (worked out once for
        each size and exercise: fade frames ask for it many times a second)."""
        if not self._renderers:
            return QRectF()
        if self._target is None:
            rect = picture_rect(self._renderers[0].viewBoxF().size(), self._picture_area())
            self._target = QRectF(rect.toAlignedRect().intersected(self.rect()))
        return self._target

    def _check_cache(self) -> None:
        """Forget the rendered keyframes if the size, pixel ratio or background changed."""
        target = self._picture_rect()
        background = self.palette().color(QPalette.ColorRole.Window)
        key = (
            round(target.width()),
            round(target.height()),
            self.devicePixelRatioF(),
            background.rgba(),
        )
        if key != self._cache_key:
            self._forget_pictures()
            self._cache_key = key

    def _keyframe_pixmap(self, index: int) -> QPixmap:
        """Keyframe index rendered on the window's colour at the picture's size (cached; call
        `_check_cache` first)."""
        cached = self._cache.get((index, self._mirrored))
        if cached is not None:
            return cached
        ratio = self.devicePixelRatioF()
        target = self._picture_rect()
        background = self.palette().color(QPalette.ColorRole.Window)
        pixmap = QPixmap(round(target.width() * ratio), round(target.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(0, 0, target.width(), target.height())
        if self._mirrored:
            painter.translate(area.width(), 0)
            painter.scale(-1, 1)
        self._renderers[index].render(painter, area)
        overlay = self._overlay(index) if self._show_psoas else None
        if overlay is not None:
            overlay.render(painter, area)
        painter.end()
        self._cache[(index, self._mirrored)] = pixmap
        return pixmap

    def _overlay(self, index: int) -> QSvgRenderer | None:
        """The psoas picture of keyframe index, or None if it has none (read once)."""
        if index not in self._overlays:
            path = psoas_overlay_path(self._paths[index])
            renderer = QSvgRenderer(str(path), self) if path.is_file() else None
            if renderer is not None and not renderer.isValid():
                renderer.deleteLater()
                renderer = None
            self._overlays[index] = renderer
        return self._overlays[index]

    def _fade_frame(self) -> None:
        if self.fade_progress() >= 1.0:
            self._stop_fade()
        else:
            self._arm_fade()
        self.update(self._fade_rect)

    def _arm_fade(self) -> None:
        """Wake for the fade's next frame: when the mix has moved on by another step."""
        mix = _ease(self.fade_progress())
        step = min(FADE_STEPS, math.floor(mix * FADE_STEPS + 1e-9) + 1)
        due = _eased_until(step / FADE_STEPS)
        elapsed = self.fade_progress() * FADE_MS
        self._fade_timer.start(max(1, math.ceil(due * FADE_MS - elapsed)))

    def _forget_pictures(self) -> None:
        """The rendered keyframes, and where they differ, are out of date."""
        self._cache.clear()
        self._changes.clear()
        self._fade_rect = self.rect()  # a fade under way redraws all of it from now on

    def _changed_rect(self, first: int, second: int) -> QRect:
        """The part of the widget where keyframes `first` and `second` differ (the rest of the
        picture looks the same all through their fade); worked out once for each pair and
        size."""
        self._check_cache()
        key = (min(first, second), max(first, second), self._mirrored)
        found = self._changes.get(key)
        if found is None:
            one = self._keyframe_pixmap(first)
            found = _differing(one.toImage(), self._keyframe_pixmap(second).toImage())
            if not found.isEmpty():
                ratio = one.devicePixelRatio()
                logical = QRectF(
                    found.x() / ratio,
                    found.y() / ratio,
                    found.width() / ratio,
                    found.height() / ratio,
                )
                found = logical.toAlignedRect().adjusted(-1, -1, 1, 1)
            self._changes[key] = found
        picture = self._picture_rect().toAlignedRect()
        return found.translated(picture.topLeft()).intersected(picture)

    def _stop_fade(self) -> None:
        self._fade_timer.stop()
        self._previous = None
        self._paused_at = None

    def _paint_placeholder(self, painter: QPainter) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        panel = _mix(window, text, 0.07)
        border = _mix(window, text, 0.16)
        area = self._placeholder_rect()
        radius = min(area.width(), area.height()) * 0.08
        painter.setPen(border)
        painter.setBrush(panel)
        painter.drawRoundedRect(area, radius, radius)
        if not self._placeholder:
            return
        font = QFont(self.font())
        font.setPixelSize(max(12, int(min(area.height() * 0.14, area.width() * 0.08))))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(_mix(window, text, 0.75))
        inner = area.adjusted(radius, radius, -radius, -radius)
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._placeholder
        )

    def _picture_area(self) -> QRectF:
        """The part of the widget pictures are fitted into."""
        area = QRectF(self.rect())
        margin = min(area.width(), area.height()) * _MARGIN
        return area.adjusted(margin, margin, -margin, -margin)

    def _placeholder_rect(self) -> QRectF:
        """A panel no bigger than the real pictures: a 2:1 box at most this share of the
        picture area, standing where the pictures stand."""
        area = self._picture_area()
        box = picture_rect(QSizeF(2.0, 1.0), area)
        w, h = box.width() * _PLACEHOLDER_SHARE, box.height() * _PLACEHOLDER_SHARE
        return QRectF(box.center().x() - w / 2, area.bottom() - h, w, h)

    def _update_description(self) -> None:
        if self._renderers:
            description = translate("Illustration", "Keyframe {number} of {count}").format(
                number=self._index + 1, count=len(self._renderers)
            )
        else:
            description = translate("Illustration", "No illustration available")
        self.setAccessibleDescription(description)


def _differing(first: QImage, second: QImage) -> QRect:
    """The smallest rectangle holding every pixel in which two pictures of one size differ
    (empty if none; all of it if they cannot be compared)."""
    whole = QRect(QPoint(0, 0), first.size())
    if first.size() != second.size() or first.format() != second.format():
        return whole
    rows = _differing_rows(first, second)
    if rows is None:
        return QRect()
    top, bottom = rows
    # The columns: the rows of the band turned a quarter round.
    band = QRect(0, top, first.width(), bottom - top + 1)
    turn = QTransform().rotate(90)
    columns = _differing_rows(
        first.copy(band).transformed(turn), second.copy(band).transformed(turn)
    )
    if columns is None:
        return whole
    left, right = columns
    return QRect(QPoint(left, top), QPoint(right, bottom))


def _differing_rows(first: QImage, second: QImage) -> tuple[int, int] | None:
    """The first and last row in which two pictures of one size and format differ."""
    stride = first.bytesPerLine()
    used = first.width() * first.depth() // 8  # the rest of a row is padding
    one, other = bytes(first.constBits()), bytes(second.constBits())
    rows = [
        y
        for y in range(first.height())
        if one[y * stride : y * stride + used] != other[y * stride : y * stride + used]
    ]
    return (rows[0], rows[-1]) if rows else None


def _ease(t: float) -> float:
    """In and out smoothly (a sine curve), like the pose itself moving."""
    return 0.5 - 0.5 * math.cos(math.pi * t)


def _eased_until(mix: float) -> float:
    """When (0 to 1) `_ease` reaches `mix`: its inverse."""
    return math.acos(1 - 2 * mix) / math.pi


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a blended toward b by amount (0..1)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


_icon_cache: dict[tuple[str | None, int], QIcon] = {}


def _render_thumbnail(path: Path, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return pixmap
    # crop to the figure (plus a little of the mat) so it fills the small square
    view = renderer.viewBoxF()
    if renderer.elementExists("figure"):
        bounds = renderer.boundsOnElement("figure")
        pad = max(bounds.width(), bounds.height()) * 0.08
        bounds = bounds.adjusted(-pad, -pad, pad, pad)
        side = max(bounds.width(), bounds.height())
        center = bounds.center()
        crop = QRectF(center.x() - side / 2, center.y() - side / 2, side, side)
        view = crop.intersected(view) if crop.intersects(view) else view
        renderer.setViewBox(view)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, _fit(view.size(), QRectF(QPointF(0, 0), QPointF(size, size))))
    painter.end()
    return pixmap


def thumbnail_icon(exercise_id: str | None, size: int = 48) -> QIcon:
    """An icon of the exercise's held pose (its last keyframe); blank if it has none."""
    key = (exercise_id, size)
    cached = _icon_cache.get(key)
    if cached is not None:
        return cached
    paths = keyframe_paths(exercise_id or "")
    if paths:
        icon = QIcon()
        for scale in (1, 2):
            icon.addPixmap(_render_thumbnail(paths[-1], size * scale))
    else:
        icon = blank_icon(size, size)
    _icon_cache[key] = icon
    return icon
