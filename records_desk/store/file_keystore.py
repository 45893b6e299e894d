"""A key store that keeps every key in a private file under its folder, never in the OS
keyring (store/keystore.py `KeyStore` looks in the keyring first and falls back to a file).

For running several desks of one server office on one computer, each with its own folder as
separate computers would have (the PostgreSQL tests' `server_desk`, bench/desks.py,
bench/search_pg.py): the keyring is this user's one, and would give every desk the same key
entry."""

from __future__ import annotations

from records_desk.store.keystore import DatabaseKey, KeyStore, Office


class FileKeyStore(KeyStore):
    """The key of an office in a file under this store's folder (keys/NAME.key, 0600)."""

    def get_or_create(
        self, db_path: Office, *, create: bool, given: str | None = None
    ) -> DatabaseKey:
        return self._file_key(db_path, create=create, given=given)
