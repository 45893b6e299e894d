"""The vocabulary of customer files: record types (R-CUS-1) with their default archive category
codes, grades VIP/優選/合格 (R-GRD-2), prospect levels A/B/C (R-GRD-6), the admission checklist
(R-GRD-1), required fields per record type (R-DQ-1 completeness) and the director's override.

Seed: 第一篇 第二章1 (record types), 第五篇 五1.1-1.2 (admission), 2.1-2.4 (grades), 第四篇 六2
(prospect levels A/B/C by likelihood to close).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from records_desk.domain.customers.errors import AdmissionIncomplete, ReasonFor, ReasonRequired
from records_desk.domain.customers.limits import LimitedText, check_length


class RecordType(StrEnum):
    """R-CUS-1 錄入資料類型."""

    CLOSED_SALES = "closed_sales"
    AFTER_SALES = "after_sales"
    INTERNAL = "internal"
    KEY_CUSTOMER = "key_customer"
    CAMPAIGN = "campaign"


RECORD_TYPE_TERMS: dict[RecordType, str] = {
    RecordType.CLOSED_SALES: "成交銷售客戶資料",
    RecordType.AFTER_SALES: "售後維修客戶資料",
    RecordType.INTERNAL: "公司內部資料",
    RecordType.KEY_CUSTOMER: "重點客戶資料",
    RecordType.CAMPAIGN: "活動資料庫",
}

# R-CUS-2 category codes [客戶類別代碼]; the office may configure others (archive_numbers).
DEFAULT_ARCHIVE_CODES: dict[RecordType, str] = {
    RecordType.CLOSED_SALES: "CS",
    RecordType.AFTER_SALES: "AS",
    RecordType.INTERNAL: "IN",
    RecordType.KEY_CUSTOMER: "KC",
    RecordType.CAMPAIGN: "CP",
}


class Grade(StrEnum):
    """R-GRD-2 customer grades, best first."""

    VIP = "vip"
    PREFERRED = "preferred"
    QUALIFIED = "qualified"


GRADE_TERMS: dict[Grade, str] = {
    Grade.VIP: "VIP客戶",
    Grade.PREFERRED: "優選類客戶",
    Grade.QUALIFIED: "合格類客戶",
}

_RANK = {Grade.VIP: 3, Grade.PREFERRED: 2, Grade.QUALIFIED: 1}


def is_downgrade(old: Grade, new: Grade) -> bool:
    return _RANK[new] < _RANK[old]


def is_upgrade(old: Grade, new: Grade) -> bool:
    return _RANK[new] > _RANK[old]


class ProspectLevel(StrEnum):
    """R-GRD-6 客戶級別 a consultant gives their own prospects: A is the likeliest to close."""

    A = "A"
    B = "B"
    C = "C"


class AdmissionCriterion(StrEnum):
    """R-GRD-1 客戶準入的基本條件, 第五篇 五1.2 a-f, in the seed's order."""

    LEGAL_CAPACITY = "legal_capacity"  # a 獨立承擔民事責任的能力, licences (營業執照, 稅務登記證)
    GOOD_STANDING = "good_standing"  # b 良好的商業信譽
    PURCHASE_CONTRACT = "purchase_contract"  # c 簽訂購銷合同
    NO_VIOLATIONS = "no_violations"  # d 既往經營活動中沒有違法記錄
    PRODUCT_QUALIFICATIONS = "product_qualifications"  # e 經營/使用資質
    COOPERATION = "cooperation"  # f 配合維護公司品牌形象


ADMISSION_TERMS: dict[AdmissionCriterion, str] = {
    AdmissionCriterion.LEGAL_CAPACITY: "具有獨立承擔民事責任的能力及有效證件",
    AdmissionCriterion.GOOD_STANDING: "具有良好的商業信譽",
    AdmissionCriterion.PURCHASE_CONTRACT: "簽訂購銷合同",
    AdmissionCriterion.NO_VIOLATIONS: "既往經營活動中沒有違法記錄",
    AdmissionCriterion.PRODUCT_QUALIFICATIONS: "擁有相關產品的經營/使用資質",
    AdmissionCriterion.COOPERATION: "積極配合維護公司品牌形象",
}

# 五1.1: the admission regime does not apply to retail or internal related-party customers.
# Internal records and the campaign database hold no admitted customers, so no checklist there.
ADMISSION_RECORD_TYPES: frozenset[RecordType] = frozenset(
    {RecordType.CLOSED_SALES, RecordType.AFTER_SALES, RecordType.KEY_CUSTOMER}
)


def admission_required(record_type: RecordType) -> bool:
    return record_type in ADMISSION_RECORD_TYPES


@dataclass(frozen=True)
class AdmissionChecklist:
    """R-GRD-1 the criteria confirmed at entry."""

    met: frozenset[AdmissionCriterion] = frozenset()

    @classmethod
    def all_met(cls) -> AdmissionChecklist:
        return cls(frozenset(AdmissionCriterion))

    def missing(self) -> tuple[AdmissionCriterion, ...]:
        return tuple(c for c in AdmissionCriterion if c not in self.met)

    @property
    def complete(self) -> bool:
        return not self.missing()


def check_admission(record_type: RecordType, checklist: AdmissionChecklist) -> None:
    """R-GRD-1: a customer of an admitted record type enters only with every criterion met."""
    if admission_required(record_type) and not checklist.complete:
        raise AdmissionIncomplete(missing=tuple(c.value for c in checklist.missing()))


def check_listed_admission(record_type: RecordType, checklist: AdmissionChecklist) -> None:
    """R-GRD-1 for a file moved from an earlier list (an import): a list that does not say
    whether the criteria were met leaves the checklist *not recorded* (empty — never taken as
    met: a record does not claim a check nobody made); the file is written all the same (a
    missing field is never a refusal, issue 10 §1) and data quality lists the gap
    (CustomerField.ADMISSION, R-DQ-1 completeness) until someone records it. A checklist the
    list does give must be complete, as at hand entry."""
    if checklist.met:
        check_admission(record_type, checklist)


class CustomerField(StrEnum):
    """Fields of a customer file the completeness rule can ask for."""

    NAME = "name"
    CONTACT_PERSON = "contact_person"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    ID_NUMBER = "id_number"  # national/resident ID or business number
    DEPARTMENT = "department"
    PRODUCT_LINES = "product_lines"
    CONSULTANT = "consultant"
    EVENT_DATE = "event_date"  # R-CUS-5 the day of the sale, repair, campaign...
    SHELF_LOCATION = "shelf_location"  # where the paper file is kept (issue 10 §2)
    # R-GRD-1 the admission checklist of a type that needs one: empty is "not recorded" (an
    # imported file whose list had no admission column; hand entry refuses an incomplete one).
    ADMISSION = "admission"


_F = CustomerField
# R-DQ-1 completeness: what a file of each type cannot do without (office-configurable). Every
# type has its paper file on a shelf (office settings: a shelving scheme per record type), so
# a file without a shelf location is not complete (issue 10 §2). A type that needs admission
# (R-GRD-1) needs its checklist recorded: an imported file may arrive without one (issue 10).
REQUIRED_FIELDS: dict[RecordType, frozenset[CustomerField]] = {
    RecordType.CLOSED_SALES: frozenset(
        {
            _F.NAME,
            _F.PHONE,
            _F.ID_NUMBER,
            _F.DEPARTMENT,
            _F.CONSULTANT,
            _F.EVENT_DATE,
            _F.SHELF_LOCATION,
            _F.ADMISSION,
        }
    ),
    RecordType.AFTER_SALES: frozenset(
        {_F.NAME, _F.PHONE, _F.DEPARTMENT, _F.EVENT_DATE, _F.SHELF_LOCATION, _F.ADMISSION}
    ),
    RecordType.INTERNAL: frozenset({_F.NAME, _F.DEPARTMENT, _F.SHELF_LOCATION}),
    RecordType.KEY_CUSTOMER: frozenset(
        {
            _F.NAME,
            _F.CONTACT_PERSON,
            _F.PHONE,
            _F.ADDRESS,
            _F.ID_NUMBER,
            _F.DEPARTMENT,
            _F.CONSULTANT,
            _F.SHELF_LOCATION,
            _F.ADMISSION,
        }
    ),
    RecordType.CAMPAIGN: frozenset({_F.NAME, _F.PHONE, _F.EVENT_DATE, _F.SHELF_LOCATION}),
}


def _blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return len(value) == 0
    return False


def missing_fields(
    record_type: RecordType,
    values: Mapping[CustomerField, object],
    required: Mapping[RecordType, frozenset[CustomerField]] = REQUIRED_FIELDS,
) -> tuple[CustomerField, ...]:
    """Required fields that are absent, None, blank text or an empty collection."""
    return tuple(f for f in CustomerField if f in required[record_type] and _blank(values.get(f)))


@dataclass(frozen=True)
class DirectorOverride:
    """A director's decision to let a rule be broken once (quota R-GRD-2, a blacklist entry
    longer than 6 months R-GRD-5). It cannot exist without a reason; who may give one is the
    permission matrix's business, checked by the service."""

    by: str
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ReasonRequired(action=ReasonFor.OVERRIDE)
        check_length(LimitedText.REASON, self.reason)
