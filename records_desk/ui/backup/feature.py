"""The backup feature as the main window shows it (records_desk/features.py): no tab; the
File-side Backups menu (make one now, the Backups dialog) and the status-bar item saying
when the last good backup was made (red when one is due)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.ui.backup.extracts_menu import ExtractsMenu
from records_desk.ui.common.feature import FeatureAction, FeatureUi

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


# R-BAK-5: anyone asks for an extract; the general manager or the director decides.
EXTRACT_REQUESTS = FeatureAction(
    "extract_requests",
    lambda: translate("Actions", "Extract &requests…"),
    lambda: translate(
        "Actions", "Ask for an extract of customer data, or approve or refuse one"
    ),
    ExtractsMenu.open_requests,
)

FEATURE_UI = FeatureUi(
    "backup",
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Backups"),
    menu=("extract_requests",),
    actions=(EXTRACT_REQUESTS,),
    controller=ExtractsMenu,
)
