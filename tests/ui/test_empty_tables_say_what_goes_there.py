"""Empty tables said nothing helpful (issue 10, §5): an empty list says what would be listed
and how to add or find it — the customers table (no files yet / nothing matches), the
blacklist, the review lists and the data-quality problems."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.customers.blacklist_dialog import BlacklistDialog
from records_desk.ui.customers.quality_dialog import QualityDialog
from records_desk.ui.customers.reviews_dialog import ReviewsDialog
from records_desk.ui.customers.tab import CustomersTab
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]


def _painted(view: QAbstractItemView) -> bool:
    """The placeholder is drawn: the empty viewport differs from the same without it."""
    text = view.placeholder  # type: ignore[attr-defined]
    with_text: QImage = view.viewport().grab().toImage()
    view.placeholder = ""  # type: ignore[attr-defined]
    without: QImage = view.viewport().grab().toImage()
    view.placeholder = text  # type: ignore[attr-defined]
    return with_text != without


def test_the_empty_customers_table_says_how_to_add_or_find_files(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    tab = CustomersTab(services, office.archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert screen is not None and screen.model.rowCount() == 0
    table = screen.table
    assert "New file" in table.placeholder and "Import from Excel" in table.placeholder
    assert _painted(table)
    screen.search.setText("nobody")
    screen.apply_query()
    assert "No file matches" in table.placeholder and "Include void" in table.placeholder


def test_empty_admin_lists_say_what_would_be_there(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    blacklist = BlacklistDialog(services, office.director)
    qtbot.addWidget(blacklist)
    assert "Add to blacklist" in blacklist.view.placeholder
    blacklist.show()
    qtbot.waitExposed(blacklist)
    assert _painted(blacklist.view)

    reviews = ReviewsDialog(services, office.director)
    qtbot.addWidget(reviews)
    qtbot.waitUntil(lambda: reviews.job is not None and reviews.job.done, timeout=30_000)
    assert all(view.placeholder for view in reviews.views)
    assert "review day" in reviews.views[0].placeholder

    quality = QualityDialog(services, office.director)
    qtbot.addWidget(quality)
    qtbot.waitUntil(lambda: quality.job is not None and quality.job.done, timeout=30_000)
    assert "No open problems" in quality.problems.placeholder
