"""The words for session fields (routes, settings, side effects) and the sessions table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from integration_journal.core import side_effects
from integration_journal.core.records import (
    AcuteDuration,
    ExperienceKind,
    Product,
    Route,
    Setting,
    TransportHome,
    TreatmentSession,
    YesNoUnsure,
)
from integration_journal.core.session_guidance import worst_effect
from integration_journal.core.side_effects import Window
from integration_journal.ui.models import (
    SORT_ROLE,
    RowTableModel,
    date_text,
    local_qdatetime,
    short_time_format,
)

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("sessions", text)


def route_label(route: Route | str) -> str:
    return {
        Route.IV: _tr("IV infusion"),
        Route.IM: _tr("IM injection"),
        Route.NASAL: _tr("Nasal esketamine"),
        Route.LOZENGE: _tr("Lozenge (under the tongue)"),
        Route.ORAL: _tr("Oral"),
        Route.OTHER: _tr("Other"),
    }[Route(route)]


def setting_label(setting: Setting | str) -> str:
    return {
        Setting.CLINIC: _tr("Clinic"),
        Setting.OFFICE: _tr("Therapist's office"),
        Setting.HOME_SUPPORTED: _tr("Home, with a support person"),
        Setting.OTHER: _tr("Other"),
    }[Setting(setting)]


def course_options(name: str) -> tuple[tuple[Any, str], ...]:
    """The choices of one optional course detail (docs/clinical.md §4.3) as (stored value, words); the form
    offers them and the session's details show them."""
    yes_no = ((True, _tr("Yes")), (False, _tr("No")))
    return {
        "product": ((Product.RACEMIC.value, _tr("Ketamine (racemic)")), (Product.ESKETAMINE.value, _tr("Esketamine")),
                    (Product.UNKNOWN.value, _tr("I don't know"))),
        "therapist_present": yes_no,
        "support_person": yes_no,
        "antiemetic": ((YesNoUnsure.YES.value, _tr("Yes")), (YesNoUnsure.NO.value, _tr("No")),
                       (YesNoUnsure.UNSURE.value, _tr("Not sure"))),
        "acute_duration": ((AcuteDuration.UNDER_30M.value, _tr("Under 30 minutes")),
                           (AcuteDuration.MIN_30_TO_60.value, _tr("30–60 minutes")),
                           (AcuteDuration.HOURS_1_TO_2.value, _tr("1–2 hours")),
                           (AcuteDuration.OVER_2H.value, _tr("Over 2 hours"))),
        "transport_home": ((TransportHome.DRIVEN.value, _tr("Someone drove me")),
                           (TransportHome.TAXI.value, _tr("Taxi or rideshare")),
                           (TransportHome.WALKED.value, _tr("Walked")),
                           (TransportHome.NOT_NEEDED.value, _tr("Not needed (I was at home)")),
                           (TransportHome.OTHER.value, _tr("Other"))),
        "experience_kind": ((ExperienceKind.PLEASANT.value, _tr("Pleasant")), (ExperienceKind.NEUTRAL.value, _tr("Neutral")),
                            (ExperienceKind.MIXED.value, _tr("Mixed")), (ExperienceKind.DIFFICULT.value, _tr("Difficult"))),
    }[name]


def course_label(name: str, value: Any) -> str:
    """The words for a recorded course detail's value (see course_options)."""
    return dict(course_options(name))[getattr(value, "value", value)]


# The catalogue's English words are the source text; translations are looked up under this context.
def catalogue_text(text: str) -> str:
    return QCoreApplication.translate("side_effects", text)


def effect_label(effect_id: str) -> str:
    return catalogue_text(side_effects.CATALOGUE[effect_id].label)


def severity_label(severity: int) -> str:
    """The full wording, e.g. "Moderate — had to lie down or change plans"."""
    return catalogue_text(side_effects.SEVERITY_LABELS[severity])


def severity_short(severity: int) -> str:
    """The first word of the scale: None, Mild, Moderate, Severe."""
    return {0: _tr("None"), 1: _tr("Mild"), 2: _tr("Moderate"), 3: _tr("Severe")}[severity]


def duration_label(duration: str) -> str:
    return catalogue_text(side_effects.DURATION_LABELS[str(duration)])


WINDOW_ORDER: tuple[Window, ...] = (
    Window.ACUTE, Window.ACUTE_OR_NEXT_DAY, Window.ROUTE, Window.NEXT_DAYS, Window.LONGER_TERM, Window.ANY,
)


def window_label(window: Window) -> str:
    return {
        Window.ACUTE: _tr("During or soon after the session"),
        Window.ACUTE_OR_NEXT_DAY: _tr("On the day or the day after"),
        Window.ROUTE: _tr("Where the medicine was given"),
        Window.NEXT_DAYS: _tr("In the next few days"),
        Window.LONGER_TERM: _tr("Over weeks or longer"),
        Window.ANY: _tr("At any time"),
    }[window]


def dose_number(dose_mg: float, *, grouped: bool = True) -> str:
    """The dose in the locale's digits without trailing zeros after the decimal separator ("56",
    "12.5"); without digit grouping for a field the person edits."""
    number = QLocale().toString(dose_mg, "f", 2)
    point = QLocale().decimalPoint()
    if point in number:
        number = number.rstrip("0").rstrip(point)
    return number if grouped else number.replace(QLocale().groupSeparator(), "")


def format_dose(dose_mg: float | None) -> str:
    """"56 mg", "12.5 mg"; "" when no dose was noted."""
    if dose_mg is None:
        return ""
    return _tr("{dose} mg").format(dose=dose_number(dose_mg))


def format_when(session: TreatmentSession, long: bool = False) -> str:
    """The session's local date and time; `long` spells the date out. Never seconds or a zone name."""
    moment = local_qdatetime(session.when)
    locale = QLocale()
    date = locale.toString(moment.date(), QLocale.FormatType.LongFormat) if long else date_text(moment.date())
    return _tr("{date}, {time}").format(date=date, time=locale.toString(moment.time(), short_time_format()))


class SessionTableModel(RowTableModel):
    """Logged treatment sessions, newest first as given; one row per session."""

    COL_WHEN, COL_ROUTE, COL_SETTING, COL_DOSE, COL_EFFECT = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Date and time"), self.tr("Route"), self.tr("Setting"), self.tr("Dose"),
                         self.tr("Most noticeable side effect"))

    def session_at(self, row: int) -> TreatmentSession:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        session, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(session, column)
        if role == SORT_ROLE:
            if column == self.COL_WHEN:
                return session.when.timestamp()
            if column == self.COL_DOSE:
                return session.dose_mg if session.dose_mg is not None else -1.0
            if column == self.COL_EFFECT:
                worst = worst_effect(session.side_effects)
                return worst.severity if worst else 0
            return self._text(session, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_WHEN:
                return format_when(session, long=True)
            if column == self.COL_EFFECT:
                worst = worst_effect(session.side_effects)
                return severity_label(worst.severity) if worst else None
        if role == Qt.ItemDataRole.FontRole and column == self.COL_EFFECT and not worst_effect(
                session.side_effects):
            font = QFont()
            font.setItalic(True)  # "None logged" is our word, not the person's
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DOSE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, session: TreatmentSession, column: int) -> str:
        if column == self.COL_WHEN:
            return format_when(session)
        if column == self.COL_ROUTE:
            return route_label(session.route)
        if column == self.COL_SETTING:
            return setting_label(session.setting)
        if column == self.COL_DOSE:
            return format_dose(session.dose_mg)
        if column == self.COL_EFFECT:
            worst = worst_effect(session.side_effects)
            if worst is None:
                return self.tr("None logged")
            return self.tr("{effect}: {severity}").format(
                effect=effect_label(worst.effect), severity=severity_short(worst.severity))
        return ""
