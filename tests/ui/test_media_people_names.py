"""The media tab names people from one map (issue 13 upkeep): the list's Borrower column, the
detail panel and the stocktake dialog each kept a user name → name map of their own, the
stocktake's read when it opened. Now the screen reads the names once per refresh into one
PeopleNames (ui/media/people.py) that all three share, so a person who appears after the tab
opened is named alike everywhere once the tab is refreshed."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.media.media_model import MediaColumn
from records_desk.ui.media.people import PeopleNames
from records_desk.ui.media.stocktake_dialog import StocktakeDialog
from records_desk.ui.media.tab import MediaTab
from tests.conftest import PASSWORD, cheap_settings
from tests.unit.media_fixtures import issue, ready


def test_the_list_detail_and_stocktake_share_one_map_of_names(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal]
) -> None:
    archivist, gm = principals[Role.ARCHIVIST], principals[Role.GENERAL_MANAGER]
    number = ready(services, archivist).number
    tab = MediaTab(services, archivist, cheap_settings())
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    screen = tab.content
    assert screen is not None

    # Someone new, after the tab read its names, borrows the medium.
    services.accounts.create(gm, "lin", "林業務", Role.STAFF, "temporary-pw")
    services.auth.change_password("lin", "temporary-pw", PASSWORD)
    lend = issue("lin", "sales-manager", date(2026, 12, 10))
    services.media.inventory.apply(archivist, number, [lend])
    screen.refresh()
    screen.select_medium(number, reread=True)

    dialog = screen.open_stocktake()
    assert isinstance(dialog, StocktakeDialog)
    assert isinstance(screen.names, PeopleNames)
    assert screen.model.names is screen.names
    assert screen.detail.names is screen.names
    assert dialog.names is screen.names

    assert screen.model.index(0, MediaColumn.HOLDER).data() == "林業務"
    assert screen.detail.names.named("lin") == "林業務 (lin)"
    assert any("林業務 (lin)" in label for label in _detail_texts(screen.detail))
    dialog.start()
    assert "by Archivist" in dialog.status.text()  # the opener by name, from the same map
    dialog.close()
    tab.close()


def _detail_texts(panel: object) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [w.text() for w in panel.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_an_account_without_a_known_name_is_shown_by_its_user_name() -> None:
    names = PeopleNames()
    assert (names.name("ghost"), names.named("ghost")) == ("ghost", "ghost")
    assert (names.name(None), names.named("")) == ("", "")
