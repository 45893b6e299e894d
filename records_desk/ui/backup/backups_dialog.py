"""The Backups dialog (R-BAK-1…3): the copies in the backup folder, newest first, each with
whether it is good (its signed manifest and size) or what is wrong with it; make one now,
verify one whole, restore one; and the office's backup settings (folder, off-site folder,
how often) with this PC's own: whether it makes the automatic copies. Long work (a copy, a verification, a restore) runs off the UI thread with a
progress dialog. Opened with show() (never exec()). Every text is set in retranslate_ui: a
language switched while the dialog is open rewords it at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.backup.errors import BackupNotGood, CopyProblem
from records_desk.domain.common.permissions import Action
from records_desk.services.backup.backups import BackupStatus
from records_desk.services.backup.copies import BackupEntry
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.backup.backup_settings import BackupSettingsBox
from records_desk.ui.common.ask import ask
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.common.table import (
    Column,
    RowsModel,
    refresh_close_row,
    selected_item,
    table_view,
)
from records_desk.ui.messages import describe
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.backup.errors import copy_problem
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def _state(entry: BackupEntry, verified: dict[str, CopyProblem | None] | None = None) -> str:
    """The list's word for a copy; VERIFIED: what Verify found in this dialog (by file name),
    which the list (manifest and size only) cannot see — a copy altered inside was still
    listed "good" after Verify had said it cannot be trusted."""
    found = (verified or {}).get(entry.name, _UNSEEN)
    if found is not _UNSEEN and found is not None:
        return copy_problem(found)  # type: ignore[arg-type]
    if entry.good:
        if found is None:
            return translate("BackupsDialog", "good, verified")
        return translate("BackupsDialog", "good")
    return copy_problem(entry.problem) if entry.problem else ""


_UNSEEN = object()


def _refused(entry: BackupEntry, verified: dict[str, CopyProblem | None]) -> bool:
    return not entry.good or verified.get(entry.name) is not None


def _columns(verified: dict[str, CopyProblem | None]) -> list[Column[BackupEntry]]:
    return [
        Column(
            translate("BackupsDialog", "Made"), lambda e: e.manifest.made_at if e.manifest else None
        ),
        Column(translate("BackupsDialog", "File"), lambda e: e.name),
        Column(
            translate("BackupsDialog", "Rows"),
            lambda e: e.manifest.rows if e.manifest else None,
            numeric=True,
        ),  # fmt: skip
        Column(
            translate("BackupsDialog", "Size (MB)"),
            lambda e: f"{e.manifest.size / 1_048_576:.1f}" if e.manifest else None,
            numeric=True,
        ),  # fmt: skip
        Column(
            translate("BackupsDialog", "State"),
            lambda e: _state(e, verified),
            alert=lambda e: _refused(e, verified),
        ),  # fmt: skip
    ]


class BackupsDialog(BackupSettingsBox, RememberingDialog):
    geometry_key = "backups"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
        on_restored: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("backupsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.principal = principal
        self.pc_settings = settings
        self.on_restored = on_restored
        self.job: BackgroundJob | None = None
        self.backups = services.backup.backups
        self.verified: dict[str, CopyProblem | None] = {}  # file name: what Verify found
        self.model: RowsModel[BackupEntry] = RowsModel(_columns(self.verified), self)
        self.table = table_view(self.model, "backupsTable", self, settings)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda _i: self.verify_selected())
        self.where = QLabel()
        self.where.setObjectName("backupFolderLabel")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.make_button = QPushButton()
        self.make_button.setObjectName("backUpNow")
        self.make_button.clicked.connect(self.back_up_now)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyBackup")
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_selected)
        self.may_restore = services.ctx.may(principal, Action.BACKUP_RESTORE)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.settings_box = self._settings_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.settings_box)
        layout.addLayout(refresh_close_row(self, self.refresh))
        refresh_button = self.findChild(QPushButton, "refreshButton")
        assert refresh_button is not None  # made by refresh_close_row
        self.refresh_button = refresh_button
        # Tab goes as the eye does: the buttons, the list under them, then the settings.
        QWidget.setTabOrder(self.restore_button, self.table)
        QWidget.setTabOrder(self.table, self.folder_edit)
        self.status: BackupStatus | None = None
        self.retranslate_ui()
        self.resize(860, 560)
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("BackupsDialog", "Backups — Records Desk"))
        self.table.placeholder = translate(
            "BackupsDialog", "No backup in this folder yet: make one with Back up now."
        )
        self.make_button.setText(translate("BackupsDialog", "&Back up now"))
        self.verify_button.setText(translate("BackupsDialog", "&Verify"))
        self.restore_button.setText(translate("BackupsDialog", "R&estore…"))
        self.refresh_button.setText(translate("AdminTable", "&Refresh"))
        self.model.columns = _columns(self.verified)
        last = len(self.model.columns) - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self.model.rowCount():  # the state column's words
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, last)
            )
        self._retranslate_settings()
        self._say_where()
        self._enable()

    # -- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            entries = operations.call(self, lambda: self.backups.entries(self.principal))
        except operations.Failed:
            entries = []
        chosen = self._selected()
        self.model.set_rows(entries)
        names = [e.name for e in entries]
        if chosen is not None and chosen.name in names:  # the same copy stays selected
            self.table.selectRow(names.index(chosen.name))
        self.status = self.backups.status()
        self._say_where()
        self._enable()

    def _say_where(self) -> None:
        """Where the copies are kept and copied to (the last status read)."""
        status = self.status
        if status is None:
            return
        kept = sub(translate("BackupsDialog", "Backups are kept in %1."), str(status.folder))
        if status.offsite is not None:
            if status.offsite_missing:
                copied = sub(translate("BackupsDialog", "The off-site folder %1 is not there: "
                                       "plug in the drive or reach the network folder."),
                             str(status.offsite))  # fmt: skip
            else:
                copied = sub(
                    translate("BackupsDialog", "Each one is copied to %1."), str(status.offsite)
                )
        else:
            copied = translate(
                "BackupsDialog",
                "No off-site folder is set: keep a copy away from this PC.",
            )
        # "%1 %2": two sentences; Chinese puts no space after its full stop.
        self.where.setText(sub(translate("BackupsDialog", "%1 %2"), kept, copied))

    def _selected(self) -> BackupEntry | None:
        item = selected_item(self.table)
        return item if isinstance(item, BackupEntry) else None

    def _enable(self) -> None:
        entry = self._selected()
        busy = self.job is not None
        self.make_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and entry is not None)
        self.restore_button.setEnabled(
            not busy and self.may_restore and entry is not None
            and not _refused(entry, self.verified)
        )  # fmt: skip
        # A disabled button says why (the user cannot guess it from the list).
        pick = translate("BackupsDialog", "Select a backup in the list first.")
        working = translate("BackupsDialog", "Wait until the work under way is finished.")
        self.verify_button.setToolTip(
            working if busy else pick if entry is None else
            translate("BackupsDialog", "Check the selected backup whole: its signature, its "
                      "checksum, its integrity and its operation log."))  # fmt: skip
        if not self.may_restore:
            why = translate(
                "BackupsDialog", "A restore is decided by the general manager or the director."
            )
        elif busy:
            why = working
        elif entry is None:
            why = pick
        elif _refused(entry, self.verified):
            why = sub(translate("BackupsDialog", "This backup cannot be restored: %1"),
                      _state(entry, self.verified))  # fmt: skip
        else:
            why = translate("BackupsDialog", "Replace all the data with the selected backup.")
        self.restore_button.setToolTip(why)

    # -- work off the UI thread ------------------------------------------------------------

    def _run(self, fn: Callable[[], object], label: str, done: Callable[[object], None]) -> None:
        job = BackgroundJob(self, lambda _p, _c: fn(), label, cancellable=False)
        job.finished.connect(lambda result: self._finished(done, result))
        job.failed.connect(self._failed)
        self.job = job.start()
        self._enable()

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self.job = None
        done(result)
        if self.isVisible():
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, BackupNotGood):  # Verify (or a restore's check) found it bad
            self.verified[error.name] = error.problem
        self.refresh()
        if isinstance(error, Exception):
            notify.error(self, describe(error))

    def back_up_now(self) -> None:
        principal = self.principal
        self._run(lambda: self.backups.make(principal), translate("BackupsDialog", "Backing up…"),
                  lambda result: notify.info(self, sub(translate("BackupsDialog", "Backup made: %1"),
                                                       getattr(result, "path", ""))))  # fmt: skip

    def verify_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        path, principal = entry.path, self.principal

        def verified(manifest: object) -> None:
            self.verified[path.name] = None
            text = translate(
                "BackupsDialog", "The backup %1 is good: %2 rows, operation log up to entry %3."
            )
            rows = getattr(manifest, "rows", "")
            head = getattr(getattr(manifest, "head", None), "seq", "")
            notify.info(self, sub(text, path.name, str(rows), str(head)))

        self._run(lambda: self.backups.verify(principal, path),
                  translate("BackupsDialog", "Verifying the backup…"), verified)  # fmt: skip

    def restore_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.manifest is None:
            return
        manifest = entry.manifest
        question = sub(
            translate("BackupsDialog",
                      "Replace ALL the data with the backup %1 made %2 (%3 rows)? Whatever was "
                      "recorded after it is set aside: the data in use is backed up first. "
                      "Records Desk closes afterwards; start it again."),
            entry.name, manifest.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), str(manifest.rows),
        )  # fmt: skip
        ask(self, question, lambda: self._restore(entry.path))

    def _restore(self, path: Path) -> None:
        principal = self.principal
        restore = self.services.backup.restore  # built on the UI thread (cached_property)
        self._run(lambda: restore.restore(principal, path),
                  translate("BackupsDialog", "Restoring: verifying, saving the data in use, "
                            "swapping, verifying again…"), self._after_restore)  # fmt: skip

    def _after_restore(self, report: object) -> None:
        manifest = getattr(report, "manifest", None)
        safety = getattr(report, "safety", None)
        text = sub(
            translate("BackupsDialog",
                      "Restored %1: %2 rows, verified. The data before the restore is kept in "
                      "%3. Records Desk closes now; start it again to work on the restored data."),
            getattr(manifest, "file", ""), str(getattr(manifest, "rows", "")), str(safety or ""),
        )  # fmt: skip
        notify.info(self, text)
        self.close()
        if self.on_restored is not None:
            self.on_restored()
