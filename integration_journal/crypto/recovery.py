"""The recovery kit: a 256-bit secret written as checksummed Crockford Base32 groups.

Layout (56 symbols, 14 groups of 4): 52 symbols of the secret, 3 symbols of SHA-256(secret), and one
Luhn mod 32 check symbol over the 55 before it. Luhn mod N catches every single-symbol substitution
and every adjacent transposition but 0<->Z, which the hash symbols catch (all but 1 in 2^15), so a
typo is reported before any key derivation runs.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from integration_journal.errors import BadRecoveryKit

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
SECRET_BYTES = 32
SECRET_SYMBOLS = 52
HASH_SYMBOLS = 3
GROUP = 4
TOTAL_SYMBOLS = SECRET_SYMBOLS + HASH_SYMBOLS + 1
_SEPARATORS = re.compile(r"[\s\-_.]+")


def _to_symbols(value: int, count: int) -> str:
    return "".join(ALPHABET[(value >> (5 * (count - 1 - i))) & 31] for i in range(count))


def _luhn_mod32(symbols: str) -> str:
    factor, total = 2, 0
    for ch in reversed(symbols):
        addend = factor * _VALUE[ch]
        addend = addend // 32 + addend % 32
        total += addend
        factor = 1 if factor == 2 else 2
    return ALPHABET[(32 - total % 32) % 32]


def _hash_symbols(secret: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"ij/v1/kit" + secret).digest()[:2], "big")
    return _to_symbols(digest, HASH_SYMBOLS)


@dataclass(frozen=True, slots=True)
class RecoveryKit:
    secret: bytes

    @classmethod
    def generate(cls) -> RecoveryKit:
        return cls(os.urandom(SECRET_BYTES))

    def symbols(self) -> str:
        body = _to_symbols(int.from_bytes(self.secret, "big"), SECRET_SYMBOLS) + _hash_symbols(self.secret)
        return body + _luhn_mod32(body)

    def groups(self) -> list[str]:
        s = self.symbols()
        return [s[i:i + GROUP] for i in range(0, len(s), GROUP)]

    def text(self) -> str:
        return "-".join(self.groups())

    def __repr__(self) -> str:  # never print the secret by accident
        return "RecoveryKit(<hidden>)"

    @classmethod
    def parse(cls, text: str) -> RecoveryKit:
        """Accept the kit as printed, in any case, with or without separators; catch typos."""
        cleaned = _SEPARATORS.sub("", text).upper()
        bad = sorted({c for c in cleaned if c not in _VALUE})
        if bad:
            raise BadRecoveryKit("The recovery kit contains characters that are not part of any kit: "
                                 + " ".join(bad))
        if len(cleaned) != TOTAL_SYMBOLS:
            raise BadRecoveryKit(f"A recovery kit has {TOTAL_SYMBOLS} characters in {TOTAL_SYMBOLS // GROUP} "
                                 f"groups; this one has {len(cleaned)}.")
        canonical = "".join(ALPHABET[_VALUE[c]] for c in cleaned)
        body, check = canonical[:-1], canonical[-1]
        if _luhn_mod32(body) != check:
            raise BadRecoveryKit("The recovery kit has a typo: please compare it character by character.")
        value = 0
        for ch in body[:SECRET_SYMBOLS]:
            value = (value << 5) | _VALUE[ch]
        if value >> (SECRET_BYTES * 8):
            raise BadRecoveryKit("The recovery kit has a typo in its first group.")
        secret = value.to_bytes(SECRET_BYTES, "big")
        if not hmac.compare_digest(_hash_symbols(secret), body[SECRET_SYMBOLS:]):
            raise BadRecoveryKit("The recovery kit has a typo: please compare it character by character.")
        return cls(secret)
