import csv
import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale, QPointF, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from psoas_timer.core.history import HistoryStore, SessionRecord
from psoas_timer.core.routines import Library
from psoas_timer.ui.dialogs import MatDialog
from psoas_timer.ui.history import EMPTY_TEXT, HistoryPage
from psoas_timer.ui.history.brushes import COMPLETED_COLOUR, PARTIAL_FILL, PARTIAL_STRIPE
from psoas_timer.ui.history.loading import LiveHistory

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 25)  # a Wednesday


def record(
    number: int,
    day: date,
    minutes: float,
    completed: bool = True,
    hour: int = 7,
    title: str = "Quick reset",
    routine_id: str = "quick-reset",
) -> SessionRecord:
    start = datetime(day.year, day.month, day.day, hour, 30, tzinfo=LONDON)
    return SessionRecord(
        id=f"s{number}",
        routine_id=routine_id,
        routine_title=title,
        started_at=start.isoformat(),
        ended_at=(start + timedelta(minutes=minutes)).isoformat(),
        planned_seconds=600.0,
        active_seconds=minutes * 60,
        steps_completed=5 if completed else 2,
        steps_total=5,
        completed=completed,
    )


def store_with(tmp_path, records) -> HistoryStore:
    store = HistoryStore(tmp_path, print)
    for item in records:
        store.save(item, final=True)
    return HistoryStore(tmp_path, print)


def live(store: HistoryStore) -> LiveHistory:
    history = LiveHistory(store, tz=LONDON)
    history.load_now()
    return history


def make_page(qtbot, store: HistoryStore) -> HistoryPage:
    page = HistoryPage(live(store), lambda: TODAY)
    qtbot.addWidget(page)
    page.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def sessions():
    return [
        record(1, TODAY - timedelta(days=9), 20),  # Monday 16 Nov, last week
        record(2, TODAY - timedelta(days=2), 10, title="Evening unwind", routine_id="evening"),
        record(3, TODAY - timedelta(days=1), 6, completed=False),
        record(4, TODAY, 10, hour=7),
        record(5, TODAY, 2.5, completed=False, hour=19),
    ]


@pytest.fixture
def page(qtbot, tmp_path, sessions):
    return make_page(qtbot, store_with(tmp_path, sessions))


def test_an_empty_history_shows_a_friendly_message_instead_of_a_chart(qtbot, tmp_path):
    page = make_page(qtbot, HistoryStore(tmp_path, print))
    assert page.chart.currentWidget() is page.chart.empty_label
    assert page.chart.empty_label.isVisible()
    assert not page.chart.view.isVisible()
    assert page.chart.empty_label.text() == EMPTY_TEXT
    assert "No practice recorded yet" in page.chart.empty_label.text()
    assert page.figures.sessions_figure.value.text() == "0"
    assert page.figures.streak_figure.value.text() == "0 days"
    assert page.model.rowCount() == 0
    assert not page.delete_button.isEnabled()
    assert not page.export_button.isEnabled()


def test_the_chart_shows_completed_and_partial_minutes_per_day(page):
    assert page.chart.currentWidget() is page.chart.view
    assert page.chart.completed_set.label() == "Completed"
    assert page.chart.partial_set.label() == "Partial"
    assert (
        page.chart.completed_set.count()
        == page.chart.partial_set.count()
        == len(page.chart.bar_labels)
        == 30
    )
    assert page.chart.bar_labels[-1] == "Today"
    assert page.chart.completed_set.at(29) == 10  # today
    assert page.chart.partial_set.at(29) == 2.5
    assert page.chart.completed_set.at(28) == 0  # yesterday: partial only
    assert page.chart.partial_set.at(28) == 6
    assert page.chart.completed_set.at(27) == 10
    assert page.chart.bar_labels[20] == "16 Nov"
    assert page.chart.completed_set.at(20) == 20
    assert (
        sum(page.chart.completed_set.at(i) + page.chart.partial_set.at(i) for i in range(30))
        == 48.5
    )
    assert page.chart.axis_y.max() >= 12.5
    assert page.chart.axis_y.titleText() == "Minutes"
    # today's category label is marked
    assert any("Today" in label for label in page.chart.axis_x.categoriesLabels())


def bar_colours(page, index: int, low: float, high: float) -> set[str]:
    """The colours drawn on screen inside bar `index` between `low` and `high` minutes."""
    chart = page.chart.chart
    series = page.chart.series
    image = page.chart.view.grab().toImage()
    colours = set()
    for step in range(1, 10):
        value = low + (high - low) * step / 10
        for offset in (-0.2, -0.1, 0.0, 0.1, 0.2):
            scene = chart.mapToScene(chart.mapToPosition(QPointF(index + offset, value), series))
            point = page.chart.view.mapFromScene(scene)
            colours.add(image.pixelColor(point).name().upper())
    return colours


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_completed_bars_are_solid_green_and_partial_ones_amber_with_stripes(page, dark):
    if dark:  # a theme change resets a chart's colours: the bars must keep theirs
        palette = QPalette(page.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#202225"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
        page.setPalette(palette)
    # Today: 10 minutes completed, 2.5 partial on top.
    assert bar_colours(page, 29, 0.5, 9.5) == {COMPLETED_COLOUR}
    partial = bar_colours(page, 29, 10.2, 12.3)
    assert {PARTIAL_FILL, PARTIAL_STRIPE} <= partial, partial  # striped: seen without colour
    assert COMPLETED_COLOUR not in partial
    # The list of sessions marks each row the same way.
    swatches = page.model.swatches
    completed = swatches[True].toImage()
    striped = swatches[False].toImage()
    inside = {completed.pixelColor(x, y).name().upper() for x in range(2, 14) for y in range(2, 14)}
    assert inside == {COMPLETED_COLOUR}
    inside = {striped.pixelColor(x, y).name().upper() for x in range(2, 14) for y in range(2, 14)}
    assert {PARTIAL_FILL, PARTIAL_STRIPE} <= inside


def test_the_figures_in_large_type(page):
    assert page.figures.sessions_figure.value.text() == "5"
    assert page.figures.minutes_figure.value.text() == "48 min"
    assert page.figures.streak_figure.value.text() == "3 days"
    assert page.figures.streak_figure.caption_label.text() == "Days in a row · best 3 days"
    assert page.figures.weekly_streak_figure.value.text() == "0 weeks"
    assert page.figures.streak_figure.value.font().pixelSize() >= 32
    goal = page.figures.goal_view
    assert goal.progress_label.text() == "28 of 60 min"  # 28:30: whole minutes done
    assert goal.to_go_label.text() == "32 min to go"  # 31:30 left: whole minutes to go
    assert goal.last_week_label.text() == "Goal 60 min a week · last week 20 min"
    assert goal.progress_label.font().pixelSize() >= 28


def routine_rows(page) -> list[list[str]]:
    return [
        [page.figures.routine_list.topLevelItem(row).text(column) for column in range(3)]
        for row in range(page.figures.routine_list.topLevelItemCount())
    ]


def test_time_by_routine_adds_up_to_the_total(page):
    assert routine_rows(page) == [
        ["Quick reset", "4", "38:30"],
        ["Evening unwind", "1", "10:00"],
        ["All routines", "5", "48:30"],
    ]
    assert page.figures.minutes_figure.value.text() == "48 min"


def test_a_21_second_session_shows_its_seconds(qtbot, tmp_path):
    short = record(1, TODAY, 21 / 60, routine_id="a", title="A")
    longer = record(2, TODAY, 81.4 / 60, routine_id="b", title="B", hour=9)
    page = make_page(qtbot, store_with(tmp_path, [short, longer]))
    assert routine_rows(page) == [
        ["B", "1", "1:21"],
        ["A", "1", "0:21"],
        ["All routines", "2", "1:42"],
    ]


def test_a_one_day_streak_is_singular(qtbot, tmp_path):
    page = make_page(qtbot, store_with(tmp_path, [record(1, TODAY - timedelta(days=1), 5)]))
    assert page.figures.streak_figure.value.text() == "1 day"


def test_switching_to_weeks_shows_twelve_weeks(qtbot, page):
    qtbot.mouseClick(page.weeks_button, Qt.MouseButton.LeftButton)
    assert page.show_weeks
    assert page.chart.completed_set.count() == 12
    assert len(page.chart.bar_labels) == 12
    assert page.chart.bar_labels[-1] == "This week"
    assert page.chart.bar_labels[-2] == "16 Nov"
    assert page.chart.completed_set.at(11) == 20  # Mon, Wed this week
    assert page.chart.partial_set.at(11) == 8.5
    assert page.chart.completed_set.at(10) == 20
    assert page.chart.axis_x.titleText() == "Week starting"
    qtbot.mouseClick(page.days_button, Qt.MouseButton.LeftButton)
    assert page.chart.completed_set.count() == 30
    assert page.chart.bar_labels[-1] == "Today"


def test_the_session_list_is_newest_first_with_local_times(page):
    model = page.model
    assert model.rowCount() == 5
    text = [[model.index(row, column).data() for column in range(4)] for row in range(2)]
    assert text[0] == ["Wed 25 Nov 2026, 19:30", "Quick reset", "2:30", "Partial"]
    assert text[1] == ["Wed 25 Nov 2026, 07:30", "Quick reset", "10:00", "Completed"]
    assert model.index(4, 0).data() == "Mon 16 Nov 2026, 07:30"


def test_deleting_a_session_updates_list_figures_and_chart_at_once(qtbot, page, monkeypatch):
    asked = []
    monkeypatch.setattr(page, "confirm_delete", lambda record: asked.append(record) or True)
    page.select_row(1)  # today's completed 10 minutes
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert [record.id for record in asked] == ["s4"]
    assert "s4" not in {record.id for record in page.history.sessions}
    assert "s4" not in {r.id for r in HistoryStore(page.history.store.folder, print).sessions}
    assert page.model.rowCount() == 4
    assert page.model.index(1, 0).data() == "Tue 24 Nov 2026, 07:30"
    assert page.figures.sessions_figure.value.text() == "4"
    assert page.figures.goal_view.progress_label.text() == "18 of 60 min"
    assert page.chart.completed_set.at(29) == 0
    assert page.chart.partial_set.at(29) == 2.5
    assert page.selected_record().id == "s3"  # the next one, ready for another Delete
    assert "Deleted" in page.status.text()


def test_deleting_the_only_session_of_today_shortens_the_streak(qtbot, tmp_path, monkeypatch):
    store = store_with(tmp_path, [record(1, TODAY - timedelta(days=1), 5), record(2, TODAY, 5)])
    page = make_page(qtbot, store)
    assert page.figures.streak_figure.value.text() == "2 days"
    monkeypatch.setattr(page, "confirm_delete", lambda record: True)
    page.select_row(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.figures.streak_figure.value.text() == "1 day"  # still alive from yesterday
    page.select_row(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.chart.currentWidget() is page.chart.empty_label
    assert page.figures.streak_figure.value.text() == "0 days"


def test_declining_the_confirmation_deletes_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(page, "confirm_delete", lambda record: False)
    page.select_row(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(page.history.sessions) == 5
    assert len(HistoryStore(page.history.store.folder, print).sessions) == 5
    assert page.model.rowCount() == 5
    assert page.figures.sessions_figure.value.text() == "5"
    assert page.chart.partial_set.at(29) == 2.5


def test_delete_is_disabled_without_a_selection(page, monkeypatch):
    monkeypatch.setattr(page, "confirm_delete", lambda record: pytest.fail("nothing to ask"))
    page.table.clearSelection()
    assert not page.delete_button.isEnabled()
    assert page.delete_selected() is False
    page.select_row(2)
    assert page.delete_button.isEnabled()


def test_export_writes_a_csv_where_the_user_chose(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "export" / "my history.csv"
    target.parent.mkdir()
    monkeypatch.setattr(page, "choose_export_path", lambda: str(target))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["id", "routine_id", "routine"]
    assert [row[0] for row in rows[1:]] == ["s1", "s2", "s3", "s4", "s5"]
    assert page.status.text() == f"Exported 5 sessions to {target}."


def test_a_failed_export_is_reported(qtbot, page, monkeypatch, tmp_path):
    monkeypatch.setattr(page, "choose_export_path", lambda: str(tmp_path / "missing" / "h.csv"))
    assert page.export() is False
    assert page.status.text().startswith("Could not export")


def test_cancelling_the_export_writes_nothing(page, monkeypatch):
    monkeypatch.setattr(page, "choose_export_path", lambda: None)
    assert page.export() is False
    assert page.status.text() == ""


def test_a_session_saved_after_the_page_was_built_shows_at_once(qtbot, tmp_path):
    store = HistoryStore(tmp_path, print)
    page = make_page(qtbot, store)
    store.save(record(1, TODAY, 7))  # no refresh asked for: the page follows the store
    assert page.chart.currentWidget() is page.chart.view
    assert page.chart.completed_set.at(29) == 7
    assert page.figures.sessions_figure.value.text() == "1"
    assert page.model.rowCount() == 1
    assert page.export_button.isEnabled()


def test_the_chart_follows_a_dark_palette(page):
    assert page.chart.chart.theme() == QChart.ChartTheme.ChartThemeLight
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202225"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    page.setPalette(dark)
    assert page.chart.chart.theme() == QChart.ChartTheme.ChartThemeDark
    assert page.chart.axis_y.labelsColor() == QColor("#eeeeee")
    assert page.chart.completed_set.at(29) == 10  # the theme change kept the values


def test_every_control_has_an_accessible_name(page):
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QPushButton) or widget in (
            page.table,
            page.figures.routine_list,
            page.chart.view,
        ):
            assert widget.accessibleName(), widget


def test_the_delete_confirmation_deletes_only_on_delete(qtbot, page):
    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, MatDialog)
        assert "session of “Quick reset” from" in box.text_label.text()
        assert "the Quick reset session" not in box.text_label.text()
        [button] = [b for b in box.buttons if b.text() == text]
        button.click()

    record = page.history.sessions[0]
    QTimer.singleShot(0, lambda: answer("Keep"))
    assert page.confirm_delete(record) is False
    QTimer.singleShot(0, lambda: answer("Delete"))
    assert page.confirm_delete(record) is True


def test_the_export_dialog_adds_the_csv_suffix(page, monkeypatch, tmp_path):
    def choose(dialog):
        assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile("practice")
        return 1

    monkeypatch.setattr(QFileDialog, "exec", choose)
    assert page.choose_export_path() == str(tmp_path / "practice.csv")


def test_showing_the_page_on_a_later_day_moves_today_on(qtbot, tmp_path):
    today = [TODAY]
    page = HistoryPage(live(store_with(tmp_path, [record(1, TODAY, 5)])), lambda: today[0])
    qtbot.addWidget(page)
    page.show()
    assert page.chart.completed_set.at(29) == 5
    page.hide()
    today[0] = TODAY + timedelta(days=1)
    page.show()
    assert page.chart.completed_set.at(29) == 0
    assert page.chart.completed_set.at(28) == 5
    assert page.figures.streak_figure.value.text() == "1 day"


def test_a_short_session_shows_as_under_a_minute_not_zero():
    from psoas_timer.ui.history import format_minutes

    assert format_minutes(14 / 60) == "under 1 min"
    assert format_minutes(0) == "0 min"
    assert format_minutes(42.4) == "42 min"


# --- the weekly goal, the weeks' labels, the export folder --------------------------------------


def test_a_met_goal_and_the_weekly_streak(qtbot, tmp_path):
    monday = TODAY - timedelta(days=2)
    sessions = [
        record(1, monday - timedelta(weeks=2), 45),
        record(2, monday - timedelta(weeks=1), 45),
        record(3, monday, 30),
        record(4, monday + timedelta(days=1), 16),
    ]
    page = make_page(qtbot, store_with(tmp_path, sessions))
    page.set_goal_minutes(45)
    goal = page.figures.goal_view
    assert goal.progress_label.text() == "46 of 45 min"
    assert goal.to_go_label.text() == "Goal met"
    assert goal.bar.value() == goal.bar.maximum()
    assert page.figures.weekly_streak_figure.value.text() == "3 weeks"
    assert page.figures.weekly_streak_figure.caption_label.text() == "Weeks on goal · best 3 weeks"
    page.set_goal_minutes(60)  # a harder goal: this week is open again, the earlier weeks missed
    assert goal.to_go_label.text() == "14 min to go"
    assert page.figures.weekly_streak_figure.value.text() == "0 weeks"
    assert 0 < goal.bar.value() < goal.bar.maximum()


def chart_labels(page) -> list[tuple[str, float, float]]:
    """Every text Qt drew on the chart: (text, left, right) in the view's coordinates."""
    labels = []
    for item in page.chart.view.scene().items():
        text = item.toGraphicsObject()
        if item.isVisible() and hasattr(text, "toPlainText") and text.toPlainText():
            box = page.chart.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            labels.append((text.toPlainText(), box.left(), box.right()))
    return labels


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_the_last_week_label_is_shown_whole(qtbot, tmp_path, sessions, width):
    page = make_page(qtbot, store_with(tmp_path, sessions))
    page.resize(width, 600)
    page.set_show_weeks(True)

    def shown_whole() -> None:
        view_width = page.chart.view.viewport().width()  # as the layout has settled
        labels = chart_labels(page)
        assert "This week" in [text for text, _, _ in labels]
        for text, left, right in labels:
            assert "…" not in text and "..." not in text, text
            assert left >= 0 and right <= view_width, (text, left, right, view_width)

    qtbot.waitUntil(shown_whole)  # the chart lays itself out in a turn of the event loop
    dates = [text for text, _, _ in chart_labels(page) if text[0].isdigit() and " " in text]
    assert len(dates) >= 2  # weeks are still labelled along the axis


def test_the_export_suggests_a_folder_that_exists(page, monkeypatch, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", lambda location: str(home / "Documents")
    )
    opened = []

    def look(dialog):
        opened.append(dialog.directory().absolutePath())
        return 0

    monkeypatch.setattr(QFileDialog, "exec", look)
    page.choose_export_path()
    assert opened == [str(home)]  # no Documents folder here: the home folder
    (home / "Documents").mkdir()
    page.choose_export_path()
    assert opened[-1] == str(home / "Documents")
    # After an export, the folder it went to.
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    monkeypatch.setattr(page, "choose_export_path", lambda: str(elsewhere / "h.csv"))
    assert page.export()
    monkeypatch.undo()
    monkeypatch.setattr(QFileDialog, "exec", look)
    page.choose_export_path()
    assert opened[-1] == str(elsewhere)


def test_the_page_says_it_is_reading_until_the_history_is_ready(qtbot, tmp_path):
    store = store_with(tmp_path, [record(1, TODAY, 5), record(2, TODAY - timedelta(days=1), 9)])
    history = LiveHistory(store, tz=LONDON)
    page = HistoryPage(history, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.chart.currentWidget() is page.chart.empty_label
    assert "Reading your history" in page.chart.empty_label.text()
    assert page.figures.sessions_figure.value.text() == "…"
    assert not page.export_button.isEnabled()
    store.save(record(3, TODAY, 4), final=True)  # saved while it is read: not lost
    with qtbot.waitSignal(history.changed, timeout=10000):
        history.start()
    assert page.figures.sessions_figure.value.text() == "3"
    assert page.chart.completed_set.at(29) == 9
    assert page.model.rowCount() == 3


def test_a_built_in_routine_is_named_as_the_library_names_it_now(qtbot, tmp_path, library):
    """Sessions recorded in English are listed under the built-in routine's title in the
    user's language; a routine of the user's own keeps the title its sessions recorded."""
    quick = next(routine for routine in library.routines if routine.id == "quick-reset")
    own = dataclasses.replace(quick, id="evening", title="Evening calm", builtin=False)
    now = Library(
        catalogue=library.catalogue,
        routines=[dataclasses.replace(quick, title="Schneller Neustart"), own],
        problems=[],
    )
    store = store_with(
        tmp_path,
        [
            record(1, TODAY - timedelta(days=1), 10),
            record(2, TODAY, 10, title="Evening unwind", routine_id="evening"),
        ],
    )
    page = HistoryPage(live(store), lambda: TODAY, library=lambda: now)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert [model.index(row, 1).data() for row in range(2)] == [
        "Evening unwind",
        "Schneller Neustart",
    ]
    routines = page.figures.routine_list
    assert sorted(routines.topLevelItem(row).text(0) for row in range(2)) == [
        "Evening unwind",
        "Schneller Neustart",
    ]
