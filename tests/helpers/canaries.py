"""Canaries for the leakage tests: every form in which a planted string could show up on disk."""

from __future__ import annotations

import base64


def canary_forms(canary: str) -> list[bytes]:
    """The ways a canary string could reach a file: as is, case-folded, upper case, UTF-16 either way,
    base64 and hex."""
    raw = canary.encode()
    return [raw, canary.casefold().encode(), canary.upper().encode(), canary.encode("utf-16-le"),
            canary.encode("utf-16-be"), base64.b64encode(raw), raw.hex().encode(), raw.hex().upper().encode()]
