"""The office settings every desk shares (archive codes R-CUS-2, 附件1 weights R-GRD-3, spot-check
sample size R-CUS-6): kept in the database, changed only by the general manager or the
customer director, audited, and seen at once by every desk on the same database."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.errors import ArchiveNumberInvalid, SampleSizeInvalid
from records_desk.domain.customers.evaluations import DEFAULT_WEIGHTS, Criterion, WeightsInvalid
from records_desk.domain.customers.spot_check import DEFAULT_SAMPLE_SIZE
from records_desk.domain.customers.vocabulary import DEFAULT_ARCHIVE_CODES, RecordType
from records_desk.services.container import Services, build_services
from records_desk.services.customers.search import CustomerQuery
from tests.conftest import Clock, cheap_settings
from tests.unit.customer_fixtures import Office, audit_trail, draft, office, register

__all__ = ["office"]  # the fixture

NEW_WEIGHTS = {
    Criterion.BUSINESS_VOLUME: 30,
    Criterion.RECEIVABLES: 30,
    Criterion.REPUTATION: 10,
    Criterion.LOYALTY: 10,
    Criterion.SCALE: 10,
    Criterion.PARTNERSHIP: 10,
}


def test_nothing_stored_reads_back_the_defaults(services: Services) -> None:
    info = services.customers.office.read()
    assert info.codes == DEFAULT_ARCHIVE_CODES
    assert info.weights == DEFAULT_WEIGHTS
    assert info.sample_size == DEFAULT_SAMPLE_SIZE
    assert (info.changed_by, info.changed_at) == (None, None)


def test_a_new_code_numbers_the_next_file_and_an_old_number_still_opens_its_file_R_CUS_2(
    services: Services, office: Office
) -> None:
    (old,) = register(services, office.archivist)
    assert old.archive_number == "CS-2026-00001"
    info = services.customers.office.change(office.director, codes={RecordType.CLOSED_SALES: "sa"})
    assert info.codes[RecordType.CLOSED_SALES] == "SA"
    (new,) = register(services, office.archivist)
    assert new.archive_number == "SA-2026-00001"
    # Nothing renumbered: the old file keeps its number and is found by it.
    assert services.customers.files.get(office.staff, old.id).archive_number == "CS-2026-00001"
    found = services.customers.search.page(office.staff, CustomerQuery(text="CS-2026-00001"), 0, 10)
    assert [row.id for row in found] == [old.id]
    # An old paper file numbered with the former code is still entered as that type...
    typed = services.customers.files.register(
        office.archivist, draft(archive_number="CS-2019-00042")
    )
    assert typed.archive_number == "CS-2019-00042"
    # ...and the former code never goes to another record type.
    with pytest.raises(ArchiveNumberInvalid):
        services.customers.office.change(office.gm, codes={RecordType.CAMPAIGN: "CS"})


def test_weights_not_summing_to_100_are_refused_R_GRD_3(services: Services, office: Office) -> None:
    with pytest.raises(WeightsInvalid) as refused:
        services.customers.office.change(office.gm, weights={**NEW_WEIGHTS, Criterion.SCALE: 15})
    assert refused.value.total == 105
    with pytest.raises(SampleSizeInvalid):
        services.customers.office.change(office.gm, sample_size=0)
    assert services.customers.office.read().weights == DEFAULT_WEIGHTS  # nothing written
    services.customers.office.change(office.gm, weights=NEW_WEIGHTS)
    assert services.customers.evaluations.weights == NEW_WEIGHTS


def test_a_change_is_audited_with_what_it_was_R_AUD_1(services: Services, office: Office) -> None:
    info = services.customers.office.change(
        office.director, codes={RecordType.CAMPAIGN: "EV"}, weights=NEW_WEIGHTS, sample_size=12
    )
    assert (info.changed_by, info.sample_size) == ("dora", 12)
    (entry,) = audit_trail(services, office.gm, "office.settings")
    assert entry.account == "dora"
    assert entry.details["codes"] == {"campaign": ["CP", "EV"]}
    assert entry.details["weights"]["business_volume"] == [25, 30]
    assert entry.details["sample_size"] == [10, 12]
    services.customers.office.change(office.director, sample_size=12)  # no change: nothing logged
    assert len(audit_trail(services, office.gm, "office.settings")) == 1


def test_staff_are_refused_and_the_refusal_audited_R_ACC_2(
    services: Services, office: Office
) -> None:
    for who in (office.staff, office.archivist, office.manager):
        with pytest.raises(PermissionDenied):
            services.customers.office.change(who, sample_size=3)
    assert services.customers.office.read().sample_size == DEFAULT_SAMPLE_SIZE
    refusals = audit_trail(services, office.gm, "permission.denied")
    assert [(e.account, e.details["action"]) for e in refusals[-3:]] == [
        ("stan", "office.settings"),
        ("ann", "office.settings"),
        ("sam", "office.settings"),
    ]


def test_another_desk_on_the_same_database_sees_the_change(
    services: Services, office: Office, clock: Clock
) -> None:
    other_desk = build_services(services.database, cheap_settings(), clock=clock)
    assert (
        other_desk.customers.spot_checks.sample_size == DEFAULT_SAMPLE_SIZE
    )  # built before the change
    services.customers.office.change(
        office.gm, codes={RecordType.CLOSED_SALES: "XS"}, weights=NEW_WEIGHTS, sample_size=4
    )
    assert other_desk.customers.spot_checks.sample_size == 4
    assert other_desk.customers.evaluations.weights == NEW_WEIGHTS
    (registered,) = register(other_desk, office.archivist)
    assert registered.archive_number == "XS-2026-00001"


def test_an_import_numbers_its_files_with_the_office_codes_R_CUS_2(
    services: Services, office: Office, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    services.customers.office.change(office.director, codes={RecordType.INTERNAL: "AD"})
    book = Workbook()
    book.active.append(["客戶名稱", "錄入資料類型", "部門"])
    book.active.append(["行政部", "公司內部資料", "總部"])
    book.save(tmp_path / "list.xlsx")
    done = services.customers.imports.commit(office.archivist, tmp_path / "list.xlsx")
    assert done.first_archive_number == "AD-2026-00001"
