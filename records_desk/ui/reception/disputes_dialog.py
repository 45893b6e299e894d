"""Commission disputes in the window (R-REC-7…10): the deals whose split the rules give to more
than the consultant who closed them, each with the rule, the clause and the sheet rows and
registrations the proposal used; record a deal with what was established about it; a manager
confirms the proposal or decides another split with a reason (final; a revision replaces it,
with a reason). Opened with show() (never exec()).

Decisions:
- Another split is edited as rows of consultant and percentage (split_editor.py), filled with
  the selected deal's split in force (the proposal until decided); "Decide this split" is
  enabled only for shares the service would take and with a reason, and the editor says in
  words what is missing. The service checks the split again."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.reception.vocabulary import Reason
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception.deal_rows import DealDraft
from records_desk.services.reception.disputes import DealInfo
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.common.table import Column, RowsModel, selected_item, table_view
from records_desk.ui.reception.deal_dialog import DealDialog
from records_desk.ui.reception.dialogs import Choices
from records_desk.ui.reception.split_editor import SplitEditor
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.language import sub
from records_desk.wording.reception.disputes import basis_text
from records_desk.wording.reception.terms import reason_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def shares_text(shares: tuple[tuple[str, int], ...], names: Mapping[str, str]) -> str:
    """The shares by the consultants' names (NAMES: user name -> name), as the editor shows
    them; an account not named is shown by its user name."""
    return translate("ReceptionTerms", ", ").join(f"{names.get(c) or c} {p} %" for c, p in shares)


def _columns(names: Mapping[str, str]) -> list[Column[DealInfo]]:
    def state(d: DealInfo) -> str:
        if d.decision is not None:
            return translate("ReceptionDisputes", "decided")
        if d.contested:
            return translate("ReceptionDisputes", "awaits a decision")
        return translate("ReceptionDisputes", "not disputed")

    return [
        Column(translate("ReceptionDisputes", "Deal"), lambda d: d.id, numeric=True),
        Column(translate("ReceptionDisputes", "Day"), lambda d: d.day),
        Column(translate("ReceptionDisputes", "Customer"), lambda d: d.customer),
        Column(
            translate("ReceptionDisputes", "Closed by"),
            lambda d: d.consultant_name or d.consultant,
        ),
        Column(translate("ReceptionDisputes", "Rule"), lambda d: f"{d.rule} {d.clause}"),
        Column(translate("ReceptionDisputes", "Split"), lambda d: shares_text(d.settled, names)),
        Column(translate("ReceptionDisputes", "State"), state, alert=lambda d: d.open),
    ]


def deal_text(d: DealInfo, names: Mapping[str, str]) -> str:
    """The deal in full: why the rules split it so, and the rows they used."""
    lines = [
        sub(translate("ReceptionDisputes", "Deal %1 of %2, closed by %3 on %4."), d.id,
            d.customer, d.consultant_name or d.consultant, d.day.isoformat()),
        sub(translate("ReceptionDisputes", "Rule %1 (%2): %3"), d.rule, d.clause,
            basis_text(d.basis)),
        sub(translate("ReceptionDisputes", "Proposed split: %1"), shares_text(d.shares, names)),
    ]  # fmt: skip
    for v in d.visits:
        try:
            why = reason_name(Reason(v["reason"]))
        except ValueError:
            why = str(v.get("reason", ""))
        lines.append(
            sub(translate("ReceptionDisputes", "Row used: %1, %2 %3 → %4 (%5)"),
                v["row"], v["t"], v["visitor"], names.get(v["consultant"]) or v["consultant"], why)
        )  # fmt: skip
    for r in d.registrations:
        lines.append(
            sub(translate("ReceptionDisputes", "Registration used: %1 → %2, valid through %3"),
                r["visitor"], names.get(r["consultant"]) or r["consultant"], r["valid_through"])
        )  # fmt: skip
    for x in d.decisions:
        text = translate("ReceptionDisputes", "Decision %1 by %2: %3 — %4")
        lines.append(
            sub(text, x.id, x.decided_by_name or x.decided_by, shares_text(x.shares, names),
                x.reason or translate("ReceptionDisputes", "as proposed"))
        )  # fmt: skip
    return "\n".join(lines)


class DisputesDialog(RememberingDialog):
    geometry_key = "receptionDisputes"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        consultants: Choices,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("disputesDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 560)
        self._services, self._principal = services, principal
        self._consultants, self._today = consultants, today
        self._names = dict(consultants)  # user name -> name, for the splits shown
        self.may_decide = is_allowed(principal.role, Action.RECEPTION_DECIDE)
        self.may_record = is_allowed(principal.role, Action.RECEPTION_DEAL)
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(lambda _b: self.refresh())
        self.model: RowsModel[DealInfo] = RowsModel(_columns(self._names), self)
        self.table = table_view(self.model, "receptionDisputes", self, settings)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("dealDetail")
        self.detail.setReadOnly(True)
        self.split_label = QLabel()
        self.split = SplitEditor(consultants)
        self.split.changed.connect(self._editor_changed)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setMaxLength(500)
        self.reason.textChanged.connect(lambda _t: self._decidable())
        self.reason_label.setBuddy(self.reason)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.open_record)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmProposal")
        self.confirm_button.clicked.connect(lambda: self.decide(confirm=True))
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideOther")
        self.decide_button.clicked.connect(lambda: self.decide(confirm=False))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        actions = (self.record_button, self.confirm_button, self.decide_button, self.close_button)
        for button in actions:
            button.setAutoDefault(False)  # see keyPressEvent
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        decision = QGridLayout()
        top = Qt.AlignmentFlag.AlignTop
        decision.addWidget(self.split_label, 0, 0, top)
        decision.addWidget(self.split, 0, 1, 2, 1, top)
        decision.addWidget(self.reason_label, 0, 2)
        decision.addWidget(self.reason, 0, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.decide_button)
        decision.addLayout(buttons, 1, 3, top)
        decision.setColumnStretch(1, 3)
        decision.setColumnStretch(3, 2)
        decision.setRowStretch(2, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.show_all)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(decision)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDisputes", "Commission disputes"))
        self.show_all.setText(translate("ReceptionDisputes", "Show &decided and undisputed deals"))
        self.split_label.setText(translate("ReceptionDisputes", "&Split to decide:"))
        self.reason_label.setText(translate("ReceptionDisputes", "Reaso&n:"))
        self.split.retranslate_ui()
        self.reason.setPlaceholderText(
            translate("ReceptionDisputes", "the reason (needed for another split)")
        )
        self.record_button.setText(translate("ReceptionDisputes", "&Record a deal…"))
        self.confirm_button.setText(translate("ReceptionDisputes", "&Confirm the proposal"))
        self.decide_button.setText(translate("ReceptionDisputes", "Decide &this split"))
        self.close_button.setText(translate("ReceptionDisputes", "Close"))
        self.model.columns = _columns(self._names)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.columns) - 1)
        self.table.placeholder = translate(
            "ReceptionDisputes",
            "No deal awaits a decision. Record a deal when one is closed: the program says "
            "whose commission it is under the rules.",
        )
        self._decidable()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter presses the button that has the focus, and nothing else: a decision is
        final, so Enter in a field (a percentage, the reason) never confirms or decides."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = QApplication.focusWidget()
            if isinstance(button, QPushButton) and button.isEnabled():
                button.click()
            return
        super().keyPressEvent(event)

    def refresh(self, select: int | None = None) -> None:
        disputes = self._services.reception.disputes
        try:
            deals = operations.call(
                self, lambda: disputes.disputes(self._principal, self.show_all.isChecked())
            )
        except operations.Failed:
            return
        for d in deals:  # who closed a deal, though no longer on the roster
            self._names.setdefault(d.consultant, d.consultant_name)
        self.model.set_rows(deals)
        row = next((i for i, d in enumerate(deals) if d.id == select), 0 if deals else None)
        if row is not None:
            self.table.selectRow(row)
        self._selected()

    def chosen(self) -> DealInfo | None:
        deal = selected_item(self.table)
        return deal if isinstance(deal, DealInfo) else None

    def _selected(self) -> None:
        deal = self.chosen()
        self.detail.setPlainText(deal_text(deal, self._names) if deal is not None else "")
        open_ = deal is not None and deal.decision is None
        for w in (self.confirm_button, self.split, self.reason):
            w.setEnabled(self.may_decide and open_)
        self.record_button.setEnabled(self.may_record)
        if deal is None:
            self.split.set_shares(())
        else:
            self.split.set_shares(deal.settled, self._names)

    def _editor_changed(self) -> None:
        self.split_label.setBuddy(self.split.first_field())
        chain = [self.table, self.detail, *self.split.focus_chain(), self.reason,
                 self.confirm_button, self.decide_button, self.record_button, self.show_all,
                 self.close_button]  # fmt: skip
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._decidable()

    def _decidable(self) -> None:
        """Decide is offered for a split the service would take, with its reason."""
        problem = self.split.problem()
        if problem is None and not self.reason.text().strip():
            problem = translate("ReceptionDisputes", "Write the reason for this split.")
        self.decide_button.setEnabled(self.split.isEnabled() and problem is None)
        self.decide_button.setToolTip(problem or "")

    def open_record(self) -> None:
        dialog = DealDialog(self._settings, self, self._consultants, self._today, self.record)
        self._child: QWidget = dialog
        dialog.open()

    def record(self, draft: DealDraft) -> bool:
        disputes = self._services.reception.disputes
        try:
            deal = operations.call(self, lambda: disputes.record(self._principal, draft))
        except operations.Failed:
            return False
        if not deal.contested:
            self.show_all.setChecked(True)
        self.refresh(select=deal.id)
        return True

    def decide(self, confirm: bool) -> None:
        deal = self.chosen()
        if deal is None:
            return
        disputes = self._services.reception.disputes
        reason = self.reason.text()
        shares = None if confirm else self.split.shares()
        try:
            operations.call(self, lambda: disputes.decide(self._principal, deal.id, shares, reason))
        except operations.Failed:
            return
        self.reason.clear()
        self.refresh(select=deal.id)
