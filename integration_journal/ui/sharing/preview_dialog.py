"""The dialog that shows exactly what a share file will hold before it is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.sharing import SharePreview
from integration_journal.core.summary import escape_markdown
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.sharing.models import PreviewModel
from integration_journal.ui.sharing.tables import select_source_row, source_row, table_view
from integration_journal.ui.sharing.texts import counts_text, record_markdown, tr


class PreviewDialog(QDialog):
    """Exactly what a share file will hold: a line per item, the counts, the full text on demand."""

    def __init__(self, preview: SharePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("What will be sent"))
        self.summary = QLabel(tr("To {name}: {counts}. Only {name} can open the file.").format(
            name=preview.contact.name, counts=counts_text(preview.counts)))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Share summary"))
        self.model = PreviewModel(self)
        self.model.set_rows(preview.lines)
        self.view = table_view(self.model, tr("Items to send"))
        self.view.sortByColumn(PreviewModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        self.full_button = QPushButton(tr("Show &full text"))
        self.full_button.setAccessibleName(tr("Show the full text of the chosen item"))
        self.full_button.setCheckable(True)
        self.full_button.toggled.connect(self._update_text)
        self.text = MarkdownView()
        self.text.setAccessibleName(tr("Full text"))
        self.text.hide()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_text())
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(tr("&Save share file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleName(tr("Save share file"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.full_button)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        if self.model.rowCount():
            select_source_row(self.view, 0)

    def _update_text(self, *_args: object) -> None:
        shown = self.full_button.isChecked()
        self.text.setVisible(shown)
        row = source_row(self.view)
        if not shown or row < 0:
            self.text.clear_content()
            return
        line = self.model.line_at(row)
        if line.kind == "summary":
            item = next(i for i in self.preview.items if i.item_id == line.item_id)
            from integration_journal.crypto import cbor

            document = cbor.decode(item.data)
            markdown = record_markdown(None, document["title"], document["text"])
        elif line.kind == "prompt_pack":
            markdown = f"# {escape_markdown(line.record.title)}\n"
        elif isinstance(line.record, r.Annotation):
            markdown = escape_markdown(line.record.text)
        else:
            markdown = record_markdown(line.record)
        self.text.set_html(render_markdown(markdown))

    def done(self, result: int) -> None:  # noqa: D102 - nothing of the share stays in the widgets
        self.text.clear_content()
        self.model.clear()
        super().done(result)
