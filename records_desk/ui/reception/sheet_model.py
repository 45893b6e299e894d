"""The day's 客戶來訪登記表 as the counter shows it (R-REC-11, R-REC-13): one row per visitor,
with who received them, why, whether it used a turn, and who was passed over and why. A day
has a few hundred rows at most, so the model keeps the rows the service returns
(ui/common/table.py RowsModel)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from records_desk.domain.reception.vocabulary import Reason, SkipReason
from records_desk.services.reception.dto import AssignmentInfo, Source, VisitRow
from records_desk.ui.common.table import Column
from records_desk.wording.language import sub
from records_desk.wording.reception.terms import reason_name, skip_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def source_name(source: Source) -> str:
    return {
        Source.WALK_IN: translate("ReceptionSheet", "walk-in"),
        Source.PHONE: translate("ReceptionSheet", "after a phone call"),
        Source.REFERRAL: translate("ReceptionSheet", "referral"),
    }[Source(source)]


def why(row: VisitRow | AssignmentInfo) -> str:
    try:
        return reason_name(Reason(row.reason))
    except ValueError:
        return row.reason


def passed_over(row: VisitRow | AssignmentInfo, names: Mapping[str, str] | None = None) -> str:
    """Who was passed over and why, each by name (NAMES: user name → name) as the Consultant
    column and the printed sheet give them, not by user name."""

    def one(consultant: str, reason: str) -> str:
        try:
            reason = skip_name(SkipReason(reason))
        except ValueError:
            pass
        who = (names or {}).get(consultant) or consultant
        return sub(translate("ReceptionTerms", "%1 (%2)"), who, reason)

    return translate("ReceptionTerms", ", ").join(one(s.consultant, s.why) for s in row.skipped)


def yes(flag: bool) -> str:
    return translate("ReceptionSheet", "yes") if flag else translate("ReceptionSheet", "no")


def visit_columns(names: Callable[[], Mapping[str, str]] = dict) -> list[Column[VisitRow]]:
    """NAMES gives the consultants' names by user name when a row is shown."""
    return [
        Column(translate("ReceptionSheet", "No."), lambda r: r.row_no, numeric=True),
        Column(translate("ReceptionSheet", "Time"), lambda r: r.time),
        Column(translate("ReceptionSheet", "Visitor"), lambda r: r.visitor),
        Column(translate("ReceptionSheet", "Phone"), lambda r: r.phone),
        Column(translate("ReceptionSheet", "Party"), lambda r: r.party_size, numeric=True),
        Column(translate("ReceptionSheet", "Came by"), lambda r: source_name(r.source)),
        Column(translate("ReceptionSheet", "First visit"), lambda r: yes(r.first_visit)),
        Column(
            translate("ReceptionSheet", "Consultant"),
            lambda r: r.consultant_name or r.consultant or translate("ReceptionSheet", "nobody"),
            alert=lambda r: r.consultant is None,
        ),
        Column(
            translate("ReceptionSheet", "Why"),
            why,
            tooltip=lambda r: passed_over(r, names()) or why(r),
        ),
        Column(translate("ReceptionSheet", "Turn used"), lambda r: yes(r.counted)),
        Column(translate("ReceptionSheet", "Passed over"), lambda r: passed_over(r, names())),
        Column(translate("ReceptionSheet", "Intention"), lambda r: r.intention or ""),
        Column(
            translate("ReceptionSheet", "Corrects"),
            lambda r: sub(translate("ReceptionSheet", "row %1"), r.corrects) if r.corrects else "",
        ),
        Column(translate("ReceptionSheet", "Notes"), lambda r: r.notes),
    ]
