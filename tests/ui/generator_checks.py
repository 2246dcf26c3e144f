"""Checks shared by the tests of the asset generators in tools/ (pictures, icon, anatomy)."""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_generator(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "tools" / script), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)


def assert_reproduces_committed_files(script: str) -> None:
    result = run_generator(script, "--check")
    assert result.returncode == 0, result.stderr


def assert_check_notices_a_change(
    script: str, out: Path, changed: str, change: Callable[[Path], None]
) -> None:
    """Generate into out, change one file, and expect --check to fail naming it."""
    assert run_generator(script, "--out", str(out)).returncode == 0
    change(out / changed)
    result = run_generator(script, "--check", "--out", str(out))
    assert result.returncode == 1
    assert changed in result.stderr
