"""The removable media tab. Until its own issue lands it says plainly that the feature is not
built yet; the main window only hosts it."""

from __future__ import annotations

from records_desk.ui.widgets.placeholder import PlaceholderTab


class MediaTab(PlaceholderTab):
    object_name = "mediaTab"

    def title(self) -> str:
        return self.tr("Removable media")

    def description(self) -> str:
        return self.tr(
            "Removable media: registration, security labels, lending, repairs and disposal."
        )
