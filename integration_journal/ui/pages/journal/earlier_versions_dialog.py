"""The dialog that lists an entry's earlier versions with a preview, to restore one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.records import Entry
from integration_journal.ui.journal_models import ID_ROLE, RevisionListModel
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.screen_fit import open_within_screen


class EarlierVersionsDialog(QDialog):
    """Earlier versions of one entry with a read-only preview; "Restore this version" accepts."""

    def __init__(self, rows: list[tuple[Any, Entry]], render: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self._render = render
        self.model = RevisionListModel(self)
        self.model.set_rows(rows)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Earlier versions"))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setAccessibleName(self.tr("Version list columns"))
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(RevisionListModel.COL_SAVED, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setSectionResizeMode(RevisionListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(RevisionListModel.COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(self.tr("Each time you save, the version before is kept here. Restoring one keeps the "
                               "current version here too, so nothing is lost."))
        intro.setWordWrap(True)
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Title of the chosen version"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.preview = MarkdownView()
        self.preview.setAccessibleName(self.tr("Preview of the chosen version"))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore this version"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.preview, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._show_row)
        # Roomy, but within a small screen at large font sizes (120 characters at 200 % is 1700 px).
        width = open_within_screen(self, QSize(self.fontMetrics().averageCharWidth() * 120,
                                               self.fontMetrics().height() * 30)).width()
        splitter.setSizes([width // 2, width // 2])
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.restore_button.setEnabled(bool(rows))
        self.view.setFocus()

    def chosen_snapshot_id(self) -> bytes | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_row(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        _snapshot, entry = self.model.row_at(current.row())
        self.title_label.setText(entry.title or self.tr("Untitled"))
        self.preview.set_html(self._render(entry.body))

    def drop_content(self) -> None:
        self.model.clear()
        self.title_label.clear()
        self.preview.clear_content()
