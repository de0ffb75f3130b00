"""Sharing screens for bench/screenshots.py: a throw-away therapist vault that has exchanged cards with the
demo patient, received their flagged entries and a PHQ-9, and written a comment and a prompt pack.

`prepare(access, demo, folder)` sets both sides up once; `render(...)` saves the patient's Sharing tabs,
the therapist's Inbox, Patients dashboard and Prompt packs pages, and the share preview.
"""

from __future__ import annotations

import json
from pathlib import Path

PACK = {
    "schema_version": 1, "id": "dr-lee-between", "title": "Between sessions", "author": "Dr Lee", "version": 1,
    "phases": [{"id": "ongoing", "prompts": [
        {"id": "lee-walks", "text": "What did you notice on your walks this week?", "input": "long_text",
         "tags": ["nature"]},
        {"id": "lee-settled", "text": "How settled did you feel today?", "input": "slider_0_10", "tags": ["core"]},
        {"id": "lee-words", "text": "Which words fit today?", "input": "chips", "tags": ["mind"],
         "options": [{"id": "calm", "label": "Calm"}, {"id": "tender", "label": "Tender"},
                     {"id": "restless", "label": "Restless"}]}]}],
}


def prepare(access, demo, folder: Path, policy):
    """The therapist workspace (open) after one round trip with the demo patient."""
    from integration_journal.core import records as r
    from integration_journal.core.sharing import ShareSelection, SharingService
    from integration_journal.storage.workspace import Workspace

    therapist, _kit = Workspace.create(folder / "therapist", demo.passphrase, role="therapist",
                                       display_name="Dr Lee", policy=policy)
    patient = access.open(demo.passphrase)
    try:
        ps, ts = SharingService(patient.journal), SharingService(therapist.journal)
        at_patient = ps.verify(ps.add_contact(ts.my_card().raw).contact)
        at_therapist = ts.verify(ts.add_contact(ps.my_card().raw).contact)
        phq9 = [q.id for q in patient.journal.list(r.QuestionnaireResponse) if q.instrument == "phq9"][:3]
        sessions = [s.id for s in patient.journal.list(r.TreatmentSession)][:4]
        selection = ShareSelection(flagged=True, questionnaire_ids=tuple(phq9), session_ids=tuple(sessions),
                                   checkins=True)
        out: list[bytes] = []
        ps.write_share(ps.preview(at_patient, selection), out.append)
        ts.receive(out[0])
        received = ts.received(at_therapist, kinds=("entry",))
        if received:
            ts.annotate(received[0].item.id, "Thank you for writing this down; let's talk about it.", for_patient=True)
            ts.mark(received[0].item.id, reviewed=True, discuss_next_time=True)
        pack = therapist.journal.add(r.PromptPackRecord(pack_id=PACK["id"], title=PACK["title"], version=1,
                                                        content=json.dumps(PACK, indent=2).encode(), enabled=False))
        reply: list[bytes] = []
        ts.write_share(ts.preview(at_therapist, ShareSelection(pending_comments=True, prompt_pack_ids=(pack.id,))),
                       reply.append)
        ps.receive(reply[0])
    finally:
        patient.close()
    return therapist


def render(therapist, dialogs, scheme: str, out: Path, written: list[Path], save, size) -> None:
    from integration_journal.ui.main_window import MainWindow

    window = MainWindow(therapist, dialogs)
    window.resize(*size)
    window.show()
    try:
        for page_id in ("inbox", "patients", "prompt_packs"):
            index = window.page_index(page_id)
            if index is None:
                continue
            window.show_page(index)
            page = window.current_page()
            if page_id == "patients":
                page.tabs.setCurrentIndex(page.TAB_PATIENTS)
                save(window, out, f"patients-{scheme}", written)
                page.tabs.setCurrentIndex(page.TAB_DASHBOARD)
                save(window, out, f"patient-dashboard-{scheme}", written)
                page.scroll.verticalScrollBar().setValue(page.trends.y() - 10)
                save(window, out, f"patient-dashboard-trends-{scheme}", written)
            elif page_id == "prompt_packs":
                save(window, out, f"prompt-packs-{scheme}", written)
                page.editor_tabs.setCurrentIndex(1)
                save(window, out, f"prompt-pack-preview-{scheme}", written)
                page.editor_tabs.setCurrentIndex(0)
            else:
                save(window, out, f"{page_id}-{scheme}", written)
    finally:
        window.close()
        window.deleteLater()


def render_patient_sharing(window, scheme: str, out: Path, written: list[Path], save) -> None:
    """The Sharing page's tabs, the preview dialog, and an entry with its therapist's comment."""
    from integration_journal.core import records as r

    commented = [a.target_id for a in window.ctx.journal.list(r.Annotation)]
    journal = window.page_index("journal")
    if commented and journal is not None:
        window.show_page(journal, entry_id=commented[0])
        save(window, out, f"journal-comment-{scheme}", written)
    index = window.page_index("sharing")
    if index is None:
        return
    window.show_page(index)
    page = window.current_page()
    for tab, name in ((page.TAB_SHARE, "sharing-share"), (page.TAB_HISTORY, "sharing-history"),
                      (page.TAB_REPLIES, "sharing-replies")):
        page.tabs.setCurrentIndex(tab)
        save(window, out, f"{name}-{scheme}", written)
    page.tabs.setCurrentIndex(page.TAB_SHARE)
    page.start_share()
    dialog = page.writer.dialog
    if dialog is not None:
        dialog.full_button.setChecked(True)
        save(dialog, out, f"share-preview-{scheme}", written)
        dialog.reject()
    page.tabs.setCurrentIndex(page.TAB_CONTACTS)
