"""The permission matrix (R-ACC-2): one table of action -> roles, checked by every service call."""

from __future__ import annotations

from enum import StrEnum

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role


class Action(StrEnum):
    ACCOUNT_LIST = "account.list"
    ACCOUNT_CREATE = "account.create"
    ACCOUNT_DISABLE = "account.disable"
    ACCOUNT_ENABLE = "account.enable"
    ACCOUNT_RESET_PASSWORD = "account.reset_password"
    ACCOUNT_CHANGE_ROLE = "account.change_role"
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    FORM_PRINT = "form.print"  # preview, print or save a form (R-PRN); every print is audited
    # Customer files (R-CUS, R-GRD)
    CUSTOMER_VIEW = "customer.view"  # files, history, blacklist, quota and review lists
    CUSTOMER_REGISTER = "customer.register"
    CUSTOMER_REQUEST_CHANGE = "customer.request_change"
    CUSTOMER_APPROVE_CHANGE = "customer.approve_change"  # approve or refuse a request
    CUSTOMER_CHANGE_DIRECTLY = "customer.change_directly"
    CUSTOMER_VOID = "customer.void"
    GRADE_CHANGE = "grade.change"
    GRADE_OVERRIDE = "grade.override"
    PROSPECT_SET = "prospect.set"
    BLACKLIST_MANAGE = "blacklist.manage"  # add, lift, re-admit
    REVIEW_RECORD = "review.record"
    VISIT_RECORD = "visit.record"
    EVALUATION_RECORD = "evaluation.record"  # 附件1 weighted audit evaluation (R-GRD-3)
    SURVEY_RECORD = "survey.record"  # 附件4 customer survey (R-CUS-7)
    SPOT_CHECK = "spot_check.run"  # draw the weekly sample and mark it (R-CUS-6)
    QUALITY_VIEW = "quality.view"  # data-quality problems and scores (R-DQ)
    QUALITY_DISMISS = "quality.dismiss"  # mark a likely duplicate "not a duplicate" (R-DQ-1)
    CUSTOMER_IMPORT = "customer.import"  # batch entry from Excel (R-AUD-2)
    # Customer data leaving the office: the list export (ID numbers included) and the holiday
    # SMS list (R-AUD-2; issue 9 finding 6).
    CUSTOMER_DATA_EXPORT = "customer.data_export"
    OFFICE_SETTINGS = "office.settings"  # archive codes, 附件1 weights, spot-check size
    # The loan register (R-LOAN, R-ACC-5)
    LOAN_VIEW = "loan.view"  # the register: what is out, with whom, until when
    LOAN_LEND = "loan.lend"  # register a loan, consent to copies (R-LOAN-1, -6)
    LOAN_RETURN = "loan.return"  # take files back, fines, re-shelving (R-LOAN-5, -7)
    LOAN_APPROVE = "loan.approve"  # approve or refuse an external loan (R-LOAN-3)
    LOAN_DEPUTY = "loan.deputy"  # name the archivist's deputy for a period (R-ACC-5)
    # Reception rotation and the visitor sheet (R-REC, R-GRD-6)
    RECEPTION_VIEW = "reception.view"  # the day's rotation, sheet and registrations
    RECEPTION_DESK = "reception.desk"  # sign-ins, walk-ins, the sheet's rows (R-REC-1, -11)
    RECEPTION_SUPERVISE = "reception.supervise"  # order changes, cancelled turns (R-REC-1, -3)
    RECEPTION_REGISTER = "reception.register"  # registrations, follow-ups (R-REC-4, R-GRD-6)
    RECEPTION_ENQUIRY = "reception.enquiry"  # a phone enquiry logged (R-REC-12)
    RECEPTION_REVIEW = "reception.review"  # the clerk's review closes the day (R-REC-11)
    RECEPTION_DEAL = "reception.deal"  # a deal recorded, the rules' split proposed (R-REC-7…10)
    RECEPTION_DECIDE = "reception.decide"  # a manager decides a deal's split (R-REC-7…10)
    # The removable-media inventory (R-MED)
    MEDIA_VIEW = "media.view"  # the inventory, a medium's history, stocktake reports
    MEDIA_REGISTER = "media.register"  # number, classify, file a backup disc (R-MED-1, -4, -5)
    MEDIA_PREPARE = "media.prepare"  # label, encryption, virus check (R-MED-2)
    MEDIA_ISSUE = "media.issue"  # issue with consent, take back (R-MED-3)
    MEDIA_REPAIR = "media.repair"  # send to and take back from repair (R-MED-6)
    MEDIA_DISPOSE = "media.dispose"  # dispose of, report lost (R-MED-7)
    MEDIA_STOCKTAKE = "media.stocktake"  # open, scan, close a stocktake
    MEDIA_CONSENT = "media.consent"  # consent to an issue for a department (R-MED-3)
    MEDIA_EXPORT = "media.export"  # the inventory written to Excel (issue 13 §7)
    # Backup and restore (R-BAK)
    BACKUP_MAKE = "backup.make"  # make, list and verify backups (R-BAK-1, -2)
    BACKUP_RESTORE = "backup.restore"  # put a backup in place of the data (R-BAK-3)
    DATA_PURGE = "data.purge"  # purge void files and closed loans older than N years (R-BAK-4)
    EXTRACT_REQUEST = "extract.request"  # ask for an extract of customer data (R-BAK-5)
    EXTRACT_APPROVE = "extract.approve"  # approve or refuse such a request (R-BAK-5)
    KEY_SHEET = "key.sheet"  # print the database key-recovery sheet (issue 14 §4)
    OFFICE_MOVE = "office.move"  # move the office from its file onto a server (issue 15 §5)


class Extract(StrEnum):
    """What an extract of customer data is (R-BAK-5): each export that needs
    Action.CUSTOMER_DATA_EXPORT, which a role without it may make once on an approved request."""

    CUSTOMER_LIST = "customers"  # the customer list as the table shows it (ID numbers included)
    SMS_LIST = "sms"  # the holiday SMS list: names and mobiles (四篇 六3)


_ADMINS = frozenset({Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR})
_EVERYONE = frozenset(Role)
# 第五篇 二/五2-3: each sales department grades and reviews its own customers, its manager
# deciding; the general manager and the customer director may do so for any department.
_GRADERS = _ADMINS | {Role.SALES_MANAGER}

MATRIX: dict[Action, frozenset[Role]] = {
    Action.ACCOUNT_LIST: _ADMINS,
    Action.ACCOUNT_CREATE: _ADMINS,
    Action.ACCOUNT_DISABLE: _ADMINS,
    Action.ACCOUNT_ENABLE: _ADMINS,
    Action.ACCOUNT_RESET_PASSWORD: _ADMINS,
    Action.ACCOUNT_CHANGE_ROLE: _ADMINS,
    Action.AUDIT_READ: _ADMINS,
    Action.AUDIT_VERIFY: _ADMINS,
    # Everyone prints: slips to sign, blank forms for the counter (R-PRN, R-LOAN-9, R-MED-8).
    Action.FORM_PRINT: _EVERYONE,
    # 一篇 第二章2: 各部門有查閱的權限 — every department may read the customer files.
    Action.CUSTOMER_VIEW: _EVERYONE,
    # 一篇 第二章2, 第六章1: the customer department (its archivist) enters and numbers files.
    Action.CUSTOMER_REGISTER: _ADMINS | {Role.ARCHIVIST},
    # 一篇 第二章2: anyone who finds a file wrong asks for a change (R-CUS-4), staff included.
    Action.CUSTOMER_REQUEST_CHANGE: _EVERYONE,
    # 一篇 第四章1: changes are approved by the general manager, the director as deputy; the
    # same two may change directly (recorded as such), and void (R-CUS-3).
    Action.CUSTOMER_APPROVE_CHANGE: _ADMINS,
    Action.CUSTOMER_CHANGE_DIRECTLY: _ADMINS,
    Action.CUSTOMER_VOID: _ADMINS,
    Action.GRADE_CHANGE: _GRADERS,
    # R-GRD-2: only a director (or the general manager) lets a quota be broken.
    Action.GRADE_OVERRIDE: _ADMINS,
    # R-GRD-6 (第四篇 六2): consultants grade their own prospects A/B/C; the service refuses a
    # consultant another consultant's customer. Their managers may set it too.
    Action.PROSPECT_SET: _GRADERS | {Role.CONSULTANT},
    # 五3.5a: the blacklist is kept by the marketing division and department leaders; in this
    # office that is the director and the general manager (R-GRD-5), re-admission included.
    Action.BLACKLIST_MANAGE: _ADMINS,
    # 五3.2: the department's periodic review (R-GRD-3).
    Action.REVIEW_RECORD: _GRADERS,
    # 五7.2a: sales people visit their customers (R-CUS-8).
    Action.VISIT_RECORD: _GRADERS | {Role.CONSULTANT},
    # 五1.3: the audit evaluation is made by the department with the customer department.
    Action.EVALUATION_RECORD: _GRADERS,
    # 五7.1: sales people survey their customers (R-CUS-7).
    Action.SURVEY_RECORD: _GRADERS | {Role.CONSULTANT},
    # 一篇 第二章2: the director checks the archivist's entries each week (R-CUS-6).
    Action.SPOT_CHECK: _ADMINS,
    # 三篇6: quality is scored for each maintainer and department; those who keep the files
    # see the problems to fix them.
    Action.QUALITY_VIEW: _ADMINS | {Role.ARCHIVIST, Role.SALES_MANAGER},
    Action.QUALITY_DISMISS: _ADMINS | {Role.ARCHIVIST},
    # Batch entry is registering (the customer department).
    Action.CUSTOMER_IMPORT: _ADMINS | {Role.ARCHIVIST},
    # Customer data leaves the office only through the customer department: other departments
    # read the files but ask it for an extract (一篇 第二章2 如需要更改或提取,需向客戶部提出申請;
    # 第五章2: nobody else draws data without the GM's or the director's approval). The sales
    # department's holiday SMS (四篇 六3) is such an extract, asked of the archivist.
    Action.CUSTOMER_DATA_EXPORT: _ADMINS | {Role.ARCHIVIST},
    # The office-wide settings every desk shares: changed by those who answer for the files
    # (一篇 第四章1: the general manager, the director as deputy); everyone may read them.
    Action.OFFICE_SETTINGS: _ADMINS,
    # 一篇 第六章: everyone may see what is out (the register is the office's own record).
    Action.LOAN_VIEW: _EVERYONE,
    # 第六章2-3, 6, 10-11: the archivist registers loans, takes files back and consents to
    # copies; a named deputy does so on the days of the period (domain/loans/deputy.py).
    Action.LOAN_LEND: _ADMINS | {Role.ARCHIVIST},
    Action.LOAN_RETURN: _ADMINS | {Role.ARCHIVIST},
    # 第六章9: 外單位人員借閱檔案須總經理或客戶總監簽字同意 (R-LOAN-3).
    Action.LOAN_APPROVE: _ADMINS,
    # 第六章7: 須由領導指定代管人員 (R-ACC-5).
    Action.LOAN_DEPUTY: _ADMINS,
    # 第四篇: the sales office's own records, read by its people and the office's admins.
    Action.RECEPTION_VIEW: _ADMINS | {Role.RECEPTION_CLERK, Role.SALES_MANAGER, Role.CONSULTANT},
    # 五1-3: the reception clerk keeps the sign-in and the visitor sheet; the manager stands in.
    Action.RECEPTION_DESK: _GRADERS | {Role.RECEPTION_CLERK},
    # 一1, 一5: only a supervisor changes the order or cancels a turn (R-REC-1, R-REC-3).
    Action.RECEPTION_SUPERVISE: _GRADERS,
    # 六1-2: consultants register and follow up their own visitors (the service refuses another
    # consultant's); the clerk registers at the counter, the managers any.
    Action.RECEPTION_REGISTER: _GRADERS | {Role.RECEPTION_CLERK, Role.CONSULTANT},
    # 二12: every consultant takes phone enquiries; the clerk logs them too.
    Action.RECEPTION_ENQUIRY: _GRADERS | {Role.RECEPTION_CLERK, Role.CONSULTANT},
    # 五3: the day's sheet is valid once the reception clerk (銷售文員) has reviewed it.
    Action.RECEPTION_REVIEW: _ADMINS | {Role.RECEPTION_CLERK},
    # 五1: the visitor sheet is the basis for settling commission; the clerk who keeps it
    # records deals, and a consultant their own (the service refuses another's); managers any.
    Action.RECEPTION_DEAL: _GRADERS | {Role.RECEPTION_CLERK, Role.CONSULTANT},
    # 四2, 四3, 五7F: the sales manager decides (the project manager's written opinion, the
    # director approving); the general manager and the customer director may too.
    Action.RECEPTION_DECIDE: _GRADERS,
    # 三篇1: the inventory is the archivist's (the office keeps it, R-ACC); everyone may see
    # what the company's media are and who holds which (as the loan register).
    Action.MEDIA_VIEW: _EVERYONE,
    # 三篇1 第三-四條, 第八條: numbering, labelling, encrypting, checking and lending media is
    # the archivist's work; a named deputy does it on the days of the period (R-ACC-5,
    # services/media/access.py).
    Action.MEDIA_REGISTER: _ADMINS | {Role.ARCHIVIST},
    Action.MEDIA_PREPARE: _ADMINS | {Role.ARCHIVIST},
    Action.MEDIA_ISSUE: _ADMINS | {Role.ARCHIVIST},
    Action.MEDIA_REPAIR: _ADMINS | {Role.ARCHIVIST},
    Action.MEDIA_DISPOSE: _ADMINS | {Role.ARCHIVIST},
    Action.MEDIA_STOCKTAKE: _ADMINS | {Role.ARCHIVIST},
    # 三篇1 第三條: 必須征得部門同意 — a department's head consents: its manager, or the
    # general manager and the customer director for any department. The consenting account
    # is recorded on the issue (it is named, not signed in: the service checks its role).
    Action.MEDIA_CONSENT: _GRADERS,
    # 三篇1 第三條 登記 and 一篇 第五章2: the inventory is the archivist's register (which media
    # are classified, who holds which); a copy leaves it, as customer data does, through the
    # archivist or with the general manager's or the director's hand.
    Action.MEDIA_EXPORT: _ADMINS | {Role.ARCHIVIST},
    # 第一篇 第五章, 三篇5: the records office keeps the backups — the archivist makes and
    # checks them as the managers do (automatic ones are made whoever is signed in).
    Action.BACKUP_MAKE: _ADMINS | {Role.ARCHIVIST},
    # 三篇5, 第一篇 第五章: a restore replaces everything the office has recorded since the
    # copy: the general manager decides it (the director as deputy, 一篇 第四章1).
    Action.BACKUP_RESTORE: _ADMINS,
    # 三篇 六(六): 過期、冗余數據每半年進行一次清理 … 經核對批準后方能進行 — only the general
    # manager approves (and so runs) a purge (R-BAK-4).
    Action.DATA_PURGE: frozenset({Role.GENERAL_MANAGER}),
    # 第一篇 第二章2 如需要更改或提取,需向客戶部提出申請: anyone may ask for an extract, saying
    # what and why (R-BAK-5)...
    Action.EXTRACT_REQUEST: _EVERYONE,
    # ...第一篇 第五章2: and only the general manager or the customer director approves it.
    Action.EXTRACT_APPROVE: _ADMINS,
    # 第一篇 第四章1, 三篇5: the database key opens every backup: only the general manager,
    # who answers for the records office, prints it (and locks the sheet away).
    Action.KEY_SHEET: frozenset({Role.GENERAL_MANAGER}),
    # 第一篇 第四章1: the general manager answers for the records office; moving every record
    # (and the office key with it) onto a server is the manager's decision alone.
    Action.OFFICE_MOVE: frozenset({Role.GENERAL_MANAGER}),
}


def is_allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]


def require(username: str, role: Role, action: Action) -> None:
    """Raise PermissionDenied unless the role may perform the action."""
    if not is_allowed(role, action):
        raise PermissionDenied(username=username, role=role.value, action=action.value)
