"""The reception rotation tab. Until its own issue lands it says plainly that the feature is not
built yet; the main window only hosts it."""

from __future__ import annotations

from records_desk.ui.widgets.placeholder import PlaceholderTab


class ReceptionTab(PlaceholderTab):
    object_name = "receptionTab"

    def title(self) -> str:
        return self.tr("Reception rotation")

    def description(self) -> str:
        return self.tr(
            "Reception rotation: the day's sign-in order, who receives the next "
            "visitor and why, and the visitor sheet."
        )
