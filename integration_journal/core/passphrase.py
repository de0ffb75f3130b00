"""Passphrase strength: a rough, offline estimate and the minimum a new passphrase must meet."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 12
MIN_WORDS = 4

# A few of the most common choices; a real breached-password list is out of scope offline.
_COMMON = {
    "password", "passw0rd", "123456789012", "qwertyuiopas", "iloveyou", "letmein", "welcome",
    "correcthorsebatterystaple", "trustno1", "sunshine", "princess", "football", "baseball",
}


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong)
    bits: float
    acceptable: bool
    advice: str


def _charset_bits(text: str) -> float:
    pools = 0
    if re.search(r"[a-z]", text):
        pools += 26
    if re.search(r"[A-Z]", text):
        pools += 26
    if re.search(r"[0-9]", text):
        pools += 10
    if re.search(r"[^A-Za-z0-9\s]", text):
        pools += 33
    if re.search(r"\s", text):
        pools += 1
    return math.log2(max(pools, 2))


def estimate(passphrase: str) -> Strength:
    """Bits are a conservative guess: repeated characters and common words count for little."""
    text = unicodedata.normalize("NFC", passphrase)
    words = [w for w in re.split(r"[\s\-_.]+", text) if w]
    squashed = re.sub(r"[\s\-_.]+", "", text.lower())
    unique = len(set(text))
    bits = min(len(text), unique * 2) * _charset_bits(text) * 0.6
    if len(words) >= MIN_WORDS and all(len(w) >= 3 for w in words):
        bits = max(bits, len(words) * 11.0)  # roughly a diceware word each, if chosen at random
    if squashed in _COMMON or len(set(squashed)) <= 3:
        bits = min(bits, 10.0)
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 70 else 4
    long_enough = len(text) >= MIN_LENGTH or len(words) >= MIN_WORDS
    acceptable = long_enough and score >= 2
    if not long_enough:
        advice = f"Use at least {MIN_LENGTH} characters, or {MIN_WORDS} or more unrelated words."
    elif score < 2:
        advice = "This passphrase is easy to guess. Try a few unrelated words that mean something only to you."
    elif score < 4:
        advice = "Good. A longer passphrase would be even harder to guess."
    else:
        advice = "Strong."
    return Strength(score, round(bits, 1), acceptable, advice)
