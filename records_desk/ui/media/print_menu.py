"""The media screen's Print button (R-MED-1, R-MED-6…8, issue 13 §6): the labels of the selected
media, the 介質借用單 of the selected medium's issue, the 移動存儲介質登記表 of the list as
filtered, the 報廢(銷毀)記錄 of the selected disposed media, the 維修交接單 of the selected
medium's repair and the 盤點報告 of the stocktake closed last. Each is offered as the
selection allows; an impossible one is disabled with the refusal the service would give in
its tooltip. Each asks where to save, then fills, renders, writes and audits the PDF off the
UI thread (ui/common/save_pdf.py) and offers to open it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.vocabulary import Action as Step
from records_desk.domain.media.vocabulary import MediumState
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.errors import NeverIssued
from records_desk.services.media.form_errors import (
    NeverSentForRepair,
    NoClosedStocktake,
    NotDisposed,
)
from records_desk.services.media.record_forms import MediaRecordFormService
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.common.save_pdf import save_form_as
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.common.printing import PrintedForm
    from records_desk.services.media.dto import MediaFilter, MediumInfo, MediumRow

FORMS = ("media_labels", "media_slip", "media_register", "media_disposal", "media_repair",
         "media_stocktake")  # fmt: skip


def print_stocktake_report(
    parent: QWidget, services: Services, principal: Principal, stocktake_id: int | None
) -> BackgroundJob | None:
    """Save the 盤點報告 of STOCKTAKE_ID (None: the one closed last) as a PDF."""
    records = _records(services)
    title = services.printing.definition("media_stocktake").title_zh
    name = f"{title}-ST-{stocktake_id:06d}" if stocktake_id is not None else title
    return save_form_as(
        parent,
        services.printing,
        principal,
        name,
        lambda: records.printed_stocktake(principal, stocktake_id),
    )


def _records(services: Services) -> MediaRecordFormService:
    # Built (with the services it reaches) on the UI thread: cached properties are not
    # thread-safe, and the rendering runs on another.
    services.media.stocktakes  # noqa: B018 - built here, used by printed_stocktake
    return MediaRecordFormService(services)


class MediaPrintButton(QToolButton):
    """SELECTED: the rows selected in the table; CURRENT: the medium shown in full (with its
    events); LISTED: the table's filter and its count."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        selected: Callable[[], list[MediumRow]],
        current: Callable[[], MediumInfo | None],
        listed: Callable[[], tuple[MediaFilter | None, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPrintButton")
        self._services = services
        self._principal = principal
        self._selected, self._current, self._listed = selected, current, listed
        self._forms = services.media.forms
        self._records = _records(services)
        self.latest_stocktake: int | None = None
        self.job: BackgroundJob | None = None
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        slots = {
            "media_labels": self.print_labels,
            "media_slip": self.print_slip,
            "media_register": self.print_register,
            "media_disposal": self.print_disposal,
            "media_repair": self.print_repair,
            "media_stocktake": self.print_stocktake,
        }
        for form_id in FORMS:
            # Our own action: the one menu_.addAction(text) returns was gone once the screen
            # had been built inside a shortcut's slot (Ctrl+M on a tab not yet shown).
            action = QAction(self)
            self.menu_.addAction(action)
            action.setObjectName(f"print_{form_id}")
            action.triggered.connect(lambda _checked=False, slot=slots[form_id]: slot())
            self.actions_[form_id] = action
            if form_id == "media_register":
                self.menu_.addSeparator()
        self.menu_.setToolTipsVisible(True)
        self.menu_.aboutToShow.connect(lambda: self.refresh(stocktakes=True))
        self.setMenu(self.menu_)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # Alt+N: Alt+R is the menu bar's Reception (接待(&R)) in both languages.
        self.setText(self.tr("Pri&nt"))
        self.setToolTip(self.tr("Save a form of the selected media, the list or a stocktake"))
        texts = {
            "media_labels": self.tr("&Labels of the selected media…"),
            "media_slip": self.tr("&Sign-out slip of the selected medium…"),
            "media_register": self.tr("&Register of the media listed…"),
            "media_disposal": self.tr("&Disposal record of the selected media…"),
            "media_repair": self.tr("Re&pair hand-over record of the selected medium…"),
            "media_stocktake": self.tr("S&tocktake report of the last stocktake…"),
        }
        for form_id, text in texts.items():
            self.actions_[form_id].setText(text)
        self.refresh()

    # -- what is possible ---------------------------------------------------------------------
    def refresh(self, stocktakes: bool = False) -> None:
        """Enable what the selection allows; STOCKTAKES: ask again which stocktake closed last."""
        if stocktakes:
            records = self._records
            try:
                self.latest_stocktake = records.latest_closed_stocktake(self._principal)
            except DomainError:
                self.latest_stocktake = None
        rows = self._selected()
        info = self._current()
        one = (
            info if len(rows) == 1 and info is not None and rows[0].number == info.number else None
        )
        _flt, total = self._listed()
        pick_some = self.tr("Select one or more media in the list first.")
        pick_one = self.tr("Select one medium in the list first.")
        why: dict[str, str | None] = {
            "media_labels": None if rows else pick_some,
            "media_slip": pick_one if one is None else self._never(one, Step.ISSUE),
            "media_register": None if total else self.tr("No medium is listed: nothing to print."),
            "media_disposal": self._not_disposed(rows) if rows else pick_some,
            "media_repair": pick_one if one is None else self._never(one, Step.REPAIR_SEND),
            "media_stocktake": None
            if self.latest_stocktake is not None
            else describe(NoClosedStocktake()),
        }
        for form_id, reason in why.items():
            action = self.actions_[form_id]
            action.setEnabled(reason is None)
            # The reason alone: the item's own text is beside it, and stripping its mnemonic
            # left "(L)" and an English colon in the Chinese tooltip.
            action.setToolTip(reason or "")

    @staticmethod
    def _never(info: MediumInfo, step: Step) -> str | None:
        if any(e.action == step.value for e in info.events):
            return None
        if step is Step.ISSUE:
            return describe(NeverIssued(info.number))
        return describe(NeverSentForRepair(info.number, info.state))

    @staticmethod
    def _not_disposed(rows: list[MediumRow]) -> str | None:
        other = next((r for r in rows if r.state is not MediumState.DISPOSED), None)
        return describe(NotDisposed(other.number, other.state)) if other is not None else None

    # -- printing -----------------------------------------------------------------------------
    def _save(self, form_id: str, about: str, render: Callable[[], PrintedForm]) -> None:
        title = self._services.printing.definition(form_id).title_zh
        name = f"{title}-{about}" if about else title
        self.job = save_form_as(self.window(), self._services.printing, self._principal, name,
                                render)  # fmt: skip

    def _numbers(self) -> list[str]:
        return [r.number for r in self._selected()]

    @staticmethod
    def _about(numbers: list[str]) -> str:
        # "USB-0001等3件", not "USB-0001-3", which reads as a medium's number (file names
        # are the form's Chinese title and this).
        return numbers[0] if len(numbers) == 1 else f"{numbers[0]}等{len(numbers)}件"

    def print_labels(self) -> None:
        numbers, forms = self._numbers(), self._forms
        if numbers:
            render = lambda: forms.printed_labels(self._principal, numbers)  # noqa: E731
            self._save("media_labels", self._about(numbers), render)

    def print_slip(self) -> None:
        numbers, forms = self._numbers(), self._forms
        if len(numbers) == 1:
            self._save("media_slip", numbers[0], lambda: forms.printed_slip(self._principal,
                                                                            numbers[0]))  # fmt: skip

    def print_register(self) -> None:
        flt, forms = self._listed()[0], self._forms
        if flt is not None:
            self._save("media_register", "", lambda: forms.printed_register(self._principal, flt))

    def print_disposal(self) -> None:
        numbers, records = self._numbers(), self._records
        if numbers:
            render = lambda: records.printed_disposal(self._principal, numbers)  # noqa: E731
            self._save("media_disposal", self._about(numbers), render)

    def print_repair(self) -> None:
        numbers, records = self._numbers(), self._records
        if len(numbers) == 1:
            render = lambda: records.printed_repair(self._principal, numbers[0])  # noqa: E731
            self._save("media_repair", numbers[0], render)

    def print_stocktake(self) -> None:
        self.job = print_stocktake_report(
            self.window(), self._services, self._principal, self.latest_stocktake
        )
