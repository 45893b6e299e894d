"""Issue 10 §3 (the import's CPU): the commit reuses the preview's duplicate keys for every
file whose name, phones and ID number are stored as the preview read them (the keys depend on
those alone), works them out again for the others (a number typed in both phone columns is
stored once) — and stores what refresh_problems stores."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from records_desk.domain.customers import duplicates as dup
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers import quality_checks, quality_upkeep
from tests.integration.test_customer_import_office_list import write_xlsx
from tests.integration.test_import_quality_bulk import HEADERS, import_list, office_list, stored


def test_import_commit_reuses_the_previews_duplicate_keys(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = office_list(random.Random(7), 60)
    for row in rows[:5]:
        row[0], row[3], row[4] = "陳淑芬", "0988 111 222", "0988 111 222"  # stored once
    asked: list[dup.DuplicateProbe] = []
    worked_out = dup.duplicate_keys

    def counted(probe: dup.DuplicateProbe, facts: object = None) -> object:
        asked.append(probe)
        return worked_out(probe, facts)  # type: ignore[arg-type]

    monkeypatch.setattr(quality_checks.dup, "duplicate_keys", counted)
    path = write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    asked.clear()  # the preview's own
    new = list(services.customers.imports.commit(gm, preview, override_reason="test").customer_ids)
    assert len(new) == 60
    # worked out again: the files whose two phone cells hold one number (stored once);
    # every other file's keys are the preview's
    again = [p for p in asked if p.name == "陳淑芬" and p.phones == ("0988 111 222",)]
    assert len(again) >= 5 and len(asked) <= 60 // 4
    with services.ctx.uow.read() as uow:
        bulk = stored(uow.session, new)
    with services.ctx.uow.write() as uow:  # the same files read back and checked again
        quality_upkeep.refresh_problems(uow.session, new)
        assert stored(uow.session, new) == bulk  # not committed: rolled back


def test_import_stores_what_refresh_problems_stores_with_the_previews_keys(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rnd = random.Random(11)
    import_list(services, gm, write_xlsx(tmp_path / "舊.xlsx", [HEADERS, *office_list(rnd, 30)]))
    new = import_list(
        services, gm, write_xlsx(tmp_path / "新.xlsx", [HEADERS, *office_list(rnd, 150)])
    )
    with services.ctx.uow.read() as uow:
        bulk = stored(uow.session, new)
    with services.ctx.uow.write() as uow:
        quality_upkeep.refresh_problems(uow.session, new)
        assert stored(uow.session, new) == bulk
