"""Unit of work: one SQLAlchemy session, one transaction, committed explicitly.

Every session carries the database's audit anchor in `session.info` (store/audit_anchor.py):
journal.append takes the chain key and the head check from there, and the anchor's hooks
announce the head before each commit and confirm it after, so no service sees the key."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from records_desk.store import session_hooks  # noqa: F401 - on Session before any session exists
from records_desk.store.audit_anchor import ANCHOR, AuditAnchor


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Anything not committed explicitly is rolled back: a failed rule leaves no trace.
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()


class UnitOfWorkFactory:
    """Makes readers (deferred BEGIN) and writers (BEGIN IMMEDIATE) on one engine."""

    def __init__(self, engine: Engine, anchor: AuditAnchor) -> None:
        self.anchor = anchor
        info = {ANCHOR: anchor}
        self._reader = sessionmaker(engine, expire_on_commit=False, info=info)
        self._writer = sessionmaker(
            engine.execution_options(writer=True), expire_on_commit=False, info=info
        )
        for factory in (self._reader, self._writer):
            anchor.install(factory)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._reader)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._writer)
