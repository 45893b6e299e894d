"""The customer-file words only the director's and archivist's screens show (quota and
blacklist scopes), in the user's language; grades and admission criteria are worded once, in
terms.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.domain.blacklist import BlacklistScope
from records_desk.domain.grading import QuotaScopeKind

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


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
