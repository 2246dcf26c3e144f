"""Looking at an exercise before starting: its picture moves in tempo beside what to do."""

from psoas_timer.ui.preview import PreviewDialog, PreviewItem


def open_preview(qtbot, library, exercise_ids, current=0):
    items = [PreviewItem.of_exercise(library.catalogue[i]) for i in exercise_ids]
    dialog = PreviewDialog(items, current)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_rhythmic_exercise_moves_in_its_tempo_with_its_words(qtbot, library):
    dialog = open_preview(qtbot, library, ["cat-pose", "pelvic-clock"], current=1)
    clock = library.catalogue["pelvic-clock"]
    assert dialog.name_label.text() == clock.name
    assert dialog.beat_timer.interval() == round(clock.tempo.seconds_per_beat * 1000)
    assert dialog.beat_label.text() == clock.tempo.beats[0]
    assert dialog.picture.current_keyframe() == 0
    dialog.beat_timer.timeout.emit()
    assert dialog.beat_label.text() == clock.tempo.beats[1]
    assert dialog.picture.current_keyframe() == 1
    for _ in range(len(clock.tempo.beats) - 1):
        dialog.beat_timer.timeout.emit()
    assert dialog.beat_label.text() == clock.tempo.beats[0]  # round again


def test_moving_through_the_list_shows_each_exercise(qtbot, library):
    dialog = open_preview(qtbot, library, ["cat-pose", "rolled-towel"])
    towel = library.catalogue["rolled-towel"]
    dialog.list.setCurrentRow(1)
    assert dialog.name_label.text() == towel.name
    assert "held pose" in dialog.facts_label.text()
    assert towel.cautions[0].split()[0] in dialog.instructions.label.text()
    assert dialog.picture.exercise_id() == "rolled-towel"
    assert dialog.instructions.fits()


def test_closing_stops_the_movement(qtbot, library):
    dialog = open_preview(qtbot, library, ["cat-pose"])
    assert dialog.beat_timer.isActive()
    dialog.close_button.click()
    assert not dialog.beat_timer.isActive()
