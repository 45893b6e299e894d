"""The media tab's search by backup category (R-MED-5, services/media/search.py): the backup
discs of one category, or all of them; a disc filed under a category the office has since
removed is still found among all the backup discs."""

from __future__ import annotations

from records_desk.domain.common.roles import Role
from records_desk.domain.media.vocabulary import MediumType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.search import ANY_BACKUP, MediaSearch, MediaSearchService
from tests.unit.media_fixtures import register


def test_backup_discs_are_found_by_category_and_one_the_office_removed_among_all_R_MED_5(
    services: Services, principals: dict[Role, Principal]
) -> None:
    gm, archivist = principals[Role.GENERAL_MANAGER], principals[Role.ARCHIVIST]
    search = MediaSearchService(services.ctx)
    inventory = services.media.inventory
    finance = register(services, archivist, MediumType.OPTICAL).number
    servers = register(services, archivist, MediumType.OPTICAL).number
    register(services, archivist, MediumType.OPTICAL)  # a disc, not a backup
    register(services, archivist)  # a USB stick
    inventory.file_backup(archivist, finance, "財務數據", "ledgers 2025")
    inventory.file_backup(archivist, servers, "服務器數據", "mail server image")
    services.media.options.set_backup_categories(gm, ["一般數據", "財務數據", "歸檔數據"])

    def numbers(backup: str | None) -> list[str]:
        return [r.number for r in search.page(archivist, MediaSearch(backup=backup), 0, 50)]

    assert numbers("財務數據") == [finance]
    assert numbers("服務器數據") == [servers]  # no longer offered; the filter still reads it
    assert numbers("一般數據") == []
    assert numbers(ANY_BACKUP) == [finance, servers]
    assert search.count(archivist, MediaSearch(backup=ANY_BACKUP)) == 2
    assert search.count(archivist, MediaSearch()) == 4
    rows = {r.number: r.backup_category for r in search.page(archivist, MediaSearch(), 0, 50)}
    assert rows[finance] == "財務數據" and list(rows.values()).count(None) == 2
