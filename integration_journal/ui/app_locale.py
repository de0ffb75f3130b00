"""One locale for every date and number the app shows: the language of its texts, with the
conventions (date order, decimal mark, first day of the week) of the person's country.

Qt's default locale is the system's. With English texts on a German system that gave sentences
half in one language ("the session of 4 März"). The app's texts are English until a translation
is installed, so dates and numbers are written in English with the system's territory: a person in
Germany sees "4 March", 04/03/2026 and 12,5 mg, all in one language.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

TEXT_LANGUAGE = QLocale.Language.English  # the language the app's own texts are written in


def ui_locale(system: QLocale | None = None, language: QLocale.Language = TEXT_LANGUAGE) -> QLocale:
    """The locale for `language` in the territory of `system` (default: the computer's locale).
    Qt falls back to the language's main territory where the pair is unknown to it."""
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(language)  # a bare "C" system says nothing about a country
    return QLocale(language, system.territory())


def apply_ui_locale(system: QLocale | None = None) -> QLocale:
    """Make ui_locale() the default every QLocale() in the app formats with; returns it."""
    locale = ui_locale(system)
    QLocale.setDefault(locale)
    return locale
