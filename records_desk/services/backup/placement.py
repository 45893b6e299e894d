"""Where a new backup copy goes and how it gets there (R-BAK-1, R-BAK-2): its free name
(office, date and time), the copy and its signed manifest renamed into place, the off-site
copy checked by SHA-256, and the temporary files of a process that died mid-backup. Used by
BackupService.make (backups.py).

Decisions:
- Until its manifest is in place a copy has a temporary name (.NAME.PID.RANDOM.partial) that
  nothing lists; the manifest is renamed into place last, so a kill or a full disk leaves no
  file under a final name.
- A failed off-site copy is not an error of the backup: it is reported ("missing", "full",
  "unwritable", "differs") with the copy made.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.errors import DiskFull
from records_desk.services.backup.copies import SUFFIX
from records_desk.store import backup as store
from records_desk.store.atomic import fsync_folder, pid_alive, temporary_beside

log = logging.getLogger(__name__)

PARTIAL = "partial"
Progress = Callable[[str], None]


def free_name(folder: Path, office: str, made_at: datetime, label: str) -> Path:
    """OFFICE_YYYY-MM-DD_HHMMSS[-N].rdbackup in local time (R-BAK-2: the copy is labelled
    with the office, the date and the time), never one that is taken."""
    local = made_at.astimezone()
    stem = f"{safe_name(office)}{'-' + safe_name(label) if label else ''}"
    base = f"{stem}_{local:%Y-%m-%d_%H%M%S}"
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists() or candidate.with_name(bm.manifest_name(candidate.name)).exists():
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


def safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text).strip("-") or "records"


def remove_leftovers(folder: Path) -> None:
    """Temporary copies of processes that died (killed, power cut) mid-backup."""
    for temp in folder.glob(f".*.{PARTIAL}"):
        pid = temp.name.split(".")[-3]  # .NAME.PID.RANDOM.partial (atomic.temporary_beside)
        if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                temp.unlink()


def put_in_place(temp: Path, final: Path, manifest: bm.Manifest, key_hex: str) -> None:
    """The copy at TEMP renamed to FINAL with its signed manifest beside it, the manifest
    last: the copy counts from then on (DiskFull when the disk is full)."""
    manifest_path = final.with_name(bm.manifest_name(final.name))
    manifest_temp = temporary_beside(manifest_path, PARTIAL)
    try:
        fd = os.open(manifest_temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(bm.encode(manifest, key_hex))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, final)
        os.replace(manifest_temp, manifest_path)  # last: the copy counts from here
        fsync_folder(final.parent)
    except OSError as e:
        final.unlink(missing_ok=True)
        if e.errno == 28:
            raise DiskFull(final) from None
        raise
    finally:
        manifest_temp.unlink(missing_ok=True)


def copy_offsite(
    final: Path, manifest: bm.Manifest, folder: Path | None, say: Progress
) -> tuple[Path | None, str | None]:
    """The copy and its manifest in the off-site folder (R-BAK-2), checked by SHA-256."""
    if folder is None:
        return None, None
    if not folder.is_dir():
        log.warning("the off-site backup folder is not there")
        return None, "missing"
    say("offsite")
    target = folder / final.name
    temp = temporary_beside(target, PARTIAL)
    try:
        remove_leftovers(folder)
        digest = store.copy_file(final, temp)
        if digest != manifest.sha256:
            return None, "differs"
        manifest_target = folder / bm.manifest_name(final.name)
        manifest_text = final.with_name(bm.manifest_name(final.name)).read_bytes()
        manifest_temp = temporary_beside(manifest_target, PARTIAL)
        fd = os.open(manifest_temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(manifest_text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, target)
        os.replace(manifest_temp, manifest_target)
        fsync_folder(folder)
        return target, None
    except DiskFull:
        return None, "full"
    except OSError:
        log.warning("the off-site backup could not be written")
        return None, "unwritable"
    finally:
        temp.unlink(missing_ok=True)
        for stray in folder.glob(f".{bm.manifest_name(final.name)}.*.{PARTIAL}"):
            with contextlib.suppress(OSError):
                stray.unlink()
