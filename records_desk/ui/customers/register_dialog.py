"""New file… (R-CUS-1, R-CUS-2, R-GRD-1): the archivist enters a customer file; the service
issues its archive number, which the dialog shows with the shelf location before closing.

Hand entry (issue 10 §2): what is typed wrong is shown beside its field, all at once; a file
that looks like one already registered is named (each a link that selects it) with the question
"register anyway?", whose yes is audited with the registration; the shelf field holds the
office's suggestion until someone writes another. Esc or Cancel asks before dropping what was
typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.duplicates import DuplicateMatch, LikelyDuplicates
from records_desk.domain.customers.errors import AdmissionIncomplete
from records_desk.domain.customers.hand_entry import EntryInvalid, FieldProblem
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    ProspectLevel,
    RecordType,
    admission_required,
    check_admission,
)
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft, CustomerInfo
from records_desk.services.customers.hand_entry import HandEntry
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.customers.customer_form import CustomerForm, reject_unless_typed
from records_desk.ui.customers.duplicates_question import ask_about_duplicates
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import field_name, record_type_name


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """`width`×`height`, but never taller or wider than the screen's free area (a 1366×768
    screen with a taskbar leaves about 700 pixels)."""
    screen = dialog.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 20), min(height, free.height() - 40)
    dialog.resize(width, height)


class RegisterDialog(RememberingDialog):
    """Emits `registered(CustomerInfo)` once the file is saved."""

    geometry_key = "customer_register"
    registered = Signal(object)
    show_file = Signal(int)  # a look-alike's link was followed: select that file

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        departments: list[str],
        consultants: list[AccountInfo] | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("registerCustomerDialog")
        self._services = services
        self._principal = principal
        self.record_type = QComboBox()
        self.record_type.setObjectName("recordTypeCombo")
        for record_type in RecordType:
            self.record_type.addItem("", record_type)
        self.prospect = QComboBox()
        self.prospect.addItem("—", None)
        for level in ProspectLevel:
            self.prospect.addItem(level.value, level)
        self.old_number = QLineEdit()
        self.old_number.setObjectName("oldArchiveNumberEdit")
        self.form = CustomerForm(departments, consultants, today)
        # The file's kind first, in the same form so the labels line up.
        self._type_label, self._prospect_label, self._number_label = (
            self.form.add_row(self.form.form, name, field, row)
            for row, (name, field) in enumerate(
                (
                    ("record_type", self.record_type),
                    ("prospect_level", self.prospect),
                    ("archive_number", self.old_number),
                )
            )
        )
        self._anyway: frozenset[int] = frozenset()  # look-alikes the person accepted
        self._suggested = ""  # the shelf the scheme suggests, while the field still holds it
        self.form.shelf_location.textEdited.connect(self._forget_suggestion)
        self.old_number.editingFinished.connect(self._suggest_shelf)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.record_type.currentIndexChanged.connect(self._type_changed)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._type_changed()
        self._initial = self._state()
        fit_to_screen(self, 900, 600)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New customer file"))
        self._type_label.setText(field_name("record_type") + ":")
        self._prospect_label.setText(field_name("prospect_level") + ":")
        self._number_label.setText(self.tr("Existing archive number:"))
        # Short enough to be read whole in the field (it was cut); the whole rule as its tip.
        self.old_number.setPlaceholderText(self.tr("Empty: the next number is issued"))
        self.old_number.setToolTip(
            self.tr("Only for an old file that already has one; otherwise it is issued")
        )
        for index in range(self.record_type.count()):
            self.record_type.setItemText(index, record_type_name(self.record_type.itemData(index)))

    def _type_changed(self) -> None:
        # R-GRD-1: the checklist belongs to admitted record types only.
        self.form.admission_box.setVisible(admission_required(self.chosen_type()))
        self._suggest_shelf()

    def _suggest_shelf(self) -> None:
        """The scheme's shelf for this type (or the old number typed), unless someone wrote
        another one in the field."""
        if self.form.shelf_location.text() != self._suggested:
            return
        try:
            suggestion = self._services.customers.files.shelf_suggestion(
                self.chosen_type(), self.old_number.text()
            )
        except Exception:  # noqa: BLE001 - a suggestion is a help; no suggestion is no harm
            suggestion = ""
        self._suggested = suggestion
        self.form.shelf_location.setText(suggestion)

    def _forget_suggestion(self) -> None:
        self._suggested = "\0"  # edited by hand: never replaced by a suggestion again

    def _state(self) -> tuple[object, ...]:
        return (
            self.record_type.currentIndex(),
            self.prospect.currentIndex(),
            self.old_number.text(),
            *self.form.state(),
        )

    def reject(self) -> None:
        """Esc, Cancel or the window's close: ask before dropping what was typed."""
        reject_unless_typed(
            self,
            self._state() == self._initial,
            self.tr("Discard what you typed in this new file?"),
            lambda: RememberingDialog.reject(self),
        )

    def chosen_type(self) -> RecordType:
        # Qt hands enum members back as plain strings.
        return RecordType(self.record_type.currentData())

    def draft(self) -> CustomerDraft:
        values = self.form.values()
        record_type = self.chosen_type()
        prospect = self.prospect.currentData()
        return CustomerDraft(
            record_type=record_type,
            name=values["name"],
            department=values["department"],
            product_lines=values["product_lines"],
            contact_person=values["contact_person"],
            phones=values["phones"],
            email=values["email"],
            address=values["address"],
            id_number=values["id_number"],
            consultant_id=values.get("consultant_id"),
            prospect_level=ProspectLevel(prospect) if prospect else None,
            admission=values["admission"]
            if admission_required(record_type)
            else AdmissionChecklist(),
            shelf_location=values["shelf_location"],
            event_date=values["event_date"],
            archive_number=self.old_number.text().strip() or None,
        )

    def problems(self) -> list[FieldProblem]:
        """The form's problems, and R-GRD-1's checklist of an admitted record type."""
        found = self.form.problems()
        try:
            check_admission(self.chosen_type(), self.form.checklist())
        except AdmissionIncomplete as incomplete:
            found.append(FieldProblem("admission", incomplete))
        return found

    def save(self) -> None:
        if self.form.show_problems(self.problems()):
            return
        draft = self.draft()
        entry = HandEntry(
            registered_anyway=self._anyway,
            shelf_from_scheme=self.form.shelf_location.text() == self._suggested,
        )
        files = self._services.customers.files

        def register() -> CustomerInfo | EntryInvalid | LikelyDuplicates:
            try:
                return files.register(self._principal, draft, entry)
            except (EntryInvalid, LikelyDuplicates) as refused:
                return refused

        try:
            result = operations.call(self, register)
        except operations.Failed:
            return
        if isinstance(result, EntryInvalid):
            self.form.show_problems(result.problems)
            return
        if isinstance(result, LikelyDuplicates):
            self._ask_anyway(result.matches)
            return
        self._registered(result)

    def _ask_anyway(self, matches: tuple[DuplicateMatch, ...]) -> None:
        def anyway() -> None:
            self._anyway = frozenset(m.customer_id for m in matches)
            self.save()

        ask_about_duplicates(
            self,
            matches,
            self.tr("This file looks like one already registered. Register it anyway?"),
            self.tr("&Register anyway"),
            self.tr("&Go back"),
            anyway,
            self._follow,
        )

    def _follow(self, link: str) -> None:
        if link.startswith("customer:"):
            self.show_file.emit(int(link.removeprefix("customer:")))

    def _registered(self, info: CustomerInfo) -> None:
        self._initial = self._state()
        self.registered.emit(info)
        text = self.tr("Registered as %1. Shelf location: %2.")
        text = text.replace("%1", info.archive_number).replace("%2", info.shelf_location or "—")
        notify.info(self.parentWidget(), text)
        self.accept()
