"""The wizard's sizes (same-day large type, the prompt's own text) and the style sheets of its chips and links."""

from __future__ import annotations

SAME_DAY_SCALE = 1.35  # same-day mode: everything larger
PROMPT_SCALE = 1.3  # the prompt's own text, relative to the dialog


# Style sheets go on each styled widget, made with its parent: a style sheet higher up stops widgets
# below it from inheriting the dialog's (same-day: larger) font.
CHIP_STYLE = """
QPushButton {
    padding: 0.35em 0.9em; border: 1px solid palette(mid); border-radius: 0.9em;
    background: palette(base); color: palette(text);
}
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }
QPushButton:focus { border: 2px solid palette(text); }
"""
LINK_STYLE = """
QPushButton { color: palette(link); text-decoration: underline; border: none; padding: 2px; text-align: left; }
QPushButton:focus { border: 1px solid palette(link); }
"""
