"""The customer-file words only the director's and archivist's screens show (blacklist
scopes, yes), in the user's language; grades and admission criteria are worded once, in
terms.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from records_desk.domain.customers.blacklist import BlacklistScope

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def blacklist_scope_name(scope: BlacklistScope) -> str:
    names = {
        BlacklistScope.COMPANY: translate("CustomerAdmin", "Company"),
        BlacklistScope.DEPARTMENT: translate("CustomerAdmin", "Department"),
    }
    return names[scope]


def yes(flag: bool) -> str:
    return translate("CustomerAdmin", "Yes") if flag else ""
