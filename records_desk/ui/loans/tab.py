"""The loan register tab. Until its own issue lands it says plainly that the feature is not
built yet; the main window only hosts it."""

from __future__ import annotations

from records_desk.ui.widgets.placeholder import PlaceholderTab


class LoansTab(PlaceholderTab):
    object_name = "loansTab"

    def title(self) -> str:
        return self.tr("Loan register")

    def description(self) -> str:
        return self.tr(
            "The loan register: who borrowed which file, when it is due, and when it "
            "went back in its place."
        )
