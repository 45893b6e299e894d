"""The backup feature as the main window shows it (records_desk/features.py): no tab; the
Backups menu — Back up now (Ctrl+Shift+B), the Backups dialog (list, verify, restore, the
office's settings), the key-recovery sheet (the general manager's alone), extract requests
(R-BAK-5) — and the status-bar item saying when the last good backup was made (red
when one is due), which also makes the automatic copies at start and at exit; and, on the
first-start dialog of a new PC, "Restore from a backup…" (ui/backup/first_run_restore.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.feature import (
    FeatureAction,
    FeatureHost,
    FeatureUi,
    FirstRunEntry,
    FirstRunHost,
)

if TYPE_CHECKING:
    from records_desk.ui.backup.backups_dialog import BackupsDialog

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def _status(host: FeatureHost) -> QWidget:
    from records_desk.ui.backup.status import BackupStatusLabel

    label = BackupStatusLabel(host)
    label.clicked.connect(lambda: BackupMenu(host).open_backups())
    return label


class BackupMenu:
    def __init__(self, window: FeatureHost) -> None:
        self.window = window

    def open_backups(self) -> BackupsDialog:
        from records_desk.ui.backup.backups_dialog import BackupsDialog

        host = self.window
        parent = host if isinstance(host, QWidget) else None
        dialog = host.show_dialog(
            "backups",
            lambda: BackupsDialog(
                host.services,
                host.principal,
                host.settings,
                parent,
                on_restored=lambda: parent.close() if parent is not None else None,
            ),  # fmt: skip
        )
        assert isinstance(dialog, BackupsDialog)
        return dialog

    def back_up_now(self) -> None:
        self.open_backups().back_up_now()

    def open_purge(self) -> QWidget:
        from records_desk.ui.backup.purge_dialog import PurgeDialog

        host = self.window
        parent = host if isinstance(host, QWidget) else None
        return host.show_dialog(
            "purge", lambda: PurgeDialog(host.services, host.principal, host.settings, parent)
        )

    def print_key_sheet(self) -> None:
        from records_desk.ui.backup.key_sheet_dialog import print_key_sheet

        print_key_sheet(self.window)

    def open_requests(self) -> QWidget:
        from records_desk.ui.backup.extracts_menu import ExtractsMenu

        return ExtractsMenu(self.window).open_requests()


def _restore_at_first_start(host: FirstRunHost) -> QWidget:
    from records_desk.ui.backup.first_run_restore import restore_at_first_start

    return restore_at_first_start(host)


# The first-start dialog's button: a new PC brings the office's data from a backup.
FIRST_RUN = FirstRunEntry(
    "restore_backup",
    lambda: translate("FirstRunRestore", "&Restore from a backup…"),
    lambda: translate(
        "FirstRunRestore",
        "Bring the office's data from a backup (with the key from its key-recovery sheet)",
    ),
    _restore_at_first_start,
)

ACTIONS = (
    FeatureAction(
        "backup_now",
        lambda: translate("Actions", "&Back up now"),
        lambda: translate("Actions", "Make a checked backup of all the data now"),
        BackupMenu.back_up_now,
        "Ctrl+Shift+B",
        permission=Action.BACKUP_MAKE,
    ),
    FeatureAction(
        "backups",
        lambda: translate("Actions", "Back&ups…"),
        lambda: translate(
            "Actions", "The backups made, their state; verify or restore one; where and how often"
        ),
        BackupMenu.open_backups,
        permission=Action.BACKUP_MAKE,
    ),
    FeatureAction(
        "backup_key_sheet",
        lambda: translate("Actions", "Print &key-recovery sheet…"),
        lambda: translate(
            "Actions", "The database key on paper, to open a backup on a new PC (lock it away)"
        ),
        BackupMenu.print_key_sheet,
        permission=Action.KEY_SHEET,
    ),
    FeatureAction(
        "backup_purge",
        lambda: translate("Actions", "&Purge old data…"),
        lambda: translate(
            "Actions",
            "Void customer files and closed loans older than the years kept, after a backup",
        ),
        BackupMenu.open_purge,
        permission=Action.DATA_PURGE,
    ),
    # R-BAK-5: anyone asks for an extract; the general manager or the director decides.
    FeatureAction(
        "extract_requests",
        lambda: translate("Actions", "Extract &requests…"),
        lambda: translate(
            "Actions", "Ask for an extract of customer data, or approve or refuse one"
        ),
        BackupMenu.open_requests,
    ),
)

FEATURE_UI = FeatureUi(
    "backup",
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Backups"),
    menu=("backup_now", "backups", "backup_key_sheet", None, "backup_purge", "extract_requests"),
    actions=ACTIONS,
    controller=BackupMenu,
    status=_status,
    first_run=FIRST_RUN,
)
