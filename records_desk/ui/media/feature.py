"""The removable-media inventory as the main window shows it (records_desk/features.py): the
移動存儲介質 tab and the Media menu — register a medium (Ctrl+M), the stocktake (Ctrl+K), the
media due for a stocktake. Registering and counting carry no role permission here: the
archivist's deputy may do them on the days named whatever the account's role (R-ACC-5), so
the screen asks the services, which check every call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.changes import Changes
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi
from records_desk.ui.media.exchange_actions import EXCHANGE_ACTIONS  # Excel (issue 13 §7)

if TYPE_CHECKING:
    from records_desk.ui.media.screen import MediaScreen
    from records_desk.ui.media.tab import MediaTab

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)

MEDIA = "media"  # the change bus's topic: media registered, stepped, counted


def _tab(host: FeatureHost) -> QWidget:
    from records_desk.ui.media.tab import MediaTab

    tab = MediaTab(
        host.services,
        host.principal,
        host.settings,
        publish=lambda: host.changes.publish(Changes.of(MEDIA)),
    )
    host.changes.changed.connect(lambda changes: tab.refresh() if changes.touches(MEDIA) else None)
    return tab


class MediaMenu:
    """The Media menu's slots: each shows the tab (built on demand) and asks its screen."""

    def __init__(self, window: FeatureHost) -> None:
        self.window = window

    def _tab(self) -> MediaTab:
        from records_desk.ui.media.tab import MediaTab

        tab = self.window.feature_tab("media")
        assert isinstance(tab, MediaTab)
        return tab

    def show_tab(self) -> MediaScreen:
        tab = self._tab()
        parent = tab.parentWidget()
        while parent is not None and not hasattr(parent, "setCurrentWidget"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(tab)  # type: ignore[attr-defined]
        return tab.build()

    def open_register(self) -> None:
        self.show_tab().open_register()

    def open_stocktake(self) -> None:
        self.show_tab().open_stocktake()

    def show_due(self) -> None:
        self.show_tab().show_due()

    def open_settings(self) -> None:
        from records_desk.ui.media.media_settings_dialog import open_media_settings

        open_media_settings(self.window, lambda: self.window.changes.publish(Changes.of(MEDIA)))


ACTIONS = (
    FeatureAction(
        "media_register",
        lambda: translate("Actions", "&Register a medium…"),
        lambda: translate(
            "Actions", "Number a new USB stick, disk, disc, tape or card and put it on record"
        ),
        MediaMenu.open_register,
        "Ctrl+M",
    ),
    FeatureAction(
        "media_stocktake",
        lambda: translate("Actions", "&Stocktake…"),
        lambda: translate(
            "Actions", "Scan the media in the cupboards: what is missing, unexpected, twice"
        ),
        MediaMenu.open_stocktake,
        "Ctrl+K",
    ),
    FeatureAction(
        "media_due",
        lambda: translate("Actions", "Show media &due for stocktake"),
        lambda: translate("Actions", "Media never counted, or not in the last 12 months"),
        MediaMenu.show_due,
        permission=Action.MEDIA_VIEW,
    ),
    FeatureAction(
        "media_settings",
        lambda: translate("Actions", "Media setti&ngs…"),
        lambda: translate(
            "Actions", "The repair units the IT office names; backup disc categories"
        ),
        MediaMenu.open_settings,
        permission=Action.OFFICE_SETTINGS,
    ),
)

FEATURE_UI = FeatureUi(
    "media",
    topic=MEDIA,
    tab=_tab,
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Media"),
    menu=(
        "media_register",
        None,
        "media_stocktake",
        "media_due",
        None,
        "media_import",
        "media_export",
        None,
        "media_settings",
    ),
    actions=ACTIONS + EXCHANGE_ACTIONS,
    controller=MediaMenu,
)
