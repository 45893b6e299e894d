"""Refusing triggers on PostgreSQL (issue 15 §2), the counterparts of the SQLite triggers the
revisions write inline (`BEFORE … BEGIN SELECT RAISE(ABORT, …); END`).

Not a revision: Alembic reads revisions from versions/ and the feature folders only.

Decisions:
- One plpgsql function per trigger, named as the trigger: a condition may read other tables
  (a closed day), which a PostgreSQL trigger's WHEN clause cannot.
- The refusal is SQLSTATE 23000 (integrity_constraint_violation), so SQLAlchemy raises
  IntegrityError as it does for SQLite's RAISE(ABORT).
- Messages and conditions are the revisions' own constant text, never a value from a row.
"""

from __future__ import annotations

from alembic import op


def refuse(name: str, table: str, verb: str, message: str, when: str | None = None) -> None:
    """A row trigger refusing `verb` (INSERT, UPDATE or DELETE) on `table`, only `when`
    holds if given (NEW and OLD as in SQLite's WHEN)."""
    raise_ = f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation'"
    body = f"IF {when} THEN {raise_}; END IF;" if when else f"{raise_};"
    row = "OLD" if verb == "DELETE" else "NEW"
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS"
        f" $$ BEGIN {body} RETURN {row}; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {name} BEFORE {verb} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
    )


def drop(name: str, table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {name}()")
