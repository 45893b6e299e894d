"""The 移動存儲介質盤點報告 (forms/media_stocktake.toml) filled from a closed stocktake (issue 13
§4): its counts, the media missing, unexpected and scanned twice, and the media due for a
stocktake in its scope. Read in the caller's unit of work; rendered and recorded by
MediaRecordFormService (record_forms.py).

Decisions:
- Filled from the stocktake's rows and scans; its number is the stocktake's id (ST-000012),
  so a paper names its record for ever.
- The report lists the media due for a stocktake in the stocktake's scope as of the day it is
  printed (not the day it closed: their last count may have changed since); at most DUE_ROWS
  of them, the rest counted in the findings.
- The values are the printed form's words (Chinese), as every form's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from records_desk.domain.media.stocktake import Unexpectedly
from records_desk.domain.media.vocabulary import FINAL_STATES
from records_desk.services.media.forms import STATE_WORDS, form_time, type_word
from records_desk.services.media.stocktakes import due_cutoff
from records_desk.store.media import MediaStocktake, Medium

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from records_desk.services.media.dto import StocktakeReport

DUE_ROWS = 1000
UNEXPECTED_WORDS = {
    Unexpectedly.NOT_A_NUMBER: "非介質編號",
    Unexpectedly.UNKNOWN: "無此編號的介質",
    Unexpectedly.ELSEWHERE: "登記在別處",
    Unexpectedly.ISSUED: "登記為已借出",
    Unexpectedly.IN_REPAIR: "登記為維修中",
    Unexpectedly.DISPOSED: "登記為已銷毀",
    Unexpectedly.LOST: "登記為已遺失",
}


def latest_closed_id(session: Session) -> int | None:
    return session.scalar(
        select(MediaStocktake.id)
        .where(MediaStocktake.closed_at.is_not(None))
        .order_by(MediaStocktake.closed_at.desc(), MediaStocktake.id.desc())
        .limit(1)
    )


def _scope_words(department: str | None, location: str | None) -> str:
    parts = [
        f"部門：{department}" if department else "",
        f"存放地點：{location}" if location else "",
    ]
    return "；".join(p for p in parts if p) or "全部介質"


def _media_named(session: Session, numbers: Sequence[str]) -> dict[str, Medium]:
    found: dict[str, Medium] = {}
    unique = list(dict.fromkeys(numbers))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        found.update(
            (m.number, m) for m in session.scalars(select(Medium).where(Medium.number.in_(chunk)))
        )
    return found


def stocktake_data(
    session: Session, report: StocktakeReport, today: Any, people: dict[str, str]
) -> dict[str, Any]:
    """The report of a closed stocktake (REPORT, with its lists), the media due in its scope
    as of TODAY; PEOPLE: user name -> full name."""
    known = _media_named(session, [*report.missing, *report.unexpected, *report.twice])
    rows: list[dict[str, Any]] = []

    def add(category: str, number: str, note: str, status: str = "") -> None:
        m = known.get(number)
        rows.append(
            {
                "seq": len(rows) + 1,
                "category": category,
                "medium_no": number,
                "media_type": type_word(m) if m else "",
                "department": m.department if m else "",
                "location": m.location if m else "",
                "status": status or (STATE_WORDS.get(m.state, m.state) if m else ""),
                "note": note,
            }
        )

    for number in report.missing:
        add("缺失", number, "")
    for number in report.unexpected:
        reason = report.notes.get(number, "")
        try:
            note = UNEXPECTED_WORDS[Unexpectedly(reason)]
        except ValueError:
            note = reason
        add("帳外", number, note)
    for number in report.twice:
        add("重複掃描", number, "同一編號掃描兩次以上")
    cutoff = due_cutoff(today)
    due_query = select(Medium).where(
        Medium.state.not_in([s.value for s in FINAL_STATES]),
        or_(Medium.last_counted_on.is_(None), Medium.last_counted_on < cutoff),
        *([Medium.department == report.department] if report.department else []),
        *([Medium.location == report.location] if report.location else []),
    )
    due = list(session.scalars(due_query.order_by(Medium.media_type, Medium.number)))
    for m in due[:DUE_ROWS]:
        known[m.number] = m
        last = m.last_counted_on
        add("待盤點", m.number, f"上次盤點 {last.isoformat()}" if last else "從未盤點")
    findings = ""
    if len(due) > DUE_ROWS:
        findings = f"另有 {len(due) - DUE_ROWS} 件待盤點介質未列出，請列印登記表（篩選：待盤點）。"
    counts = report.counts
    header = {
        "stocktake_no": f"ST-{report.id:06d}",
        "scope": _scope_words(report.department, report.location),
        "opened_by": people.get(report.opened_by, report.opened_by),
        "opened_at": form_time(report.opened_at),
        "closed_by": people.get(report.closed_by or "", report.closed_by or ""),
        "closed_at": form_time(report.closed_at),
        "expected": counts.expected,
        "found": counts.found,
        "missing": counts.missing,
        "unexpected": counts.unexpected,
        "twice": counts.twice,
        "scans": report.scans,
        "due_count": len(due),
        "due_as_of": today.isoformat(),
    }
    return {"header": header, "rows": rows, "sections": {"findings": findings}}
