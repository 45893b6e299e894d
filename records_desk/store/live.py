"""What changed, told to the other desks (issue 15 §4): PostgreSQL's LISTEN/NOTIFY.

Every write on a server office notes the tables it touched (and the row ids where the
statement says them) on its connection; just before the commit it sends one notification on
the channel `records_desk` with them. NOTIFY is transactional: the other desks hear of a change
when it is committed, never of one rolled back. Each desk listens on a connection of its own, in
a thread, and hands what it hears to a callback (the window turns it into a refresh of what is
on screen: ui/common/live.py).

Decisions:
- Captured at the cursor, from the SQL itself (INSERT INTO / UPDATE / DELETE FROM and the
  table), so ORM flushes, Core statements and text() alike are seen; ids are taken where the
  statement carries them (an ORM insert's new key, an update's or delete's key parameter), else
  the table alone is told ("something in it changed": the view rereads what it shows).
- The payload stays under PostgreSQL's 8,000-byte limit: ids beyond MAX_IDS per table are
  dropped for the table alone.
- A desk's own notifications carry its desk id and are not handed back to it: the window that
  made the change already refreshed.
- A lost listening connection is made again (every RETRY_S); what was missed meanwhile is told
  as "everything may have changed" (EVERYTHING), so no desk shows stale data for good.
- The audit log's appends are left out: every write appends one, and the operation log's
  viewer rereads when opened.
- On the embedded SQLite store there are no other desks: `listen` returns None.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event

log = logging.getLogger(__name__)

CHANNEL = "records_desk"
EVERYTHING = "*"  # the table name that means "reread everything" (after a reconnect)
MAX_IDS = 50
MAX_PAYLOAD = 7900
RETRY_S = 2.0
POLL_S = 0.25  # how often the listening thread looks at its stop flag
_CHANGED = "records_desk.live.changed"
_IGNORED = frozenset({"audit_log", "alembic_version"})
_DML = re.compile(
    r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?",
    re.IGNORECASE,
)

# table -> the ids changed (None: ids not known, the table as a whole)
Changed = dict[str, list[int] | None]
Deliver = Callable[[Changed], None]


def install(engine: Engine) -> str:
    """Note the changes of every write on ENGINE and notify them at commit; the desk id its
    notifications carry."""
    desk = secrets.token_hex(8)
    event.listen(engine, "after_cursor_execute", _noted)
    event.listen(engine, "commit", lambda conn: _notify(conn, desk))
    event.listen(engine, "rollback", _forget)
    return desk


def _noted(
    conn: Connection,
    _cursor: Any,
    statement: str,
    parameters: Any,
    context: Any,
    executemany: bool,
) -> None:
    match = _DML.match(statement)
    if match is None:
        return
    table = match.group(1).lower()
    if table in _IGNORED:
        return
    changed: dict[str, set[int] | None] = conn.info.setdefault(_CHANGED, {})
    ids = _ids(table, parameters, context, executemany)
    if ids is None or changed.get(table, set()) is None:
        changed[table] = None
        return
    known = changed.setdefault(table, set())
    assert known is not None
    known.update(ids)
    if len(known) > MAX_IDS:
        changed[table] = None


def _ids(table: str, parameters: Any, context: Any, executemany: bool) -> set[int] | None:
    """The ids the statement names, where it says them; None when it does not."""
    statement = getattr(getattr(context, "compiled", None), "statement", None)
    target = getattr(statement, "table", None)
    keys = [c.key for c in getattr(target, "primary_key", ())] if target is not None else []
    if len(keys) != 1:
        return None
    key = keys[0]
    if getattr(context, "isinsert", False):
        try:
            rows = context.inserted_primary_key_rows
        except Exception:  # noqa: BLE001 - not known for this insert: the table alone
            return None
        found = {row[0] for row in rows if row and isinstance(row[0], int)}
        return found or None
    if getattr(statement, "_where_criteria", None) is None:
        return None
    names = (key, f"{table}_{key}", f"{key}_1", f"{table}_{key}_1")
    rows = parameters if executemany else [parameters]
    found = set()
    for row in rows:
        if not isinstance(row, dict):
            return None
        value = next((row[n] for n in names if n in row), None)
        if not isinstance(value, int):
            return None
        found.add(value)
    return found or None


def _forget(conn: Connection) -> None:
    conn.info.pop(_CHANGED, None)


def _notify(conn: Connection, desk: str) -> None:
    changed = conn.info.pop(_CHANGED, None)
    if not changed:
        return
    payload = encode(desk, {t: sorted(i) if i is not None else None for t, i in changed.items()})
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
    finally:
        cursor.close()


def encode(desk: str, changed: Changed) -> str:
    """The notification's text: the desk and its changes, ids dropped (table by table, the
    longest first) until it fits PostgreSQL's limit."""
    body: dict[str, list[int] | None] = dict(changed)
    text = json.dumps({"desk": desk, "changed": body}, separators=(",", ":"))
    while len(text.encode("utf-8")) > MAX_PAYLOAD:
        longest = max((t for t in body if body[t]), key=lambda t: len(body[t] or []), default=None)
        if longest is None:  # only table names left and still too long: everything
            body = {EVERYTHING: None}
        else:
            body[longest] = None
        text = json.dumps({"desk": desk, "changed": body}, separators=(",", ":"))
    return text


def decode(text: str) -> tuple[str, Changed] | None:
    """The desk and its changes; None for a notification that is not one of ours."""
    try:
        data = json.loads(text)
        desk = str(data["desk"])
        changed = {
            str(table): (None if ids is None else [int(i) for i in ids])
            for table, ids in dict(data["changed"]).items()
        }
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return desk, changed


class Listener:
    """A thread listening on its own connection; `deliver` is called (in that thread) with
    every other desk's changes, and with EVERYTHING after its connection was made again."""

    def __init__(self, connect: Callable[[], Any], desk: str, deliver: Deliver) -> None:
        self._connect = connect
        self._desk = desk
        self._deliver = deliver
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while the LISTEN is in place
        self._thread = threading.Thread(target=self._run, name="records-desk-live", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if lost:
                        self._deliver({EVERYTHING: None})
                    self._listen(conn)
            except Exception as e:  # noqa: BLE001 - the server went away: tried again
                log.warning("live refresh: listening stopped (%s); trying again", type(e).__name__)
            self.listening.clear()
            lost = True
            self._stop.wait(RETRY_S)

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            for note in conn.notifies(timeout=POLL_S):
                if note.channel != CHANNEL:
                    continue
                decoded = decode(note.payload)
                if decoded is None or decoded[0] == self._desk:
                    continue
                try:
                    self._deliver(decoded[1])
                except Exception:  # noqa: BLE001 - a failing receiver must not stop the listening
                    log.exception("live refresh: a change could not be handed on")


def listen(database: Any, deliver: Deliver) -> Listener | None:
    """Start listening for the other desks' changes to DATABASE (store/database.py: a server
    office; None for a database file, which has no other desks)."""
    desk = getattr(database, "desk", None)
    if desk is None or database.engine.dialect.name != "postgresql":
        return None
    from records_desk.store.backends import direct_connection

    url, password = database.url, database.password
    return Listener(lambda: direct_connection(url, password), desk, deliver).start()
