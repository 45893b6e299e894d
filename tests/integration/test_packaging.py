"""Packaging checks that run in a second, without PyInstaller: the bundled font and its licence,
and that build.spec puts resources and the Alembic scripts where the frozen program looks."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def test_cjk_font_ships_with_its_licence() -> None:
    assert FONT.stat().st_size > 4_000_000
    licence = (FONT.parent / "LICENSE-wqy-microhei.txt").read_text("utf-8")
    assert "Apache License" in licence and "font exception" in licence.lower()


def test_reportlab_embeds_the_bundled_font() -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("WenQuanYiPackagingTest", str(FONT), subfontIndex=0)
    assert font.face.familyName == b"WenQuanYi Micro Hei"


class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT and keeps their arguments."""

    calls: dict[str, tuple[tuple[Any, ...], dict[str, Any]]]
    namespace: dict[str, Any]

    def __init__(self) -> None:
        self.calls = {}
        self.namespace = {}

    def factory(self, name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            self.calls[name] = (args, kwargs)
            return types.SimpleNamespace(pure=[], scripts=[], binaries=[], datas=[])

        return make


@pytest.fixture()
def spec(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    recorder = _Recorder()
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "__file__": str(ROOT / "build.spec")}
    namespace.update({n: recorder.factory(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT")})
    exec(compile((ROOT / "build.spec").read_text("utf-8"), "build.spec", "exec"), namespace)
    recorder.namespace = namespace
    return recorder


def _bundled(spec: _Recorder) -> set[str]:
    """Paths inside the bundle of every data file the spec collects."""
    datas = spec.calls["Analysis"][1]["datas"]
    return {f"{folder}/{Path(source).name}" for source, folder in datas}


def test_spec_builds_one_folder_program_named_records_desk(spec: _Recorder) -> None:
    scripts = spec.calls["Analysis"][0][0]
    assert [Path(s) for s in scripts] == [ROOT / "records_desk" / "__main__.py"]
    assert spec.calls["EXE"][1]["name"] == "records-desk"
    assert spec.calls["EXE"][1]["exclude_binaries"] is True  # one folder, not one file
    assert spec.calls["COLLECT"][1]["name"] == "records-desk"


def test_spec_bundles_resources_where_resources_dir_looks(
    spec: _Recorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from records_desk.paths import resources_dir

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    inside = resources_dir().relative_to(tmp_path).as_posix()
    bundled = _bundled(spec)
    assert f"{inside}/fonts/wqy-microhei.ttc" in bundled
    assert f"{inside}/fonts/LICENSE-wqy-microhei.txt" in bundled
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"{inside}/i18n/{qm.name}" in bundled


def test_spec_bundles_every_migration_script_beside_migrate_py(spec: _Recorder) -> None:
    from records_desk.store import migrate

    # Frozen, migrate.py's __file__ is <bundle>/records_desk/store/migrate.pyc, so the scripts
    # must sit at the same path relative to the bundle as they do to the checkout.
    inside = migrate.MIGRATIONS_DIR.resolve().relative_to(ROOT).as_posix()
    bundled = _bundled(spec)
    scripts = [p for p in migrate.MIGRATIONS_DIR.rglob("*.py") if "__pycache__" not in p.parts]
    assert scripts
    for script in scripts:
        relative = script.relative_to(migrate.MIGRATIONS_DIR).as_posix()
        assert f"{inside}/{relative}" in bundled


def test_spec_bundles_a_feature_branch_folder_beside_the_core_chain(
    spec: _Recorder, tmp_path: Path
) -> None:
    # What a feature adds (store/migrations/<feature>/, see store/migrate.py) ships as it is.
    migrations = tmp_path / "migrations"
    for relative in ("env.py", "versions/0001_core.py", "loans/__init__.py", "loans/l_0001.py"):
        (migrations / relative).parent.mkdir(parents=True, exist_ok=True)
        (migrations / relative).write_text("")
    (migrations / "loans" / "__pycache__").mkdir()
    (migrations / "loans" / "__pycache__" / "l_0001.cpython-311.pyc").write_bytes(b"")
    pairs = spec.namespace["tree"](migrations, "records_desk/store/migrations", ("*.py", "*.mako"))
    assert {f"{folder}/{Path(source).name}" for source, folder in pairs} == {
        "records_desk/store/migrations/env.py",
        "records_desk/store/migrations/versions/0001_core.py",
        "records_desk/store/migrations/loans/__init__.py",
        "records_desk/store/migrations/loans/l_0001.py",
    }


def test_every_feature_branch_is_a_package_under_the_shipped_migrations_folder() -> None:
    """A feature's branch folder must be where build.spec and the wheel's package data look.
    No feature declares one yet (loans, media, reception will): until then the loop is empty and
    the package-data glob is checked against the folder a feature would add."""
    import fnmatch
    import tomllib

    from records_desk.store import migrate

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"][
        "setuptools"
    ]["package-data"]["records_desk"]
    shipped = lambda relative: any(fnmatch.fnmatch(relative, g) for g in package_data)  # noqa: E731
    assert shipped("store/migrations/loans/loans_0001_items.py")  # the folder a feature adds
    package = ROOT / "records_desk"
    for feature in migrate.migrating_features():
        folder = migrate.branch_folder(feature)
        assert folder.resolve().is_relative_to(migrate.MIGRATIONS_DIR.resolve()), feature.name
        assert (folder / "__init__.py").is_file(), feature.name
        for script in folder.glob("*.py"):
            relative = script.resolve().relative_to(package.resolve()).as_posix()
            assert shipped(relative), relative
