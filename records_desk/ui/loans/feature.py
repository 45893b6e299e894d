"""The loan register as the main window shows it (records_desk/features.py): the 借閱登記 tab,
the Loans menu — lend (Ctrl+L), take back (Ctrl+R), approve or refuse an outside borrower's
loan, the returns not yet back in place, the deputy archivist — and the overdue count in the
status bar. Lending and taking back carry no role permission here: the archivist's deputy may
do them on the days named whatever the account's role (R-ACC-5), so the screen asks the
services, which check every call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.changes import LOANS, Changes
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi
from records_desk.ui.loans.menu import LoansMenu as Menu

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def _tab(host: FeatureHost) -> QWidget:
    from records_desk.ui.loans.tab import LoansTab

    tab = LoansTab(
        host.services,
        host.principal,
        host.settings,
        publish=lambda: host.changes.publish(Changes.of(LOANS)),
    )
    host.changes.changed.connect(lambda changes: tab.refresh() if changes.touches(LOANS) else None)
    return tab


def _status(host: FeatureHost) -> QWidget:
    from records_desk.ui.loans.status import OverdueStatus

    status = OverdueStatus(host.services, host.principal)
    status.clicked.connect(
        lambda: Menu(host).show_awaiting() if status.wants_awaiting() else Menu(host).show_overdue()
    )
    host.changes.changed.connect(
        lambda changes: status.refresh() if changes.touches(LOANS) else None
    )
    return status


ACTIONS = (
    FeatureAction(
        "loan_lend",
        lambda: translate("Actions", "&Lend files…"),
        lambda: translate(
            "Actions", "Scan the folder labels, pick the borrower and print the loan slip"
        ),
        Menu.open_lend,
        "Ctrl+L",
    ),
    FeatureAction(
        "loan_return",
        lambda: translate("Actions", "&Take files back…"),
        lambda: translate(
            "Actions", "Scan the files coming back, note their condition, and re-shelve them"
        ),
        Menu.open_return,
        "Ctrl+R",
    ),
    FeatureAction(
        "loan_decide",
        lambda: translate("Actions", "&Approve or refuse a loan…"),
        lambda: translate("Actions", "Loans to people from outside the company wait for you"),
        Menu.open_decide,
        permission=Action.LOAN_APPROVE,
    ),
    FeatureAction(
        "loan_unshelved",
        lambda: translate("Actions", "Returns &not yet back in place…"),
        lambda: translate("Actions", "Files taken back whose re-shelving is not confirmed"),
        Menu.open_unshelved,
    ),
    FeatureAction(
        "loan_overdue",
        lambda: translate("Actions", "Show &overdue files"),
        lambda: translate("Actions", "The files out past their due time, in the loan register"),
        Menu.show_overdue,
        permission=Action.LOAN_VIEW,
    ),
    FeatureAction(
        "loan_print_register",
        lambda: translate("Actions", "Print the loan &register…"),
        lambda: translate(
            "Actions", "The loan register form of the loans registered between two days"
        ),
        Menu.print_register,
        permission=Action.LOAN_VIEW,
    ),
    FeatureAction(
        "loan_print_handover",
        lambda: translate("Actions", "Print the &handover record…"),
        lambda: translate("Actions", "The list of every file out, for the archivist taking over"),
        Menu.print_handover,
        permission=Action.LOAN_VIEW,
    ),
    FeatureAction(
        "loan_deputy",
        lambda: translate("Actions", "&Deputy archivist…"),
        lambda: translate(
            "Actions", "Name who acts for the archivist while she is away, and for which days"
        ),
        Menu.open_deputy,
        permission=Action.LOAN_DEPUTY,
    ),
)

FEATURE_UI = FeatureUi(
    "loans",
    topic=LOANS,
    tab=_tab,
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Loans"),
    menu=(
        "loan_lend",
        "loan_return",
        "loan_unshelved",
        None,
        "loan_overdue",
        "loan_decide",
        None,
        "loan_print_register",
        "loan_print_handover",
        None,
        "loan_deputy",
    ),
    actions=ACTIONS,
    controller=Menu,
    status=_status,
)
