"""Writing many rows in one transaction (the import's and the demo's bulk paths, issue 10 §3):
the connection's settings while it writes, and rows inserted as plain tuples.

- `bulk_write(session)`: a larger page cache for the caller's transaction (SQLite's default is
  2 MiB). A bulk write inserts into a dozen indexes at random places; every page evicted and
  read again is decrypted again (SQLCipher), and a cache too small for the transaction's dirty
  pages spills them to the WAL before the commit. Put back as it was afterwards: the
  connection goes back to the pool. Temporary B-trees (sorts, the FTS5 merge's) in memory.
- `insert_rows(session, table, columns, rows)`: one executemany of tuples on the session's
  connection, each value converted by the column's own type exactly as a Core insert would
  (JSON text, UTC date-times, dates), a value repeated down a column converted once; no
  per-row dictionaries or compiled parameters.
- `reading_cache(session, kib)`: a larger page cache for the rest of the connection's use (a
  look that reads tens of MiB and will read them again).

On a PostgreSQL server (issue 15 §2) the server keeps its own cache: `bulk_write` and
`reading_cache` change nothing there, and `insert_rows` sends the rows with COPY (the same
converted values), then moves the table's id sequence past the ids it was given, as an
INSERT of explicit ids does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

BULK_CACHE_KIB = 256 * 1024  # SQLite allocates it only as pages are used


@contextmanager
def bulk_write(session: Session) -> Iterator[None]:
    """The connection set for writing many rows, then put back (module docstring)."""
    dialect = session.get_bind().dialect.name
    if dialect != "sqlite":
        yield
        return
    # On the driver's connection: put back even when the transaction failed (the session may
    # refuse statements until it is rolled back).
    raw = session.connection().connection.driver_connection
    assert raw is not None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    temp = raw.execute("PRAGMA temp_store").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    raw.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(cache)}")
        raw.execute(f"PRAGMA temp_store = {int(temp)}")


def reading_cache(session: Session, kib: int) -> None:
    """The page cache of the session's connection at least `kib` KiB (SQLite; the server
    keeps its own)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = {-int(kib)}"))


def insert_rows(
    session: Session, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT the rows (tuples of the columns' values, in `columns` order) in one executemany
    on the session's connection (module docstring); SQLite's `?` parameters, as the store is
    SQLCipher's (the search index's FTS5 tables are SQLite's too)."""
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    converters = []
    for name in columns:
        process = table.c[name].type._cached_bind_processor(dialect)  # noqa: SLF001
        converters.append(process)
    if any(converters):
        cols = list(zip(*rows, strict=True))
        for i, process in enumerate(converters):
            if process is not None:
                cols[i] = _converted(cols[i], process)
        rows = list(zip(*cols, strict=True))
    names = ", ".join(dialect.identifier_preparer.quote(n) for n in columns)
    if dialect.name != "sqlite":
        _copy(session, table, columns, names, rows)
        return
    marks = ", ".join(["?"] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


def _copy(
    session: Session,
    table: Table,
    columns: Sequence[str],
    names: str,
    rows: Sequence[Sequence[Any]],
) -> None:
    """insert_rows on a PostgreSQL server: COPY, then the id sequence past the ids given."""
    conn = session.connection()
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:  # type: ignore[attr-defined]
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    key = table.autoincrement_column
    if key is not None and key.name in columns:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'),"
                f" (SELECT max({key.name}) FROM {table.name}))"
            )
        )


def _converted(values: Sequence[Any], process: Any) -> tuple[Any, ...]:
    """The column's values converted; a hashable value met again is converted once."""
    if values and isinstance(values[0], dict | list):  # a document per row (a snapshot)
        return tuple(process(value) for value in values)
    done: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        key = (type(value), value)  # 1 and True are equal keys, but not the same value
        try:
            stored = done.get(key, _MISSING)
        except TypeError:  # a list or a dict: converted each time
            out.append(process(value))
            continue
        if stored is _MISSING:
            stored = done[key] = process(value)
        out.append(stored)
    return tuple(out)


_MISSING = object()
