"""The app against hostile data files, as a real process: a link to /dev/zero, a number of
5,000 digits, a NaN session and dates at the calendar's edge.

For each, the app starts, the player runs a routine, the History tab shows the good sessions,
and the notice says what was set aside; `--list-routines` and `--export-history` work too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.core.history import HistoryStore
from tests.reliability.records import session

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OTHER = "desktop-bbbb2222"  # another computer sharing the folder
GIANT = "9" * 5000


def good_history(data: Path) -> None:
    """Two good sessions in another computer's journal, one in an old history.json."""
    other = HistoryStore(data, lambda message: None, OTHER)
    other.save(session(1), final=True)
    other.save(session(2), final=True)


def bad_line(**changes: str) -> str:
    fields = {**{k: json.dumps(v) for k, v in session(9).to_dict().items()}, **changes}
    return "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"


def dev_zero(data: Path) -> tuple[list[str], list[str]]:
    good_history(data)
    (data / "routines").mkdir()
    for name in (
        "settings.json",
        "favorites.json",
        "reminders.json",
        "history.json",
        "history/tablet-cccc3333.jsonl",
        "routines/zero.json",
    ):
        os.symlink("/dev/zero", data / name)
    return ["good1", "good2"], ["settings.json", "favorites.json", "history.json", "zero.json"]


def giant_integer(data: Path) -> tuple[list[str], list[str]]:
    good_history(data)
    (data / "settings.json").write_text(
        '{"version": 1, "settings": {"volume": ' + GIANT + ', "beats": false}}'
    )
    (data / "favorites.json").write_text('{"version": 1, "favorites": [' + GIANT + "]}")
    with open(data / "history" / f"{OTHER}.jsonl", "a") as journal:
        journal.write(bad_line(active_seconds=GIANT) + "\n")
    old = [session(3).to_dict(), {**session(4).to_dict(), "steps_total": 10**30}]
    text = json.dumps({"version": 1, "sessions": old}).replace(str(10**30), GIANT)
    (data / "history.json").write_text(text)
    return ["good1", "good2", "good3"], ["settings.json", "volume", "line 4", "sessions[1]"]


def nan_session(data: Path) -> tuple[list[str], list[str]]:
    good_history(data)
    with open(data / "history" / f"{OTHER}.jsonl", "a") as journal:
        journal.write(bad_line(active_seconds="NaN") + "\n")
        journal.write(bad_line(id='"edge1"', started_at='"9999-12-31T23:00-12:00"') + "\n")
    old = [
        {**session(3).to_dict(), "active_seconds": float("nan")},
        {**session(4).to_dict(), "started_at": "0001-01-01T00:30+14:00"},
        session(5).to_dict(),
    ]
    (data / "history.json").write_text(json.dumps({"version": 1, "sessions": old}))
    return ["good1", "good2", "good5"], ["line 4", "line 5", "sessions[0]", "sessions[1]"]


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, **kwargs
    )


@pytest.mark.slow
@pytest.mark.parametrize("make", [dev_zero, giant_integer, nan_session])
def test_the_app_starts_runs_a_routine_and_shows_the_good_sessions(tmp_path, make):
    data = tmp_path / "data"
    (data / "history").mkdir(parents=True)
    good, said = make(data)

    listed = run(str(ROOT / "main.py"), "--data-dir", str(data), "--list-routines")
    assert listed.returncode == 0 and "quick-reset\t" in listed.stdout
    assert "Traceback" not in listed.stderr
    exported = run(str(ROOT / "main.py"), "--data-dir", str(data), "--export-history", "-")
    assert exported.returncode == 0 and "Traceback" not in exported.stderr
    assert sorted(line.split(",")[0] for line in exported.stdout.splitlines()[1:]) == good

    result = run(str(HERE / "app_driver.py"), str(data), cwd=str(ROOT))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("DRIVER ")]
    seen = json.loads(line[len("DRIVER ") :])
    # The player runs the routine ...
    assert seen["running"] and seen["routine"] == "quick-reset"
    assert seen["collecting"]  # the garbage collector, paused for the start-up, runs again
    # ... the History tab shows the good sessions (from both computers' files) ...
    assert seen["history_ids"] == good and seen["history_rows"] == len(good)
    assert seen["sessions_figure"] == str(len(good))
    # ... and the notices say what was set aside, and where.
    notices = "\n".join(seen["notices"])
    for words in said:
        assert words in notices, (words, notices)
