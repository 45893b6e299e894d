"""What a feature gives the main window (records_desk/features.py names the module holding its
`FEATURE_UI`): its tab, its menu, and the menu's actions, each with its text, shortcut,
permission and slot (picard's action factories, Spyder's plugins). The window loops over the
features; adding one edits no central file.

The slots are methods of the feature's controller, made once per window with the window as
its `FeatureHost`: the services, who is signed in, the settings, one dialog of each kind, the
feature's own tab, and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
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
