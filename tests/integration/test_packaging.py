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

    def __init__(self) -> None:
        self.calls = {}

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
