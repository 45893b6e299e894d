"""A case-insensitive LIKE that keeps SQLite's index use (issue 15 §2): SQLite's LIKE already
ignores the case of ASCII letters (and reads an index on the column for a prefix); PostgreSQL's
is case-sensitive, its ILIKE is not. `ci_like(column, pattern)` is LIKE on SQLite, ILIKE on
PostgreSQL, both with the backslash as the escape character."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement, literal


class _CaseInsensitiveLike(ColumnElement[bool]):
    type = Boolean()
    inherit_cache = False  # holds its own clauses: not cached by structure

    def __init__(self, column: Any, pattern: str) -> None:
        self.column = column
        self.pattern = literal(pattern)


def ci_like(column: Any, pattern: str) -> ColumnElement[bool]:
    return _CaseInsensitiveLike(column, pattern)


@compiles(_CaseInsensitiveLike)
def _ilike(element: _CaseInsensitiveLike, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.ilike(element.pattern, escape="\\"), **kw))


@compiles(_CaseInsensitiveLike, "sqlite")
def _like(element: _CaseInsensitiveLike, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.like(element.pattern, escape="\\"), **kw))
