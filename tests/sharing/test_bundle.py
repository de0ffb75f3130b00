"""Share bundles: round trips at chunk boundaries, a byte-flip sweep, size caps, fuzzing."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.crypto import bundle as wire
from integration_journal.crypto import cbor
from integration_journal.errors import BundleProblem, BundleRejected
from tests.fixtures.share_vectors import keys as k

ID = bytes(range(16))


def _trusting(stable_id: bytes) -> wire.KnownSender | None:
    return wire.KnownSender(k.PATIENT.identity_public, True, None) if stable_id == k.PATIENT.stable_id else None


def _write(data: bytes, **options) -> bytes:
    return wire.write_bundle([wire.BundleItem("entry", ID, 7, data)], sender=k.PATIENT,
                             recipient=k.THERAPIST_CARD, sequence=3, created=k.CREATED, **options)


def _overhead() -> int:
    """Plaintext bytes around an item's data: the inner map and the signature."""
    empty = cbor.encode({"v": 1, "sender_id": ID, "sender_key": bytes(32), "seq": 3, "created": k.CREATED,
                         "bundle_id": ID, "recipient_fpr": bytes(32),
                         "items": [{"kind": "entry", "id": ID, "rev": 7, "data": b""}]})
    return len(empty) + wire.SIGNATURE_BYTES


@pytest.mark.parametrize("plain_size", [0, 1, wire.CHUNK - 1, wire.CHUNK, wire.CHUNK + 1, 2 * wire.CHUNK,
                                        3 * wire.CHUNK + 5])
def test_round_trip_at_chunk_boundaries(plain_size: int) -> None:
    # Sizes of the whole signed plaintext, so the chunk edges are hit exactly (data length adjusts;
    # CBOR's length prefix grows by a byte or two, which the loop corrects for).
    size = max(0, plain_size - _overhead())
    for _ in range(4):
        data = os.urandom(size)
        total = len(cbor.encode(data)) - 1 + _overhead()
        if total == plain_size or plain_size < _overhead():
            break
        size -= total - plain_size
    data = os.urandom(max(size, 0))
    seen: list[tuple[int, int]] = []
    bundle = _write(data, progress=lambda done, total: seen.append((done, total)))
    opened = wire.open_bundle(bundle, k.THERAPIST, _trusting, progress=lambda done, total: seen.append((done, total)))
    assert opened.items == (wire.BundleItem("entry", ID, 7, data),)
    assert (opened.sender_id, opened.sequence, opened.created) == (k.PATIENT.stable_id, 3, k.CREATED)
    assert seen and seen[-1][0] == seen[-1][1]


def test_the_bundle_id_is_fresh_and_the_header_names_only_the_recipient_key() -> None:
    first, second = _write(b"a"), _write(b"a")
    assert wire.read_header(first).bundle_id != wire.read_header(second).bundle_id
    assert wire.read_header(first).recipient_fpr == k.THERAPIST_CARD.recipient_fingerprint
    assert k.PATIENT.identity_public not in first and k.PATIENT.stable_id not in first


@pytest.mark.slow
def test_byte_flip_sweep_over_a_three_chunk_bundle_rejects_every_flip() -> None:
    bundle = _write(os.urandom(2 * wire.CHUNK + 3000))
    payload_at = len(wire.read_header(bundle).signed_prefix) + wire.ENC_CT_BYTES
    chunk_edges = [payload_at + wire.NONCE_BYTES + i * (wire.CHUNK + wire.TAG) for i in range(3)]
    # Every byte of the prefix, header, HPKE part and nonce; every byte within 48 of a chunk edge and
    # of the end; every 17th byte elsewhere (about 9,000 flips; the full sweep is in bench/fuzz_sharing.py).
    positions = set(range(payload_at + wire.NONCE_BYTES))
    for edge in chunk_edges + [len(bundle)]:
        positions.update(range(max(0, edge - 48), min(len(bundle), edge + 48)))
    positions.update(range(0, len(bundle), 17))
    assert len(positions) > 8000
    for position in sorted(positions):
        flipped = bytearray(bundle)
        flipped[position] ^= 0x40
        with pytest.raises(BundleRejected):
            wire.open_bundle(bytes(flipped), k.THERAPIST, _trusting)


def test_size_caps_are_checked_before_anything_else() -> None:
    with pytest.raises(BundleRejected) as caught:
        wire.open_bundle(b"IJSHARE\0" + bytes(wire.BUNDLE_MAX), k.THERAPIST, _trusting)
    assert caught.value.reason is BundleProblem.TOO_LARGE
    with pytest.raises(BundleRejected) as caught:
        _write(bytes(wire.BUNDLE_MAX))
    assert caught.value.reason is BundleProblem.TOO_LARGE


GOOD = None


def _good() -> bytes:
    global GOOD
    if GOOD is None:
        GOOD = _write(b"x" * 300)
    return GOOD


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000))
def test_bundle_parser_raises_only_bundle_rejected_on_random_bytes(data: bytes) -> None:
    for candidate in (data, wire.MAGIC + data, _good()[:13] + data):
        with pytest.raises(BundleRejected):
            wire.open_bundle(candidate, k.THERAPIST, _trusting)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), min_size=1, max_size=3,
                unique_by=lambda flip: flip[0]),
       st.integers(0, 40), st.binary(max_size=40))
def test_bundle_parser_rejects_every_mutation_of_a_real_bundle(flips, cut, tail) -> None:
    data = bytearray(_good())
    for position, mask in flips:
        data[position % len(data)] ^= mask
    mutated = bytes(data[:len(data) - cut]) + tail
    with pytest.raises(BundleRejected):
        wire.open_bundle(mutated, k.THERAPIST, _trusting)
