"""Logging to a rotating file in the user log folder: never the database key, never a customer's
data. The folder is made 0700 and every log file 0600 (the rotated ones too). A traceback is
written with its frames but, of each exception, only its class — a database error with the
statement's kind, table and SQLite's own reason (never the parameters or the values), an
OSError with its code (never the file name, which can be a customer's name): the messages of
other exceptions can hold the values being written.

A log that cannot be written (read-only file or folder, a folder in its place, a full disk) is
no reason to stop: the app goes on without it — the window says so in one line on stderr, a
command says nothing beyond its own output.

Decisions:
- The default log folder is the app's own, so an existing one is tightened to 0700; a folder
  named by RECORDS_DESK_LOG_DIR is made 0700 when new and otherwise left as its owner set it
  (it could be shared), its log files are 0600 all the same.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import stat
import sys
import traceback
from pathlib import Path
from typing import Any

from records_desk.paths import LOG_ENV, log_dir

LOG_FILE_NAME = "records-desk.log"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the first and each after a rotation) is 0600, an existing one
    tightened; a record it cannot write is dropped without a traceback on stderr."""

    def _open(self) -> Any:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        try:
            if os.name == "posix" and stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
                os.fchmod(fd, FILE_MODE)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        except BaseException:
            os.close(fd)
            raise

    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk or a log file removed meanwhile: the record is lost, the app goes on."""


class PrivateFormatter(logging.Formatter):
    """Tracebacks without the exceptions' messages (see the module's docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        # Never the traceback another handler's formatter cached on the record, with messages.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        _kind, error, _tb = ei
        if error is None:
            return ""
        return safe_traceback(error).rstrip("\n")

    def formatStack(self, stack_info: str) -> str:
        return stack_info


def safe_traceback(error: BaseException) -> str:
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    parts: list[str] = []
    for index, item in enumerate(reversed(chain)):
        if index:
            parts.append("\nwhich led to:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(safe_summary(item) + "\n")
    return "".join(parts)


_STATEMENT = re.compile(
    r"^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|SELECT|PRAGMA|CREATE|DROP|ALTER"
    r"|BEGIN|COMMIT|ROLLBACK|WITH)\b(?:\s+\"?(\w+)\"?)?",
    re.IGNORECASE,
)


def safe_summary(error: BaseException) -> str:
    """The exception's class and what of it holds no data: see the module's docstring."""
    name = _qualified_name(type(error))
    statement = getattr(error, "statement", None)
    orig = getattr(error, "orig", None)
    if isinstance(statement, str):  # SQLAlchemy's StatementError and its subclasses
        found = _STATEMENT.match(statement)
        kind = " ".join(found.group(1).upper().split()) if found else "a statement"
        table = f" {found.group(2)}" if found and found.group(2) and kind != "SELECT" else ""
        told = f"{name} during {kind}{table}"
        if isinstance(orig, BaseException):
            told += f": {_qualified_name(type(orig))}"
            if type(orig).__module__.split(".")[0] in ("sqlite3", "sqlcipher3"):
                told += f": {orig}"  # SQLite names tables and columns, never the values
        return told
    if isinstance(error, OSError) and error.errno is not None:
        return f"{name}: [Errno {error.errno}] {error.strerror}"
    return name


def _qualified_name(kind: type) -> str:
    module = kind.__module__
    if module in ("builtins", "__main__"):
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


def setup_logging(console: bool = True) -> Path:
    """The log file's path (where it is, or would be when it cannot be written)."""
    folder = log_dir()
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    if any(getattr(h, "_records_desk", False) for h in root.handlers):
        return path
    root.setLevel(logging.INFO)
    formatter = PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        _private_folder(folder, tighten=not os.environ.get(LOG_ENV))
        handler: logging.Handler | None = PrivateRotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as e:
        handler = None
        if console:
            reason = e.strerror or type(e).__name__
            print(f"records-desk: the log {path} cannot be written ({reason})", file=sys.stderr)
    if handler is not None:
        handler.setFormatter(formatter)
        handler._records_desk = True  # type: ignore[attr-defined]  # our mark on a stdlib handler
        root.addHandler(handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.WARNING)
        stream.setFormatter(PrivateFormatter("%(levelname)s: %(message)s"))
        stream._records_desk = True  # type: ignore[attr-defined]  # our mark, as above
        root.addHandler(stream)
    elif handler is None:
        # Nowhere to write: no "No handlers could be found" nor logging's last-resort stderr.
        root.addHandler(_silent())
    return path


def _private_folder(folder: Path, *, tighten: bool) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.mkdir(folder, FOLDER_MODE)
    except FileExistsError:
        if tighten and os.name == "posix" and not folder.is_symlink():
            with contextlib.suppress(OSError):  # someone else's: leave it, the file is 0600
                if stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
                    folder.chmod(FOLDER_MODE)


def _silent() -> logging.Handler:
    handler = logging.NullHandler()
    handler._records_desk = True  # type: ignore[attr-defined]  # our mark, as above
    return handler
