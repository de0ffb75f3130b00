"""Check-in and questionnaire lists show days with a four-digit year, and ISO 8601 in the bare C locale
(whose own short format, "27 02 2026", reads like three numbers)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from integration_journal.core.records import CheckIn, QuestionnaireResponse
from integration_journal.ui.checkin_models import CheckinTableModel, ResponseTableModel, response_rows


@pytest.fixture
def c_locale():
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def test_check_in_days_read_as_dates_in_the_c_locale(qtmodeltester, c_locale) -> None:
    model = CheckinTableModel()
    model.set_checkins([CheckIn(date=dt.date(2026, 2, 27), mood=4, anxiety=2)])
    qtmodeltester.check(model)
    assert model.index(0, CheckinTableModel.COL_DATE).data(Qt.ItemDataRole.DisplayRole) == "2026-02-27"


def test_questionnaire_times_read_as_dates_in_the_c_locale(qtmodeltester, c_locale) -> None:
    taken = dt.datetime(2026, 2, 27, 9, 5).astimezone()
    rows, _progress = response_rows("gad2", [QuestionnaireResponse(instrument="gad2", answers=(1, 2), taken_at=taken)])
    model = ResponseTableModel()
    model.set_responses("gad2", rows)
    qtmodeltester.check(model)
    assert model.index(0, ResponseTableModel.COL_DATE).data(Qt.ItemDataRole.DisplayRole) == "2026-02-27 09:05"


def test_other_locales_keep_their_own_order_with_a_four_digit_year() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        model = CheckinTableModel()
        model.set_checkins([CheckIn(date=dt.date(2026, 2, 7), mood=4, anxiety=2)])
        assert model.index(0, CheckinTableModel.COL_DATE).data(Qt.ItemDataRole.DisplayRole) == "2/7/2026"
    finally:
        QLocale.setDefault(before)
