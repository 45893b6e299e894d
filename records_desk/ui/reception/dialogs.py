"""The reception counter's walk-in dialog (F2) with the live returning-visitor check, and the
form every reception dialog is built on (the smaller ones are in day_dialogs.py).

Each is opened with open()/show() (never exec(): a headless test would hang) and hands its
values to `submit`, a screen method that makes the service call; the dialog closes only when
`submit` says the call went through, so a refusal leaves what was typed in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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


def combo(choices: Choices, empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for username, label in choices:
        combo.addItem(label, username)
    return combo


def fill_sources(box: QComboBox, chosen: str) -> None:
    """How a visitor came, worded now, `chosen` selected."""
    box.clear()
    box.addItem(translate("ReceptionDialogs", "walk-in"), Source.WALK_IN.value)
    box.addItem(translate("ReceptionDialogs", "after a phone call"), Source.PHONE.value)
    box.addItem(translate("ReceptionDialogs", "referral"), Source.REFERRAL.value)
    box.setCurrentIndex(max(box.findData(str(chosen)), 0))


def fill_levels(box: QComboBox, chosen: str) -> None:
    """The visitor's intention A/B/C (R-GRD-6), or not yet known."""
    box.clear()
    box.addItem(translate("ReceptionDialogs", "not yet known"), "")
    for level in Level:
        box.addItem(level.value, level.value)
    box.setCurrentIndex(max(box.findData(str(chosen)), 0))


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
        preview: Callable[[str, str, str], str] | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("walkInDialog")
        self._check, self._submit, self._preview = check, submit, preview
        self.name = QLineEdit()
        self.name.setObjectName("visitorName")
        self.phone = QLineEdit()
        self.phone.setObjectName("visitorPhone")
        self.id_number = QLineEdit()
        self.id_number.setObjectName("visitorId")
        self.found = QLabel()
        self.found.setObjectName("visitorCheck")
        self.found.setWordWrap(True)
        self.goes_to = QLabel()
        self.goes_to.setObjectName("goesTo")
        self.goes_to.setWordWrap(True)
        bold = self.goes_to.font()
        bold.setBold(True)
        self.goes_to.setFont(bold)
        self.party = QSpinBox()
        self.party.setRange(1, 99)
        self.source = QComboBox()
        self.designated = combo(signed_in, translate("ReceptionDialogs", "nobody (rotation)"))
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
        self.designated.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.labels = [
            self.add_row(w)
            for w in (self.name, self.phone, self.id_number, self.found, self.party,
                      self.source, self.designated, self.goes_to, self.intention, self.notes)
        ]  # fmt: skip
        self.retranslate_ui()
        self.name.setFocus()
        self._timer.start()  # where a visitor naming nobody goes now

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
            "",
            translate("ReceptionDialogs", "In&tention:"),
            translate("ReceptionDialogs", "N&otes:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        fill_sources(self.source, self.source.currentData() or Source.WALK_IN.value)
        fill_levels(self.intention, self.intention.currentData() or "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReceptionDialogs", "&Assign"))

    def check_now(self) -> None:
        """Say what the counter knows of this phone or ID number."""
        self._timer.stop()
        found = self._check(self.phone.text(), self.id_number.text())
        self.found.setText(check_text(found) if found is not None else "")
        if self._preview is not None:
            designated = self.designated.currentData() or ""
            self.goes_to.setText(
                self._preview(self.phone.text(), self.id_number.text(), designated)
            )

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
