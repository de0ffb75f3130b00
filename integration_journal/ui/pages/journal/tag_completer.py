"""Completes the tag being typed in the Journal page's tag field from the tags already in the journal."""

from __future__ import annotations

from PySide6.QtWidgets import QCompleter, QLineEdit


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, from every tag already in the journal."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        tag = str(index.data())
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] if "," in text else ""
        return f"{head.rstrip()}, {tag}" if head.strip() else tag
