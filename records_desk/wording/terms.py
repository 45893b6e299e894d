"""The terms every feature shares, in the current language: roles (R-ACC), the permission
matrix's actions (R-ACC-2) and local times. Light: the window names the signed-in role at
start-up."""

from __future__ import annotations

from datetime import datetime

from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.wording.language import translate


def local_time(at: datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def action_name(action: str) -> str:
    """A permission-matrix action as the user would say it; unknown codes stay as they are."""
    names = {
        Action.ACCOUNT_LIST: translate("Messages", "view the accounts"),
        Action.ACCOUNT_CREATE: translate("Messages", "create an account"),
        Action.ACCOUNT_DISABLE: translate("Messages", "disable an account"),
        Action.ACCOUNT_ENABLE: translate("Messages", "enable an account"),
        Action.ACCOUNT_RESET_PASSWORD: translate("Messages", "reset a password"),
        Action.ACCOUNT_CHANGE_ROLE: translate("Messages", "change a role"),
        Action.AUDIT_READ: translate("Messages", "read the operation log"),
        Action.AUDIT_VERIFY: translate("Messages", "verify the operation log"),
        Action.FORM_PRINT: translate("Messages", "print a form"),
        Action.CUSTOMER_VIEW: translate("Messages", "view customer files"),
        Action.CUSTOMER_REGISTER: translate("Messages", "register a customer file"),
        Action.CUSTOMER_REQUEST_CHANGE: translate(
            "Messages", "request a change of a customer file"
        ),
        Action.CUSTOMER_APPROVE_CHANGE: translate("Messages", "approve a change of customer data"),
        Action.CUSTOMER_CHANGE_DIRECTLY: translate("Messages", "change customer data directly"),
        Action.CUSTOMER_VOID: translate("Messages", "void a customer file"),
        Action.GRADE_CHANGE: translate("Messages", "change a customer's grade"),
        Action.GRADE_OVERRIDE: translate("Messages", "override a grade quota"),
        Action.PROSPECT_SET: translate("Messages", "set a prospect level"),
        Action.BLACKLIST_MANAGE: translate("Messages", "manage the blacklist"),
        Action.REVIEW_RECORD: translate("Messages", "record a customer review"),
        Action.VISIT_RECORD: translate("Messages", "record a customer visit"),
        Action.EVALUATION_RECORD: translate("Messages", "record a customer evaluation"),
        Action.SURVEY_RECORD: translate("Messages", "record a customer survey"),
        Action.SPOT_CHECK: translate("Messages", "run the weekly spot check"),
        Action.QUALITY_VIEW: translate("Messages", "view data-quality problems"),
        Action.QUALITY_DISMISS: translate("Messages", "dismiss a likely duplicate"),
        Action.CUSTOMER_IMPORT: translate("Messages", "import customer files"),
        Action.CUSTOMER_DATA_EXPORT: translate("Messages", "export customer data"),
        Action.OFFICE_SETTINGS: translate("Messages", "change the office settings"),
        Action.LOAN_VIEW: translate("Messages", "view the loan register"),
        Action.LOAN_LEND: translate("Messages", "lend customer files"),
        Action.LOAN_RETURN: translate("Messages", "take back lent files"),
        Action.LOAN_APPROVE: translate("Messages", "approve a loan to an outside borrower"),
        Action.LOAN_DEPUTY: translate("Messages", "name the archivist's deputy"),
        Action.RECEPTION_VIEW: translate("Messages", "view the reception day"),
        Action.RECEPTION_DESK: translate("Messages", "keep the reception desk"),
        Action.RECEPTION_SUPERVISE: translate("Messages", "change the rotation or cancel a turn"),
        Action.RECEPTION_REGISTER: translate("Messages", "register visitors and follow-ups"),
        Action.RECEPTION_ENQUIRY: translate("Messages", "log a phone enquiry"),
        Action.RECEPTION_REVIEW: translate("Messages", "review the visitor sheet"),
        Action.RECEPTION_DEAL: translate("Messages", "record a deal"),
        Action.RECEPTION_DECIDE: translate("Messages", "decide a commission split"),
        Action.MEDIA_VIEW: translate("Messages", "view the media inventory"),
        Action.MEDIA_REGISTER: translate("Messages", "register or classify a medium"),
        Action.MEDIA_PREPARE: translate("Messages", "prepare a medium"),
        Action.MEDIA_ISSUE: translate("Messages", "issue or take back a medium"),
        Action.MEDIA_REPAIR: translate("Messages", "send a medium to repair"),
        Action.MEDIA_DISPOSE: translate("Messages", "dispose of a medium"),
        Action.MEDIA_STOCKTAKE: translate("Messages", "take stock of the media"),
        Action.MEDIA_CONSENT: translate("Messages", "consent to issuing a department's medium"),
        Action.MEDIA_EXPORT: translate("Messages", "export the media inventory"),
        Action.BACKUP_MAKE: translate("Messages", "make or check a backup"),
        Action.BACKUP_RESTORE: translate("Messages", "restore the data from a backup"),
        Action.DATA_PURGE: translate("Messages", "purge old data"),
        Action.KEY_SHEET: translate("Messages", "print the database key-recovery sheet"),
        Action.OFFICE_MOVE: translate("Messages", "move the office onto a database server"),
        Action.EXTRACT_REQUEST: translate("Messages", "ask for an extract of customer data"),
        Action.EXTRACT_APPROVE: translate(
            "Messages", "approve or refuse an extract of customer data"
        ),
    }

    known = {a.value: text for a, text in names.items()}
    return known.get(action, action)


def role_name(role: Role) -> str:
    names = {
        Role.GENERAL_MANAGER: translate("Messages", "General manager"),
        Role.CUSTOMER_DIRECTOR: translate("Messages", "Customer director"),
        Role.ARCHIVIST: translate("Messages", "Archivist"),
        Role.RECEPTION_CLERK: translate("Messages", "Reception clerk"),
        Role.SALES_MANAGER: translate("Messages", "Sales manager"),
        Role.CONSULTANT: translate("Messages", "Consultant"),
        Role.STAFF: translate("Messages", "Staff (read only)"),
    }
    return names[role]
