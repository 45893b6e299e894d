"""Where the database key lives: the OS keyring, or (no working keyring) a private file.

One random 256-bit key per database path, created on first start. The key is never logged and
never put into an exception message.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from records_desk.domain.common.errors import KeyUnavailable

log = logging.getLogger(__name__)

SERVICE = "records-desk"
__all__ = ["SERVICE", "DatabaseKey", "KeyStore", "KeyUnavailable"]


@dataclass(frozen=True)
class DatabaseKey:
    hex: str  # 64 hex digits
    storage: str  # "keyring" or "file"
    location: str  # keyring backend name or key file path

    def __repr__(self) -> str:  # keep the key out of any accidental log line
        return f"DatabaseKey(storage={self.storage!r}, location={self.location!r})"


class KeyStore:
    """Finds or creates the key of one database file."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir

    def key_file(self, db_path: Path) -> Path:
        digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:24]
        return self.config_dir / "keys" / f"{digest}.key"

    def get_or_create(self, db_path: Path, *, create: bool) -> DatabaseKey:
        # A key file, once written (no keyring worked then), stays the key of that database;
        # looking there first also spares the keyring's slow backend discovery at start-up.
        file_key = self._read_file(db_path)
        if file_key:
            return file_key
        import keyring
        from keyring.errors import KeyringError

        account = str(db_path.resolve())
        try:
            backend = type(keyring.get_keyring()).__name__
            found = keyring.get_password(SERVICE, account)
            if found:
                return DatabaseKey(found, "keyring", backend)
            if not create:
                raise KeyUnavailable(db_path)
            new = secrets.token_hex(32)
            keyring.set_password(SERVICE, account, new)
            log.info("database key created in the keyring (%s)", backend)
            return DatabaseKey(new, "keyring", backend)
        except KeyringError:
            log.warning("no working keyring backend; the database key is kept in a private file")
            return self._file_key(db_path, create=create)

    def _read_file(self, db_path: Path) -> DatabaseKey | None:
        path = self.key_file(db_path)
        if path.exists():
            return DatabaseKey(path.read_text("ascii").strip(), "file", str(path))
        return None

    def _file_key(self, db_path: Path, *, create: bool) -> DatabaseKey:
        existing = self._read_file(db_path)
        if existing:
            return existing
        if not create:
            raise KeyUnavailable(db_path)
        path = self.key_file(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        new = secrets.token_hex(32)
        # O_EXCL + 0600: created readable by this user only, never overwritten.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(new)
            fh.flush()
            os.fsync(fh.fileno())
        log.warning("database key kept in %s (readable by this user only)", path)
        return DatabaseKey(new, "file", str(path))
