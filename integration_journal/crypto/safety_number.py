"""Safety numbers: 60 digits in 12 groups of 5 that two people compare to be sure of each other's keys.

Signal's construction: each party gets 30 digits from SHA-512 iterated 5,200 times over
version ‖ all public keys of its card ‖ its stable id; the two halves are put in ascending order, so
both screens show the same number whichever side computes it. 30 digits per party are ~99 bits of
fingerprint with 5,200 × the work per guess (> 112 bits of effort for a second-preimage search).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from integration_journal.crypto.cards import ContactCard

VERSION = 0
ITERATIONS = 5200
GROUPS = 12
GROUP_DIGITS = 5
QR_PREFIX = "ijsafety:1:"


def _party_digits(card: ContactCard) -> str:
    keys = card.identity_key + card.mlkem_pk + card.x25519_pk
    digest = hashlib.sha512(VERSION.to_bytes(2, "big") + keys + card.stable_id).digest()
    for _ in range(ITERATIONS):
        digest = hashlib.sha512(digest + keys).digest()
    # Six 5-byte chunks, each reduced to five digits.
    return "".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100_000:05d}" for i in range(0, 30, 5))


def safety_number(mine: ContactCard, theirs: ContactCard) -> str:
    """The 60 digits (no spaces); the same for (a, b) and (b, a)."""
    first, second = sorted((_party_digits(mine), _party_digits(theirs)))
    return first + second


def grouped(number: str) -> list[str]:
    """The 12 groups of 5 digits, as a screen shows them (e.g. in a 3 × 4 grid)."""
    return [number[i:i + GROUP_DIGITS] for i in range(0, len(number), GROUP_DIGITS)]


def formatted(number: str) -> str:
    """'12345 67890 …' — for reading aloud or printing."""
    return " ".join(grouped(number))


def qr_payload(number: str) -> str:
    """The text a QR code carries; the GUI renders it and compares a scanned code with `matches_qr`."""
    return QR_PREFIX + number


def matches_qr(number: str, scanned: str) -> bool:
    """True when a scanned QR text (or typed digits, spaces allowed) is this safety number."""
    text = scanned.strip()
    if text.startswith(QR_PREFIX):
        text = text[len(QR_PREFIX):]
    digits = re.sub(r"\s+", "", text)
    return hmac.compare_digest(digits.encode("ascii", "replace"), number.encode("ascii"))
