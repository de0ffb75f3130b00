"""Share files are bounded in memory, not only in bytes (#14 item 5): one CBOR decode builds at most
cbor.MAX_VALUES values, so 64 MB of one-byte empty arrays cannot become gigabytes of Python lists."""

from __future__ import annotations

import os

import pytest

from integration_journal.crypto import bundle as wire
from integration_journal.crypto import cbor
from integration_journal.errors import BundleProblem, BundleRejected
from tests.fixtures.share_vectors import keys as k

EMPTY_ARRAY = b"\x80"


def _array_head(count: int) -> bytes:
    return cbor.encode([None] * count)[: -count]  # the head alone (None is one byte each)


def test_a_decode_stops_at_its_value_budget() -> None:
    ten_empty = _array_head(10) + EMPTY_ARRAY * 10  # 11 values
    assert cbor.decode(ten_empty, max_values=11) == [[]] * 10
    with pytest.raises(cbor.CborError, match="more values"):
        cbor.decode(ten_empty, max_values=10)
    nested = cbor.encode({"a": [1, 2, {"b": b"x"}]})  # map, key, list, 1, 2, map, key, bytes: 8
    assert cbor.decode(nested, max_values=8) == {"a": [1, 2, {"b": b"x"}]}
    with pytest.raises(cbor.CborError):
        cbor.decode(nested, max_values=7)


def test_the_budget_holds_the_largest_share_file_twice_over() -> None:
    per_item = 1 + 2 * 4  # a map of kind, id, rev, data
    assert cbor.MAX_VALUES >= 2 * (wire.ITEMS_MAX * per_item + 1 + 2 * 8)


def _bundle_around(inner: bytes) -> bytes:
    """A share file for the therapist whose signed content is `inner`, as anyone holding the
    therapist's card could make it (the signature is never reached)."""
    plain = inner + bytes(wire.SIGNATURE_BYTES)
    payload_len = wire._encrypted_size(len(plain))
    bundle_id = os.urandom(16)
    header = cbor.encode({"bundle_id": bundle_id, "recipient_fpr": k.THERAPIST_CARD.recipient_fingerprint,
                          "payload_len": payload_len})
    signed_prefix = wire.PREFIX.pack(wire.MAGIC, wire.VERSION, wire.SUITE, len(header)) + header
    file_key = os.urandom(32)
    enc_ct = wire.HPKE_SUITE.encrypt(file_key, k.THERAPIST_CARD.hpke_public_key(), info=wire._INFO + signed_prefix)
    return signed_prefix + enc_ct + wire.seal_stream(file_key, os.urandom(wire.NONCE_BYTES), plain)


def test_a_share_file_of_empty_arrays_over_the_budget_is_refused_as_malformed(monkeypatch) -> None:
    monkeypatch.setattr(cbor, "MAX_VALUES", 300_000)  # the real one takes seconds of pure Python to reach
    rows = cbor.MAX_VALUES // cbor.MAX_ITEMS + 1
    inner = _array_head(rows) + (_array_head(cbor.MAX_ITEMS) + EMPTY_ARRAY * cbor.MAX_ITEMS) * rows
    decoded: list[int] = []
    real = cbor._decode

    def counting(*args):
        decoded.append(1)
        return real(*args)

    monkeypatch.setattr(cbor, "_decode", counting)
    with pytest.raises(BundleRejected) as refused:
        wire.open_bundle(_bundle_around(inner), k.THERAPIST, lambda stable_id: None)
    assert refused.value.reason is BundleProblem.MALFORMED_CONTENT
    # Stopped at the budget, not at the end of the 400,000 arrays (the header is a few values more).
    assert cbor.MAX_VALUES < len(decoded) < cbor.MAX_VALUES + 20
