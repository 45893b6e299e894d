"""What a tamper alarm of the operation log's anchor says (R-AUD-3), in the user's language: one
sentence per finding, for `audit verify`, the sign-in warning and the log viewer alike."""

from __future__ import annotations

from collections.abc import Sequence

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_chain import Finding, TamperAlarm
from records_desk.wording.language import current_language, sub, translate


def found_when(alarm: TamperAlarm) -> str:
    """The stored UTC time (2026-11-27T09:00:00.000000Z) on this computer's clock, as the
    operation log's table shows its times."""
    try:
        at = audit_chain.parse_time(alarm.found_at)
    except ValueError:
        return alarm.found_at
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def alarm_sentence(alarm: TamperAlarm) -> str:
    db, anchored, when = alarm.database_seq, alarm.anchored_seq, found_when(alarm)
    f = alarm.finding
    if f is Finding.SHORTER:
        text = translate(
            "AuditAlarm",
            "The operation log was shortened outside Records Desk: it ended at entry %1, "
            "though entry %2 had been written (found %3). The entries after %1 were deleted; "
            "later entries reuse their numbers.",
        )
        return sub(text, db, anchored, when)
    if f is Finding.LONGER:
        text = translate(
            "AuditAlarm",
            "Entries were added to the operation log outside Records Desk: it ended at entry "
            "%1, though Records Desk had written up to entry %2 (found %3).",
        )
        return sub(text, db, anchored, when)
    if f is Finding.REWRITTEN:
        text = translate(
            "AuditAlarm",
            "The operation log was rewritten outside Records Desk: entry %1 is not the one "
            "Records Desk wrote (found %2).",
        )
        return sub(text, db, when)
    if f is Finding.ANCHOR_MISSING:
        text = translate(
            "AuditAlarm",
            "The operation log's check file outside the database was removed; the log ended "
            "at entry %1 (found %2).",
        )
        return sub(text, db, when)
    if f is Finding.ANCHOR_DAMAGED:
        text = translate(
            "AuditAlarm",
            "The operation log's check file outside the database was changed or damaged "
            "(found %1).",
        )
        return sub(text, when)
    text = translate(
        "AuditAlarm",
        "The operation log was already broken at entry %1 when it was first anchored (found %2).",
    )
    return sub(text, db, when)


def advice() -> str:
    """What a tamper alarm means and what to do, for a manager who is not technical."""
    return translate(
        "AuditAlarm",
        "This happens when someone changes the database with its key outside Records Desk, "
        "or when an older copy of the database is put back by hand. Work can go on and the "
        "alarm stays on record: keep the database and the keys folder as they are, and tell "
        "whoever looks after this computer.",
    )


def alarms_line(alarms: Sequence[TamperAlarm]) -> str:
    """The first alarm, how many more were kept after it, and what to do."""
    parts = [alarm_sentence(alarms[0])]
    if len(alarms) > 1:
        parts.append(
            sub(translate("AuditAlarm", "%1 more alarms were kept after it."), len(alarms) - 1)
        )
    parts.append(advice())
    # Chinese sentences follow one another without a space.
    return ("" if current_language().startswith("zh") else " ").join(parts)
