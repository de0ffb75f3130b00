"""Fills a drop-down with the sharing contacts, keeping the chosen one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from integration_journal.core.sharing import SharingService
from integration_journal.ui.widgets.fields import find_data


def fill_contacts(combo: QComboBox, service: SharingService) -> None:
    """Put every contact into `combo` (data: the record id), keeping the chosen one; no change signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for contact in service.contacts():
        combo.addItem(contact.name, contact.id)
    index = find_data(combo, current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)
