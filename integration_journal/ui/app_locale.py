"""One locale for every date and number the app shows: the language of its texts, with the
conventions (date order, decimal mark, first day of the week) of the person's country.

Qt's default locale is the system's. With English texts on a German system that gave sentences
half in one language ("the session of 4 März"). The app's texts are English until a translation
is installed, so dates and numbers are written in English with the system's territory: a person in
Germany sees "4 March", 04/03/2026 and 12,5 mg, all in one language.

The English catalogue is installed too: a text that counts ("%n comment(s) not sent yet") is written
once in the code and Qt picks "1 comment" or "2 comments" from the catalogue's plural forms
(`make translations` fills them in and compiles resources/translations/integration_journal_en.qm).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from integration_journal.core.resource_files import resource

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


CATALOGUE_NAME = "integration_journal_en.qm"


def install_translations(app: QCoreApplication) -> QTranslator | None:
    """Install the app's English catalogue (its plural forms) on `app`; the translator is kept as the app's
    child so it lives as long as the app. None, and English singular-or-plural texts as written in the code,
    when the compiled catalogue is missing or unreadable (a source checkout before `make translations`)."""
    existing = app.findChild(QTranslator, CATALOGUE_NAME)
    if existing is not None:
        return existing
    path = resource("translations", CATALOGUE_NAME)
    translator = QTranslator(app)
    translator.setObjectName(CATALOGUE_NAME)
    if not translator.load(str(path)):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator


_command_line_app: QCoreApplication | None = None  # kept for the life of a command-line process


def texts_for_the_command_line() -> None:
    """The command line prints some of the ui's own texts (a questionnaire's result, word for word as the
    dialog shows it): install the catalogue so they count as on screen ("2 questions", not "2 question(s)").
    Without a running app this makes a QCoreApplication, which needs no display."""
    global _command_line_app
    app = QCoreApplication.instance()
    if app is None:
        app = _command_line_app = QCoreApplication([])
    install_translations(app)
