"""The record kinds sharing added or changed keep reading what earlier versions wrote."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.errors import UndecodableRecord, ValidationError

NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.timezone.utc)


def _v1(record: r.Record, drop: tuple[str, ...] = ()) -> bytes:
    """The all-JSON schema-1 payload an earlier version wrote."""
    document = codec.DEFAULT_CODEC.to_document(record)
    document["v"] = 1
    for name in drop:
        del document["d"][name]
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def _item(payload: bytes) -> r.ReceivedItem:
    return r.ReceivedItem(sender_id=bytes(16), bundle_id=bytes(range(16)), sequence=3, item_kind="entry",
                          item_id=b"\x07" * 16, payload=payload, received_at=NOW, created=NOW, updated=NOW)


@pytest.mark.parametrize("payload", [b"", b"\x00", b'{"k":"entry"}\x00body', bytes(range(256)) * 10])
def test_received_item_payload_is_stored_raw_after_the_envelope(payload: bytes) -> None:
    item = _item(payload)
    encoded = codec.encode(item)
    head, _, tail = encoded.partition(b"\0")
    assert tail == payload and b"payload" not in head
    assert codec.decode(item.id, encoded) == item
    assert codec.decode(item.id, _v1(item)) == item  # base64 inside JSON, as schema 1 stored it


def test_a_received_item_stored_twice_or_cut_is_refused() -> None:
    item = _item(b"abc")
    head = _v1(item).replace(b'"v":1', b'"v":2')
    with pytest.raises(UndecodableRecord, match="stored twice"):
        codec.decode(item.id, head + b"\0abc")


def test_contact_schema_1_reads_with_no_sequence_and_no_seen_bundles() -> None:
    contact = r.Contact(name="Dr Lee", role="therapist", verified=True, key_fingerprints=[b"\x01" * 32],
                        created=NOW, updated=NOW)
    old = codec.decode(contact.id, _v1(contact, drop=("last_sequence", "seen_bundles")))
    assert old == contact and old.last_sequence is None and old.seen_bundles == ()
    newer = r.Contact(name="Dr Lee", role="therapist", last_sequence=4, seen_bundles=[b"\x02" * 16],
                      created=NOW, updated=NOW)
    assert codec.decode(newer.id, codec.encode(newer)) == newer


def test_identity_fields_have_exact_sizes_and_round_trip() -> None:
    keys = dict(stable_id=b"\x01" * 16, signing_seed=b"\x02" * 32, mlkem_seed=b"\x03" * 64,
                x25519_seed=b"\x04" * 32)
    identity = r.Identity(**keys, created=NOW, updated=NOW)
    assert codec.decode(identity.id, codec.encode(identity)) == identity
    assert r.Identity.KEEPS_HISTORY is False
    assert "seed" not in repr(identity) and "\\x02" not in repr(identity)
    with pytest.raises(ValidationError, match="mlkem_seed"):
        r.Identity(**(keys | {"mlkem_seed": b"\x03" * 63}))
    with pytest.raises(ValidationError, match="next_sequence"):
        r.Identity(**keys, next_sequence=0)
