"""Issue 15 §3, "a desk whose write conflicts is told in a sentence and retries or reloads — no
lost update": a desk acts on what it showed a while ago (a loan awaiting approval, a file out
on a loan, a medium in store, a customer file at version 1) after another desk changed it.
The act is refused with a domain error worded by records_desk/wording, nothing is written,
and the other desk's change stands. On both backends: SQLite (one office file; the "other
desk" is another call on it) and PostgreSQL (two desks' own services on one server database).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from records_desk.domain.common.roles import Role
from records_desk.domain.customers.file_errors import StaleVersion
from records_desk.domain.loans.errors import (
    FileReturnedElsewhere,
    LoanChanged,
    LoanNotAwaitingApproval,
)
from records_desk.domain.loans.vocabulary import ExternalBorrower, LoanStatus
from records_desk.domain.media.errors import MediumChanged
from records_desk.domain.media.evidence import Return
from records_desk.domain.media.vocabulary import MediumState
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.loans.dto import ReturnLine
from records_desk.store.loans import Loan
from records_desk.wording import describe, set_language
from tests.conftest import GM_PASSWORD, make_user
from tests.pg import server_desk
from tests.unit.customer_fixtures import draft
from tests.unit.media_fixtures import CLEAN, issue, ready

OUTSIDE = ExternalBorrower("陳大文", "審計署")


@dataclass
class Desks:
    """Two desks of one office (`this` showed something; `other` changes it) and the
    manager both act as."""

    this: Services
    other: Services
    boss: Principal


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def desks(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desks]:
    set_language("en")
    if request.param == "sqlite":
        services = request.getfixturevalue("services")
        yield Desks(services, services, request.getfixturevalue("gm"))
        return
    url = request.getfixturevalue("pg_url")
    this = server_desk(url, tmp_path / "desk0")
    boss = this.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    other = server_desk(url, tmp_path / "desk1", office_key=this.database.key.hex)
    try:
        yield Desks(this, other, boss)
    finally:
        this.close()
        other.close()


def audit_count(services: Services, action: str) -> int:
    with services.database.engine.connect() as conn:
        found = conn.execute(
            text("SELECT count(*) FROM audit_log WHERE action = :a"), {"a": action}
        )
        return int(found.scalar_one())


def waiting_loan(desks: Desks) -> Any:
    number = desks.this.customers.files.register(desks.boss, draft()).archive_number
    return desks.this.loans.lending.lend(desks.boss, [number], OUTSIDE, "查帳")


def test_an_approval_of_a_loan_refused_at_another_desk_meanwhile_is_refused(
    desks: Desks,
) -> None:
    shown = waiting_loan(desks)
    desks.other.loans.lending.refuse(desks.boss, shown.number, "不宜外借")
    with pytest.raises(LoanChanged) as changed:
        desks.this.loans.lending.approve(desks.boss, shown.number, expected_version=shown.version)
    assert describe(changed.value) == (
        f"Loan {shown.number} was changed at another desk after it was shown here; nothing was "
        "done. Reload it and decide again."
    )
    with pytest.raises(LoanNotAwaitingApproval) as waiting:  # a desk that names no version
        desks.this.loans.lending.approve(desks.boss, shown.number)
    assert "it has been refused (at another desk, perhaps)" in describe(waiting.value)
    now = desks.this.loans.register.get(desks.boss, shown.number)
    assert now.status is LoanStatus.REFUSED and now.version == shown.version + 1
    assert audit_count(desks.this, "loan.approve") == 0


def test_a_refusal_of_a_loan_approved_at_another_desk_meanwhile_is_refused(desks: Desks) -> None:
    shown = waiting_loan(desks)
    approved = desks.other.loans.lending.approve(desks.boss, shown.number)
    assert approved.version == shown.version + 1
    with pytest.raises(LoanChanged):
        desks.this.loans.lending.refuse(desks.boss, shown.number, "不宜", shown.version)
    assert desks.this.loans.register.get(desks.boss, shown.number).status is LoanStatus.OPEN
    assert audit_count(desks.this, "loan.refuse") == 0


def test_a_return_of_a_file_taken_back_and_lent_again_at_another_desk_is_refused(
    desks: Desks,
) -> None:
    number = desks.this.customers.files.register(desks.boss, draft()).archive_number
    first = desks.this.loans.lending.lend(desks.boss, [number], "boss", "查閱")
    scanned = desks.this.loans.scans.returnable(desks.boss, number)
    assert scanned.loan_number == first.number
    desks.other.loans.returns.take_back(desks.boss, [number])
    with pytest.raises(FileReturnedElsewhere) as gone:
        desks.this.loans.returns.take_back_lines(
            desks.boss, [ReturnLine(number, loan_number=scanned.loan_number)]
        )
    assert describe(gone.value) == (
        f"{number} of loan {first.number} was already taken back at another desk. Nothing was "
        "taken back; scan the files again."
    )
    second = desks.other.loans.lending.lend(desks.boss, [number], "boss", "查閱")
    with pytest.raises(FileReturnedElsewhere) as moved:
        desks.this.loans.returns.take_back_lines(
            desks.boss, [ReturnLine(number, loan_number=scanned.loan_number)]
        )
    assert moved.value.now_on == second.number
    assert f"is now out on loan {second.number}" in describe(moved.value)
    assert desks.this.loans.register.get(desks.boss, second.number).status is LoanStatus.OPEN
    assert audit_count(desks.this, "loan.return") == 1  # the other desk's only


def test_a_medium_step_after_another_desk_moved_it_on_is_refused(desks: Desks) -> None:
    make_user(desks.this, desks.boss, "stan", Role.STAFF)
    shown = ready(desks.this, desks.boss)
    inventory = desks.other.media.inventory
    inventory.apply(desks.boss, shown.number, [issue("stan", "boss")])
    back = inventory.apply(desks.boss, shown.number, [Return(), CLEAN])
    assert back.state is shown.state is MediumState.READY  # the state this desk showed
    with pytest.raises(MediumChanged) as changed:
        desks.this.media.inventory.apply(
            desks.boss,
            shown.number,
            [issue("stan", "boss")],
            expected_events=shown.event_count,
        )
    assert describe(changed.value) == (
        f"Medium {shown.number} was changed at another desk after it was shown here; nothing "
        "was recorded. Reload it and try again."
    )
    now = desks.this.media.register.show(desks.boss, shown.number)
    assert now.state is MediumState.READY and now.event_count == shown.event_count + 3


def test_a_change_request_typed_on_a_file_changed_at_another_desk_is_refused(
    desks: Desks,
) -> None:
    shown = desks.this.customers.files.register(desks.boss, draft(contact_person="林志明"))
    desks.other.customers.files.change_directly(
        desks.boss, shown.id, {"contact_person": "王小明"}, "換窗口", shown.version
    )
    with pytest.raises(StaleVersion) as stale:  # would have put 林志明 back
        desks.this.customers.files.request_change(
            desks.boss,
            shown.id,
            {"contact_person": "林志明", "email": "new@example.com.tw"},
            "更新",
            expected_version=shown.version,
        )
    assert "Look at it again and repeat the change." in describe(stale.value)
    assert audit_count(desks.this, "customer.request_change") == 0


def test_a_loan_row_written_from_a_stale_copy_fails_instead_of_overwriting(
    desks: Desks,
) -> None:
    """The version counter itself: a session holding the loan as it was before another
    desk's approval cannot write it back over the approval."""
    shown = waiting_loan(desks)
    session = desks.this.ctx.uow.read().__enter__().session
    try:
        stale = session.scalars(select(Loan).where(Loan.number == shown.number)).one()
        session.commit()  # end the read: the copy is kept (expire_on_commit is off)
        desks.other.loans.lending.approve(desks.boss, shown.number)
        stale.status = LoanStatus.REFUSED.value
        with pytest.raises(StaleDataError):
            session.flush()
    finally:
        session.rollback()
        session.close()
    assert desks.this.loans.register.get(desks.boss, shown.number).status is LoanStatus.OPEN
