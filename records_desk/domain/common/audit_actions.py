"""What the operation log records (R-AUD-1): every action and every kind of entity an entry
can name, each declared once.

Decisions:
- The values are the strings the log has always stored. Databases in the field hold them and
  the hash chain (audit_chain.py) covers them, so a value is never changed or reused; a
  member may be renamed, its value never. New actions get new values.
- Several actions are stored under the value of the permission they need
  (`permissions.Action`): "account.create", "customer.void", "office.settings"… Those are
  still members of their own here, named for what they record, so the log does not change
  when the permission matrix does. tests/unit/test_audit_actions.py checks that each
  audited permission has its member.
- Reading the log back, an unknown value (an older or a newer version's) stays a plain
  string: `known_action` and `known_target` never raise.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    # -- the office and its accounts (R-ACC) --------------------------------------------
    OFFICE_INITIALISE = "office.initialise"  # R-AUD-1 create: the first general manager
    LOGIN = "login"  # R-AUD-1 login, R-ACC-1 under the account that signed in
    LOGIN_FAILED = "login.failed"  # R-AUD-1 failed login (wrong password or user name)
    LOGIN_REFUSED = "login.refused"  # R-AUD-1 failed login: account locked or disabled
    LOGIN_PASSWORD_CHANGE_REQUIRED = "login.password_change_required"  # R-ACC-3 expired
    LOGOUT = "logout"  # R-AUD-1 sign-out, or the window closed while signed in
    SESSION_LOCK = "session.lock"  # idle lock or File > Lock (R-ACC-1: who left the desk)
    SESSION_UNLOCK = "session.unlock"  # R-AUD-1 login: the password given again to unlock
    ACCOUNT_PASSWORD_CHANGED = "account.password_changed"  # R-ACC-3 own password changed
    ACCOUNT_LOCKED = "account.locked"  # R-ACC-3 locked after repeated failures
    ACCOUNT_CREATE = "account.create"  # R-AUD-1 create (permission of the same name)
    ACCOUNT_DISABLE = "account.disable"  # R-ACC-4 disabled, never deleted
    ACCOUNT_ENABLE = "account.enable"  # R-ACC-4 enabled again
    ACCOUNT_RESET_PASSWORD = "account.reset_password"  # R-ACC-3 reset by an administrator
    ACCOUNT_CHANGE_ROLE = "account.change_role"  # R-ACC-2 permissions granted
    PERMISSION_DENIED = "permission.denied"  # R-ACC-2 a refused service call
    # -- the log itself (R-AUD-3) ---------------------------------------------------------
    AUDIT_VERIFY = "audit.verify"  # R-AUD-3 the hash chain checked, and its outcome
    # -- printing (R-PRN) -----------------------------------------------------------------
    FORM_PRINT = "form.print"  # R-AUD-1 print: a form went to a printer
    FORM_SAVE = "form.save"  # R-AUD-1 export: a form saved as a PDF file
    # -- customer files (R-CUS) -----------------------------------------------------------
    CUSTOMER_REGISTER = "customer.register"  # R-AUD-1 create, R-CUS-2 numbered
    CUSTOMER_REQUEST_CHANGE = "customer.request_change"  # R-CUS-4 change filed
    CUSTOMER_APPROVE_CHANGE = "customer.approve_change"  # R-CUS-4 request granted
    CUSTOMER_REFUSE_CHANGE = "customer.refuse_change"  # R-CUS-4 request refused
    CUSTOMER_CHANGE_DIRECTLY = "customer.change_directly"  # R-CUS-4 approver's own change
    CUSTOMER_VOID = "customer.void"  # R-AUD-1 void, R-CUS-3 never hard-deleted
    CUSTOMER_IMPORT = "customer.import"  # R-AUD-2 batch entry: rows and who
    CUSTOMER_EXPORT = "customer.export"  # R-AUD-2, R-BAK-5 batch export: rows and who
    CUSTOMER_EXPORT_SMS = "customer.export_sms"  # R-AUD-2 the holiday SMS list exported
    SPOT_CHECK_DRAW = "spot_check.draw"  # R-CUS-6 the week's sample drawn
    SPOT_CHECK_MARK = "spot_check.mark"  # R-CUS-6 one entry found right or wrong
    REVIEW_RECORD = "review.record"  # R-GRD-3 a periodic review (附件2)
    VISIT_RECORD = "visit.record"  # R-CUS-8 a visit report (附件5)
    EVALUATION_RECORD = "evaluation.record"  # R-GRD-3 a weighted evaluation (附件1)
    SURVEY_RECORD = "survey.record"  # R-CUS-7 a customer survey (附件4)
    # -- grading and the blacklist (R-GRD) ------------------------------------------------
    GRADE_CHANGE = "grade.change"  # R-GRD-2 a grade changed within the quotas
    GRADE_OVERRIDE = "grade.override"  # R-GRD-2 a director let a quota be broken
    PROSPECT_SET = "prospect.set"  # R-GRD-6 a prospect graded A/B/C
    BLACKLIST_ADD = "blacklist.add"  # R-GRD-5 blacklisted (附件3)
    BLACKLIST_LIFT = "blacklist.lift"  # R-GRD-5 a listing lifted
    BLACKLIST_READMIT = "blacklist.readmit"  # R-GRD-5 re-admitted after a listing
    # -- data quality (R-DQ) --------------------------------------------------------------
    QUALITY_REPORT = "quality.view"  # R-DQ-3 the files scored, problems found and fixed
    QUALITY_DISMISS = "quality.dismiss"  # R-DQ-1 a likely duplicate marked "not one"
    # -- the loan register (R-LOAN, R-ACC-5) ---------------------------------------------
    LOAN_LEND = "loan.lend"  # R-LOAN-1 a loan registered (out, or awaiting approval)
    LOAN_APPROVE = "loan.approve"  # R-LOAN-3 an external loan approved: its files go out
    LOAN_REFUSE = "loan.refuse"  # R-LOAN-3 an external loan refused
    LOAN_RETURN = "loan.return"  # R-LOAN-7 a file back, its condition, fine or waiver
    LOAN_RESHELVE = "loan.reshelve"  # R-LOAN-5 a returned file confirmed back in its place
    LOAN_COPY = "loan.copy"  # R-LOAN-6 copies consented to
    LOAN_DEPUTY = "loan.deputy"  # R-ACC-5 a deputy archivist named for a period
    # -- reception rotation and the visitor sheet (R-REC, R-GRD-6) ------------------------
    RECEPTION_EVENT = "reception.event"  # R-REC-1, -3 a sign-in, away, back, order change…
    RECEPTION_WALK_IN = "reception.walk_in"  # R-REC-2, -13 a walk-in assigned, and why
    RECEPTION_CORRECT = "reception.correct"  # R-REC-11 a correction pointing to its row
    RECEPTION_ENQUIRY = "reception.enquiry"  # R-REC-12 a phone enquiry logged
    RECEPTION_REGISTER = "reception.register"  # R-REC-4 a visitor registered to a consultant
    RECEPTION_FOLLOW_UP = "reception.follow_up"  # R-REC-4, R-GRD-6 a follow-up and its level
    RECEPTION_RELATE = "reception.relate"  # R-REC-9 two registrations related
    RECEPTION_REVIEW = "reception.review"  # R-REC-11 the day reviewed and closed, its hash
    RECEPTION_VERIFY = "reception.verify"  # R-REC-11 a closed day's hash checked, and outcome
    RECEPTION_DEAL = "reception.deal"  # R-REC-7…10 a deal recorded with the rules' proposal
    RECEPTION_DECIDE = "reception.decide"  # R-REC-7…10 a manager's split (or a revision)
    # -- the removable-media inventory (R-MED) ---------------------------------------------
    MEDIA_REGISTER = "media.register"  # R-MED-1 a medium numbered and registered
    MEDIA_PREPARE = "media.prepare"  # R-MED-2 a preparation step (label, encryption, check)
    MEDIA_ISSUE = "media.issue"  # R-MED-3 issued to an account, with the consent recorded
    MEDIA_RETURN = "media.return"  # R-MED-3 taken back, its condition
    MEDIA_REPAIR = "media.repair"  # R-MED-6 sent to a repair unit, or back from it
    MEDIA_DISPOSE = "media.dispose"  # R-MED-7 disposed of, with method and witness
    MEDIA_LOST = "media.lost"  # reported lost
    MEDIA_CLASSIFY = "media.classify"  # R-MED-4 made classified (never back)
    MEDIA_BACKUP = "media.backup"  # R-MED-5 an optical disc filed as a backup
    MEDIA_STOCKTAKE_OPEN = "media.stocktake_open"  # a stocktake opened, its scope
    MEDIA_STOCKTAKE_CLOSE = "media.stocktake_close"  # closed: expected, found, missing…
    MEDIA_IMPORT = "media.import"  # R-MED-1 media registered from a list: file, counts
    MEDIA_EXPORT = "media.export"  # R-AUD-2 the inventory written to Excel: file, rows
    MEDIA_DEMO_FILL = "media.demo_fill"  # R-AUD-1 create: a sample inventory for training
    # -- backup and restore (R-BAK) -----------------------------------------------------
    BACKUP_MADE = "backup.made"  # R-BAK-1 a verified copy made (its file, head, rows)
    BACKUP_FAILED = "backup.failed"  # R-BAK-1 a copy that could not be made or verified
    BACKUP_VERIFIED = "backup.verified"  # a copy checked again (whole or not)
    BACKUP_PRUNED = "backup.pruned"  # R-BAK-1 retention: older copies removed (their names)
    BACKUP_RESTORED = "backup.restored"  # R-BAK-3 the data replaced by a verified copy
    DATA_PURGED = "data.purged"  # R-BAK-4 old data purged: counts and numbers, never content
    EXTRACT_REQUEST = "extract.request"  # R-BAK-5 an extract asked for: what and why
    EXTRACT_DECIDE = "extract.decide"  # R-BAK-5 approved or refused, by whom, the note
    KEY_SHEET_PRINTED = "key.sheet_printed"  # the key-recovery sheet saved (never the key)
    OFFICE_MOVED = "office.moved"  # issue 15 §5 the office copied onto a server: from, to, rows
    # -- office settings and sample data --------------------------------------------------
    OFFICE_SETTINGS_CHANGE = "office.settings"  # R-AUD-1 change: codes, 附件1 weights…
    DEMO_FILL = "demo.fill"  # R-AUD-1 create: sample customer files for training


class AuditTarget(StrEnum):
    """What an entry is about (its entity_type; entity_id says which one)."""

    ACCOUNT = "account"  # a user account (R-ACC)
    CUSTOMER = "customer"  # a customer file (R-CUS)
    SPOT_CHECK = "spot_check"  # a weekly spot check (R-CUS-6)
    OFFICE_SETTING = "office_setting"  # the settings every desk shares
    FORM = "form"  # a blank form printed or saved, by form id (R-PRN)
    LOAN = "loan"  # a loan of the register, by loan number (R-LOAN)
    RECEPTION_DAY = "reception_day"  # a day of the visitor sheet, by its date (R-REC-11)
    RECEPTION_REGISTRATION = "reception_registration"  # a visitor's registration (R-REC-4)
    RECEPTION_DEAL = "reception_deal"  # a deal and its commission split, by id (R-REC-7…10)
    MEDIUM = "medium"  # a removable medium, by its number (R-MED)
    MEDIA_STOCKTAKE = "media_stocktake"  # a stocktake of the media, by its id
    BACKUP = "backup"  # a backup copy, by its file name (R-BAK)
    EXTRACT_REQUEST = "extract_request"  # a request for an extract of customer data (R-BAK-5)


# Events of a session that change no data; the window reports them (AuthService.record).
SESSION_EVENTS = frozenset({AuditAction.SESSION_LOCK, AuditAction.LOGOUT})

_ACTIONS = {a.value: a for a in AuditAction}
_TARGETS = {t.value: t for t in AuditTarget}


def known_action(stored: str) -> AuditAction | str:
    """The member for a stored action; an unknown (older or newer) value as it is."""
    return _ACTIONS.get(stored, stored)


def known_target(stored: str | None) -> AuditTarget | str | None:
    """The member for a stored entity type; an unknown value as it is, None as None."""
    return None if stored is None else _TARGETS.get(stored, stored)
