"""An operation-log entry's summary in the user's language (R-AUD, issue 8 item 4).

The stored summary is what the program wrote, in English, when the entry was made: it is part
of the hash chain and never changes. The viewer shows it worded again: the summary is matched
against the lines each feature lists for its action (wording/<feature>/audit_summary.py; the
office's and the accounts' below), its values kept as stored and its terms (roles, grades,
states …) worded by the feature's term tables. A summary no line matches (an older or newer
version's) is shown as stored; in English every summary is shown as stored.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.common.roles import Role
from records_desk.wording import audit as audit_words
from records_desk.wording import terms
from records_desk.wording.audit_summary_kit import Line, Summaries, Translate, term
from records_desk.wording.backup.audit_summary import lines as backup_lines
from records_desk.wording.customers.audit_summary import lines as customer_lines
from records_desk.wording.language import SOURCE_LANGUAGE, current_language, translate
from records_desk.wording.loans.audit_summary import lines as loan_lines
from records_desk.wording.media.audit_summary import lines as media_lines
from records_desk.wording.reception.audit_summary import lines as reception_lines


def audit_summary(action: str, stored: str) -> str:
    """STORED, the summary of an entry of ACTION, in the user's language."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return stored
    worded = _summaries().render(action, stored, language, translate)
    return stored if worded is None else worded


def known(action: str, stored: str) -> bool:
    """Whether STORED is a summary this version writes for ACTION."""
    return _summaries().known(action, stored)


_SUMMARIES: list[Summaries] = []


def _summaries() -> Summaries:
    if not _SUMMARIES:
        # The customers' "office settings changed: …" is the most general line: last.
        tables = [office_lines, backup_lines, loan_lines, media_lines, reception_lines]
        _SUMMARIES.append(Summaries([*tables, customer_lines], suffix_lines))
    return _SUMMARIES[0]


def purpose_name(value: str) -> str:
    """What a password was typed for (AuthService's `purpose`)."""
    names = {
        "login": translate("AuditSummary", "sign-in"),
        "password change": translate("AuditSummary", "password change"),
        "unlock": translate("AuditSummary", "unlock"),
        "key sheet": translate("AuditSummary", "key-recovery sheet"),
    }
    return names[value]


def form_word(form_id: str) -> str:
    """A form by its title (the window's language is zh_TW whenever a summary is worded)."""
    return _form_title(form_id)


@cache
def _form_title(form_id: str) -> str:
    from records_desk.printing.definitions import FormDefinitionError, UnknownForm, load_form

    try:
        return load_form(form_id).title_zh
    except (UnknownForm, FormDefinitionError, OSError):
        return form_id


def signed_out_why(value: str) -> str:
    """Why the window signed its user out (the error's name)."""
    names = {
        "AccountLocked": translate("AuditSummary", "the account was locked"),
        "AccountDisabled": translate("AuditSummary", "the account was disabled"),
    }
    return names[value]


def role_word(value: str) -> str:
    return terms.role_name(Role(value))


def permission_word(value: str) -> str:
    return terms.action_name(value)


def target_word(value: str) -> str:
    return audit_words.audit_target_name(value)


def office_lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    """The office, its accounts, signing in and out, printing (services/common, ui)."""
    purpose = {1: term(purpose_name)}
    role = term(role_word)
    form = term(form_word)
    return {
        A.OFFICE_INITIALISE: [
            Line(translate("AuditSummary", "records office created with its general manager"))
        ],
        A.LOGIN: [Line(translate("AuditSummary", "signed in"))],
        A.LOGIN_PASSWORD_CHANGE_REQUIRED: [
            Line(translate("AuditSummary", "password must be changed before signing in"))
        ],
        A.LOGIN_FAILED: [
            Line(translate("AuditSummary", "%1: unknown user name"), purpose),
            Line(translate("AuditSummary", "%1: wrong password"), purpose),
        ],
        A.LOGIN_REFUSED: [
            Line(translate("AuditSummary", "%1: account locked"), purpose),
            Line(translate("AuditSummary", "%1: unknown user name, locked"), purpose),
            Line(translate("AuditSummary", "%1: account disabled"), purpose),
        ],
        A.ACCOUNT_LOCKED: [Line(translate("AuditSummary", "locked after %1 failed attempts"))],
        A.ACCOUNT_PASSWORD_CHANGED: [Line(translate("AuditSummary", "changed own password"))],
        A.SESSION_UNLOCK: [Line(translate("AuditSummary", "unlocked after idle lock"))],
        A.SESSION_LOCK: [
            Line(translate("AuditSummary", "locked from the File menu")),
            Line(translate("AuditSummary", "locked after %1 minutes without input")),
        ],
        A.LOGOUT: [
            Line(translate("AuditSummary", "signed out")),
            Line(translate("AuditSummary", "signed out: application closed")),
            Line(translate("AuditSummary", "signed out: %1"), {1: term(signed_out_why)}),
        ],
        A.ACCOUNT_CREATE: [
            Line(translate("AuditSummary", "created account %1 (%2)"), {2: role}, {2: r"[a-z_]+"})
        ],
        A.ACCOUNT_RESET_PASSWORD: [Line(translate("AuditSummary", "reset the password of %1"))],
        A.ACCOUNT_CHANGE_ROLE: [
            Line(
                translate("AuditSummary", "changed the role of %1 from %2 to %3"),
                {2: role, 3: role},
                {2: r"[a-z_]+", 3: r"[a-z_]+"},
            )
        ],
        A.ACCOUNT_ENABLE: [Line(translate("AuditSummary", "enabled account %1"))],
        A.ACCOUNT_DISABLE: [Line(translate("AuditSummary", "disabled account %1"))],
        A.PERMISSION_DENIED: [
            Line(translate("AuditSummary", "refused: %1"), {1: term(permission_word)})
        ],
        A.FORM_PRINT: [
            Line(
                translate("AuditSummary", "printed %1 for %2 %3: %4 page(s) x %5 on %6"),
                {1: form, 2: term(target_word)},
                {1: r"\S+", 2: r"[a-z_]+"},
            ),
            Line(
                translate("AuditSummary", "printed %1: %2 page(s) x %3 on %4"),
                {1: form},
                {1: r"\S+"},
            ),
        ],
        A.FORM_SAVE: [
            Line(
                translate("AuditSummary", "saved %1 for %2 %3 as %4 (%5 page(s))"),
                {1: form, 2: term(target_word)},
                {1: r"\S+", 2: r"[a-z_]+"},
            ),
            Line(translate("AuditSummary", "saved %1 as %2 (%3 page(s))"), {1: form}, {1: r"\S+"}),
        ],
        A.OFFICE_MOVED: [Line(translate("AuditSummary", "moved the office from %1 onto %2"))],
    }


def suffix_lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    """What may follow any summary: done as the archivist's deputy, or under an extract."""
    return {
        "": [
            Line(translate("AuditSummary", " (as deputy archivist)")),
            Line(translate("AuditSummary", " (extract request %1, approved by %2)")),
        ]
    }
