"""The day's visitor sheet and its review (R-REC-11, R-REC-12): the clerk's review closes the
day, every service then refuses it, the database's triggers too; a correction is a new row
pointing to the old one; the stored hash finds a row changed behind the program's back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.records_errors import DayClosed, DayNotClosed
from records_desk.domain.reception.vocabulary import AwayReason, Visitor
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.reception.dto import Level
from tests.conftest import Clock
from tests.unit.reception_desk_fixtures import consultants, signed_in

DAY = date(2026, 11, 27)


@pytest.fixture
def clerk(services: Services, principals: dict[Role, Principal], clock: Clock) -> Principal:
    consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob")
    desk = principals[Role.RECEPTION_CLERK]
    signed_in(services, desk, "amy", "bob")
    clock.advance(minutes=10)
    services.reception.day.walk_in(desk, Visitor("王一", "0922000001"))
    clock.advance(minutes=1)
    services.reception.day.walk_in(desk, Visitor("陳二", "0922000002"))
    services.reception.sheet.log_enquiry(desk, Visitor("林三", "0933000003"), "amy", "三房")
    return desk


def test_review_locks_the_day_R_REC_11(services: Services, clerk: Principal, clock: Clock) -> None:
    closing = services.reception.sheet.close(clerk)
    assert (closing.day, closing.row_count, closing.enquiry_count) == (DAY, 2, 1)
    assert len(closing.digest) == 64
    day = services.reception.day
    for refused in (
        lambda: day.walk_in(clerk, Visitor("張四", "0922000004")),
        lambda: day.away(clerk, "amy", AwayReason.UNEXCUSED),
        lambda: services.reception.sheet.log_enquiry(clerk, Visitor("林五", "09"), "amy"),
        lambda: services.reception.sheet.close(clerk),
    ):
        with pytest.raises(DayClosed) as caught:
            refused()
        assert caught.value.day == DAY and caught.value.reviewed_by == clerk.username


@pytest.mark.sqlite_only(reason="matches SQLite's trigger message")
def test_closed_day_cannot_be_altered_in_the_database_either_R_REC_11(
    services: Services, clerk: Principal
) -> None:
    services.reception.sheet.close(clerk)
    with services.database.engine.begin() as conn:
        for sql in (
            "UPDATE reception_visit SET visitor_name = 'x'",
            "DELETE FROM reception_visit",
            "UPDATE reception_event SET time = '08:00'",
            "DELETE FROM reception_enquiry",
            "UPDATE reception_day_close SET row_count = 9",
            "DELETE FROM reception_day_close",
        ):
            with pytest.raises(DatabaseError, match="closed"):
                conn.execute(text(sql))


def test_a_correction_points_to_the_old_row_R_REC_11(services: Services, clerk: Principal) -> None:
    sheet = services.reception.sheet
    closing = sheet.close(clerk)
    fixed = sheet.correct_visit(clerk, DAY, 1, party_size=3, intention=Level.A, notes="三人同行")
    rows = sheet.visits(clerk, DAY)
    assert [r.row_no for r in rows] == [1, 2, 3]
    assert (fixed.row_no, fixed.corrects, fixed.party_size, fixed.consultant) == (3, 1, 3, "amy")
    assert rows[0].party_size == 1  # the old row is as it was
    assert sheet.verify(clerk, DAY).intact  # the reviewed rows are unchanged
    assert sheet.closing(clerk, DAY) == closing
    gm = services.auth.login("boss", "general-manager-pw")
    assert services.audit.count(gm, AuditFilter(action="reception.correct")) == 1


@pytest.mark.sqlite_only(reason="tampers with SQLite's triggers")
def test_verify_finds_a_row_changed_behind_the_programs_back_R_REC_11(
    services: Services, clerk: Principal
) -> None:
    sheet = services.reception.sheet
    sheet.close(clerk)
    assert sheet.verify(clerk, DAY).intact
    with services.database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER reception_visit_closed_update"))
        conn.execute(text("UPDATE reception_visit SET consultant_id = NULL WHERE row_no = 2"))
    result = sheet.verify(clerk, DAY)
    assert not result.intact and result.stored != result.computed


@pytest.mark.sqlite_only(reason="tampers with SQLite's triggers")
def test_verify_finds_a_row_slipped_in_behind_the_programs_back_R_REC_11(
    services: Services, clerk: Principal
) -> None:
    sheet = services.reception.sheet
    sheet.close(clerk)
    with services.database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER reception_enquiry_closed_insert"))
        conn.execute(
            text(
                "INSERT INTO reception_enquiry (day, row_no, time, caller, phone, heard_through,"
                " enquiry, invited, recorded_by_id, recorded_at)"
                " SELECT day, 9, time, 'x', '', '', '', 0, recorded_by_id, recorded_at"
                " FROM reception_enquiry"
            )
        )
    assert not sheet.verify(clerk, DAY).intact


def test_an_open_day_has_no_hash_to_verify(services: Services, clerk: Principal) -> None:
    with pytest.raises(DayNotClosed):
        services.reception.sheet.verify(clerk, DAY)


def test_phone_enquiries_are_logged_and_decide_nothing_R_REC_12(
    services: Services, clerk: Principal, clock: Clock
) -> None:
    (row,) = services.reception.sheet.enquiries(clerk, DAY)
    assert (row.caller, row.consultant, row.enquiry) == ("林三", "amy", "三房")
    clock.advance(minutes=1)
    services.reception.day.visit_end(clerk, "amy")
    services.reception.day.visit_end(clerk, "bob")
    # The caller walks in: amy answered the phone, but the rotation decides (amy is next anyway
    # only by turn): the reason is rotation, not returning_owner.
    got = services.reception.day.walk_in(clerk, Visitor("林三", "0933000003"))
    assert got.reason == "rotation"


def test_only_the_reception_clerk_or_an_admin_reviews_the_day_R_REC_11(
    services: Services, clerk: Principal, principals: dict[Role, Principal]
) -> None:
    for role in (Role.SALES_MANAGER, Role.CONSULTANT, Role.ARCHIVIST):
        with pytest.raises(PermissionDenied):
            services.reception.sheet.close(principals[role])
    services.reception.sheet.close(principals[Role.CUSTOMER_DIRECTOR])


@pytest.mark.sqlite_only(reason="tampers with SQLite's triggers")
def test_verify_finds_rows_and_hash_changed_together_by_the_log_R_REC_11(
    services: Services, clerk: Principal
) -> None:
    from records_desk.services.reception import records

    sheet = services.reception.sheet
    sheet.close(clerk)
    with services.database.engine.begin() as conn:
        for trigger in ("reception_visit_closed_update", "reception_day_close_no_update"):
            conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text("UPDATE reception_visit SET consultant_id = NULL WHERE row_no = 2"))
    with services.ctx.uow.read() as uow:  # the hash made again over the changed rows
        closing = records.closing_of(uow.session, DAY)
        assert closing is not None
        forged, _ = records.stored_digest(uow.session, closing)
    with services.database.engine.begin() as conn:
        conn.execute(text("UPDATE reception_day_close SET digest = :d"), {"d": forged})
    result = sheet.verify(clerk, DAY)
    assert result.stored == result.computed == forged and not result.intact


def test_a_phone_enquiry_correction_points_to_the_old_row_R_REC_12(
    services: Services, clerk: Principal
) -> None:
    sheet = services.reception.sheet
    sheet.close(clerk)
    fixed = sheet.correct_enquiry(clerk, DAY, 1, enquiry="三房兩廳", invited=True)
    rows = sheet.enquiries(clerk, DAY)
    assert [(r.row_no, r.corrects, r.enquiry) for r in rows] == [
        (1, None, "三房"), (2, 1, "三房兩廳"),
    ]  # fmt: skip
    assert fixed.invited and sheet.verify(clerk, DAY).intact
