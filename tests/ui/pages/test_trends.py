"""The Trends page over a real vault with a fixed clock: series and points, bands, session markers,
tooltips, the date range, the table view, PNG export (warned and audited), empty states, theme, lock."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTableView, QToolTip, QWidget

from integration_journal.core.records import AuditEvent, CheckIn, QuestionnaireResponse, Route, Setting, TreatmentSession
from integration_journal.core.trends import CheckinField
from integration_journal.ui.pages.trends.chart_panel import ChartPanel
from integration_journal.ui.pages.trends.page import TrendsPage
from integration_journal.ui.pages.trends.table_model import TrendTableModel
from integration_journal.ui.pages.trends.texts import checkin_tooltip, questionnaire_tooltip
from integration_journal.ui.pages.trends.time_scale import day_ms
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import type_date

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 6, 30, 12, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()
D = dt.timedelta(days=1)
LEFT = Qt.MouseButton.LeftButton
CHECKIN_DAYS = 60  # one a day, the last on TODAY; pain on every other day
PHQ9_WEEKS = 9


@pytest.fixture
def clock() -> FrozenClock:  # the workspace and ctx fixtures (tests/ui/pages/conftest.py) run on this clock
    return FrozenClock(NOW)


def at_noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), UTC)  # the suite's zone (tests/conftest.py)


@pytest.fixture
def filled(ctx):
    journal = ctx.journal
    records = []
    for n in range(CHECKIN_DAYS):
        day = TODAY - n * D
        records.append(CheckIn(date=day, mood=n % 11, anxiety=(n * 3) % 11, pain=(n % 7) if n % 2 == 0 else None,
                               sleep_hours=7.5))
    for week in range(PHQ9_WEEKS):
        items = [2] * 9 if week == PHQ9_WEEKS - 1 else [1] * 9 if week >= 4 else [0] * 9  # improving
        records.append(QuestionnaireResponse(instrument="phq9", answers=items,
                                             taken_at=at_noon(TODAY - (7 * week + 1) * D)))
    records.append(QuestionnaireResponse(instrument="gad7", answers=[2] * 7, taken_at=at_noon(TODAY - 20 * D)))
    records.append(QuestionnaireResponse(instrument="gad7", answers=[1] * 7, taken_at=at_noon(TODAY - 6 * D)))
    records.append(QuestionnaireResponse(instrument="peg", answers=[6, 5, 4], taken_at=at_noon(TODAY - 3 * D)))
    for n, route in ((50, Route.IV), (30, Route.IV), (10, Route.NASAL), (200, Route.IV)):
        records.append(TreatmentSession(when=at_noon(TODAY - n * D), route=route, setting=Setting.CLINIC))
    journal.add_many(records)
    return journal


def make_page(qtbot, ctx, *, activate: bool = True) -> TrendsPage:
    page = TrendsPage(ctx)
    ctx.events.records_changed.connect(page.records_changed)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitExposed(page)
    if activate:
        page.activate()
    return page


def series_of(panel: ChartPanel, kind) -> list:
    return [s for s in panel.chart().series() if type(s) is kind]


def line(panel: ChartPanel, name: str) -> QLineSeries:
    [found] = [s for s in series_of(panel, QLineSeries) if s.name() == name]
    return found


def raw_line(panel: ChartPanel, name: str) -> QLineSeries:
    [found] = [s for s in series_of(panel, QLineSeries) if s.name() == f"{name} (each day)"]
    return found


def colour_count(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)})


def show_tab(qtbot, page: TrendsPage, title: str) -> ChartPanel:
    index = [page.tabs.tabText(i) for i in range(page.tabs.count())].index(title)
    page.tabs.setCurrentIndex(index)
    panel = page.tabs.widget(index)
    assert panel.built
    return panel


# --- charts ---------------------------------------------------------------------------------------------

def test_nothing_is_built_until_the_page_is_shown(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx, activate=False)
    assert page.trends is None and not page.checkin_panel.built
    page.activate()
    assert page.checkin_panel.built
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Daily check-ins", "PHQ-9", "GAD-7", "PEG"]
    assert not any(panel.built for panel in page.questionnaire_panels.values())  # built when their tab is shown


def test_checkin_chart_has_raw_and_average_lines_and_session_markers(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    panel = page.checkin_panel
    assert page.fields == [CheckinField.MOOD, CheckinField.ANXIETY, CheckinField.PAIN]  # pain: there is some
    lines = series_of(panel, QLineSeries)
    assert len(lines) == 6  # raw and average for each of three values
    assert raw_line(panel, "Mood").count() == CHECKIN_DAYS == line(panel, "Mood").count()
    assert raw_line(panel, "Pain").count() == CHECKIN_DAYS // 2
    assert line(panel, "Mood").pen().widthF() > raw_line(panel, "Mood").pen().widthF()
    # Today's mood is 0, and the average of the last 7 days (0..6) is 3.
    last = max(line(panel, "Mood").points(), key=lambda p: p.x())
    assert last.x() == day_ms(TODAY) and last.y() == 3.0
    [sessions] = series_of(panel, QScatterSeries)
    assert sessions.count() == 3  # the one 200 days ago is outside the 90 days
    assert colour_count(panel.view) > 30  # not blank: lines, bands, labels


def test_choosing_values_changes_the_lines(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    panel = page.checkin_panel
    check = page.field_checks[CheckinField.MOOD]
    qtbot.mouseClick(check, LEFT, pos=QPoint(8, check.height() // 2))
    assert not check.isChecked() and page.fields == [CheckinField.ANXIETY, CheckinField.PAIN]
    assert len(series_of(panel, QLineSeries)) == 4
    sleep = page.field_checks[CheckinField.SLEEP_HOURS]
    qtbot.mouseClick(sleep, LEFT, pos=QPoint(8, sleep.height() // 2))
    assert line(panel, "Sleep (hours)").count() == CHECKIN_DAYS
    for name in ("Anxiety", "Pain", "Sleep (hours)"):
        page.field_checks[{"Anxiety": CheckinField.ANXIETY, "Pain": CheckinField.PAIN,
                           "Sleep (hours)": CheckinField.SLEEP_HOURS}[name]].setChecked(False)
    assert panel.stack.isHidden() and panel.empty_label.text() == "Choose at least one value to show."


@pytest.mark.parametrize(("title", "bands"), [
    ("PHQ-9", ["Minimal or none", "Mild", "Moderate", "Moderately severe", "Severe"]),
    ("GAD-7", ["Minimal", "Mild", "Moderate", "Severe"]),
    ("PEG", []),
])
def test_questionnaire_charts_shade_their_bands(qtbot, ctx, filled, title, bands) -> None:
    page = make_page(qtbot, ctx)
    panel = show_tab(qtbot, page, title)
    areas = series_of(panel, QAreaSeries)
    assert [a.name() for a in areas] == bands
    category_axes = [a for a in panel.chart().axes() if isinstance(a, QCategoryAxis)]
    if bands:
        [axis] = category_axes
        assert axis.categoriesLabels() == bands  # the band names, readable beside the chart
        assert all(not m.isVisible() for a in areas for m in panel.chart().legend().markers(a))
    else:
        assert category_axes == [] and "No validated bands" in panel.summary.text()
    [total] = [s for s in series_of(panel, QLineSeries) if s.name() == f"{title} total"]
    expected = {"PHQ-9": PHQ9_WEEKS, "GAD-7": 2, "PEG": 1}[title]
    assert total.count() == expected
    assert colour_count(panel.view) > 30


def test_progress_summary_says_baseline_change_and_analogy(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    phq = show_tab(qtbot, page, "PHQ-9").summary.text()
    assert "Baseline: 18 (Moderately severe)" in phq and "Latest: 0 (Minimal or none)" in phq
    assert "Change: -18 points (-100.0 %)" in phq
    assert "Remission: total below 5 — reached" in phq and "by analogy" not in phq
    assert "not a diagnosis" in phq
    gad = show_tab(qtbot, page, "GAD-7").summary.text()
    assert "Remission: total below 5 (by analogy with the PHQ-9) — not reached" in gad
    assert "Response: at least 50% reduction from baseline (by analogy with the PHQ-9) — reached" in gad


def test_tooltips_name_date_value_and_band(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    panel = page.checkin_panel
    mood = raw_line(panel, "Mood")
    today_text = panel.tip_at(mood, day_ms(TODAY) + 1000)
    assert today_text == checkin_tooltip(CheckinField.MOOD, TODAY, 0.0) and today_text.startswith("Mood: 0 on ")
    assert panel.tip_at(line(panel, "Mood"), day_ms(TODAY)).startswith("Mood, 7-day average: 3.0 on ")
    [sessions] = series_of(panel, QScatterSeries)
    assert panel.tip_at(sessions, sessions.at(2).x()).startswith("Treatment session: Nasal esketamine, ")
    # Hovering shows the text as a tooltip.
    mood.hovered.emit(QPointF(day_ms(TODAY), 0), True)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == today_text
    mood.hovered.emit(QPointF(day_ms(TODAY), 0), False)
    phq = show_tab(qtbot, page, "PHQ-9")
    [total] = [s for s in series_of(phq, QLineSeries) if s.name() == "PHQ-9 total"]
    first = min(total.points(), key=lambda p: p.x())
    text = phq.tip_at(total, first.x())
    assert text == questionnaire_tooltip("PHQ-9", (TODAY - 57 * D), 18, "Moderately severe")
    assert text.startswith("PHQ-9: 18 (Moderately severe) on ")


def test_the_date_range_changes_the_points(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    panel = page.checkin_panel
    assert not page.from_edit.isEnabled()
    page.range_combo.setFocus()
    qtbot.keyClick(page.range_combo, Qt.Key.Key_Up)  # from "Last 90 days" to "Last 30 days"
    assert page.range_combo.currentText() == "Last 30 days"
    assert raw_line(panel, "Mood").count() == 30
    assert page.from_edit.day() == TODAY - 29 * D
    [sessions] = series_of(panel, QScatterSeries)
    assert sessions.count() == 1
    page.range_combo.setCurrentIndex(page.range_combo.findData("all"))
    assert series_of(panel, QScatterSeries)[0].count() == 4  # from the first session on
    page.set_range(start=TODAY - 9 * D, end=TODAY - 5 * D)
    assert page.from_edit.isEnabled() and raw_line(panel, "Mood").count() == 5
    page.from_edit.setFocus()
    type_date(qtbot, page.from_edit, page.from_edit.day() - 5 * D)
    assert raw_line(panel, "Mood").count() == 10
    phq = show_tab(qtbot, page, "PHQ-9")
    assert [s for s in series_of(phq, QLineSeries) if s.name() == "PHQ-9 total"][0].count() == 1  # day -8


# --- table -------------------------------------------------------------------------------------------------

def test_the_table_shows_the_same_data(qtbot, qtmodeltester, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.table_check, LEFT, pos=QPoint(8, page.table_check.height() // 2))
    panel = page.checkin_panel
    assert panel.stack.currentWidget() is panel.table and panel.table.isVisible()
    model = panel.model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Session", "Mood", "Mood, 7-day average", "Anxiety", "Anxiety, 7-day average",
                       "Pain", "Pain, 7-day average"]
    assert model.rowCount() == raw_line(panel, "Mood").count()
    chart_moods = sorted((p.x(), p.y()) for p in raw_line(panel, "Mood").points())
    table_moods = [(day_ms(model.cell(r, 0)), model.cell(r, 2)) for r in range(model.rowCount())]
    assert table_moods == chart_moods
    averages = sorted((p.x(), p.y()) for p in line(panel, "Mood").points())
    assert [(day_ms(model.cell(r, 0)), model.cell(r, 3)) for r in range(model.rowCount())] == averages
    pain_gap = next(r for r in range(model.rowCount()) if model.cell(r, 6) is None)
    assert model.index(pain_gap, 6).data() == "—"
    assert model.index(pain_gap, 6).data(Qt.ItemDataRole.AccessibleTextRole) == "no value"
    assert sum(1 for r in range(model.rowCount()) if model.cell(r, 1)) == 3  # the session days
    phq = show_tab(qtbot, page, "PHQ-9")
    assert phq.stack.currentWidget() is phq.table
    qtmodeltester.check(phq.model)
    assert [phq.model.index(0, c).data() for c in (1, 2)] == ["18", "Moderately severe"]
    assert phq.model.rowCount() == PHQ9_WEEKS


def test_table_model_contract_when_empty_and_reset(qtmodeltester) -> None:
    model = TrendTableModel()
    qtmodeltester.check(model)
    model.set_table(["Date", "Total"], [(TODAY, 3), (TODAY - D, None)])
    qtmodeltester.check(model)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    model.clear()
    assert model.rowCount() == 0 and model.columnCount() == 0


# --- PNG export ------------------------------------------------------------------------------------------

def test_saving_a_chart_warns_first_writes_privately_and_audits(qtbot, ctx, filled, dialogs, tmp_path) -> None:
    page = make_page(qtbot, ctx)
    show_tab(qtbot, page, "PHQ-9")
    dialogs.save_to = tmp_path / "my chart"
    qtbot.mouseClick(page.save_button, LEFT)
    assert [kind for kind, _ in dialogs.calls] == ["confirm", "save_path"]  # the warning comes first
    assert "not encrypted" in dialogs.texts("confirm")[0]
    assert "trends-phq9-" in dialogs.texts("save_path")[0]
    saved = tmp_path / "my chart.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    [event] = [e for e in ctx.journal.list(kind=AuditEvent) if e.event == "plaintext_export"]
    assert dict(event.details) == {"format": "png", "chart": "phq9"}
    assert "Saved the chart" in page.status_label.text()


def test_declining_the_warning_writes_nothing(qtbot, ctx, filled, dialogs, tmp_path) -> None:
    page = make_page(qtbot, ctx)
    dialogs.confirm_answer = False
    dialogs.save_to = tmp_path / "never.png"
    qtbot.mouseClick(page.save_button, LEFT)
    assert dialogs.texts("save_path") == [] and not dialogs.save_to.exists()
    assert [e for e in ctx.journal.list(kind=AuditEvent) if e.event == "plaintext_export"] == []


def test_the_chart_can_be_saved_while_the_table_is_shown(qtbot, ctx, filled, dialogs, tmp_path) -> None:
    page = make_page(qtbot, ctx)
    page.table_check.setChecked(True)
    dialogs.save_to = tmp_path / "checkins.png"
    assert page.save_png() == dialogs.save_to
    assert dialogs.save_to.stat().st_size > 1000


def test_a_failed_write_says_so_and_is_not_audited(qtbot, ctx, filled, dialogs, tmp_path) -> None:
    page = make_page(qtbot, ctx)
    dialogs.save_to = tmp_path / "missing folder" / "chart.png"
    assert page.save_png() is None
    assert "could not be saved" in dialogs.texts("warn")[0]
    assert [e for e in ctx.journal.list(kind=AuditEvent) if e.event == "plaintext_export"] == []


# --- empty, refresh, theme, lock ----------------------------------------------------------------------------

def test_an_empty_journal_explains_what_will_appear(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.empty_label.isVisible() and "appear here" in page.empty_label.text()
    assert page.tabs.count() == 1
    panel = page.checkin_panel
    assert panel.empty_label.isVisible() and "No check-ins between" in panel.empty_label.text()
    assert not page.save_button.isEnabled()


def test_new_records_refresh_the_visible_page(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    ctx.journal.add(CheckIn(date=TODAY, mood=6, anxiety=2))
    ctx.journal.add(QuestionnaireResponse(instrument="gad7", answers=[1] * 7, taken_at=NOW))
    ctx.notify_changed("checkin", "questionnaire")
    qtbot.waitUntil(lambda: page.checkin_panel.built and page.checkin_panel.stack.isVisible())
    assert raw_line(page.checkin_panel, "Mood").count() == 1
    assert list(page.questionnaire_panels) == ["gad7"] and not page.empty_label.isVisible()
    page.records_changed({"entry"})  # not charted: nothing to do
    assert not page._stale


def test_hidden_page_rebuilds_on_next_show(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    page.hide()
    ctx.journal.add(CheckIn(date=TODAY - 70 * D, mood=1, anxiety=1))
    ctx.notify_changed("checkin")
    assert page._stale
    page.show()
    page.activate()
    assert not page._stale


def test_charts_follow_the_dark_theme(qtbot, ctx, filled) -> None:
    from integration_journal.ui.theme import Appearance, theme_manager

    themes = theme_manager(QApplication.instance())
    try:
        themes.apply(Appearance("dark", 100))
        page = make_page(qtbot, ctx)
        chart = page.checkin_panel.chart()
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        assert chart.backgroundBrush().color() == base and base.lightness() < 60
        assert chart.titleBrush().color().lightness() > 180
        themes.apply(Appearance("light", 100))
        qtbot.waitUntil(lambda: page.checkin_panel.chart().backgroundBrush().color().lightness() > 200)
    finally:
        themes.apply(Appearance("light", 100))


def test_every_control_has_an_accessible_name(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    page.table_check.setChecked(True)
    controls = [w for w in page.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QComboBox, QLineEdit, QTableView)) and w.isVisible()]
    assert controls
    assert [type(c).__name__ for c in controls if not c.accessibleName() and c.objectName() != "qt_tableview_cornerbutton"] == []
    assert page.checkin_panel.view.accessibleName() == "Chart: Daily check-ins"
    assert "days with a check-in" in page.checkin_panel.view.accessibleDescription()


def test_lock_clears_everything(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    show_tab(qtbot, page, "PHQ-9")
    page.save_state()
    page.clear()
    assert page.trends is None and page.checkin_panel.model.rowCount() == 0
    assert all(p.chart().series() == [] for p in page._panels())
    assert all(p.summary.text() == "" for p in page._panels())
    page.records_changed({"checkin"})  # late notifications after a lock are ignored


def test_presets_move_on_to_a_new_day(qtbot, ctx, filled, clock) -> None:
    page = make_page(qtbot, ctx)
    assert page.trends.range.end == TODAY
    clock.now += D
    page.activate()
    assert page.trends.range.end == TODAY + D
    assert page.to_edit.day() == TODAY + D


def test_keyboard_reaches_the_controls(qtbot, ctx, filled) -> None:
    page = make_page(qtbot, ctx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.range_combo.setFocus()
    qtbot.keyClick(page.range_combo, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Show as &table"
    qtbot.waitUntil(page.table_check.isChecked)  # a mnemonic "animates" the click
    assert page.checkin_panel.stack.currentWidget() is page.checkin_panel.table
    qtbot.keyClick(page.table_check, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "&Dates:"
    assert page.range_combo.hasFocus()
    qtbot.keyClick(page.range_combo, Qt.Key.Key_End)  # "Custom dates"
    assert page.range_combo.currentData() == "custom" and page.to_edit.isEnabled()
    qtbot.keyClick(page.range_combo, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "T&o:"
    assert page.to_edit.hasFocus()
    qtbot.keyClick(page.to_edit.edit, Qt.Key.Key_Down)  # a day earlier: the chart follows
    assert page.trends.range.end == TODAY - D
