"""Customer-file vocabulary and archive numbers: R-CUS-1, R-CUS-2, R-GRD-1, R-GRD-6, and the
completeness part of R-DQ-1."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.customers.archive_numbers import (
    ArchiveCodes,
    ArchiveNumber,
    archive_number_for,
    next_archive_number,
    parse_archive_number,
)
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    ArchiveNumberInvalid,
    ArchiveNumberProblem,
    ArchiveSequenceExhausted,
    ReasonRequired,
)
from records_desk.domain.customers.vocabulary import (
    DEFAULT_ARCHIVE_CODES,
    GRADE_TERMS,
    RECORD_TYPE_TERMS,
    AdmissionChecklist,
    AdmissionCriterion,
    CustomerField,
    DirectorOverride,
    Grade,
    ProspectLevel,
    RecordType,
    check_admission,
    is_downgrade,
    is_upgrade,
    missing_fields,
)


def test_five_record_types_with_the_seed_terms_and_distinct_codes_R_CUS_1() -> None:
    # The seed writes 售后 (a simplified 后 in traditional text); the office's forms, exports and
    # screens use the traditional 售後 everywhere, and the import reads both.
    assert set(RECORD_TYPE_TERMS.values()) == {
        "成交銷售客戶資料",
        "售後維修客戶資料",
        "公司內部資料",
        "重點客戶資料",
        "活動資料庫",
    }
    assert len(set(DEFAULT_ARCHIVE_CODES.values())) == len(RecordType) == 5


def test_grades_and_prospect_levels_R_GRD_2_R_GRD_6() -> None:
    assert GRADE_TERMS[Grade.PREFERRED] == "優選類客戶"
    assert is_downgrade(Grade.VIP, Grade.PREFERRED) and is_downgrade(
        Grade.PREFERRED, Grade.QUALIFIED
    )
    assert is_upgrade(Grade.QUALIFIED, Grade.VIP) and not is_upgrade(Grade.VIP, Grade.VIP)
    assert [level.value for level in ProspectLevel] == ["A", "B", "C"]


def test_admission_needs_all_six_criteria_a_to_f_R_GRD_1() -> None:
    check_admission(RecordType.CLOSED_SALES, AdmissionChecklist.all_met())
    partial = AdmissionChecklist(frozenset(AdmissionCriterion) - {AdmissionCriterion.NO_VIOLATIONS})
    with pytest.raises(AdmissionIncomplete) as refused:
        check_admission(RecordType.KEY_CUSTOMER, partial)
    assert refused.value.missing == ("no_violations",)
    assert AdmissionChecklist().missing() == tuple(AdmissionCriterion)


def test_admission_checklist_is_not_asked_of_internal_or_campaign_records_R_GRD_1() -> None:
    check_admission(RecordType.INTERNAL, AdmissionChecklist())
    check_admission(RecordType.CAMPAIGN, AdmissionChecklist())


def test_required_fields_per_record_type_R_DQ_1() -> None:
    values: dict[CustomerField, object] = {
        CustomerField.NAME: "王小明",
        CustomerField.PHONE: "  ",
        CustomerField.DEPARTMENT: "台北一部",
        CustomerField.PRODUCT_LINES: [],
        CustomerField.SHELF_LOCATION: "A-01-03",
        CustomerField.ADMISSION: ["legal_capacity"],  # recorded (issue 10 §1)
    }
    assert missing_fields(RecordType.INTERNAL, values) == ()
    assert missing_fields(RecordType.AFTER_SALES, values) == (
        CustomerField.PHONE,
        CustomerField.EVENT_DATE,
    )
    unshelved = values | {CustomerField.SHELF_LOCATION: ""}  # issue 10 §2: every type
    assert all(CustomerField.SHELF_LOCATION in missing_fields(t, unshelved) for t in RecordType)
    unrecorded = values | {CustomerField.ADMISSION: []}  # issue 10 §1: admitted types only
    assert {t for t in RecordType if CustomerField.ADMISSION in missing_fields(t, unrecorded)} == {
        RecordType.CLOSED_SALES, RecordType.AFTER_SALES, RecordType.KEY_CUSTOMER
    }  # fmt: skip


def test_an_override_without_a_reason_cannot_exist_R_GRD_2() -> None:
    with pytest.raises(ReasonRequired):
        DirectorOverride(by="director", reason="   ")
    assert DirectorOverride(by="director", reason="new department").reason


# --- archive numbers R-CUS-2 ----------------------------------------------------------------


def test_archive_number_format_is_code_year_five_digit_sequence_R_CUS_2() -> None:
    assert str(ArchiveNumber("CS", 2026, 42)) == "CS-2026-00042"
    assert parse_archive_number(" cs-2026-00042 ") == ArchiveNumber("CS", 2026, 42)
    assert parse_archive_number("ＣＳ－２０２６－０００４２") == ArchiveNumber("CS", 2026, 42)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("CS-2026-42", ArchiveNumberProblem.BAD_FORMAT),
        ("CS2026-00042", ArchiveNumberProblem.BAD_FORMAT),
        ("CS-2026-00000", ArchiveNumberProblem.BAD_SEQUENCE),
        ("9S-2026-00001", ArchiveNumberProblem.BAD_CODE),
        ("CS-1850-00001", ArchiveNumberProblem.BAD_YEAR),
    ],
)
def test_malformed_archive_numbers_say_why_R_CUS_2(
    text: str, problem: ArchiveNumberProblem
) -> None:
    with pytest.raises(ArchiveNumberInvalid) as refused:
        parse_archive_number(text)
    assert refused.value.problem is problem


def test_next_number_follows_the_highest_and_never_fills_gaps_R_CUS_2() -> None:
    used = ["CS-2026-00001", "CS-2026-00007", "CS-2025-00300", "AS-2026-00050", "舊編號 12"]
    assert str(next_archive_number(used, "CS", 2026)) == "CS-2026-00008"
    assert str(next_archive_number(used, "CS", 2027)) == "CS-2027-00001"
    assert str(next_archive_number([], "KC", 2026)) == "KC-2026-00001"


def test_a_voided_files_number_is_not_issued_again_R_CUS_2() -> None:
    # The caller passes every number ever issued; the void of 00003 leaves it used.
    issued = [ArchiveNumber("CS", 2026, n) for n in (1, 2, 3)]
    still_active = issued[:2]
    assert next_archive_number(issued, "CS", 2026).sequence == 4
    assert next_archive_number(still_active, "CS", 2026).sequence == 3  # why voids must be passed


def test_sequence_of_a_year_can_run_out_R_CUS_2() -> None:
    with pytest.raises(ArchiveSequenceExhausted):
        next_archive_number(["CS-2026-99999"], "CS", 2026)


def test_codes_are_configurable_per_record_type_R_CUS_2() -> None:
    codes = ArchiveCodes({**DEFAULT_ARCHIVE_CODES, RecordType.CLOSED_SALES: "SA"})
    number = archive_number_for(RecordType.CLOSED_SALES, 2026, ["SA-2026-00009"], codes)
    assert str(number) == "SA-2026-00010"
    assert codes.record_type_of(number) is RecordType.CLOSED_SALES
    assert str(archive_number_for(RecordType.CAMPAIGN, 2026, [])) == "CP-2026-00001"


@pytest.mark.parametrize("bad", ["CS", "", "c-s", "成交"])
def test_codes_must_be_distinct_and_well_formed_R_CUS_2(bad: str) -> None:
    with pytest.raises(ArchiveNumberInvalid):
        ArchiveCodes({**DEFAULT_ARCHIVE_CODES, RecordType.AFTER_SALES: bad})


@given(st.lists(st.integers(1, 99_998), max_size=30), st.integers(1900, 9999))
def test_next_number_is_new_and_above_every_used_one_R_CUS_2(
    sequences: list[int], year: int
) -> None:
    used = [str(ArchiveNumber("CS", year, s)) for s in sequences]
    following = next_archive_number(used, "CS", year)
    assert str(following) not in used
    assert all(following.sequence > s for s in sequences)
    assert parse_archive_number(str(following)) == following
