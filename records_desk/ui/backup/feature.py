"""The backup feature as the main window shows it (records_desk/features.py): no tab; the
File-side Backups menu (make one now, the Backups dialog) and the status-bar item saying
when the last good backup was made (red when one is due)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.ui.common.feature import FeatureUi

FEATURE_UI = FeatureUi(
    "backup",
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Backups"),
)
