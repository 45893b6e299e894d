"""The operation-log viewer (R-AUD): filter by account, action and local date; page through
the entries newest first; read one entry's details and hash; verify the hash chain and its
anchor. A tamper alarm the anchor keeps (store/audit_anchor.py) is shown above the entries to
whoever may verify the log. Read only: the app has no way to change an entry, nor to clear an
alarm (R-AUD-3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.audit_chain import ChainReport, TamperAlarm
from records_desk.domain.common.errors import DomainError, PermissionDenied
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.dialogs import make_error_label, show_error
from records_desk.ui.messages import describe
from records_desk.ui.models.audit_model import AuditColumn, AuditLogModel, describe_entry
from records_desk.ui.widgets.date_field import DateField
from records_desk.ui.widgets.dialog import RememberingDialog
from records_desk.wording.audit import audit_action_name, audit_family_name
from records_desk.wording.audit_alarm import advice, alarm_sentence, alarms_line

T = TypeVar("T")

_COLUMN_WIDTHS = {
    AuditColumn.SEQ: 70,
    AuditColumn.TIME: 160,
    AuditColumn.ACCOUNT: 130,
    AuditColumn.ACTION: 190,
    AuditColumn.ENTITY: 110,
}


def local_day_bounds(
    first: date | None, last: date | None
) -> tuple[datetime | None, datetime | None]:
    """Local calendar days [first, last] (both inclusive, as the user picks them) as the UTC
    boundaries of AuditFilter: from the first day's local midnight to the local midnight
    after the last day (exclusive)."""

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time()).astimezone().astimezone(UTC)

    start = midnight(first) if first else None
    end = midnight(last + timedelta(days=1)) if last else None
    return start, end


def action_choices(actions: list[str]) -> list[tuple[str, str]]:
    """(text, filter value) pairs: each family with several actions ("account.*", matched by
    prefix) followed by its members; single actions as they are."""
    families = sorted({a.split(".", 1)[0] for a in actions if "." in a})
    choices: list[tuple[str, str]] = []
    for family in families:
        members = [a for a in actions if a.startswith(family + ".")]
        if len(members) > 1:
            choices.append((audit_family_name(family), f"{family}."))
    choices.extend((audit_action_name(a), a) for a in actions)
    return sorted(choices, key=lambda c: (c[1].rstrip("."), not c[1].endswith(".")))


class AuditLogDialog(RememberingDialog):
    geometry_key = "audit_log"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self._services = services
        self._principal = principal
        self._loading = False
        self._refused = False
        self.model = AuditLogModel(self._count, self._page, parent=self)
        self._alarms: tuple[TamperAlarm, ...] = ()
        self._build()
        self.retranslate_ui()
        self.resize(1100, 680)
        self.refresh()

    # -- service calls (each through operations.call; None when refused) ----------------------
    def _call(self, fn: Callable[[], T]) -> T | None:
        """One refusal is told once: after it, the dialog stops asking."""
        if self._refused:
            return None
        try:
            return operations.call(self, fn)
        except operations.Failed as failed:
            self._refused = isinstance(failed.args[0], PermissionDenied)
            return None

    def _count(self, flt: AuditFilter) -> int | None:
        return self._call(lambda: self._services.audit.count(self._principal, flt))

    def _page(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditRecord] | None:
        return self._call(lambda: self._services.audit.page(self._principal, flt, offset, limit))

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.account_label = QLabel()
        self.account_combo = QComboBox()
        self.account_combo.setMinimumContentsLength(14)
        self.account_label.setBuddy(self.account_combo)
        self.action_label = QLabel()
        self.action_combo = QComboBox()
        self.action_combo.setMinimumContentsLength(22)
        self.action_label.setBuddy(self.action_combo)
        self.from_check = QCheckBox()
        self.from_date = self._date_edit(latest=date.today())  # no entry is written later
        self.to_check = QCheckBox()
        self.to_date = self._date_edit()
        self.refresh_button = QPushButton()
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)

        for combo in (self.account_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.edit.textChanged.connect(self.apply_filter)
        self.date_error = make_error_label()
        self.date_error.setObjectName("auditDateError")

        filters = QHBoxLayout()
        for label, combo in ((self.account_label, self.account_combo),
                             (self.action_label, self.action_combo)):  # fmt: skip
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addSpacing(12)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.verify_button = QPushButton()
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify_chain)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.close_buttons)

        self.alarm_label = QLabel()
        self.alarm_label.setObjectName("auditAlarm")
        self.alarm_label.setWordWrap(True)
        self.alarm_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alarm_label.setStyleSheet(
            "QLabel#auditAlarm { background: #fde2e1; color: #8a1c1c; padding: 6px; }"
        )
        self.alarm_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.alarm_label)
        layout.addLayout(filters)
        layout.addWidget(self.date_error)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.account_combo.setFocus)

    @staticmethod
    def _date_edit(latest: date | None = None) -> DateField:
        edit = DateField(date.today(), latest=latest)
        edit.setEnabled(False)
        return edit

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Operation log"))
        self.account_label.setText(self.tr("&Account:"))
        self.action_label.setText(self.tr("A&ction:"))
        self.from_check.setText(self.tr("&From"))
        self.to_check.setText(self.tr("&To"))
        self.refresh_button.setText(self.tr("&Reload"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute the hash of every entry to detect changes made outside the app")
        )
        self.details.setPlaceholderText(self.tr("Select an entry to read its details."))
        self.model.retranslate()
        self._fill_combo_texts()
        self._update_count()
        self._show_alarms()

    # -- filters ----------------------------------------------------------------------------
    def _fill_combo_texts(self) -> None:
        if self.account_combo.count():
            self.account_combo.setItemText(0, self.tr("All accounts"))
        if self.action_combo.count():
            self.action_combo.setItemText(0, self.tr("All actions"))

    def _load_choices(self) -> None:
        """Fill the combos from the accounts and actions in the log, keeping the choices."""
        choices = self._call(lambda: self._services.audit.distinct_values(self._principal))
        accounts, actions = choices if choices is not None else ([], [])
        account, action = self.account_combo.currentData(), self.action_combo.currentData()
        self._loading = True
        try:
            self.account_combo.clear()
            self.account_combo.addItem("", None)
            for name in accounts:
                self.account_combo.addItem(name, name)
            self.action_combo.clear()
            self.action_combo.addItem("", None)
            for text, value in action_choices(actions):
                self.action_combo.addItem(text, value)
            self._fill_combo_texts()
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account)))
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action)))
        finally:
            self._loading = False

    def current_filter(self) -> AuditFilter:
        """DomainError when a day ticked is not a day (shown as typed, never replaced)."""
        first = self.from_date.read() if self.from_check.isChecked() else None
        last = self.to_date.read() if self.to_check.isChecked() else None
        start, end = local_day_bounds(first, last)
        return AuditFilter(
            account=self.account_combo.currentData(),
            action=self.action_combo.currentData(),
            date_from=start,
            date_to=end,
        )

    def apply_filter(self, *_signal_args: object) -> None:
        if self._loading:
            return
        try:
            flt = self.current_filter()
        except DomainError as wrong:  # the entries stay as last filtered until it reads
            show_error(self.date_error, describe(wrong))
            return
        if flt.date_from is not None and flt.date_to is not None and flt.date_from >= flt.date_to:
            # Said, rather than an empty list that looks like a log with nothing in it.
            reversed_days = self.tr("The first day, %1, is after the last day, %2: swap them.")
            show_error(
                self.date_error,
                reversed_days.replace("%1", self.from_date.text()).replace(
                    "%2", self.to_date.text()
                ),
            )
            return
        show_error(self.date_error, "")
        self.model.set_filter(flt)
        self.details.clear()

    def refresh(self) -> None:
        """Re-read the filter choices, the entries (new entries appear on top) and the
        anchor's alarms."""
        self._load_choices()
        self.apply_filter()
        self._load_alarms()

    # -- the tamper alarm -------------------------------------------------------------------
    def _load_alarms(self) -> None:
        if is_allowed(self._principal.role, Action.AUDIT_VERIFY):
            found = self._call(lambda: self._services.audit.alarms(self._principal))
            self._alarms = found or ()
        self._show_alarms()

    def _show_alarms(self) -> None:
        if not self._alarms:
            self.alarm_label.hide()
            return
        lines = [self.tr("Tamper alarm: the operation log was changed outside the app.")]
        lines.extend(alarm_sentence(a) for a in self._alarms)
        lines.append(advice())
        self.alarm_label.setText("\n".join(lines))
        self.alarm_label.show()

    # -- details and verification -----------------------------------------------------------
    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        self.details.setPlainText(describe_entry(self.model.record_at(rows[0].row())))

    def _update_count(self, *_signal_args: object) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 entries loaded")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total))
        )

    def verify_chain(self) -> None:
        try:
            report = operations.call(self, lambda: self._services.audit.verify(self._principal))
        except operations.Failed:
            return
        self._alarms = report.alarms
        self._show_alarms()
        if report.trustworthy:
            notify.info(
                self,
                self.tr("The operation log is intact: %1 entries verified.").replace(
                    "%1", str(report.entries)
                ),
            )
        else:
            notify.error(self, verify_failure(report))


def verify_failure(report: ChainReport) -> str:
    """What a verification that does not hold found: the broken link and/or the alarm."""
    found = []
    if not report.intact:
        found.append(
            QCoreApplication.translate(
                "AuditLogDialog",
                "The operation log is broken at sequence number %1: that entry was changed "
                "or removed outside the app. %2 entries before it verify.",
            )
            .replace("%1", str(report.broken_at))
            .replace("%2", str(report.entries))
        )
    if report.alarms:
        found.append(alarms_line(report.alarms))
    return "\n\n".join(found)
