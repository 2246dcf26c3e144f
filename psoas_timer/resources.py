"""Where the app's own files are: the exercise catalogue, routines, pictures, sounds, icons.

They live in the top-level `assets/` folder of the source tree, which the build maps to the
package `psoas_timer.assets` (see pyproject.toml). Looking them up through importlib.resources
finds the same files in an editable install and in an installed wheel, so this module is the
only place that knows where they are.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

APP_ID = "io.github.psoas_timer.PsoasTimer"
"""The reverse-DNS name of the desktop entry, the AppStream metainfo and the icon."""


class AssetsMissing(RuntimeError):
    """The installation has no `psoas_timer.assets` folder on disk."""


@cache
def assets_dir() -> Path:
    """The folder holding the app's files, as a path on disk (Qt and SDL open files by name)."""
    # The package's one folder, as importlib.resources would find it for a package on disk;
    # found from its import spec, which spares the first frame loading importlib.resources.
    spec = find_spec("psoas_timer.assets")
    if spec is None:
        raise AssetsMissing(
            "Psoas Timer's files (psoas_timer/assets) are not installed; reinstall the app"
        )
    folders = list(spec.submodule_search_locations or ())
    root = Path(folders[0]) if len(folders) == 1 else None
    if root is None or not root.is_dir():
        where = ", ".join(folders) or spec.origin or "nowhere"
        raise AssetsMissing(f"Psoas Timer's files must be a folder on disk, not {where}")
    return root


def asset(*parts: str) -> Path:
    """A file or folder below the assets folder, e.g. `asset("routines", "quick-reset.json")`."""
    return assets_dir().joinpath(*parts)


def catalogue_path() -> Path:
    return asset("exercises.json")


def builtin_routines_dir() -> Path:
    return asset("routines")


def illustrations_dir() -> Path:
    return asset("illustrations")


def sounds_dir() -> Path:
    return asset("sounds")


def icons_dir() -> Path:
    return asset("icons")


def about_psoas_path() -> Path:
    """The words of the "About the psoas" page."""
    return asset("about-psoas.json")


def anatomy_dir() -> Path:
    """The anatomical drawings of the psoas and its partner."""
    return asset("anatomy")


def desktop_dir() -> Path:
    """The desktop entry and AppStream metainfo templates."""
    return asset("desktop")
