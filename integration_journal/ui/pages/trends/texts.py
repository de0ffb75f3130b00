"""The Trends page's words: value and range labels, point tooltips and a questionnaire's progress, under "trends"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from integration_journal.core.measures import Progress, RuleOutcome, get_measure
from integration_journal.core.trends import CheckinField, QuestionnaireSeries, RangePreset, SessionMarker
from integration_journal.ui.session_models import route_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("trends", text)


def field_label(field: CheckinField) -> str:
    return {
        CheckinField.MOOD: _tr("Mood"),
        CheckinField.ANXIETY: _tr("Anxiety"),
        CheckinField.PAIN: _tr("Pain"),
        CheckinField.SLEEP_HOURS: _tr("Sleep (hours)"),
        CheckinField.SLEEP_QUALITY: _tr("Sleep quality"),
    }[field]


def preset_label(preset: RangePreset) -> str:
    return {
        RangePreset.DAYS_30: _tr("Last 30 days"),
        RangePreset.DAYS_90: _tr("Last 90 days"),
        RangePreset.YEAR: _tr("Last year"),
        RangePreset.ALL: _tr("All"),
    }[preset]


def date_text(day: dt.date, fmt: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def number_text(value: float | int) -> str:
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def checkin_tooltip(field: CheckinField, day: dt.date, value: float, *, average: bool = False) -> str:
    if average:
        return _tr("{field}, 7-day average: {value} on {date}").format(
            field=field_label(field), value=f"{value:.1f}", date=date_text(day))
    return _tr("{field}: {value} on {date}").format(field=field_label(field), value=number_text(value),
                                                    date=date_text(day))


def questionnaire_tooltip(title: str, day: dt.date, total: float | int, band: str | None) -> str:
    if band:
        return _tr("{title}: {total} ({band}) on {date}").format(
            title=title, total=number_text(total), band=QCoreApplication.translate("measures", band),
            date=date_text(day))
    return _tr("{title}: {total} on {date}").format(title=title, total=number_text(total), date=date_text(day))


def session_tooltip(marker: SessionMarker) -> str:
    return _tr("Treatment session: {route}, {date}").format(route=route_label(marker.route),
                                                           date=date_text(marker.day))


def _rule_text(outcome: RuleOutcome | None) -> str | None:
    if outcome is None or not outcome.applies:  # a baseline below the rule's range: neither reached nor not
        return None
    label = QCoreApplication.translate("measures", outcome.label)
    return (_tr("{rule} — reached") if outcome.met else _tr("{rule} — not reached")).format(rule=label)


def progress_text(series: QuestionnaireSeries) -> str:
    """Baseline, latest, change and the change rules, in the definition's words ("by analogy" included)."""
    progress: Progress = series.progress
    lines: list[str] = []
    if progress.baseline is None:
        lines.append(_tr("No complete {title} yet, so there is no baseline.").format(title=series.short_title))
    else:
        def point(p) -> str:
            band = f" ({QCoreApplication.translate('measures', p.band)})" if p.band else ""
            return f"{number_text(p.total)}{band}, {date_text(p.taken_at.astimezone().date())}"

        lines.append(_tr("Baseline: {point}").format(point=point(progress.baseline)))
        if progress.latest is not None and progress.latest.record_id != progress.baseline.record_id:
            lines.append(_tr("Latest: {point}").format(point=point(progress.latest)))
        if progress.change_points is not None:
            change = number_text(progress.change_points)
            if progress.change_points > 0:
                change = "+" + change
            if progress.change_percent is not None:
                lines.append(_tr("Change: {points} points ({percent} %)").format(
                    points=change, percent=f"{progress.change_percent:+.1f}"))
            else:
                lines.append(_tr("Change: {points} points").format(points=change))
        for outcome in (progress.response, progress.remission, progress.meaningful_change):
            text = _rule_text(outcome)
            if text:
                lines.append(text)
    if series.incomplete:
        lines.append(QCoreApplication.translate(
            "trends", "%n response(s) with a skipped question in these dates: kept, but not charted.", "",
            series.incomplete))
    if not series.bands and series.bands_note:
        lines.append(QCoreApplication.translate("measures", series.bands_note))
    note = get_measure(series.instrument).result_note
    if note:
        lines.append(QCoreApplication.translate("measures", note))
    return "\n".join(lines)
