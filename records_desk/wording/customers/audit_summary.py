"""The customer files' operation-log summaries in the user's language (wording/audit_summary.py):
registering, changing, grading, reviews, spot checks, data quality, import and export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.wording.audit_summary_kit import Line, Translate, listed, term
from records_desk.wording.customers.terms import field_name, grade_name
from records_desk.wording.language import translate


def grade_word(value: str) -> str:
    if value == "None":  # an evaluation that suggests no grade
        return translate("AuditSummary", "no grade")
    return grade_name(value)


def spot_result(value: str) -> str:
    names = {
        "pending": translate("AuditSummary", "not checked yet"),
        "passed": translate("AuditSummary", "passed"),
        "failed": translate("AuditSummary", "failed"),
    }
    return names[value]


def setting_name(value: str) -> str:
    """A customer-file setting of the office (OfficeSettingsService's details)."""
    names = {
        "codes": translate("AuditSummary", "archive number codes"),
        "weights": translate("AuditSummary", "evaluation weights"),
        "sample_size": translate("AuditSummary", "spot-check sample size"),
        "shelving": translate("AuditSummary", "shelving schemes"),
    }
    return names[value]


def lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    grade = term(grade_word)
    fields = listed(term(field_name))
    return {
        A.CUSTOMER_REGISTER: [Line(translate("AuditSummary", "registered %1 %2"), {}, {1: r"\S+"})],
        A.CUSTOMER_REQUEST_CHANGE: [
            Line(translate("AuditSummary", "asked to change %1 of %2"), {1: fields}, {2: r"\S+"})
        ],
        A.CUSTOMER_APPROVE_CHANGE: [
            Line(translate("AuditSummary", "approved change request %1 of %2"))
        ],
        A.CUSTOMER_REFUSE_CHANGE: [Line(translate("AuditSummary", "refused change request %1"))],
        A.CUSTOMER_CHANGE_DIRECTLY: [
            Line(translate("AuditSummary", "changed %1 of %2 directly"), {1: fields}, {2: r"\S+"})
        ],
        A.CUSTOMER_VOID: [Line(translate("AuditSummary", "voided %1"))],
        A.CUSTOMER_IMPORT: [Line(translate("AuditSummary", "imported %1 customer files from %2"))],
        A.CUSTOMER_EXPORT: [Line(translate("AuditSummary", "exported %1 customer files to %2"))],
        A.CUSTOMER_EXPORT_SMS: [Line(translate("AuditSummary", "exported %1 SMS contacts to %2"))],
        A.GRADE_CHANGE: [
            Line(translate("AuditSummary", "%1: %2 -> %3"), {2: grade, 3: grade}, {1: r"\S+"})
        ],
        A.GRADE_OVERRIDE: [
            Line(translate("AuditSummary", "%1: %2 -> %3"), {2: grade, 3: grade}, {1: r"\S+"})
        ],
        A.PROSPECT_SET: [Line(translate("AuditSummary", "%1: prospect level %2 -> %3"))],
        A.BLACKLIST_ADD: [Line(translate("AuditSummary", "blacklisted %1 until %2"))],
        A.BLACKLIST_LIFT: [Line(translate("AuditSummary", "lifted blacklist entry %1 of %2"))],
        A.BLACKLIST_READMIT: [
            Line(translate("AuditSummary", "re-admitted %1 as %2"), {2: grade}, {1: r"\S+"})
        ],
        A.EVALUATION_RECORD: [
            Line(translate("AuditSummary", "evaluated %1: %2 -> %3"), {3: grade}, {1: r"\S+"})
        ],
        A.SURVEY_RECORD: [Line(translate("AuditSummary", "surveyed %1 on %2"))],
        A.REVIEW_RECORD: [Line(translate("AuditSummary", "reviewed %1 on %2"))],
        A.VISIT_RECORD: [Line(translate("AuditSummary", "visited %1 on %2"))],
        A.SPOT_CHECK_DRAW: [
            Line(translate("AuditSummary", "drew %1 of %2 entries of the week of %3"))
        ],
        A.SPOT_CHECK_MARK: [
            Line(translate("AuditSummary", "spot check of %1: %2"), {2: term(spot_result)})
        ],
        A.QUALITY_REPORT: [
            Line(translate("AuditSummary", "data quality of %1 files: %2 open problems"))
        ],
        A.QUALITY_DISMISS: [Line(translate("AuditSummary", "%1 and %2 are not duplicates"))],
        A.DEMO_FILL: [Line(translate("AuditSummary", "filled %1 sample customer files (seed %2)"))],
        A.OFFICE_SETTINGS_CHANGE: [
            Line(
                translate("AuditSummary", "office settings changed: %1"),
                {1: listed(term(setting_name))},
            )
        ],
    }
