"""Saving a rendered PDF without ever leaving half a file: the bytes go to a temporary file in
the target folder (so the final rename is atomic), the caller audits, then `commit()` renames it
over the target; any failure removes the temporary file (records_desk/private_files.py
AtomicOutput, which also refuses a target that is not a regular file or is read-only). Also the
default file name, the save dialog (which asks before replacing an existing file) and the
folder of the copies opened in the system viewer: inside the process's private temporary
folder, removed when the app ends.
The file is readable by its owner only (0600), as the database is: forms hold customers' data."""

from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from records_desk.private_files import AtomicOutput, private_temp_folder

# Characters Windows refuses in file names (and the path separators everywhere).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_file_name(title_zh: str, at: datetime) -> str:
    """`<title_zh>-<yyyymmdd-hhmm>.pdf`, e.g. 借閱單-20261127-0930.pdf."""
    title = _UNSAFE.sub("_", title_zh).strip(" .") or "form"
    return f"{title}-{at:%Y%m%d-%H%M}.pdf"


class AtomicFile:
    """`write`, then `commit` or `discard`; FileNotWritten (nothing left behind) on failure."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._output: AtomicOutput | None = None

    def write(self, data: bytes) -> None:
        output = AtomicOutput(self.path)
        output.write(data)
        self._output = output

    def commit(self) -> None:
        if self._output is None:
            raise RuntimeError("write() first")
        output, self._output = self._output, None
        output.commit()

    def discard(self) -> None:
        if self._output is not None:
            self._output.discard()
            self._output = None


def make_file_dialog(parent: QWidget, caption: str, path: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, path, "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(path)
    return dialog


def viewer_folder() -> Path:
    """The copies opened in the system viewer: the private temporary folder when there is one
    (private_files.use_private_temp), else the system's (the copies are 0600 all the same)."""
    return Path(private_temp_folder() or tempfile.gettempdir()) / "records-desk-print"
