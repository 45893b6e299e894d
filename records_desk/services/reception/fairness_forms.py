"""The 接待公平性報表 (forms/fairness_report.toml) of a day or a month: the fairness report
(fairness.py) per consultant — turns received, owed and served, forfeits, courtesy,
designated and returning receptions, customers lost to a switch, the managers' interventions —
with the period's visitors, order changes, refused switches and phone enquiries; the month's
sheet is the monthly statistics that go with the daily visitor sheets.

Decisions:
- Read as the actor (RECEPTION_VIEW) and rendered by PrintService (FORM_PRINT); rendering is a
  preview, whoever saves or prints it records that (cli/common.py save_printed).
- The values are the printed form's words (Chinese) like every form's; a consultant is printed
  as their full name with the user name the sheets and the replay use.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from records_desk.domain.common.permissions import Action
from records_desk.services.reception.fairness import FIGURES, FairnessSummary

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.container import Services

FAIRNESS_REPORT = "fairness_report"


def period_text(summary: FairnessSummary) -> str:
    """A day as its date; a month as 2026 年 11 月."""
    if not summary.monthly:
        return summary.start.isoformat()
    return f"{summary.start.year} 年 {summary.start.month} 月"


def fairness_data(summary: FairnessSummary) -> dict[str, Any]:
    """The fill data of the 接待公平性報表 for SUMMARY."""
    header = {
        "period": period_text(summary),
        "days": summary.days,
        "visitors": summary.visitors,
        "order_changes": summary.order_changes,
        "switches_refused": summary.switches_refused,
        "phone_enquiries": summary.phone_enquiries,
    }
    rows = []
    for seq, row in enumerate(summary.rows, start=1):
        shown = f"{row.name}（{row.consultant}）" if row.name else row.consultant
        rows.append({"seq": seq, "consultant": shown, **{f: row[f] for f in FIGURES}})
    return {"header": header, "rows": rows}


class FairnessFormService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx

    def data(self, actor: Principal, start: date, end: date) -> dict[str, Any]:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        summary = self.services.reception.fairness.period(actor, start, end)
        return fairness_data(summary)

    def printed(self, actor: Principal, start: date, end: date) -> PrintedForm:
        """The report of START..END (one day, or a month's days) as PDF."""
        return self.services.printing.render(actor, FAIRNESS_REPORT, self.data(actor, start, end))
