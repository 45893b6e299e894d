"""The customer-file vocabulary in the user's language, one table per enum: record types,
grades, statuses, admission criteria, field names, kinds of version, the 附件1 evaluation
criteria and the 附件4 survey's sections and facts. Shared by the table, the detail panel,
the dialogs, the error messages (wording/customers/errors.py) and the import's report.

(The domain's RECORD_TYPE_TERMS, GRADE_TERMS … are the regulations' own Chinese words as the
printed forms and the Excel headers use them whatever the UI language; these are the UI's.)"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from records_desk.wording.language import translate

if TYPE_CHECKING:
    from records_desk.domain.customers.evaluations import Criterion
    from records_desk.domain.customers.files import RevisionKind
    from records_desk.domain.customers.surveys import SurveyFact, SurveySection
    from records_desk.domain.customers.vocabulary import AdmissionCriterion, Grade, RecordType

# The tab is built at start-up (its time is measured): the customer-file vocabulary is
# imported when first worded, after the window is on screen. CustomerStatus.VOID as text:
VOID_STATUS = "void"


def record_type_name(value: RecordType | str) -> str:
    from records_desk.domain.customers.vocabulary import RecordType

    names = {
        RecordType.CLOSED_SALES: translate("CustomerTerms", "Closed sales"),
        RecordType.AFTER_SALES: translate("CustomerTerms", "After-sales repair"),
        RecordType.INTERNAL: translate("CustomerTerms", "Internal"),
        RecordType.KEY_CUSTOMER: translate("CustomerTerms", "Key customer"),
        RecordType.CAMPAIGN: translate("CustomerTerms", "Campaign database"),
    }
    try:
        return names[RecordType(value)]
    except ValueError:
        return str(value)


def grade_name(value: Grade | str | None) -> str:
    if value is None:
        return ""
    from records_desk.domain.customers.vocabulary import Grade

    names = {
        Grade.VIP: translate("CustomerTerms", "VIP"),
        Grade.PREFERRED: translate("CustomerTerms", "Preferred"),
        Grade.QUALIFIED: translate("CustomerTerms", "Qualified"),
    }
    try:
        return names[Grade(value)]
    except ValueError:
        return str(value)


def status_name(value: str) -> str:
    if value == VOID_STATUS:
        return translate("CustomerTerms", "Void")
    return translate("CustomerTerms", "Active")


def criterion_name(value: AdmissionCriterion | str) -> str:
    from records_desk.domain.customers.vocabulary import AdmissionCriterion

    names = {
        AdmissionCriterion.LEGAL_CAPACITY: translate(
            "CustomerTerms", "Legal capacity and valid licences"
        ),
        AdmissionCriterion.GOOD_STANDING: translate("CustomerTerms", "Good commercial standing"),
        AdmissionCriterion.PURCHASE_CONTRACT: translate(
            "CustomerTerms", "Purchase contract signed"
        ),
        AdmissionCriterion.NO_VIOLATIONS: translate("CustomerTerms", "No record of violations"),
        AdmissionCriterion.PRODUCT_QUALIFICATIONS: translate(
            "CustomerTerms", "Qualified to sell or use the products"
        ),
        AdmissionCriterion.COOPERATION: translate(
            "CustomerTerms", "Helps maintain the brand image"
        ),
    }
    try:
        return names[AdmissionCriterion(value)]
    except ValueError:
        return str(value)


def field_name(name: str) -> str:
    """A snapshot field or a completeness field (CustomerField) as the user calls it."""
    names = {
        "archive_number": translate("CustomerTerms", "Archive number"),
        "record_type": translate("CustomerTerms", "Record type"),
        "status": translate("CustomerTerms", "Status"),
        "void_reason": translate("CustomerTerms", "Reason for voiding"),
        "department": translate("CustomerTerms", "Department"),
        "product_lines": translate("CustomerTerms", "Product lines"),
        "name": translate("CustomerTerms", "Name"),
        "contact_person": translate("CustomerTerms", "Contact person"),
        "phones": translate("CustomerTerms", "Phones"),
        "phone": translate("CustomerTerms", "Phone"),
        "email": translate("CustomerTerms", "E-mail"),
        "address": translate("CustomerTerms", "Address"),
        "id_number": translate("CustomerTerms", "ID / business number"),
        "consultant_id": translate("CustomerTerms", "Consultant"),
        "consultant": translate("CustomerTerms", "Consultant"),
        "shelf_location": translate("CustomerTerms", "Shelf location"),
        "event_date": translate("CustomerTerms", "Event date"),
        "admission": translate("CustomerTerms", "Admission checklist"),
        "grade": translate("CustomerTerms", "Grade"),
        "prospect_level": translate("CustomerTerms", "Prospect level"),
        "entry_kind": translate("CustomerTerms", "Kind of entry"),
        "entered_at": translate("CustomerTerms", "Entered at"),
        "maintainer_id": translate("CustomerTerms", "Maintainer"),
        "readmitted_on": translate("CustomerTerms", "Re-admitted on"),
        "note": translate("CustomerTerms", "Note"),
    }
    return names.get(name, name)


def revision_kind_name(kind: RevisionKind) -> str:
    from records_desk.domain.customers.files import RevisionKind as Kind

    names = {
        Kind.REGISTERED: translate("CustomerTerms", "Registered"),
        Kind.CHANGE_REQUEST: translate("CustomerTerms", "Approved change request"),
        Kind.DIRECT: translate("CustomerTerms", "Changed directly"),
        Kind.VOID: translate("CustomerTerms", "Voided"),
        Kind.GRADE: translate("CustomerTerms", "Grade changed"),
        Kind.PROSPECT: translate("CustomerTerms", "Prospect level set"),
        Kind.READMISSION: translate("CustomerTerms", "Re-admitted"),
    }
    return names[kind]


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


ACCOUNT_FIELDS = frozenset({"consultant_id", "maintainer_id"})


def value_text(name: str, value: Any, accounts: dict[int, str] | None = None) -> str:
    """A snapshot value (JSON form) as text for the history and request views; account ids
    by name when `accounts` knows them."""
    if value is None or value == "" or value == []:
        return "—"
    if name in ACCOUNT_FIELDS and isinstance(value, int):
        return (accounts or {}).get(value, f"#{value}")
    if name == "record_type":
        return record_type_name(value)
    if name == "grade":
        return grade_name(value)
    if name == "status":
        return status_name(value)
    if name == "admission":
        return "\n".join(criterion_name(c) for c in value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, date):
        return value.isoformat()
    if name == "entered_at" and isinstance(value, str):
        try:
            return local_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def evaluation_criterion_name(criterion: Criterion) -> str:
    """附件1's criteria (R-GRD-3)."""
    from records_desk.domain.customers import evaluations as ev

    texts = {
        ev.Criterion.BUSINESS_VOLUME: translate("EvaluationDialog", "Business volume"),
        ev.Criterion.RECEIVABLES: translate("EvaluationDialog", "Receivables"),
        ev.Criterion.REPUTATION: translate("EvaluationDialog", "Business reputation"),
        ev.Criterion.LOYALTY: translate("EvaluationDialog", "Loyalty to our products"),
        ev.Criterion.SCALE: translate("EvaluationDialog", "Size and results"),
        ev.Criterion.PARTNERSHIP: translate("EvaluationDialog", "Wish for a long partnership"),
    }
    return texts[criterion]


def survey_section_name(section: SurveySection) -> str:
    """附件4's seven sections (R-CUS-7)."""
    from records_desk.domain.customers.surveys import SurveySection

    texts = {
        SurveySection.BASIC: translate("SurveyDialog", "1. Basic facts"),
        SurveySection.OPERATIONS: translate("SurveyDialog", "2. Business operations"),
        SurveySection.STAFF: translate("SurveyDialog", "3. Staff"),
        SurveySection.ORGANISATION: translate("SurveyDialog", "4. Organisation"),
        SurveySection.PRODUCT_FLOW: translate(
            "SurveyDialog", "5. Where our products go after purchase"
        ),
        SurveySection.CONTRACT_HISTORY: translate(
            "SurveyDialog", "6. How past contracts with us were carried out"
        ),
        SurveySection.PURCHASE_CHANNELS: translate(
            "SurveyDialog", "7. Where they bought before buying from us"
        ),
    }
    return texts[section]


def survey_fact_name(fact: SurveyFact) -> str:
    """附件4's facts from the form's head."""
    from records_desk.domain.customers.surveys import SurveyFact

    texts = {
        SurveyFact.LEGAL_REP: translate("SurveyDialog", "Legal representative"),
        SurveyFact.CUSTOMER_TYPE: translate("SurveyDialog", "Customer type"),
        SurveyFact.ESTABLISHED: translate("SurveyDialog", "Established"),
        SurveyFact.CAPITAL: translate("SurveyDialog", "Registered capital (NT$)"),
    }
    return texts[fact]
