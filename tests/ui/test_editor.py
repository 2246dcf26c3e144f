"""The routine editor dialog: steps, order, totals, checking, saving and closing."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from psoas_timer import resources
from psoas_timer.core.routines import (
    Routine,
    Step,
    load_catalogue,
    load_routines_dir,
    parse_routine,
)
from psoas_timer.core.user_routines import duplicate_of, save_user_routine
from psoas_timer.ui.editor import CustomStepDialog, ExercisePicker, RoutineEditor

CATALOGUE = load_catalogue()
BUILTINS = load_routines_dir(resources.builtin_routines_dir(), CATALOGUE, builtin=True)[0]
BUILTIN_IDS = {routine.id for routine in BUILTINS}


class Prompts:
    """Stands in for the "Discard changes?" question and counts how often it was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.answer


@pytest.fixture
def open_editor(qtbot):
    def open_(routine=None, existing=None, thumbnail=None):
        ids = BUILTIN_IDS if existing is None else existing
        editor = RoutineEditor(CATALOGUE, routine, set(ids), thumbnail=thumbnail)
        editor.confirm_discard = Prompts(True)  # never a real message box, even at teardown
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return open_


def step_names(editor) -> list[str]:
    names = []
    for step in editor.document()["steps"]:
        names.append(step.get("exercise") or step["name"])
    return names


def row_text(editor, row: int) -> str:
    """What the steps list shows in a row."""
    return editor.steps_list.model().index(row, 0).data()


def user_routine() -> Routine:
    lunge = CATALOGUE["kneeling-hip-flexor"]
    bridge = CATALOGUE["bridge"]
    return Routine(
        id="evening",
        title="Evening wind-down",
        description="Slow floor work.\nEnds lying down.",
        prep_seconds=7,
        rest_seconds=12,
        steps=(
            Step.of(lunge, 25, True),
            Step("Side breathing", 40, True, ("Lie on your side.", "Breathe into the ribs.")),
            Step.of(bridge, 50, False),
        ),
        level="moderate",
    )


# --- adding steps ---------------------------------------------------------------------------------


def test_a_new_routine_starts_empty_with_save_off_and_says_what_is_missing(open_editor):
    editor = open_editor()
    assert editor.windowTitle() == "New routine"
    assert editor.title_edit.text() == ""
    assert editor.id_edit.text() == "my-routine"
    assert not editor.id_edit.isReadOnly()
    assert editor.level_combo.currentText() == "—"
    assert editor.step_count() == 0
    assert not editor.save_button.isEnabled()
    assert editor.title_error.isVisible()
    assert editor.title_error.text() == "Give the routine a title."
    assert editor.steps_error.text() == "Add at least one step."
    assert not editor.remove_button.isEnabled()
    assert not editor.seconds_spin.isEnabled()


def test_add_exercise_shows_its_name_picture_time_and_sides(open_editor, qtbot):
    asked = []

    def thumbnail(exercise_id: str) -> QIcon:
        asked.append(exercise_id)
        pixmap = QPixmap(56, 42)
        pixmap.fill(Qt.GlobalColor.darkGreen)
        return QIcon(pixmap)

    editor = open_editor(thumbnail=thumbnail)
    editor.choose_exercise = lambda: "kneeling-hip-flexor"
    qtbot.mouseClick(editor.add_exercise_button, Qt.MouseButton.LeftButton)
    assert editor.step_count() == 1
    first = editor.steps_list.model().index(0, 0)
    assert "Kneeling hip flexor stretch" in first.data()
    assert "0:30 each side  ·  1:00 in all" in first.data()
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "kneeling-hip-flexor" in asked
    assert editor.selected_row() == 0
    assert editor.per_side_check.isChecked()  # the exercise's own setting
    assert editor.document()["steps"] == [
        {"exercise": "kneeling-hip-flexor", "seconds": 30, "per_side": True}
    ]
    editor.choose_exercise = lambda: None  # cancelled picker: nothing added
    qtbot.mouseClick(editor.add_exercise_button, Qt.MouseButton.LeftButton)
    assert editor.step_count() == 1


def test_add_custom_step_and_edit_it_again(open_editor, qtbot):
    editor = open_editor()
    editor.ask_custom_step = lambda name="", instructions="": ("Shoulder rolls", "Stand.\nRoll.")
    qtbot.mouseClick(editor.add_custom_button, Qt.MouseButton.LeftButton)
    assert editor.step_count() == 1
    assert "Shoulder rolls" in row_text(editor, 0)
    assert "(custom)" in row_text(editor, 0)
    assert editor.document()["steps"] == [
        {
            "name": "Shoulder rolls",
            "instructions": "Stand.\nRoll.",
            "seconds": 30,
            "per_side": False,
        }
    ]
    assert editor.edit_step_button.isEnabled()
    seen = []

    def ask_again(name="", instructions=""):
        seen.append((name, instructions))
        return "Neck rolls", "Slowly."

    editor.ask_custom_step = ask_again
    qtbot.mouseClick(editor.edit_step_button, Qt.MouseButton.LeftButton)
    assert seen == [("Shoulder rolls", "Stand.\nRoll.")]
    assert editor.document()["steps"][0]["name"] == "Neck rolls"
    assert "Neck rolls" in row_text(editor, 0)


def test_steps_are_added_after_the_selected_one(open_editor):
    editor = open_editor()
    editor.add_exercise("cat-pose")
    editor.add_exercise("bridge")
    editor.select_step(0)
    editor.add_exercise("towel-rock")
    assert step_names(editor) == ["cat-pose", "towel-rock", "bridge"]
    assert editor.selected_row() == 1


def test_remove_takes_out_the_selected_step(open_editor, qtbot):
    editor = open_editor()
    for exercise_id in ("cat-pose", "bridge", "towel-rock"):
        editor.add_exercise(exercise_id)
    editor.select_step(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert step_names(editor) == ["cat-pose", "towel-rock"]
    assert editor.selected_row() == 1
    assert row_text(editor, 1).startswith("2.")


# --- order ----------------------------------------------------------------------------------------


def test_move_up_and_down_buttons_reorder_and_follow_the_step(open_editor, qtbot):
    editor = open_editor()
    for exercise_id in ("cat-pose", "bridge", "towel-rock"):
        editor.add_exercise(exercise_id)
    editor.select_step(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert step_names(editor) == ["cat-pose", "towel-rock", "bridge"]
    assert editor.selected_row() == 1
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert step_names(editor) == ["towel-rock", "cat-pose", "bridge"]
    assert not editor.up_button.isEnabled()  # already first
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert step_names(editor) == ["cat-pose", "towel-rock", "bridge"]
    assert row_text(editor, 0).startswith("1.  Cat pose")
    assert row_text(editor, 1).startswith("2.  Towel rock")


def test_ctrl_up_and_ctrl_down_move_the_selected_step(open_editor, qtbot):
    editor = open_editor()
    for exercise_id in ("cat-pose", "bridge", "towel-rock"):
        editor.add_exercise(exercise_id)
    editor.select_step(2)
    editor.activateWindow()
    editor.steps_list.setFocus()
    qtbot.waitUntil(editor.steps_list.hasFocus)
    qtbot.keyClick(editor.steps_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert step_names(editor) == ["cat-pose", "towel-rock", "bridge"]
    qtbot.keyClick(editor.steps_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert step_names(editor) == ["towel-rock", "cat-pose", "bridge"]
    assert editor.selected_row() == 0
    qtbot.keyClick(editor.steps_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert step_names(editor) == ["cat-pose", "towel-rock", "bridge"]
    assert editor.selected_row() == 1


def test_drag_and_drop_reordering_keeps_the_routine_in_step(open_editor):
    editor = open_editor()
    assert editor.steps_list.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    for exercise_id in ("cat-pose", "bridge", "towel-rock"):
        editor.add_exercise(exercise_id)
    model = editor.steps_list.model()
    # What a drop does: the list's model moves the row (the first step to the end here).
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert step_names(editor) == ["bridge", "towel-rock", "cat-pose"]
    assert row_text(editor, 0).startswith("1.  Bridge")
    assert row_text(editor, 2).startswith("3.  Cat pose")
    assert editor.save_button.isEnabled() is False  # still no title
    editor.title_edit.setText("Dragged")
    editor.save_button.click()
    assert [step.exercise_id for step in editor.result_routine().steps] == [
        "bridge",
        "towel-rock",
        "cat-pose",
    ]


def test_a_dropped_step_stays_selected_and_moves_in_the_routine_itself(open_editor):
    editor = open_editor()
    for exercise_id in ("cat-pose", "bridge", "towel-rock"):
        editor.add_exercise(exercise_id)
    editor.select_step(2)
    model = editor.steps_list.model()
    # The list shows the routine's own steps: a drop moves them there, nothing to copy back.
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [step.exercise_id for step in editor.draft.steps] == ["towel-rock", "cat-pose", "bridge"]
    assert editor.selected_row() == 0
    assert editor.seconds_spin.value() == 30 and not editor.up_button.isEnabled()
    assert not model.moveRow(QModelIndex(), 0, QModelIndex(), 1)  # onto itself: nothing
    assert step_names(editor) == ["towel-rock", "cat-pose", "bridge"]


def test_a_step_with_a_problem_is_marked_in_the_list(open_editor):
    editor = open_editor()
    editor.title_edit.setText("Evening")
    editor.add_exercise("bridge")
    editor.add_custom_step("Walk", "")
    model = editor.steps_list.model()
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Step 2: Write at least one instruction."
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    editor.select_step(1)
    editor.ask_custom_step = lambda name="", instructions="": ("Walk", "Walk about.")
    editor.edit_step_button.click()
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert editor.save_button.isEnabled()


# --- the total ------------------------------------------------------------------------------------


def test_per_side_and_seconds_change_the_total_as_they_change(open_editor, qtbot):
    editor = open_editor()
    editor.prep_spin.setValue(10)
    editor.rest_spin.setValue(5)
    editor.add_exercise("kneeling-hip-flexor", seconds=30)  # per side: 60 s
    assert editor.total_seconds() == 10 + 60
    assert "1:10" in editor.total_label.text()
    editor.per_side_check.click()
    assert not editor.per_side_check.isChecked()
    assert editor.total_seconds() == 10 + 30
    assert "0:40" in editor.total_label.text()
    # One time, not "30 s · 0:30".
    assert row_text(editor, 0).split("\n")[1].split("  ·  ")[0].strip() == "0:30"
    editor.per_side_check.click()
    assert "1:10" in editor.total_label.text()

    editor.add_exercise("bridge", seconds=30)
    assert "1:45" in editor.total_label.text()  # 10 + 60 + rest 5 + 30
    editor.seconds_spin.setFocus()
    editor.seconds_spin.selectAll()
    qtbot.keyClicks(editor.seconds_spin, "9")
    assert "1:24" in editor.total_label.text()  # seen while typing: 10 + 60 + 5 + 9
    qtbot.keyClicks(editor.seconds_spin, "0")
    assert "2:45" in editor.total_label.text()  # 10 + 60 + 5 + 90
    assert editor.document()["steps"][1]["seconds"] == 90
    assert row_text(editor, 1).split("\n")[1].split("  ·  ")[0].strip() == "1:30"


def test_rest_counts_between_steps_only_and_prep_once(open_editor):
    editor = open_editor()
    for _ in range(3):
        editor.add_exercise("bridge", seconds=20)
    editor.prep_spin.setValue(0)
    editor.rest_spin.setValue(0)
    assert editor.total_seconds() == 60
    editor.rest_spin.setValue(15)
    assert editor.total_seconds() == 60 + 2 * 15
    editor.prep_spin.setValue(10)
    assert editor.total_seconds() == 100
    assert "Total 1:40" in editor.total_label.text()


def test_per_side_is_off_for_one_sided_exercises_but_on_for_custom_steps(open_editor):
    editor = open_editor()
    editor.add_exercise("cat-pose")
    assert not editor.per_side_check.isEnabled()
    editor.add_custom_step("Walk", "Walk about.")
    assert editor.per_side_check.isEnabled()


# --- checking -------------------------------------------------------------------------------------


def test_an_empty_title_turns_save_off_and_says_so_beside_the_title(open_editor, qtbot):
    editor = open_editor()
    editor.add_exercise("bridge")
    qtbot.keyClicks(editor.title_edit, "Evening")
    assert editor.save_button.isEnabled()
    assert not editor.title_error.isVisible()
    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    assert not editor.save_button.isEnabled()
    assert editor.title_error.isVisible()
    assert editor.title_error.text() == "Give the routine a title."
    assert not editor.id_error.isVisible()
    assert not editor.steps_error.isVisible()
    qtbot.keyClicks(editor.title_edit, "   ")
    assert not editor.save_button.isEnabled()  # spaces alone are no title
    assert any(problem.where == '"title"' for problem in editor.problems())


def test_a_bad_or_taken_id_is_shown_beside_the_id(open_editor, qtbot):
    editor = open_editor()
    editor.add_exercise("bridge")
    editor.title_edit.setText("Evening")
    editor.id_edit.clear()
    qtbot.keyClicks(editor.id_edit, "Bad Id")
    assert not editor.save_button.isEnabled()
    assert editor.id_error.isVisible()
    assert "lowercase letters" in editor.id_error.text()
    editor.id_edit.setText("quick-reset")
    assert editor.id_error.text() == "Another routine already uses this id."
    assert not editor.save_button.isEnabled()
    editor.id_edit.setText("my-quick-reset")
    assert editor.save_button.isEnabled()
    assert not editor.id_error.isVisible()


def test_the_id_follows_the_title_until_typed_by_hand(open_editor, qtbot):
    editor = open_editor()
    qtbot.keyClicks(editor.title_edit, "My Evening Stretch!")
    assert editor.id_edit.text() == "my-evening-stretch"
    editor.title_edit.setText("Quick reset")
    assert editor.id_edit.text() == "quick-reset-2"  # a built-in has "quick-reset"
    editor.id_edit.selectAll()
    qtbot.keyClicks(editor.id_edit, "mine")
    editor.title_edit.setText("Something else")
    assert editor.id_edit.text() == "mine"


def test_step_problems_name_the_step(open_editor):
    editor = open_editor()
    editor.title_edit.setText("Evening")
    editor.add_exercise("bridge")
    editor.add_custom_step("Walk", "")
    assert not editor.save_button.isEnabled()
    assert editor.steps_error.isVisible()
    assert editor.steps_error.text() == "Step 2: Write at least one instruction."


def test_prep_and_rest_problems_have_their_own_labels(open_editor):
    editor = open_editor()
    # The spin boxes keep values in range; the labels are there for what the rules may add.
    assert editor.prep_spin.maximum() == 600 and editor.rest_spin.minimum() == 0
    assert editor.prep_error.objectName() == "prep_problem"
    assert editor.rest_error.objectName() == "rest_problem"
    assert not editor.prep_error.isVisible() and not editor.rest_error.isVisible()


# --- saving ---------------------------------------------------------------------------------------


def test_save_gives_the_routine_as_entered(open_editor, qtbot, tmp_path):
    editor = open_editor()
    qtbot.keyClicks(editor.title_edit, "  Evening wind-down ")
    editor.description_edit.setPlainText("Slow floor work.\nEnds lying down.")
    editor.level_combo.setCurrentIndex(editor.level_combo.findData("moderate"))
    editor.prep_spin.setValue(7)
    editor.rest_spin.setValue(12)
    editor.add_exercise("kneeling-hip-flexor", seconds=25)
    editor.add_custom_step("Side breathing", "Lie on your side.\n\nBreathe into the ribs.")
    editor.seconds_spin.setValue(40)
    editor.per_side_check.setChecked(True)
    editor.add_exercise("bridge", seconds=50)
    editor.id_edit.setText("evening")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert not editor.isVisible()
    routine = editor.result_routine()
    assert routine == user_routine()
    assert routine.total_seconds == 7 + 50 + 80 + 50 + 2 * 12
    assert editor.confirm_discard.asked == 0
    # And it is what the caller saves: the same routine comes back from the file.
    path = save_user_routine(routine, tmp_path / "routines")
    assert load_routines_dir(path.parent, CATALOGUE, builtin=False)[0] == [routine]


# --- closing --------------------------------------------------------------------------------------


def test_cancel_with_changes_asks_and_stays_open_when_told_to(open_editor, qtbot):
    editor = open_editor()
    qtbot.keyClicks(editor.title_edit, "Half done")
    editor.confirm_discard = Prompts(False)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_discard.asked == 1
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.confirm_discard.asked == 2
    assert editor.isVisible()
    editor.close()
    assert editor.confirm_discard.asked == 3
    assert editor.isVisible()

    editor.confirm_discard = Prompts(True)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_discard.asked == 1
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert editor.result_routine() is None


def test_closing_without_changes_does_not_ask(open_editor, qtbot):
    editor = open_editor(routine=user_routine(), existing=BUILTIN_IDS | {"evening"})
    editor.title_edit.setText("Changed")
    editor.title_edit.setText("Evening wind-down")  # and changed back: nothing to lose
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.confirm_discard.asked == 0
    assert not editor.isVisible()
    assert editor.result_routine() is None


# --- editing what exists --------------------------------------------------------------------------


def test_editing_a_routine_fills_in_every_field(open_editor):
    routine = user_routine()
    editor = open_editor(routine=routine, existing=BUILTIN_IDS | {"evening"})
    assert editor.windowTitle() == "Edit routine: Evening wind-down"
    assert editor.title_edit.text() == "Evening wind-down"
    assert editor.id_edit.text() == "evening"
    assert editor.id_edit.isReadOnly()
    assert editor.description_edit.toPlainText() == "Slow floor work.\nEnds lying down."
    assert editor.level_combo.currentData() == "moderate"
    assert editor.prep_spin.value() == 7
    assert editor.rest_spin.value() == 12
    assert editor.step_count() == 3
    texts = [row_text(editor, row) for row in range(3)]
    assert "Kneeling hip flexor stretch" in texts[0] and "0:25 each side" in texts[0]
    assert "Side breathing" in texts[1] and "0:40 each side" in texts[1]
    assert "Bridge" in texts[2] and "0:50" in texts[2]
    assert editor.selected_row() == 0
    assert editor.seconds_spin.value() == 25
    assert editor.per_side_check.isChecked()
    editor.select_step(1)
    assert editor.seconds_spin.value() == 40
    assert (
        editor.document()["steps"][1]["instructions"] == "Lie on your side.\nBreathe into the ribs."
    )
    assert not editor.has_changes()
    assert editor.save_button.isEnabled()  # its own id is not "taken"
    assert f"Total {routine.total_seconds // 60}:" in editor.total_label.text()
    editor.save_button.click()
    assert editor.result_routine() == routine


def test_a_duplicate_of_a_builtin_opens_as_a_new_routine(open_editor, qtbot):
    quick = next(routine for routine in BUILTINS if routine.id == "quick-reset")
    copy_ = duplicate_of(quick, BUILTIN_IDS)
    editor = open_editor(routine=copy_)
    assert editor.title_edit.text() == "Quick reset (copy)"
    assert editor.id_edit.text() == "quick-reset-copy"
    assert not editor.id_edit.isReadOnly()
    assert editor.save_button.isEnabled()
    editor.title_edit.setText("My quick reset")
    assert editor.id_edit.text() == "my-quick-reset"
    editor.save_button.click()
    saved = editor.result_routine()
    assert saved.steps == quick.steps and not saved.builtin


def test_builtin_routines_are_not_edited_in_place():
    with pytest.raises(ValueError, match="duplicate"):
        RoutineEditor(CATALOGUE, BUILTINS[0], BUILTIN_IDS)


# --- the small dialogs and accessibility ----------------------------------------------------------


def test_exercise_picker_lists_the_catalogue_by_name(qtbot):
    picker = ExercisePicker(CATALOGUE)
    qtbot.addWidget(picker)
    assert picker.list.count() == len(CATALOGUE)
    assert picker.list.item(0).text().startswith(CATALOGUE["cat-pose"].name)
    picker.list.setCurrentRow(list(CATALOGUE).index("bridge"))
    assert picker.selected_id() == "bridge"


def test_custom_step_dialog_checks_with_the_routine_rules(qtbot):
    dialog = CustomStepDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Shoulder rolls")
    assert not dialog.ok_button.isEnabled()
    dialog.instructions_edit.setPlainText("Stand tall.\nRoll slowly.")
    assert dialog.ok_button.isEnabled()
    assert dialog.values() == ("Shoulder rolls", "Stand tall.\nRoll slowly.")
    dialog.instructions_edit.setPlainText("x" * 2001)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_label.text() == "Instructions: at most 2000 characters, not 2001."


def test_every_control_has_an_accessible_name_and_large_type(open_editor):
    editor = open_editor(routine=user_routine(), existing={"evening"})
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QSpinBox, QComboBox, QListView)
    controls = [
        widget
        for widget in editor.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.isVisible()
    ]
    assert len(controls) >= 15
    for widget in controls:
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QSpinBox | QComboBox):
            continue  # the editing part of a spin box or combo box, named by its owner
        assert widget.accessibleName(), widget
        assert widget.font().pixelSize() >= 15 or isinstance(widget, QAbstractButton), widget


def test_tab_goes_through_the_fields_in_reading_order(open_editor, qtbot):
    editor = open_editor(routine=user_routine(), existing={"evening"})
    order = [
        editor.title_edit,
        editor.id_edit,
        editor.description_edit,
        editor.level_combo,
        editor.prep_spin,
        editor.rest_spin,
        editor.steps_list,
        editor.seconds_spin,
        editor.per_side_check,
        editor.add_exercise_button,
    ]
    editor.activateWindow()
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_result_routine_is_none_until_saved(open_editor):
    editor = open_editor(routine=replace(user_routine(), id="x"), existing=set())
    assert editor.result_routine() is None
    assert parse_routine(editor.document(), CATALOGUE, "x.json") == replace(user_routine(), id="x")


@pytest.mark.parametrize(
    ("button", "discard"), [("Discard changes", True), ("Keep editing", False)]
)
def test_the_discard_question_offers_discard_or_keep_editing(qtbot, button, discard):
    editor = RoutineEditor(CATALOGUE, None, set(BUILTIN_IDS))
    qtbot.addWidget(editor)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.windowTitle())
        next(choice for choice in box.buttons if choice.text() == button).click()

    QTimer.singleShot(0, answer)
    assert editor.confirm_discard() is discard
    assert seen == ["Discard changes?"]


def test_typing_seconds_out_of_range_says_what_was_kept(qtbot, open_editor):
    editor = open_editor()
    editor.add_exercise("bridge", seconds=30)
    spin = editor.seconds_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0")
    spin.interpretText()
    spin.clearFocus()
    qtbot.waitUntil(lambda: editor.steps_panel.range_note.isVisible())
    assert spin.value() == 1
    assert "0 s became 1 s" in editor.steps_panel.range_note.text()
