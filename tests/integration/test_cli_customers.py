"""`records-desk customers search QUERY [--json] [--limit N]`: what the customers tab finds,
ranked the same way, one line per customer or a JSON list; exit 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.paths import config_dir
from records_desk.services.container import build_services
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.integration.cli_runner import init_office, run
from tests.unit.customer_fixtures import draft


@pytest.fixture
def office(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A database with three customers, one blacklisted and one void, made by the services."""
    init_office(capsys, monkeypatch, db_path)
    services = build_services(open_database(db_path, KeyStore(config_dir())), cheap_settings())
    try:
        gm = services.auth.login("boss", GM_PASSWORD)
        chen = services.customers.files.register(gm, draft(name="陳大文", phones=("0912-345-678",)))
        services.customers.files.register(gm, draft(name="老陳記麵店", phones=("02-2700-1111",)))
        gone = services.customers.files.register(gm, draft(name="陳小文"))
        services.customers.blacklist.add(
            gm, chen.id, BlacklistScope.COMPANY, None, "unpaid invoices"
        )
        services.customers.files.void(gm, gone.id, "entered twice")
    finally:
        services.close()
    return db_path


def search(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", "boss", "customers", "search", *args)


def test_search_prints_one_line_per_customer_best_match_first(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = search(capsys, office, "陳")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2  # the void file is left out
    assert lines[0].startswith("CS-") and "陳大文" in lines[0] and "0912-345-678" in lines[0]
    assert "台北一部" in lines[0] and "BLACKLISTED until" in lines[0]
    assert "老陳記麵店" in lines[1] and "BLACKLISTED" not in lines[1]
    assert "顯示 2 份（共 2 份符合）" in err


def test_search_by_phone_typed_full_width_with_dashes(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = search(capsys, office, "２７００－１１１１")
    assert code == 0 and [line.split("  ")[1] for line in out.splitlines()] == ["老陳記麵店"]


def test_search_json_lists_objects(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = search(capsys, office, "文", "--json", "--include-void")
    assert code == 0
    rows = json.loads(out)
    assert [r["name"] for r in rows] == ["陳大文", "陳小文"]
    assert rows[0]["phones"] == ["0912-345-678"] and rows[0]["blacklisted_until"]
    assert rows[1]["status"] == "void" and rows[1]["blacklisted_until"] is None


def test_search_limit_and_no_match(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = search(capsys, office, "陳", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1 and "顯示 1 份（共 2 份符合）" in err
    code, out, _ = search(capsys, office, "龍", "--json")
    assert code == 0 and json.loads(out) == []
