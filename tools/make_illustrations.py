"""Generate the exercise illustrations: one SVG per keyframe, all from a single pose model.

Every figure is drawn from the same skeleton (one table of proportions), the same line
weights and the same palette. The keyframes are data (tools/illustrations/keyframes.py): a
stance with its numbers and the props around it; the pose model turns a stance into joint
positions, and the drawing code turns those into limbs as thick round-capped strokes on a mat.

    python tools/make_illustrations.py           regenerate assets/illustrations/
    python tools/make_illustrations.py --check   exit 1 if a file is missing or differs

The output is deterministic: running the script twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from illustrations.figure import scene
from illustrations.keyframes import EXERCISES
from illustrations.svg import frame_around, render_svg

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "assets" / "illustrations"


def build_all() -> dict[Path, str]:
    """Every illustration file (relative to OUT_DIR) and its SVG text."""
    files: dict[Path, str] = {}
    for exercise_id, frames in EXERCISES.items():
        scenes = [scene(f.stance.pose(), f.props) for f in frames]
        # one frame for all the keyframes, so the figure does not slide or zoom between them
        frame = frame_around(scenes)
        for i, (keyframe, shapes) in enumerate(zip(frames, scenes, strict=True), start=1):
            files[Path(exercise_id) / f"{i:02d}-{keyframe.slug}.svg"] = render_svg(shapes, frame)
    return files


def check(out_dir: Path) -> list[str]:
    """Differences between the generated and the committed files, as messages."""
    problems = []
    files = build_all()
    for rel, text in files.items():
        path = out_dir / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"differs: {rel}")
    for exercise_id in EXERCISES:
        for path in sorted((out_dir / exercise_id).glob("*.svg")):
            if path.relative_to(out_dir) not in files:
                problems.append(f"unexpected: {path.relative_to(out_dir)}")
    return problems


def write(out_dir: Path) -> int:
    files = build_all()
    for exercise_id in EXERCISES:
        folder = out_dir / exercise_id
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.svg"):
            if stale.relative_to(out_dir) not in files:
                stale.unlink()
    for rel, text in files.items():
        path = out_dir / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
    return len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="verify the committed files instead of writing"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.out)
        for message in problems:
            print(message, file=sys.stderr)
        if problems:
            print("run: python tools/make_illustrations.py", file=sys.stderr)
            return 1
        print("illustrations are up to date")
        return 0
    count = write(args.out)
    print(f"wrote {count} illustrations to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
