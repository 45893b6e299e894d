"""STYLE.md layering: only ui/ and app.py import PySide6; domain/ imports neither SQLAlchemy
nor PySide6; imports point downwards only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "records_desk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in files:
        for module in imported_modules(path):
            if module.split(".")[0] in forbidden or module.startswith(forbidden):
                bad.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return bad


def test_only_ui_and_app_import_pyside6() -> None:
    outside_ui = [
        p for p in modules_under(PACKAGE) if p.relative_to(PACKAGE).parts[0] not in ("ui", "app.py")
    ]
    assert outside_ui, "the walk found no modules"
    assert offenders(outside_ui, ("PySide6", "shiboken6")) == []


def test_domain_is_pure() -> None:
    domain = modules_under(PACKAGE / "domain")
    assert (
        offenders(
            domain,
            (
                "PySide6",
                "sqlalchemy",
                "alembic",
                "records_desk.store",
                "records_desk.services",
                "records_desk.ui",
                "openpyxl",
                "reportlab",
            ),
        )
        == []
    )


def test_lower_layers_do_not_import_upper_ones() -> None:
    layers = {
        "store": ("records_desk.services", "records_desk.ui", "records_desk.app"),
        "services": ("records_desk.ui", "records_desk.app", "records_desk.cli"),
        "exchange": ("records_desk.ui", "records_desk.app"),
        "printing": ("records_desk.ui", "records_desk.app"),
    }
    for layer, forbidden in layers.items():
        assert offenders(modules_under(PACKAGE / layer), forbidden) == [], layer


def test_the_boundary_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\n")
    assert imported_modules(sample) == {"PySide6.QtWidgets"}
