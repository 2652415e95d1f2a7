"""The wheel carries the whole package: setuptools takes only the packages pyproject.toml
lists, so a new subpackage that is not listed works from the source tree and is missing
from every install."""

from __future__ import annotations

import zipfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def test_the_wheel_has_every_module_of_the_source_tree(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    modules = sorted(path.relative_to(SRC).as_posix() for path in (SRC / "newstui").rglob("*.py"))
    assert modules
    missing = [module for module in modules if module not in names]
    assert not missing, f"not in the wheel (add their packages to [tool.setuptools] packages): {missing}"
