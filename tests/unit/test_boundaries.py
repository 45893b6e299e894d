"""STYLE.md layering: only ui/ and app.py import PySide6; domain/ imports neither SQLAlchemy
nor PySide6; imports point downwards only; the window never imports the store.

The full architecture is the import-linter contracts in pyproject.toml, run by `make test`
(lint-imports); the last tests here plant a violation of each kind in a copy of the package and
see lint-imports fail on it, so a contract that no longer guards anything is noticed."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
                where = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path
                bad.append(f"{where} imports {module}")
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
        "ui": ("records_desk.store", "records_desk.cli", "sqlalchemy"),
        "exchange": ("records_desk.ui", "records_desk.app"),
        "printing": ("records_desk.ui", "records_desk.app"),
    }
    for layer, forbidden in layers.items():
        assert offenders(modules_under(PACKAGE / layer), forbidden) == [], layer


def test_the_boundary_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert imported_modules(sample) == {"PySide6.QtWidgets", "sqlalchemy.orm"}
    assert offenders([sample], ("PySide6",)) and offenders([sample], ("sqlalchemy",))
    assert offenders([sample], ("records_desk.store",)) == []


LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
ROOT = PACKAGE.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def package_copy(tmp_path: Path) -> Path:
    shutil.copytree(
        PACKAGE, tmp_path / "records_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


# (module planted, its source, the contract that must break)
VIOLATIONS = [
    ("ui/planted.py", "from records_desk.store import models\n", "through the services"),
    ("domain/common/planted.py", "import sqlalchemy\n", "The domain is pure rules"),
    ("services/common/planted.py", "from PySide6 import QtCore\n", "Only the window"),
    ("ui/loans/planted.py", "from records_desk.ui.customers import tab\n", "Features do not"),
    ("domain/common/planted.py", "from records_desk.domain.customers import grading\n", "(common)"),
    ("store/planted.py", "from records_desk.services.common import audit\n", "Layers point"),
]


@pytest.mark.slow
@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")
def test_the_contracts_hold_and_a_planted_violation_of_each_fails_them(tmp_path: Path) -> None:
    clean = lint_imports(package_copy(tmp_path / "clean"))
    assert clean.returncode == 0, clean.stdout[-2000:]
    for index, (module, source, contract) in enumerate(VIOLATIONS):
        root = package_copy(tmp_path / f"planted{index}")
        (root / "records_desk" / module).write_text(source, encoding="utf-8")
        done = lint_imports(root)
        assert done.returncode == 1, module
        broken = done.stdout.split("Broken contracts", 1)[-1]
        assert contract in broken.replace("\n", " "), (module, broken[:1500])
