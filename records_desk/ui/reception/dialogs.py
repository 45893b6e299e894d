"""The reception counter's dialogs: a walk-in (F2) with the live returning-visitor check, the
consultants signing in, a phone enquiry, the new order, and the short questions a chip's menu
asks (who approved an absence, why a turn is cancelled, how serious a fault is).

Each is opened with open()/show() (never exec(): a headless test would hang) and hands its
values to `submit`, a screen method that makes the service call; the dialog closes only when
`submit` says the call went through, so a refusal leaves what was typed in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.reception.vocabulary import Fault
from records_desk.services.reception.dto import Level, Source, VisitorCheck, VisitorStatus
from records_desk.settings import Settings
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.language import sub

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

Choices = list[tuple[str, str]]  # (user name, label)


class FormDialog(RememberingDialog):
    """A form over an OK/Cancel row; OK calls `self.submit()`, which returns True when done."""

    def __init__(self, settings: Settings | None, parent: QWidget | None) -> None:
        super().__init__(settings, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)  # the returning-visitor line and notes read whole
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("dialogNote")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, widget: QWidget) -> QLabel:
        """A row whose label (worded in `retranslate_ui`) is the widget's buddy (its &-key)."""
        label = QLabel()
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def _ok(self) -> None:
        if self.submit():
            self.accept()

    def submit(self) -> bool:
        raise NotImplementedError


def _combo(choices: Choices, empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for username, label in choices:
        combo.addItem(label, username)
    return combo


@dataclass(frozen=True)
class WalkIn:
    name: str
    phone: str
    id_number: str
    party_size: int
    source: Source
    designated: str
    intention: Level | None
    notes: str


class WalkInDialog(FormDialog):
    """F2: the visitor as the receptionist notes them. As the phone or ID number is typed the
    dialog says whether they are a returning customer, a household member or new (R-REC-4, -9),
    so she can tell the visitor who will receive them before pressing Assign."""

    geometry_key = "receptionWalkIn"

    def __init__(
        self,
        settings: Settings | None,
        parent: QWidget | None,
        signed_in: Choices,
        check: Callable[[str, str], VisitorCheck | None],
        submit: Callable[[WalkIn], bool],
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("walkInDialog")
        self._check, self._submit = check, submit
        self.name = QLineEdit()
        self.name.setObjectName("visitorName")
        self.phone = QLineEdit()
        self.phone.setObjectName("visitorPhone")
        self.id_number = QLineEdit()
        self.id_number.setObjectName("visitorId")
        self.found = QLabel()
        self.found.setObjectName("visitorCheck")
        self.found.setWordWrap(True)
        self.party = QSpinBox()
        self.party.setRange(1, 99)
        self.source = QComboBox()
        self.designated = _combo(signed_in, translate("ReceptionDialogs", "nobody (rotation)"))
        self.designated.setObjectName("designated")
        self.intention = QComboBox()
        self.notes = QLineEdit()
        self.notes.setMaxLength(200)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check_now)
        self.phone.textEdited.connect(lambda _t: self._timer.start())
        self.id_number.textEdited.connect(lambda _t: self._timer.start())
        self.labels = [
            self.add_row(w)
            for w in (self.name, self.phone, self.id_number, self.found, self.party,
                      self.source, self.designated, self.intention, self.notes)
        ]  # fmt: skip
        self.retranslate_ui()
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ReceptionDialogs", "Walk-in visitor"))
        self.note.setText(
            translate(
                "ReceptionDialogs",
                "Type the phone number (or ID number): a returning customer goes to their "
                "consultant. Name a consultant only if the visitor asks for one before being "
                "served.",
            )
        )
        texts = (
            translate("ReceptionDialogs", "&Name:"),
            translate("ReceptionDialogs", "&Phone:"),
            translate("ReceptionDialogs", "&ID number:"),
            "",
            translate("ReceptionDialogs", "Party si&ze:"),
            translate("ReceptionDialogs", "&Came by:"),
            translate("ReceptionDialogs", "Asks &for:"),
            translate("ReceptionDialogs", "In&tention:"),
            translate("ReceptionDialogs", "N&otes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        current = self.source.currentIndex()
        self.source.clear()
        self.source.addItem(translate("ReceptionDialogs", "walk-in"), Source.WALK_IN.value)
        self.source.addItem(translate("ReceptionDialogs", "after a phone call"), Source.PHONE.value)
        self.source.addItem(translate("ReceptionDialogs", "referral"), Source.REFERRAL.value)
        self.source.setCurrentIndex(max(current, 0))
        current = self.intention.currentIndex()
        self.intention.clear()
        self.intention.addItem(translate("ReceptionDialogs", "not yet known"), "")
        for level in Level:
            self.intention.addItem(level.value, level.value)
        self.intention.setCurrentIndex(max(current, 0))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReceptionDialogs", "&Assign"))

    def check_now(self) -> None:
        """Say what the counter knows of this phone or ID number."""
        self._timer.stop()
        found = self._check(self.phone.text(), self.id_number.text())
        self.found.setText(check_text(found) if found is not None else "")

    def values(self) -> WalkIn:
        level = self.intention.currentData()
        return WalkIn(
            self.name.text().strip(),
            self.phone.text().strip(),
            self.id_number.text().strip(),
            self.party.value(),
            Source(self.source.currentData()),
            self.designated.currentData() or "",
            Level(level) if level else None,
            self.notes.text().strip(),
        )

    def submit(self) -> bool:
        return self._submit(self.values())


def check_text(found: VisitorCheck) -> str:
    if found.status is VisitorStatus.RETURNING:
        return sub(
            translate(
                "ReceptionDialogs", "Returning customer of %1 (registration valid through %2)"
            ),
            found.owner_name or found.owner or "",
            found.valid_through.isoformat() if found.valid_through else "",
        )
    if found.status is VisitorStatus.HOUSEHOLD:
        return sub(
            translate(
                "ReceptionDialogs",
                "Household of %1, a customer of %2 (valid through %3): received by %2",
            ),
            found.member_of or "",
            found.owner_name or found.owner or "",
            found.valid_through.isoformat() if found.valid_through else "",
        )
    if found.status is VisitorStatus.EXPIRED:
        return sub(
            translate(
                "ReceptionDialogs",
                "Registered before, but the registration ran out on %1: a new visitor",
            ),
            found.valid_through.isoformat() if found.valid_through else "",
        )
    return translate("ReceptionDialogs", "New visitor: the rotation decides")


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

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
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
        self.consultant = _combo(consultants)
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
