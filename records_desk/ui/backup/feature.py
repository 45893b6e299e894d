"""The backup feature as the main window shows it (records_desk/features.py): no tab; the
File-side Backups menu (make one now, the Backups dialog) and the status-bar item saying
when the last good backup was made (red when one is due). The key-recovery sheet
(ui/backup/key_sheet_dialog.py) is the general manager's alone (Action.KEY_SHEET)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


class BackupMenu:
    """The Backups menu's slots."""

    def __init__(self, window: FeatureHost) -> None:
        self.window = window

    def print_key_sheet(self) -> None:
        from records_desk.ui.backup.key_sheet_dialog import print_key_sheet

        print_key_sheet(self.window)


ACTIONS = (
    FeatureAction(
        "backup_key_sheet",
        lambda: translate("Actions", "Print &key-recovery sheet…"),
        lambda: translate(
            "Actions", "The database key on paper, to open a backup on a new PC (lock it away)"
        ),
        BackupMenu.print_key_sheet,
        permission=Action.KEY_SHEET,
    ),
)

FEATURE_UI = FeatureUi(
    "backup",
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Backups"),
    menu=("backup_key_sheet",),
    actions=ACTIONS,
    controller=BackupMenu,
)
