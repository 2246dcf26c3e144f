"""The app as it is installed: what the wheel and the sdist carry, and how it finds its files."""

from __future__ import annotations

import ast
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from psoas_timer import resources

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "psoas_timer"


def _tracked(folder: str) -> list[str]:
    """The files git tracks below `folder`, relative to it (every file there, outside git)."""
    base = ROOT / folder
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", folder], cwd=ROOT, capture_output=True, check=True
        ).stdout.decode()
        names = [name.removeprefix(folder + "/") for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        names = []
    if not names:
        names = [
            str(path.relative_to(base))
            for path in base.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        ]
    return sorted(names)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """An sdist and the wheel built from it, as `python -m build` makes a release."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


def test_every_package_is_in_the_build_configuration():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")
    }
    missing = on_disk - set(config["packages"])
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert config["package-dir"]["psoas_timer.assets"] == "assets"


@pytest.mark.slow
def test_the_wheel_carries_every_asset_and_module(built):
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = [f"psoas_timer/assets/{name}" for name in _tracked("assets")]
    missing = [name for name in assets if name not in names]
    assert not missing, f"the wheel lacks {missing}"
    modules = [f"psoas_timer/{name}" for name in _tracked("psoas_timer") if name.endswith(".py")]
    assert [name for name in modules if name not in names] == []
    # Nothing from the checkout that is not the app (tests, tools, caches) goes in.
    strays = [n for n in names if not n.startswith(("psoas_timer/", "psoas_timer-"))]
    assert strays == []
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.slow
def test_the_sdist_carries_every_asset(built):
    _, sdist = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = [f"assets/{name}" for name in _tracked("assets") if f"assets/{name}" not in names]
    assert missing == []
    assert "LICENSE" in names


def test_no_module_finds_files_from_its_own_location():
    """Paths built from __file__ break in a wheel; resources.py is the one way to the assets."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        if any(isinstance(node, ast.Name) and node.id == "__file__" for node in ast.walk(tree)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_assets_are_found_through_the_package():
    assert resources.catalogue_path().is_file()
    assert resources.builtin_routines_dir().is_dir()
    assert resources.asset("sounds", "tick.wav").is_file()
