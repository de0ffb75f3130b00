"""One locale for every date and number: the app's texts are English, so a German system gets English
month names with its own day-first dates and decimal comma, never "the session of 4 März"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from integration_journal.gui import app
from integration_journal.ui.app_locale import apply_ui_locale, ui_locale
from integration_journal.ui.models import date_text
from integration_journal.ui.prompt_wizard.texts import local_date_text


def test_the_app_writes_dates_and_numbers_in_one_language() -> None:
    apply_ui_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    moment = dt.datetime(2026, 3, 4, 12, 0, tzinfo=dt.timezone.utc)
    assert local_date_text(moment) == "4 March"  # was "4 März" inside an English sentence
    assert date_text(dt.date(2026, 3, 4)) == "04/03/2026"  # the German order, with English words
    assert QLocale().toString(12.5, "f", 1) == "12,5"


def test_starting_the_app_applies_the_locale(qapp) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    app._application()
    assert QLocale().name() == ui_locale().name()
