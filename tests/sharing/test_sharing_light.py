"""The sharing service over a therapist's journal opened as the app opens it, received payloads held
light (issue #16, docs/architecture.md "Decode on demand"): the Inbox's list holds no payloads, an item
opened is read whole, a re-sent item is compared with what is stored, and marking one reviewed keeps
its payload."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.storage.workspace import Workspace
from tests.helpers.shares import share_bytes
from tests.helpers.workspaces import PASSPHRASE

BODY = "What I want to bring up next time. " * 30


def test_received_items_are_held_light_and_read_whole_when_opened(pair, tmp_path: Path, fast_kdf) -> None:
    patient, therapist, ps, ts, at_patient, at_therapist, _ = pair
    ps.verify(at_patient)
    ts.verify(at_therapist)
    entry = patient.journal.add(r.Entry(title="for Thursday", body=BODY, share=True))
    ts.receive(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
    therapist.close()
    light = Workspace.open(tmp_path / "t", PASSPHRASE, policy=fast_kdf, backup=False, light=True)
    try:
        service = SharingService(light.journal)
        [item] = service.received_items()
        assert item.payload == b"" and light.journal.is_light(item)
        opened = service.open_received(item, "Sam")
        assert opened is not None and opened.record.body == BODY
        [listed] = service.received()
        assert listed.record.body == BODY

        # Shared again unchanged: the stored payload is compared whole (the held one is empty), so
        # nothing is updated; then the patient edits the entry and shares again: updated.
        again = service.receive(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
        assert (again.added, again.updated) == (0, 0)
        patient.journal.update(dataclasses.replace(patient.journal.get(entry.id), body=BODY + "Changed."))
        result = service.receive(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
        assert result.updated == 1
        [item] = service.received_items()
        assert service.open_received(item).record.body == BODY + "Changed."

        # Marking it reviewed from the light list keeps the payload.
        light.journal.update(dataclasses.replace(item, reviewed=True))
        whole = light.journal.get(item.id)
        assert whole.reviewed and service.open_received(whole).record.body == BODY + "Changed."
    finally:
        light.close()


def test_a_patients_items_are_read_whole_in_batches_not_one_by_one(pair, tmp_path: Path, fast_kdf) -> None:
    # A dashboard opens every item one patient shared (about a thousand on a long therapy): they are read
    # from the store in a few batches, each item once, and open exactly as one by one.
    patient, therapist, ps, ts, at_patient, at_therapist, _ = pair
    ps.verify(at_patient)
    ts.verify(at_therapist)
    patient.journal.add_many([r.Entry(title=f"Entry {n}", body=BODY + str(n), share=True) for n in range(30)])
    ts.receive(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
    therapist.close()
    light = Workspace.open(tmp_path / "t", PASSPHRASE, policy=fast_kdf, backup=False, light=True)
    try:
        service = SharingService(light.journal)
        [sender] = [c for c in light.journal.list(r.Contact) if c.role is r.Role.PATIENT]
        reads: list[int] = []
        read_many = light.vault.read_many

        def counted(ids):
            ids = list(ids)
            reads.append(len(ids))
            return read_many(ids)

        light.vault.read_many = counted
        items = service.whole_items(sender)
        assert len(items) == 30 and all(item.payload for item in items)
        assert reads == [30]  # one batch for thirty items
        opened = service.received(items=items)
        assert sorted(rec.record.body for rec in opened) == sorted(BODY + str(n) for n in range(30))
        assert reads == [30]  # opening what was read reads nothing more
        one_by_one = [service.open_received(item) for item in service.received_items()]
        assert [rec.record for rec in opened] == [rec.record for rec in one_by_one]
    finally:
        light.close()
