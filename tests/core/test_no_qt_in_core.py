"""The core library must work without Qt: the command line and the tests use it on its own."""

import ast
import subprocess
import sys
from pathlib import Path

import psoas_timer.core

CORE = Path(psoas_timer.core.__file__).resolve().parent
ROOT = CORE.parents[1]


def core_files() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module the file imports, relative imports resolved, import_module("x") included."""
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def brings_in_qt(name: str) -> bool:
    return name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("psoas_timer.ui")


def test_the_core_modules_are_found():
    names = {module_name(path) for path in core_files()}
    assert {
        "psoas_timer.core",
        "psoas_timer.core.clock",
        "psoas_timer.core.engine",
        "psoas_timer.core.routines",
    } <= names


def test_the_import_check_sees_every_way_of_importing_qt(tmp_path):
    sample = tmp_path / "psoas_timer" / "core" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "import importlib\n"
        "from PySide6.QtCore import QTimer\n"
        "import PySide6.QtWidgets as widgets\n"
        "from ..ui import controller\n"
        "from . import engine\n"
        "charts = importlib.import_module('PySide6.QtCharts')\n"
    )
    names = imported_modules(sample, tmp_path)
    assert "psoas_timer.core.engine" in names
    assert {name for name in names if brings_in_qt(name)} == {
        "PySide6.QtCore",
        "PySide6.QtCore.QTimer",
        "PySide6.QtWidgets",
        "psoas_timer.ui",
        "psoas_timer.ui.controller",
        "PySide6.QtCharts",
    }


def test_no_core_module_imports_qt():
    offenders = {}
    for path in core_files():
        qt = sorted(name for name in imported_modules(path) if brings_in_qt(name))
        if qt:
            offenders[path.name] = qt
    assert offenders == {}


def test_importing_the_core_leaves_qt_unloaded():
    modules = sorted(module_name(path) for path in core_files())
    script = (
        "import importlib, sys\n"
        f"names = {modules!r}\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "assert all(name in sys.modules for name in names)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
