"""Reception's operation-log summaries in the user's language (wording/audit_summary.py): the
day's events and walk-ins, the visitor sheet, registrations, follow-ups, deals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from records_desk.domain.common.audit_actions import AuditAction as A
from records_desk.domain.reception.registrations import RelationKind
from records_desk.domain.reception.vocabulary import Reason
from records_desk.wording.audit_summary_kit import Line, Translate, term
from records_desk.wording.language import sub, translate
from records_desk.wording.reception.terms import reason_name


def event_word(value: str) -> str:
    """A reception day's event (the stored event type)."""
    names = {
        "sign_in": translate("AuditSummary", "signed in at the desk"),
        "sign_out": translate("AuditSummary", "signed out of the desk"),
        "away": translate("AuditSummary", "away"),
        "back": translate("AuditSummary", "back"),
        "visit_end": translate("AuditSummary", "visit ended"),
        "switch_request": translate("AuditSummary", "asked to switch"),
        "turn_cancelled": translate("AuditSummary", "turn cancelled"),
        "order_changed": translate("AuditSummary", "rotation order changed"),
        "phone_enquiry": translate("AuditSummary", "phone enquiry"),
        "walk_in": translate("AuditSummary", "walk-in"),
    }
    return names[value]


def consultant_word(value: str) -> str:
    return sub(translate("AuditSummary", "(consultant %1)"), value)


def relation_word(value: str) -> str:
    names = {
        RelationKind.SPOUSE: translate("AuditSummary", "spouse"),
        RelationKind.PARENT_CHILD: translate("AuditSummary", "parent and child"),
        RelationKind.SIBLING: translate("AuditSummary", "siblings"),
        RelationKind.OTHER: translate("AuditSummary", "other"),
    }
    return names[RelationKind(value)]


def reason_word(value: str) -> str:
    return reason_name(Reason(value))


def lines(translate: Translate) -> Mapping[str, Sequence[Line]]:
    event = term(event_word)
    reason = term(reason_word)
    code = r"[a-z_]+"
    return {
        A.RECEPTION_EVENT: [
            Line(translate("AuditSummary", "%1 %2"), {1: event, 2: consultant_word}, {1: code}),
            Line(translate("AuditSummary", "%1"), {1: event}, {1: code}),
        ],
        A.RECEPTION_WALK_IN: [
            Line(
                translate("AuditSummary", "row %1: %2 (%3, counted), skipped %4"),
                {3: reason},
                {3: code},
                "; ",
            ),
            Line(
                translate("AuditSummary", "row %1: %2 (%3), skipped %4"),
                {3: reason},
                {3: code},
                "; ",
            ),
        ],
        A.RECEPTION_CORRECT: [
            Line(translate("AuditSummary", "row %1 corrects row %2")),
            Line(translate("AuditSummary", "phone enquiry %1 corrects %2")),
        ],
        A.RECEPTION_ENQUIRY: [Line(translate("AuditSummary", "phone enquiry %1 answered by %2"))],
        A.RECEPTION_REVIEW: [
            Line(translate("AuditSummary", "visitor sheet of %1 reviewed: %2 rows"))
        ],
        A.RECEPTION_VERIFY: [
            Line(translate("AuditSummary", "visitor sheet of %1: intact")),
            Line(translate("AuditSummary", "visitor sheet of %1: CHANGED")),
        ],
        A.RECEPTION_REGISTER: [Line(translate("AuditSummary", "visitor registered to %1"))],
        A.RECEPTION_FOLLOW_UP: [Line(translate("AuditSummary", "follow-up on %1, level %2"))],
        A.RECEPTION_RELATE: [
            Line(
                translate("AuditSummary", "registrations %1 and %2 related: %3"),
                {3: term(relation_word)},
            )
        ],
        A.RECEPTION_DEAL: [
            Line(
                translate("AuditSummary", "deal %1 of %2 closed by %3: %4 %5 proposes %6"),
                {},
                {4: r"\S+", 5: r"\S+"},
            )
        ],
        A.RECEPTION_DECIDE: [
            Line(translate("AuditSummary", "deal %1 revised: %2")),
            Line(translate("AuditSummary", "deal %1 confirmed: %2")),
            Line(translate("AuditSummary", "deal %1 decided: %2")),
        ],
        A.DEMO_FILL: [
            Line(translate("AuditSummary", "filled %1 sample reception days, %2 visits (seed %3)"))
        ],
    }
