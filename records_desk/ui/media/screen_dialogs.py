"""The dialogs the media inventory's screen opens (screen.py): register a medium, a step of
its life cycle, the stocktake; and the media due for a stocktake. One of each kind, non-modal,
opened with open(); what they change is published by the screen (`_changed`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from records_desk.domain.media.vocabulary import Action
from records_desk.ui import notify
from records_desk.ui.common.register_screen import ScreenDialogsBase

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.services.media.dto import MediumInfo
    from records_desk.services.media.search import MediaSearchService, Person
    from records_desk.settings import Settings
    from records_desk.ui.media.filter_bar import MediaFilterBar
    from records_desk.ui.media.media_model import MediaTableModel
    from records_desk.ui.media.people import PeopleNames

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


class MediaScreenDialogs(ScreenDialogsBase):
    """Mixed into MediaScreen, whose attributes these are."""

    _services: Services
    _principal: Principal
    _settings: Settings | None
    current: MediumInfo | None
    refusals: dict[Action, Exception | None]
    may_register: bool
    may_count: bool
    today: date
    model: MediaTableModel
    names: PeopleNames
    filter_bar: MediaFilterBar

    if TYPE_CHECKING:  # the screen's own

        @property
        def search_service(self) -> MediaSearchService: ...
        def _call(self, fn: Callable[[], Any]) -> Any: ...
        def load(self) -> None: ...
        def _changed(self) -> None: ...
        def apply_filter(self) -> None: ...
        def select_medium(self, number: str | None, reread: bool = False) -> None: ...

    def _people(self) -> list[Person]:
        return self._call(lambda: self.search_service.people(self._principal)) or []

    def _not_allowed(self) -> None:
        notify.info(
            self._widget(),
            translate(
                "MediaScreen",
                "Only the archivist, the general manager, the customer director — or the "
                "deputy archivist on the days named — register media and count them.",
            ),
        )

    def open_register(self) -> QDialog | None:
        self.load()
        if not self.may_register:
            self._not_allowed()
            return None
        from records_desk.ui.media.register_dialog import RegisterMediumDialog

        departments = self._call(lambda: self.search_service.departments(self._principal))
        dialog = RegisterMediumDialog(
            self._services,
            self._principal,
            self._settings,
            departments or [],
            self._widget(),
            self._people(),
        )
        dialog.registered.connect(self._registered)
        return self._open("register", dialog)

    def _registered(self, info: MediumInfo) -> None:
        self._changed()
        if self.model.row_of(info.number) is None:  # filtered out: show everything
            self.filter_bar.search.setText(info.number)
            self.apply_filter()
        self.select_medium(info.number, reread=True)

    def open_step(self, steps: tuple[Action, ...]) -> QDialog | None:
        info = self.current
        if info is None:
            return None
        from records_desk.ui.media.step_dialog import StepDialog

        offered = tuple(s for s in steps if self.refusals.get(s) is None) or steps
        people = self._people() if set(steps) & {Action.ISSUE, Action.DISPOSE, Action.LOST} else []
        dialog = StepDialog(
            self._services, self._principal, self._settings, info, offered, people, self.today,
            self._widget(),
        )  # fmt: skip
        dialog.recorded.connect(lambda done: self._recorded(done))
        dialog.stale.connect(lambda: self._recorded(info))
        return self._open("step", dialog)

    def _recorded(self, info: MediumInfo) -> None:
        self._changed()
        self.select_medium(info.number, reread=True)

    def open_stocktake(self) -> QDialog | None:
        self.load()
        if not self.may_count:
            self._not_allowed()
            return None
        from records_desk.ui.media.stocktake_dialog import StocktakeDialog

        service = self.search_service
        departments = self._call(lambda: service.departments(self._principal)) or []
        locations = self._call(lambda: service.locations(self._principal)) or []
        dialog = StocktakeDialog(
            self._services,
            self._principal,
            self._settings,
            departments,
            locations,
            self._widget(),
            self.names,
        )
        dialog.changed.connect(self._changed)
        return self._open("stocktake", dialog)

    def show_due(self) -> None:
        self.load()
        self.filter_bar.due.setChecked(True)
