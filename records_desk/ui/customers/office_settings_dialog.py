"""Office settings… of the 客戶檔案 menu: the settings every desk on the database shares — the
archive category code of each record type (R-CUS-2) and where its new files are shelved
(files per box and how a location is written, issue 10 §2), the 附件1 criterion weights (R-GRD-3, the
total shown as they are typed; Save only at 100) and the weekly spot-check sample size
(R-CUS-6). The general manager and the customer director change them; everyone else sees
them read-only. The service checks and audits every change (services/common/office_settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.customers.archive_numbers import MAX_FILES_PER_BOX, ShelvingScheme
from records_desk.domain.customers.evaluations import WEIGHT_TOTAL, Criterion
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.office_settings import OfficeSettingsInfo
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import (
    evaluation_criterion_name,
    local_time,
    record_type_name,
)


class OfficeSettingsDialog(RememberingDialog):
    geometry_key = "office_settings"
    changed = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("officeSettingsDialog")
        self.services = services
        self.principal = principal
        self.editable = is_allowed(principal.role, Action.OFFICE_SETTINGS)
        self.setWindowTitle(self.tr("Office settings"))
        self.setMinimumWidth(560)

        # The office's form of a code: a letter, then up to five letters or digits.
        shape = QRegularExpressionValidator(QRegularExpression("[A-Za-z][A-Za-z0-9]{0,5}"), self)
        self.codes: dict[RecordType, QLineEdit] = {}
        # Where a new file is shelved, beside its code: its box from its number
        # (domain.archive_numbers.ShelvingScheme), one row per record type.
        self.files_per_box: dict[RecordType, QSpinBox] = {}
        self.patterns: dict[RecordType, QLineEdit] = {}
        codes_box = QGroupBox(self.tr("Archive number category codes and shelving"))
        grid = QGridLayout(codes_box)
        for column, heading in enumerate(
            (self.tr("Code"), self.tr("Files a box"), self.tr("Shelf location of a new file"))
        ):
            grid.addWidget(QLabel(heading), 0, column + 1)
        for row, record_type in enumerate(RecordType, start=1):
            edit = QLineEdit()
            edit.setObjectName(f"code_{record_type.value}")
            edit.setValidator(shape)
            edit.setMaxLength(6)
            edit.setReadOnly(not self.editable)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("M") * 8)
            self.codes[record_type] = edit
            per_box = QSpinBox()
            per_box.setObjectName(f"perBox_{record_type.value}")
            per_box.setRange(1, MAX_FILES_PER_BOX)
            per_box.setReadOnly(not self.editable)
            pattern = QLineEdit()
            pattern.setObjectName(f"shelfPattern_{record_type.value}")
            pattern.setMaxLength(40)
            pattern.setMinimumWidth(
                pattern.fontMetrics().horizontalAdvance("{code}-{year}-B{box}__")
            )
            pattern.setReadOnly(not self.editable)
            self.files_per_box[record_type], self.patterns[record_type] = per_box, pattern
            grid.addWidget(QLabel(record_type_name(record_type) + self.tr(":")), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(per_box, row, 2)
            grid.addWidget(pattern, row, 3)
        grid.setColumnStretch(3, 1)
        note = QLabel(
            self.tr("Files already numbered keep their numbers; new files get the new code.")
            + "\n"
            + self.tr(
                "The shelf suggested for a new file: {box} is its box (three digits), {code} and "
                "{year} those of its archive number."
            )
        )
        note.setWordWrap(True)
        grid.addWidget(note, len(RecordType) + 1, 0, 1, 4)

        self.weights: dict[Criterion, QSpinBox] = {}
        weights_box = QGroupBox(self.tr("Evaluation weights (Annex 1)"))
        weights_form = QFormLayout(weights_box)
        for criterion in Criterion:
            spin = QSpinBox()
            spin.setObjectName(f"weight_{criterion.value}")
            spin.setRange(0, WEIGHT_TOTAL)
            spin.setSuffix(" %")
            spin.setReadOnly(not self.editable)
            spin.valueChanged.connect(self._update_total)
            self.weights[criterion] = spin
            weights_form.addRow(evaluation_criterion_name(criterion) + self.tr(":"), spin)
        self.total = QLabel()
        self.total.setObjectName("weightTotal")
        self.total.setWordWrap(True)  # "105 % (the weights must total 100 %)" fits when narrow
        weights_form.addRow(self.tr("Total:"), self.total)

        spot_box = QGroupBox(self.tr("Weekly spot check"))
        spot_form = QFormLayout(spot_box)
        self.sample_size = QSpinBox()
        self.sample_size.setObjectName("officeSampleSize")
        self.sample_size.setRange(1, 500)
        self.sample_size.setReadOnly(not self.editable)
        spot_form.addRow(self.tr("Entries drawn each week:"), self.sample_size)

        self.last_change = QLabel()
        self.last_change.setObjectName("lastChange")
        self.last_change.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveOfficeSettings")
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(self.editable)  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.addWidget(codes_box)
        layout.addWidget(weights_box)
        layout.addWidget(spot_box)
        layout.addWidget(self.last_change)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        try:
            info = operations.call(self, self.services.customers.office.read)
        except operations.Failed:
            return
        self._show(info)

    def _show(self, info: OfficeSettingsInfo) -> None:
        for record_type, edit in self.codes.items():
            edit.setText(info.codes[record_type])
        for criterion, spin in self.weights.items():
            spin.setValue(info.weights[criterion])
        self.sample_size.setValue(info.sample_size)
        for record_type, scheme in info.shelving.items():
            self.files_per_box[record_type].setValue(scheme.files_per_box)
            self.patterns[record_type].setText(scheme.pattern)
        if info.changed_by is None or info.changed_at is None:
            said = self.tr("These are the starting values; nobody has changed them yet.")
        else:
            said = (
                self.tr("Last changed by %1 on %2.")
                .replace("%1", info.changed_by)
                .replace("%2", local_time(info.changed_at))
            )
        if not self.editable:
            said += " " + self.tr(
                "Only the general manager and the customer director change these settings."
            )
        self.last_change.setText(said)
        self._update_total()

    def weight_total(self) -> int:
        return sum(spin.value() for spin in self.weights.values())

    def _update_total(self, *_args: object) -> None:
        total = self.weight_total()
        if total == WEIGHT_TOTAL:
            self.total.setText(f"{total} %")
            self.total.setStyleSheet("")
        else:
            self.total.setText(
                self.tr("%1 % (the weights must total %2 %)")
                .replace("%1", str(total))
                .replace("%2", str(WEIGHT_TOTAL))
            )
            self.total.setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(self.editable and total == WEIGHT_TOTAL)

    def save(self) -> None:
        codes = {t: edit.text() for t, edit in self.codes.items()}
        weights = {c: spin.value() for c, spin in self.weights.items()}
        size = self.sample_size.value()
        shelving = {
            t: ShelvingScheme(self.files_per_box[t].value(), self.patterns[t].text().strip())
            for t in RecordType
        }
        try:
            info = operations.call(
                self,
                lambda: self.services.customers.office.change(
                    self.principal,
                    codes=codes,
                    weights=weights,
                    sample_size=size,
                    shelving=shelving,
                ),
            )
        except operations.Failed:
            return
        self._show(info)
        self.changed.emit()
        notify.info(self, self.tr("The office settings are saved; every desk uses them now."))
