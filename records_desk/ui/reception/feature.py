"""The reception rotation as the main window shows it (records_desk/features.py): the 接待輪序
tab (the counter), and the Reception menu — a walk-in (F2), a phone enquiry (F3), consultants
signing in (F4), the supervisor's new order, the clerk's review that closes the day. The items
carry the permission the services check again on every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.changes import Changes
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi

if TYPE_CHECKING:
    from records_desk.ui.reception.screen import ReceptionScreen

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

RECEPTION = "reception"  # the change bus's topic: the day's events, sheet and closing


def _tab(host: FeatureHost) -> QWidget:
    from records_desk.ui.reception.tab import ReceptionTab

    tab = ReceptionTab(
        host.services,
        host.principal,
        host.settings,
        publish=lambda: host.changes.publish(Changes.of(RECEPTION)),
    )
    host.changes.changed.connect(
        lambda changes: tab.refresh() if changes.touches(RECEPTION) else None
    )
    return tab


class ReceptionMenu:
    """The menu's slots: each shows the counter (built on demand) and asks it."""

    def __init__(self, window: FeatureHost) -> None:
        self.window = window

    def screen(self) -> ReceptionScreen:
        from records_desk.ui.reception.tab import ReceptionTab

        tab = self.window.feature_tab("reception")
        assert isinstance(tab, ReceptionTab)
        parent = tab.parentWidget()
        while parent is not None and not hasattr(parent, "setCurrentWidget"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(tab)  # type: ignore[attr-defined]
        return tab.build()

    def walk_in(self) -> None:
        self.screen().open_walk_in()

    def enquiry(self) -> None:
        self.screen().open_enquiry()

    def sign_in(self) -> None:
        self.screen().open_sign_in()

    def order(self) -> None:
        self.screen().open_order()

    def close_day(self) -> None:
        self.screen().close_day()

    def registrations(self) -> None:
        self.screen().open_registrations()

    def disputes(self) -> None:
        self.screen().open_disputes()

    def fairness(self) -> None:
        self.screen().open_fairness()

    def print_sheet(self) -> None:
        self.screen().print_sheet()

    def print_enquiries(self) -> None:
        self.screen().print_sheet(phone_enquiries=True)


ACTIONS = (
    FeatureAction(
        "reception_walk_in",
        lambda: translate("Actions", "&Walk-in visitor…"),
        lambda: translate("Actions", "Assign a walk-in visitor by the rotation"),
        ReceptionMenu.walk_in,
        "F2",
        permission=Action.RECEPTION_DESK,
    ),
    FeatureAction(
        "reception_enquiry",
        lambda: translate("Actions", "&Phone enquiry…"),
        lambda: translate("Actions", "Log a phone enquiry on today's phone enquiry sheet"),
        ReceptionMenu.enquiry,
        "F3",
        permission=Action.RECEPTION_ENQUIRY,
    ),
    FeatureAction(
        "reception_sign_in",
        lambda: translate("Actions", "&Sign consultants in…"),
        lambda: translate("Actions", "The consultants arriving join the day's order"),
        ReceptionMenu.sign_in,
        "F4",
        permission=Action.RECEPTION_DESK,
    ),
    FeatureAction(
        "reception_order",
        lambda: translate("Actions", "Change the day's &order…"),
        lambda: translate("Actions", "A supervisor sets the order of the signed-in consultants"),
        ReceptionMenu.order,
        permission=Action.RECEPTION_SUPERVISE,
    ),
    FeatureAction(
        "reception_registrations",
        lambda: translate("Actions", "Re&gistrations and follow-ups…"),
        lambda: translate(
            "Actions", "Visitors registered to consultants; a follow-up keeps them valid a month"
        ),
        ReceptionMenu.registrations,
        "Ctrl+Shift+G",
        permission=Action.RECEPTION_VIEW,
    ),
    FeatureAction(
        "reception_disputes",
        lambda: translate("Actions", "Commission &disputes…"),
        lambda: translate(
            "Actions", "Deals whose commission the rules split; a manager confirms or decides"
        ),
        ReceptionMenu.disputes,
        permission=Action.RECEPTION_VIEW,
    ),
    FeatureAction(
        "reception_fairness",
        lambda: translate("Actions", "&Fairness report…"),
        lambda: translate("Actions", "Turns, owed turns and receptions per consultant"),
        ReceptionMenu.fairness,
        permission=Action.RECEPTION_VIEW,
    ),
    FeatureAction(
        "reception_print_sheet",
        lambda: translate("Actions", "Print the &visitor sheet…"),
        lambda: translate(
            "Actions", "The shown day's visitor sheet; once reviewed, with its row count and hash"
        ),
        ReceptionMenu.print_sheet,
        permission=Action.RECEPTION_VIEW,
    ),
    FeatureAction(
        "reception_print_enquiries",
        lambda: translate("Actions", "Print the p&hone enquiry sheet…"),
        lambda: translate("Actions", "The shown day's phone enquiries"),
        ReceptionMenu.print_enquiries,
        permission=Action.RECEPTION_VIEW,
    ),
    FeatureAction(
        "reception_close",
        lambda: translate("Actions", "&Review and close the day…"),
        lambda: translate("Actions", "After the review the day's visitor sheet cannot change"),
        ReceptionMenu.close_day,
        permission=Action.RECEPTION_REVIEW,
    ),
)

FEATURE_UI = FeatureUi(
    "reception",
    topic=RECEPTION,
    tab=_tab,
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Reception"),
    menu=(
        "reception_walk_in",
        "reception_enquiry",
        None,
        "reception_sign_in",
        "reception_order",
        None,
        "reception_registrations",
        "reception_disputes",
        "reception_fairness",
        None,
        "reception_print_sheet",
        "reception_print_enquiries",
        None,
        "reception_close",
    ),
    actions=ACTIONS,
    controller=ReceptionMenu,
)
