"""The 移動存儲介質 tab as the main window hosts it (ui/common/lazy_tab.py): the media screen (its
widgets, model and the media services they import) is built once the tab has been painted —
start-up time is measured (bench/startup.py) — and reads its first rows once its table has
been painted in turn. Menu items that need the screen (Register…, Stocktake…) build it on
demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from records_desk.ui.common.lazy_tab import LazyTab

if TYPE_CHECKING:
    from records_desk.ui.media.screen import MediaScreen


class MediaTab(LazyTab["MediaScreen"]):
    object_name = "mediaTab"

    def title(self) -> str:
        return self.tr("Removable media")

    def _make_screen(self) -> MediaScreen:
        from records_desk.ui.media.screen import MediaScreen

        return MediaScreen(self._services, self._principal, self._settings, self._publish)
