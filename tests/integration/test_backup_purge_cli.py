"""R-BAK-4 from the command line: `records-desk --user U purge --older-than YEARS` lists what
would go, refuses without --yes, and with it makes a checked backup first and prints JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from records_desk.domain.common.roles import Role
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, PASSWORD, cheap_settings
from tests.integration.cli_runner import init_office, run


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")


def old_void_files(db_path: Path) -> list[str]:
    """Two files registered and voided in 2020, one active; and an archivist account."""
    services = build_services(
        open_database(db_path, KeyStore(config_dir())),
        cheap_settings(),
        clock=lambda: datetime(2020, 3, 2, 9, 0, tzinfo=UTC),
    )
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        services.accounts.create(gm, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
        services.auth.change_password("ann", "temporary-pw", PASSWORD)
        numbers = []
        for name in ("甲", "乙", "丙"):
            draft = CustomerDraft(
                record_type=RecordType.CLOSED_SALES,
                name=name,
                department="台北一部",
                phones=("0912-345-678",),
                admission=AdmissionChecklist.all_met(),
                event_date=date(2020, 3, 1),
            )
            info = services.customers.files.register(gm, draft)
            if name != "丙":
                services.customers.files.void(gm, info.id, "重複建檔")
                numbers.append(info.archive_number)
        return numbers
    finally:
        services.close()


def test_purge_command_lists_confirms_backs_up_then_purges_R_BAK_4(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init_office(capsys, monkeypatch, db_path)
    numbers = old_void_files(db_path)
    base = ("--db", str(db_path), "--user", "boss", "purge", "--older-than", "3")

    code, out, err = run(capsys, *base, "--dry-run", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert listed["backup"] is None and listed["dry_run"] is True
    assert listed["purged"] == {"loans": [], "customer_files": numbers}

    code, out, err = run(capsys, *base)
    assert code == 2 and "add --yes to confirm" in err and "Traceback" not in err
    assert all(n in out for n in numbers)

    code, out, err = run(capsys, *base, "--yes", "--json")
    assert code == 0, err
    done = json.loads(out)
    assert done["purged"] == {"loans": [], "customer_files": numbers}
    assert "before-purge" in done["backup"] and Path(done["backup"]).is_file()
    assert datetime.fromisoformat(done["cutoff"]).year == datetime.now(UTC).year - 3

    code, _out, err = run(capsys, *base, "--yes")
    assert code == 2 and "once every six months" in err

    monkeypatch.setenv("RECORDS_DESK_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--db", str(db_path), "--user", "ann", *base[4:], "--dry-run")
    assert code == 2 and out == "" and "Traceback" not in err
