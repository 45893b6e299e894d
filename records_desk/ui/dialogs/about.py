"""Help → About: what Records Desk is, its version, the database in use, and the licences of
what it bundles."""

from __future__ import annotations

import html

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from records_desk import APP_NAME, __version__
from records_desk.settings import Settings
from records_desk.ui.widgets.dialog import RememberingDialog


class AboutDialog(RememberingDialog):
    def __init__(self, settings: Settings, db_path: str, parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setObjectName("aboutDialog")
        self._db_path = db_path
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        body = self.tr(
            "<h3>%1 %2</h3>"
            "<p>The records office's desktop application: customer files, the loan "
            "register, removable media and the reception rotation.</p>"
            "<p>Database: %3</p>"
            "<p>Qt %4, PySide6 %5. Chinese text uses the WenQuanYi Micro Hei font "
            "(Apache License 2.0).</p>"
        )
        for marker, value in (
            ("%1", APP_NAME),
            ("%2", __version__),
            ("%3", html.escape(self._db_path)),
            ("%4", qVersion()),
            ("%5", PySide6.__version__),
        ):
            body = body.replace(marker, value)
        self.text.setText(body)
