"""Generate the exercise illustrations: one SVG per keyframe, all from a single pose model.

Every figure is drawn from the same skeleton (one table of proportions), the same line
weights and the same palette. The keyframes are data (tools/illustrations/keyframes.py): a
stance with its numbers and the props around it; the pose model turns a stance into joint
positions, and the drawing code turns those into limbs as thick round-capped strokes on a mat.

Over each keyframe goes a second picture with only the psoas on it (psoas/<same name>), which
the app draws on top or leaves out.

    python tools/make_illustrations.py           regenerate assets/illustrations/
    python tools/make_illustrations.py --check   exit 1 if a file is missing or differs

The output is deterministic: running the script twice gives byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from illustrations.figure import scene
from illustrations.generated import command_line
from illustrations.keyframes import EXERCISES
from illustrations.model import forward_kinematics
from illustrations.psoas import band_shapes, rest_length
from illustrations.svg import frame_around, render_overlay, render_svg

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "illustrations"


def build_all() -> dict[Path, str]:
    """Every illustration file (relative to OUT_DIR) and its SVG text: the keyframes, and for
    each keyframe the psoas band drawn over it (psoas/<same name>)."""
    files: dict[Path, str] = {}
    rest = rest_length()
    for exercise_id, frames in EXERCISES.items():
        poses = [f.stance.pose() for f in frames]
        scenes = [scene(p, f.props) for p, f in zip(poses, frames, strict=True)]
        # one frame for all the keyframes, so the figure does not slide or zoom between them
        frame = frame_around(scenes)
        for i, (keyframe, p, shapes) in enumerate(zip(frames, poses, scenes, strict=True), 1):
            name = f"{i:02d}-{keyframe.slug}.svg"
            files[Path(exercise_id) / name] = render_svg(shapes, frame)
            band = band_shapes(forward_kinematics(p), rest)
            files[Path(exercise_id) / "psoas" / name] = render_overlay("psoas", band, frame)
    return files


def _existing(out_dir: Path) -> list[Path]:
    """The SVGs already in the exercises' folders."""
    return sorted(
        path
        for exercise_id in EXERCISES
        for pattern in ("*.svg", "psoas/*.svg")
        for path in (out_dir / exercise_id).glob(pattern)
    )


def main(argv: list[str] | None = None) -> int:
    description = __doc__.splitlines()[0]
    return command_line(
        argv, description, build_all, OUT_DIR, "make_illustrations.py", existing=_existing
    )


if __name__ == "__main__":
    raise SystemExit(main())
