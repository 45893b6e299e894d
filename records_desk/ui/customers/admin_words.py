"""The customer-file words the director's and archivist's screens show (grades, list scopes,
review states), in the user's language, and the way these screens word a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.domain.blacklist import BlacklistScope
from records_desk.domain.customers import AdmissionCriterion, Grade
from records_desk.domain.grading import QuotaScopeKind

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def grade_name(grade: Grade | None) -> str:
    if grade is None:
        return ""
    names = {
        Grade.VIP: translate("CustomerAdmin", "VIP"),
        Grade.PREFERRED: translate("CustomerAdmin", "Preferred"),
        Grade.QUALIFIED: translate("CustomerAdmin", "Qualified"),
    }
    return names[grade]


def quota_scope_name(kind: QuotaScopeKind) -> str:
    names = {
        QuotaScopeKind.DEPARTMENT: translate("CustomerAdmin", "Department"),
        QuotaScopeKind.PRODUCT_LINE: translate("CustomerAdmin", "Product line"),
    }
    return names[kind]


def blacklist_scope_name(scope: BlacklistScope) -> str:
    names = {
        BlacklistScope.COMPANY: translate("CustomerAdmin", "Company"),
        BlacklistScope.DEPARTMENT: translate("CustomerAdmin", "Department"),
    }
    return names[scope]


def yes(flag: bool) -> str:
    return translate("CustomerAdmin", "Yes") if flag else ""


def criterion_name(criterion: AdmissionCriterion) -> str:
    """R-GRD-1 admission criteria, 第五篇 五1.2 a-f."""
    names = {
        AdmissionCriterion.LEGAL_CAPACITY: translate(
            "CustomerAdmin", "Can bear civil liability, with valid licences"
        ),
        AdmissionCriterion.GOOD_STANDING: translate("CustomerAdmin", "Good business reputation"),
        AdmissionCriterion.PURCHASE_CONTRACT: translate(
            "CustomerAdmin", "Purchase contract signed"
        ),
        AdmissionCriterion.NO_VIOLATIONS: translate(
            "CustomerAdmin", "No record of unlawful business"
        ),
        AdmissionCriterion.PRODUCT_QUALIFICATIONS: translate(
            "CustomerAdmin", "Qualified to trade in or use the products"
        ),
        AdmissionCriterion.COOPERATION: translate(
            "CustomerAdmin", "Helps keep the company's brand image"
        ),
    }
    return names[criterion]
