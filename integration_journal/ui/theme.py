"""Light and dark palettes over Qt's Fusion style, following the system by default, and the font scale
(the style carries the app's input behaviour: ui.input_behaviour).

Theme and font scale are the only preferences kept outside the vault (in QSettings): the unlock
window needs them before anything is decrypted, and they reveal nothing about the journal. They are
written only when the person changes them in Settings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from integration_journal.core.resource_files import resource, resource_path
from integration_journal.ui.input_behaviour import input_style

THEME_SYSTEM, THEME_LIGHT, THEME_DARK = "system", "light", "dark"
THEMES = (THEME_SYSTEM, THEME_LIGHT, THEME_DARK)
FONT_SCALE_MIN, FONT_SCALE_MAX, FONT_SCALE_DEFAULT = 100, 200, 100

KEY_THEME = "appearance/theme"
KEY_FONT_SCALE = "appearance/font_scale"
_BASE_SIZE_PROPERTY = "ij_base_point_size"
_FONT_SHARE_PROPERTY = "ij_font_share"
_SIZE_RESOLVED = 0x0002  # QFont::SizeResolved: the widget was given a size of its own (not in PySide's enums)


@dataclass(frozen=True)
class Appearance:
    theme: str = THEME_SYSTEM
    font_scale: int = FONT_SCALE_DEFAULT  # percent

    def normalised(self) -> Appearance:
        theme = self.theme if self.theme in THEMES else THEME_SYSTEM
        try:
            scale = int(self.font_scale)
        except (TypeError, ValueError):
            scale = FONT_SCALE_DEFAULT
        return Appearance(theme, min(FONT_SCALE_MAX, max(FONT_SCALE_MIN, scale)))


def load_appearance(settings: QSettings | None = None) -> Appearance:
    settings = settings or QSettings()
    return Appearance(str(settings.value(KEY_THEME, THEME_SYSTEM)),
                      settings.value(KEY_FONT_SCALE, FONT_SCALE_DEFAULT)).normalised()


def save_appearance(appearance: Appearance, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    appearance = appearance.normalised()
    settings.setValue(KEY_THEME, appearance.theme)
    settings.setValue(KEY_FONT_SCALE, appearance.font_scale)


# --- palettes -------------------------------------------------------------------------------------

@cache
def palette_spec(name: str) -> dict[str, Any]:
    """The colours of a built-in theme (resources/styles/<name>.json)."""
    path = resource("styles", f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def build_palette(name: str) -> QPalette:
    spec = palette_spec(name)
    palette = QPalette()
    for group, colours in (("active", spec["active"]), ("disabled", spec.get("disabled", {}))):
        for role_name, value in colours.items():
            role = getattr(QPalette.ColorRole, role_name)
            if group == "active":
                palette.setColor(QPalette.ColorGroup.Active, role, QColor(value))
                palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(value))
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
            else:
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


@cache
def style_sheet(name: str) -> str:
    """A built-in style sheet (resources/styles/<name>.qss) for one window's own widgets."""
    path = resource("styles", f"{name}.qss")
    return path.read_text(encoding="utf-8")


def indicator_style(scheme: str) -> str:
    """Check boxes and radio buttons drawn from the theme's colours and sized in em: Fusion's own
    markers stay 13 px at any text size and vanish against a dark window."""
    colours = palette_spec(scheme)["active"]
    check = resource_path("styles", "check.svg").as_posix()
    return f"""
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
    width: 0.95em; height: 0.95em;
    border: 2px solid {colours["Text"]}; background: {colours["Base"]};
}}
QCheckBox::indicator, QAbstractItemView::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 0.55em; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    background: {colours["Highlight"]}; border-color: {colours["Highlight"]}; image: url("{check}");
}}
QRadioButton::indicator:checked {{
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {colours["Highlight"]}, stop:0.55 {colours["Highlight"]}, stop:0.65 {colours["Base"]});
    border-color: {colours["Highlight"]};
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {colours["PlaceholderText"]}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {colours["Highlight"]}; }}
"""


def notice_colours(scheme: str) -> dict[str, str]:
    """Background, border and text colours for calm notices (the lock countdown, the demo banner)."""
    return dict(palette_spec(scheme)["notice"])


def system_scheme() -> str:
    """"dark" if the desktop says so (Qt 6.5+), otherwise "light"."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and scheme() == Qt.ColorScheme.Dark:
        return THEME_DARK
    return THEME_LIGHT


class ThemeManager(QObject):
    """Applies an Appearance to the whole application and, in "system" mode, follows the desktop's
    light/dark switch while the app runs."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.appearance = Appearance()
        self.scheme = THEME_LIGHT
        if app.property(_BASE_SIZE_PROPERTY) is None:
            app.setProperty(_BASE_SIZE_PROPERTY, app.font().pointSizeF())
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, appearance: Appearance) -> None:
        appearance = appearance.normalised()
        self.appearance = appearance
        hints = self._app.styleHints()
        if appearance.theme == THEME_SYSTEM:
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
            self.scheme = system_scheme()
        else:
            self.scheme = appearance.theme
            if hasattr(hints, "setColorScheme"):  # native title bars and dialogs follow (Qt 6.8+)
                hints.setColorScheme(Qt.ColorScheme.Dark if self.scheme == THEME_DARK else Qt.ColorScheme.Light)
        # With a style sheet set, style() is Qt's style-sheet proxy (name ""), so remember instead.
        if self._app.property("ij_fusion") is None:
            self._app.setStyle(input_style("Fusion"))
            self._app.setProperty("ij_fusion", True)
        self._app.setPalette(build_palette(self.scheme))
        own = _own_font_shares(self._app.font())
        self._apply_font_scale(appearance.font_scale)
        # Qt hands a new application font to the widgets inside each window later, in posted events; a
        # style sheet set before they arrive pins every widget to the old size. So: deliver them now, then
        # set the sheet, always, which re-polishes every widget of every open window (the unlock window,
        # dialogs, the support panel) at the new size at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange.value)
        self._app.setStyleSheet(indicator_style(self.scheme))
        _apply_font_shares(own, self._app.font())

    def _apply_font_scale(self, percent: int) -> None:
        base = float(self._app.property(_BASE_SIZE_PROPERTY) or self._app.font().pointSizeF())
        font = self._app.font()
        wanted = base * percent / 100
        if abs(font.pointSizeF() - wanted) > 0.01:
            font.setPointSizeF(wanted)
            self._app.setFont(font)

    def _system_changed(self, *_args: object) -> None:
        if self.appearance.theme == THEME_SYSTEM:
            scheme = system_scheme()
            if scheme != self.scheme:
                self.scheme = scheme
                self._app.setPalette(build_palette(scheme))
                self._app.setStyleSheet(indicator_style(scheme))


def _own_font_shares(app_font: QFont) -> list[tuple[QWidget, float]]:
    """Widgets given a font size of their own (headings, the entry title), each with its size as a share
    of the application's font, noted on the widget the first time it is seen at the size it was built
    with (re-polishing later puts back the size the widget had before)."""
    app_size = app_font.pointSizeF()
    found = []
    for widget in QApplication.allWidgets():
        share = widget.property(_FONT_SHARE_PROPERTY)
        if share is None:
            font = widget.font()
            if not font.resolveMask() & _SIZE_RESOLVED or font.pointSizeF() <= 0 or app_size <= 0:
                continue
            share = font.pointSizeF() / app_size
            widget.setProperty(_FONT_SHARE_PROPERTY, share)
        found.append((widget, float(share)))
    return found


def _apply_font_shares(shares: list[tuple[QWidget, float]], app_font: QFont) -> None:
    """Give each widget of `shares` its share of the application's (new) font size."""
    for widget, share in shares:
        font = widget.font()
        wanted = app_font.pointSizeF() * share
        if abs(font.pointSizeF() - wanted) > 0.01:
            font.setPointSizeF(wanted)
            widget.setFont(font)


def theme_manager(app: QApplication | None = None) -> ThemeManager:
    """The application's one ThemeManager (a child of the QApplication, created on first use)."""
    app = app or QApplication.instance()
    found = app.findChild(ThemeManager)
    return found if found is not None else ThemeManager(app)


def current_scheme() -> str:
    app = QApplication.instance()
    found = app.findChild(ThemeManager) if app is not None else None
    if found is not None:
        return found.scheme
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return THEME_DARK if window.lightness() < 128 else THEME_LIGHT
