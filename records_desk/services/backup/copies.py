"""The copies in a backup folder and what makes one good (R-BAK-1…3): their names
(OFFICE_YYYY-MM-DD_HHMMSS.rdbackup, R-BAK-2 labels), what a folder holds as far as each signed
manifest tells without reading the copy, and the whole check of one copy — signature, size,
SHA-256, integrity, audit chain, row counts and head against its manifest. Read by the
backup service, the restore and the Backups dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from records_desk.domain.backup.errors import BackupNotGood, CopyProblem
from records_desk.domain.common import backup_manifest as bm
from records_desk.domain.common.errors import CannotOpenDatabase, WrongKey
from records_desk.store import backup as store

SUFFIX = ".rdbackup"
BACKEND = "backend"  # the manifest's key saying which store made the copy (absent: a file)
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
Look = Callable[[Path], store.CopyFacts]  # what a look into a copy found
NAME = re.compile(r"^(?P<office>.+)_(?P<day>\d{4}-\d{2}-\d{2})_(?P<time>\d{6})(?:-\d+)?\.rdbackup$")


@dataclass(frozen=True)
class BackupEntry:
    """One copy in a folder, as far as its manifest tells without reading the copy."""

    path: Path
    manifest: bm.Manifest | None
    problem: CopyProblem | None  # None: signed manifest, file of the right size

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def good(self) -> bool:
        return self.problem is None and self.manifest is not None


def list_entries(folder: Path, key_hex: str) -> list[BackupEntry]:
    """Newest first; a manifest without its copy is listed too (as NO_FILE)."""
    if not folder.is_dir():
        return []
    found: dict[str, BackupEntry] = {}
    for path in folder.iterdir():
        name = path.name
        if name.startswith("."):
            continue
        if name.endswith(SUFFIX):
            found.setdefault(name, entry_under(path, key_hex))
        elif name.endswith(SUFFIX + bm.SUFFIX):
            copy = path.with_name(name[: -len(bm.SUFFIX)])
            found.setdefault(copy.name, entry_under(copy, key_hex))
    return sorted(found.values(), key=_entry_time, reverse=True)


def backend_of(manifest: bm.Manifest) -> str:
    return str(manifest.extra.get(BACKEND, SQLITE))


def check_copy(
    path: Path, key_hex: str, look: Look | None = None, backend: str = SQLITE
) -> bm.Manifest:
    """The manifest of the copy at PATH (made under KEY_HEX) once its signature, size,
    SHA-256, integrity, audit chain, row counts and head all agree with it; BackupNotGood
    naming the first thing that does not. LOOK: how to look into a copy of BACKEND (a
    server's dump: store/server_backup.py), default a database file's."""
    entry = entry_under(path, key_hex)
    if entry.problem is not None or entry.manifest is None:
        raise BackupNotGood(entry.problem or CopyProblem.NO_MANIFEST, path.name)
    manifest = entry.manifest
    if backend_of(manifest) != backend:
        raise BackupNotGood(CopyProblem.OTHER_BACKEND, path.name)
    if store.sha256_of(path) != manifest.sha256:
        raise BackupNotGood(CopyProblem.HASH_DIFFERS, path.name)
    try:
        facts = (look or (lambda p: store.look_into(p, key_hex)))(path)
    except (WrongKey, CannotOpenDatabase):
        raise BackupNotGood(CopyProblem.UNOPENABLE, path.name) from None
    verdict = compare(facts, manifest)
    if verdict is not None:
        raise BackupNotGood(verdict[0], path.name, verdict[1])
    return manifest


def compare(facts: store.CopyFacts, manifest: bm.Manifest) -> tuple[CopyProblem, str] | None:
    """What a look into a copy says against its manifest: None when they agree."""
    if not facts.integrity_ok:
        return CopyProblem.DAMAGED, ""
    if not facts.chain.intact:
        return CopyProblem.CHAIN_BROKEN, str(facts.chain.broken_at)
    for table in sorted(set(manifest.tables) | set(facts.tables)):
        if manifest.tables.get(table) != facts.tables.get(table):
            return CopyProblem.COUNTS_DIFFER, table
    if facts.head != manifest.head:
        return CopyProblem.HEAD_DIFFERS, str(facts.head.seq)
    return None


def entry_under(path: Path, key_hex: str) -> BackupEntry:
    manifest_path = path.with_name(bm.manifest_name(path.name))
    try:
        manifest = bm.decode(manifest_path.read_text("utf-8"), key_hex, manifest_path.name)
    except FileNotFoundError:
        return BackupEntry(path, None, CopyProblem.NO_MANIFEST)
    except (OSError, UnicodeDecodeError):
        return BackupEntry(path, None, CopyProblem.MANIFEST_UNREADABLE)
    except bm.ManifestInvalid as e:
        problem = {
            bm.ManifestProblem.OTHER_KEY: CopyProblem.OTHER_KEY,
            bm.ManifestProblem.ALTERED: CopyProblem.MANIFEST_ALTERED,
        }.get(e.problem, CopyProblem.MANIFEST_UNREADABLE)
        return BackupEntry(path, None, problem)
    if not path.is_file():
        return BackupEntry(path, manifest, CopyProblem.NO_FILE)
    if path.stat().st_size != manifest.size:
        return BackupEntry(path, manifest, CopyProblem.TRUNCATED)
    return BackupEntry(path, manifest, None)


def _entry_time(entry: BackupEntry) -> str:
    if entry.manifest is not None:
        return entry.manifest.made_at.isoformat()
    match = NAME.match(entry.name)
    return f"{match['day']}T{match['time']}" if match else ""


def labelled(name: str) -> bool:
    """A copy made before a restore or a purge (OFFICE-LABEL_DATE_TIME.rdbackup)."""
    match = NAME.match(name)
    return bool(match and "-before-" in match["office"])
