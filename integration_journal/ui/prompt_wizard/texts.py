"""The wizard's texts: a prompt pack's words (translated when the pack is built in) and a moment's local date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from integration_journal.core.prompts import PackSource, Prompt, PromptLibrary


def pack_text(library: PromptLibrary, prompt: Prompt, text: str) -> str:
    """Built-in pack text goes through the translator (context "prompts"); imported packs are shown as sent."""
    pack = library.pack(prompt.pack_id)
    if not text or (pack is not None and pack.source is PackSource.IMPORTED):
        return text
    return QCoreApplication.translate("prompts", text)


def local_date_text(moment: dt.datetime, pattern: str = "d MMMM") -> str:
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)
