"""The sharing pages one behaviour at a time: refusals in plain words, key changes that block sending, the
QR code, a reader that loads nothing, the watched folder, the pack editor's checks and the dashboard."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import segno
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QTextDocument

from integration_journal.core import records as r
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.crypto.safety_number import qr_payload
from integration_journal.errors import BundleProblem, CardProblem
from integration_journal.ui.pages import registry
from integration_journal.ui.pages.inbox import InboxPage
from integration_journal.ui.pages.patients import PatientsPage
from integration_journal.ui.pages.prompt_packs import PromptPacksPage
from integration_journal.ui.pages.sharing import SharingPage
from integration_journal.ui.prompt_wizard.answer_editor import AnswerEditor
from integration_journal.ui.sharing.qr_code import qr_image
from integration_journal.ui.sharing.texts import problem_text
from tests.helpers.input import click
from tests.helpers.sharing_sides import connect, make_side, send_through, share_file, show, therapist_received


@pytest.fixture
def sides(tmp_path, fast_kdf):
    made = {name: make_side(tmp_path, name, role, display, fast_kdf)
            for name, role, display in (("patient", "patient", "Sam"), ("therapist", "therapist", "Dr Lee"),
                                        ("other", "therapist", "Dr Kim"))}
    yield made
    for side in made.values():
        side.ws.close()


def test_every_refusal_has_its_own_sentence() -> None:
    bundle_texts = {problem_text(p) for p in BundleProblem}
    card_texts = {problem_text(p) for p in CardProblem}
    assert len(bundle_texts) == len(BundleProblem) and len(card_texts) == len(CardProblem)
    assert all(text.endswith(".") for text in bundle_texts | card_texts)


def test_the_qr_code_is_segnos_matrix_dark_on_white() -> None:
    number = "0123456789" * 6
    image = qr_image(qr_payload(number), module_px=3, border=4)
    matrix = [list(row) for row in segno.make(qr_payload(number), error="m").matrix]
    assert image.width() == (len(matrix) + 8) * 3
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            colour = QColor(image.pixel((x + 4) * 3 + 1, (y + 4) * 3 + 1))
            assert colour == (QColor("black") if dark else QColor("white"))
    assert QColor(image.pixel(0, 0)) == QColor("white")  # the quiet zone


def test_a_damaged_card_is_refused_in_plain_words(qtbot, sides, tmp_path) -> None:
    patient = sides["patient"]
    page = show(qtbot, SharingPage(patient.ctx))
    card = SharingService(sides["therapist"].journal).my_card().to_text()
    broken = card[:40] + ("A" if card[40] != "A" else "B") + card[41:]
    page.contacts.paste_edit.setPlainText(broken)
    click(qtbot, page.contacts.paste_button)
    assert page.contacts.problem.text() in {problem_text(CardProblem.BAD_CHECKSUM), problem_text(CardProblem.MALFORMED),
                                            problem_text(CardProblem.NOT_A_CARD)}
    assert page.contacts.model.rowCount() == 0
    (tmp_path / "junk.ijcard").write_bytes(b"not a card")
    patient.dialogs.open_from = tmp_path / "junk.ijcard"
    click(qtbot, page.contacts.add_file_button)
    assert page.contacts.problem.text() == problem_text(CardProblem.NOT_A_CARD)
    assert page.contacts.model.rowCount() == 0


def test_a_key_change_warns_and_blocks_sending_until_verified_again(qtbot, qtmodeltester, sides, tmp_path,
                                                                    fast_kdf) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    connect(patient, therapist)
    patient.journal.add(r.Entry(title="t", body="b", share=True))
    page = show(qtbot, SharingPage(patient.ctx))
    assert page.preview_button.isEnabled()
    # "Dr Lee" sets the app up again: a new card under the same name.
    again = make_side(tmp_path, "again", "therapist", "Dr Lee", fast_kdf)
    try:
        page.contacts.paste_edit.setPlainText(SharingService(again.journal).my_card().to_text())
        click(qtbot, page.contacts.paste_button)
    finally:
        again.ws.close()
    qtmodeltester.check(page.contacts.model)
    assert page.contacts.model.index(0, 2).data() == "Keys changed: compare again"
    safety = page.contacts.safety
    assert safety.warning.isVisible() and "Sharing with Dr Lee is paused" in safety.warning.text()
    assert safety.verify_button.isEnabled()
    page.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    assert not page.preview_button.isEnabled() and "not verified" in page.contact_state.text()
    assert not page.writer.start(page.chosen_contact(), ShareSelection(flagged=True), "share")
    assert "mark them verified" in page.share_status.text()
    page.tabs.setCurrentIndex(SharingPage.TAB_CONTACTS)
    click(qtbot, safety.verify_button)
    assert not safety.warning.isVisible()
    page.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    assert page.preview_button.isEnabled()


def test_a_summary_and_check_ins_can_be_shared(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    connect(patient, therapist)
    today = patient.journal.today()
    patient.journal.add(r.CheckIn(date=today, mood=6, anxiety=3))
    page = show(qtbot, SharingPage(patient.ctx))
    page.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    page.flagged_check.setChecked(False)
    page.checkins_check.setChecked(True)
    page.summary_check.setChecked(True)
    click(qtbot, page.preview_button)
    dialog = page.writer.dialog
    kinds = sorted(dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount()))
    assert kinds == ["Check-in", "Summary"]
    dialog.reject()
    assert page.history_model.rowCount() == 0  # cancelled: nothing written, nothing recorded


def test_the_reader_never_loads_a_resource(qtbot, sides) -> None:
    page = show(qtbot, InboxPage(sides["therapist"].ctx))
    reader = page.reader
    html = render_markdown("![x](file:///etc/hostname) ![y](https://example.org/a.png) <script>alert(1)</script>"
                           "<img src='file:///etc/passwd'>")
    assert "<script" not in html and "alert(1)</script>" not in html
    reader.set_html(html + '<img src="file:///etc/passwd"><link rel="stylesheet" href="file:///etc/passwd">')
    reader.grab()  # laid out and painted: every image it would draw has been asked for
    for url in ("file:///etc/passwd", "file:///etc/hostname", "https://example.org/a.png"):
        for kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.StyleSheetResource,
                     QTextDocument.ResourceType.HtmlResource):
            assert reader.loadResource(kind.value, QUrl(url)) is None
        assert reader.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) in (None, b"")


def test_the_watched_folder_imports_ours_and_leaves_the_rest(qtbot, qtmodeltester, sides, tmp_path) -> None:
    patient, therapist, other = sides["patient"], sides["therapist"], sides["other"]
    lee, _ = connect(patient, therapist)
    kim, _ = connect(patient, other)
    patient.journal.add(r.Entry(title="For both", body="b", share=True))
    drop = tmp_path / "drop"
    drop.mkdir()
    share_file(patient, lee, ShareSelection(flagged=True), drop / "for-lee.ijshare")
    share_file(patient, kim, ShareSelection(flagged=True), drop / "for-kim.ijshare")
    (drop / "broken.ijshare").write_bytes(b"IJSHARE\0" + b"\x09" * 40)
    page = show(qtbot, InboxPage(therapist.ctx))
    therapist.dialogs.folder = drop
    click(qtbot, page.watch_button)
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=10000)
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    page.model.sort(page.model.COL_WHAT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)
    assert (drop / "for-kim.ijshare").exists() and (drop / "for-lee.ijshare").exists()
    assert "1 for someone else, left in place" in page.status.text()
    assert "broken.ijshare was not imported" in page.status.text()
    # A later scan does not import the same file again.
    page.last_scan = None
    page.scan_now()
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=10000)
    assert page.last_scan.already and not page.last_scan.imported
    page.clear()
    assert page.watcher.directories() == [] and page.model.rowCount() == 0


def test_the_pack_editor_shows_each_problem_beside_its_field(qtbot, qtmodeltester, sides, tmp_path) -> None:
    page = show(qtbot, PromptPacksPage(sides["therapist"].ctx))
    qtmodeltester.check(page.prompts_model)
    assert page.author_edit.text() == "Dr Lee" and page.prompts_model.rowCount() == 1
    # No title.
    qtbot.keyClicks(page.text_edit, "What helped this week?")
    page.id_edit.setText("week")
    assert page.validate() is None
    assert page.pack_errors["title"].isVisible() and not page.overall.isVisible()
    qtbot.keyClicks(page.title_edit, "Week")
    # A choice prompt without options: the error sits under Options, on that prompt.
    click(qtbot, page.add_prompt_button)
    qtbot.keyClicks(page.text_edit, "Which fits?")
    page.input_combo.setCurrentIndex(page.input_combo.findData("choice"))
    page.prompts_view.setCurrentIndex(page.prompts_view.model().index(0, 0))
    assert page.validate() is None
    assert page.current_prompt_row() == 1 and page.prompt_errors["options"].isVisible()
    page.options_edit.setPlainText("yes: Yes\nno: No")
    # A prompt id the built-in packs already use.
    page.prompt_id_edit.setText("prep-01")
    page.prompt_id_edit.textEdited.emit("prep-01")
    assert page.validate() is None and page.prompt_errors["id"].isVisible()
    page.prompt_id_edit.setText("week-02")
    page.prompt_id_edit.textEdited.emit("week-02")
    pack = page.validate()
    assert pack is not None and [p.id for p in pack.prompts] == [page.prompts_model.prompt_at(0).id, "week-02"]
    page.editor_tabs.setCurrentIndex(1)
    editors = page.preview_area.widget().findChildren(AnswerEditor)
    assert len(editors) == 2 and editors[1].choice is not None
    record = page.save()
    assert record is not None and not record.enabled and record.signer_fingerprint is None
    qtmodeltester.check(page.packs_model)
    assert page.packs_model.rowCount() == 1
    # Opening a pack file fills the form; a broken one is refused with the validator's words.
    good = tmp_path / "pack.json"
    good.write_text(json.dumps({"schema_version": 1, "id": "walks", "title": "Walks", "author": "Dr Lee",
                                "version": 3, "phases": [{"id": "ongoing", "prompts": [
                                    {"id": "walk-1", "text": "Where did you walk?", "input": "short_text",
                                     "tags": ["nature"]}]}]}))
    sides["therapist"].dialogs.open_from = good
    click(qtbot, page.open_button)
    assert page.title_edit.text() == "Walks" and page.version_spin.value() == 3
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1}')
    sides["therapist"].dialogs.open_from = bad
    click(qtbot, page.open_button)
    assert page.overall.isVisible() and "missing" in page.overall.text() or "required" in page.overall.text()


def test_the_dashboard_puts_safety_first_and_charts_shared_check_ins(qtbot, qtmodeltester, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    at_patient, _ = connect(patient, therapist)
    now = patient.journal.now()
    session = patient.journal.add(r.TreatmentSession(
        when=now - dt.timedelta(days=3), route=r.Route.IV, setting=r.Setting.CLINIC,
        side_effects=(r.SideEffectReport("racing_heart", 3), r.SideEffectReport("nausea", 1))))
    for day in range(5):
        patient.journal.add(r.CheckIn(date=(now - dt.timedelta(days=day)).astimezone().date(), mood=5 + day,
                                      anxiety=4))
    share_file(patient, at_patient, ShareSelection(session_ids=(session.id,), checkins=True),
               tmp_path / "s.ijshare")
    SharingService(therapist.journal).receive_file(tmp_path / "s.ijshare")
    page = show(qtbot, PatientsPage(therapist.ctx))
    page.tabs.setCurrentIndex(PatientsPage.TAB_DASHBOARD)
    for model in (page.sessions_model, page.effects_model, page.entries_model, page.discuss_model):
        qtmodeltester.check(model)
    # A severe racing heart is something to ask about (chest pain was not asked), not a reported emergency.
    assert "Severe or lasting effects to ask about" in page.safety_text()
    assert "A pounding or racing heart — severity 3 of 3; chest pain or breathlessness not asked" in page.safety_text()
    assert page.sessions_model.rowCount() == 1 and "Pounding or racing heart" in page.sessions_model.cell(0, 2)
    assert page.effects_model.rowCount() == 2
    assert len(page.trends.trends.checkin_days) == 5
    assert not page.reply_button.isEnabled() or "No comments for Sam are waiting" in page.pending_label.text()
    # Nothing to reply with: the service's refusal is shown, nothing written.
    click(qtbot, page.reply_button)
    assert "Nothing is selected" in page.reply_status.text() and page.writer.dialog is None
    page.clear()
    assert page.sessions_model.rowCount() == 0 and page.trends.ctx is None


def test_prompt_pack_sent_from_the_packs_page_reaches_the_patient(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    connect(patient, therapist)
    page = show(qtbot, PromptPacksPage(therapist.ctx))
    qtbot.keyClicks(page.title_edit, "Rest")
    qtbot.keyClicks(page.text_edit, "What helped you rest?")
    send_through(qtbot, page.writer, lambda: click(qtbot, page.send_button), tmp_path / "p.ijshare",
                 therapist.dialogs)
    result = SharingService(patient.journal).receive_file(tmp_path / "p.ijshare")
    assert result.prompt_packs == 1
    [record] = patient.journal.list(r.PromptPackRecord)
    assert record.title == "Rest" and record.enabled and record.signer_fingerprint is not None


def test_therapist_window_lists_its_pages_and_locking_empties_them(qtbot, data_dir, fast_kdf, dialogs) -> None:
    from PySide6.QtCore import Qt

    from tests.helpers.main_window import make_workspace, open_main_window

    ws = make_workspace(data_dir, fast_kdf, role="therapist")
    window = open_main_window(qtbot, ws, dialogs)
    assert [cls.PAGE_ID for cls in window.page_types][:3] == ["inbox", "patients", "prompt_packs"]
    assert [registry.shortcut("therapist", cls) for cls in window.page_types] == [
        "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]  # Summaries and Journal: their place here
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    patients = window.current_page()
    assert patients.PAGE_ID == "patients" and patients.contacts.safety.heading.text()
    window.show_page(window.page_index("prompt_packs"))
    packs = window.current_page()
    qtbot.keyClicks(packs.title_edit, "Kept private until locked")
    window.show_page(window.page_index("inbox"))
    inbox = window.current_page()
    window.lock()
    assert not ws.vault.is_open
    assert packs.title_edit.text() == "" and packs.prompts_model.rowCount() == 0
    assert inbox.model.rowCount() == 0 and patients.contacts.model.rowCount() == 0


def test_patient_window_has_sharing_at_ctrl_7(qtbot, data_dir, fast_kdf, dialogs) -> None:
    from PySide6.QtCore import Qt

    from tests.helpers.main_window import make_workspace, open_main_window

    ws = make_workspace(data_dir, fast_kdf, role="patient", entries=3)
    window = open_main_window(qtbot, ws, dialogs)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page.PAGE_ID == "sharing" and page.pick_model.rowCount() == 3
    window.lock()
    assert page.pick_model.rowCount() == 0 and page.contact_combo.count() == 0


def test_unsaved_pack_and_note_survive_a_lock_as_encrypted_drafts(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    therapist_received(patient, therapist, tmp_path / "s.ijshare")
    packs = show(qtbot, PromptPacksPage(therapist.ctx))
    qtbot.keyClicks(packs.title_edit, "Half written")
    inbox = show(qtbot, InboxPage(therapist.ctx))
    qtbot.keyClicks(inbox.note_edit, "A thought to finish")
    for page in (packs, inbox):
        page.save_state()
        page.clear()
    drafts = therapist.journal.list(r.Draft)
    assert sorted(d.target_kind for d in drafts) == ["inbox_note", "prompt_pack"]
    packs_again = show(qtbot, PromptPacksPage(therapist.ctx))
    assert packs_again.title_edit.text() == "Half written" and "not saved" in packs_again.status.text()
    inbox_again = show(qtbot, InboxPage(therapist.ctx))
    assert inbox_again.note_edit.toPlainText() == "A thought to finish"
    click(qtbot, inbox_again.private_button)
    qtbot.keyClicks(packs_again.text_edit, "Anything?")
    assert packs_again.save() is not None
    assert therapist.journal.list(r.Draft) == []


def _unnamed(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
    found = []
    for widget in (w for kind in kinds for w in root.findChildren(kind)):
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # a combo box's or spin box's own line edit
        if isinstance(widget, QAbstractItemView) and widget.window() is not root.window():
            continue  # combo and completer popups are Qt's own
        if type(widget).__name__ == "QToolButton" and not widget.text():
            continue  # the line edit's built-in clear button
        if widget.objectName().startswith("qt_") or type(widget).__name__ == "QHeaderView":
            continue  # Qt's own parts; a table's header is read with the table
        if not widget.accessibleName():
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return found


def test_every_control_on_the_sharing_pages_has_an_accessible_name(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    therapist_received(patient, therapist, tmp_path / "s.ijshare")
    sharing = show(qtbot, SharingPage(patient.ctx))
    sharing.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    click(qtbot, sharing.preview_button)
    pages = [sharing, sharing.writer.dialog, show(qtbot, InboxPage(therapist.ctx)),
             show(qtbot, PatientsPage(therapist.ctx)), show(qtbot, PromptPacksPage(therapist.ctx))]
    pages[-1].editor_tabs.setCurrentIndex(1)  # the preview's answer controls
    for page in pages:
        assert _unnamed(page) == [], (type(page).__name__, _unnamed(page))


def test_the_inbox_sorts_itself_and_keeps_the_chosen_item(qtbot, qtmodeltester, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    at_patient, _ = connect(patient, therapist)
    now = patient.journal.now()
    for index, title in enumerate(("Banana", "Apple", "Cherry")):
        patient.journal.add(r.Entry(title=title, body="b", share=True, created=now - dt.timedelta(days=index)),
                            keep_timestamps=True)
    share_file(patient, at_patient, ShareSelection(flagged=True), tmp_path / "s.ijshare")
    SharingService(therapist.journal).receive_file(tmp_path / "s.ijshare")
    page = show(qtbot, InboxPage(therapist.ctx))
    qtmodeltester.check(page.model)
    page.view.sortByColumn(page.model.COL_WHAT, Qt.SortOrder.AscendingOrder)
    assert [page.model.index(i, page.model.COL_WHAT).data() for i in range(3)] == ["Apple", "Banana", "Cherry"]
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.view.sortByColumn(page.model.COL_WHAT, Qt.SortOrder.DescendingOrder)
    assert page.current().record.title == "Banana"  # the selection moved with its row
    click(qtbot, page.reviewed_button)
    assert page.current().item.reviewed and page.model.index(1, page.model.COL_STATE).data() == "Reviewed"
    assert "2 new of 3" in page.count_label.text()


def test_typed_or_scanned_digits_are_checked_against_the_safety_number(qtbot, sides) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    connect(patient, therapist, verified=False)
    page = show(qtbot, SharingPage(patient.ctx))
    safety = page.contacts.safety
    number = safety.number
    assert len(number) == 60
    qtbot.keyClicks(safety.compare_edit, " ".join(number[i:i + 5] for i in range(0, 60, 5)))
    assert safety.compare_result.text() == "These digits match the safety number."
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    safety.compare_edit.setText(wrong)
    assert "do not match" in safety.compare_result.text()
    safety.compare_edit.setText(qr_payload(number))  # what a phone's scanner gives
    assert "match the safety number" in safety.compare_result.text()
    safety.compare_edit.setText(number[:20])  # still typing: nothing said yet
    assert not safety.compare_result.isVisible()
