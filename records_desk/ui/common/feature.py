"""What a feature gives the main window (records_desk/features.py names the module holding its
`FEATURE_UI`): its tab, its menu, and the menu's actions, each with its text, shortcut,
permission and slot (picard's action factories, Spyder's plugins). The window loops over the
features; adding one edits no central file.

A feature may also put one widget in the window's status bar (`status`), and one button on
the first-start dialog, beside creating the general manager's account (`first_run`, a
`FirstRunEntry`: e.g. the backup feature's "Restore from a backup…", which brings the
office's data to a new PC instead). Its slot is given the dialog as a `FirstRunHost`: the
new, empty office's services, the settings, and `replace_office(services)` to go on with
another office (the sign-in dialog follows for its accounts).

The slots are methods of the feature's controller, made once per window with the window as
its `FeatureHost`: the services, who is signed in, the settings, one dialog of each kind, the
feature's own tab, and the change bus."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.features import features
from records_desk.ui.actions import ALL_SPECS

if TYPE_CHECKING:  # a feature's window module imports this: the services stay out of start-up
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services
    from records_desk.settings import Settings
    from records_desk.ui.common.changes import ChangeBus


class FeatureHost(Protocol):
    services: Services
    principal: Principal
    settings: Settings
    changes: ChangeBus

    def show_dialog(self, key: str, factory: Callable[[], QWidget]) -> QWidget: ...

    def feature_tab(self, feature: str) -> QWidget | None: ...


class FirstRunHost(Protocol):
    """The first-start dialog as a `FirstRunEntry`'s slot sees it (a QWidget: the parent of
    what the slot opens)."""

    office: Services  # the new, empty office the app made at this start
    app_settings: Settings

    def replace_office(self, services: Services, message: str = "") -> None:
        """The office is now another one (SERVICES, opened): the first start ends and the
        sign-in dialog follows, for its accounts, with MESSAGE (what came back) shown over it."""
        ...


@dataclass(frozen=True)
class FirstRunEntry:
    """A button of the first-start dialog: `text()` and `tip()` in the current language;
    `slot(host)` runs on click."""

    name: str
    text: Callable[[], str]
    tip: Callable[[], str]
    slot: Callable[[FirstRunHost], object]


@runtime_checkable
class FeatureTab(Protocol):
    """What a feature's tab (a QWidget) adds: the tab's text in the current language."""

    def title(self) -> str: ...


@dataclass(frozen=True)
class FeatureAction:
    """A menu item: `text()` and `tip()` in the current language (called again on a change of
    language); the item is greyed out for a role the permission matrix refuses `permission`
    (the services check again on every call); `slot(controller)` runs on trigger."""

    name: str
    text: Callable[[], str]
    tip: Callable[[], str]
    slot: Callable[[Any], object]
    shortcut: str = ""
    permission: Action | None = None


@dataclass(frozen=True)
class FeatureUi:
    name: str
    tab: Callable[[FeatureHost], QWidget] | None = None
    menu_title: Callable[[], str] | None = None
    # Action names in menu order; None is a separator.
    menu: tuple[str | None, ...] = ()
    actions: tuple[FeatureAction, ...] = ()
    controller: Callable[[FeatureHost], Any] | None = None
    # A widget for the window's status bar (e.g. the loans' overdue count), left of the
    # window's own; it words itself on a change of language.
    status: Callable[[FeatureHost], QWidget] | None = None
    # A button on the first-start dialog (a new, empty office), e.g. restoring a backup.
    first_run: FirstRunEntry | None = None
    # The change bus's topic of the feature's records: another desk's changes to them are
    # published under it (ui/common/live.py), so its views reread as after a change here.
    topic: str = ""


def feature_uis() -> list[FeatureUi]:
    """The registered features' window parts, in their order. An action name given twice (by
    two features, or one the window has) is refused: the second would silently win."""
    uis: list[FeatureUi] = [importlib.import_module(f.ui).FEATURE_UI for f in features() if f.ui]
    taken = {spec.name for spec in ALL_SPECS}
    for ui in uis:
        for spec in ui.actions:
            if spec.name in taken:
                raise ValueError(f"feature {ui.name}: the action {spec.name} is taken")
            taken.add(spec.name)
    return uis


def first_run_entries() -> list[FirstRunEntry]:
    """The first-start dialog's buttons the features give, in their order."""
    return [ui.first_run for ui in feature_uis() if ui.first_run is not None]


def file_facts(services: Services, principal: Principal, archive_number: str) -> list[str]:
    """What the other features say about a customer file (records_desk/features.py
    `customer_files`), for the customer-files detail panel: e.g. that it is out on loan, with
    whom and until when."""
    lines: list[str] = []
    for feature in features():
        if feature.customer_files:
            module = importlib.import_module(feature.customer_files)
            lines += module.file_facts(services, principal, archive_number)
    return lines


def run_slot(slot: Callable[[object], object], controller: object, *_args: object) -> None:
    slot(controller)
