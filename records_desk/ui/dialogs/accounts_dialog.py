"""Account administration for the general manager and the customer director (R-ACC-2,
R-ACC-4): a sortable, searchable table of accounts and one button per service call. The
rules (who may administer whom, the last general manager, one's own account, password
length) live in AccountService; a slot only collects values, calls it and refreshes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.roles import Role, may_administer
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.dialogs.account_form import (
    DisableReasonDialog,
    FormDialog,
    NewAccount,
    NewAccountDialog,
    ResetPasswordDialog,
    RoleDialog,
)
from records_desk.ui.models.accounts_model import SORT_ROLE, AccountColumn, AccountsModel
from records_desk.ui.widgets.dialog import RememberingDialog


class AccountsDialog(RememberingDialog):
    geometry_key = "accounts"

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
        self.form: FormDialog | None = None  # the sub-dialog now open, if any
        # Offered choices only; the service checks again (R-ACC-2).
        self._roles = [r for r in Role if may_administer(principal.role, r)]

        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._build()
        self.retranslate_ui()
        self.resize(1000, 480)
        self.reload()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountColumn.USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._selection_changed)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_account)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self.change_role)
        for button in (self.new_button, self.active_button, self.reset_button, self.role_button):
            button.setAutoDefault(False)
        # Separate shortcuts: a button's own shortcut would be replaced by the mnemonic of
        # its (translated) text.
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_account)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)

        side = QVBoxLayout()
        side.addWidget(self.new_button)
        side.addSpacing(12)
        side.addWidget(self.active_button)
        side.addWidget(self.reset_button)
        side.addWidget(self.role_button)
        side.addStretch(1)

        search = QHBoxLayout()
        search.addWidget(self.search_label)
        search.addWidget(self.search_edit, 1)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.count_label = QLabel()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.close_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addLayout(middle, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(bottom)
        self._selection_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(self.tr("User name, name, role or status"))
        self.new_button.setText(self.tr("&New account…"))
        self.new_button.setToolTip(
            self.tr("Create an account (%1)").replace(
                "%1", self.new_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.reset_button.setText(self.tr("&Reset password…"))
        self.role_button.setText(self.tr("Change r&ole…"))
        self.note_label.setText(
            self.tr(
                "Accounts are never deleted: disable the account of someone who leaves; its "
                "history stays in the operation log."
            )
        )
        self.model.retranslate()
        self._selection_changed()

    # -- state ------------------------------------------------------------------------------
    def selected_account(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.account_at(self.proxy.mapToSource(rows[0]).row())

    def select_account(self, username: str) -> None:
        row = self.model.row_of(username)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _selection_changed(self, *_signal_args: object) -> None:
        account = self.selected_account()
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setEnabled(account is not None)
        if account is not None and not account.active:
            self.active_button.setText(self.tr("&Enable"))
        else:
            self.active_button.setText(self.tr("&Disable…"))
        shown = self.proxy.rowCount()
        self.count_label.setText(
            self.tr("%1 of %2 accounts shown")
            .replace("%1", str(shown))
            .replace("%2", str(self.model.rowCount()))
        )

    def reload(self, select: str | None = None) -> None:
        """Re-read the accounts; keep (or move to) the selected user name."""
        current = self.selected_account()
        keep = select or (current.username if current else None)
        try:
            accounts = operations.call(self, lambda: self._services.accounts.list(self._principal))
        except operations.Failed:
            return
        self.model.set_accounts(accounts, self._services.ctx.now())
        self.table.resizeColumnsToContents()
        for column in (AccountColumn.USERNAME, AccountColumn.FULL_NAME):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), 120))
        if keep:
            self.select_account(keep)
        self._selection_changed()

    # -- actions: one service call each -------------------------------------------------------
    def _open_form(self, form: FormDialog, on_submit: Callable[[Any], Any]) -> None:
        """Open a sub-form; when it submits, run the one service call and close it only when
        the call succeeded (so a refused password can be corrected in place)."""

        def submitted(value: Any) -> None:
            try:
                done = operations.call(form, lambda: on_submit(value))
            except operations.Failed:
                return
            form.accept()
            self.reload(select=done.username)

        form.submitted.connect(submitted)
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()

    def _form_closed(self) -> None:
        self.form = None

    def new_account(self) -> None:
        def create(value: NewAccount) -> AccountInfo:
            return self._services.accounts.create(
                self._principal, value.username, value.full_name, value.role, value.password
            )

        self._open_form(NewAccountDialog(self._roles, self), create)

    def toggle_active(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        if not account.active:
            try:
                operations.call(
                    self,
                    lambda: self._services.accounts.enable(self._principal, account.username, ""),
                )
            except operations.Failed:
                pass
            self.reload()
            return
        self._open_form(
            DisableReasonDialog(account.username, self),
            lambda reason: self._services.accounts.disable(
                self._principal, account.username, reason
            ),
        )

    def reset_password(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self._open_form(
            ResetPasswordDialog(account.username, self),
            lambda password: self._services.accounts.reset_password(
                self._principal, account.username, password
            ),
        )

    def change_role(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        self._open_form(
            RoleDialog(account.username, self._roles, account.role, self),
            lambda role: self._services.accounts.change_role(
                self._principal, account.username, role
            ),
        )
