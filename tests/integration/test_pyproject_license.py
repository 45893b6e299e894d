"""`pip install` warned three times that `project.license` as a table is deprecated (issue 10, §5):
the licence is an SPDX expression string, which needs setuptools 77 or later to build."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pip_install_does_not_warn_about_project_license() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    license = pyproject["project"]["license"]
    assert isinstance(license, str), "the table form makes setuptools warn on every build"
    assert re.fullmatch(r"LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+", license)
    assert not any(c.startswith("License ::") for c in pyproject["project"].get("classifiers", []))
    setuptools = next(
        r for r in pyproject["build-system"]["requires"] if r.startswith("setuptools")
    )
    minimum = tuple(int(p) for p in setuptools.split(">=")[1].split("."))
    assert minimum >= (77,), "license expressions are read from setuptools 77 on"
