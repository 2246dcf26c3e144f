"""1. Start-up: spawn to the main window's first frame, the app against a bare PySide6 window,
with 11,000 sessions of history, and the floor under it (the library page's widgets alone).

On a real X display when $DISPLAY is set (the figure the user perceives), else offscreen; the
report says which.

1b. The history page with 30 years of daily practice: spawn to its figures on screen, on a
real X display (a virtual one when Xvfb is installed)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from harness import (
    BenchmarkError,
    Plan,
    Report,
    child_env,
    median,
    probe,
    write_history_template,
    x_display,
)

THIRTY_YEARS = 30 * 365 + 7  # once a day, leap days included


def display() -> str:
    """Where the windows open: "xcb" on the X display named by $DISPLAY, else "offscreen"."""
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def startup_once(kind: str, folder: Path, number: int, template: Path | None) -> dict[str, Any]:
    data = folder / f"startup-{kind}-{number}"
    if template is not None:
        shutil.copytree(template, data)
    else:
        data.mkdir()
    probe_kind = "app" if kind.startswith("app") else kind
    name = f"startup-{kind}-{number}"
    child = probe(
        folder,
        name,
        "startup",
        "--kind",
        probe_kind,
        "--data-dir",
        str(data),
        env=child_env(QT_QPA_PLATFORM=display()),
    )
    result = child.result(timeout=60)
    if not result.get("paints"):
        raise BenchmarkError(f"start-up ({kind}): the window reported no paint before its frame")
    return {
        "ms": (result["first_frame"] - child.spawned) * 1000,
        "interpreter_ms": (result["started"] - child.spawned) * 1000,
        "max_rss_kib": result["max_rss_kib"],
    }


def bench_startup(plan: Plan, report: Report, folder: Path) -> None:
    kinds = ["bare", "widgets", "app", "app-history"]
    template = write_history_template(folder)
    templates = {"bare": None, "widgets": None, "app": None, "app-history": template}
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for kind in kinds:  # one discarded run each: files into the page cache
        startup_once(kind, folder, 0, templates[kind])
    for number in range(1, plan.startup_runs + 1):
        order = kinds if number % 2 else kinds[::-1]  # take turns, so each kind meets each noise
        for kind in order:
            runs[kind].append(startup_once(kind, folder, number, templates[kind]))
    ms = {kind: median([run["ms"] for run in runs[kind]]) for kind in kinds}
    report.details["startup"] = {
        kind: {
            "ms": [round(run["ms"], 1) for run in runs[kind]],
            "interpreter_ms": [round(run["interpreter_ms"], 1) for run in runs[kind]],
            "max_rss_kib": [run["max_rss_kib"] for run in runs[kind]],
        }
        for kind in kinds
    }
    report.add("startup_bare_ms", "start-up: bare PySide6 window, first frame", ms["bare"], "ms")
    report.add(
        "startup_widgets_ms",
        "start-up: the library page's widgets alone (no app), first frame",
        ms["widgets"],
        "ms",
    )
    report.add("startup_app_ms", "start-up: Psoas Timer, first frame", ms["app"], "ms")
    where = "a real X display" if display() == "xcb" else "offscreen"
    report.details["startup_display"] = display()
    report.add(
        "startup_ratio",
        f"start-up: Psoas Timer / bare window, on {where}",
        ms["app"] / ms["bare"],
        "x",
        "<= 1.4",
        lambda value: value <= 1.4,
    )
    report.add(
        "startup_widgets_ratio",
        "start-up: the library page's widgets alone / bare window",
        ms["widgets"] / ms["bare"],
        "x",
    )
    report.add(
        "startup_history_ms",
        "start-up with 11,000 sessions of history",
        ms["app-history"],
        "ms",
    )
    report.add(
        "startup_history_ratio",
        "start-up with 11,000 sessions / bare window",
        ms["app-history"] / ms["bare"],
        "x",
    )


def history_page_once(data: Path, folder: Path, name: str, env: dict[str, str] | None) -> dict:
    child = probe(folder, name, "history", "--data-dir", str(data), env=env)
    result = child.result(timeout=90)
    if "figures_frame" not in result or result.get("sessions") != THIRTY_YEARS:
        raise BenchmarkError(f"history page: no figures in time ({result})")
    return {
        key: (result[key] - child.spawned) * 1000
        for key in ("first_frame", "pressed", "page_frame", "ready", "figures_frame")
    }


def bench_history_page(plan: Plan, report: Report, folder: Path) -> None:
    """Start the app with 30 years of daily practice and press Ctrl+2 at its first frame:
    spawn to the page on screen, then to its figures on screen. At a first start (no snapshot
    in the cache, each run a fresh copy of the data folder) and at a later one (one data
    folder, its snapshot written by the run before)."""
    template = write_history_template(folder, THIRTY_YEARS, per_day=1)
    runs: dict[str, list[dict[str, float]]] = {"first": [], "later": []}
    later = folder / "history-page-later"
    shutil.copytree(template, later)
    with x_display() as screen:
        history_page_once(later, folder, "history-page-warm-up", screen)  # writes the snapshot
        for number in range(1, plan.startup_runs + 1):
            first = folder / f"history-page-first-{number}"
            shutil.copytree(template, first)
            kinds = ("first", "later") if number % 2 else ("later", "first")
            for kind in kinds:
                data = first if kind == "first" else later
                runs[kind].append(history_page_once(data, folder, f"hp-{kind}-{number}", screen))
    where = "offscreen (no X display)" if screen is None else "on an X display"
    report.details["history_page_30y"] = {
        "where": where,
        **{kind: [{k: round(v, 1) for k, v in run.items()} for run in runs[kind]] for kind in runs},
    }
    for kind, label in (("later", "later start"), ("first", "first start")):
        suffix = "" if kind == "later" else "_first"
        rows = (
            ("", "spawn to the figures on screen", "figures_frame", "pressed"),
            ("_open", "Ctrl+2 to the page on screen", "page_frame", "pressed"),
            ("_after_ready", "history read to figures on screen", "figures_frame", "ready"),
        )
        for key, name, end, start in rows:
            values = [run[end] - (run[start] if key else 0.0) for run in runs[kind]]
            report.add(
                f"history_page_30y{suffix}{key}_ms",
                f"history page, 30 years daily, {label}: {name}",
                median(values),
                "ms",
                note=where,
            )
