"""storage.rollback_guard: this computer's memory of the newest epoch of each journal. It only ever
raises on its own, survives a damaged file as "nothing remembered", and never makes a save fail."""

from __future__ import annotations

import json
from pathlib import Path

from integration_journal.storage import rollback_guard
from integration_journal.storage.rollback_guard import KEEP, RollbackGuard, Seen

A, B = b"\xaa" * 16, b"\xbb" * 16


def test_record_only_raises_and_reset_sets(tmp_path: Path) -> None:
    guard = RollbackGuard(tmp_path / "settings" / "opened-journals.json")
    assert guard.seen(A) is None
    guard.record(A, 5, b"day5")
    guard.record(A, 3, b"day3")
    assert guard.seen(A) == Seen(5, b"day5")
    guard.reset(A, 2, b"day2")
    assert guard.seen(A) == Seen(2, b"day2")
    guard.record(B, 1, b"")
    assert guard.seen(B) == Seen(1, None) and guard.seen(A) == Seen(2, b"day2")
    guard.forget(A)
    assert guard.seen(A) is None and guard.seen(B) is not None


def test_a_damaged_file_means_nothing_remembered(tmp_path: Path) -> None:
    path = tmp_path / "opened-journals.json"
    guard = RollbackGuard(path)
    for content in ("", "{", "[]", '{"format": 2, "journals": {}}', '{"format": 1, "journals": []}',
                    json.dumps({"format": 1, "journals": {A.hex(): ["x", "00"]}}),
                    json.dumps({"format": 1, "journals": {A.hex(): [-1, "00"]}})):
        path.write_text(content)
        assert guard.seen(A) is None
    guard.record(A, 7, b"\x01")  # and the next save writes it afresh
    assert guard.seen(A) == Seen(7, b"\x01")


def test_only_the_most_recently_written_are_kept(tmp_path: Path) -> None:
    guard = RollbackGuard(tmp_path / "opened-journals.json")
    guard.record(A, 1, b"")
    for index in range(KEEP - 1):
        guard.record(index.to_bytes(16, "big"), 1, b"")
    guard.record(A, 2, b"")  # written again: most recent
    guard.record(B, 1, b"")  # one too many: the least recently written goes
    assert guard.seen(A) == Seen(2, None) and guard.seen(B) is not None
    assert guard.seen((0).to_bytes(16, "big")) is None
    assert len(json.loads(guard.path.read_text())["journals"]) == KEEP


def test_a_folder_that_cannot_be_written_never_fails_a_save(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    guard = RollbackGuard(blocker / "opened-journals.json")
    guard.record(A, 1, b"")
    guard.reset(A, 1, b"")
    assert guard.seen(A) is None
    assert not list(tmp_path.glob("**/*.partial"))


def test_the_file_is_in_the_apps_settings_folder(tmp_path: Path) -> None:
    guard = RollbackGuard.for_this_computer()
    assert guard.path.name == rollback_guard.FILE_NAME
    assert guard.path.parent == tmp_path / "home" / ".config" / "integration-journal"  # the isolated XDG dir
