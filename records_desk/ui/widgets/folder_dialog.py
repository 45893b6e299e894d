"""Where a folder is, for a desktop that cannot open it (no file manager registered, a bare
X session, a locked-down terminal): the path to read or copy, instead of nothing at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FolderDialog(QDialog):
    """Says that `folder` could not be opened and shows its path, with a Copy button."""

    def __init__(
        self, title: str, message: str, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("folderDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.path = QLineEdit(str(folder))
        self.path.setObjectName("folderPath")
        self.path.setReadOnly(True)
        self.path.setMinimumWidth(420)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyFolderPath")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.path.text())
        self.copy_button.setText(self.tr("Copied"))
