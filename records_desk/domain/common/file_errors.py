"""Why a file the user asked for (a PDF, an Excel export, an error report) was not written.
Worded by records_desk/wording/files.py; raised by records_desk/private_files.py."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from records_desk.domain.common.errors import DomainError


class OutputProblem(StrEnum):
    NOT_A_FILE = "not_a_file"  # a folder, a device (/dev/full), a pipe, a socket
    READ_ONLY = "read_only"  # an existing file the user may not (or did not mean to) change
    FOLDER_MISSING = "folder_missing"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    DISK_FULL = "disk_full"
    OTHER = "other"  # the system's own reason is in `detail`


@dataclass
class FileNotWritten(DomainError):
    """Nothing was written to `path` (nor left beside it)."""

    path: Path
    problem: OutputProblem
    detail: str = ""

    def __str__(self) -> str:
        reason = self.detail or self.problem.value.replace("_", " ")
        return f"{self.path} was not written: {reason}"
