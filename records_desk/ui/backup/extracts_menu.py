"""The Backups menu's Extract requests… (R-BAK-5): the slot, with the dialog imported on first
use so the window's start-up stays light."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from records_desk.ui.common.feature import FeatureHost


class ExtractsMenu:
    """The backup feature's controller for its extract requests; `window` hosts the dialog."""

    def __init__(self, window: FeatureHost) -> None:
        assert isinstance(window, QWidget)  # the main window, which parents the dialog
        self.window: FeatureHost = window
        self.widget: QWidget = window

    def open_requests(self) -> QWidget:
        from records_desk.ui.backup.extracts_dialog import ExtractRequestsDialog

        w = self.window
        return w.show_dialog(
            "extract_requests",
            lambda: ExtractRequestsDialog(w.services, w.principal, w.settings, self.widget),
        )
