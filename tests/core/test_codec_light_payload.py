"""Codec.light_payload, what the vault's record index keeps of each record (docs/architecture.md "Decode on
demand"): decoding the light payload gives the very record that decoding the whole payload light gives."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from integration_journal.core import records as r
from integration_journal.core.codec import DEFAULT_CODEC, LIGHT_TEXT_CHARS
from tests.helpers.records import one_of_each

CODEC = DEFAULT_CODEC
SAMPLES = {type(record): record for record in one_of_each()}
# Text a body may hold: every plane, so cuts fall inside 1-, 2-, 3- and 4-byte UTF-8 characters.
BODY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=3 * LIGHT_TEXT_CHARS)


def assert_same_light(record_id: bytes, payload: bytes) -> tuple[bytes, bool]:
    """decode_light of light_payload(payload) equals decode_light(payload), every field; the flag the
    index keeps (cut) is the whole payload's flag."""
    light, cut = CODEC.light_payload(payload)
    whole_record, whole_flag = CODEC.decode_light(record_id, payload)
    light_record, light_flag = CODEC.decode_light(record_id, light)
    assert type(light_record) is type(whole_record)
    assert light_record == whole_record
    for field in dataclasses.fields(whole_record):
        assert getattr(light_record, field.name) == getattr(whole_record, field.name), field.name
    assert (light_flag or cut) == whole_flag
    if not cut:
        assert light == payload
    else:
        assert len(light) < len(payload) and whole_flag
    return light, cut


@pytest.mark.parametrize("kind", sorted(SAMPLES, key=lambda k: k.KIND), ids=lambda k: k.KIND)
def test_every_kind_as_the_samples_hold_it(kind):
    record = SAMPLES[kind]
    _, cut = assert_same_light(record.id, CODEC.encode(record))
    assert cut == (kind in (r.ReceivedItem, r.HistorySnapshot))  # the sample entry's body is short: kept whole


@settings(max_examples=300, deadline=None)
@given(body=BODY_TEXT, pad=st.sampled_from(["", "a", "é", "日", "😀"]),
       size=st.sampled_from([0, LIGHT_TEXT_CHARS - 1, LIGHT_TEXT_CHARS, LIGHT_TEXT_CHARS + 1]))
@example(body="a" * LIGHT_TEXT_CHARS, pad="", size=0)
@example(body="é" * LIGHT_TEXT_CHARS, pad="", size=0)
@example(body="a" * (LIGHT_TEXT_CHARS + 1), pad="", size=0)
@example(body="a" * (LIGHT_TEXT_CHARS - 1) + "😀" + "b" * 500, pad="", size=0)
@example(body="日" * (LIGHT_TEXT_CHARS * 2), pad="", size=0)
def test_entries_with_any_body(body, pad, size):
    """Bodies around the cut, with multi-byte characters right at it (a prefix of `size` copies of `pad`
    moves the body's own characters across LIGHT_TEXT_CHARS)."""
    entry = dataclasses.replace(SAMPLES[r.Entry], body=pad * size + body)
    light, cut = assert_same_light(entry.id, CODEC.encode(entry))
    assert cut == (len(entry.body) > LIGHT_TEXT_CHARS)
    if cut:
        assert light.endswith(entry.body[:LIGHT_TEXT_CHARS].encode("utf-8"))
        assert CODEC.decode_light(entry.id, light)[0].body == entry.body[:LIGHT_TEXT_CHARS]


@settings(max_examples=100, deadline=None)
@given(payload=st.binary(max_size=4 * LIGHT_TEXT_CHARS))
def test_received_items_keep_no_payload(payload):
    item = dataclasses.replace(SAMPLES[r.ReceivedItem], payload=payload)
    light, cut = assert_same_light(item.id, CODEC.encode(item))
    assert cut == bool(payload)
    assert light.endswith(b"\0") and CODEC.decode_light(item.id, light)[0].payload == b""


@given(payload=st.binary(max_size=2000))
@example(payload=b'{"k":"entry"\0' + b"x" * 1000)
@example(payload=b'{"k":"entry","v":1}\0' + b"\xff" * 1000)
@example(payload=b'{"k":"received"\0' + b"x" * 10)
def test_any_bytes_never_raise(payload):
    """Not a payload of ours (or a damaged one): kept whole, so decoding decides exactly as before."""
    light, cut = CODEC.light_payload(payload)
    if not cut:
        assert light == payload
    else:
        assert payload.startswith(light[:light.index(b"\0") + 1])


def test_a_body_that_is_not_text_after_the_cut_is_kept_whole():
    entry = dataclasses.replace(SAMPLES[r.Entry], body="a" * 400)
    payload = CODEC.encode(entry) + b"\xff\xfe"
    assert CODEC.light_payload(payload) == (payload, False)
