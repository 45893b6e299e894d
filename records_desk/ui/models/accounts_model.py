"""The accounts table of the administration dialog (R-ACC). The office has a handful of
accounts, so the model holds the list the service returned; it pages nothing."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from records_desk.domain.common.passwords import is_locked
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AccountInfo
from records_desk.ui.messages import local_time, role_name

Index = QModelIndex | QPersistentModelIndex

# Sorting by what the cell means, not by its text (dates in the local format, role order).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2

_ROLE_ORDER = {role: n for n, role in enumerate(Role)}


class AccountColumn(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATUS = 3
    PASSWORD_CHANGED = 4
    LAST_LOGIN = 5


class AccountsModel(QAbstractTableModel):
    """One row per account; disabled accounts are greyed (they are never deleted, R-ACC-4)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountInfo] = []
        self._now: datetime | None = None

    # -- loading ----------------------------------------------------------------------------
    def set_accounts(self, accounts: list[AccountInfo], now: datetime) -> None:
        """`now` is the service clock's time, to tell which lockouts are still running."""
        self.beginResetModel()
        self._accounts = list(accounts)
        self._now = now
        self.endResetModel()

    def account_at(self, row: int) -> AccountInfo:
        return self._accounts[row]

    def row_of(self, username: str) -> int | None:
        for row, account in enumerate(self._accounts):
            if account.username == username:
                return row
        return None

    def retranslate(self) -> None:
        """The language changed: every header and cell text is worded again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AccountColumn) - 1)
        if self._accounts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._accounts) - 1, len(AccountColumn) - 1)
            )

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(AccountColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(AccountColumn):
            return None
        return self._headers()[AccountColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        column = AccountColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(account, column)
        if role == SORT_ROLE:
            return self._sort_key(account, column)
        if role == ACCOUNT_ROLE:
            return account
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            palette = QGuiApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and column is AccountColumn.PASSWORD_CHANGED:
            if account.must_change_password:
                return self.tr("The password must be changed at the next sign-in.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- wording ------------------------------------------------------------------------------
    def _headers(self) -> dict[AccountColumn, str]:
        return {
            AccountColumn.USERNAME: self.tr("User name"),
            AccountColumn.FULL_NAME: self.tr("Full name"),
            AccountColumn.ROLE: self.tr("Role"),
            AccountColumn.STATUS: self.tr("Status"),
            AccountColumn.PASSWORD_CHANGED: self.tr("Password changed"),
            AccountColumn.LAST_LOGIN: self.tr("Last sign-in"),
        }

    def _locked(self, account: AccountInfo) -> bool:
        return self._now is not None and is_locked(account.locked_until, self._now)

    def status_text(self, account: AccountInfo) -> str:
        if not account.active:
            return self.tr("Disabled")
        if self._locked(account):
            assert account.locked_until is not None
            return self.tr("Locked until %1").replace("%1", local_time(account.locked_until))
        return self.tr("Active")

    def _text(self, account: AccountInfo, column: AccountColumn) -> str:
        if column is AccountColumn.USERNAME:
            return account.username
        if column is AccountColumn.FULL_NAME:
            return account.full_name
        if column is AccountColumn.ROLE:
            return role_name(account.role)
        if column is AccountColumn.STATUS:
            return self.status_text(account)
        if column is AccountColumn.PASSWORD_CHANGED:
            changed = local_time(account.password_changed_at)
            if account.must_change_password:
                return self.tr("%1 (must change)").replace("%1", changed)
            return changed
        if account.last_login_at is None:
            return self.tr("never")
        return local_time(account.last_login_at)

    def _sort_key(self, account: AccountInfo, column: AccountColumn) -> Any:
        if column is AccountColumn.ROLE:
            return _ROLE_ORDER[account.role]
        if column is AccountColumn.STATUS:
            return 2 if not account.active else 1 if self._locked(account) else 0
        if column is AccountColumn.PASSWORD_CHANGED:
            return account.password_changed_at.timestamp()
        if column is AccountColumn.LAST_LOGIN:
            return account.last_login_at.timestamp() if account.last_login_at else 0.0
        return self._text(account, column).casefold()
