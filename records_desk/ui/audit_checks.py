"""The window's two looks at the operation log's integrity (R-AUD-3): Admin → Verify, and the
warning at sign-in of a tamper alarm the anchor keeps. Worded in the main window's context
("MainWindow"), where they were first written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui import notify, operations


def verify_audit_chain(parent: QWidget, services: Services, principal: Principal) -> None:
    from records_desk.wording.audit_alarm import alarms_line

    try:
        report = operations.call(parent, lambda: services.audit.verify(principal))
    except operations.Failed:
        return
    if report.trustworthy:
        text = QCoreApplication.translate(
            "MainWindow", "The operation log is intact: %1 entries checked."
        )
        notify.info(parent, text.replace("%1", str(report.entries)))
        return
    found = []
    if not report.intact:
        text = QCoreApplication.translate(
            "MainWindow",
            "The operation log has been tampered with: entry %1 does not match the chain.",
        )
        found.append(text.replace("%1", str(report.broken_at)))
    if report.alarms:
        found.append(alarms_line(report.alarms))
    notify.error(parent, "\n\n".join(found))


def warn_of_tamper_alarms(parent: QWidget, services: Services, principal: Principal) -> None:
    """At sign-in whoever may verify the operation log (the general manager, the director) is
    told of any tamper alarm its anchor keeps (it stays until the office deals with it:
    services/common/audit.py), as the log viewer shows them."""
    from records_desk.wording.audit_alarm import alarms_line

    if not is_allowed(principal.role, Action.AUDIT_VERIFY):
        return
    try:
        alarms = operations.call(parent, lambda: services.audit.alarms(principal))
    except operations.Failed:
        return
    if alarms:
        text = QCoreApplication.translate(
            "MainWindow",
            "Tamper alarm: the operation log was changed outside Records Desk. Open "
            "Admin → Operation log for the details.",
        )
        notify.error(parent, f"{text}\n\n{alarms_line(alarms)}")
