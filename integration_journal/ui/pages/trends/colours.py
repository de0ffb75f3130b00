"""The trend charts' colours, which follow the light or dark theme."""

from __future__ import annotations

from integration_journal.core.trends import CheckinField
from integration_journal.ui.theme import THEME_DARK, current_scheme

_FIELD_COLOURS = {
    "light": {CheckinField.MOOD: "#2f6f9f", CheckinField.ANXIETY: "#b0522a", CheckinField.PAIN: "#7a4fa0",
              CheckinField.SLEEP_HOURS: "#2e7d5b", CheckinField.SLEEP_QUALITY: "#86691a"},
    "dark": {CheckinField.MOOD: "#7ab8e6", CheckinField.ANXIETY: "#f0a070", CheckinField.PAIN: "#c9a6ec",
             CheckinField.SLEEP_HOURS: "#7fd0a8", CheckinField.SLEEP_QUALITY: "#e0c46a"},
}
# Severity bands: calm tints from green to rose, never alarm red; dark tints keep the text readable.
_BAND_TINTS = {
    "light": ("#e3efdf", "#f1efd6", "#f6e5cf", "#f4d9cb", "#efd0d0"),
    "dark": ("#1f2e24", "#2e2d1f", "#36291d", "#3a241f", "#3a2024"),
}
_TOTAL_COLOUR = {"light": "#245775", "dark": "#8fc6e8"}
_SESSION_COLOUR = {"light": "#55524c", "dark": "#c8c4bb"}  # neutral: not another value


def _scheme() -> str:
    return "dark" if current_scheme() == THEME_DARK else "light"
