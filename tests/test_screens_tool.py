"""The screenshot tool's demo data is what the app reads: a routine with every phase, history."""

import importlib.util
import sys
from pathlib import Path

from psoas_timer.core.history import read_history
from psoas_timer.core.routines import load_library
from psoas_timer.core.store import DataDir

TOOL = Path(__file__).resolve().parents[1] / "tools" / "screens.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("screens", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_demo_data_folder_loads_as_a_user_would_see_it(tmp_path):
    screens = load_tool()
    data = tmp_path / "data"
    screens.seed(data)
    library = load_library(data / "routines")
    assert library.problems == []
    assert library.get("screens-demo") is not None
    assert len(DataDir(data).history.sessions) > 40


def test_years_of_daily_practice_are_read_as_the_app_reads_them(tmp_path):
    screens = load_tool()
    data = tmp_path / "data"
    screens.seed(data, years=2)
    read = read_history(data)
    assert read.problems == [] and all(source.damaged is None for source in read.sources)
    recent = screens.seed_history(tmp_path / "recent", days=60)
    assert len(read.sessions) == round(2 * 365.25) + recent
