"""The appointment summary's questionnaire charts show the severity bands the app shows (issue #13 item 8):
one QtCharts chart per questionnaire, its bands tinted as on the Trends page, named at the right, in order."""

from __future__ import annotations

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QLineSeries
from PySide6.QtGui import QColor

from integration_journal.core import measures
from integration_journal.ui import summary_pdf
from integration_journal.ui.pages.trends.colours import _BAND_TINTS
from tests.helpers.summary_cases import FROM, TO, build, phq2_only, steady_improvement


def test_each_questionnaire_has_its_own_chart_over_the_bands_the_trends_page_uses(qapp) -> None:
    built = build(steady_improvement())
    phq9 = next(row for row in built.measures if row.instrument == "phq9")
    chart = summary_pdf.questionnaire_chart(phq9, FROM, TO)
    bands = measures.get_measure("phq9").bands
    areas = [s for s in chart.series() if isinstance(s, QAreaSeries)]
    assert [a.name() for a in areas] == [b.label for b in bands] == [
        "Minimal or none", "Mild", "Moderate", "Moderately severe", "Severe"]
    assert [a.brush().color().name() for a in areas] == list(_BAND_TINTS["light"])  # white paper: the light tints
    assert [(a.lowerSeries().at(0).y(), a.upperSeries().at(0).y()) for a in areas] == [
        (0.0, 4.5), (4.5, 9.5), (9.5, 14.5), (14.5, 19.5), (19.5, 27.0)]
    [band_axis] = [axis for axis in chart.axes() if isinstance(axis, QCategoryAxis)]
    assert band_axis.categoriesLabels() == [b.label for b in bands]
    [line] = [s for s in chart.series() if isinstance(s, QLineSeries) and not isinstance(s, QAreaSeries)
              and s.count() == len(phq9.points)]
    assert [line.at(i).y() for i in range(line.count())] == [15.0, 11.0, 7.0, 4.0]
    chart.deleteLater()


def test_the_rendered_chart_shows_the_band_tints_and_sits_under_the_questionnaires(qapp) -> None:
    built = build(steady_improvement())
    charts = summary_pdf.chart_images(built)
    assert sorted(charts) == ["measures:peg", "measures:phq9", "trends"]
    image = charts["measures:phq9"]
    colours = {image.pixel(x, y) for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)}
    assert all(QColor(tint).rgb() in colours for tint in _BAND_TINTS["light"])
    # The PEG has no validated bands (docs/clinical.md §3.6): no tint on its chart.
    peg = charts["measures:peg"]
    peg_colours = {peg.pixel(x, y) for y in range(0, peg.height(), 4) for x in range(0, peg.width(), 4)}
    assert not any(QColor(tint).rgb() in peg_colours for tint in _BAND_TINTS["light"])
    html = summary_pdf.document_html(built, charts)
    assert html.index("Questionnaires") < html.index('src="chart:measures:phq9"') < html.index("Treatment sessions")
    assert html.index('src="chart:measures:peg"') < html.index("Treatment sessions") < html.index('src="chart:trends"')


def test_screeners_and_the_peg_without_bands_get_a_plain_chart(qapp) -> None:
    built = build(phq2_only())
    row = next(r for r in built.measures if r.instrument == "phq2")
    chart = summary_pdf.questionnaire_chart(row, FROM, TO)
    assert not [s for s in chart.series() if isinstance(s, QAreaSeries)]
    assert not [a for a in chart.axes() if isinstance(a, QCategoryAxis)]
    assert chart.title() == "PHQ-2 total"
    chart.deleteLater()
    peg = next(r for r in build(steady_improvement()).measures if r.instrument == "peg")
    chart = summary_pdf.questionnaire_chart(peg, FROM, TO)
    assert chart.title() == "PEG score"  # a mean, as its table says
    chart.deleteLater()
