"""The customer search index on a PostgreSQL server (issue 15 §2): what stands there for
SQLite's FTS5 tables (store/search_index.py), written and read through the same functions,
which dispatch here on the connection's dialect.

- customer_search: the same narrow table as on SQLite (revision 0003), its key columns in the
  "C" collation (customers_0004), so archive numbers sort and names compare by code point as
  SQLite's BINARY does: the same ranked order, and `key >= t AND key < t + TOP` is still "key
  starts with t" whatever the server's own locale.
- customer_search_grams: one row per customer with its gram document as an array: the words
  the SQLite gram index holds (domain.search_text.gram_token of each field's 1- and
  2-character grams, the filter words) and its 3-character grams spelled the same way. A GIN
  index on the array answers queries of 1 to 3 characters exactly (`grams && ARRAY[…]`).
- customer_search_terms: one narrow row per customer with its search text, under a pg_trgm
  GIN index for 4+ characters (`text LIKE '%term%'`; the server rechecks each candidate, so
  the answer is exact, and a narrow row keeps that recheck cheap).
- customer_search_gram_count: how many files (active, void) hold each word of the gram
  arrays, kept with them in the same transaction: a 1-character query can match nearly every
  file, and its count is then one row instead of a walk over the GIN posting list (SQLite
  reads the same from its fts5vocab table).
Indexes are partial, active files apart from void ones, as SQLite keeps two sets of indexes:
a search leaves void files out unless asked.

Decisions:
- Side tables, not columns and indexes on customer_search: the narrow table stays the same on
  both backends (tests/integration/test_postgres_schema.py compares it), and the side tables
  are the search index's own (search_index.owns_table).
- 3-character grams in the arrays (SQLite's trigram FTS5 answers them from its own index):
  pg_trgm's trigrams are per word and hashed for non-ASCII text, so a LIKE of 3 characters
  rechecks every candidate row, ~0.5 s for a common one ("有限公") at 200,000 files; the gram
  array answers it from the index and its count from one row.
- Writes: the rows a write replaces are deleted (their grams taken off the counts), then the
  rows are sent with COPY, one per table for a whole batch, and the counts brought up in one
  INSERT … ON CONFLICT over the batch.
- pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it.
  Trigrams of Chinese text need a UTF-8 locale (the default of a UTF8 database); under the
  plain "C" locale the answers stay right, only slower.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from records_desk.domain.common import search_text as st

TABLE = "customer_search"
TERMS = "customer_search_terms"
GRAMS = "customer_search_grams"
COUNTS = "customer_search_gram_count"
GRAM_MAX = 3  # the longest query the gram arrays answer
_KEYS = ("archive_number", "archive_key", "name_key")

CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"ALTER TABLE {TABLE} "
    + ", ".join(f'ALTER COLUMN {column} TYPE TEXT COLLATE "C"' for column in _KEYS),
    f"""CREATE TABLE {TERMS} (
        customer_id INTEGER PRIMARY KEY,
        void SMALLINT NOT NULL,
        text TEXT NOT NULL
    )""",
    f"""CREATE TABLE {GRAMS} (
        customer_id INTEGER PRIMARY KEY,
        void SMALLINT NOT NULL,
        grams TEXT[] NOT NULL
    )""",
    f"""CREATE TABLE {COUNTS} (
        void SMALLINT NOT NULL,
        gram TEXT COLLATE "C" NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (void, gram)
    )""",
    f"CREATE INDEX ix_{GRAMS}_active ON {GRAMS} USING gin (grams) WHERE void = 0",
    f"CREATE INDEX ix_{GRAMS}_void ON {GRAMS} USING gin (grams) WHERE void = 1",
    f"CREATE INDEX ix_{TERMS}_trgm ON {TERMS} USING gin (text gin_trgm_ops) WHERE void = 0",
    f"CREATE INDEX ix_{TERMS}_void_trgm ON {TERMS} USING gin (text gin_trgm_ops) WHERE void = 1",
)
# The extension goes too (a downgrade leaves nothing of the search behind); without CASCADE,
# so it stays if anything else of the database uses it.
DROP = (
    f"DROP TABLE IF EXISTS {TERMS}",
    f"DROP TABLE IF EXISTS {GRAMS}",
    f"DROP TABLE IF EXISTS {COUNTS}",
    f"ALTER TABLE {TABLE} " + ", ".join(f"ALTER COLUMN {column} TYPE TEXT" for column in _KEYS),
    "DROP EXTENSION IF EXISTS pg_trgm",
)

# IndexRow's fields (search_index.py): the narrow table's, then the gram document.
_ROW_COLUMNS = (
    "customer_id",
    "archive_number",
    "archive_key",
    "name_key",
    "text",
    "void",
    "department",
    "record_type",
    "grade",
)
_TEXT, _VOID = _ROW_COLUMNS.index("text"), _ROW_COLUMNS.index("void")


def _copy(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """COPY the rows into the table on the connection's own transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor:  # type: ignore[attr-defined]
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _count(conn: Connection, ids: Sequence[int], sign: str) -> None:
    """Add (sign "+") or take away ("-") the gram arrays of these files from the counts."""
    conn.execute(
        text(
            f"INSERT INTO {COUNTS} (void, gram, n)"
            f" SELECT void, unnest(grams) AS gram, {sign}count(*) FROM {GRAMS}"
            " WHERE customer_id = ANY(:ids) GROUP BY 1, 2"
            f" ON CONFLICT (void, gram) DO UPDATE SET n = {COUNTS}.n + excluded.n"
        ),
        {"ids": list(ids)},
    )


def forget(conn: Connection, ids: Sequence[int]) -> None:
    """Remove these files from the index (a purge, or before they are written again)."""
    _count(conn, ids, "-")
    for table in (TABLE, TERMS, GRAMS):
        conn.execute(text(f"DELETE FROM {table} WHERE customer_id = ANY(:ids)"), {"ids": list(ids)})


def write_rows(conn: Connection, rows: Sequence[Sequence[Any]], *, fresh: bool) -> None:
    """search_index.write_rows on the server: rows are IndexRow tuples."""
    if not fresh:
        forget(conn, [r[0] for r in rows])
    _copy(conn, TABLE, _ROW_COLUMNS, (r[:-1] for r in rows))
    _copy(conn, TERMS, ("customer_id", "void", "text"), ((r[0], r[_VOID], r[_TEXT]) for r in rows))
    spell = _Trigrams()
    _copy(
        conn,
        GRAMS,
        ("customer_id", "void", "grams"),
        ((r[0], r[_VOID], [*r[-1].split(" "), *spell.of(r[_TEXT])]) for r in rows),
    )
    _count(conn, [r[0] for r in rows], "+")


def clear(conn: Connection) -> None:
    """Empty the index (before a rebuild)."""
    conn.execute(text(f"TRUNCATE {TERMS}, {GRAMS}, {TABLE}, {COUNTS}"))


class _Trigrams(dict[str, str]):
    """The 3-character grams of a search text's fields (never across two: SEP parts them),
    each spelled as domain.search_text.gram_token spells it, once per batch."""

    def __missing__(self, gram: str) -> str:
        token = self[gram] = st.gram_token(gram)
        return token

    def of(self, search_text: str) -> set[str]:
        found: set[str] = set()
        for field in search_text.split(st.SEP):
            found.update(field[i : i + 3] for i in range(len(field) - 2))
        return {self[g] for g in found}


def like_pattern(term: str) -> str:
    """`text LIKE` this: the term anywhere, its wildcards and the escape taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def gram_count(void: int) -> str:
    """How many files (void or not) hold the gram bound as :token."""
    return f"SELECT coalesce(sum(n), 0) FROM {COUNTS} WHERE void = {void} AND gram = :token"


def matching(void: int, short: bool, long: Sequence[str], filtered: bool) -> list[str]:
    """The SELECTs of the ids of files (void or not) matching a query: by the gram array
    for terms of up to GRAM_MAX characters (`short`: bound :m_grams, and :m_filters when
    `filtered`), and by the text for the longer ones (bound :l0, :l1 …)."""
    selects = []
    if short:
        where = "grams && CAST(:m_grams AS TEXT[])"
        if filtered:
            where += " AND grams @> CAST(:m_filters AS TEXT[])"
        selects.append(f"SELECT customer_id FROM {GRAMS} WHERE void = {void} AND {where}")
    if long:
        likes = " OR ".join(f"text LIKE :l{i}" for i in range(len(long)))
        selects.append(f"SELECT customer_id FROM {TERMS} WHERE void = {void} AND ({likes})")
    return selects
