"""The Summaries page driven like a person would: the range and options change the preview, exports warn
first, write the file and leave an audit event; the PDF has a header, page numbers and the safety box
first; a therapist's vault shows a brief per patient."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPageSize

from integration_journal.core import codec, summary
from integration_journal.core import records as r
from integration_journal.storage.workspace import Workspace
from integration_journal.ui import summary_pdf
from integration_journal.ui.pages import registry
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.summaries import SummariesPage
from tests.helpers import summary_data as sd
from tests.helpers.input import type_date

UTC = dt.timezone.utc


@pytest.fixture
def workspace(data_dir, fast_kdf, passphrase, frozen_clock):
    ws, _kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=frozen_clock)
    sd.fill(ws.journal)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def make_page(qtbot, ctx) -> SummariesPage:
    page = SummariesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def set_fixture_range(qtbot, page) -> None:
    type_date(qtbot, page.date_from, sd.FROM)
    type_date(qtbot, page.date_to, sd.TO)
    qtbot.waitUntil(lambda: "Safety flags" in page.preview.toPlainText(), timeout=3000)


def toggle(qtbot, box) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def preview(page) -> str:
    return page.preview.toPlainText()


# --- preview -----------------------------------------------------------------------------------------

def test_default_range_is_the_last_30_days_and_the_page_has_its_shortcut(qtbot, ctx):
    page = make_page(qtbot, ctx)
    today = ctx.today()
    assert page.date_to.day() == today
    assert page.date_from.day() == today - dt.timedelta(days=29)
    assert (SummariesPage.PAGE_ID, SummariesPage.TITLE) == ("summaries", "Summaries")
    assert registry.shortcut("patient", SummariesPage) == "Ctrl+8"
    assert registry.shortcut("therapist", SummariesPage) == "Ctrl+4"
    assert "Appointment summary" in preview(page)
    assert "Safety flags" not in preview(page)  # the fixture's March 2025 lies outside


def test_preview_follows_the_range_and_options(qtbot, ctx):
    page = make_page(qtbot, ctx)
    set_fixture_range(qtbot, page)
    text = preview(page)
    assert text.index("Safety flags") < text.index("Questionnaires")
    assert "A shift at the lake" in text and "<script>alert(1)</script>" in text  # shown literally
    assert "Daily check-ins" in text

    toggle(qtbot, page.section_boxes["trends"])
    qtbot.waitUntil(lambda: "Daily check-ins" not in preview(page), timeout=3000)

    toggle(qtbot, page.shared_only)
    qtbot.waitUntil(lambda: "<script>" not in preview(page), timeout=3000)
    assert "A shift at the lake" in preview(page) and "Reframes" not in preview(page)

    toggle(qtbot, page.include_name)
    qtbot.waitUntil(lambda: "Sam" not in preview(page).split("Period")[0], timeout=3000)


def test_preview_never_renders_markup_from_entries(qtbot, ctx):
    page = make_page(qtbot, ctx)
    set_fixture_range(qtbot, page)
    html = page.preview.toHtml()
    assert "<script" not in html and "x.example" not in html.split("[link]")[0]


def test_every_control_has_an_accessible_name(qtbot, ctx):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QProgressBar, QTextBrowser

    page = make_page(qtbot, ctx)
    controls = page.findChildren(QAbstractButton) + page.findChildren(QAbstractSpinBox) + \
        page.findChildren(QTextBrowser) + page.findChildren(QProgressBar)
    unnamed = [c for c in controls if not c.accessibleName() and not (
        isinstance(c, QAbstractButton) and c.text())]
    assert unnamed == []


# --- export --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "html"])
def test_text_export_warns_writes_and_is_audited(qtbot, ctx, dialogs, tmp_path, fmt):
    page = make_page(qtbot, ctx)
    set_fixture_range(qtbot, page)
    dialogs.save_to = tmp_path / f"out.{fmt}"
    qtbot.mouseClick(page.export_buttons[fmt], Qt.MouseButton.LeftButton)
    assert "not encrypted" in dialogs.texts("confirm")[0]
    data = dialogs.save_to.read_text(encoding="utf-8")
    expected = summary.build_summary(ctx.journal, page.options())
    formats = summary.Formats("mdy", "/", ".")  # the tests' app locale, en_US, with a four-digit year
    rendered = (summary.summary_markdown(expected, formats=formats) if fmt == "md"
                else summary.summary_html(expected, formats=formats))
    assert data == rendered and "Period: 03/01/2025 – 03/30/2025" in data
    assert oct(dialogs.save_to.stat().st_mode & 0o777) == "0o600"
    events = [e for e in ctx.journal.list(kind="audit") if e.event == "summary_exported"]
    assert len(events) == 1 and events[0].details["format"] == fmt
    assert events[0].details["date_from"] == "2025-03-01"
    assert "Saved to" in page.status.text()


def test_declining_the_warning_writes_nothing(qtbot, ctx, dialogs, tmp_path):
    page = make_page(qtbot, ctx)
    dialogs.confirm_answer = False
    dialogs.save_to = tmp_path / "never.md"
    qtbot.mouseClick(page.export_buttons["md"], Qt.MouseButton.LeftButton)
    assert not dialogs.save_to.exists() and dialogs.texts("save_path") == []
    assert not [e for e in ctx.journal.list(kind="audit") if e.event == "summary_exported"]


def test_a_failed_write_warns_and_is_not_audited(qtbot, ctx, dialogs, tmp_path):
    page = make_page(qtbot, ctx)
    dialogs.save_to = tmp_path / "missing-folder" / "out.md"
    qtbot.mouseClick(page.export_buttons["md"], Qt.MouseButton.LeftButton)
    assert dialogs.texts("warn") and "Could not write" in dialogs.texts("warn")[0]
    assert not [e for e in ctx.journal.list(kind="audit") if e.event == "summary_exported"]


def test_pdf_export_runs_with_progress_and_is_audited(qtbot, ctx, dialogs, tmp_path):
    page = make_page(qtbot, ctx)
    set_fixture_range(qtbot, page)
    dialogs.save_to = tmp_path / "summary"  # the suffix is added
    seen: list[tuple[int, int]] = []
    page._relay.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert not page.export_buttons["pdf"].isEnabled()  # busy while the worker writes
    out = tmp_path / "summary.pdf"
    qtbot.waitUntil(lambda: out.exists() and page.export_buttons["pdf"].isEnabled(), timeout=15000)
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and summary_pdf.page_count(pdf) >= 2
    assert seen and seen[-1][0] == seen[-1][1] == summary_pdf.page_count(pdf)
    assert page.progress.isHidden()
    assert [e.details["format"] for e in ctx.journal.list(kind="audit") if e.event == "summary_exported"] == ["pdf"]


def test_the_next_default_range_starts_at_the_last_export(qtbot, ctx, dialogs, tmp_path, monkeypatch):
    page = make_page(qtbot, ctx)
    dialogs.save_to = tmp_path / "a.md"
    qtbot.mouseClick(page.export_buttons["md"], Qt.MouseButton.LeftButton)
    export_day = ctx.today()
    monkeypatch.setattr(SummariesPage, "_today", lambda self: export_day + dt.timedelta(days=9))
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert page.date_from.day() == export_day


# --- the PDF itself ---------------------------------------------------------------------------------------

@pytest.fixture
def built(workspace):
    options = summary.SummaryOptions(sd.FROM, sd.TO)
    return summary.build_summary(workspace.journal, options, tz=UTC, generated_at=sd.GENERATED)


def test_paper_size_follows_the_locale():
    assert summary_pdf.paper_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) \
        == QPageSize.PageSizeId.Letter
    assert summary_pdf.paper_size(QLocale(QLocale.Language.French, QLocale.Country.Canada)) \
        == QPageSize.PageSizeId.Letter
    assert summary_pdf.paper_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == QPageSize.PageSizeId.A4
    assert summary_pdf.paper_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) \
        == QPageSize.PageSizeId.A4


def test_pdf_pages_carry_header_page_numbers_and_charts(qtbot, built, tmp_path):
    charts = summary_pdf.chart_images(built)
    assert set(charts) == {"measures:phq9", "measures:gad7", "measures:peg", "trends"}
    assert all(not image.isNull() and image.width() == summary_pdf.CHART_SIZE[0] * 2 for image in charts.values())
    pdf = summary_pdf.write_pdf(built, charts, page_size=QPageSize.PageSizeId.A4)
    images = summary_pdf.page_images(built, charts)
    assert summary_pdf.page_count(pdf) == len(images) >= 2
    images[0].save(str(tmp_path / "page1.png"))
    # The box round the safety flags is drawn in the safety red near the top of page 1.
    red = summary_pdf.QColor(summary_pdf.SAFETY_RED).rgb()
    top = images[0].height() // 3
    assert any(images[0].pixel(x, y) == red for y in range(0, top, 2) for x in range(0, images[0].width(), 3))
    document = summary_pdf.summary_document(built, charts, 600)
    text = document.toPlainText()
    assert text.index("Safety flags") < text.index("Questionnaires")
    assert document.resource(summary_pdf.QTextDocument.ResourceType.ImageResource,
                             summary_pdf.QUrl("chart:measures:phq9")) is not None


def test_letter_pdf_has_letter_pages(qtbot, built):
    pdf = summary_pdf.write_pdf(built, {}, page_size=QPageSize.PageSizeId.Letter)
    assert b"/MediaBox [0 0 612.000000 792.000000]" in pdf
    assert b"/MediaBox [0 0 595.000000 842.000000]" not in pdf
    a4 = summary_pdf.write_pdf(built, {}, page_size=QPageSize.PageSizeId.A4)
    assert b"/MediaBox [0 0 595.000000 842.000000]" in a4


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_pdf_text_when_pdftotext_is_available(qtbot, built, tmp_path):
    path = tmp_path / "s.pdf"
    path.write_bytes(summary_pdf.write_pdf(built, summary_pdf.chart_images(built)))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, env={**os.environ, "LC_ALL": "C.UTF-8"}).stdout
    text = unicodedata.normalize("NFKC", text)  # the PDF's "ﬂ" and "ﬀ" ligatures back to letters
    assert "Page 1 of" in text and "Appointment summary" in text
    assert text.index("Safety flags") < text.index("Questionnaires") < text.index("Treatment sessions")
    assert "PHQ-9 item 9" in text and "184/122" in text
    assert "Patient-generated; not a clinical record" in text
    # Every heading once: nothing drawn twice across a page boundary.
    for heading in ("Questionnaires", "Treatment sessions", "Daily check-ins", "Side effects"):
        assert len(re.findall(rf"^\s*{heading}\s*$", text, re.M)) == 1, heading


# --- therapist -------------------------------------------------------------------------------------------------

def test_therapist_sees_a_brief_per_patient(qtbot, data_dir, fast_kdf, passphrase, dialogs, tmp_path, frozen_clock):
    ws, _kit = Workspace.create(data_dir, passphrase, role="therapist", display_name="Dr Lee", policy=fast_kdf,
                                clock=frozen_clock)
    try:
        alex = r.Contact(name="Alex", role=r.Role.PATIENT)
        response = next(rec for rec in sd.records() if isinstance(rec, r.QuestionnaireResponse)
                        and 9 <= rec.taken_at.day <= 13 and rec.instrument == "phq9")
        item = r.ReceivedItem(sender_id=alex.id, bundle_id=bytes(16), sequence=1, item_kind="questionnaire",
                              item_id=response.id, payload=codec.encode(response),
                              received_at=ws.journal.now(), discuss_next_time=True)
        ws.journal.add_many([alex, item], keep_timestamps=False)
        ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=JournalEvents())
        page = make_page(qtbot, ctx)
        text = preview(page)
        assert "Pre-appointment briefs" in text and "Alex" in text
        assert "PHQ-9 item 9" in text and "Discuss next time" in text
        assert "pdf" not in page.export_buttons and not page.shared_only.isVisible()
        dialogs.save_to = tmp_path / "brief.md"
        qtbot.mouseClick(page.export_buttons["md"], Qt.MouseButton.LeftButton)
        assert "## Alex" in dialogs.save_to.read_text(encoding="utf-8")
        assert [e.details["format"] for e in ws.journal.list(kind="audit")
                if e.event == "summary_exported"] == ["brief-md"]
    finally:
        ws.close()


def test_a_lock_during_the_pdf_export_drops_the_file(qtbot, ctx, dialogs, tmp_path):
    page = make_page(qtbot, ctx)
    dialogs.save_to = tmp_path / "locked.pdf"
    qtbot.mouseClick(page.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    page.save_state()
    page.clear()
    qtbot.waitUntil(lambda: page.export_buttons["pdf"].isEnabled(), timeout=15000)
    assert not dialogs.save_to.exists() and page.preview.toPlainText() == ""
    assert not [e for e in ctx.journal.list(kind="audit") if e.event == "summary_exported"]


def test_keyboard_only_export_with_unique_mnemonics(qtbot, ctx, dialogs, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    page = make_page(qtbot, ctx)
    texts = [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel) if "&" in w.text()]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts
    assert not {"j", "g", "h", "l"} & set(letters)  # the shell's menus and Lock button
    dialogs.save_to = tmp_path / "keys.md"
    page.setFocus()  # the range's first field (the page's focus proxy)
    qtbot.waitUntil(lambda: page.date_from.hasFocus())
    qtbot.keyClick(page.date_from, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialogs.save_to.exists, timeout=3000)  # a mnemonic "animates" the click first
