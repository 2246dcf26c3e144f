"""New, duplicate, edit, delete, import and export, from the main window."""

import json

from PySide6.QtGui import QAction

from psoas_timer.core.user_routines import duplicate_of


def test_duplicate_of_a_built_in_routine_is_saved_as_the_users_own(window, data, monkeypatch):
    captured = {}

    def accept(editor):
        captured["title"] = editor.windowTitle()
        return editor.result_routine() or duplicate_of(
            window.library.get("quick-reset"), set(window.library.ids)
        )

    monkeypatch.setattr(window.routine_actions, "run_editor", accept)
    window.routine_actions.duplicate_routine("quick-reset")
    page = window.library_page
    new_id = page.current_routine_id()
    assert new_id not in ("quick-reset", None)
    saved = json.loads((data.routines_dir / f"{new_id}.json").read_text())
    assert saved["title"] == "Quick reset (copy)"
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    assert "(yours)" in page.tree.currentItem().text(1)


def test_cancelled_editor_writes_nothing(window, data, monkeypatch):
    monkeypatch.setattr(window.routine_actions, "run_editor", lambda editor: None)
    window.routine_actions.new_routine()
    assert not data.routines_dir.exists() or not list(data.routines_dir.iterdir())


def test_delete_asks_and_removes_only_the_users_routine(window, data, monkeypatch):
    monkeypatch.setattr(
        window.routine_actions,
        "run_editor",
        lambda editor: duplicate_of(window.library.get("gentle-floor"), set(window.library.ids)),
    )
    window.routine_actions.duplicate_routine("gentle-floor")
    copy_id = window.library_page.current_routine_id()
    assert (data.routines_dir / f"{copy_id}.json").exists()
    monkeypatch.setattr(window.routine_actions, "confirm_delete", lambda routine: False)
    window.routine_actions.delete_routine(copy_id)
    assert (data.routines_dir / f"{copy_id}.json").exists()
    monkeypatch.setattr(window.routine_actions, "confirm_delete", lambda routine: True)
    window.routine_actions.delete_routine(copy_id)
    assert not (data.routines_dir / f"{copy_id}.json").exists()
    assert window.library.get(copy_id) is None
    window.routine_actions.delete_routine("gentle-floor")  # built-in: refused quietly
    assert window.library.get("gentle-floor") is not None


def test_import_then_export_round_trip_and_a_clash_is_renamed(window, data, tmp_path, monkeypatch):
    source = tmp_path / "evening.json"
    source.write_text(
        json.dumps(
            {
                "id": "quick-reset",
                "title": "My evening",
                "prep_seconds": 5,
                "rest_seconds": 5,
                "steps": [{"exercise": "bridge", "seconds": 40}],
            }
        )
    )
    told = []
    monkeypatch.setattr(window.routine_actions, "ask_open_path", lambda: str(source))
    monkeypatch.setattr(window.routine_actions, "show_info", lambda title, text: told.append(text))
    window.routine_actions.import_routine()
    assert told and "quick-reset-2" in told[0]
    assert window.library_page.current_routine_id() == "quick-reset-2"
    assert window.library.get("quick-reset").title == "Quick reset"  # untouched

    exported = tmp_path / "out.json"
    monkeypatch.setattr(window.routine_actions, "ask_save_path", lambda suggested: str(exported))
    window.routine_actions.export_routine()
    assert json.loads(exported.read_text())["title"] == "My evening"


def test_import_of_an_invalid_file_shows_what_is_wrong(window, tmp_path, monkeypatch, data):
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x", "title": "X", "steps": [{"exercise": "nope", "seconds": 5}]}')
    errors = []
    monkeypatch.setattr(window.routine_actions, "ask_open_path", lambda: str(bad))
    monkeypatch.setattr(
        window.routine_actions, "show_error", lambda title, text: errors.append(text)
    )
    window.routine_actions.import_routine()
    assert errors and "bad.json" in errors[0] and "nope" in errors[0]
    assert not data.routines_dir.exists() or not list(data.routines_dir.iterdir())


def test_a_broken_file_among_the_users_routines_is_skipped_with_a_notice(qtbot, tmp_path, clock):
    from psoas_timer.core.routines import load_library
    from psoas_timer.core.store import DataDir
    from psoas_timer.ui.main_window import MainWindow

    data = DataDir(tmp_path / "data")
    data.routines_dir.mkdir(parents=True)
    (data.routines_dir / "good.json").write_text(
        '{"id": "good", "title": "Good", "prep_seconds": 0, "rest_seconds": 0,'
        ' "steps": [{"exercise": "bridge", "seconds": 30}]}'
    )
    (data.routines_dir / "broken.json").write_text('{"id": "broken", "title": ')
    window = MainWindow(data, load_library(data.routines_dir), clock=clock)
    qtbot.addWidget(window)
    window.show()
    assert window.library.get("good") is not None
    assert "broken.json" in window.notice_bar.label.text()
    assert window.notice_bar.isVisible()


def test_importing_from_the_history_tab_shows_the_routine_in_the_library(
    window, tmp_path, monkeypatch
):
    source = tmp_path / "evening.json"
    source.write_text(
        json.dumps(
            {
                "id": "evening",
                "title": "Evening",
                "prep_seconds": 5,
                "rest_seconds": 5,
                "steps": [{"exercise": "bridge", "seconds": 40}],
            }
        )
    )
    told = []
    monkeypatch.setattr(window.routine_actions, "ask_open_path", lambda: str(source))
    monkeypatch.setattr(window.routine_actions, "show_info", lambda title, text: told.append(text))
    monkeypatch.setattr(window.routine_actions, "show_error", lambda title, text: told.append(text))
    window.tabs.setCurrentIndex(1)
    window.routine_actions.import_routine()
    assert window.tabs.currentWidget() is window.library_page
    assert window.library_page.current_routine_id() == "evening"
    assert told == ["“Evening” is now in your routines, chosen and ready."]


def test_the_import_dialog_opens_in_the_home_folder(window, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    seen = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: seen.append(args[2]) or ("", "")
    )
    window.routine_actions.import_routine()
    assert seen == [str(Path.home())]


def test_edit_and_delete_in_the_menu_follow_the_chosen_routine_from_the_start(window):
    by_text = {action.text().replace("&", ""): action for action in window.findChildren(QAction)}
    assert window.library_page.current_routine().builtin
    assert not by_text["Edit…"].isEnabled()
    assert not by_text["Delete"].isEnabled()
