"""Issue 10 §3: data-quality problems are kept current on every write, so a look only reads
them (R-DQ-1); time-dependent ones hold from their day without a write; a writer that
bypasses the ORM refreshes its files with refresh_problems; a database whose files were
never checked is checked by the next look."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select

from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.container import Services
from records_desk.services.customers import quality_upkeep
from records_desk.store.customers import QualityState, StoredProblem
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture
SERVICE: dict[str, Any] = {"record_type": RecordType.AFTER_SALES, "id_number": ""}


def stored(services: Services, customer_id: int) -> set[tuple[str, str, str | None]]:
    """The stored problems of a file that hold already (a review falls due later)."""
    with services.ctx.uow.read() as uow:
        rows = uow.session.execute(
            select(StoredProblem.rule_id, StoredProblem.message, StoredProblem.field).where(
                StoredProblem.customer_id == customer_id, StoredProblem.holds_from.is_(None)
            )
        )
        return {tuple(r) for r in rows}  # type: ignore[misc]


def found(services: Services, office: Office) -> set[tuple[int, Dimension, str]]:
    return {
        (p.customer.id, p.dimension, p.rule_id)
        for p in services.customers.quality.problems(office.director)
    }


@pytest.fixture
def no_checking(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it after the writes: from then on no file is checked, so a look must only read
    what the writes stored."""

    def refused(*_: Any, **__: Any) -> None:
        raise AssertionError("a look checked a file")

    return lambda: monkeypatch.setattr(quality_upkeep, "refresh_problems", refused)


def test_data_quality_problems_are_kept_current_on_every_write(
    services: Services, office: Office
) -> None:
    bad = register(services, office.archivist, phones=("12-34",), **SERVICE)[0].id
    # Stored by the registration itself, before anyone looks.
    assert stored(services, bad) == {("R-DQ-1", "not a valid phone number: 12-34", "phone")}
    services.customers.files.change_directly(
        office.director, bad, {"phones": ["0912-345-678"]}, "typo"
    )
    assert stored(services, bad) == set()


def test_a_data_quality_look_only_reads_the_stored_problems(
    services: Services, office: Office, clock: Clock, no_checking: Callable[[], None]
) -> None:
    bad = register(services, office.archivist, phones=("12-34",), **SERVICE)[0].id
    no_checking()
    assert found(services, office) == {(bad, Dimension.VALIDITY, "R-DQ-1")}


def test_a_review_falling_overdue_shows_on_its_day_without_a_write_R_GRD_3(
    services: Services, office: Office, clock: Clock, no_checking: Callable[[], None]
) -> None:
    carl = office.consultant.account_id
    graded = register(services, office.archivist, consultant_id=carl)[0].id
    no_checking()
    assert (graded, Dimension.TIMELINESS, "R-GRD-3") not in found(services, office)
    # Never reviewed: due on admission, overdue after the 30 grace days.
    clock.advance(days=30)
    assert (graded, Dimension.TIMELINESS, "R-GRD-3") not in found(services, office)
    clock.advance(days=1)
    assert (graded, Dimension.TIMELINESS, "R-GRD-3") in found(services, office)


def test_a_late_entry_counts_for_30_days_then_leaves_without_a_write_R_CUS_5(
    services: Services, office: Office, clock: Clock, no_checking: Callable[[], None]
) -> None:
    entered = clock.now.date()
    late = register(services, office.archivist, event_date=entered - timedelta(days=4), **SERVICE)
    no_checking()
    late = late[0].id
    assert (late, Dimension.TIMELINESS, "R-CUS-5") in found(services, office)
    clock.advance(days=29)
    assert (late, Dimension.TIMELINESS, "R-CUS-5") in found(services, office)
    clock.advance(days=1)
    assert (late, Dimension.TIMELINESS, "R-CUS-5") not in found(services, office)


def test_refresh_problems_brings_files_written_around_the_orm_up_to_date(
    services: Services, office: Office
) -> None:
    bad = register(services, office.archivist, phones=("12-34",), **SERVICE)[0].id
    with services.ctx.uow.write() as uow:  # as a Core bulk insert leaves it: nothing stored
        for table in (StoredProblem, QualityState):
            uow.session.execute(delete(table).where(table.customer_id == bad))
        uow.commit()
    assert stored(services, bad) == set()
    with services.ctx.uow.write() as uow:
        quality_upkeep.refresh_problems(uow.session, [bad])
        uow.commit()
    assert stored(services, bad) == {("R-DQ-1", "not a valid phone number: 12-34", "phone")}


def test_files_never_checked_are_checked_by_the_next_look(
    services: Services, office: Office
) -> None:
    bad = register(services, office.archivist, phones=("12-34",), **SERVICE)[0].id
    with services.ctx.uow.write() as uow:  # an old database: no file checked yet
        for table in (StoredProblem, QualityState):
            uow.session.execute(delete(table))
        uow.commit()
    assert found(services, office) == {(bad, Dimension.VALIDITY, "R-DQ-1")}
    assert stored(services, bad) != set()


def test_an_imported_list_has_its_problems_stored_in_the_import_transaction(
    services: Services, office: Office, tmp_path: Any
) -> None:
    """The import writes its files with Core inserts (no session event): it works their
    problems out itself, so the next look reads them instead of checking the files."""
    from tests.unit.test_customer_import_service import good_file

    done = services.customers.imports.commit(office.archivist, good_file(tmp_path / "l.xlsx", 3))
    assert done.written == 3
    with services.ctx.uow.read() as uow:
        states = uow.session.scalars(select(QualityState.customer_id)).all()
    assert len(states) == 3
