"""The record kinds the Insights page lists, and the kinds its reframes can come from."""

from __future__ import annotations

REFRAME_KIND = "reframe"
COMMITMENT_KIND = "commitment"
SOURCE_KINDS = {"session", "entry"}
