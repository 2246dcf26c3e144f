"""Screenshots of the real app on a virtual X display, at the screen sizes people use.

    .venv/bin/python tools/screens.py                        every scene at every size
    .venv/bin/python tools/screens.py --size 1366x768 --scene player
    .venv/bin/python tools/screens.py --readme               the pictures in docs/screenshots/
    .venv/bin/python tools/screens.py --scene history --history-years 30
    .venv/bin/python tools/screens.py --language de --language fr   in German and French

Each scene starts the app afresh with a throw-away data folder (a demo routine with every kind
of phase, a favourite, some weeks of practice), maximised by a window manager (openbox) when
one is installed, presses the keys a user would at the moments a user would, and saves
`<out>/<size>/<shot>.png` (`<out>/<language>/<size>/<shot>.png` for a chosen language, as the
system's language). A size may carry a scale factor, 1920x1080@2, for a high-density
screen. Needs Debian's xvfb, xdotool and imagemagick; openbox and wmctrl for a maximised
window with a title bar.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1024x600", "1280x720", "1366x768", "1920x1080", "3840x2160", "1920x1080@2")
README_SIZE = "1366x768"
DEMO_ROUTINE = {
    "version": 1,
    "id": "screens-demo",
    "title": "Every phase, briefly",
    "description": "A short routine with a rhythmic step, a rest and a step on each side.",
    "prep_seconds": 4,
    "rest_seconds": 4,
    "switch_seconds": 4,
    "steps": [
        {"exercise": "cat-pose", "seconds": 12},
        {"exercise": "knee-to-chest", "seconds": 8, "per_side": True},
        {"exercise": "rolled-towel", "seconds": 5},
    ],
}


@dataclass(frozen=True)
class Shot:
    """At `at` seconds after the app's window appears: press `keys` (if any), then, after
    `settle` seconds, save the picture `name` (if any)."""

    at: float
    name: str | None = None
    keys: str = ""
    settle: float = 0.8


@dataclass(frozen=True)
class Scene:
    name: str
    args: tuple[str, ...]
    shots: tuple[Shot, ...]


SCENES = (
    Scene("library", (), (Shot(0, "library"), Shot(1, "preview", "ctrl+l", settle=1.5))),
    Scene(
        "player",
        ("--start", "screens-demo"),
        (
            Shot(1.5, "player-get-ready"),
            Shot(7.5, "player-work"),
            Shot(8.5, "player-muted", "m"),
            Shot(9.5, None, "m"),
            Shot(18.0, "player-rest"),
            Shot(23.0, "player-work-left-side"),
            Shot(29.0, "player-switch"),
            Shot(38.0, "player-paused", "space"),
            Shot(40.0, None, "space"),
            Shot(61.0, "player-done"),
        ),
    ),
    Scene("history", (), (Shot(0, "history", "ctrl+2"),)),
    Scene("editor", (), (Shot(0, "editor", "ctrl+n", settle=1.5),)),
)
README_SHOTS = {"library": "library", "player-work": "player", "history": "history"}


def seed(data: Path, years: int = 0) -> None:
    """A data folder as a user's might look after a few weeks: favourites, practice, a routine;
    with `years`, as after that many years of practice once a day besides."""
    (data / "routines").mkdir(parents=True, exist_ok=True)
    (data / "routines" / "screens-demo.json").write_text(json.dumps(DEMO_ROUTINE, indent=2))
    (data / "favorites.json").write_text(
        json.dumps({"version": 1, "favorites": ["quick-reset", "screens-demo"]})
    )
    seed_history(data, days=60)
    if years:
        seed_years(data, years)


def seed_years(data: Path, years: int) -> int:
    """Practice once a day for `years` years before the last 60 days, as recorded by an older
    computer sharing the data folder (its journal, written at once)."""
    from psoas_timer.core.history import (
        FOLDER_NAME,
        JOURNAL_SUFFIX,
        SessionRecord,
        journal_header,
        session_line,
    )

    device = "older-computer-0a0a0a0a"
    first = datetime.now().astimezone().replace(hour=18, minute=0, second=0, microsecond=0)
    first -= timedelta(days=60 + round(365.25 * years))
    routines = [("quick-reset", "Quick reset", 288), ("gentle-floor", "Gentle floor routine", 646)]
    lines = [journal_header(device)]
    for day in range(round(365.25 * years)):
        routine_id, title, planned = routines[day % 2]
        started = first + timedelta(days=day)
        stopped = day % 11 == 0
        active = planned * (0.5 if stopped else 1.0)
        record = SessionRecord(
            id=f"years-{day}",
            routine_id=routine_id,
            routine_title=title,
            started_at=started.isoformat(timespec="seconds"),
            ended_at=(started + timedelta(seconds=active + 20)).isoformat(timespec="seconds"),
            planned_seconds=planned,
            active_seconds=active,
            steps_completed=2 if stopped else 5,
            steps_total=5,
            completed=not stopped,
        )
        lines.append(session_line(record, 1))
    (data / FOLDER_NAME / f"{device}{JOURNAL_SUFFIX}").write_bytes(b"".join(lines))
    return len(lines) - 1


def seed_history(data: Path, days: int) -> int:
    """Practice on most of the last `days` days, some days twice, a few stopped early."""
    from psoas_timer.core.history import SessionRecord
    from psoas_timer.core.store import DataDir

    folder = DataDir(data)
    folder.claim()
    store = folder.history
    today = datetime.now().astimezone().replace(hour=7, minute=30, second=0, microsecond=0)
    routines = [("quick-reset", "Quick reset", 288), ("gentle-floor", "Gentle floor routine", 646)]
    count = 0
    for back in range(days, 0, -1):
        if back % 5 == 3:
            continue  # a day off now and then
        for turn in range(1 + (back % 4 == 0)):
            routine_id, title, planned = routines[(back + turn) % 2]
            started = today - timedelta(days=back, hours=-10 * turn)
            stopped = back % 9 == 0
            active = planned * (0.4 if stopped else 1.0)
            store.save(
                SessionRecord(
                    id=f"demo-{back}-{turn}",
                    routine_id=routine_id,
                    routine_title=title,
                    started_at=started.isoformat(timespec="seconds"),
                    ended_at=(started + timedelta(seconds=active + 20)).isoformat(
                        timespec="seconds"
                    ),
                    planned_seconds=planned,
                    active_seconds=active,
                    steps_completed=2 if stopped else 5,
                    steps_total=5,
                    completed=not stopped,
                ),
                final=True,
            )
            count += 1
    store.flush()
    return count


@contextlib.contextmanager
def virtual_display(size: str) -> Iterator[dict[str, str]]:
    """An Xvfb screen (and a window manager where there is one); yields the environment."""
    width_height, _, scale = size.partition("@")
    number = 90 + os.getpid() % 400
    while Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width_height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": f":{number}"}
    env.pop("QT_QPA_PLATFORM", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    helpers = [server]
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if shutil.which("openbox"):
            helpers.append(
                subprocess.Popen(
                    ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
            time.sleep(0.5)
        yield env
    finally:
        for helper in reversed(helpers):
            helper.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                helper.wait(timeout=5)


def window_shown(env: dict[str, str], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Psoas Timer"],
            env=env,
            capture_output=True,
        )
        if found.returncode == 0 and found.stdout.strip():
            return True
        time.sleep(0.1)
    return False


def run_scene(
    scene: Scene,
    size: str,
    folder: Path,
    wanted: set[str] | None,
    years: int = 0,
    language: str = "",
) -> list[Path]:
    saved = []
    with (
        tempfile.TemporaryDirectory(prefix="psoas-screens-") as temp,
        virtual_display(size) as env,
    ):
        data = Path(temp) / "data"
        seed(data, years)
        env = {
            **env,
            "PSOAS_TIMER_DATA_DIR": str(data),
            "XDG_CACHE_HOME": str(Path(temp) / "cache"),
            "SDL_AUDIODRIVER": "dummy",
        }
        if language:  # the system's language, as a user's desktop sets it
            env.update(LANGUAGE=language, LC_ALL="", LC_MESSAGES="", LANG=f"{language}.UTF-8")
        app = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), *scene.args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            if not window_shown(env):
                raise SystemExit(f"{scene.name}: no window appeared")
            began = time.monotonic()
            for shot in scene.shots:
                time.sleep(max(0.0, began + shot.at - time.monotonic()))
                if shot.keys:
                    subprocess.run(["xdotool", "key", *shot.keys.split()], env=env, check=True)
                if shot.name is None or (wanted is not None and shot.name not in wanted):
                    continue
                time.sleep(shot.settle)
                if app.poll() is not None:
                    raise SystemExit(f"{scene.name}: the app exited: {app.stderr.read().decode()}")
                target = folder / f"{shot.name}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(["import", "-window", "root", str(target)], env=env, check=True)
                saved.append(target)
        finally:
            app.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.wait(timeout=10)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", action="append", help=f"WxH[@scale] (default: {SIZES})")
    parser.add_argument("--scene", action="append", choices=[s.name for s in SCENES])
    parser.add_argument("--shot", action="append", help="only these pictures of the scenes")
    parser.add_argument("--out", type=Path, default=Path("shots"), help="default: ./shots")
    parser.add_argument("--readme", action="store_true", help="the README's pictures")
    parser.add_argument(
        "--history-years",
        type=int,
        default=0,
        metavar="N",
        help="add N years of daily practice to the demo history (e.g. 30)",
    )
    parser.add_argument(
        "--language", action="append", help="de, es, fr ... (default: the system's)"
    )
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool", "import"):
        if not shutil.which(tool):
            parser.error(f"{tool} is missing: apt-get install -y xvfb xdotool imagemagick")
    if args.readme:
        out = ROOT / "docs" / "screenshots"
        with tempfile.TemporaryDirectory() as temp:
            for scene in SCENES:
                for path in run_scene(scene, README_SIZE, Path(temp), set(README_SHOTS)):
                    final = out / f"{README_SHOTS[path.stem]}.png"
                    shutil.move(path, final)
                    print(final)
        return 0
    chosen = set(args.scene or [s.name for s in SCENES])
    wanted = set(args.shot) if args.shot else None
    for language in args.language or [""]:
        for size in args.size or SIZES:
            folder = args.out / language / size.replace("@", "-scale")
            for scene in SCENES:
                if scene.name in chosen:
                    for path in run_scene(
                        scene, size, folder, wanted, args.history_years, language
                    ):
                        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
