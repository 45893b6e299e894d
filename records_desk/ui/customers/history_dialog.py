"""History… (R-CUS-3): every version of a file with who, when, why and how it was approved;
any two chosen versions side by side, the fields that differ marked (the service's diff)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.customers.files import SNAPSHOT_FIELDS
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo, RevisionInfo
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.customers.terms import (
    field_name,
    local_time,
    revision_kind_name,
    value_text,
)

CHANGED = QColor("#fff3c4")
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class HistoryDialog(RememberingDialog):
    geometry_key = "customer_history"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        info: CustomerInfo,
        parent: QWidget | None = None,
        accounts: dict[int, str] | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("customerHistoryDialog")
        self._services = services
        self._principal = principal
        self.info = info
        self.accounts = accounts or {}  # account ids by name, for those who may list them
        self.revisions: list[RevisionInfo] = []

        self.versions = QTableWidget(0, 5)
        self.versions.setObjectName("versionsTable")
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.verticalHeader().hide()
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.left_label = QLabel()
        self.left = QComboBox()
        self.left.setObjectName("leftVersionCombo")
        self.right_label = QLabel()
        self.right = QComboBox()
        self.right.setObjectName("rightVersionCombo")
        self.left_label.setBuddy(self.left)
        self.right_label.setBuddy(self.right)
        self.compare = QTableWidget(0, 3)
        self.compare.setObjectName("compareTable")
        self.compare.verticalHeader().hide()
        self.compare.setWordWrap(True)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("differenceSummary")

        choose = QHBoxLayout()
        choose.addWidget(self.left_label)
        choose.addWidget(self.left, 1)
        choose.addWidget(self.right_label)
        choose.addWidget(self.right, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(choose)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.compare, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.versions)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("historyButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 640)  # fits 1366x768 with a taskbar
        self.load()
        self.left.currentIndexChanged.connect(self.show_comparison)
        self.right.currentIndexChanged.connect(self.show_comparison)
        self.show_comparison()

    def retranslate_ui(self) -> None:
        title = self.tr("History of %1").replace(
            "%1", f"{self.info.archive_number} {self.info.name}"
        )
        self.setWindowTitle(title)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Time"), self.tr("By"), self.tr("How"), self.tr("Why")]
        )
        self.left_label.setText(self.tr("&Compare version"))
        self.right_label.setText(self.tr("&with version"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)  # retranslate_ui on a change of language
        if event.type() == QEvent.Type.LanguageChange:
            self.show_comparison()

    def load(self) -> None:
        try:
            self.revisions = operations.call(
                self, lambda: self._services.customers.files.history(self._principal, self.info.id)
            )
        except operations.Failed:
            self.revisions = []
        self.versions.setRowCount(len(self.revisions))
        for row, rev in enumerate(self.revisions):
            how = revision_kind_name(rev.kind)
            if rev.requested_by:
                how += " " + self.tr("(asked by %1)").replace("%1", rev.requested_by)
            for column, text in enumerate(
                (str(rev.version), local_time(rev.at), f"{rev.by_name} ({rev.by})", how, rev.reason)
            ):
                self.versions.setItem(row, column, _item(text))
        self.versions.resizeColumnsToContents()
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for rev in self.revisions:
                combo.addItem(f"{rev.version} — {local_time(rev.at)} {rev.by}", rev.version)
            combo.blockSignals(False)
        # By default the latest change: the version before the last against the last.
        self.left.setCurrentIndex(max(len(self.revisions) - 2, 0))
        self.right.setCurrentIndex(len(self.revisions) - 1)

    def choose(self, left: int, right: int) -> None:
        self.left.setCurrentIndex(self.left.findData(left))
        self.right.setCurrentIndex(self.right.findData(right))

    def _snapshot(self, version: int) -> dict[str, Any]:
        for rev in self.revisions:
            if rev.version == version:
                return rev.snapshot
        return {}

    def show_comparison(self) -> None:
        left, right = self.left.currentData(), self.right.currentData()
        if left is None or right is None:
            self.compare.setRowCount(0)
            return
        customers = self._services.customers.files
        try:
            changes = operations.call(
                self, lambda: customers.diff(self._principal, self.info.id, left, right)
            )
        except operations.Failed:
            return
        changed = {c.field for c in changes}
        old, new = self._snapshot(left), self._snapshot(right)
        names = [*SNAPSHOT_FIELDS, *sorted((set(old) | set(new)) - set(SNAPSHOT_FIELDS))]
        self.compare.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Version %1").replace("%1", str(left)),
                self.tr("Version %1").replace("%1", str(right)),
            ]
        )
        self.compare.setRowCount(len(names))
        bold = QFont(self.compare.font())
        bold.setBold(True)
        for row, name in enumerate(names):
            mark = "● " if name in changed else ""
            cells = (
                _item(mark + field_name(name)),
                _item(value_text(name, old.get(name), self.accounts)),
                _item(value_text(name, new.get(name), self.accounts)),
            )
            for column, cell in enumerate(cells):
                cell.setData(CHANGED_ROLE, name in changed)
                cell.setData(FIELD_ROLE, name)
                if name in changed:
                    cell.setBackground(QBrush(CHANGED))
                    cell.setFont(bold)
                self.compare.setItem(row, column, cell)
        self.compare.resizeRowsToContents()
        self.summary.setText(
            self.tr("%1 fields differ (marked).").replace("%1", str(len(changed)))
            if changed
            else self.tr("The two versions are the same.")
        )

    def changed_fields(self) -> list[str]:
        """The fields marked in the comparison, in the view's order (for tests and reading)."""
        items = [self.compare.item(row, 0) for row in range(self.compare.rowCount())]
        return [i.data(FIELD_ROLE) for i in items if i is not None and i.data(CHANGED_ROLE)]
