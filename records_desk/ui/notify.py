"""Messages to the user, shown window-modal with open() (never exec(), which would block a
headless test). Tests replace `show_message` to capture what the user would read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def error(parent: QWidget | None, text: str, title: str = "") -> None:
    from PySide6.QtCore import QCoreApplication

    title = title or QCoreApplication.translate("Notify", "Records Desk")
    show_message(parent, QMessageBox.Icon.Warning, title, text)


def info(parent: QWidget | None, text: str, title: str = "") -> None:
    from PySide6.QtCore import QCoreApplication

    title = title or QCoreApplication.translate("Notify", "Records Desk")
    show_message(parent, QMessageBox.Icon.Information, title, text)
