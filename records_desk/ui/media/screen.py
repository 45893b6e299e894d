"""The 移動存儲介質 screen: the media inventory as a paging table (one row per medium, its state
a badge and a word) with its filters, the selected medium in full with its history as a
timeline, and the acts on it — register, prepare (label, encryption, virus check), issue,
take back, virus check, send to and back from repair, dispose of, report lost, classify — and
the stocktake (R-MED-1…7). Each act is offered as the life cycle allows it in the medium's
state (domain/media lifecycle.allowed, through the service, which adds the account's rights);
the impossible ones are disabled with the refusal worded in their tooltip. Every slot
collects values, makes one service call through ui/operations.call and refreshes; the rules
live in the domain and the services. Built by the tab (tab.py) once it is first painted."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QToolBar,
    QWidget,
)

from records_desk.domain.common.permissions import Action as Right
from records_desk.domain.media.stocktake import is_due
from records_desk.domain.media.vocabulary import Action
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import operations
from records_desk.ui.actions import button_text
from records_desk.ui.common.first_paint import load_after_first_paint
from records_desk.ui.common.register_screen import lay_out_register, screen_action
from records_desk.ui.media.backup_disc_dialog import BackupDiscAction
from records_desk.ui.media.detail_panel import MediumDetailPanel
from records_desk.ui.media.filter_bar import MediaFilterBar
from records_desk.ui.media.media_model import MediaTableModel
from records_desk.ui.media.media_table import MediaTable
from records_desk.ui.media.people import PeopleNames
from records_desk.ui.media.screen_dialogs import MediaScreenDialogs
from records_desk.ui.media.step_dialog import PREPARE
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.media.dto import MediaFilter, MediumInfo, MediumRow
    from records_desk.services.media.search import MediaSearchService

T = TypeVar("T")

# The acts on the selected medium, in the tool bar's order: (object name, the steps).
STEPS: tuple[tuple[str, tuple[Action, ...]], ...] = (
    ("prepareMedium", PREPARE),
    ("issueMedium", (Action.ISSUE,)),
    ("returnMedium", (Action.RETURN,)),
    ("checkMedium", (Action.VIRUS_CHECK,)),
    ("sendToRepair", (Action.REPAIR_SEND,)),
    ("backFromRepair", (Action.REPAIR_BACK,)),
    ("disposeMedium", (Action.DISPOSE,)),
    ("reportLost", (Action.LOST,)),
    ("classifyMedium", (Action.CLASSIFY,)),
)


class MediaScreen(QWidget, MediaScreenDialogs):
    object_name = "mediaScreen"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        publish: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._publish = publish
        self._loaded = False
        self._load_scheduled = False
        self._refused = False
        self._search_service: MediaSearchService | None = None
        self.today = date.today()
        self.current: MediumInfo | None = None
        self.refusals: dict[Action, Exception | None] = {}
        self.may_register = self.may_count = False
        self.dialogs: dict[str, QWidget] = {}
        self.names = PeopleNames()  # who an account is: shared by the list, detail, stocktake
        self.model = MediaTableModel(
            self._count, self._page, parent=self, due=self._due, today=lambda: self.today
        )
        self._build()
        self._create_actions()
        self.retranslate_ui()

    # -- service calls ----------------------------------------------------------------------
    @property
    def search_service(self) -> MediaSearchService:
        if self._search_service is None:
            from records_desk.services.media.search import MediaSearchService

            self._search_service = MediaSearchService(self._services.media.ctx)
        return self._search_service

    def _call(self, fn: Callable[[], T]) -> T | None:
        if self._refused:
            return None
        try:
            return operations.call(self, fn)
        except operations.Failed as failed:
            from records_desk.domain.common.errors import PermissionDenied

            self._refused = isinstance(failed.args[0], PermissionDenied)
            return None

    def _count(self, flt: MediaFilter) -> int | None:
        return self._call(lambda: self.search_service.count(self._principal, flt))

    def _page(self, flt: MediaFilter, offset: int, limit: int) -> list[MediumRow] | None:
        return self._call(lambda: self.search_service.page(self._principal, flt, offset, limit))

    def _due(self, row: MediumRow) -> bool:
        from records_desk.domain.media.vocabulary import FINAL_STATES

        return row.state not in FINAL_STATES and is_due(row.last_counted_on, self.today)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = MediaFilterBar()
        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.search = self.filter_bar.search
        self.count_label = QLabel()
        self.count_label.setObjectName("mediaCount")
        self.table = MediaTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        # After the table's own slot has sorted the model: the medium stays selected when it
        # is among the rows read.
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._sorted())
        self.detail = MediumDetailPanel()
        self.model.names = self.detail.names = self.names
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mediaActions")
        self.splitter = lay_out_register(
            self, self.filter_bar, self.toolbar, self.count_label, self.table, self.detail, 960
        )

    def _action(self, name: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        return screen_action(self, name, slot, shortcut)

    def _create_actions(self) -> None:
        self.find_action = self._action("findMedium", self.focus_search, "Ctrl+F")
        self.register_action = self._action("registerMedium", self.open_register)
        self.toolbar.addAction(self.register_action)
        self.step_actions: dict[str, QAction] = {}
        for name, steps in STEPS:
            action = self._action(name, functools.partial(self.open_step, steps))
            self.step_actions[name] = action
            self.toolbar.addAction(action)
        self.backup = BackupDiscAction(self, self._services, self._principal, self._settings,
                                       self._open, self._recorded)  # fmt: skip
        self.toolbar.addAction(self.backup.action)
        self.stocktake_action = self._action("openStocktake", self.open_stocktake)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.stocktake_action)
        from records_desk.ui.media.print_menu import MediaPrintButton

        self.print_button = MediaPrintButton(
            self._services, self._principal, self.selected_rows, lambda: self.current,
            lambda: (self.model.filter, self.model.total), self,
        )  # fmt: skip
        self.toolbar.addWidget(self.print_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def step_action(self, action: Action) -> QAction:
        for name, steps in STEPS:
            if steps == (action,) or (action in steps and len(steps) > 1):
                return self.step_actions[name]
        raise KeyError(action)

    def retranslate_ui(self) -> None:
        self.filter_bar.retranslate_ui()
        texts = {
            self.register_action: self.tr("&Register…"),
            self.step_actions["prepareMedium"]: self.tr("&Prepare…"),
            self.step_actions["issueMedium"]: self.tr("&Issue…"),
            self.step_actions["returnMedium"]: self.tr("Take &back…"),
            self.step_actions["checkMedium"]: self.tr("&Virus check…"),
            self.step_actions["sendToRepair"]: self.tr("&Send for repair…"),
            self.step_actions["backFromRepair"]: self.tr("Back &from repair…"),
            self.step_actions["disposeMedium"]: self.tr("&Dispose of…"),
            self.step_actions["reportLost"]: self.tr("Report &lost…"),
            self.step_actions["classifyMedium"]: self.tr("&Classify…"),
            self.stocktake_action: self.tr("S&tocktake…"),
            self.find_action: self.tr("Find"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(button_text(text))
        self.model.retranslate()
        self.print_button.retranslate_ui()
        self._update_actions()
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
        if self._loaded:
            return
        self._loaded = True
        self._read_today()
        # R-ACC-5: the archivist's deputy registers and counts on the days named, whatever the
        # account's role — asked of the services, not the role.
        ctx = self._services.ctx
        self.may_register = ctx.may(self._principal, Right.MEDIA_REGISTER)
        self.may_count = ctx.may(self._principal, Right.MEDIA_STOCKTAKE)
        self._read_names()
        self.apply_filter()
        # After the first rows are painted; not at all if the screen is gone by then.
        QTimer.singleShot(0, self, self._fill_departments)

    def _read_today(self) -> None:
        """The office's day by the services' clock: what an overdue medium is late against."""
        from records_desk.services.common.clock import office_day

        self.today = office_day(self._services.media.ctx.now())

    def _read_names(self) -> None:
        """Whom the Borrower column and the detail name, by their accounts."""
        self.names.update(self._call(lambda: self.search_service.people(self._principal)) or [])

    def _fill_departments(self) -> None:
        departments = self._call(lambda: self.search_service.departments(self._principal))
        self.filter_bar.set_departments(departments or [])
        self.filter_bar.set_backup_categories(self._services.media.options.backup_categories())

    def apply_filter(self) -> None:
        self.filter_bar.timer.stop()
        if not self._loaded:
            return
        keep = self.current.number if self.current is not None else None
        self._read_today()
        self.model.set_filter(self.filter_bar.current())
        self._show_count()
        self.select_medium(keep)

    def _sorted(self) -> None:
        if self._loaded:
            self._show_count()
            self.select_medium(self.current.number if self.current is not None else None)

    def refresh(self) -> None:
        """After a change: the same filter again, the medium reread."""
        if not self._loaded:
            return
        keep = self.current.number if self.current is not None else None
        self._fill_departments()
        self._read_names()
        self._read_today()
        self.model.reload()
        self._show_count()
        self.select_medium(keep, reread=True)

    def _changed(self) -> None:
        if self._publish is not None:
            self._publish()
        else:
            self.refresh()

    def select_medium(self, number: str | None, reread: bool = False) -> None:
        row = self.model.row_of(number) if number is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.show_selected()
            return
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        if reread:
            self.show_selected()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%1 media").replace("%1", str(self.model.total)))
        self.table.set_placeholder(self._empty_text())

    def _empty_text(self) -> str:
        if not self._loaded or self.model.filter is None:
            return ""
        if not self.filter_bar.is_plain():
            return self.tr(
                "No medium matches. The search looks in numbers and serial numbers; check "
                "the filters above, or set them back to All."
            )
        return self.tr(
            "No medium is registered yet. Register one with Register… (Ctrl+M): it gets its "
            "number, then record its label, encryption and virus check with Prepare…."
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_row(self) -> MediumRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def selected_rows(self) -> list[MediumRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def show_selected(self) -> None:
        row = self.selected_row()
        self.current = None
        self.refusals = {}
        if row is not None:
            register, inventory = self._services.media.register, self._services.media.inventory
            self.current = self._call(lambda: register.show(self._principal, row.number))
            found = self._call(lambda: inventory.allowed(self._principal, row.number))
            self.refusals = dict(found or {})
        self.detail.show_medium(self.current)
        self._update_actions()

    def _update_actions(self) -> None:
        self.register_action.setEnabled(self.may_register or not self._loaded)
        self.stocktake_action.setEnabled(self.may_count or not self._loaded)
        self.print_button.refresh()
        self.backup.update(self.current, self.may_register)
        for name, steps in STEPS:
            action = self.step_actions[name]
            text = button_text(action.text())
            if self.current is None:
                action.setEnabled(False)
                action.setToolTip(
                    self.tr("%1: select a medium in the list first.").replace("%1", text)
                )
                continue
            refusals = [self.refusals.get(step) for step in steps]
            possible = [r for r in refusals if r is None]
            action.setEnabled(bool(possible))
            if possible:
                action.setToolTip(text)
            else:
                first = next(r for r in refusals if r is not None)
                action.setToolTip(f"{text}: {self._why(first)}")

    @staticmethod
    def _why(refusal: Exception) -> str:
        from records_desk.domain.common.errors import DomainError

        return describe(refusal) if isinstance(refusal, DomainError) else str(refusal)
