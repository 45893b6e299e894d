"""The describer of a file the app was asked to write and did not (domain/common/file_errors.py):
one sentence naming the file and what the user can do."""

from __future__ import annotations

from records_desk.domain.common.file_errors import FileNotWritten, OutputProblem
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


@describer.register
def _file_not_written(e: FileNotWritten) -> str:
    if e.problem is OutputProblem.NOT_A_FILE:
        text = translate(
            "Files",
            "%1 is not an ordinary file (a folder, a device or a pipe); nothing was written. "
            "Choose a file name.",
        )
    elif e.problem is OutputProblem.READ_ONLY:
        text = translate(
            "Files", "%1 is read-only; it was not overwritten. Choose another file name."
        )
    elif e.problem is OutputProblem.FOLDER_MISSING:
        text = translate("Files", "%1 was not written: the folder does not exist.")
    elif e.problem is OutputProblem.FOLDER_NOT_WRITABLE:
        text = translate("Files", "%1 was not written: you may not write in that folder.")
    elif e.problem is OutputProblem.DISK_FULL:
        text = translate("Files", "%1 was not written: the disk is full.")
    else:
        return sub(translate("Files", "%1 was not written: %2."), e.path, e.detail)
    return sub(text, e.path)
