"""The history page and the routine editor in German, Spanish and French: no English left on
them, counts said right for one and for two, dates written as the language writes them, and
nothing cut off (German words are long) on a small laptop screen or a large monitor."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from psoas_timer.core.history import SessionRecord
from psoas_timer.core.routines import Library
from psoas_timer.ui import translations
from psoas_timer.ui.editor import CustomStepDialog, ExercisePicker, RoutineEditor
from psoas_timer.ui.history.amounts import format_days, format_weeks
from psoas_timer.ui.history.year import YearView, day_labels, legend_entries
from tests.ui.screen_checks import clipped, content_texts, english_left, visible_texts
from tests.ui.test_fit_and_names import practice

LANGUAGES = ("de", "es", "fr")
SIZES = [(1024, 600), (1920, 1080)]

# Said by hand, as a native speaker writes them: one and two of each count.
ONE_AND_TWO = {
    "de": {
        "days": ("1 Tag", "2 Tage"),
        "weeks": ("1 Woche", "2 Wochen"),
        "sessions": ("in 1 Einheit", "in 2 Einheiten"),
        "steps": ("1 Schritt", "2 Schritte"),
    },
    "es": {
        "days": ("1 día", "2 días"),
        "weeks": ("1 semana", "2 semanas"),
        "sessions": ("en 1 sesión", "en 2 sesiones"),
        "steps": ("1 paso", "2 pasos"),
    },
    "fr": {
        "days": ("1 jour", "2 jours"),
        "weeks": ("1 semaine", "2 semaines"),
        "sessions": ("en 1 séance", "en 2 séances"),
        "steps": ("1 étape", "2 étapes"),
    },
}
# A session on Tuesday 4 March 2025 at 07:30, as the session list shows it.
WHEN = {
    "de": "Di., 4. März 2025, 07:30",
    "es": "mar, 4 mar 2025, 7:30",
    "fr": "mar. 4 mars 2025, 07:30",
}
# A day and month on the chart's axis: "24. Nov." "24 nov" "24 nov." (never "24 Nov").
AXIS_DATE = {
    "de": re.compile(r"\d{1,2}\. \w+\.?"),
    "es": re.compile(r"\d{1,2} [a-zñ]+\.?"),
    "fr": re.compile(r"\d{1,2} [a-zéû]+\.?"),
}


def _item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    # A list model keeps its column count to itself: it has one.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    found = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(columns)]
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for row in range(min(model.rowCount(), 60)):
        for column in range(columns):
            index = model.index(row, column)
            found.extend(model.data(index, role) for role in roles)
    return [text for text in found if isinstance(text, str)]


def _chart_texts(view: QChartView) -> list[str]:
    chart = view.chart()
    found = [chart.title()]
    for axis in chart.axes():
        found.append(axis.titleText())
        if hasattr(axis, "categoriesLabels"):
            found.extend(re.sub(r"<[^>]+>", "", label) for label in axis.categoriesLabels())
    for series in chart.series():
        found.extend(bar_set.label() for bar_set in series.barSets())
    found.extend(marker.label() for marker in chart.legend().markers())
    return found


def drawn_texts(root: QWidget) -> list[tuple[str, str]]:
    """What `visible_texts` does not read: tables and lists by their models, long fields'
    examples, the chart's words, and the year's squares and legend."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts: list[str] = []
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_item_texts(widget))
        if isinstance(widget, QChartView):
            texts.extend(_chart_texts(widget))
        if isinstance(widget, YearView) and widget.map.year is not None:
            year = widget.map.year
            days = [year.day(index) for index in range(0, len(year.seconds), 5)]
            texts.extend(widget.map.day_text(day) for day in [*days, year.today])
            texts.extend(legend_entries(year))
            texts.extend(day_labels(widget.map.locale()).values())
        found.extend((where, text) for text in texts if text)
    return found


def english_on(root: QWidget, language: str, library: Library | None = None) -> list[str]:
    """English left on `root`, apart from the content (`library`'s words: translated as data,
    and a routine's title may look like an English text: "Pause express")."""
    QApplication.processEvents()
    content = content_texts(library) if library is not None else set()
    return english_left([*visible_texts(root), *drawn_texts(root)], language, ignore=content)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    assert translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp)


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def screen(request):
    return request.param


@pytest.fixture
def shown(language, screen, window, qtbot):
    """The window, made after the language was chosen, at the screen's size."""
    window.resize(*screen)
    qtbot.waitUntil(lambda: window.width() == screen[0])
    return window


def _an_old_session(data) -> None:
    started = datetime(2025, 3, 4, 7, 30).astimezone()
    data.history.save(
        SessionRecord(
            id="old",
            routine_id="quick-reset",
            routine_title="Quick reset",
            started_at=started.isoformat(timespec="seconds"),
            ended_at=(started + timedelta(minutes=6)).isoformat(timespec="seconds"),
            planned_seconds=600,
            active_seconds=600,
            steps_completed=5,
            steps_total=5,
            completed=True,
        ),
        final=True,
    )


def test_the_history_page_speaks_the_language_in_every_view(shown, language, data, qtbot):
    practice(data)
    _an_old_session(data)
    shown.tabs.setCurrentIndex(1)
    page = shown.history_page
    qtbot.waitUntil(lambda: page.figures.sessions_figure.value.text() not in ("", "0", "…"))
    for button in (page.days_button, page.weeks_button, page.year_button):
        button.click()
        assert english_on(page, language, shown.library) == [], button.text()
        assert clipped(page) == [], button.text()

    # Dates as the language writes them: the list, the chart's axis, the year's readout.
    model = page.model
    assert model.index(model.rowCount() - 1, 0).data() == WHEN[language]
    page.days_button.click()
    labels = [re.sub(r"<[^>]+>", "", text) for text in page.chart.axis_x.categoriesLabels()]
    assert len(labels) > 2
    assert all(AXIS_DATE[language].fullmatch(label) for label in labels[:-1]), labels

    # One and two, said right.
    words = ONE_AND_TWO[language]
    assert (format_days(1), format_days(2)) == words["days"]
    assert (format_weeks(1), format_weeks(2)) == words["weeks"]
    year = page.year_view.map.year
    by_count = {year.sessions[index]: year.day(index) for index in range(len(year.seconds))}
    for count, expected in zip((1, 2), words["sessions"], strict=True):
        assert page.year_view.map.day_text(by_count[count]).endswith(expected)


def _open_new_routine(window, monkeypatch, qtbot) -> RoutineEditor:
    opened = []
    monkeypatch.setattr(RoutineEditor, "exec", lambda editor: opened.append(editor) or 0)
    window.routine_actions.new_routine()
    (editor,) = opened
    editor.confirm_discard = lambda: True
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_editor_speaks_the_language(shown, language, screen, monkeypatch, qtbot):
    words = ONE_AND_TWO[language]
    library = shown.library  # in the language, as the window read it
    # A new routine: empty, then with one step and two.
    editor = _open_new_routine(shown, monkeypatch, qtbot)
    assert english_on(editor, language, library) == []
    assert clipped(editor) == []
    if screen[1] >= 1080:
        # Where there is room, the whole form is in sight, longer words and all.
        assert editor.form.verticalScrollBar().maximum() == 0
    editor.add_exercise("cat-pose")
    assert words["steps"][0] in editor.total_label.text()
    editor.add_exercise("kneeling-hip-flexor")
    assert words["steps"][1] in editor.total_label.text()
    editor.reject()

    # One of the user's own with a few steps, one of them with a problem shown.
    base = next(routine for routine in library.routines if routine.id == "quick-reset")
    own = replace(base, id="my-reset", title="My reset", builtin=False, path=None)
    editor = RoutineEditor(library.catalogue, own, {*library.ids, "my-reset"}, shown)
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.add_custom_step("Walk", "")
    editor.select_step(0)
    assert editor.steps_error.isVisible()
    assert not editor.save_button.isEnabled()
    assert english_on(editor, language, library) == []
    assert clipped(editor) == []


def test_the_editors_pickers_speak_the_language(shown, language, qtbot):
    library = shown.library
    picker = ExercisePicker(library.catalogue, shown)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert english_on(picker, language, library) == []
    assert clipped(picker) == []

    dialog = CustomStepDialog(shown)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("x")
    dialog.instructions_edit.setPlainText("y" * 2001)
    assert dialog.error_label.isVisible()
    assert english_on(dialog, language) == []
    assert clipped(dialog) == []


def test_the_english_check_finds_english(qtbot, qapp):
    """The check above is not blind: English on a widget is found, filled in or counted."""
    translations.install(qapp, "de")
    try:
        label = QLabel("Days in a row")
        qtbot.addWidget(label)
        label.show()
        assert english_on(label, "de") == ["QLabel '': 'Days in a row'"]
        label.setText("Last 30 days")
        assert english_on(label, "de") == ["QLabel '': 'Last 30 days'"]
        label.setText("2 days")
        assert english_on(label, "de") == ["QLabel '': '2 days'"]
        label.setText(format_days(2))
        assert english_on(label, "de") == []
    finally:
        translations.uninstall(qapp)
