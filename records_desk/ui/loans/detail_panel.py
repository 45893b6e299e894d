"""The selected loan in full, beside the register's table: the loan (number, state, kind,
borrower, purpose, who registered it and when — as the deputy archivist, if so), its approval
(R-LOAN-3), and each of its files: where it is, how it came back, the fine or the waiver
(R-LOAN-7) and whether it is back in its place (R-LOAN-5); the copies consented to
(R-LOAN-6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.loans.vocabulary import Condition
from records_desk.ui.common.table import shown
from records_desk.wording.language import sub
from records_desk.wording.loans.terms import condition_name, item_status_name, kind_name

if TYPE_CHECKING:
    from records_desk.services.loans.dto import LoanInfo, LoanItemInfo

BANNER = "padding: 6px; border-radius: 3px; font-weight: bold;"
OVERDUE_BANNER = BANNER + "background: #b71c1c; color: white;"
AWAITING_BANNER = BANNER + "background: #fff3c4; color: #5d4300;"


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a borrower's "<b>" is shown, not obeyed
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LoanDetailPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loanDetail")
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.info: LoanInfo | None = None
        self._show()

    def show_loan(self, info: LoanInfo | None) -> None:
        self.info = info
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        info = self.info
        if info is None:
            empty = _value(self.tr("Select a loan in the list to see it in full here."))
            empty.setObjectName("loanDetailEmpty")
            layout.addWidget(empty)
            layout.addStretch(1)
            self.setWidget(body)
            return
        banner = self._banner(info)
        if banner is not None:
            layout.addWidget(banner)
        layout.addWidget(self._loan_box(info))
        layout.addWidget(self._approval_box(info))
        layout.addWidget(self._items_box(info))
        if info.copies:
            layout.addWidget(self._copies_box(info))
        layout.addStretch(1)
        self.setWidget(body)

    def _banner(self, info: LoanInfo) -> QLabel | None:
        overdue = [i.archive_number for i in info.items if i.status.value == "overdue"]
        if overdue:
            text = self.tr("⚠ Overdue since %1: %2").replace("%1", shown(info.due_at))
            label = _value(text.replace("%2", "、".join(overdue)))
            label.setStyleSheet(OVERDUE_BANNER)
        elif info.status.value == "awaiting_approval":
            label = _value(
                self.tr(
                    "◔ Awaiting approval: the files stay in the archive until the general "
                    "manager or the customer director approves this loan."
                )
            )
            label.setStyleSheet(AWAITING_BANNER)
        else:
            return None
        label.setObjectName("loanBanner")
        return label

    def _loan_box(self, info: LoanInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Loan %1").replace("%1", info.number))
        form = QFormLayout(box)
        states = {
            "awaiting_approval": self.tr("awaiting approval"),
            "refused": self.tr("refused"),
            "open": self.tr("open"),
            "closed": self.tr("closed: every file is back"),
        }
        form.addRow(self.tr("Status:"), _value(states[info.status.value]))
        form.addRow(self.tr("Borrower:"), _value(info.borrower))
        who = self.tr("from outside the company") if info.external else self.tr("staff")
        form.addRow(self.tr("Borrower is:"), _value(who))
        form.addRow(self.tr("Kind:"), _value(kind_name(info.kind)))
        form.addRow(self.tr("Purpose:"), _value(info.purpose))
        registered = (
            f"{shown(info.registered_at)} · {info.registered_by_name or info.registered_by}"
        )
        if info.as_deputy:
            registered += " " + self.tr("(as deputy archivist)")
        form.addRow(self.tr("Registered:"), _value(registered))
        form.addRow(self.tr("Out since:"), _value(shown(info.out_at) or "—"))
        form.addRow(self.tr("Due:"), _value(shown(info.due_at) or "—"))
        return box

    def _approval_box(self, info: LoanInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Approval"))
        form = QFormLayout(box)
        if not info.external:
            form.addRow(_value(self.tr("A loan to staff needs no approval.")))
        elif info.decided_by is None:
            form.addRow(_value(self.tr("Not decided yet.")))
        else:
            word = (
                self.tr("Refused by:")
                if info.status.value == "refused"
                else self.tr("Approved by:")
            )
            form.addRow(
                word,
                _value(f"{info.decided_by_name or info.decided_by} · {shown(info.decided_at)}"),
            )
            if info.decision_note:
                form.addRow(self.tr("Note:"), _value(info.decision_note))
        return box

    def _items_box(self, info: LoanInfo) -> QGroupBox:
        box = QGroupBox(self.tr("Files (%1)").replace("%1", str(len(info.items))))
        layout = QVBoxLayout(box)
        for item in info.items:
            label = _value(self._item_text(item))
            label.setTextFormat(Qt.TextFormat.RichText)  # its parts escaped (_item_text)
            label.setObjectName(f"loanItem_{item.archive_number}")
            layout.addWidget(label)
        return box

    def _copies_box(self, info: LoanInfo) -> QGroupBox:
        """R-LOAN-6: the copies consented to, each with its files, pages and who consented."""
        box = QGroupBox(self.tr("Copies (%1)").replace("%1", str(len(info.copies))))
        box.setObjectName("loanCopies")
        layout = QVBoxLayout(box)
        for copy in info.copies:
            label = _value(
                sub(
                    self.tr("%1: %2\nconsented by %3 · %4"),
                    "、".join(copy.archive_numbers),
                    copy.scope,
                    copy.consented_by_name or copy.consented_by,
                    shown(copy.consented_at),
                )
            )
            label.setObjectName("loanCopy")
            layout.addWidget(label)
        return box

    def _item_text(self, item: LoanItemInfo) -> str:
        lines = [
            f"<b>{_escape(item.archive_number)}</b> — {_escape(item_status_name(item.status))}",
            self.tr("Shelf: %1").replace("%1", item.shelf_location or "—"),
        ]
        if item.returned_at is not None:
            returned = self.tr("Back %1, %2").replace("%1", shown(item.returned_at))
            lines.append(returned.replace("%2", condition_name(item.condition or Condition.OK)))
        if item.fine is not None:
            fine = self.tr("Fine %1 yuan: %2").replace("%1", str(item.fine))
            lines.append(fine.replace("%2", item.fine_reason or ""))
        elif item.waive_reason:
            lines.append(self.tr("Fine waived: %1").replace("%1", item.waive_reason))
        if item.reshelved_at is not None:
            shelved = self.tr("Back in place %1 (%2)").replace("%1", shown(item.reshelved_at))
            lines.append(shelved.replace("%2", item.reshelved_by or ""))
        elif item.returned_at is not None:
            lines.append(self.tr("Not yet confirmed back in its place"))
        return "<br>".join(line if i == 0 else _escape(line) for i, line in enumerate(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
