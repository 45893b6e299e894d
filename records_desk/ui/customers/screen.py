"""The 客戶檔案 screen, the archivist's main one: search as you type (name, contact, phones,
e-mail, archive number; one Chinese character is enough), filters, the paging table, the
selected file in full, and the actions on it (the Records group: screen_actions.py; the
dialogs they open: screen_dialogs.py). Every slot collects values, makes one service call
through ui/operations.call and refreshes; the rules live in the services.

It is built by the tab (tab.py) once the window is on screen; the first query runs once the
empty table has been painted, and the dialogs are imported when opened."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.actions import button_text
from records_desk.ui.common.first_paint import load_after_first_paint
from records_desk.ui.customers.customer_model import CustomerTableModel
from records_desk.ui.customers.customer_table import CustomerTableView
from records_desk.ui.customers.detail_panel import DetailPanel
from records_desk.ui.customers.print_menu import CustomerPrintButton
from records_desk.ui.customers.screen_actions import (
    RecordsActions,
    make_action,
)
from records_desk.ui.customers.screen_dialogs import CustomersScreenDialogs
from records_desk.ui.customers.search_bar import SearchBar
from records_desk.wording.customers.terms import VOID_STATUS

if TYPE_CHECKING:
    from records_desk.services.customers.dto import CustomerInfo
    from records_desk.services.customers.search import CustomerQuery, CustomerRow

T = TypeVar("T")


class CustomersScreen(QWidget, CustomersScreenDialogs):
    object_name = "customersScreen"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._loaded = False
        self._load_scheduled = False
        self._pending = 0  # change requests waiting, for those who decide them
        self._refused = False
        self.current: CustomerInfo | None = None
        self.dialogs: dict[str, QWidget] = {}
        self.model = CustomerTableModel(self._count, self._page, parent=self)
        self._build()
        self._create_actions()
        self.retranslate_ui()

    # -- service calls (None when refused; a refusal of the role is told once) ---------------
    def _call(self, fn: Callable[[], T]) -> T | None:
        if self._refused:
            return None
        try:
            return operations.call(self, fn)
        except operations.Failed as failed:
            from records_desk.domain.common.errors import PermissionDenied

            self._refused = isinstance(failed.args[0], PermissionDenied)
            return None

    def _count(self, query: CustomerQuery) -> int | None:
        return self._call(lambda: self._services.customers.search.count(self._principal, query))

    def _page(self, query: CustomerQuery, offset: int, limit: int) -> list[CustomerRow] | None:
        return self._call(
            lambda: self._services.customers.search.page(self._principal, query, offset, limit)
        )

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_bar = SearchBar()
        self.search_bar.query_changed.connect(self.apply_query)
        # The widgets a user (and a test) works with, by their short names.
        self.search = self.search_bar.search
        self.include_void = self.search_bar.include_void
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")

        self.table = CustomerTableView(self.model, self._settings)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_history())
        self.detail = DetailPanel(facts=self._file_facts)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("customerActions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_button = CustomerPrintButton(self._services, self._principal, self._settings)

        actions = QHBoxLayout()
        actions.addWidget(self.toolbar, 1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_bar)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def _create_actions(self) -> None:
        make = partial(make_action, self)
        self.find_action = make("findCustomer", self.focus_search, "Ctrl+F")
        self.new_action = make("newCustomer", self.open_register, "Ctrl+N")
        self.request_action = make("requestChange", lambda: self.open_change(direct=False))
        self.direct_action = make("changeDirectly", lambda: self.open_change(direct=True))
        self.requests_action = make("changeRequests", self.open_requests)
        self.history_action = make("customerHistory", self.open_history, "Ctrl+H")
        self.grade_action = make("changeGrade", self.open_grade)
        self.void_action = make("voidCustomer", self.open_void)
        changes = (self.new_action, self.request_action, self.direct_action, self.requests_action)
        for action in (*changes, self.history_action, self.grade_action, self.void_action):
            self.toolbar.addAction(action)
        records = (self.detail, self.toolbar, self._open, self.refresh)
        self.records = RecordsActions(
            self, self._services, self._principal, self._settings, *records
        )
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.search_bar.retranslate_ui()
        texts = {
            self.new_action: self.tr("&New file…"),
            self.request_action: self.tr("&Request change…"),
            self.direct_action: self.tr("Change &directly…"),
            self.requests_action: self.tr("Change re&quests…"),
            self.history_action: self.tr("&History…"),
            self.grade_action: self.tr("Change &grade…"),
            self.void_action: self.tr("&Void…"),
            self.find_action: self.tr("Find"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(button_text(text))  # no "(N)" on a toolbar button
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{button_text(text)} ({shortcut})" if shortcut else "")
        self._show_pending()
        self.records.retranslate_ui()
        self.print_button.retranslate_ui()
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._loaded and not self._load_scheduled:
            self._load_scheduled = True
            load_after_first_paint(self.table, self.load)

    @property
    def loaded(self) -> bool:
        return self._loaded

    # -- querying ---------------------------------------------------------------------------
    def load(self) -> None:
        """The department list and the first page (once, after the tab is first shown)."""
        if self._loaded:
            return
        self._loaded = True
        departments = self._call(
            lambda: self._services.customers.search.departments(self._principal)
        )
        self.search_bar.fill(departments or [])
        self._count_pending()
        self.apply_query()

    def apply_query(self) -> None:
        self.search_bar.timer.stop()
        if not self._loaded:
            return
        keep = self.current.id if self.current else None
        self.model.set_query(self.search_bar.query())
        self._show_count()
        self._select(keep)

    def refresh(self, select: int | None = None) -> None:
        """After a change: the same query again, the file reread."""
        keep = select if select is not None else (self.current.id if self.current else None)
        self.model.reload()
        self._show_count()
        self._count_pending()
        self._select(keep, reread=True)

    def _select(self, customer_id: int | None, reread: bool = False) -> None:
        row = self.model.row_of(customer_id) if customer_id is not None else None
        if row is None and self.search_bar.search.text().strip():
            row = 0 if self.model.rowCount() else None  # the best match of a search
        if row is None:
            self.table.clearSelection()
            self.show_selected()
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        if reread or self.current is None or self.current.id != self.model.row_at(row).id:
            self.show_selected()

    def _count_pending(self) -> None:
        """Those who decide change requests see how many wait (R-CUS-4)."""
        if not is_allowed(self._principal.role, Action.CUSTOMER_APPROVE_CHANGE):
            return
        pending = self._call(
            lambda: self._services.customers.files.change_requests(self._principal)
        )
        self._pending = len(pending or [])
        self._show_pending()

    def _show_pending(self) -> None:
        text = self.tr("Change re&quests…")
        if self._pending:
            text = self.tr("Change re&quests (%1 waiting)…").replace("%1", str(self._pending))
        self.requests_action.setText(text)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 files").replace("%1", str(self.model.total)))
        self.table.set_placeholder(self._empty_text())

    def _empty_text(self) -> str:
        """What an empty table means: no files at all yet, or none matching the search."""
        query = self.model.query
        if not self._loaded or query is None:
            return ""
        if query == type(query)():  # no search, no filter
            return self.tr(
                "No customer files yet. Add one with New file… (Ctrl+N), or bring in the "
                "office's list with Customers → Import from Excel… (Ctrl+I)."
            )
        return self.tr(
            "No file matches this search. The search looks in names, contact persons, phones, "
            "e-mail and archive numbers; check the filters above, and tick Include void to "
            "see void files."
        )

    def _file_facts(self, archive_number: str) -> list[str]:
        """What the other features say of the file (ui/common/feature.py file_facts)."""
        from records_desk.ui.common.feature import file_facts

        found = self._call(lambda: file_facts(self._services, self._principal, archive_number))
        return found or []

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_row(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def show_selected(self) -> None:
        row = self.selected_row()
        self.current = None
        if row is not None:
            self.current = self._call(
                lambda: self._services.customers.files.get(self._principal, row.id)
            )
        self.detail.show_customer(self.current)
        self._update_actions()

    def _update_actions(self) -> None:
        role = self._principal.role
        info = self.current
        active = info is not None and info.status != VOID_STATUS
        self.new_action.setEnabled(is_allowed(role, Action.CUSTOMER_REGISTER))
        self.request_action.setEnabled(active and is_allowed(role, Action.CUSTOMER_REQUEST_CHANGE))
        self.direct_action.setEnabled(active and is_allowed(role, Action.CUSTOMER_CHANGE_DIRECTLY))
        self.direct_action.setVisible(is_allowed(role, Action.CUSTOMER_CHANGE_DIRECTLY))
        self.history_action.setEnabled(info is not None)
        graded = active and info is not None and info.grade is not None
        self.grade_action.setEnabled(graded and is_allowed(role, Action.GRADE_CHANGE))
        self.void_action.setEnabled(active and is_allowed(role, Action.CUSTOMER_VOID))
        self.void_action.setVisible(is_allowed(role, Action.CUSTOMER_VOID))
        self.print_button.set_customer(info.id if info is not None else None)
        self.records.update(info)
