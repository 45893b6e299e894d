"""What the reception counter's buttons and chips do (R-REC-1…6, R-REC-11, R-REC-12): each
act opens its dialog or makes one service call through ui/operations.call, then reads the day
again (`_done`). Mixed into the screen (screen.py), whose widgets and state it uses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.reception.vocabulary import AwayReason, Fault, Visitor
from records_desk.services.reception.dto import VisitRow
from records_desk.ui import notify, operations
from records_desk.ui.common.ask import ask
from records_desk.ui.common.table import ListTable, selected_item
from records_desk.ui.reception import counter
from records_desk.ui.reception.counter import goes_to_text
from records_desk.ui.reception.day_dialogs import (
    CorrectDialog,
    Correction,
    Enquiry,
    EnquiryDialog,
    OrderDialog,
    SignInDialog,
    SwitchDialog,
    TextDialog,
)
from records_desk.ui.reception.dialogs import WalkIn, WalkInDialog
from records_desk.wording.language import sub

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.services.reception.dto import AssignmentInfo
    from records_desk.services.reception.roster import Consultant
    from records_desk.settings import Settings
    from records_desk.ui.reception.dialogs import Choices

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)
T = TypeVar("T")


class CounterActs:
    """Mixed into ReceptionScreen, whose attributes these are."""

    _services: Services
    _principal: Principal
    _settings: Settings | None
    dialogs: dict[str, QWidget]
    last: AssignmentInfo | None
    day: date | None
    today: date | None
    walk_in_action: QAction
    sign_in_action: QAction
    enquiry_action: QAction
    order_action: QAction
    close_action: QAction
    correct_action: QAction
    table: ListTable

    if TYPE_CHECKING:  # the screen's own

        def refresh(self) -> None: ...
        def names(self) -> dict[str, str]: ...
        def roster(self) -> list[Consultant]: ...
        def signed_in(self) -> Choices: ...
        def _call(self, fn: Callable[[], T]) -> T | None: ...
        def _show_last(self) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _done(self) -> None:
        self.refresh()
        publish = getattr(self, "_publish", None)
        if publish is not None:
            publish()

    # -- the desk's acts --------------------------------------------------------------------
    def _open(self, key: str, dialog: QWidget) -> QWidget:
        old = self.dialogs.get(key)
        if old is not None:
            try:
                old.close()
            except RuntimeError:
                pass
        self.dialogs[key] = dialog
        dialog.show() if not hasattr(dialog, "open") else dialog.open()  # type: ignore[attr-defined]
        return dialog

    def open_walk_in(self) -> None:
        if not self.walk_in_action.isEnabled():
            return
        self.refresh()
        reception = self._services.reception

        def check(phone: str, id_number: str):  # type: ignore[no-untyped-def]
            return self._call(
                lambda: reception.registrations.check(self._principal, phone, id_number)
            )

        def preview(phone: str, id_number: str, designated: str) -> str:
            visitor = Visitor("", phone, id_number)
            up = self._call(
                lambda: reception.day.preview(self._principal, visitor, designated or None)
            )
            return goes_to_text(up, self.names()) if up is not None else ""

        self._open(
            "walk_in",
            WalkInDialog(self._settings, self._widget(), self.signed_in(), check, self.walk_in,
                         preview),
        )  # fmt: skip

    def print_sheet(self, phone_enquiries: bool = False) -> None:
        """The shown day's 客戶來訪登記表 (or 來電登記表) in the print preview."""
        from records_desk.ui.printing.preview_dialog import show_preview

        day, forms = self.day, self._services.reception.forms
        if day is None:
            return
        if phone_enquiries:
            printed = self._call(lambda: forms.printed_phone_sheet(self._principal, day))
        else:
            printed = self._call(lambda: forms.printed_visitor_sheet(self._principal, day))
        if printed is None:
            return
        self.dialogs["preview"] = show_preview(
            self._widget().window(), self._services.printing, self._principal, printed,
            self._settings,
        )  # fmt: skip

    def walk_in(self, w: WalkIn) -> bool:
        from records_desk.services.reception.day import VisitDetails

        day = self._services.reception.day
        details = VisitDetails(w.party_size, w.source, w.intention, w.notes)
        made = self._call(
            lambda: day.walk_in(
                self._principal,
                Visitor(w.name, w.phone, w.id_number),
                w.designated or None,
                details,
            )
        )
        if made is None:
            return False
        self.last = made
        self._done()
        return True

    def open_sign_in(self) -> None:
        if not self.sign_in_action.isEnabled():
            return
        self.refresh()
        working = {u for u, _ in self.signed_in()}
        free = [(c.username, c.label) for c in self.roster() if c.username not in working]
        self._open("sign_in", SignInDialog(self._settings, self._widget(), free, self.sign_in))

    def sign_in(self, usernames: list[str]) -> bool:
        day = self._services.reception.day
        for username in usernames:
            if not self._quiet(lambda u=username: day.sign_in(self._principal, u)):  # type: ignore[misc]
                self._done()
                return False
        self._done()
        return True

    def open_enquiry(self) -> None:
        if not self.enquiry_action.isEnabled():
            return
        consultants = [(c.username, c.label) for c in self.roster()]
        self._open(
            "enquiry", EnquiryDialog(self._settings, self._widget(), consultants, self.log_enquiry)
        )

    def log_enquiry(self, e: Enquiry) -> bool:
        sheet = self._services.reception.sheet
        done = self._call(
            lambda: sheet.log_enquiry(
                self._principal,
                Visitor(e.caller, e.phone),
                e.consultant,
                e.enquiry,
                e.heard_through,
                e.invited,
            )
        )
        if done is None:
            return False
        self._done()
        notify.info(
            self._widget(),
            translate(
                "ReceptionScreen", "The phone enquiry is logged on today's phone enquiry sheet."
            ),
        )
        return True

    def open_order(self) -> None:
        if not self.order_action.isEnabled():
            return
        self.refresh()
        self._open(
            "order",
            OrderDialog(self._settings, self._widget(), self.signed_in(), self.change_order),
        )

    def change_order(self, order: list[str]) -> bool:
        day = self._services.reception.day
        return self._act(lambda: day.change_order(self._principal, order))

    def close_day(self) -> None:
        if not self.close_action.isEnabled():
            return
        question = translate(
            "ReceptionScreen",
            "Close today's visitor sheet? After your review nothing on it can be changed or "
            "removed; a correction becomes a new row pointing to the old one.",
        )
        ask(self._widget(), question, self._close_now)

    def _close_now(self) -> None:
        sheet = self._services.reception.sheet
        closing = self._call(lambda: sheet.close(self._principal, self.day))
        if closing is None:
            return
        self._done()
        notify.info(
            self._widget(),
            sub(
                translate("ReceptionScreen", "The day is closed: %1 rows, hash %2."),
                closing.row_count,
                closing.digest,
            ),
        )

    # -- a chip's menu ----------------------------------------------------------------------
    def _quiet(self, fn: Callable[[], object]) -> bool:
        """Run one service call; False when it was refused (the user has been told)."""
        try:
            operations.call(self._widget(), fn)
        except operations.Failed:
            return False
        return True

    def _act(self, fn: Callable[[], object]) -> bool:
        done = self._quiet(fn)
        self._done()
        return done

    def on_chip(self, consultant: str, what: str) -> None:
        day = self._services.reception.day
        me = self._principal
        label = self.names().get(consultant) or consultant
        if what == counter.VISIT_END:
            self._act(lambda: day.visit_end(me, consultant))
        elif what == counter.AWAY_UNEXCUSED:
            self._act(lambda: day.away(me, consultant, AwayReason.UNEXCUSED))
        elif what == counter.BACK:
            self._act(lambda: day.back(me, consultant))
        elif what == counter.SIGN_OUT:
            self._act(lambda: day.sign_out(me, consultant))
        elif what == counter.AWAY_MANAGER:
            self._open(
                "away",
                TextDialog(
                    self._settings,
                    self._widget(),
                    translate("ReceptionScreen", "Called away by a manager"),
                    sub(
                        translate(
                            "ReceptionScreen",
                            "%1 is called away by a superior: they are owed a turn and receive "
                            "the next visitor when back. Who verified it (the project manager)?",
                        ),
                        label,
                    ),
                    translate("ReceptionScreen", "&Verified by:"),
                    lambda who: self._act(
                        lambda: day.away(me, consultant, AwayReason.MANAGER_ASSIGNMENT, who)
                    ),
                ),
            )
        elif what == counter.CANCEL_TURN:
            self._open(
                "cancel",
                TextDialog(
                    self._settings,
                    self._widget(),
                    translate("ReceptionScreen", "Cancel the next turn"),
                    sub(
                        translate(
                            "ReceptionScreen",
                            "%1 will be passed over once the next time it is their turn, and "
                            "owed nothing. Why (e.g. not prepared, not in uniform)?",
                        ),
                        label,
                    ),
                    translate("ReceptionScreen", "&Reason:"),
                    lambda reason: self._act(lambda: day.cancel_turn(me, consultant, reason)),
                ),
            )
        elif what == counter.SWITCH:
            self._open(
                "switch",
                SwitchDialog(self._settings, self._widget(), label,
                             lambda fault, insists: self.switch(consultant, fault, insists)),
            )  # fmt: skip

    def open_registrations(self) -> None:
        from records_desk.ui.reception.registrations_dialog import RegistrationsDialog

        consultants = [(c.username, c.label) for c in self.roster()]
        dialog = RegistrationsDialog(
            self._services, self._principal, self._settings, consultants, self._widget()
        )
        self._open("registrations", dialog)

    def open_disputes(self) -> None:
        from records_desk.ui.reception.disputes_dialog import DisputesDialog

        consultants = [(c.username, c.label) for c in self.roster()]
        today = self.today or date.today()
        dialog = DisputesDialog(
            self._services, self._principal, self._settings, consultants, today, self._widget()
        )
        self._open("disputes", dialog)

    def open_fairness(self) -> None:
        from records_desk.ui.reception.fairness_dialog import FairnessDialog

        today = self.today or date.today()
        dialog = FairnessDialog(self._services, self._principal, self._settings, today,
                                self._widget())  # fmt: skip
        self._open("fairness", dialog)

    def open_correct(self) -> None:
        row = selected_item(self.table)
        if not isinstance(row, VisitRow) or not self.correct_action.isEnabled():
            return
        day = self.day
        self._open(
            "correct",
            CorrectDialog(self._settings, self._widget(), row,
                          lambda c: self.correct(day, row.row_no, c)),
        )  # fmt: skip

    def correct(self, day: date | None, row_no: int, c: Correction) -> bool:
        sheet = self._services.reception.sheet
        if day is None:
            return False
        return self._act(
            lambda: sheet.correct_visit(
                self._principal, day, row_no, visitor=c.visitor, phone=c.phone,
                party_size=c.party_size, source=c.source, intention=c.intention, notes=c.notes,
            )
        )  # fmt: skip

    def switch(self, consultant: str, fault: Fault, insists: bool) -> bool:
        day = self._services.reception.day
        made = self._call(lambda: (day.switch(self._principal, consultant, fault, insists),))
        if made is None:
            return False
        self._done()
        if made[0] is None:
            notify.info(
                self._widget(),
                translate(
                    "ReceptionScreen",
                    "The switch is refused: the consultant is not seriously at fault and the "
                    "customer does not insist. The visitor stays with their consultant.",
                ),
            )
        else:
            self.last = made[0]
            self._show_last()
        return True
