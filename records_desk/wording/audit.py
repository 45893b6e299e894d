"""The operation log in the user's language (R-AUD): what each action is called, what an entry
is about, and the families the viewer filters by. An action or target this version does not
know (an older or newer one's) is shown as stored.

The stored summary stays what the program wrote when the entry was made: it is part of the
hash chain and read by every desk whatever its language."""

from __future__ import annotations

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.common.audit_actions import AuditTarget as T
from records_desk.wording.language import translate


def audit_action_name(action: str) -> str:
    names: dict[str, str] = {
        A.OFFICE_INITIALISE: translate("AuditLog", "Office set up"),
        A.LOGIN: translate("AuditLog", "Signed in"),
        A.LOGIN_FAILED: translate("AuditLog", "Sign-in failed"),
        A.LOGIN_REFUSED: translate("AuditLog", "Sign-in refused"),
        A.LOGIN_PASSWORD_CHANGE_REQUIRED: translate("AuditLog", "Password change required"),
        A.LOGOUT: translate("AuditLog", "Signed out"),
        A.SESSION_LOCK: translate("AuditLog", "Window locked"),
        A.SESSION_UNLOCK: translate("AuditLog", "Window unlocked"),
        A.ACCOUNT_PASSWORD_CHANGED: translate("AuditLog", "Own password changed"),
        A.ACCOUNT_LOCKED: translate("AuditLog", "Account locked"),
        A.ACCOUNT_CREATE: translate("AuditLog", "Account created"),
        A.ACCOUNT_DISABLE: translate("AuditLog", "Account disabled"),
        A.ACCOUNT_ENABLE: translate("AuditLog", "Account enabled"),
        A.ACCOUNT_RESET_PASSWORD: translate("AuditLog", "Password reset"),
        A.ACCOUNT_CHANGE_ROLE: translate("AuditLog", "Role changed"),
        A.PERMISSION_DENIED: translate("AuditLog", "Refused (no permission)"),
        A.AUDIT_VERIFY: translate("AuditLog", "Operation log verified"),
        A.FORM_PRINT: translate("AuditLog", "Form printed"),
        A.FORM_SAVE: translate("AuditLog", "Form saved as PDF"),
        A.CUSTOMER_REGISTER: translate("AuditLog", "Customer file registered"),
        A.CUSTOMER_REQUEST_CHANGE: translate("AuditLog", "Change requested"),
        A.CUSTOMER_APPROVE_CHANGE: translate("AuditLog", "Change approved"),
        A.CUSTOMER_REFUSE_CHANGE: translate("AuditLog", "Change refused"),
        A.CUSTOMER_CHANGE_DIRECTLY: translate("AuditLog", "Changed directly"),
        A.CUSTOMER_VOID: translate("AuditLog", "Customer file voided"),
        A.CUSTOMER_IMPORT: translate("AuditLog", "Customer files imported"),
        A.CUSTOMER_EXPORT: translate("AuditLog", "Customer files exported"),
        A.CUSTOMER_EXPORT_SMS: translate("AuditLog", "Holiday SMS list exported"),
        A.SPOT_CHECK_DRAW: translate("AuditLog", "Spot check drawn"),
        A.SPOT_CHECK_MARK: translate("AuditLog", "Spot-check entry marked"),
        A.REVIEW_RECORD: translate("AuditLog", "Review recorded"),
        A.VISIT_RECORD: translate("AuditLog", "Visit recorded"),
        A.EVALUATION_RECORD: translate("AuditLog", "Evaluation recorded"),
        A.SURVEY_RECORD: translate("AuditLog", "Survey recorded"),
        A.GRADE_CHANGE: translate("AuditLog", "Grade changed"),
        A.GRADE_OVERRIDE: translate("AuditLog", "Grade quota overridden"),
        A.PROSPECT_SET: translate("AuditLog", "Prospect level set"),
        A.BLACKLIST_ADD: translate("AuditLog", "Blacklisted"),
        A.BLACKLIST_LIFT: translate("AuditLog", "Blacklisting lifted"),
        A.BLACKLIST_READMIT: translate("AuditLog", "Re-admitted"),
        A.QUALITY_REPORT: translate("AuditLog", "Data quality checked"),
        A.QUALITY_DISMISS: translate("AuditLog", "Likely duplicate dismissed"),
        A.LOAN_LEND: translate("AuditLog", "Files lent"),
        A.LOAN_APPROVE: translate("AuditLog", "Loan approved"),
        A.LOAN_REFUSE: translate("AuditLog", "Loan refused"),
        A.LOAN_RETURN: translate("AuditLog", "File returned"),
        A.LOAN_RESHELVE: translate("AuditLog", "File back in its place"),
        A.LOAN_COPY: translate("AuditLog", "Copies consented to"),
        A.LOAN_DEPUTY: translate("AuditLog", "Deputy archivist named"),
        A.RECEPTION_EVENT: translate("AuditLog", "Reception event"),
        A.RECEPTION_WALK_IN: translate("AuditLog", "Walk-in assigned"),
        A.RECEPTION_CORRECT: translate("AuditLog", "Visitor sheet corrected"),
        A.RECEPTION_ENQUIRY: translate("AuditLog", "Phone enquiry logged"),
        A.RECEPTION_REGISTER: translate("AuditLog", "Visitor registered"),
        A.RECEPTION_FOLLOW_UP: translate("AuditLog", "Follow-up recorded"),
        A.RECEPTION_RELATE: translate("AuditLog", "Visitors related"),
        A.RECEPTION_REVIEW: translate("AuditLog", "Visitor sheet reviewed"),
        A.RECEPTION_VERIFY: translate("AuditLog", "Visitor sheet verified"),
        A.RECEPTION_DEAL: translate("AuditLog", "Deal recorded"),
        A.RECEPTION_DECIDE: translate("AuditLog", "Commission split decided"),
        A.EXTRACT_REQUEST: translate("AuditLog", "Extract requested"),
        A.EXTRACT_DECIDE: translate("AuditLog", "Extract request decided"),
        A.MEDIA_REGISTER: translate("AuditLog", "Medium registered"),
        A.MEDIA_PREPARE: translate("AuditLog", "Medium prepared"),
        A.MEDIA_ISSUE: translate("AuditLog", "Medium issued"),
        A.MEDIA_RETURN: translate("AuditLog", "Medium returned"),
        A.MEDIA_REPAIR: translate("AuditLog", "Medium repair"),
        A.MEDIA_DISPOSE: translate("AuditLog", "Medium disposed of"),
        A.MEDIA_LOST: translate("AuditLog", "Medium reported lost"),
        A.MEDIA_CLASSIFY: translate("AuditLog", "Medium classified"),
        A.MEDIA_BACKUP: translate("AuditLog", "Backup disc filed"),
        A.MEDIA_STOCKTAKE_OPEN: translate("AuditLog", "Media stocktake opened"),
        A.MEDIA_STOCKTAKE_CLOSE: translate("AuditLog", "Media stocktake closed"),
        A.MEDIA_DEMO_FILL: translate("AuditLog", "Sample media added"),
        A.MEDIA_IMPORT: translate("AuditLog", "Media list imported"),
        A.MEDIA_EXPORT: translate("AuditLog", "Media inventory exported"),
        A.BACKUP_MADE: translate("AuditLog", "Backup made"),
        A.BACKUP_FAILED: translate("AuditLog", "Backup failed"),
        A.BACKUP_VERIFIED: translate("AuditLog", "Backup verified"),
        A.BACKUP_PRUNED: translate("AuditLog", "Old backups removed"),
        A.BACKUP_RESTORED: translate("AuditLog", "Data restored from a backup"),
        A.DATA_PURGED: translate("AuditLog", "Old data purged"),
        A.KEY_SHEET_PRINTED: translate("AuditLog", "Key-recovery sheet printed"),
        A.OFFICE_MOVED: translate("AuditLog", "Office moved onto a database server"),
        A.OFFICE_SETTINGS_CHANGE: translate("AuditLog", "Office settings changed"),
        A.DEMO_FILL: translate("AuditLog", "Sample files added"),
    }
    return names.get(action, action)


def audit_target_name(entity_type: str) -> str:
    names: dict[str, str] = {
        T.ACCOUNT: translate("AuditLog", "Account"),
        T.CUSTOMER: translate("AuditLog", "Customer file"),
        T.SPOT_CHECK: translate("AuditLog", "Spot check"),
        T.OFFICE_SETTING: translate("AuditLog", "Office settings"),
        T.FORM: translate("AuditLog", "Form"),
        T.LOAN: translate("AuditLog", "Loan"),
        T.RECEPTION_DAY: translate("AuditLog", "Reception day"),
        T.RECEPTION_REGISTRATION: translate("AuditLog", "Visitor registration"),
        T.RECEPTION_DEAL: translate("AuditLog", "Deal"),
        T.EXTRACT_REQUEST: translate("AuditLog", "Extract request"),
        T.MEDIUM: translate("AuditLog", "Medium"),
        T.MEDIA_STOCKTAKE: translate("AuditLog", "Media stocktake"),
        T.BACKUP: translate("AuditLog", "Backup"),
    }
    return names.get(entity_type, entity_type)


def audit_target(entity_type: str | None, entity_id: str | None) -> str:
    """What an entry is about, by its stored id: "Customer file 42", "Form loan_slip"; empty
    when nothing."""
    if not entity_type:
        return ""
    return f"{audit_target_name(entity_type)} {entity_id or ''}".strip()


def audit_family_name(family: str) -> str:
    """The actions sharing a prefix ("account." …), as the viewer's filter offers them."""
    names: dict[str, str] = {
        "account": translate("AuditLog", "All account actions"),
        "login": translate("AuditLog", "All sign-in problems"),
        "session": translate("AuditLog", "All lock and unlock"),
        "customer": translate("AuditLog", "All customer-file actions"),
        "spot_check": translate("AuditLog", "All spot-check actions"),
        "form": translate("AuditLog", "All printing"),
        "grade": translate("AuditLog", "All grade actions"),
        "blacklist": translate("AuditLog", "All blacklist actions"),
        "quality": translate("AuditLog", "All data-quality actions"),
        "office": translate("AuditLog", "All office actions"),
        "loan": translate("AuditLog", "All loan-register actions"),
        "media": translate("AuditLog", "All media-inventory actions"),
    }
    return names.get(family, f"{family}.*")
