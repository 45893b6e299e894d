"""The loan register's operation-log summaries in the user's language
(wording/audit_summary.py): lending, approving, returns, copies, the deputy archivist."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.loans.vocabulary import Condition
from records_desk.wording.audit_summary_kit import Line, Translate, term
from records_desk.wording.loans.terms import condition_name


def condition_word(value: str) -> str:
    return condition_name(Condition(value))


def lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    condition = {3: term(condition_word)}
    word = {3: r"[a-z_]+"}
    return {
        A.LOAN_LEND: [
            Line(translate("AuditSummary", "loan %1 of %2 to %3: awaiting approval")),
            Line(translate("AuditSummary", "loan %1 of %2 to %3: out")),
        ],
        A.LOAN_APPROVE: [Line(translate("AuditSummary", "loan %1 approved"))],
        A.LOAN_REFUSE: [Line(translate("AuditSummary", "loan %1 refused"))],
        A.LOAN_RETURN: [
            Line(
                translate("AuditSummary", "%1 of loan %2 returned %3, fine waived"), condition, word
            ),
            Line(translate("AuditSummary", "%1 of loan %2 returned %3, fine %4"), condition, word),
            Line(translate("AuditSummary", "%1 of loan %2 returned %3"), condition, word),
        ],
        A.LOAN_RESHELVE: [
            Line(translate("AuditSummary", "%1 back on its shelf")),
            Line(translate("AuditSummary", "%1 back on %2"), {}, {1: r"\S+"}),
        ],
        A.LOAN_COPY: [Line(translate("AuditSummary", "copies of %1 on loan %2: %3"))],
        A.LOAN_DEPUTY: [
            Line(translate("AuditSummary", "%1 named deputy archivist from %2 to %3")),
            Line(translate("AuditSummary", "%1's deputy period from %2 ended early")),
        ],
        A.OFFICE_SETTINGS_CHANGE: [
            Line(translate("AuditSummary", "office settings changed: loan closing time %1"))
        ],
        A.DEMO_FILL: [
            Line(translate("AuditSummary", "filled %1 sample loans of %2 files (seed %3)"))
        ],
    }
