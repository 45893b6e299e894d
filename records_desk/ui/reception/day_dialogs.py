"""The reception counter's smaller dialogs: the consultants signing in, a phone enquiry, the
supervisor's new order, and the short questions a chip's menu asks (who approved an absence,
why a turn is cancelled, how serious a fault is). Each hands its values to `submit` (see
dialogs.py FormDialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from records_desk.domain.reception.vocabulary import Fault
from records_desk.services.reception.dto import Level, Source, VisitRow
from records_desk.settings import Settings
from records_desk.ui.reception.dialogs import Choices, FormDialog, combo, fill_levels, fill_sources
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


class SignInDialog(FormDialog):
    """The consultants arriving, ticked in the order they signed in (R-REC-1)."""

    geometry_key = "receptionSignIn"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        not_signed_in: Choices,
        submit: Callable[[list[str]], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("signInDialog")
        self._submit = submit
        self.list = QListWidget()
        self.list.setObjectName("consultantsToSignIn")
        for username, label in not_signed_in:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._ticked)
        self.ticked: list[str] = []
        self.form.addRow(self.list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Sign consultants in"))
        if self.list.count():
            text = translate(
                "ReceptionDialogs",
                "Tick the consultants in the order they arrived: they join the end of the "
                "day's order in that order.",
            )
        else:
            text = translate(
                "ReceptionDialogs",
                "Every consultant is signed in already (consultants are the accounts with the "
                "consultant role).",
            )
        self.note.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReceptionDialogs", "&Sign them in"))

    def _ticked(self, item: QListWidgetItem) -> None:
        username = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and username not in self.ticked:
            self.ticked.append(username)
        elif item.checkState() != Qt.CheckState.Checked and username in self.ticked:
            self.ticked.remove(username)

    def submit(self) -> bool:
        return self._submit(list(self.ticked))


class OrderDialog(FormDialog):
    """A supervisor's new order of the signed-in consultants (R-REC-1): drag, or Alt+Up/Down."""

    geometry_key = "receptionOrder"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        order: Choices,
        submit: Callable[[list[str]], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("orderDialog")
        self._submit = submit
        self.list = QListWidget()
        self.list.setObjectName("newOrder")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for username, label in order:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, username)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.form.addRow(self.list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Change the day's order"))
        self.note.setText(
            translate(
                "ReceptionDialogs",
                "Drag the consultants into the new order (or move the selected one with "
                "Alt+Up and Alt+Down). The first one receives the next walk-in.",
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if alt and step is not None:
            self.move_current(step)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def submit(self) -> bool:
        return self._submit(self.order())


class TextDialog(FormDialog):
    """One line asked of the user: who approved an absence, why a turn is cancelled."""

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        title: str,
        question: str,
        label: str,
        submit: Callable[[str], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("receptionTextDialog")
        self._submit = submit
        self.setWindowTitle(title)
        self.note.setText(question)
        self.text = QLineEdit()
        self.text.setObjectName("answer")
        self.text.setMaxLength(200)
        self.form.addRow(label, self.text)
        self.text.setFocus()

    def submit(self) -> bool:
        return self._submit(self.text.text().strip())


class SwitchDialog(FormDialog):
    """R-REC-6: a visitor asks for another consultant mid-visit."""

    geometry_key = "receptionSwitch"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        consultant: str,
        submit: Callable[[Fault, bool], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("switchDialog")
        self._submit = submit
        self._consultant = consultant
        self.fault = QComboBox()
        self.fault.setObjectName("fault")
        self.insists = QCheckBox()
        self.insists.setObjectName("customerInsists")
        self.fault_label = self.add_row(self.fault)
        self.form.addRow("", self.insists)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Switch consultant"))
        self.note.setText(
            sub(
                translate(
                    "ReceptionDialogs",
                    "The visitor with %1 asks for another consultant. The switch is granted "
                    "only after a serious fault or when the customer insists; then the "
                    "rotation gives them a new consultant and %1 loses the customer.",
                ),
                self._consultant,
            )
        )
        current = self.fault.currentIndex()
        self.fault.clear()
        self.fault.addItem(translate("ReceptionDialogs", "no fault"), Fault.NONE.value)
        self.fault.addItem(translate("ReceptionDialogs", "a minor fault"), Fault.MINOR.value)
        self.fault.addItem(translate("ReceptionDialogs", "a serious fault"), Fault.SERIOUS.value)
        self.fault.setCurrentIndex(max(current, 0))
        self.fault_label.setText(translate("ReceptionDialogs", "The consultant's &fault:"))
        self.insists.setText(translate("ReceptionDialogs", "The customer &insists"))

    def submit(self) -> bool:
        return self._submit(Fault(self.fault.currentData()), self.insists.isChecked())


@dataclass(frozen=True)
class Enquiry:
    caller: str
    phone: str
    consultant: str
    enquiry: str
    heard_through: str
    invited: bool


class EnquiryDialog(FormDialog):
    """R-REC-12: a phone enquiry, logged on the day's 來電登記表; it decides nothing."""

    geometry_key = "receptionEnquiry"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        consultants: Choices,
        submit: Callable[[Enquiry], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("enquiryDialog")
        self._submit = submit
        self.caller = QLineEdit()
        self.caller.setObjectName("caller")
        self.phone = QLineEdit()
        self.consultant = combo(consultants)
        self.consultant.setObjectName("answeredBy")
        self.enquiry = QPlainTextEdit()
        self.enquiry.setTabChangesFocus(True)
        self.enquiry.setMaximumHeight(80)
        self.heard = QLineEdit()
        self.invited = QCheckBox()
        self.labels = [
            self.add_row(w)
            for w in (self.caller, self.phone, self.consultant, self.enquiry, self.heard)
        ]
        self.form.addRow("", self.invited)
        self.retranslate_ui()
        self.caller.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Phone enquiry"))
        self.note.setText(
            translate(
                "ReceptionDialogs",
                "Phone enquiries are logged on the day's phone enquiry sheet; they never "
                "decide whose customer a visitor is.",
            )
        )
        texts = (
            translate("ReceptionDialogs", "&Caller:"),
            translate("ReceptionDialogs", "&Phone:"),
            translate("ReceptionDialogs", "&Answered by:"),
            translate("ReceptionDialogs", "&Enquiry:"),
            translate("ReceptionDialogs", "&Heard of us through:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.invited.setText(translate("ReceptionDialogs", "&Invited to visit"))

    def submit(self) -> bool:
        return self._submit(
            Enquiry(
                self.caller.text().strip(),
                self.phone.text().strip(),
                self.consultant.currentData() or "",
                self.enquiry.toPlainText().strip(),
                self.heard.text().strip(),
                self.invited.isChecked(),
            )
        )


@dataclass(frozen=True)
class Correction:
    visitor: str
    phone: str
    party_size: int
    source: Source
    intention: Level | None
    notes: str


class CorrectDialog(FormDialog):
    """R-REC-11: a row's details corrected as a new row pointing to it; the old row stays, and
    who received the visitor and why (the rotation's) is not corrected here."""

    geometry_key = "receptionCorrect"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        row: VisitRow,
        submit: Callable[[Correction], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("correctDialog")
        self._submit = submit
        self._row = row
        self.visitor = QLineEdit(row.visitor)
        self.visitor.setObjectName("correctVisitor")
        self.phone = QLineEdit(row.phone)
        self.party = QSpinBox()
        self.party.setRange(1, 99)
        self.party.setValue(row.party_size)
        self.source = QComboBox()
        self.intention = QComboBox()
        self.notes = QLineEdit(row.notes)
        self.notes.setObjectName("correctNotes")
        self.notes.setMaxLength(200)
        fields = (self.visitor, self.phone, self.party, self.source, self.intention, self.notes)
        self.labels = [self.add_row(w) for w in fields]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Correct a row"))
        self.note.setText(
            sub(
                translate(
                    "ReceptionDialogs",
                    "Row %1 stays as it is; the correction is written as a new row that points "
                    "to it. Who received the visitor and why cannot be corrected: that was the "
                    "rotation's.",
                ),
                self._row.row_no,
            )
        )
        texts = (
            translate("ReceptionDialogs", "&Name:"),
            translate("ReceptionDialogs", "&Phone:"),
            translate("ReceptionDialogs", "Party si&ze:"),
            translate("ReceptionDialogs", "&Came by:"),
            translate("ReceptionDialogs", "In&tention:"),
            translate("ReceptionDialogs", "N&otes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        fill_sources(self.source, self.source.currentData() or self._row.source)
        fill_levels(self.intention, self.intention.currentData() or self._row.intention or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReceptionDialogs", "&Write the correction"))

    def submit(self) -> bool:
        level = self.intention.currentData()
        return self._submit(
            Correction(
                self.visitor.text().strip(),
                self.phone.text().strip(),
                self.party.value(),
                Source(self.source.currentData()),
                Level(level) if level else None,
                self.notes.text().strip(),
            )
        )
