"""Issue 10 §2 in the services and the domain: what hand entry refuses (and what the import and
the other paths still take, to be listed in data quality), likely duplicates, and the shelf
location suggested from the office's shelving scheme. Data is made through the services."""

from __future__ import annotations

from datetime import date

import pytest

from records_desk.domain.common.errors import DateOutOfRange, PhoneInvalid
from records_desk.domain.common.identifiers import EmailAddressInvalid, IdNumberCheckFailed
from records_desk.domain.customers.archive_numbers import (
    ShelvingScheme,
    ShelvingSchemeInvalid,
    parse_archive_number,
)
from records_desk.domain.customers.duplicates import DuplicateBasis, LikelyDuplicates
from records_desk.domain.customers.hand_entry import EntryInvalid, entry_problems
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.container import Services
from records_desk.services.customers.hand_entry import HandEntry
from records_desk.wording import describe, set_language
from tests.unit.customer_fixtures import Office, audit_trail, draft, office, register, today

__all__ = ["office"]  # the fixture, used by parameter name


def test_hand_entry_refuses_every_wrong_value_at_once_tied_to_its_field() -> None:
    set_language("en")
    problems = entry_problems(
        {
            "name": "",
            "phones": ("abc-12", "12345", "02-2345-6789 分機 12"),
            "email": "not-an-email",
            "id_number": "A123456788",
            "event_date": date(2030, 1, 1),
        },
        latest_event=date(2026, 11, 27),
    )
    found = [(p.field, type(p.error)) for p in problems]
    assert found == [
        ("name", type(problems[0].error)),
        ("phones", PhoneInvalid),
        ("phones", PhoneInvalid),  # the one with 分機 12 is a phone
        ("email", EmailAddressInvalid),
        ("id_number", IdNumberCheckFailed),
        ("event_date", DateOutOfRange),
    ]
    assert describe(problems[-1].error) == (
        "“2030-01-01” is outside the allowed days, 1900-01-01 to 2026-11-27."
    )
    assert "needs a domain" in describe(problems[3].error)


def test_hand_entry_registration_refuses_what_the_import_path_takes(
    services: Services, office: Office
) -> None:
    files = services.customers.files
    wrong = draft(phones=("12345",), email="not-an-email")
    with pytest.raises(EntryInvalid) as refused:
        files.register(office.archivist, wrong, HandEntry())
    assert {p.field for p in refused.value.problems} == {"phones", "email"}
    # Without HandEntry (import, demo): written, the values listed in data quality (§1).
    assert files.register(office.archivist, wrong).phones == ("12345",)


def test_a_likely_duplicate_is_refused_until_accepted_and_the_yes_is_audited(
    services: Services, office: Office
) -> None:
    files = services.customers.files
    first = register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
    same_id = register(services, office.archivist, name="別的名字", id_number="04595257")[0]
    twin = draft(name="陳 淑卿", phones=("+886 912 345 678",))
    with pytest.raises(LikelyDuplicates) as asked:
        files.register(office.archivist, twin, HandEntry())
    matches = {m.customer_id: m.bases for m in asked.value.matches}
    assert matches[first.id] == {DuplicateBasis.NAME_AND_PHONE, DuplicateBasis.ID_NUMBER}
    assert matches[same_id.id] == {DuplicateBasis.ID_NUMBER}
    # Accepting only what was shown: a look-alike not seen is asked about again.
    with pytest.raises(LikelyDuplicates):
        files.register(office.archivist, twin, HandEntry(registered_anyway=frozenset({first.id})))
    info = files.register(office.archivist, twin, HandEntry(registered_anyway=frozenset(matches)))
    entry = audit_trail(services, office.gm, "customer.register")[-1]
    assert entry.entity_id == str(info.id)
    assert entry.details["registered_anyway"] == sorted(
        [first.archive_number, same_id.archive_number]
    )


def test_a_void_file_is_no_likely_duplicate(services: Services, office: Office) -> None:
    files = services.customers.files
    old = register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
    files.void(office.gm, old.id, "entered twice")
    twin = draft(name="陳淑卿", phones=("0912345678",), id_number="")
    assert files.register(office.archivist, twin, HandEntry()).name == "陳淑卿"


def test_a_change_that_makes_a_file_look_like_another_asks_before_it_is_made(
    services: Services, office: Office
) -> None:
    files = services.customers.files
    first = register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
    other = register(
        services, office.archivist, name="陳淑卿", phones=("0933-111-222",), id_number=""
    )[0]
    request = files.request_change(
        office.staff, other.id, {"phones": ("0912345678",)}, "new mobile", HandEntry()
    )
    with pytest.raises(LikelyDuplicates):
        files.approve(office.director, request.id, "", HandEntry())
    files.approve(office.director, request.id, "", HandEntry(frozenset({first.id})))
    assert files.get(office.gm, other.id).phones == ("0912345678",)


def test_a_change_is_not_refused_for_a_value_already_on_the_file(
    services: Services, office: Office
) -> None:
    files = services.customers.files
    info = register(services, office.archivist, phones=("12-34",))[0]  # imported as it was
    changes = {"phones": ("12-34",), "address": "台北市信義區", "email": "lin@"}
    with pytest.raises(EntryInvalid) as refused:
        files.change_directly(office.gm, info.id, changes, "moved", entry=HandEntry())
    assert [p.field for p in refused.value.problems] == ["email"]
    changes["email"] = "lin@example.com"
    files.change_directly(office.gm, info.id, changes, "moved", entry=HandEntry())


def test_the_shelf_location_is_suggested_from_the_office_shelving_scheme(
    services: Services, office: Office
) -> None:
    files = services.customers.files
    year = today(services).year
    assert files.shelf_suggestion(RecordType.CLOSED_SALES) == f"CS-{year}-B001"
    services.customers.office.change(
        office.gm, shelving={RecordType.CLOSED_SALES: ShelvingScheme(2, "A櫃-{code}{year}-{box}")}
    )
    made = [
        files.register(
            office.archivist,
            draft(shelf_location="", id_number=""),
            HandEntry(frozenset(range(1, 100)), shelf_from_scheme=True),
        )
        for _ in range(3)
    ]
    assert [m.shelf_location for m in made] == [
        f"A櫃-CS{year}-001",
        f"A櫃-CS{year}-001",
        f"A櫃-CS{year}-002",
    ]
    assert files.shelf_suggestion(RecordType.CLOSED_SALES) == f"A櫃-CS{year}-002"
    # Editable: what the person wrote is kept.
    typed = files.register(
        office.archivist, draft(shelf_location="B-07"), HandEntry(frozenset(range(1, 100)))
    )
    assert typed.shelf_location == "B-07"
    assert files.shelf_suggestion(RecordType.CLOSED_SALES, "CS-2019-00120") == "A櫃-CS2019-060"
    assert files.shelf_suggestion(RecordType.CLOSED_SALES, "舊-123") == ""
    change = audit_trail(services, office.gm, "office.settings")[-1]
    assert "shelving" in change.details


@pytest.mark.parametrize(
    "scheme",
    [ShelvingScheme(0), ShelvingScheme(50, "{code}-{year}"), ShelvingScheme(5, "{box}{x}")],
)
def test_a_shelving_scheme_without_a_box_or_with_no_files_a_box_is_refused(
    services: Services, office: Office, scheme: ShelvingScheme
) -> None:
    with pytest.raises(ShelvingSchemeInvalid):
        services.customers.office.change(office.gm, shelving={RecordType.CAMPAIGN: scheme})
    assert ShelvingScheme().location_for(parse_archive_number("CP-2026-00051")) == "CP-2026-B002"
