"""The frozen v1 journal (tests/fixtures/journal_v1, written once by make_journal_v1.py) must open in
every later version with exactly its domain records. Tests work on a copy."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "journal_v1"
PASSPHRASE = "fixture journal v1"
SHA256 = "ba93dfeefe71e3969365d8687a31f18797409108f0d1dc50972b51139632170e"
TZ = dt.timezone(dt.timedelta(hours=-5))


def rid(n: int) -> bytes:
    return bytes.fromhex(f"2a2a2a2a00000000000000000000{n:04x}")


@pytest.fixture
def journal_copy(tmp_path: Path) -> Path:
    assert hashlib.sha256((FIXTURE / "journal.ijvault").read_bytes()).hexdigest() == SHA256, \
        "the frozen fixture was changed; restore it from git instead of regenerating it"
    target = tmp_path / "copy"
    target.mkdir(mode=0o700)
    shutil.copy2(FIXTURE / "journal.ijvault", target / "journal.ijvault")
    return target


def test_the_v1_journal_reads_back_exactly(journal_copy: Path) -> None:
    with Workspace.open(journal_copy, PASSPHRASE, policy=INSECURE_TEST_POLICY) as ws:
        assert ws.damaged == []
        j = ws.journal
        (profile,) = j.list(kind="profile")
        assert profile.display_name == "Fixture Patient" and profile.role is r.Role.PATIENT
        session = j.get_as(rid(1), r.TreatmentSession)
        t0 = dt.datetime(2025, 3, 4, 10, 0, tzinfo=TZ)
        assert session.when == t0 and session.route is r.Route.IV and session.setting is r.Setting.CLINIC
        assert session.dose_mg == 35.0 and session.bp_before == r.BloodPressure(122, 80)
        assert session.side_effects == (r.SideEffectReport("nausea", 1),
                                        r.SideEffectReport("dissociation", 2, r.EffectDuration.ONE_TO_4H))
        entry = j.get_as(rid(2), r.Entry)
        assert entry.title == "After session one (edited)"
        assert entry.body == "# Notes\n\nFelt *lighter*. Café by the river — ünïcode ✓"
        assert entry.tags == ("insight", "self-care") and entry.phase is r.Phase.SAME_DAY
        assert entry.session_id == rid(1) and entry.share and entry.question_for_therapist
        assert [a.prompt_id for a in entry.prompt_answers] == ["sd-01", "sd-02"]
        assert entry.created == t0 + dt.timedelta(hours=5)
        (earlier,) = j.history(rid(2))
        assert j.restore(earlier.id).title == "After session one"
        checkin = j.get_as(rid(3), r.CheckIn)
        assert (checkin.date, checkin.mood, checkin.anxiety, checkin.pain, checkin.sleep_hours) == \
            (dt.date(2025, 3, 5), 6, 4, 2, 7.5)
        phq = j.get_as(rid(4), r.QuestionnaireResponse)
        assert phq.answers == (1, 2, 1, 0, 1, 2, 1, 0, 0) and phq.baseline
        assert j.get_as(rid(5), r.Reframe).source_id == rid(2)
        assert j.get_as(rid(6), r.Commitment).checkoffs == (dt.date(2025, 3, 6), dt.date(2025, 3, 7))
        assert [hit.record.id for hit in j.search("cafe")] == [rid(2)]


def test_the_v1_journal_recovers_with_its_kit(journal_copy: Path) -> None:
    kit = (FIXTURE / "recovery-kit.txt").read_text().strip()
    ws, new_kit = Workspace.recover(journal_copy, kit, "a new passphrase for the fixture",
                                    policy=INSECURE_TEST_POLICY)
    with ws:
        assert new_kit.text() != kit
        assert len(ws.journal.list(kind="entry")) == 1
