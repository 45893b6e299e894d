"""Issue 15 §3: every act that gives a number (archive, loan, medium, a row of the day's sheets)
or a reception turn writes only in a writer unit of work — BEGIN IMMEDIATE on SQLite, the
writers' advisory lock on PostgreSQL (store/backends.py writer_lock) — so two desks never read
the same "highest so far". Proved by watching every statement the engine sends while the acts
run: no INSERT, UPDATE or DELETE goes out on a connection that is not a writer's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from records_desk.domain.loans.vocabulary import ExternalBorrower
from records_desk.domain.media.vocabulary import MediumType
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.container import Services
from records_desk.services.media.dto import MediumDraft
from tests.unit.customer_fixtures import Office, draft, office
from tests.unit.reception_desk_fixtures import consultants, signed_in

__all__ = ["office"]  # the fixture, used by parameter name


@pytest.fixture
def unlocked_writes(services: Services) -> Iterator[list[str]]:
    """The statements that wrote outside a writer's transaction."""
    found: list[str] = []

    def watch(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
        if verb in ("INSERT", "UPDATE", "DELETE") and not conn.get_execution_options().get(
            "writer"
        ):
            found.append(statement[:80])

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", watch)
    yield found
    event.remove(engine, "before_cursor_execute", watch)


def test_numbers_and_turns_are_given_only_inside_a_writers_transaction(
    services: Services, office: Office, unlocked_writes: list[str]
) -> None:
    gm = office.gm
    files = [services.customers.files.register(gm, draft()).archive_number for _ in range(3)]
    services.loans.lending.lend(gm, files[:1], "stan", "查閱")
    waiting = services.loans.lending.lend(gm, files[1:2], ExternalBorrower("陳", "審計署"), "查帳")
    services.loans.lending.approve(gm, waiting.number, expected_version=waiting.version)
    services.loans.returns.take_back(gm, files[:2])
    services.media.inventory.register(gm, MediumDraft(MediumType.USB, "客戶部"))
    services.media.inventory.register(gm, MediumDraft(MediumType.OPTICAL, "客戶部"))
    consultants(services, gm, "amy", "bob")
    signed_in(services, gm, "amy", "bob")
    services.reception.day.walk_in(gm, Visitor("王先生", "0912000001"))
    services.reception.day.walk_in(gm, Visitor("李小姐", "0912000002"))
    services.reception.sheet.log_enquiry(gm, Visitor("林三", "0933000003"), "amy")
    assert unlocked_writes == []
