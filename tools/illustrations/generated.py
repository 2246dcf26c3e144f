"""The command line every asset generator shares: write the files, or check the committed ones.

A generator builds every file it owns in memory (a path relative to its folder, and the text or
bytes); this module writes the ones that changed and removes stale ones, or reports what
differs from the committed files, so a test can keep the two in step.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

Files = dict[Path, str] | dict[Path, bytes]


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def differences(
    files: Files,
    out_dir: Path,
    existing: Callable[[Path], list[Path]] = lambda _: [],
    same: Callable[[Path, bytes, bytes], bool] = lambda _, a, b: a == b,
) -> list[str]:
    """What differs between the generated files and those in out_dir, as messages.
    `existing(out_dir)` lists the files there that the generator owns; `same(rel, committed,
    generated)` compares one file."""
    problems = []
    for rel, content in files.items():
        path = out_dir / rel
        if not path.exists():
            problems.append(f"missing: {rel}")
        elif not same(rel, path.read_bytes(), _bytes(content)):
            problems.append(f"differs: {rel}")
    for path in existing(out_dir):
        if path.relative_to(out_dir) not in files:
            problems.append(f"unexpected: {path.relative_to(out_dir)}")
    return problems


def write(
    files: Files, out_dir: Path, existing: Callable[[Path], list[Path]] = lambda _: []
) -> int:
    """Write the files that changed (byte for byte, "\\n" line ends) and remove stale ones."""
    for stale in existing(out_dir):
        if stale.relative_to(out_dir) not in files:
            stale.unlink()
    for rel, content in files.items():
        path = out_dir / rel
        data = _bytes(content)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    return len(files)


def command_line(
    argv: list[str] | None,
    description: str,
    build: Callable[[], Files],
    out_dir: Path,
    script: str,
    existing: Callable[[Path], list[Path]] = lambda _: [],
    same: Callable[[Path, bytes, bytes], bool] = lambda _, a, b: a == b,
) -> int:
    """`script [--check] [--out DIR]`: write the files, or exit 1 if the committed ones differ."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--check", action="store_true", help="verify the committed files instead of writing"
    )
    parser.add_argument("--out", type=Path, default=out_dir, help="output folder")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # for generators that use Qt
    if args.check:
        problems = differences(build(), args.out, existing, same)
        for message in problems:
            print(message, file=sys.stderr)
        if problems:
            print(f"run: python tools/{script}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    print(f"wrote {write(build(), args.out, existing)} files to {args.out}")
    return 0
