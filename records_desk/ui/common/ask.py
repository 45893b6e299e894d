"""A yes/no question shown window-modal with open() (never exec(), which would block a headless
test); `on_yes` runs when the user agrees. Tests replace `ask` to answer for the user."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    title = QCoreApplication.translate("Question", "Records Desk")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
