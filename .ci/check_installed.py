"""The app as a user installs it: a release build, the wheel in a new venv outside the checkout.

    .venv/bin/python .ci/check_installed.py

Builds the sdist and, from it, the wheel; installs the wheel into a fresh virtual environment in
a temporary folder; then, from another folder, runs `psoas-timer --version` and
`--list-routines`, imports a short routine and runs it to the end offscreen with sound going to
SDL's disk driver (the session must reach the history and a cue must reach the audio stream),
adds and removes the desktop entry, and finally uninstalls, checking the data folder stays.
Exits non-zero at the first thing that is not as a user would expect.
"""

from __future__ import annotations

import array
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHORT_ROUTINE = {
    "version": 1,
    "id": "ci-short",
    "title": "Installed check",
    "prep_seconds": 1,
    "rest_seconds": 1,
    "steps": [
        {"exercise": "cat-pose", "seconds": 3},
        {"exercise": "knee-to-chest", "seconds": 2, "per_side": True},
    ],
}


def step(message: str) -> None:
    print(f"check-installed: {message}", flush=True)


def fail(message: str) -> None:
    print(f"check-installed: FAILED: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def run(command: list[str | Path], **options: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=900, **options
    )
    if result.returncode != 0:
        fail(f"{' '.join(map(str, command))} exited {result.returncode}:\n{result.stderr[-4000:]}")
    return result


def build(out: Path) -> Path:
    step("building the sdist, then the wheel from it")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT])
    (wheel,) = out.glob("*.whl")
    return wheel


def install(wheel: Path, venv: Path) -> Path:
    step(f"installing {wheel.name} into a new venv")
    run([sys.executable, "-m", "venv", venv])
    run([venv / "bin" / "python", "-m", "pip", "install", "-q", wheel])
    program = venv / "bin" / "psoas-timer"
    if not program.is_file():
        fail("the wheel installed no psoas-timer command")
    return program


def sounded(raw: Path) -> bool:
    """Whether SDL's disk stream (signed 16-bit samples) holds anything above a whisper."""
    if not raw.is_file():
        return False
    samples = array.array("h")
    data = raw.read_bytes()
    samples.frombytes(data[: len(data) // 2 * 2])
    return any(abs(sample) > 1000 for sample in samples)


def run_a_routine(program: Path, data: Path, folder: Path, env: dict[str, str]) -> None:
    routine = folder / "short.json"
    routine.write_text(json.dumps(SHORT_ROUTINE))
    imported = run([program, "--data-dir", data, "--import-routine", routine], cwd=folder, env=env)
    if imported.stdout.strip() != "ci-short":
        fail(f"--import-routine printed {imported.stdout!r}")
    raw = folder / "audio.raw"
    step("running a short routine to the end, offscreen, sound to the disk driver")
    player_env = {
        **env,
        "QT_QPA_PLATFORM": "offscreen",
        "SDL_AUDIODRIVER": "disk",
        "SDL_DISKAUDIOFILE": str(raw),
    }
    command = [str(program), "--data-dir", str(data), "--start", "ci-short"]
    player = subprocess.Popen(
        command, cwd=folder, env=player_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if player.poll() is not None:
                fail(f"the app exited {player.returncode}: {player.stderr.read().decode()}")
            history = subprocess.run(
                [str(program), "--data-dir", str(data), "--export-history", "-"],
                capture_output=True,
                text=True,
                cwd=folder,
                env=env,
                timeout=60,
            ).stdout
            rows = csv.DictReader(history.splitlines())
            if any(row["routine_id"] == "ci-short" and row["completed"] == "yes" for row in rows):
                break
            time.sleep(0.5)
        else:
            fail("the routine did not reach the history as completed within 90 s")
        player.send_signal(signal.SIGTERM)
        code = player.wait(timeout=30)
    finally:
        if player.poll() is None:
            player.kill()
    errors = player.stderr.read().decode()
    if code != 0 or "Traceback" in errors:
        fail(f"the app exited {code} after SIGTERM:\n{errors}")
    if not sounded(raw):
        fail("no cue reached the audio stream")


def desktop_entry(program: Path, folder: Path, env: dict[str, str]) -> None:
    step("adding and removing the desktop entry")
    xdg = {**env, "XDG_DATA_HOME": str(folder / "xdg")}
    run([program, "--install-desktop-entry"], cwd=folder, env=xdg)
    entries = list((folder / "xdg" / "applications").glob("*.desktop"))
    if len(entries) != 1 or f"Exec={program}\n" not in entries[0].read_text():
        fail(f"the desktop entry does not start {program}")
    if not list((folder / "xdg" / "icons" / "hicolor").glob("*/apps/*")):
        fail("no icon was installed")
    run([program, "--uninstall-desktop-entry"], cwd=folder, env=xdg)
    if list((folder / "xdg").rglob("*.*")):
        fail("--uninstall-desktop-entry left files behind")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="psoas-timer-installed-") as temp:
        top = Path(temp)
        wheel = build(top / "dist")
        program = install(wheel, top / "venv")
        elsewhere = top / "elsewhere"
        elsewhere.mkdir()
        data = top / "data"
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in ("PYTHONPATH", "VIRTUAL_ENV", "PSOAS_TIMER_DATA_DIR")
        }
        env["XDG_CACHE_HOME"] = str(top / "cache")
        env["PATH"] = f"{program.parent}{os.pathsep}{env.get('PATH', '')}"

        from psoas_timer import __version__

        version = run([program, "--version"], cwd=elsewhere, env=env).stdout.strip()
        if version != f"psoas-timer {__version__}":
            fail(f"--version printed {version!r}")
        step(version)
        listed = run([program, "--list-routines"], cwd=elsewhere, env=env).stdout
        if "quick-reset\t" not in listed:
            fail(f"--list-routines printed {listed!r}")
        step(f"--list-routines: {len(listed.splitlines())} routines")
        run_a_routine(program, data, elsewhere, env)
        desktop_entry(program, elsewhere, env)

        step("uninstalling")
        run([top / "venv" / "bin" / "python", "-m", "pip", "uninstall", "-y", "-q", "psoas-timer"])
        if program.exists():
            fail("pip uninstall left the psoas-timer command")
        if not any(data.iterdir()):
            fail("uninstalling removed the data folder's contents")
    step("the installed app works")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
