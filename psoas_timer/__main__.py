"""Command line: `psoas-timer` / `python main.py`. Qt is imported only when a window opens."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from psoas_timer import __version__
from psoas_timer.core.i18n import (
    ENGLISH,
    Plural,
    choose_language,
    content_language,
    set_content_language,
    system_languages,
    translate,
)
from psoas_timer.core.text import one_line, printable

if TYPE_CHECKING:
    from psoas_timer.core.routines import Library
    from psoas_timer.core.store import DataDir

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    """The options, described in the user's language (`_use_language` first)."""
    from psoas_timer.core.store import default_data_dir

    parser = argparse.ArgumentParser(
        prog="psoas-timer",
        description=translate(
            "CommandLine", "A guided timer for psoas and low-back stretching and exercise routines."
        ),
        epilog=translate(
            "CommandLine",
            "Not medical advice: move gently, start slow, and stop if anything hurts.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"psoas-timer {__version__}",
        # argparse's own default is not offered for translation
        help=translate("CommandLine", "show program's version number and exit"),
    )
    parser.add_argument(
        "--list-routines",
        action="store_true",
        help=translate(
            "CommandLine",
            "print each routine as: id<TAB>title<TAB>total duration (m:ss), then exit",
        ),
    )
    parser.add_argument(
        "--start",
        metavar="ROUTINE_ID",
        help=translate("CommandLine", "open the player and start this routine at once"),
    )
    parser.add_argument(
        "--import-routine",
        metavar="FILE",
        type=Path,
        help=translate(
            "CommandLine", "check a routine file and add it to your routines; prints its id"
        ),
    )
    parser.add_argument(
        "--export-history",
        metavar="FILE",
        type=Path,
        help=translate(
            "CommandLine",
            "write your practice history, every computer's, as CSV (UTF-8, ISO 8601 times) "
            "or, for a FILE ending in .json, as JSON; - for standard output; then exit",
        ),
    )
    parser.add_argument(
        "--export-format",
        choices=("csv", "json"),
        help=translate(
            "CommandLine", "the format of --export-history (default: from the file name, else CSV)"
        ),
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=translate(
            "CommandLine",
            "add Psoas Timer, with its icon, to your desktop's application menu, then exit",
        ),
    )
    desktop.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=translate(
            "CommandLine",
            "remove it from the menu again (your history and routines stay), then exit",
        ),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=translate(
            "CommandLine",
            "start in the tray without showing the window (as starting at login does)",
        ),
    )
    parser.add_argument(
        "--reminders",
        action="store_true",
        help=translate(
            "CommandLine",
            "print each reminder (days, time, routine) and the next time it fires, then exit",
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help=translate(
            "CommandLine",
            "where history, favourites, settings and your own routines live "
            "(default: $PSOAS_TIMER_DATA_DIR, else {default})",
        ).format(default=default_data_dir()),
    )
    return parser


def display_available() -> bool:
    """Whether Qt can open a window here; on Linux that needs X11, Wayland or a chosen platform."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _use_language(data: DataDir) -> None:
    """Say things, and read the content (exercise names, routine titles), in the user's
    language. Qt's translation files are read only for a language other than English."""
    language = choose_language(data.settings.current.language, system_languages())
    if language == ENGLISH:
        set_content_language(language)
        return
    from psoas_timer import cli_words
    from psoas_timer.ui.translations import install_standalone

    install_standalone(language)
    cli_words.install()


def _say(text: str) -> None:
    """A message for the user, on standard error (standard output is for what a command gives)."""
    print(text, file=sys.stderr)


def _export_history(path: Path, data: DataDir, form: str | None = None) -> int:
    from psoas_timer.core import stats

    form = form or ("json" if path.suffix.lower() == ".json" else "csv")
    sessions = data.history.sessions  # every computer's, merged
    if str(path) == "-":
        text = stats.export_json_text if form == "json" else stats.export_csv_text
        sys.stdout.write(text(sessions))
        return 0
    try:
        rows = (stats.export_json if form == "json" else stats.export_csv)(sessions, path)
    except OSError as error:
        failed = translate("CommandLine", "psoas-timer: could not write {path}: {reason}")
        _say(failed.format(path=printable(str(path)), reason=error.strerror))
        return 1
    wrote = Plural.tr("Wrote %n session(s) to {path}", "", rows)
    _say(wrote.format(path=printable(str(path))))
    return 0


def _moment_text(local: datetime) -> str:
    """ "Tue 01 Dec 2026, 07:30 CET"; the date as the user's language writes it."""
    if content_language() == ENGLISH:
        return f"{local:%a %d %b %Y, %H:%M %Z}"
    from psoas_timer.ui.translations import date_text

    return f"{date_text(local.date())}, {local:%H:%M %Z}"


def _print_reminders(data: DataDir, library: Library) -> int:
    from psoas_timer.core.clock import SystemWallClock
    from psoas_timer.core.reminders import ReminderScheduler
    from psoas_timer.core.stats import practice_days

    reminders = data.reminders.reminders
    if not reminders:
        print(
            translate(
                "CommandLine",
                "No reminders are set. Add them in the app: Settings, Reminders and goal.",
            )
        )
        return 0
    settings = data.settings.current
    now = SystemWallClock().now()
    practised = practice_days(data.history.sessions)
    scheduler = ReminderScheduler(
        reminders,
        now,
        skip_when_practised=settings.skip_reminders_after_practice,
        practised_on=practised.__contains__,
    )
    rows = []
    for reminder in sorted(reminders, key=lambda item: (item.at, sorted(item.weekdays))):
        routine = library.get(reminder.routine_id)
        missing = translate("CommandLine", "(no routine {id})")
        title = routine.title if routine else missing.format(id=repr(reminder.routine_id))
        moment = scheduler.next_fire(reminder, now)
        if not reminder.enabled:
            when = translate("CommandLine", "off")
        elif moment is None:
            when = translate("CommandLine", "never (no days chosen)")
        else:
            local = moment.astimezone()
            when = translate("CommandLine", "next {moment}").format(moment=_moment_text(local))
        rows.append((reminder.time_text, reminder.days_text, one_line(title), when))
    # Aligned columns: time, days, routine, and when it next fires.
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        print("  ".join([*cells, row[3]]))
    if settings.skip_reminders_after_practice:
        print(
            translate("CommandLine", "(A reminder is skipped on a day you have already practised.)")
        )
    return 0


def _import_routine(path: Path, data: DataDir, library: Library) -> int:
    from psoas_timer.core.routines import RoutineError
    from psoas_timer.core.user_routines import import_routine_file

    try:
        result = import_routine_file(path, data.routines_dir, library.catalogue, set(library.ids))
    except RoutineError as error:
        _say(f"psoas-timer: {error}")
        return EXIT_USAGE
    except OSError as error:
        text = translate("CommandLine", "psoas-timer: could not import {path}: {reason}")
        _say(text.format(path=printable(str(path)), reason=error.strerror))
        return 1
    if result.renamed_from:
        text = translate("CommandLine", "psoas-timer: the id {taken} is taken; imported as {id}")
        _say(text.format(taken=repr(result.renamed_from), id=repr(result.routine.id)))
    print(result.routine.id)
    return 0


def _desktop_entry(install: bool) -> int:
    from psoas_timer import desktop_entry

    try:
        paths = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as error:
        if error.filename:
            text = translate("CommandLine", "psoas-timer: could not write {path}: {reason}")
            _say(text.format(path=error.filename, reason=error.strerror))
        else:
            text = translate("CommandLine", "psoas-timer: could not write: {reason}")
            _say(text.format(reason=error.strerror))
        return 1
    for path in paths:
        print(path)
    if install:
        _say(translate("CommandLine", "Psoas Timer is in your application menu."))
    elif paths:
        _say(translate("CommandLine", "Psoas Timer is no longer in your application menu."))
    else:
        _say(translate("CommandLine", "Psoas Timer was not in your application menu."))
    return 0


def _data_dir_argument(argv: list[str] | None) -> Path | None:
    """--data-dir alone, read before the rest: the language is in that folder's settings."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--data-dir", type=Path)
    known, _rest = early.parse_known_args(argv)
    return known.data_dir  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    from psoas_timer.core.routines import RoutineError, format_duration, load_library
    from psoas_timer.core.store import DataDir

    # Everything it says, the options' help included, is in the user's language.
    data = DataDir(_data_dir_argument(argv), notify=_say)
    _use_language(data)
    args = build_parser().parse_args(argv)

    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)

    if args.list_routines:
        library = load_library(data.routines_dir)
        for problem in library.problems:
            _say(str(problem))
        for routine in library.routines:
            # Titles are checked when read; escaping here too keeps one routine a line, whatever.
            title = one_line(routine.title)
            print(f"{routine.id}\t{title}\t{format_duration(routine.total_seconds)}")
        return 0

    if args.export_history is not None:
        return _export_history(args.export_history, data, args.export_format)
    try:
        library = load_library(data.routines_dir)
    except RoutineError as error:
        _say(f"psoas-timer: {error}")
        return 1
    if args.start is not None and library.get(args.start) is None:
        text = translate("CommandLine", "psoas-timer: unknown routine id {id}. Valid ids:")
        _say(text.format(id=repr(args.start)))
        for routine in library.routines:
            _say(f"  {routine.id}")
        return EXIT_USAGE

    if args.import_routine is not None:
        return _import_routine(args.import_routine, data, library)
    if args.reminders:
        return _print_reminders(data, library)

    if not display_available():
        _say(
            translate(
                "CommandLine",
                "psoas-timer: no display to open a window on (neither DISPLAY nor "
                "WAYLAND_DISPLAY is set). Run it from a desktop session, or on a virtual "
                "display by putting xvfb-run in front of the command.",
            )
        )
        return 1

    from psoas_timer.ui.app import run_app

    return run_app(data, library, start_routine=args.start, start_minimized=args.minimized)


def run(argv: list[str] | None = None) -> int:
    """The program: `psoas-timer`, `python main.py`, `python -m psoas_timer`."""
    # Starting makes a few hundred thousand objects that live as long as the process (modules,
    # classes, Qt's enums, the window's widgets) and next to no garbage; the cyclic collector
    # would walk them over and over before the window is drawn. It is off until the first
    # frame (the window turns it back on) or until a command is done.
    gc.disable()
    try:
        return main(argv)
    except BrokenPipeError:
        # `psoas-timer --list-routines | head` closed the pipe early: not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        gc.enable()


if __name__ == "__main__":
    raise SystemExit(run())
