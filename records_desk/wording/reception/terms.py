"""Reception rotation's terms in the user's language: why a visitor went to a consultant,
why a consultant was passed over, and one assignment as a line of text (the replay's output,
the live day's explanation — R-REC-13)."""

from __future__ import annotations

from records_desk.domain.reception.vocabulary import Assignment, Reason, SkipReason
from records_desk.wording.language import sub, translate


def reason_name(reason: Reason) -> str:
    names = {
        Reason.ROTATION: translate("ReceptionTerms", "rotation"),
        Reason.PRIORITY_RETURN: translate("ReceptionTerms", "priority on return"),
        Reason.KEPT_TURN: translate("ReceptionTerms", "kept turn"),
        Reason.DESIGNATED: translate("ReceptionTerms", "designated"),
        Reason.RETURNING_OWNER: translate("ReceptionTerms", "returning customer's consultant"),
        Reason.COURTESY: translate("ReceptionTerms", "courtesy reception"),
        Reason.REASSIGNED: translate("ReceptionTerms", "reassigned"),
    }
    return names[Reason(reason)]


def skip_name(why: SkipReason) -> str:
    names = {
        SkipReason.TURN_CANCELLED: translate("ReceptionTerms", "turn cancelled"),
        SkipReason.AWAY_UNEXCUSED: translate("ReceptionTerms", "away without good reason"),
        SkipReason.AWAY_MANAGER_ASSIGNMENT: translate(
            "ReceptionTerms", "away on a manager's assignment"
        ),
        SkipReason.BUSY_COUNTED: translate("ReceptionTerms", "with a customer"),
        SkipReason.BUSY_NOT_COUNTED: translate(
            "ReceptionTerms", "with a designated or courtesy customer"
        ),
        SkipReason.CURRENT_CONSULTANT: translate("ReceptionTerms", "the customer's consultant"),
        SkipReason.DESIGNATED_NOT_SIGNED_IN: translate(
            "ReceptionTerms", "designated but not signed in"
        ),
        SkipReason.NOT_SIGNED_IN: translate("ReceptionTerms", "not signed in"),
    }
    return names[SkipReason(why)]


def assignment_line(a: Assignment) -> str:
    """09:25 張四 → D: rotation, counted; passed over: B (away without good reason)."""
    if a.counted:
        text = translate("ReceptionTerms", "%1 %2 → %3: %4, counted")
    else:
        text = translate("ReceptionTerms", "%1 %2 → %3: %4, not counted")
    line = sub(text, f"{a.t:%H:%M}", a.visitor.name, a.consultant, reason_name(a.reason))
    if a.waits:
        line += translate("ReceptionTerms", " (the visitor waits)")
    if a.skipped:
        each = [
            sub(translate("ReceptionTerms", "%1 (%2)"), s.consultant, skip_name(s.why))
            for s in a.skipped
        ]
        joined = translate("ReceptionTerms", ", ").join(each)
        line += sub(translate("ReceptionTerms", "; passed over: %1"), joined)
    return line
