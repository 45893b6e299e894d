"""Recording steps of a medium's life cycle (R-MED-2, -3, -4, -6, -7): one dialog, one section
per step with the evidence its rule asks for, all recorded in one service call (one
transaction, all or nothing). "Prepare…" shows the three preparation steps together — the
security label, the encryption software (name, version), the virus check (tool, signature
date, result) — each ticked when still missing; the others show one step each: issue (to an
account, the consenting approver, the due day), return (condition), virus check, send to and
take back from repair (the unit from the IT office's list; with none listed the step says
where the list is kept, and opens it for whoever may change it), dispose of (method, day, witness,
certificate), lost, classify. The rules are the services' and the domain's: what they refuse
is said in a message and the dialog stays open. The fields a step's section is built from are
step_fields.py's."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.media import evidence as ev
from records_desk.domain.media.vocabulary import (
    Action,
    Classification,
    DisposalMethod,
)
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediumInfo
from records_desk.services.media.search import Person
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.media.media_settings_dialog import SettingsPointer
from records_desk.ui.media.step_fields import StepFields, StepSection, medium_title
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.media.terms import (
    action_name,
    classification_name,
    method_name,
    state_name,
    type_name,
)

PREPARE = (Action.PREPARE_LABEL, Action.PREPARE_ENCRYPTION, Action.VIRUS_CHECK)


class StepDialog(RememberingDialog, StepFields):
    """`recorded(MediumInfo)` once the service has recorded the steps."""

    recorded = Signal(object)
    # Another desk recorded a step meanwhile (issue 15 §3): the user was told, the dialog
    # closes and the medium is read again, rather than offering the stale state again.
    stale = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: MediumInfo,
        actions: Sequence[Action],
        people: Sequence[Person] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("mediumStepDialog")
        self.geometry_key = f"MediumStep_{Action(actions[0]).value}"  # each step its own size
        self._services = services
        self._principal = principal
        self.info = info
        self.steps = tuple(actions)
        self._people = list(people)
        self.required_people: list[QComboBox] = []  # the service refuses them empty
        self._today = today or date.today()
        self._texts: list[tuple[QWidget, Callable[[], str]]] = []
        self._settings_store = settings
        self.repair_unit: QComboBox | None = None  # the repair step's units (R-MED-6)
        self.sections: dict[Action, StepSection] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("stepHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        missing = self._missing()
        for action in self.steps:
            section = self._section(action)
            if len(self.steps) > 1:
                section.setCheckable(True)
                section.setChecked(action in missing)
            self.sections[action] = section
            layout.addWidget(section)
        self.note = QLineEdit()
        self.note.setObjectName("stepNote")
        self.note.setMaxLength(200)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        notes = QFormLayout()
        notes.addRow(self.note_label, self.note)
        layout.addLayout(notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.repair_unit is not None:
            self.fill_units()
        self.retranslate_ui()
        self.resize(560, self.sizeHint().height())

    # -- the steps ---------------------------------------------------------------------------
    def _section(self, action: Action) -> StepSection:  # noqa: C901 - one branch per step
        section = StepSection(action, lambda: ev.Classify())
        section.setObjectName(f"step_{action.value}")
        self._tr(section, lambda: action_name(action))
        today = self._today
        if action is Action.PREPARE_LABEL:
            label = self._check(
                section, "labelOn", lambda: self.tr("The security &label is on the medium")
            )
            label.setChecked(True)
            section.read = lambda: ev.SecurityLabel()
        elif action is Action.PREPARE_ENCRYPTION:
            software = self._line(section, "encSoftware", lambda: self.tr("&Encryption software:"))
            version = self._line(section, "encVersion", lambda: self.tr("&Version:"))
            section.read = lambda: ev.Encryption(software.text(), version.text())
        elif action is Action.VIRUS_CHECK:
            section.read = self._virus_fields(section, "check")
        elif action is Action.ISSUE:
            to = self._person(section, "issueTo", lambda: self.tr("&Borrower:"))
            approver = self._person(
                section, "issueApprover", lambda: self.tr("&Consent by:"), consenting=True
            )
            due = self._day(section, "issueDue", lambda: self.tr("&Due back:"), None)
            self.required_people += [to, approver]
            section.read = lambda: ev.Issue(
                self._account(to), self._account(approver), due.read() or today
            )
        elif action is Action.RETURN:
            condition = self._line(section, "returnCondition", lambda: self.tr("C&ondition:"))
            condition.setPlaceholderText(self.tr("e.g. intact"))
            section.read = lambda: ev.Return(condition.text())
        elif action is Action.REPAIR_SEND:
            unit = self.repair_unit = QComboBox()
            unit.setObjectName("repairUnit")
            self._row(section, lambda: self.tr("Repair &unit:"), unit)
            self.unit_pointer = SettingsPointer(
                self._services, self._principal, self._settings_store, self._no_units
            )
            self.unit_pointer.saved.connect(self.fill_units)
            section.form.addRow(self.unit_pointer)
            backed = self._check(section, "backedUp", lambda: self.tr("Data &backed up"))
            wiped = self._check(section, "wiped", lambda: self.tr("Data &wiped"))
            sent = self._day(section, "sentOn", lambda: self.tr("&Sent on:"), today)
            section.read = lambda: ev.RepairSend(
                unit.currentText(), backed.isChecked(), wiped.isChecked(), sent.read() or today
            )
        elif action is Action.REPAIR_BACK:
            back = self._day(section, "backOn", lambda: self.tr("Back &on:"), today)
            check = self._virus_fields(section, "backCheck")
            section.read = lambda: ev.RepairBack(back.read() or today, check())
        elif action is Action.DISPOSE:
            method = QComboBox()
            method.setObjectName("disposalMethod")
            for value in DisposalMethod:
                method.addItem(method_name(value), value)
            self._methods = method
            self._row(section, lambda: self.tr("&Method:"), method)
            on = self._day(section, "disposedOn", lambda: self.tr("&On:"), today)
            witness = self._person(section, "witness", lambda: self.tr("&Witness:"))
            self.required_people.append(witness)
            certificate = self._line(section, "certificate", lambda: self.tr("&Certificate no.:"))
            office = self._check(
                section, "atSecurityOffice", lambda: self.tr("At the &security office")
            )
            office.setChecked(self.info.classified)
            section.read = lambda: ev.Disposal(
                DisposalMethod(method.currentData()),
                on.read() or today,
                self._account(witness),
                certificate.text(),
                office.isChecked(),
            )
        elif action is Action.LOST:
            reporter = self._person(section, "reportedBy", lambda: self.tr("Re&ported by:"))
            reporter.setCurrentIndex(max(reporter.findData(self._principal.username), 0))
            on = self._day(section, "lostOn", lambda: self.tr("&On:"), today)
            circumstances = self._line(section, "circumstances", lambda: self.tr("&Circumstances:"))
            section.read = lambda: ev.Loss(
                self._account(reporter), on.read() or today, circumstances.text()
            )
        elif action is Action.CLASSIFY:
            warning = QLabel()
            warning.setWordWrap(True)
            self._tr(warning, lambda: self.tr(
                "A medium that once held classified data stays classified for ever. "
                "It needs a new label marked classified and a new virus check before it is "
                "issued again."))  # fmt: skip
            section.form.addRow(warning)
            section.read = lambda: ev.Classify()
        return section

    def _no_units(self, may_change: bool) -> str:
        if may_change:
            return self.tr(
                "The IT office has named no repair unit yet, and a medium is sent only to a "
                "unit on its list. Add the units it names in Media settings:"
            )
        return self.tr(
            "The IT office has named no repair unit yet, and a medium is sent only to a unit "
            "on its list. The general manager or the customer director adds them (Media menu, "
            "Media settings)."
        )

    def fill_units(self) -> None:
        """The IT office's repair units (R-MED-6); with none, the step says where they are
        kept and cannot be recorded."""
        assert self.repair_unit is not None
        try:
            units = operations.call(self, self._services.media.options.repair_units)
        except operations.Failed:
            units = ()
        keep = self.repair_unit.currentData()
        self.repair_unit.clear()
        for name in units:
            self.repair_unit.addItem(name, name)
        self.repair_unit.setCurrentIndex(max(self.repair_unit.findData(keep), 0))
        self.repair_unit.setEnabled(bool(units))
        self.unit_pointer.setVisible(not units)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(units))

    def _missing(self) -> set[Action]:
        info = self.info
        missing = set()
        if not info.labelled:
            missing.add(Action.PREPARE_LABEL)
        if not info.encryption:
            missing.add(Action.PREPARE_ENCRYPTION)
        if not info.virus_check_clean:
            missing.add(Action.VIRUS_CHECK)
        return missing

    # -- wording -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.steps == PREPARE:
            self.setWindowTitle(medium_title(self.tr("Prepare"), self.info.number))
            self.heading.setText(
                self.tr(
                    "A medium is ready to issue once its security label, its encryption "
                    "software and a clean virus check are recorded. Tick what "
                    "you record now."
                )
            )
        else:
            self.setWindowTitle(medium_title(action_name(self.steps[0]), self.info.number))
            kind = (
                Classification.CLASSIFIED if self.info.classified else Classification.UNCLASSIFIED
            )
            self.heading.setText(
                " · ".join(
                    (
                        self.info.number,
                        type_name(self.info.media_type),
                        classification_name(kind),
                        state_name(self.info.state),
                    )
                )
            )
        for widget, text in self._texts:
            if isinstance(widget, QGroupBox):
                widget.setTitle(text())
            elif isinstance(widget, QLabel | QCheckBox):
                widget.setText(text())
        for combo in getattr(self, "_results", []):
            combo.setItemText(0, self.tr("clean"))
            combo.setItemText(1, self.tr("infected"))
        methods = getattr(self, "_methods", None)
        if methods is not None:
            for i in range(methods.count()):
                methods.setItemText(i, method_name(DisposalMethod(methods.itemData(i))))
        self.note_label.setText(self.tr("&Note for the record:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # -- recording ---------------------------------------------------------------------------
    def chosen(self) -> list[StepSection]:
        return [s for s in self.sections.values() if not s.isCheckable() or s.isChecked()]

    def _fields_read(self, sections: list[StepSection]) -> bool:
        """Each day typed is a day and each person needed is named; if not, the user is told
        which field (the date's own wording — "The date is empty" — does not say which of the
        dialog's dates it is; an empty borrower was "There is no account named .")."""
        from records_desk.domain.common.errors import DomainError
        from records_desk.ui import notify
        from records_desk.ui.actions import button_text
        from records_desk.ui.messages import describe
        from records_desk.ui.widgets.date_field import DateField
        from records_desk.wording.language import sub

        def refuse(section: StepSection, field: QWidget, problem: str) -> bool:
            label = section.form.labelForField(field)
            name = button_text(label.text()).rstrip(":：") if isinstance(label, QLabel) else ""
            notify.error(self, sub(self.tr("%1: %2"), name, problem) if name else problem)
            field.setFocus()
            return False

        for section in sections:
            for combo in section.findChildren(QComboBox):
                if combo in self.required_people and not self._account(combo):
                    return refuse(section, combo, self.tr("Choose someone from the list."))
            for field in section.findChildren(DateField):
                try:
                    field.read()
                except DomainError as e:
                    return refuse(section, field, describe(e))
        return True

    def submit(self) -> None:
        sections = self.chosen()
        if not sections:
            from records_desk.ui import notify

            notify.info(self, self.tr("Tick at least one step to record."))
            return
        if not self._fields_read(sections):
            return
        inventory = self._services.media.inventory
        number, note = self.info.number, self.note.text()
        shown = self.info.event_count  # a step another desk recorded since: refused (§3)
        try:
            steps = operations.call(self, lambda: [s.read() for s in sections])
            info = operations.call(
                self, lambda: inventory.apply(self._principal, number, steps, note, shown)
            )
        except operations.Failed as failed:
            from records_desk.domain.media.errors import MediumChanged

            if isinstance(failed.args[0], MediumChanged):
                self.stale.emit()
                self.reject()
            return
        self.recorded.emit(info)
        self.accept()
