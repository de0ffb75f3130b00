"""Trends: daily check-ins (raw and 7-day average) and questionnaire totals over their severity bands, with
treatment sessions marked on the time axis; a date range, a table of the same data, and PNG export.

The series come from core.trends; this module only draws them with QtCharts. Charts are built when
the page is shown, one tab at a time, and rebuilt when check-ins, questionnaires or sessions change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.trends import (
    FIELD_RANGE,
    CheckinField,
    DateRange,
    QuestionnaireSeries,
    RangePreset,
    Trends,
    build_trends,
    earliest_day,
    preset_range,
)
from integration_journal.errors import JournalError
from integration_journal.storage.exports import write_export
from integration_journal.ui.messages import describe
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.pages.trends.chart_building import (
    _attach,
    _hide_from_legend,
    _line,
    _session_series,
    _style_axis,
    _styled_chart,
    _tick_count,
    _time_axis,
    fit_date_ticks,
)
from integration_journal.ui.pages.trends.chart_panel import ChartPanel
from integration_journal.ui.pages.trends.colours import _BAND_TINTS, _FIELD_COLOURS, _TOTAL_COLOUR, _scheme
from integration_journal.ui.pages.trends.png_export import chart_png
from integration_journal.ui.pages.trends.texts import (
    checkin_tooltip,
    date_text,
    field_label,
    preset_label,
    progress_text,
    questionnaire_tooltip,
)
from integration_journal.ui.pages.trends.time_scale import day_ms, moment_ms, range_ms
from integration_journal.ui.session_models import route_label
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.layout import flow_row, scrolling

_WATCHED_KINDS = {"checkin", "questionnaire", "session", "profile"}


CHECKINS_TAB = "checkins"
DEFAULT_PRESET = RangePreset.DAYS_90
DEFAULT_FIELDS = (CheckinField.MOOD, CheckinField.ANXIETY)
POINT_MARKERS_MAX = 120  # raw points get visible markers only when there are few enough to tell apart


class TrendsPage(Page):
    PAGE_ID = "trends"
    TITLE = "Trends"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.trends: Trends | None = None
        self._stale = True
        self._syncing = False
        self.fields: list[CheckinField] = list(DEFAULT_FIELDS)
        self._fields_chosen = False  # until the person picks, pain joins the defaults when there is any

        self.heading = QLabel(self.tr("Trends"))
        self.heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.heading.setAccessibleName(self.tr("Trends"))
        self.heading.setWordWrap(True)  # a longer heading (the therapist's dashboard) wraps at large text

        # Date range: presets and custom dates.
        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(self.tr("Dates shown"))
        for preset in RangePreset:
            self.range_combo.addItem(preset_label(preset), preset.value)
        self.range_combo.addItem(self.tr("Custom dates"), "custom")
        self.range_combo.setCurrentIndex(self.range_combo.findData(DEFAULT_PRESET.value))
        range_label = QLabel(self.tr("&Dates:"))
        range_label.setBuddy(self.range_combo)
        self.from_edit = DateField(latest=self.today)
        self.from_edit.setAccessibleName(self.tr("From date"))
        self.to_edit = DateField(latest=self.today)
        self.to_edit.setAccessibleName(self.tr("To date"))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("T&o:"))
        to_label.setBuddy(self.to_edit)
        self.table_check = QCheckBox(self.tr("Show as &table"))
        self.table_check.setAccessibleName(self.tr("Show as table"))
        self.save_button = QPushButton(self.tr("&Save chart as PNG…"))
        self.save_button.setAccessibleName(self.tr("Save chart as PNG"))
        self.save_button.setToolTip(self.tr("Saves the chart on the current tab as a picture (not encrypted)"))
        controls = flow_row([(range_label, self.range_combo), (from_label, self.from_edit),
                             (to_label, self.to_edit), self.table_check, self.save_button])

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Trends message"))
        self.status_label.hide()
        self.empty_label = QLabel(self.tr(
            "Nothing to chart for these dates yet. Daily check-ins (on the Today page), questionnaires and "
            "logged sessions appear here as they build up over time."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No trends yet"))
        self.empty_label.hide()

        # Tabs: daily check-ins first, then one per questionnaire with answers.
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.tabBar().setAccessibleName(self.tr("Charts"))  # Tab stops on the tab list
        self.checkin_panel = ChartPanel(self.tr("Daily check-ins"))
        self.field_checks: dict[CheckinField, QCheckBox] = {}
        for field in CheckinField:
            check = QCheckBox(field_label(field))
            check.setAccessibleName(self.tr("Show {value}").format(value=field_label(field)))
            check.setChecked(field in self.fields)
            check.toggled.connect(self._fields_changed)
            self.field_checks[field] = check
        self.checkin_panel.top.addWidget(flow_row([QLabel(self.tr("Show:")), *self.field_checks.values()]))
        self.questionnaire_panels: dict[str, ChartPanel] = {}
        self.tabs.addTab(self.checkin_panel, self.tr("Daily check-ins"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(controls)
        layout.addWidget(self.status_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        QVBoxLayout(self).addWidget(scrolling(body, self.tr("Trends")))

        self.range_combo.currentIndexChanged.connect(self._preset_changed)
        self.from_edit.day_changed.connect(self._custom_changed)
        self.to_edit.day_changed.connect(self._custom_changed)
        self.table_check.toggled.connect(self._table_toggled)
        self.tabs.currentChanged.connect(lambda _i: self._build_current())
        self.save_button.clicked.connect(self.save_png)
        self._sync_date_edits()

    # --- the range ---

    def today(self) -> dt.date:
        return self.ctx.today()

    def date_range(self) -> DateRange:
        key = self.range_combo.currentData()
        if key == "custom":
            start, end = self.from_edit.day(), self.to_edit.day()
            return DateRange(min(start, end), max(start, end))
        today = self.today()
        earliest = earliest_day(self.ctx.journal) if key == RangePreset.ALL.value else None
        return preset_range(key, today, earliest)

    def set_range(self, preset: RangePreset | str | None = None, *, start: dt.date | None = None,
                  end: dt.date | None = None) -> None:
        """Pick a preset, or custom dates from `start` to `end` (as the controls would)."""
        if preset is not None:
            self.range_combo.setCurrentIndex(self.range_combo.findData(RangePreset(preset).value))
            return
        self._syncing = True
        try:
            self.range_combo.setCurrentIndex(self.range_combo.findData("custom"))
            self.from_edit.set_day(start)
            self.to_edit.set_day(end)
        finally:
            self._syncing = False
        self._range_changed()

    def _sync_date_edits(self) -> None:
        """Show a preset's dates in the date fields (which only a custom range makes editable)."""
        custom = self.range_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if custom or self.ctx.journal is None:
            return
        current = self.date_range()
        self._syncing = True
        try:
            self.from_edit.set_day(current.start)
            self.to_edit.set_day(current.end)
        finally:
            self._syncing = False

    def _preset_changed(self, _index: int) -> None:
        self._sync_date_edits()
        if not self._syncing:
            self._range_changed()

    def _custom_changed(self, _day: object) -> None:
        if not self._syncing and self.range_combo.currentData() == "custom":
            self._range_changed()

    def _range_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # charts are built when the page is shown

    # --- building ---

    def refresh(self) -> None:
        """Read the series again and rebuild the chart on the current tab (the others when shown)."""
        if self.ctx is None or self.ctx.journal is None:
            return
        self._stale = False
        self.trends = build_trends(self.ctx.journal, self.date_range())
        if not self._fields_chosen:
            has_pain = bool(self.trends.checkins[CheckinField.PAIN].raw)
            self._set_fields(list(DEFAULT_FIELDS) + ([CheckinField.PAIN] if has_pain else []))
        self._sync_tabs()
        for panel in self._panels():
            panel.built = False
        self.empty_label.setVisible(self.trends.is_empty)
        self._build_current()

    def _set_fields(self, fields: list[CheckinField]) -> None:
        self.fields = fields
        for field, check in self.field_checks.items():
            check.blockSignals(True)
            check.setChecked(field in fields)
            check.blockSignals(False)

    def _panels(self) -> list[ChartPanel]:
        return [self.checkin_panel, *self.questionnaire_panels.values()]

    def _sync_tabs(self) -> None:
        """One tab per questionnaire that has any answers at all (kept while the dates change)."""
        wanted = [q.instrument for q in self.trends.questionnaires]
        if list(self.questionnaire_panels) == wanted:
            return
        current = self.tabs.currentWidget()
        for panel in self.questionnaire_panels.values():
            self.tabs.removeTab(self.tabs.indexOf(panel))
            panel.deleteLater()
        self.questionnaire_panels = {}
        for series in self.trends.questionnaires:
            panel = ChartPanel(series.short_title)
            self.questionnaire_panels[series.instrument] = panel
            self.tabs.addTab(panel, series.short_title)
        index = self.tabs.indexOf(current) if current is not None else -1
        self.tabs.setCurrentIndex(max(0, index))

    def current_panel(self) -> ChartPanel:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChartPanel) else self.checkin_panel

    def _build_current(self) -> None:
        panel = self.current_panel()
        if self.trends is None or panel.built:
            return
        panel.built = True
        panel.tips = {}
        if panel is self.checkin_panel:
            self._build_checkins(panel)
        else:
            instrument = next(k for k, v in self.questionnaire_panels.items() if v is panel)
            self._build_questionnaire(panel, self.trends.questionnaire(instrument))
        self._update_save()

    def _session_days(self) -> dict[dt.date, str]:
        days: dict[dt.date, list[str]] = {}
        for marker in self.trends.sessions:
            days.setdefault(marker.day, []).append(route_label(marker.route))
        return {day: ", ".join(labels) for day, labels in days.items()}

    def _session_cell(self, sessions: dict[dt.date, str], day: dt.date) -> str:
        return sessions.get(day, "")

    def _build_checkins(self, panel: ChartPanel) -> None:
        trends = self.trends
        date_range = trends.range
        chosen = [f for f in CheckinField if f in self.fields]
        panel.summary.setText(self.tr(
            "Quick personal check-ins, not validated questionnaires. The thin line shows each day; the bold "
            "line is the average of the last 7 days (days without a check-in are left out). Triangles mark "
            "treatment sessions."))
        if not trends.checkin_days:
            panel.set_chart(_styled_chart(panel.name))
            panel.set_table((), tuple)
            panel.show_empty(self.tr("No check-ins between {start} and {end}. A quick check-in on the Today page "
                                     "adds a point for the day.").format(start=date_text(date_range.start),
                                                                          end=date_text(date_range.end)))
            return
        if not chosen:
            panel.set_chart(_styled_chart(panel.name))
            panel.set_table((), tuple)
            panel.show_empty(self.tr("Choose at least one value to show."))
            return
        scheme = _scheme()
        chart = _styled_chart(panel.name)
        x_axis = _time_axis(date_range)
        top = 10
        if CheckinField.SLEEP_HOURS in chosen:  # hours may go past 10: the axis grows to an even number
            longest = max((p.value for p in trends.checkins[CheckinField.SLEEP_HOURS].raw), default=0.0)
            top = max(top, min(int(FIELD_RANGE[CheckinField.SLEEP_HOURS][1]), 2 * (int(longest) // 2 + 1)))
        y_axis = QValueAxis()
        y_axis.setRange(0, top)
        y_axis.setTickCount(top // 2 + 1)
        y_axis.setLabelFormat("%d")
        _style_axis(y_axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        fit_date_ticks(chart, x_axis)
        for field in chosen:
            series = trends.checkins[field]
            colour = _FIELD_COLOURS[scheme][field]
            xs = [day_ms(p.day) for p in series.raw]
            raw = _line(self.tr("{value} (each day)").format(value=field_label(field)), colour, 1.2,
                        [QPointF(x, p.value) for x, p in zip(xs, series.raw)], paler=0.55)
            raw.setPointsVisible(len(xs) <= POINT_MARKERS_MAX)
            _attach(chart, raw, x_axis, y_axis)
            _hide_from_legend(chart, raw)  # the legend names each value once, by its bold line
            panel.add_tips(raw, xs, lambda i, f=field, pts=series.raw: checkin_tooltip(f, pts[i].day, pts[i].value))
            avg_xs = [day_ms(p.day) for p in series.average]
            avg = _line(field_label(field), colour, 3.0,
                        [QPointF(x, p.value) for x, p in zip(avg_xs, series.average)])
            _attach(chart, avg, x_axis, y_axis)
            panel.add_tips(avg, avg_xs, lambda i, f=field, pts=series.average: checkin_tooltip(
                f, pts[i].day, pts[i].value, average=True))
        _session_series(panel, chart, trends.sessions, top * 0.03, x_axis, y_axis)
        panel.set_chart(chart)

        sessions = self._session_days()
        headers = [self.tr("Date"), self.tr("Session")]
        for field in chosen:
            headers += [field_label(field), self.tr("{value}, 7-day average").format(value=field_label(field))]
        panel.set_table(headers, lambda: self._checkin_rows(trends, chosen, sessions))
        panel.show_data(self.table_check.isChecked())
        panel.view.setAccessibleDescription(self.tr("{count} days with a check-in from {start} to {end}").format(
            count=len(trends.checkin_days), start=date_text(date_range.start), end=date_text(date_range.end)))

    def _checkin_rows(self, trends: Trends, chosen: list[CheckinField],
                      sessions: dict[dt.date, str]) -> list[tuple[Any, ...]]:
        lookup = [({p.day: p.value for p in trends.checkins[f].raw}, {p.day: p.value for p in trends.checkins[f].average})
                  for f in chosen]
        rows = []
        for day in trends.checkin_days:
            row: list[Any] = [day, self._session_cell(sessions, day)]
            for raw_values, averages in lookup:
                row += [raw_values.get(day), averages.get(day)]
            rows.append(tuple(row))
        return rows

    def _build_questionnaire(self, panel: ChartPanel, series: QuestionnaireSeries) -> None:
        trends = self.trends
        date_range = trends.range
        panel.summary.setText(progress_text(series))
        chart = _styled_chart(panel.name)
        if not series.points:
            panel.set_chart(chart)
            panel.set_table((), tuple)
            panel.show_empty(self.tr("No complete {title} between {start} and {end}. Earlier or later answers "
                                     "show with other dates.").format(title=series.short_title,
                                                                      start=date_text(date_range.start),
                                                                      end=date_text(date_range.end)))
            return
        scheme = _scheme()
        low, high = series.range
        x_axis = _time_axis(date_range)
        y_axis = QValueAxis()
        y_axis.setRange(low, high)
        y_axis.setLabelFormat("%d")
        y_axis.setTickCount(_tick_count(high - low))
        _style_axis(y_axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        fit_date_ticks(chart, x_axis)
        x0, x1 = range_ms(date_range)
        if series.bands:
            band_axis = QCategoryAxis()
            band_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
            band_axis.setRange(low, high)
            _style_axis(band_axis)
            band_axis.setGridLineVisible(False)
            tints = _BAND_TINTS[scheme]
            for index, band in enumerate(series.bands):
                bottom = max(float(low), band.min - 0.5)
                top = min(float(high), band.max + 0.5)
                upper = QLineSeries()
                upper.replace([QPointF(x0, top), QPointF(x1, top)])
                lower = QLineSeries()
                lower.replace([QPointF(x0, bottom), QPointF(x1, bottom)])
                area = QAreaSeries(upper, lower)
                upper.setParent(area)  # the area does not own its edges; Python would free them otherwise
                lower.setParent(area)
                area.setName(QCoreApplication.translate("measures", band.label))
                area.setBrush(QBrush(QColor(tints[min(index, len(tints) - 1)])))
                area.setPen(QPen(Qt.PenStyle.NoPen))
                _attach(chart, area, x_axis, y_axis)
                _hide_from_legend(chart, area)
                band_axis.append(QCoreApplication.translate("measures", band.label), top)
            chart.addAxis(band_axis, Qt.AlignmentFlag.AlignRight)
        xs = [moment_ms(p.taken_at) for p in series.points]
        total = _line(self.tr("{title} total").format(title=series.short_title), _TOTAL_COLOUR[scheme], 2.6,
                      [QPointF(x, float(p.total)) for x, p in zip(xs, series.points)])
        total.setPointsVisible(True)
        _attach(chart, total, x_axis, y_axis)
        points = series.points
        panel.add_tips(total, xs, lambda i: questionnaire_tooltip(series.short_title, points[i].day, points[i].total,
                                                                  points[i].band))
        _session_series(panel, chart, trends.sessions, low + (high - low) * 0.03, x_axis, y_axis)
        panel.set_chart(chart)

        sessions = self._session_days()
        headers = [self.tr("Date"), self.tr("Total"), self.tr("Band"), self.tr("Session")]
        rows = [(p.day, p.total, QCoreApplication.translate("measures", p.band) if p.band else None,
                 self._session_cell(sessions, p.day)) for p in series.points]
        panel.set_table(headers, lambda: rows)
        panel.show_data(self.table_check.isChecked())
        panel.view.setAccessibleDescription(self.tr("{count} {title} totals from {start} to {end}").format(
            count=len(series.points), title=series.short_title, start=date_text(date_range.start),
            end=date_text(date_range.end)))

    # --- controls ---

    def _fields_changed(self, _checked: bool) -> None:
        self._fields_chosen = True
        self.fields = [f for f, check in self.field_checks.items() if check.isChecked()]
        self.checkin_panel.built = False
        self._build_current()

    def _table_toggled(self, as_table: bool) -> None:
        for panel in self._panels():
            if panel.built and panel.empty_label.isHidden():
                panel.show_data(as_table)
        self._update_save()

    def _update_save(self) -> None:
        panel = self.current_panel()
        self.save_button.setEnabled(panel.built and panel.empty_label.isHidden())

    # --- PNG export (plaintext health data: warn, then audit) ---

    def save_png(self) -> Path | None:
        panel = self.current_panel()
        if not self.save_button.isEnabled():
            return None
        dialogs = self.ctx.dialogs
        title = self.tr("Save chart as PNG")
        if not dialogs.confirm(self, title, self.tr(
                "The picture is not encrypted: anyone who can open the file can see these scores. Keep it "
                "somewhere safe, and delete it when you no longer need it."),
                accept=self.tr("Save picture"), reject=self.tr("Cancel")):
            return None
        instrument = next((k for k, v in self.questionnaire_panels.items() if v is panel), CHECKINS_TAB)
        suggested = Path.home() / f"trends-{instrument}-{self.trends.range.end.isoformat()}.png"
        path = dialogs.save_path(self, title, suggested, self.tr("PNG image (*.png)"))
        if path is None:
            return None
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            write_export(path, chart_png(panel.view))
            self.ctx.journal.audit("plaintext_export", format="png", chart=instrument)
        except (OSError, JournalError) as exc:
            dialogs.warn(self, title, self.tr("The picture could not be saved. {reason}").format(
                reason=describe(exc)))
            return None
        self._say(self.tr("Saved the chart as {name}.").format(name=path.name))
        return path

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # --- page hooks ---

    def activate(self, **args: Any) -> None:
        # Presets end today: a page left open overnight moves on to the new day when shown again.
        day_passed = (self.trends is not None and self.range_combo.currentData() != "custom"
                      and self.trends.range.end != self.today())
        if self._stale or day_passed:
            self._sync_date_edits()
            self.refresh()

    def records_changed(self, kinds: set[str]) -> None:
        if self.ctx is None or not kinds & _WATCHED_KINDS:
            return
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self.activate)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        # Colours and label fonts are set when a chart is built: a new theme or font size builds it again.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.FontChange) and self.trends:
            for panel in self._panels():
                panel.built = False
            QTimer.singleShot(0, self, self._build_current)

    def clear(self) -> None:
        for panel in self._panels():
            panel.model.clear()
            panel.set_chart(QChart())
            panel.tips = {}
            panel.summary.clear()
        self.trends = None
        self.status_label.clear()
        self.ctx = None  # type: ignore[assignment]
