"""The customer files tab. Until its own issue lands it says plainly that the feature is not
built yet; the main window only hosts it."""

from __future__ import annotations

from records_desk.ui.widgets.placeholder import PlaceholderTab


class CustomersTab(PlaceholderTab):
    object_name = "customersTab"

    def title(self) -> str:
        return self.tr("Customer files")

    def description(self) -> str:
        return self.tr(
            "Customer files: archive numbers, record types, history of every change, "
            "grading and the blacklist."
        )
