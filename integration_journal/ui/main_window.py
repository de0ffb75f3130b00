"""The main window after unlock: for now, the list of journal entries, and Lock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMainWindow, QStackedWidget, QTableView, QWidget,
)

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.models import SORT_ROLE, EntryTableModel
from integration_journal.ui.unlock_window import APP_TITLE

ENTRY_KIND = "entry"


class MainWindow(QMainWindow):
    """Owns the unlocked workspace it is given. `lock()` closes it, empties every model and emits
    `locked`; closing the window closes it too. The title never shows content."""

    locked = Signal()
    closed = Signal()  # by the person: the app ends (after a lock the window is hidden, not closed)

    def __init__(self, ws: Any, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._dialogs = dialogs
        self.setWindowTitle(APP_TITLE)
        self.resize(900, 600)

        self.entry_model = EntryTableModel(self)
        self.sorted_entries = QSortFilterProxyModel(self)
        self.sorted_entries.setSourceModel(self.entry_model)
        self.sorted_entries.setSortRole(SORT_ROLE)
        self.entry_view = QTableView()
        self.entry_view.setModel(self.sorted_entries)
        self.entry_view.setAccessibleName(self.tr("Journal entries"))
        self.entry_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry_view.setAlternatingRowColors(True)
        self.entry_view.setShowGrid(False)
        self.entry_view.setWordWrap(False)
        self.entry_view.verticalHeader().hide()
        self.entry_view.setCornerButtonEnabled(False)
        self.entry_view.setSortingEnabled(True)
        self.entry_view.sortByColumn(EntryTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.entry_view.horizontalHeader()
        header.setSectionResizeMode(EntryTableModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntryTableModel.COL_TAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EntryTableModel.COL_TAGS, 220)

        self.empty_label = QLabel(self.tr("No entries yet. Entries you write will appear here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No entries yet"))
        self.central = QStackedWidget()
        self.central.addWidget(self.entry_view)
        self.central.addWidget(self.empty_label)
        self.setCentralWidget(self.central)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Close the journal and ask for the passphrase again"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Journal"))
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)
        self.menuBar().setAccessibleName(self.tr("Menu bar"))

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        self.damaged_label = QLabel()
        self.damaged_label.setAccessibleName(self.tr("Damaged records"))
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.damaged_label)
        self.statusBar().setAccessibleName(self.tr("Status bar"))

        self._restore_geometry()
        self.reload()

    @property
    def workspace(self) -> Any:
        return self._ws

    def reload(self) -> None:
        if self._ws is None:
            return
        entries = self._ws.journal.list(kind=ENTRY_KIND)
        self.entry_model.set_entries(entries)
        self.central.setCurrentWidget(self.entry_view if entries else self.empty_label)
        count = len(entries)
        self.count_label.setText(self.tr("1 entry") if count == 1
                                 else self.tr("{count} entries").format(count=count))
        damaged = len(self._ws.damaged)
        if damaged:
            text = (self.tr("1 record could not be read — run Verify") if damaged == 1
                    else self.tr("{count} records could not be read — run Verify").format(count=damaged))
            self.damaged_label.setText(text)
            self.damaged_label.setToolTip(self.tr(
                "The rest of the journal is fine. Verify lists which records are affected; from a terminal: "
                "integration-journal verify"))
        else:
            self.damaged_label.clear()
        self.damaged_label.setVisible(bool(damaged))
        self.entry_view.setFocus()

    # --- locking and closing --------------------------------------------------------------------

    def lock(self) -> None:
        """Drop everything decrypted, close the vault (keys wiped, instance lock released), then tell
        the application, which shows the unlock screen."""
        if self._ws is None:
            return
        self._release()
        self.locked.emit()

    def _release(self) -> None:
        self._save_geometry()
        self.entry_model.clear()
        self.count_label.clear()
        self.damaged_label.clear()
        ws, self._ws = self._ws, None
        ws.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._ws is not None:
            self._release()
        super().closeEvent(event)
        self.closed.emit()

    def _save_geometry(self) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
