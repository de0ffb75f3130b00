"""Contact cards (binary and text) and safety numbers."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.crypto import cbor
from integration_journal.crypto.cards import (
    MAGIC,
    ContactCard,
    IdentityKeys,
    format_fingerprint,
    parse_any_card,
    parse_card,
    parse_card_text,
)
from integration_journal.crypto.safety_number import formatted, grouped, matches_qr, qr_payload, safety_number
from integration_journal.errors import CardProblem, CardRejected
from tests.fixtures.share_vectors import keys as k


def _rejected(reason: CardProblem, data) -> None:
    with pytest.raises(CardRejected) as caught:
        parse_any_card(data)
    assert caught.value.reason is reason


def test_a_card_round_trips_as_bytes_and_as_text() -> None:
    card = k.THERAPIST_CARD
    assert parse_card(card.raw) == card
    assert (card.name, card.role, card.created) == ("Dr Lee", "therapist", k.CREATED)
    assert len(card.mlkem_pk) == 1184 and len(card.x25519_pk) == 32 and len(card.identity_key) == 32
    text = card.to_text()
    assert parse_card_text(text) == card
    # Pasted into a mail client: quoted, CRLF line ends, words around it.
    quoted = "Hi Sam,\r\n\r\n" + "".join("> " + line + "\r\n" for line in text.splitlines()) + "\r\nBest"
    assert parse_any_card(quoted) == card
    assert parse_any_card(text.encode()) == card
    assert len(format_fingerprint(card.fingerprint).split(" ")) == 16


def test_card_rejections_name_one_reason_each() -> None:
    raw = k.THERAPIST_CARD.raw
    _rejected(CardProblem.TOO_LARGE, raw + bytes(5000))
    _rejected(CardProblem.NOT_A_CARD, b"hello")
    _rejected(CardProblem.NOT_A_CARD, "no card in this text")
    _rejected(CardProblem.UNSUPPORTED_VERSION, b"IJCARD2\0" + raw[8:])
    _rejected(CardProblem.MALFORMED, MAGIC + b"\x00" * 80)
    _rejected(CardProblem.BAD_SIGNATURE, raw[:-1] + bytes([raw[-1] ^ 1]))
    body = cbor.decode(raw[8:-64])
    body["name"] = "Mallory"
    _rejected(CardProblem.BAD_SIGNATURE, MAGIC + cbor.encode(body) + raw[-64:])
    body = cbor.decode(raw[8:-64])
    body["mlkem768"] = b"\xff" * 1184  # coefficients out of range: not an ML-KEM key
    _rejected(CardProblem.BAD_KEY, MAGIC + cbor.encode(body) + raw[-64:])
    body = cbor.decode(raw[8:-64])
    body["extra"] = 1
    _rejected(CardProblem.MALFORMED, MAGIC + cbor.encode(body) + raw[-64:])
    lines = k.THERAPIST_CARD.to_text().splitlines()
    lines[2] = lines[2][:-1] + ("A" if lines[2][-1] != "A" else "B")
    _rejected(CardProblem.BAD_CHECKSUM, "\n".join(lines))


def test_safety_number_is_60_digits_in_12_groups_and_the_same_on_both_screens() -> None:
    number = safety_number(k.PATIENT_CARD, k.THERAPIST_CARD)
    assert number == safety_number(k.THERAPIST_CARD, k.PATIENT_CARD)
    assert len(number) == 60 and number.isdigit()
    assert [len(g) for g in grouped(number)] == [5] * 12
    assert matches_qr(number, qr_payload(number)) and matches_qr(number, formatted(number))
    assert not matches_qr(number, qr_payload(number)[:-1] + "x")
    assert number != safety_number(k.PATIENT_CARD, k.OTHER_THERAPIST_CARD)


@pytest.mark.slow
def test_any_single_bit_flip_in_a_key_changes_the_safety_number() -> None:
    # docs/security-design.md §11.24 asks for 10,000 flips (bench/fuzz_sharing.py --fingerprints); 80 here.
    rng = random.Random(24)
    base = safety_number(k.PATIENT_CARD, k.THERAPIST_CARD)
    for _ in range(80):
        field = rng.choice(("identity_key", "mlkem_pk", "x25519_pk"))
        value = bytearray(getattr(k.THERAPIST_CARD, field))
        value[rng.randrange(len(value))] ^= 1 << rng.randrange(8)
        changed = dataclasses.replace(k.THERAPIST_CARD, **{field: bytes(value)})
        assert safety_number(k.PATIENT_CARD, changed) != base


def test_identity_keys_make_a_card_that_checks() -> None:
    keys = IdentityKeys.generate()
    card = keys.card("Sam", "patient", 1)
    assert isinstance(card, ContactCard) and card.identity_key == keys.identity_public
    assert card.recipient_fingerprint == keys.recipient_fingerprint
    assert "seed" not in repr(keys) or "signing_seed=" not in repr(keys)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_card_parser_raises_only_card_rejected_on_random_bytes(data: bytes) -> None:
    for candidate in (data, MAGIC + data):
        try:
            parse_any_card(candidate)
        except CardRejected:
            pass


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1416), st.integers(1, 255)), min_size=1, max_size=4,
                unique_by=lambda flip: flip[0]))
def test_card_parser_rejects_every_mutation_of_a_real_card(flips) -> None:
    data = bytearray(k.THERAPIST_CARD.raw)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    with pytest.raises(CardRejected):
        parse_card(bytes(data))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_card_text_parser_raises_only_card_rejected(text: str) -> None:
    for candidate in (text, "-----BEGIN INTEGRATION JOURNAL CONTACT CARD-----\n" + text
                      + "\n-----END INTEGRATION JOURNAL CONTACT CARD-----"):
        try:
            parse_card_text(candidate)
        except CardRejected:
            pass


def test_golden_cards_still_open_and_are_reproducible() -> None:
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "fixtures" / "share_vectors"
    therapist = parse_any_card((folder / "therapist.ijcard").read_bytes())
    patient = parse_any_card((folder / "patient.ijcard.txt").read_text(encoding="utf-8"))
    assert therapist == k.THERAPIST_CARD and patient == k.PATIENT_CARD
    # Pinned: a change to the safety-number derivation would make every pair of people re-verify.
    assert formatted(safety_number(patient, therapist)) == ("15834 34473 96433 55141 71256 44963 "
                                                            "81643 00739 45592 39220 31894 27971")
