"""What a tamper alarm of the operation log's anchor says (R-AUD-3), in the user's language: one
sentence per finding, for `audit verify`, the sign-in warning and the log viewer alike."""

from __future__ import annotations

from collections.abc import Sequence

from records_desk.domain.common.audit_chain import Finding, TamperAlarm
from records_desk.wording.language import sub, translate


def found_when(alarm: TamperAlarm) -> str:
    """The stored UTC time (2026-11-27T09:00:00.000000Z) as 2026-11-27 09:00 UTC."""
    return f"{alarm.found_at[:10]} {alarm.found_at[11:16]} UTC"


def alarm_sentence(alarm: TamperAlarm) -> str:
    db, anchored, when = alarm.database_seq, alarm.anchored_seq, found_when(alarm)
    f = alarm.finding
    if f is Finding.SHORTER:
        text = translate(
            "AuditAlarm",
            "The operation log was shortened outside the app: it ends at entry %1, "
            "but its anchor holds entry %2 (found %3).",
        )
        return sub(text, db, anchored, when)
    if f is Finding.LONGER:
        text = translate(
            "AuditAlarm",
            "Entries were added to the operation log outside the app: it ends at entry %1, "
            "but its anchor holds entry %2 (found %3).",
        )
        return sub(text, db, anchored, when)
    if f is Finding.REWRITTEN:
        text = translate(
            "AuditAlarm",
            "The operation log was rewritten outside the app: entry %1 is not the entry "
            "its anchor holds (found %2).",
        )
        return sub(text, db, when)
    if f is Finding.ANCHOR_MISSING:
        text = translate(
            "AuditAlarm",
            "The operation log's anchor (its head file outside the database) was removed; "
            "the log ends at entry %1 (found %2).",
        )
        return sub(text, db, when)
    if f is Finding.ANCHOR_DAMAGED:
        text = translate(
            "AuditAlarm",
            "The operation log's anchor (its head file outside the database) was changed "
            "or damaged (found %1).",
        )
        return sub(text, when)
    text = translate(
        "AuditAlarm",
        "The operation log was already broken at entry %1 when it was first anchored (found %2).",
    )
    return sub(text, db, when)


def alarms_line(alarms: Sequence[TamperAlarm]) -> str:
    """The first alarm, and how many more were kept after it."""
    line = alarm_sentence(alarms[0])
    if len(alarms) > 1:
        more = translate("AuditAlarm", "%1 more alarms were kept after it.")
        line = f"{line} {sub(more, len(alarms) - 1)}"
    return line
