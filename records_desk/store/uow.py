"""Unit of work: one SQLAlchemy session, one transaction, committed explicitly."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


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

    def __init__(self, engine: Engine) -> None:
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(engine.execution_options(writer=True), expire_on_commit=False)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._reader)

    def write(self) -> UnitOfWork:
        return UnitOfWork(self._writer)
