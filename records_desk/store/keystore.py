"""Where the database key lives: the OS keyring, or (no working keyring) a private file.

One random 256-bit key per database path (or per server address: the office key of a database
on a PostgreSQL server, issue 15, which signs the audit chain and backups but encrypts
nothing), created on first start. The key is never logged and
never put into an exception message.

Decisions:
- A key is 64 hex digits, checked whenever it is read: an empty key file (a full disk), one
  cut short, with a quote or binary content, or such a keyring entry, is KeyDamaged. It is
  never used (SQLCipher would take it as a passphrase and build a database around it) and
  never replaced (the database it opens may exist and hold data): the user is told where it is.
- A key file is written whole or not at all: a temporary file in the keys folder (0600),
  synced, then linked to its name, which fails if another process stored a key first — that
  one is then read and used, so two programs creating one database agree on its key.
- Creating a keyring entry is serialised by a lock file in the keys folder (where fcntl
  exists), for the same reason: a keyring has no "set unless present".
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from records_desk.domain.common.errors import KeyDamaged, KeyUnavailable
from records_desk.store.atomic import (
    file_lock,
    leftovers,
    link_into_place,
    replace_atomically,
    temporary_beside,
)

log = logging.getLogger(__name__)

SERVICE = "records-desk"
__all__ = ["SERVICE", "DatabaseKey", "KeyDamaged", "KeyStore", "KeyUnavailable", "Office"]

_KEY = re.compile(r"[0-9a-fA-F]{64}")

# An office is a database file, or a database on a server named by its address
# (postgresql://USER@HOST/DB, never with a password: store/backends.py keyring_entry).
Office = Path | str


def identity(office: Office) -> str:
    """What names an office's key: the file's resolved path, or the server address as is."""
    return office if isinstance(office, str) else str(office.resolve())


@dataclass(frozen=True)
class DatabaseKey:
    hex: str  # 64 hex digits
    storage: str  # "keyring" or "file"
    location: str  # keyring backend name or key file path

    def __repr__(self) -> str:  # keep the key out of any accidental log line
        return f"DatabaseKey(storage={self.storage!r}, location={self.location!r})"


def checked_key(raw: str | bytes, db_path: Office, where: str) -> str:
    """The key as stored, if it is 64 hex digits (surrounding blanks aside); else KeyDamaged."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("ascii")
        except UnicodeDecodeError:
            raise KeyDamaged(db_path, where) from None
    key = raw.strip()
    if not _KEY.fullmatch(key):
        raise KeyDamaged(db_path, where)
    return key.lower()


class KeyStore:
    """Finds or creates the key of one database file."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir

    def key_file(self, db_path: Office) -> Path:
        digest = hashlib.sha256(identity(db_path).encode("utf-8")).hexdigest()[:24]
        return self.config_dir / "keys" / f"{digest}.key"

    def get_or_create(
        self, db_path: Office, *, create: bool, given: str | None = None
    ) -> DatabaseKey:
        """The key of DB_PATH; with CREATE, a new one when there is none — GIVEN (64 hex
        digits: a restore on a new computer, from the key-recovery sheet) or a random one."""
        # A key file, once written (no keyring worked then), stays the key of that database;
        # looking there first also spares the keyring's slow backend discovery at start-up.
        file_key = self._read_file(db_path)
        if file_key:
            return file_key
        import keyring
        from keyring.errors import KeyringError

        account = identity(db_path)
        try:
            backend = type(keyring.get_keyring()).__name__
            with self._creating(db_path) if create else contextlib.nullcontext():
                found = keyring.get_password(SERVICE, account)
                if found is not None:
                    where = f"{backend}: {SERVICE} / {account}"
                    return DatabaseKey(checked_key(found, db_path, where), "keyring", backend)
                if not create:
                    raise KeyUnavailable(db_path)
                new = given or secrets.token_hex(32)
                keyring.set_password(SERVICE, account, new)
            log.info("database key created in the keyring (%s)", backend)
            return DatabaseKey(new, "keyring", backend)
        except KeyringError:
            log.warning("no working keyring backend; the database key is kept in a private file")
            return self._file_key(db_path, create=create, given=given)

    def replace(self, office: Office, new: str) -> DatabaseKey:
        """Store NEW (64 hex digits) as the key of OFFICE where its key is kept now, replacing
        it. Only for a server office, whose key encrypts nothing: a desk that kept a wrong
        key (one made for an empty office another desk filled first) is given the office's
        own, from the key-recovery sheet. A database file's key is never replaced."""
        if not isinstance(office, str):
            raise TypeError("a database file's key is never replaced")
        checked = checked_key(new, office, "the key typed in")
        existing = self._read_file(office)
        if existing is None:
            import keyring
            from keyring.errors import KeyringError

            try:
                backend = type(keyring.get_keyring()).__name__
                with self._creating(office):
                    keyring.set_password(SERVICE, identity(office), checked)
                return DatabaseKey(checked, "keyring", backend)
            except KeyringError:
                pass
        path = self.key_file(office)
        self._keys_folder(office)
        replace_atomically(path, checked.encode("ascii"), durable=True)
        return DatabaseKey(checked, "file", str(path))

    def _read_file(self, db_path: Office) -> DatabaseKey | None:
        path = self.key_file(db_path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        return DatabaseKey(checked_key(raw, db_path, str(path)), "file", str(path))

    def _keys_folder(self, db_path: Office) -> Path:
        folder = self.key_file(db_path).parent
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        return folder

    @contextlib.contextmanager
    def _creating(self, db_path: Office) -> Iterator[None]:
        """Held while a keyring entry is looked for and made."""
        self._keys_folder(db_path)
        with file_lock(self.key_file(db_path).with_suffix(".lock")):
            yield

    def _file_key(self, db_path: Office, *, create: bool, given: str | None = None) -> DatabaseKey:
        existing = self._read_file(db_path)
        if existing:
            return existing
        if not create:
            raise KeyUnavailable(db_path)
        path = self.key_file(db_path)
        self._keys_folder(db_path)
        for stale in leftovers(path, "tmp"):  # a creation killed before its link
            stale.unlink(missing_ok=True)
        new = given or secrets.token_hex(32)
        temp = temporary_beside(path, "tmp")
        try:
            # Created readable by this user only; linked to its name whole, never overwriting.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(new)
                fh.flush()
                os.fsync(fh.fileno())
            link_into_place(temp, path)
        except FileExistsError:  # another program stored the key first: that one it is
            return self._file_key(db_path, create=False)
        finally:
            temp.unlink(missing_ok=True)
        log.warning("database key kept in %s (readable by this user only)", path)
        return DatabaseKey(new, "file", str(path))
