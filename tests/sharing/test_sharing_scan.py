"""Scanning a drop folder when some of it cannot be read, and reading received items without decoding them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.core import sharing
from integration_journal.core.sharing import FolderUnavailable, ShareSelection, SharingService
from integration_journal.errors import SharingError
from tests.helpers.shares import share_bytes


def _two_files(pair, folder: Path) -> tuple[Path, Path]:
    patient, _therapist, ps, ts, at_patient, at_therapist, _make = pair
    ps.verify(at_patient)
    ts.verify(at_therapist)
    folder.mkdir()
    paths = []
    for name in ("a", "b"):
        patient.journal.add(r.Entry(title=f"Entry {name}", body="b", share=True))
        path = folder / f"{name}.ijshare"
        path.write_bytes(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
        paths.append(path)
    return paths[0], paths[1]


def test_a_file_that_cannot_be_read_is_named_and_the_others_still_come_in(pair, tmp_path, monkeypatch) -> None:
    ts = pair[3]
    first, second = _two_files(pair, tmp_path / "drop")
    real = sharing.read_bundle_file

    def flaky(path: Path) -> bytes:
        if path == second:
            raise SharingError("The share file could not be read (Permission denied).")
        return real(path)

    with monkeypatch.context() as patched:
        patched.setattr(sharing, "read_bundle_file", flaky)
        scan = ts.scan_folder(tmp_path / "drop")
    assert scan.unreadable == (second,)
    assert [path for path, _result in scan.imported] == [first]
    # Readable again: the next scan brings it in, and the other one is not imported twice.
    again = ts.scan_folder(tmp_path / "drop")
    assert [path for path, _result in again.imported] == [second] and again.already == (first,)
    assert again.unreadable == ()


def test_a_missing_folder_is_a_typed_error(pair, tmp_path) -> None:
    ts = pair[3]
    _two_files(pair, tmp_path / "drop")
    shutil.rmtree(tmp_path / "drop")
    with pytest.raises(FolderUnavailable, match="could not be read"):
        ts.scan_folder(tmp_path / "drop")
    with pytest.raises(FolderUnavailable):
        ts.scan_folder(tmp_path / "not-a-folder.txt")


def test_received_items_come_undecoded_and_open_one_at_a_time(pair, tmp_path) -> None:
    _patient, therapist, _ps, ts, _at_patient, at_therapist, _make = pair
    _two_files(pair, tmp_path / "drop")
    ts.scan_folder(tmp_path / "drop")
    items = ts.received_items()
    assert len(items) == 2 and all(isinstance(item, r.ReceivedItem) for item in items)
    assert ts.contact_names() == {at_therapist.id: "Sam"}
    opened = [ts.open_received(item, "Sam") for item in items]
    assert sorted(o.record.title for o in opened) == ["Entry a", "Entry b"]
    assert [(o.item, o.record) for o in opened] == [(rec.item, rec.record) for rec in ts.received()]
    broken = therapist.journal.update(dataclasses.replace(items[0], payload=b"\xff\x00"))
    assert ts.open_received(broken) is None
    assert len(ts.received()) == 1  # the undecodable one is left out of the decoded list


def test_another_therapist_never_sees_the_files(pair, tmp_path, fast_kdf) -> None:
    make = pair[6]
    _two_files(pair, tmp_path / "drop")
    other = SharingService(make("o", "therapist", "Dr Kim").journal)
    scan = other.scan_folder(tmp_path / "drop")
    assert scan.imported == () and len(scan.ignored) == 2 and scan.unreadable == ()
    assert other.received_items() == []
