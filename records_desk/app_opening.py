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
- A sign-in from the command line (`sign_in`: --user with RECORDS_DESK_PASSWORD) has its
  password checked from the start: the thread reads the account's hash with a raw keyed
  connection (store/sign_in_peek.py) before it imports SQLAlchemy, and argon2 checks it on a
  thread of its own (services/common/hashing.py `EarlyCheck`, outside the GIL) while the
  imports run; the services' hasher takes that result once, for the same hash and password.
  A file office only: a server's password is asked first.
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
- A server office (`postgresql://…`, issue 15) is opened the same way, on the same thread.
  What the server or the office needs from the user — its password, the office key from the
  key-recovery sheet — is asked through `questions` (`ServerQuestions`, answered by the GUI:
  ui/dialogs/server_questions.py), called on this thread, which waits for the answer. The
  password is asked only when the server wants one (store/backends.py server_password);
  refused, it is asked again with the reason; accepted, it is given again without asking
  when the opening is retried with an office key. Whether a server holds an office is not
  known before connecting: `exists` is True, so the sign-in dialog is on screen while the
  server is reached (and gives way to the first-run dialog for an office without accounts).
  No answer (Cancel) ends the opening with `OpeningCancelled`: the user chose to stop.
- `check_server` (the settings dialog's Test connection) reaches a server the same way and
  changes nothing there.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from records_desk.paths import is_server_address

if TYPE_CHECKING:
    from records_desk.services.common.hashing import EarlyCheck
    from records_desk.store.database import AnyDatabase, ServerDatabase

log = logging.getLogger(__name__)


class OpeningCancelled(Exception):
    """The user cancelled a question the opening asked (a password, the office key)."""


class ServerQuestions(Protocol):
    """What opening a server office asks the user: called on the opening's thread, each
    returns the answer, or None when the user cancelled."""

    def password(self, address: str, refused: Exception | None) -> str | None:
        """The server's password for ADDRESS; REFUSED: why the last one typed was not taken."""
        ...

    def office_key(self, address: str, why: Exception) -> str | None:
        """The office key (64 hex digits, read from the key-recovery sheet), WHY: the error
        that says this desk has none or a wrong one."""
        ...


class DatabaseOpening:
    """`open_database(path)` (or `open_server(address)`) on its own thread, from `start()` on.
    `path` is what the user is shown: the file's path, or the server address as given (a
    password in it is never shown: `address` below)."""

    def __init__(
        self,
        db: Path | str,
        questions: ServerQuestions | None = None,
        *,
        office_key_file: Path | None = None,
    ) -> None:
        self.server = is_server_address(db)
        self.path: Path | str
        if self.server:
            self.path = _shown_address(os.fspath(db))
            self._address = os.fspath(db)
            self.exists = True
        else:
            self.path = Path(db).expanduser().resolve()
            self.exists = _is_records_office(self.path)
        self.questions = questions  # set before `start()` (the GUI's, once Qt is up)
        self.office_key_file = office_key_file
        # A sign-in from the command line (user name, password), set before `start()`: its
        # password is checked while the rest opens (`early_check`, for the services' hasher).
        self.sign_in: tuple[str, str] | None = None
        self.early_check: EarlyCheck | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._callbacks: list[Callable[[], object]] = []
        self._database: AnyDatabase | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-database", daemon=True)

    def start(self) -> None:
        """Begin opening (again: nothing)."""
        with self._lock:
            if self._thread.ident is None:
                self._thread.start()

    def _run(self) -> None:
        try:
            if self.server:
                database: AnyDatabase = open_server_asking(
                    self._address, self.questions, _key_from(self.office_key_file)
                )
            else:
                assert isinstance(self.path, Path)
                if self.sign_in is not None and self.exists:
                    self.early_check = _early_check(self.path, *self.sign_in)
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

    def result(self) -> AnyDatabase:
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


def _open(path: Path) -> AnyDatabase:
    import records_desk.services.container  # noqa: F401 - imported here, off the GUI thread
    from records_desk.paths import config_dir
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    return open_database(path, KeyStore(config_dir()))


def _early_check(path: Path, username: str, password: str) -> EarlyCheck | None:
    """The account's password checked from now on, on a thread of its own, against its hash
    read before SQLAlchemy is imported (store/sign_in_peek.py); None when it cannot be read
    (the opening then says why, and the sign-in checks the password itself)."""
    from records_desk.paths import config_dir
    from records_desk.services.common.hashing import EarlyCheck
    from records_desk.store.keystore import KeyStore
    from records_desk.store.sign_in_peek import stored_password_hash

    try:
        key = KeyStore(config_dir()).get_or_create(path, create=False)
    except Exception:  # noqa: BLE001 - read again by the opening, which words what is wrong
        return None
    stored = stored_password_hash(path, key.hex, username)
    return EarlyCheck(stored, password) if stored else None


def has_password(address: str) -> bool:
    """Whether ADDRESS carries a password (postgresql://user:pw@…), which is never kept."""
    return _shown_address(address) != address


def _shown_address(address: str) -> str:
    """ADDRESS as it may be shown: any password in it left out (postgresql://user:pw@…)."""
    scheme, sep, rest = address.partition("://")
    authority, slash, tail = rest.partition("/")
    user, at, host = authority.rpartition("@")
    if at and ":" in user:
        authority = f"{user.split(':', 1)[0]}@{host}"
    return f"{scheme}{sep}{authority}{slash}{tail}"


def _key_from(key_file: Path | None) -> str | None:
    """The office key in KEY_FILE (--office-key), read with its check group; None when no
    file was named or it cannot be read (the key is then asked for if the office needs it)."""
    if key_file is None:
        return None
    from records_desk.domain.backup.key_text import KeyTextInvalid, read_key

    try:
        return read_key(key_file.expanduser().read_text("utf-8", errors="replace"))
    except (OSError, KeyTextInvalid) as e:
        log.warning("the office key file given was not used: %s", type(e).__name__)
        return None


def open_server_asking(
    address: str, questions: ServerQuestions | None, office_key: str | None = None
) -> ServerDatabase:
    """`open_server(address)`, asking QUESTIONS for a password the server wants (again, with
    the reason, when it refused one) and for the office key this desk lacks (again when the
    one typed is not the office's); OFFICE_KEY is tried first when given (--office-key).
    OpeningCancelled when a question was not answered."""
    import records_desk.services.container  # noqa: F401 - imported here, off the GUI thread
    from records_desk.domain.common.errors import (
        OfficeKeyNeeded,
        ServerUnavailable,
        WrongOfficeKey,
    )
    from records_desk.paths import config_dir
    from records_desk.store.database import open_server
    from records_desk.store.keystore import KeyStore

    prompt = _Prompt(questions)
    while True:
        try:
            database = open_server(
                address,
                KeyStore(config_dir()),
                prompt=prompt if questions is not None else None,
                office_key=office_key,
            )
            prompt.taken()
            return database
        except ServerUnavailable as e:
            if e.reason != "password" or not prompt.asked:
                raise
            prompt.refused(e)
        except (OfficeKeyNeeded, WrongOfficeKey) as e:
            if questions is None:
                raise
            office_key = questions.office_key(str(e.db_path), e)
            if office_key is None:
                raise OpeningCancelled() from None


class _Prompt:
    """The store's password prompt (store/backends.py `Prompt`), asking the questions; a
    password the server took is given again without asking when the opening is retried."""

    def __init__(self, questions: ServerQuestions | None) -> None:
        self._questions = questions
        self._typed: str | None = None
        self._refusal: Exception | None = None
        self._entry = ""
        self.asked = False

    def __call__(self, entry: str) -> str:
        if self._typed is not None:
            return self._typed
        assert self._questions is not None
        self.asked = True
        self._entry = entry
        typed = self._questions.password(entry, self._refusal)
        if typed is None:
            raise OpeningCancelled()
        self._typed = typed
        return typed

    def refused(self, why: Exception) -> None:
        self._typed, self._refusal = None, why
        told = getattr(self._questions, "password_refused", None)
        if told is not None and self.asked:
            told(self._entry)

    def taken(self) -> None:
        """The server took the password given: the questions may keep it for the next
        connection (ServerQuestionsAsker, while it lives)."""
        told = getattr(self._questions, "password_taken", None)
        if told is not None and self.asked and self._typed is not None:
            told(self._entry, self._typed)


@dataclass(frozen=True)
class ServerCheck:
    """What the settings dialog's Test connection found: the server's version, and whether
    the database holds a records office already (else it is empty, and the first start makes
    one there)."""

    version: str
    has_office: bool


def check_server(address: str, questions: ServerQuestions | None = None) -> ServerCheck:
    """Connect to the server at ADDRESS as the opening does (the keyring's password, else
    QUESTIONS asks for one when the server wants it) and tell what is there, changing
    nothing. ServerAddressError (an address that cannot be read), ServerUnavailable (the
    server's answer, worded), OpeningCancelled (the password not given)."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import OperationalError

    from records_desk.domain.common.errors import ServerUnavailable
    from records_desk.store.backends import (
        keyring_entry,
        make_server_engine,
        parse_server_url,
        server_password,
        unavailable_reason,
    )

    url = parse_server_url(address)
    shown = keyring_entry(url)
    prompt = _Prompt(questions)
    try:
        import psycopg

        password = server_password(url, prompt if questions is not None else None)
        engine = make_server_engine(url, password)
        try:
            with engine.connect() as conn:
                version = str(conn.exec_driver_sql("SHOW server_version").scalar())
                has_office = "alembic_version" in inspect(conn).get_table_names()
        finally:
            engine.dispose()
    except (psycopg.OperationalError, OperationalError) as e:
        refusal = ServerUnavailable(shown, unavailable_reason(e))
        if refusal.reason == "password":
            prompt.refused(refusal)  # a password kept from before is asked again next time
        raise refusal from None
    prompt.taken()
    return ServerCheck(version=version.split()[0], has_office=has_office)
