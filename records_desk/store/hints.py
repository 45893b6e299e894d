"""SQLite's index hints, for hand-written SQL that must run on either backend (issue 15 §2):
`INDEXED BY name` and `NOT INDEXED` on SQLite, whose planner is told which index a query
reads where its own choice is slow; nothing on a PostgreSQL server, whose planner chooses by
its statistics and has no such syntax."""

from __future__ import annotations

from sqlalchemy.orm import Session


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def indexed_by(session: Session, index: str) -> str:
    """`INDEXED BY index` on SQLite, "" elsewhere."""
    return f"INDEXED BY {index}" if is_sqlite(session) else ""


def not_indexed(session: Session) -> str:
    """`NOT INDEXED` on SQLite, "" elsewhere."""
    return "NOT INDEXED" if is_sqlite(session) else ""
