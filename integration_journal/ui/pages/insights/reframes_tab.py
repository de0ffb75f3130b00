"""The Reframes tab: an old thought and a new perspective, optionally linked to the session or entry it came from."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from integration_journal.core.records import Domain, Entry, Record, Reframe, TreatmentSession
from integration_journal.errors import ValidationError
from integration_journal.ui.insights_models import ReframeTableModel, SourceChoiceModel, domain_label, source_label
from integration_journal.ui.pages.base import PageContext
from integration_journal.ui.pages.insights.kinds import REFRAME_KIND
from integration_journal.ui.pages.insights.record_tab import _RecordTab
from integration_journal.ui.widgets.fields import LinesEdit
from integration_journal.ui.widgets.form_parts import FormProblem


class ReframesTab(_RecordTab):
    KIND = REFRAME_KIND

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ReframeTableModel(), parent)
        self.model.setParent(self)
        self.table.setAccessibleName(self.tr("Reframes"))
        self.table.sortByColumn(ReframeTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReframeTableModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReframeTableModel.COL_OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReframeTableModel.COL_NEW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReframeTableModel.COL_DOMAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReframeTableModel.COL_SOURCE, QHeaderView.ResizeMode.Interactive)
        self.new_button.setText(self.tr("&New reframe"))
        self.new_button.setAccessibleName(self.tr("New reframe"))
        self.empty_label.setText(self.tr(
            "No reframes yet. When an old thought starts to look different — in a session, in therapy or "
            "while writing — you can keep the new perspective here."))
        self.empty_label.setAccessibleName(self.tr("No reframes yet"))
        self.save_button.setText(self.tr("&Save reframe"))
        self.save_button.setAccessibleName(self.tr("Save reframe"))
        self.delete_button.setAccessibleName(self.tr("Delete this reframe"))

        self.old_edit = LinesEdit(3)
        self.old_edit.setAccessibleName(self.tr("Old thought"))
        self.old_edit.setPlaceholderText(self.tr("A thought that used to feel true, e.g. “I always ruin things.”"))
        self.form.addRow(self.tr("&Old thought:"), self.old_edit)
        self.new_edit = LinesEdit(3)
        self.new_edit.setAccessibleName(self.tr("New perspective"))
        self.new_edit.setPlaceholderText(self.tr("How it looks to you now, in your own words"))
        self.form.addRow(self.tr("New &perspective:"), self.new_edit)
        self.domain_combo = QComboBox()
        self.domain_combo.addItem(domain_label(None), None)
        for domain in Domain:
            self.domain_combo.addItem(domain_label(domain), domain.value)
        self.domain_combo.setAccessibleName(self.tr("Integration domain"))
        self.form.addRow(self.tr("Do&main:"), self.domain_combo)

        self.sources = SourceChoiceModel(self)
        self.source_combo = QComboBox()
        self.source_combo.setModel(self.sources)
        self.source_combo.setAccessibleName(self.tr("Came from: a session or journal entry"))
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(20)
        self.source_combo.view().setUniformItemSizes(True)  # a journal may hold thousands of entries
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.open_source_button = QPushButton(self.tr("O&pen"))
        self.open_source_button.setAccessibleName(self.tr("Open the session or entry it came from"))
        self.open_source_button.clicked.connect(self.open_source)
        source_row = QWidget()
        source_layout = QHBoxLayout(source_row)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.source_combo, 1)
        source_layout.addWidget(self.open_source_button)
        source_label_widget = QLabel(self.tr("Came &from:"))
        source_label_widget.setBuddy(self.source_combo)
        self.form.addRow(source_label_widget, source_row)
        self.editor_layout.addStretch(1)
        self._sources_stale = True

        for first, second in ((self.new_button, self.table), (self.table, self.old_edit),
                              (self.old_edit, self.new_edit), (self.new_edit, self.domain_combo),
                              (self.domain_combo, self.source_combo), (self.source_combo, self.open_source_button),
                              (self.open_source_button, self.delete_button), (self.delete_button, self.save_button)):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget:
        return self.old_edit

    def _texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New reframe"),
            "edit": self.tr("Edit reframe"),
            "saved": self.tr("Saved."),
            "discard_title": self.tr("Discard changes?"),
            "discard": self.tr("The changes to this reframe have not been saved."),
            "delete_title": self.tr("Delete reframe?"),
            "delete": self.tr("Delete this reframe? You can find it again in the journal's history."),
            "delete_accept": self.tr("Delete reframe"),
        }

    def reload_sources(self) -> None:
        """Refill the "came from" choices (sessions and entries), keeping the current choice."""
        chosen = self.sources.id_at(self.source_combo.currentIndex())
        journal = self.ctx.journal
        self.sources.set_rows(journal.list(kind="session"), journal.list(kind="entry", light=True))
        self._choose_source(chosen)
        self._sources_stale = False

    def mark_sources_stale(self) -> None:
        self._sources_stale = True
        if self.isVisible():
            self.reload_sources()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._sources_stale:
            self.reload_sources()

    def _set_rows(self, rows: list[Record]) -> None:
        journal = self.ctx.journal
        names: dict[bytes, str] = {}
        for reframe in rows:
            source_id = getattr(reframe, "source_id", None)
            if source_id is not None and source_id in journal:
                names[source_id] = source_label(journal.get(source_id))
        self.model.set_rows(rows, names)

    def _choose_source(self, source_id: bytes | None) -> None:
        row = self.sources.row_of(source_id)
        if row < 0 and source_id is not None and source_id in self.ctx.journal:
            self.reload_sources_now()
            row = self.sources.row_of(source_id)
        self.source_combo.setCurrentIndex(max(row, 0))
        self._source_changed()

    def reload_sources_now(self) -> None:
        journal = self.ctx.journal
        self.sources.set_rows(journal.list(kind="session"), journal.list(kind="entry", light=True))
        self._sources_stale = False

    def _source_changed(self) -> None:
        self.open_source_button.setEnabled(self.sources.id_at(self.source_combo.currentIndex()) is not None)

    def _editor_state(self) -> Any:
        return (self.old_edit.toPlainText(), self.new_edit.toPlainText(), self.domain_combo.currentData(),
                self.sources.id_at(self.source_combo.currentIndex()))

    def _draft_fields(self) -> dict[str, Any]:
        source_id = self.sources.id_at(self.source_combo.currentIndex())
        return {"old_thought": self.old_edit.toPlainText(), "new_perspective": self.new_edit.toPlainText(),
                "domain": self.domain_combo.currentData(), "source_id": source_id.hex() if source_id else None}

    def _apply_draft(self, fields: Mapping[str, Any]) -> None:
        def text(key: str) -> str:
            value = fields.get(key)
            return value if isinstance(value, str) else ""

        self.old_edit.setPlainText(text("old_thought"))
        self.new_edit.setPlainText(text("new_perspective"))
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(fields.get("domain")), 0))
        try:
            source_id = bytes.fromhex(text("source_id")) or None
        except ValueError:
            source_id = None
        self._choose_source(source_id)

    def _load_editor(self, record: Record | None) -> None:
        reframe = record if isinstance(record, Reframe) else None
        self.old_edit.setPlainText(reframe.old_thought if reframe else "")
        self.new_edit.setPlainText(reframe.new_perspective if reframe else "")
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(
            reframe.domain.value if reframe and reframe.domain else None), 0))
        if self._sources_stale:
            self.reload_sources_now()
        self._choose_source(reframe.source_id if reframe else None)

    def _editor_cleared(self) -> None:
        self.old_edit.clear()
        self.new_edit.clear()
        self.domain_combo.setCurrentIndex(0)
        self.sources.clear()
        self.source_combo.setCurrentIndex(0)
        self._sources_stale = True

    def _build(self, base: Record | None) -> Record:
        old = self.old_edit.toPlainText().strip()
        new = self.new_edit.toPlainText().strip()
        if not old and not new:
            raise FormProblem(self.old_edit, self.tr(
                "Write the old thought, the new perspective, or both, before saving."))
        domain = self.domain_combo.currentData()
        values = dict(old_thought=old, new_perspective=new, domain=Domain(domain) if domain else None,
                      source_id=self.sources.id_at(self.source_combo.currentIndex()))
        try:
            return dataclasses.replace(base, **values) if base is not None else Reframe(**values)
        except ValidationError as error:
            raise FormProblem(self.old_edit, str(error)) from None

    def open_source(self) -> None:
        source_id = self.sources.id_at(self.source_combo.currentIndex())
        if source_id is None or source_id not in self.ctx.journal:
            return
        record = self.ctx.journal.get(source_id)
        if isinstance(record, TreatmentSession):
            self.ctx.navigate("sessions", session_id=source_id)
        elif isinstance(record, Entry):
            self.ctx.navigate("journal", entry_id=source_id)
