"""What the app accepts as a phone number the person types (their clinic's, its after-hours line).

Loose on purpose: clinics write numbers many ways ("+44 (0)20 7946 0000", "555-0100 ext. 12"). Only
digits, spaces, + ( ) - . / and an extension are allowed, with at least three digits, at most PHONE_MAX
characters. Messages are plain English for the person; the ui translates them under the context "core".
"""

from __future__ import annotations

import re

PHONE_MAX = 40
PHONE_PATTERN = re.compile(r"\+?[0-9 ()./-]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?\Z", re.IGNORECASE)

BAD_CHARACTERS = "A phone number can hold digits, spaces and + ( ) - . / only."
TOO_SHORT = "That phone number looks too short."


def phone_problem(text: str) -> str | None:
    """None for an acceptable number (or an empty one), else the message saying what is wrong."""
    phone = text.strip()
    if not phone:
        return None
    if len(phone) > PHONE_MAX or not PHONE_PATTERN.match(phone):
        return BAD_CHARACTERS
    if sum(ch.isdigit() for ch in phone) < 3:
        return TOO_SHORT
    return None
