"""Putting a finished file in place without ever replacing one that is there: the key file and
a newly made database are written under a temporary name in the target's folder, synced, then
linked to their name — which fails when the name is taken, so the loser of a race never
replaces (or, cleaning up, deletes) the winner's file.

Decisions:
- os.link, not os.replace (which replaces) or os.rename (which replaces on POSIX). Where the
  file system has no hard links, Windows' os.rename is itself exclusive; elsewhere the error
  is raised.
- The folder is synced after the link (POSIX), so the new name survives a power cut.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path


def temporary_beside(target: Path, suffix: str) -> Path:
    """A name in the target's folder no other process picks: `.NAME.PID.RANDOM.SUFFIX`."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.{suffix}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for syncing there; NTFS journals names
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def link_into_place(temp: Path, target: Path) -> None:
    """Give `temp` the name `target` only if no file has it (FileExistsError otherwise), then
    drop the temporary name. Both must be in the same folder."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.name != "nt":
            raise
        os.rename(temp, target)  # exclusive on Windows
    else:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    fsync_folder(target.parent)


def pid_alive(pid: int) -> bool:
    """Whether a process of that id runs (POSIX; elsewhere assumed alive: nothing removed)."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def leftovers(target: Path, suffix: str) -> list[Path]:
    """Temporary files of `temporary_beside(target, suffix)` whose process has ended (a kill,
    a power cut): safe to remove, nobody will finish them."""
    found = []
    for path in target.parent.glob(f".{glob.escape(target.name)}.*.{suffix}"):
        pid = path.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            found.append(path)
    return found


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on the file PATH (made 0600 when missing) for the block, across
    processes: flock on POSIX, msvcrt's byte lock on Windows; released when the block ends or
    the process dies."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def replace_atomically(path: Path, data: bytes, *, durable: bool) -> None:
    """DATA as PATH, replacing what is there: a temporary file beside it (0600), synced,
    renamed over it; with `durable` the folder is synced too, so the rename itself survives a
    power cut. (A file that must never replace another is linked instead: link_into_place.)"""
    temp = temporary_beside(path, "tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_folder(path.parent)
