"""The PDF summary says what the Markdown and HTML say (docs/clinical.md §6.2): flags framed first, the effects to
ask about outside the frame, the dose per session, item 9 left out, the PHQ-2-only note."""

from __future__ import annotations

import re

from integration_journal.ui import summary_pdf
from tests.helpers.summary_cases import build, conditional_effects, item9_skipped, phq2_only


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_pdf_frames_only_the_flags_and_lists_the_rest_after_them(qapp) -> None:
    html = summary_pdf.document_html(build(conditional_effects()), {})
    frame, rest = html.split("</td></tr></table>", 1)
    assert "Blood pressure 186/104 after the session" in frame and "Marked urgent by the patient" in frame
    assert "Headache" not in plain(frame)
    assert "Severe or lasting effects to ask about" in rest
    assert "Headache — severity 3 of 3; sudden onset not asked (2025-03-05)." in plain(rest)
    assert "Dose (patient-reported)" in rest and "50 mg" in rest
    assert rest.index("Severe or lasting effects") < rest.index("Questionnaires") < rest.index("Treatment sessions")


def test_the_pdf_lists_item_9_left_out_and_the_phq2_only_note(qapp) -> None:
    text = plain(summary_pdf.document_html(build(item9_skipped()), {}))
    assert "PHQ-9 item 9 left unanswered (2025-03-12)." in text
    assert "PHQ-9 (2025-03-12): incomplete — item 9 not answered; items 1–8 = 16/24" in text
    assert "No PHQ-9 in this period — item 9 not asked." in plain(summary_pdf.document_html(build(phq2_only()), {}))


def test_the_pdf_of_a_case_paints(qapp) -> None:
    built = build(conditional_effects())
    pdf = summary_pdf.write_pdf(built, summary_pdf.chart_images(built))
    assert pdf.startswith(b"%PDF") and summary_pdf.page_count(pdf) >= 1
