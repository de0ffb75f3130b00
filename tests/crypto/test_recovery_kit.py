"""The recovery kit text: round trip, forgiving input, and typos caught by the checksum before any
key derivation runs (docs/security-design.md §11.8)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.crypto import kdf, keys, recovery
from integration_journal.crypto.recovery import ALPHABET, GROUP, TOTAL_SYMBOLS, RecoveryKit
from integration_journal.errors import BadRecoveryKit


@pytest.fixture(autouse=True)
def no_key_derivation(monkeypatch):
    """Parsing a kit is pure text work: any KDF or HKDF call from here is a bug."""
    def forbidden(*args, **kwargs):
        raise AssertionError("key derivation ran while parsing a recovery kit")

    monkeypatch.setattr(kdf, "derive", forbidden)
    monkeypatch.setattr(kdf, "Argon2id", forbidden)
    monkeypatch.setattr(keys, "hkdf", forbidden)
    monkeypatch.setattr(keys, "recovery_kek", forbidden)


def _kits(n: int, seed: int) -> list[RecoveryKit]:
    rng = random.Random(seed)
    return [RecoveryKit(rng.randbytes(32)) for _ in range(n)]


def test_layout():
    kit = RecoveryKit.generate()
    text = kit.text()
    groups = text.split("-")
    assert len(groups) == TOTAL_SYMBOLS // GROUP == 14 and all(len(g) == GROUP for g in groups)
    assert set(text.replace("-", "")) <= set(ALPHABET)
    assert kit.symbols() == text.replace("-", "")
    assert kit.groups() == groups
    assert kit.secret.hex() not in repr(kit) and text not in repr(kit)
    assert RecoveryKit.generate().secret != kit.secret


@given(st.binary(min_size=32, max_size=32))
def test_round_trip(secret):
    kit = RecoveryKit(secret)
    assert RecoveryKit.parse(kit.text()).secret == secret


@pytest.mark.parametrize("secret", [bytes(32), b"\xff" * 32, b"\x00" * 31 + b"\x01", b"\x80" + bytes(31)])
def test_round_trip_edge_secrets(secret):
    assert RecoveryKit.parse(RecoveryKit(secret).text()).secret == secret


def test_tolerant_input():
    for kit in _kits(30, 1):
        text = kit.text()
        plain = kit.symbols()
        variants = [
            text.lower(), plain, plain.lower(), " ".join(kit.groups()), "\n".join(kit.groups()),
            "  " + text + "\n", text.replace("-", " - "), text.replace("-", "."), text.replace("-", "_"),
            "\t".join(g.lower() for g in kit.groups()),
            "".join(c.swapcase() if i % 2 else c for i, c in enumerate(text)),
            # the classic misreadings: O for 0, I and L for 1
            text.replace("0", "O"), text.replace("0", "o"), text.replace("1", "I"), text.replace("1", "l"),
            text.replace("1", "L"),
        ]
        for variant in variants:
            assert RecoveryKit.parse(variant).secret == kit.secret, variant


def _substitutions(symbols: str, rng: random.Random, count: int):
    """Random single-character typos that change a symbol's value (O→0 etc. are not typos)."""
    value = recovery._VALUE
    out = []
    while len(out) < count:
        i = rng.randrange(len(symbols))
        c = rng.choice(ALPHABET + "OIL")
        if value[c] != value[symbols[i]]:
            out.append(symbols[:i] + c + symbols[i + 1:])
    return out


def test_random_single_character_typos_are_rejected():
    rng = random.Random(2)
    tried = 0
    for kit in _kits(20, 3):
        for typo in _substitutions(kit.symbols(), rng, 20):
            with pytest.raises(BadRecoveryKit, match="typo"):
                RecoveryKit.parse(typo)
            tried += 1
    assert tried == 400


def test_every_substitution_and_transposition_is_rejected():
    """Exhaustively, for 10 kits: all 56·31 single-symbol substitutions and all 55 adjacent
    transpositions (of unequal neighbours)."""
    substitutions = transpositions = 0
    for kit in _kits(10, 4):
        s = kit.symbols()
        for i in range(len(s)):
            for c in ALPHABET:
                if c != s[i]:
                    with pytest.raises(BadRecoveryKit):
                        RecoveryKit.parse(s[:i] + c + s[i + 1:])
                    substitutions += 1
            if i + 1 < len(s) and s[i] != s[i + 1]:
                with pytest.raises(BadRecoveryKit):
                    RecoveryKit.parse(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                transpositions += 1
    assert substitutions == 10 * 56 * 31
    assert transpositions > 500


def test_random_adjacent_transpositions_in_printed_text_are_rejected():
    rng = random.Random(5)
    tried = 0
    for kit in _kits(40, 6):
        text = kit.text()
        positions = [i for i in range(len(text) - 1) if "-" not in text[i:i + 2] and text[i] != text[i + 1]]
        for i in rng.sample(positions, 5):
            with pytest.raises(BadRecoveryKit):
                RecoveryKit.parse(text[:i] + text[i + 1] + text[i] + text[i + 2:])
            tried += 1
    assert tried == 200


def test_luhn_blind_spot_is_covered_by_the_hash():
    """Luhn mod 32 cannot see 0↔Z swapped with its neighbour; the 15-bit hash inside the kit must."""
    found = 0
    for kit in _kits(400, 7):
        s = kit.symbols()
        for i in range(len(s) - 2):
            if {s[i], s[i + 1]} == {"0", "Z"}:
                with pytest.raises(BadRecoveryKit):
                    RecoveryKit.parse(s[:i] + s[i + 1] + s[i] + s[i + 2:])
                found += 1
    assert found > 0


@pytest.mark.parametrize("cut", [1, 4, 20, 55])
def test_wrong_length_names_the_problem(cut):
    text = RecoveryKit.generate().symbols()
    for bad in (text[:-cut], text + text[:cut]):
        with pytest.raises(BadRecoveryKit) as info:
            RecoveryKit.parse(bad)
        message = str(info.value)
        assert "56 characters" in message and f"this one has {len(bad)}" in message


@pytest.mark.parametrize("bad_char", ["U", "u", "!", "#", "é", "+", "/", "="])
def test_wrong_characters_are_named(bad_char):
    text = RecoveryKit.generate().text()
    with pytest.raises(BadRecoveryKit) as info:
        RecoveryKit.parse(text[:10] + bad_char + text[11:])
    message = str(info.value)
    assert "characters that are not part of any kit" in message
    assert bad_char.upper() in message


def test_empty_and_garbage():
    for bad in ("", "   ", "-" * 70, "hello world", "0" * 56):
        with pytest.raises(BadRecoveryKit):
            RecoveryKit.parse(bad)


def test_first_symbol_overflow_is_a_typo():
    """52 symbols carry 260 bits for a 256-bit secret: a first symbol ≥ 2 cannot come from a kit,
    even if the Luhn digit were recomputed to match."""
    body = "2" + RecoveryKit(bytes(32)).symbols()[1:-1]
    with pytest.raises(BadRecoveryKit):
        RecoveryKit.parse(body + recovery._luhn_mod32(body))


def test_recomputed_luhn_with_wrong_hash_is_rejected():
    """A forged kit whose check symbol is right but whose hash symbols are not."""
    s = RecoveryKit(bytes(range(32))).symbols()
    body = s[:-4] + ("0" if s[-4] != "0" else "1") + s[-3:-1]
    with pytest.raises(BadRecoveryKit):
        RecoveryKit.parse(body + recovery._luhn_mod32(body))
