"""CountdownBanner: the calm notice counting down the last seconds before an idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class CountdownBanner(QFrame):
    """The calm, non-modal notice shown during the last seconds before an idle lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Lock countdown"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Lock countdown"))
        self.hide()

    def restyle(self, colours: dict[str, str]) -> None:
        self.setStyleSheet(
            f"QFrame#countdown_banner {{ background: {colours['background']}; border: 1px solid "
            f"{colours['border']}; border-radius: 4px; }} QFrame#countdown_banner QLabel {{ color: "
            f"{colours['text']}; background: transparent; }}")

    def show_seconds(self, seconds: int) -> None:
        text = self.tr("Locking in {seconds} s — move the mouse or press a key to stay").format(seconds=seconds)
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()
