"""Fixtures of the sharing tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_journal.core.sharing import SharingService
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def pair(tmp_path: Path, fast_kdf):
    """A patient's and a therapist's vault, each with the other as an (unverified) contact:
    (patient, therapist, their services, the therapist at the patient, the patient at the therapist,
    and `make` for another vault)."""
    opened = []

    def make(name: str, role: str, display: str) -> Workspace:
        ws, _ = Workspace.create(tmp_path / name, PASSPHRASE, role=role, display_name=display, policy=fast_kdf)
        opened.append(ws)
        return ws

    patient, therapist = make("p", "patient", "Sam"), make("t", "therapist", "Dr Lee")
    ps, ts = SharingService(patient.journal), SharingService(therapist.journal)
    at_patient = ps.add_contact(ts.my_card().raw).contact
    at_therapist = ts.add_contact(ps.my_card().to_text()).contact
    yield patient, therapist, ps, ts, at_patient, at_therapist, make
    for ws in opened:
        ws.close()
