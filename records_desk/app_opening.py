"""Opening the records office on a worker thread, begun before Qt starts: importing the store,
SQLAlchemy and the services (the largest part of start-up), reading the key, opening the
SQLCipher file and checking its schema. Meanwhile the GUI thread starts Qt and puts the sign-in
dialog on screen (ui/pending_services.py, ui/session_flow.py), so the first window a user sees
does not wait for any of it (bench/startup.py).

Decisions:
- A plain thread, not a QThread: it can start before PySide6 is even imported.
- When it starts is the caller's choice (`start()`, idempotent). Its imports hold the GIL, so
  while they run the GUI thread's own imports go at half speed: with a sign-in dialog to show,
  the thread starts once the dialog is on screen (ui/session_flow.py) — the user takes longer
  to type than it takes to open; with nothing to show first (a new office, a sign-in from the
  command line) it starts at once, in parallel with Qt's start.
- The thread opens the database only. The services are built on the GUI thread, because they
  read the settings, whose QSettings object belongs to that thread; their modules are imported
  by then, so building them costs next to nothing.
- `exists` is decided here, before the thread starts: a records office already there gets the
  sign-in dialog at once, a new one waits for its database to be created and then gets the
  first-run dialog, as before. The database is made whole beside its path and put in place
  only then (store/database.py `creating`), so a window closed or killed at its first start
  leaves no half-made office. A 0-byte file is no office and is not made into one: the
  opening fails with EmptyDatabaseFile, which the window words with its way out.
- A daemon thread, and `close()` waits for it a bounded time: quitting at the sign-in dialog
  while the key is still being read (a keyring asking to be unlocked) must not hang the exit.
- No Qt here (the qt-only-in-ui contract): the GUI learns of the end through a callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.store.database import Database


class DatabaseOpening:
    """`open_database(path)` on its own thread, from `start()` on."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.expanduser().resolve()
        self.exists = _is_records_office(self.path)
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._callbacks: list[Callable[[], object]] = []
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)

    def start(self) -> None:
        """Begin opening (again: nothing)."""
        with self._lock:
            if self._thread.ident is None:
                self._thread.start()

    def _run(self) -> None:
        try:
            database = _open(self.path)
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread, which words it
            self._error = e
        else:
            self._database = database
        with self._lock:
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def add_done_callback(self, callback: Callable[[], object]) -> None:
        """`callback()` once the opening has ended: on the worker thread, or at once."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def result(self) -> Database:
        """The open database, or the error that stopped it; only once `done`."""
        if not self._done.is_set():
            raise RuntimeError("the database is still being opened")
        if self._error is not None:
            raise self._error
        assert self._database is not None
        return self._database

    def close(self, timeout: float = 10.0) -> None:
        """At exit: no callback any more (whatever it would tell is gone), then wait (at most
        `timeout` seconds) for the thread to end and close what it opened."""
        with self._lock:
            self._callbacks.clear()
            started = self._thread.ident is not None
        if started:
            self._thread.join(timeout)
        if self._done.is_set() and self._database is not None:
            self._database.dispose()


def _is_records_office(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _open(path: Path) -> Database:
    import records_desk.services.container  # noqa: F401 - imported here, off the GUI thread
    from records_desk.paths import config_dir
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    return open_database(path, KeyStore(config_dir()))
