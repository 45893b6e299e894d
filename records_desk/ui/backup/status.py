"""When the last good backup was made, in the main window's status bar (R-BAK-1): plain when
recent, red with a warning sign when one is due (older than the office's interval, or none
yet), an amber note when the off-site folder is not there (R-BAK-2). A click opens the
Backups dialog. Shown to those who make backups; the automatic copies are made whoever is
signed in.

The automatic copies (R-BAK-1): once the status bar has first been painted (start-up time is
measured to the window's first paint), a copy is made off the UI thread when one is due; when
the window closes, again when one is due, off the UI thread too, in a small window of its own
that the application waits for before it quits (ui/backup/exit_backup.py). A desk that should
not (a second desk on a shared database) turns them off with the per-PC setting
`backup/automatic` (the Backups dialog's "Make the automatic backups on this PC"), read each
time a copy would be made: a change holds without a restart.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from records_desk.domain.common.permissions import Action
from records_desk.settings import Option

if TYPE_CHECKING:
    from records_desk.services.backup.backups import BackupStatus
    from records_desk.ui.common.feature import FeatureHost

translate = QCoreApplication.translate
REFRESH_MS = 10 * 60 * 1000
DUE_STYLE = "color: #b71c1c; font-weight: bold;"
NOTE_STYLE = "color: #a66200;"


AUTOMATIC = Option[bool]("backup/automatic", bool, True)


def when(at: datetime, now: datetime) -> str:
    """'today 09:12', 'yesterday 17:30', or the date and time."""
    local, today = at.astimezone(), now.astimezone().date()
    if local.date() == today:
        return translate("BackupStatus", "today %1").replace("%1", f"{local:%H:%M}")
    if (today - local.date()).days == 1:
        return translate("BackupStatus", "yesterday %1").replace("%1", f"{local:%H:%M}")
    return f"{local:%Y-%m-%d %H:%M}"


class BackupStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, host: FeatureHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.setContentsMargins(6, 0, 6, 0)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.host = host
        self.status: BackupStatus | None = None
        self.job: object | None = None  # the automatic copy at start, while it runs
        self._started = False
        self.setVisible(host.services.ctx.may(host.principal, Action.BACKUP_MAKE))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        closed = getattr(host, "closed", None)
        if closed is not None:
            closed.connect(self.at_exit)
        self.setText(" ")

    @property
    def automatic(self) -> bool:
        """This PC makes the automatic copies (read when acting: the Backups dialog changes it)."""
        return bool(self.host.settings.get(AUTOMATIC))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.at_start)

    def at_start(self) -> None:
        from records_desk.ui.backup import exit_backup

        self.refresh()
        if not self.automatic or exit_backup.running():  # signed in again while it still runs
            return
        if self.status is not None and self.status.due:
            self.back_up_automatically()

    def back_up_automatically(self) -> None:
        from records_desk.ui.common.background import BackgroundJob

        backups = self.host.services.backup.backups  # built here: cached_property, UI thread
        principal = self.host.principal
        label = translate("BackupStatus", "Making the office's backup…")
        job = BackgroundJob(
            self.window(),
            lambda _p, _c: backups.make_if_due(principal),
            label,
            cancellable=False,
        )
        job.finished.connect(lambda _r: self._done())
        job.failed.connect(self._failed)
        self.job = job.start()

    def _done(self) -> None:
        self.job = None
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        from records_desk.ui.messages import describe

        self.job = None
        self.refresh()
        self.setText("⚠ " + translate("BackupStatus", "Backup failed"))
        self.setStyleSheet(DUE_STYLE)
        said = [describe(error)] if isinstance(error, Exception) else []
        if self.status is not None:  # where: the message alone did not say which folder
            said.append(translate("BackupStatus", "Backups are kept in %1").replace(
                "%1", str(self.status.folder)))  # fmt: skip
        said.append(translate("BackupStatus", "Click to open the Backups dialog"))
        self.setToolTip("\n".join(said))

    def at_exit(self) -> None:
        """The copy at exit when one is due, in its own window while it runs (the main window
        has gone); the application quits once it has ended. A failure is logged and never
        keeps the application open (exit_backup.py)."""
        from records_desk.ui.backup import exit_backup
        from records_desk.ui.common.background import BackgroundJob

        if isinstance(self.job, BackgroundJob):  # the copy at start still runs: shown to its end
            exit_backup.ExitBackupWindow().follow(self.job)
            return
        if not self.automatic or exit_backup.running():
            return
        backups = self.host.services.backup.backups  # built here: cached_property, UI thread
        principal = self.host.principal
        try:
            due = backups.status().due
        except Exception:  # noqa: BLE001 - never stop the window closing; the log says why
            logging.getLogger(__name__).exception("the backup at exit failed")
            return
        if due:  # no window flashing by when none is due
            exit_backup.ExitBackupWindow().run(lambda: backups.make_if_due(principal))

    def refresh(self) -> None:
        try:
            self.status = self.host.services.backup.backups.status()
        except Exception:  # noqa: BLE001 - a status that cannot be read is shown as unknown
            self.status = None
        self.show_status()

    def show_status(self) -> None:
        status = self.status
        if status is None:
            self.setText(" ")
            return
        now = self.host.services.ctx.now()
        if status.last_good is None:
            text = "⚠ " + translate("BackupStatus", "No backup yet")
        elif status.due:
            text = "⚠ " + translate("BackupStatus", "Last backup: %1 (one is due)").replace(
                "%1", when(status.last_good, now)
            )
        else:
            text = translate("BackupStatus", "Last backup: %1").replace(
                "%1", when(status.last_good, now)
            )
        tip = translate("BackupStatus", "Backups are kept in %1").replace("%1", str(status.folder))
        style = DUE_STYLE if status.due else ""
        if status.offsite_missing:
            text += " · " + translate("BackupStatus", "off-site folder missing")
            tip += "\n" + translate(
                "BackupStatus", "The off-site folder %1 is not there (is the drive plugged in?)"
            ).replace("%1", str(status.offsite))
            style = style or NOTE_STYLE
        self.setText(text)
        self.setStyleSheet(style)
        self.setToolTip(tip + "\n" + translate("BackupStatus", "Click to open the Backups dialog"))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
