"""A French and a German patient's appointment summary and brief (issue #13, "Done when"): the app's locale
(English texts with the country's conventions, ui/app_locale.py) gives day-first dates and a decimal comma, the
safety section lists the crisis lines the app shows a patient in that country (core/crisis_lines.py), and the
words stay English where no translation is installed. Golden files in tests/golden/; they follow the crisis-line
data, so INTEGRATION_JOURNAL_UPDATE_GOLDEN=1 rewrites them when that data changes (review the diff)."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import QLocale

from integration_journal.core import crisis_lines, summary
from integration_journal.ui import summary_pdf
from integration_journal.ui.app_locale import ui_locale
from integration_journal.ui.summary_locale import qt_date_pattern, summary_formats
from tests.helpers.summary_cases import ABROAD, brief_text, build, check_golden


def _formats(system: str) -> summary.Formats:
    return summary_formats(ui_locale(QLocale(system)))


@pytest.mark.parametrize("case", sorted(ABROAD))
def test_goldens_abroad(qapp, case: str) -> None:
    records, system = ABROAD[case]
    formats = _formats(system)
    built = build(records())
    check_golden(f"summary_{case}.md", summary.summary_markdown(built, formats=formats))
    check_golden(f"summary_{case}.html", summary.summary_html(built, formats=formats))
    check_golden(f"brief_{case}.md", brief_text(records(), formats))


@pytest.mark.parametrize(("case", "country"), [("french_patient", "FR"), ("german_patient", "DE")])
def test_dates_are_day_first_decimals_take_a_comma_and_the_country_s_lines_are_listed(qapp, case, country) -> None:
    records, system = ABROAD[case]
    formats = _formats(system)
    assert (formats.date_order, formats.decimal) == ("dmy", ",")
    text = summary.summary_markdown(build(records()), formats=formats)
    assert "Period: 01/03/2025 – 30/03/2025" in text and "Generated: 31/03/2025 09:15" in text
    assert "2025-03" not in text  # no ISO date left anywhere
    assert "| 03/03/2025 | 37,5 mg | Lozenge (sublingual) |" in text
    assert "| PEG score (mean of 3 items) | 6,3 (24/02/2025) | 4,3 (24/03/2025) | −2,0 | −31,7 % |" in text
    assert "| Sleep (hours) | 6,8 | 6,8 | 6,8 | 6,5 | 7 | 10 |" in text  # Lowest 6,5, Highest 7: no stray ",0"
    assert "answered \"Several days\" (1 of 3), total 12 (10/03/2025)." in text
    # The country's lines, whatever core/crisis_lines.py holds for it, read as the clinician reads the HTML.
    lines = crisis_lines.lines_for(country)
    safety = html.unescape(re.sub(r"<[^>]+>", "", summary.summary_html(build(records()), formats=formats)))
    safety = safety.split("Severe or lasting effects")[0].split("Questionnaires")[0]
    assert f"Crisis lines the app shows the patient ({'France' if country == 'FR' else 'Germany'}):" in safety
    assert f"Emergency: {' or '.join(lines.emergency_numbers)}" in safety
    for line in lines.lines:
        assert line.name in safety and all(contact.label in safety for contact in line.contacts)
    if lines.advice:
        assert lines.advice in safety
    # Words stay English: no translation is installed.
    assert "## Safety flags" in text and "## Treatment sessions" in text
    brief = brief_text(records(), formats)
    assert "New since: 01/03/2025 – 30/03/2025" in brief and "| 03/03/2025 | 37,5 mg |" in brief


def test_the_locale_s_order_and_marks_with_a_four_digit_year(qapp) -> None:
    import datetime as dt

    day = dt.date(2025, 3, 5)
    assert _formats("en_US").date(day) == "03/05/2025"  # "M/d/yy" in Qt: the year is written in full
    assert _formats("de_CH").date(day) == "05.03.2025"
    assert _formats("sv_SE").date(day) == "2025-03-05" and _formats("sv_SE").decimal == ","
    assert _formats("C") == _formats("en_US")
    assert qt_date_pattern(_formats("fr_FR")) == "dd/MM/yyyy"
    assert qt_date_pattern(summary.ISO) == "yyyy-MM-dd"


def test_the_pdf_header_and_chart_axes_use_the_same_dates(qapp) -> None:
    records, system = ABROAD["french_patient"]
    formats = _formats(system)
    built = build(records())
    charts = summary_pdf.chart_images(built, formats)
    document = summary_pdf.summary_document(built, charts, 600, formats)
    assert "Period: 01/03/2025 – 30/03/2025" in document.toPlainText()
    assert summary_pdf._header_text(built, formats).endswith("01/03/2025 – 30/03/2025")
    row = next(r for r in built.measures if r.instrument == "phq9")
    chart = summary_pdf.questionnaire_chart(row, built.options.date_from, built.options.date_to, formats)
    [x_axis] = [a for a in chart.axes() if a.type() == a.AxisType.AxisTypeDateTime]
    assert x_axis.format() == "dd/MM/yyyy"
    chart.deleteLater()
