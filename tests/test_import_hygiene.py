"""The core stays plain Python: importing any reader.core module must not pull in Textual or Rich.

Each module is imported in a fresh interpreter (an import made by another test would hide it here).
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import reader.core

ROOT = Path(__file__).resolve().parent.parent
UI_PACKAGES = ("textual", "rich")


def _core_modules() -> list[str]:
    names = ["reader.core"]
    for info in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
        names.append(info.name)
    return sorted(names)


def test_core_modules_are_found() -> None:
    mods = _core_modules()
    assert "reader.core.claims.extract" in mods and "reader.core.search.index" in mods


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_imports_without_ui(module: str) -> None:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {UI_PACKAGES!r})\n"
        "print(','.join(loaded))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"{module} imports UI packages: {proc.stdout.strip()}"
