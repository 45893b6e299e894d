"""Saving a rendered PDF without ever leaving half a file: the bytes go to a temporary file in
the target folder (so the final rename is atomic), the caller audits, then `commit()` renames it
over the target; any failure removes the temporary file. Also the default file name, the save
dialog and the folder of the copies opened in the system viewer.
The file is readable by its owner only (mkstemp's 0600), as the database is: forms hold
customers' data."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# Characters Windows refuses in file names (and the path separators everywhere).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(title_zh: str, at: datetime) -> str:
    """`<title_zh>-<yyyymmdd-hhmm>.pdf`, e.g. 借閱單-20261127-0930.pdf."""
    title = _UNSAFE.sub("_", title_zh).strip(" .") or "form"
    return f"{title}-{at:%Y%m%d-%H%M}.pdf"


class AtomicFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._temp: Path | None = None

    def write(self, data: bytes) -> None:
        """Write and flush to disk; raises OSError and leaves nothing behind on failure."""
        fd, name = tempfile.mkstemp(prefix=".~", suffix=".pdf.part", dir=self.path.parent)
        self._temp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        if self._temp is None:
            raise RuntimeError("write() first")
        try:
            os.replace(self._temp, self.path)
        except BaseException:
            self.discard()
            raise
        self._temp = None

    def discard(self) -> None:
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None


def why_not_written(error: OSError) -> str:
    """The reason in the user's words; the caller names the path."""
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(
        error, PermissionError
    ):
        return translate("Printing", "you may not write in that folder")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Printing", "the disk is full")
    if isinstance(error, FileNotFoundError):
        return translate("Printing", "the folder does not exist")
    return error.strerror or str(error)


def make_file_dialog(parent: QWidget, caption: str, path: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, path, "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(path)
    return dialog


def viewer_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)) / (
        "records-desk-print"
    )
