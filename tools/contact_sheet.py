"""Render every exercise illustration onto one PNG, for reviewing the poses side by side.

    python tools/contact_sheet.py [-o contact-sheet.png] [--background light|dark|both]

One row per exercise, one cell per keyframe in play order, each labelled with the exercise
id and the keyframe's file name. Each picture is placed in its cell as the player places it
in its panel (as large as fits, standing on the cell's bottom edge), so the cells show how
well each picture fills a panel of that shape (--cell-aspect). The psoas band is drawn over
every keyframe, as the app draws it when the setting is on (--no-psoas leaves it out).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ILLUSTRATIONS = ROOT / "assets" / "illustrations"

BACKGROUNDS = {"light": ("#f4f4f2", "#202020"), "dark": ("#2a2d30", "#e6e6e6")}


def collect(folder: Path) -> list[tuple[str, list[Path]]]:
    rows = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        frames = sorted(sub.glob("*.svg"))
        if frames:
            rows.append((sub.name, frames))
    return rows


def render(
    rows: list[tuple[str, list[Path]]],
    out: Path,
    themes: list[str],
    cell_w: int = 320,
    cell_aspect: float = 16 / 9,
    psoas: bool = True,
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from psoas_timer.ui.illustration import picture_rect

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    cell_h = round(cell_w / cell_aspect)
    label_h = 26
    pad = 10
    columns = max(len(frames) for _, frames in rows)
    group_w = columns * (cell_w + pad) + pad
    width = group_w * len(themes)
    height = len(rows) * (cell_h + label_h + pad) + pad
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#9a9a9a"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)
    for g, theme in enumerate(themes):
        background, ink = BACKGROUNDS[theme]
        for r, (exercise_id, frames) in enumerate(rows):
            for c, path in enumerate(frames):
                x = g * group_w + pad + c * (cell_w + pad)
                y = pad + r * (cell_h + label_h + pad)
                painter.fillRect(x, y, cell_w, cell_h + label_h, QColor(background))
                svg = QSvgRenderer(str(path))
                if not svg.isValid():
                    raise SystemExit(f"cannot render {path}")
                cell = QRectF(x, y + label_h, cell_w, cell_h)
                target = picture_rect(svg.viewBoxF().size(), cell)
                svg.render(painter, target)
                band = path.parent / "psoas" / path.name
                if psoas and band.exists():
                    QSvgRenderer(str(band)).render(painter, target)
                painter.setPen(QColor(ink))
                painter.drawText(
                    QRectF(x + 6, y, cell_w - 12, label_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    f"{exercise_id}  ·  {path.stem}",
                )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("contact-sheet.png"))
    parser.add_argument("--background", choices=["light", "dark", "both"], default="light")
    parser.add_argument("--cell-width", type=int, default=320)
    parser.add_argument(
        "--cell-aspect", type=float, default=16 / 9, help="cell width / height (default 16:9)"
    )
    parser.add_argument("--source", type=Path, default=ILLUSTRATIONS)
    parser.add_argument("--only", nargs="*", default=None, help="exercise ids to include")
    parser.add_argument(
        "--no-psoas", action="store_true", help="leave out the psoas band drawn over each pose"
    )
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = collect(args.source)
    if args.only:
        rows = [row for row in rows if row[0] in args.only]
    if not rows:
        print(f"no illustrations under {args.source}", file=sys.stderr)
        return 1
    themes = ["light", "dark"] if args.background == "both" else [args.background]
    render(rows, args.output, themes, args.cell_width, args.cell_aspect, not args.no_psoas)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
