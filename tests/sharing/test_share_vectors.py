"""The committed negative vectors: each maps to exactly its BundleProblem and releases nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from integration_journal.crypto import bundle as wire
from integration_journal.errors import BundleProblem, BundleRejected
from tests.fixtures.share_vectors import keys as k

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "share_vectors"
MANIFEST = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))


def trust(label: str) -> wire.SenderLookup:
    state = {
        "default": wire.KnownSender(k.PATIENT.identity_public, True, k.LAST_SEQUENCE, frozenset({k.SEEN_BUNDLE_ID})),
        "unverified": wire.KnownSender(k.PATIENT.identity_public, False, k.LAST_SEQUENCE, frozenset()),
        "other_key": wire.KnownSender(k.OTHER_PATIENT.identity_public, True, k.LAST_SEQUENCE, frozenset()),
    }.get(label)
    return lambda stable_id: state if state is not None and stable_id == k.PATIENT.stable_id else None


def test_there_are_at_least_40_negative_vectors_covering_every_reason() -> None:
    negative = [v for v in MANIFEST if v["expect"] != "ok"]
    assert len(negative) >= 40
    covered = {v["expect"] for v in negative}
    # UNEXPECTED_ITEMS depends on the receiving vault's role: tests/sharing/test_sharing_service.py.
    assert covered == {p.name for p in BundleProblem} - {"UNEXPECTED_ITEMS"}


@pytest.mark.parametrize("vector", MANIFEST, ids=[v["file"] for v in MANIFEST])
def test_vector(vector: dict) -> None:
    data = (FOLDER / vector["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == vector["sha256"], "committed vectors are frozen"
    released: list[object] = []
    if vector["expect"] == "ok":
        contents = wire.open_bundle(data, k.THERAPIST, trust(vector["trust"]))
        assert contents.sender_id == k.PATIENT.stable_id and contents.sequence == k.SEQUENCE
        return
    with pytest.raises(BundleRejected) as caught:
        released.append(wire.open_bundle(data, k.THERAPIST, trust(vector["trust"])))
    assert caught.value.reason is BundleProblem[vector["expect"]], vector["description"]
    assert released == []
    assert str(caught.value) == caught.value.reason.value  # the message is the reason, nothing quoted
