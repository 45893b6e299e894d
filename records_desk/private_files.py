"""Files that hold customers' data outside the encrypted database, kept private.

- `use_private_temp()` (at the start of the window and of every command): the process's
  temporary files go to a folder of its own inside `paths.temp_root()` (0700, owned by this
  user, not a symbolic link), never the shared system folder; `tempfile.tempdir` points there,
  so openpyxl's temporary sheets of an export land in it too. The folder is removed when the
  process exits, and folders left by a killed process are removed by the next start.
- `check_target(path)`: whether a file may be written at `path` — a regular file or nothing;
  never a folder, a device (`/dev/full`), a pipe or a socket, nor a read-only file.
- `AtomicOutput` / `atomic_output(path)` / `write_file(path, data)`: the file appears whole or
  not at all — written to a temporary file beside it (created 0600, synced), then renamed.
  Every file the app writes is readable by its owner only.

Failures are `FileNotWritten` (domain/common/file_errors.py) with the reason a user can act on:
read-only, not a file, no such folder, no right to write there, disk full.

Decisions:
- One sub-folder per process, each with a lock file held while it runs: the next start removes
  a folder only when it can take its lock (POSIX flock; on Windows an open file cannot be
  deleted), so a second window or a command running beside it keeps its files.
- A read-only file is refused even for root (who may write anything): its mode says the user
  meant it to stay.
- A symbolic link is followed: its target is checked and replaced, the link stays.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import logging
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from records_desk.domain.common.file_errors import FileNotWritten, OutputProblem
from records_desk.paths import temp_root

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600
FOLDER_MODE = 0o700
_LOCK_SUFFIX = ".lock"


# --- the private temporary folder -------------------------------------------------------------


class PrivateTemp:
    """This process's temporary folder and the lock that tells other starts it is alive."""

    def __init__(self, root: Path) -> None:
        self.root = root
        name = f"{os.getpid()}-{secrets.token_hex(4)}"
        self.lock_path = root / f"{name}{_LOCK_SUFFIX}"
        self._lock = _locked_file(self.lock_path)
        self.path = root / name
        os.mkdir(self.path, FOLDER_MODE)

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.close(self._lock)
        with contextlib.suppress(OSError):
            self.lock_path.unlink()


_current: PrivateTemp | None = None


def use_private_temp() -> Path | None:
    """Make (once per process) the private temporary folder, remove what killed processes
    left, and send `tempfile`'s files there. None when no private folder can be had (then the
    system's folder stays in use, and the log says why)."""
    global _current
    if _current is not None:
        return _current.path
    try:
        root = private_folder(temp_root())
        remove_leftovers(root)
        _current = PrivateTemp(root)
    except (OSError, UnsafeFolder) as e:
        log.warning("no private temporary folder (%s); using the system's", _reason(e))
        return None
    tempfile.tempdir = str(_current.path)
    atexit.register(end_private_temp)
    return _current.path


def end_private_temp() -> None:
    """Remove the process's temporary folder (at exit; the window also calls it on closing)."""
    global _current
    if _current is None:
        return
    if tempfile.tempdir == str(_current.path):
        tempfile.tempdir = None
    _current.remove()
    _current = None


def private_temp_folder() -> Path | None:
    return _current.path if _current is not None else None


class UnsafeFolder(Exception):
    """The folder is a symbolic link, or another user's: never used for private files."""


def private_folder(path: Path) -> Path:
    """`path` as a folder only this user can enter: made 0700 (parents as the system makes
    them), an existing one of ours tightened to 0700. Raises UnsafeFolder for a symbolic link
    or a folder owned by someone else."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, FOLDER_MODE)
    found = os.lstat(path)
    if stat.S_ISLNK(found.st_mode) or not stat.S_ISDIR(found.st_mode):
        raise UnsafeFolder(f"{path} is not a plain folder")
    if hasattr(os, "getuid") and found.st_uid != os.getuid():
        raise UnsafeFolder(f"{path} belongs to another user")
    if os.name == "posix" and stat.S_IMODE(found.st_mode) != FOLDER_MODE:
        os.chmod(path, FOLDER_MODE)
    return path


def remove_leftovers(root: Path) -> None:
    """Remove the folders of processes that are gone (killed, or crashed before exiting)."""
    for entry in list(root.iterdir()):
        if entry.name.endswith(_LOCK_SUFFIX):
            folder = entry.with_name(entry.name[: -len(_LOCK_SUFFIX)])
            if _claim(entry):
                shutil.rmtree(folder, ignore_errors=True)
                with contextlib.suppress(OSError):
                    entry.unlink()
        elif not entry.with_name(entry.name + _LOCK_SUFFIX).exists():
            # A folder whose lock is gone: its clean-up was itself interrupted.
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()


def _locked_file(path: Path) -> int:
    """`path` made and held (open, and flock-ed on POSIX) by this process. On POSIX it is
    locked under a hidden name first, then renamed: a start cleaning up never sees it
    unlocked."""
    if os.name != "posix":  # Windows: an open file cannot be deleted, that is the lock
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    import fcntl

    while True:
        hidden = path.with_name(f".{path.name}")
        fd = os.open(hidden, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            os.rename(hidden, path)
        except FileNotFoundError:  # claimed as a leftover in the instant before the lock
            os.close(fd)
            continue
        return fd


def _claim(lock: Path) -> bool:
    """True when the process that made `lock` is gone (its lock could be taken)."""
    if os.name != "posix":
        try:  # an open file cannot be deleted on Windows: deleted means nobody holds it
            lock.unlink()
        except OSError:
            return False
        return True
    import fcntl

    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)  # closing releases the lock
    return True


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return str(error)


# --- writing a file the user asked for ----------------------------------------------------------


def check_target(path: str | Path) -> Path:
    """The file to write for `path` (a symbolic link's target), or FileNotWritten when it is
    not a regular file, is read-only, or its folder is missing or not writable."""
    path = Path(path)
    real = Path(os.path.realpath(path))
    try:
        found: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        found = None
    except OSError as e:
        raise not_written(path, e) from None
    if found is not None:
        if not stat.S_ISREG(found.st_mode):
            raise FileNotWritten(path, OutputProblem.NOT_A_FILE)
        if not found.st_mode & 0o222 or not os.access(real, os.W_OK):
            raise FileNotWritten(path, OutputProblem.READ_ONLY)
    folder = real.parent
    if not folder.is_dir():
        raise FileNotWritten(path, OutputProblem.FOLDER_MISSING)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileNotWritten(path, OutputProblem.FOLDER_NOT_WRITABLE)
    return real


def not_written(path: Path, error: OSError) -> FileNotWritten:
    """The user's reason for an OSError met while writing `path`."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return FileNotWritten(path, OutputProblem.DISK_FULL)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileNotWritten(path, OutputProblem.FOLDER_NOT_WRITABLE)
    if code == errno.ENOENT:
        return FileNotWritten(path, OutputProblem.FOLDER_MISSING)
    if code in (errno.EISDIR, errno.ENXIO, errno.ENOTDIR):
        return FileNotWritten(path, OutputProblem.NOT_A_FILE)
    return FileNotWritten(path, OutputProblem.OTHER, error.strerror or type(error).__name__)


class AtomicOutput:
    """A file written in two steps, for a caller that must do something (audit the save)
    between writing and showing the file: `write` (or `open`) makes the temporary file beside
    the target, `commit` renames it into place, `discard` removes it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.target = check_target(self.path)
        self._temp: Path | None = None
        self._lock: int | None = None  # holds the temporary file's flock until commit/discard

    def open(self) -> BinaryIO:
        """A new temporary file beside the target, 0600, for the caller to write and close.
        Temporary files of the same target left by a killed process go first: each is locked
        (flock) by its writer until it is renamed or removed, so one that can be locked has no
        writer any more."""
        folder = self.target.parent
        self._remove_leftovers()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        flags |= getattr(os, "O_NOFOLLOW", 0)
        for _ in range(100):
            temp = folder / f".{self.target.name}.{secrets.token_hex(4)}.part"
            try:
                fd = os.open(temp, flags, PRIVATE_MODE)
            except FileExistsError:
                continue
            except OSError as e:
                raise not_written(self.path, e) from None
            self._temp = temp
            if os.name == "posix":
                import fcntl

                os.fchmod(fd, PRIVATE_MODE)  # whatever the umask
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._lock = os.dup(fd)  # the lock outlives the caller closing the file
            return os.fdopen(fd, "wb")
        raise FileNotWritten(self.path, OutputProblem.OTHER, "no free temporary name")

    def _remove_leftovers(self) -> None:
        import glob

        pattern = f".{glob.escape(self.target.name)}.*.part"
        for leftover in self.target.parent.glob(pattern):
            if leftover.is_file() and not leftover.is_symlink() and _claim(leftover):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _release(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock)
            self._lock = None

    def finish(self, out: BinaryIO) -> None:
        """Flush `out` (from `open`) to the disk and close it."""
        try:
            out.flush()
            os.fsync(out.fileno())
        except OSError as e:
            self.discard()
            raise not_written(self.path, e) from None
        finally:
            with contextlib.suppress(OSError):
                out.close()

    def write(self, data: bytes) -> None:
        out = self.open()
        try:
            out.write(data)
        except OSError as e:
            with contextlib.suppress(OSError):
                out.close()
            self.discard()
            raise not_written(self.path, e) from None
        self.finish(out)

    def commit(self) -> None:
        if self._temp is None:
            raise RuntimeError("write() first")
        try:
            check_target(self.path)  # nothing became a pipe or read-only meanwhile
            os.replace(self._temp, self.target)
        except FileNotWritten:
            self.discard()
            raise
        except OSError as e:
            self.discard()
            raise not_written(self.path, e) from None
        self._temp = None
        self._release()
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        if self._temp is not None:
            with contextlib.suppress(OSError):
                self._temp.unlink()
            self._temp = None
        self._release()


@contextlib.contextmanager
def atomic_output(
    path: str | Path, before_commit: Callable[[], None] | None = None
) -> Iterator[BinaryIO]:
    """Write the file in the block; it appears when the block ends without an error, after
    `before_commit` (the audit entry of the export, R-AUD-2) has run: a kill in between leaves
    an entry and no file, never a file the log does not know of."""
    output = AtomicOutput(path)
    out = output.open()
    try:
        yield out
    except OSError as e:
        with contextlib.suppress(OSError):
            out.close()
        output.discard()
        raise not_written(output.path, e) from None
    except BaseException:
        with contextlib.suppress(OSError):
            out.close()
        output.discard()
        raise
    output.finish(out)
    if before_commit is not None:
        try:
            before_commit()
        except BaseException:
            output.discard()
            raise
    output.commit()


def write_file(path: str | Path, data: bytes) -> None:
    """`data` to `path`, whole or not at all, readable by its owner only."""
    output = AtomicOutput(path)
    output.write(data)
    output.commit()


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
