"""Length limits of a customer file's text (issue 9, finding 8: "an imported
10,000,000-character name made printing that file hang for more than 5 minutes"): declared once
in domain/customers/limits.py, never above the store's column, checked at entry by the
services (the message names the field and its limit) and cut at print for a value an older
database already holds. Data is made through the services, except the overlong stored name,
which the services now refuse."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import String, func, select, update

from records_desk.domain.customers.limits import (
    LIMITS,
    MAX_ITEMS,
    LimitedText,
    TextTooLong,
    TooManyItems,
    check_length,
)
from records_desk.printing.data import FormDataError
from records_desk.services.container import Services
from records_desk.store.customers import Customer, Visit
from records_desk.wording import describe
from records_desk.wording.language import set_language
from tests.unit.customer_fixtures import Office, draft, office, register, today

__all__ = ["office"]  # the fixture

TEN_MILLION = 10_000_000


def customers_on_file(services: Services) -> int:
    with services.ctx.uow.read() as uow:
        return int(uow.session.scalar(select(func.count(Customer.id))) or 0)


def test_ten_million_character_name_is_refused_at_entry(services: Services, office: Office) -> None:
    name = "名" * TEN_MILLION
    with pytest.raises(TextTooLong) as refused:
        services.customers.files.register(office.archivist, draft(name=name))
    assert (refused.value.field, refused.value.length, refused.value.limit) == (
        LimitedText.NAME,
        TEN_MILLION,
        100,
    )
    assert customers_on_file(services) == 0
    set_language("en")
    assert describe(refused.value) == "Name is too long (10000000 characters, at most 100)."
    set_language("zh_TW")
    assert "100" in describe(refused.value) and "名稱" in describe(refused.value)


def test_a_name_at_its_limit_is_kept_and_one_more_character_is_refused(
    services: Services, office: Office
) -> None:
    limit = LIMITS[LimitedText.NAME]
    [kept] = register(services, office.archivist, name=" " + "名" * limit + " ")
    assert kept.name == "名" * limit  # surrounding spaces do not count
    with pytest.raises(TextTooLong):
        register(services, office.archivist, name="名" * (limit + 1))


def test_every_text_of_a_file_is_limited_at_entry_and_at_change(
    services: Services, office: Office
) -> None:
    for field in ("contact_person", "address", "email", "department", "shelf_location"):
        too_long = "x" * (LIMITS[LimitedText(field)] + 1)
        with pytest.raises(TextTooLong) as refused:
            register(services, office.archivist, **{field: too_long})
        assert refused.value.field == field
    with pytest.raises(TextTooLong):
        register(services, office.archivist, phones=("0912-345-678" + "9" * 30,))
    with pytest.raises(TooManyItems):
        phones = tuple(f"0912-345-{n:03d}" for n in range(MAX_ITEMS[LimitedText.PHONE] + 1))
        register(services, office.archivist, phones=phones)
    with pytest.raises(TextTooLong):
        register(services, office.archivist, archive_number="A" * 33)
    [file] = register(services, office.archivist)
    with pytest.raises(TextTooLong):  # a change request, and its reason
        services.customers.files.request_change(
            office.staff, file.id, {"address": "路" * 201}, "moved"
        )
    with pytest.raises(TextTooLong):
        services.customers.files.void(office.gm, file.id, "why" * 1000)
    assert customers_on_file(services) == 1


def test_the_records_of_a_file_are_limited_at_entry(services: Services, office: Office) -> None:
    [file] = register(services, office.archivist)
    day = today(services)
    long_text = "字" * 2001
    with pytest.raises(TextTooLong) as refused:
        services.customers.reviews.record_visit(office.consultant, file.id, day, long_text)
    assert refused.value.field == LimitedText.VISIT_SUMMARY
    with pytest.raises(TextTooLong):
        services.customers.reviews.record_visit(
            office.consultant, file.id, day, "ok", {"needs": long_text}
        )
    with pytest.raises(TextTooLong):
        services.customers.reviews.record_review(office.gm, file.id, day, {}, problems=long_text)
    with services.ctx.uow.read() as uow:
        assert uow.session.scalar(select(func.count(Visit.id))) == 0


def test_every_limit_fits_its_store_column() -> None:
    columns = Customer.__table__.columns
    for field in LimitedText:
        if field.value in columns and isinstance(columns[field.value].type, String):
            length = columns[field.value].type.length
            assert length is None or LIMITS[field] <= length, field


def test_check_length_measures_the_trimmed_text() -> None:
    assert check_length(LimitedText.PHONE, "  0912-345-678  ") == "0912-345-678"
    assert check_length(LimitedText.PHONE, " " * 100 + "1" * 30) == "1" * 30
    with pytest.raises(TextTooLong) as refused:
        check_length(LimitedText.PHONE, "1" * 31)
    assert refused.value.length == 31


@pytest.mark.sqlite_only(
    reason="stores an overlong name behind the program, which only SQLite accepts (PostgreSQL refuses it at the column)"
)
@pytest.mark.timeout(60)
def test_printing_an_overlong_stored_name_finishes(services: Services, office: Office) -> None:
    """An older database holds a 10,000,000-character name (written here directly: the
    services refuse it now); printing its registration sheet is refused at once, naming the
    field and its limit (issue 10 §4), instead of drawing page after page."""
    [file] = register(services, office.archivist, event_date=date(2026, 11, 26))
    with services.ctx.uow.write() as uow:
        uow.session.execute(
            update(Customer).where(Customer.id == file.id).values(name="名" * TEN_MILLION)
        )
        uow.commit()
    started = time.perf_counter()
    with pytest.raises(FormDataError) as refused:
        services.customers.forms.render(office.archivist, "customer_registration", file.id)
    elapsed = time.perf_counter() - started
    assert refused.value.path == "header.customer" and "200" in refused.value.message
    assert elapsed < 15, f"printing took {elapsed:.1f} s"
