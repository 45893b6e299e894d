"""A hook on every session may be added while sessions commit — on this thread, or on another
one — without breaking their commits (store/session_hooks.py). Found as a flaky failure
("deque mutated during iteration"): the customer services, built on first use, installed their
data-quality hooks on SQLAlchemy's Session class while a background job committed."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers import quality_upkeep
from records_desk.store import session_hooks


@pytest.fixture
def own_hooks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hooks as they are, restored afterwards: what a test adds goes with it."""
    monkeypatch.setattr(session_hooks, "_hooks", dict(session_hooks._hooks))
    yield


def test_the_customer_services_installed_during_a_commit_leave_that_commit_whole(
    services: Services, gm: Principal, own_hooks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a desk whose customer services are not built yet: no data-quality hooks.
    monkeypatch.setattr(session_hooks, "_hooks", {name: () for name in session_hooks.EVENTS})
    installed: list[bool] = []

    def first_use_of_the_customer_services(_session: Session) -> None:
        if not installed:
            installed.append(True)
            quality_upkeep.install()

    session_hooks.add("before_commit", first_use_of_the_customer_services)
    services.auth.record(gm, AuditAction.SESSION_LOCK, "a commit while hooks are added")

    assert installed == [True]
    assert quality_upkeep._refresh_noted in session_hooks.hooks("before_commit")
    assert services.audit.verify(gm).intact
    # The next commit runs the hooks added during the last one.
    services.auth.record(gm, AuditAction.SESSION_LOCK, "and the next one")


def test_hooks_added_on_one_thread_while_another_commits_break_no_commit(
    own_hooks: None,
) -> None:
    # Threads switched as often as can be: SQLAlchemy's own event.listen here fails within a
    # few hundred additions ("deque mutated during iteration").
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        _add_while_committing()
    finally:
        sys.setswitchinterval(switch)


def _add_while_committing() -> None:
    factory = sessionmaker(create_engine("sqlite://"))
    errors: list[BaseException] = []
    called = threading.Event()
    stop = threading.Event()

    def committing() -> None:
        try:
            while not stop.is_set():
                with factory() as session:
                    session.execute(text("SELECT 1"))
                    session.commit()
        except BaseException as e:  # noqa: BLE001 - the test's finding
            errors.append(e)

    def make_hook(n: int) -> Any:
        def hook(*_: Any) -> None:
            called.set()

        hook.__name__ = f"hook_{n}"
        return hook

    worker = threading.Thread(target=committing)
    worker.start()
    try:
        for n in range(2000):
            session_hooks.add(
                ("after_flush", "before_commit", "after_rollback")[n % 3], make_hook(n)
            )
    finally:
        stop.set()
        worker.join(30)
    assert errors == []
    assert called.is_set()


def test_a_hook_is_added_once_and_only_for_a_session_event(own_hooks: None) -> None:
    def hook(*_: Any) -> None:
        pass

    session_hooks.add("before_commit", hook)
    session_hooks.add("before_commit", hook)
    assert session_hooks.hooks("before_commit").count(hook) == 1
    with pytest.raises(ValueError, match="before_flush"):
        session_hooks.add("before_flush", hook)
