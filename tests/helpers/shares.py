"""Shares written in memory through the sharing service."""

from __future__ import annotations

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService


def share_bytes(service: SharingService, contact: r.Contact, selection: ShareSelection) -> bytes:
    """What `service` shares with `contact` (previewed, then written), as bytes."""
    out: list[bytes] = []
    service.write_share(service.preview(contact, selection), out.append)
    return out[0]
