"""The translations are complete and current: every text in the code gathered, translated in
every shipped language, its {fields} and %n kept, and the compiled files up to date."""

import importlib.util
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "translations.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_translations_are_complete_and_current():
    problems = load_tool().problems()
    assert problems == [], "\n".join(problems[:40])


def test_a_translation_that_drops_a_field_or_the_count_is_caught(tmp_path):
    tool = load_tool()
    message = tool.Message("Player", "Step {step} of {total}", "", False, ("Schritt {step}",), True)
    assert "does not keep" in tool._message_problems("de.ts", "de", message)[0]
    plural = tool.Message("Plural", "%n day(s)", "", True, ("ein Tag", "%n Tage"), True)
    assert "lacks %n" in tool._message_problems("de.ts", "de", plural)[0]
    unfinished = tool.Message("Player", "Work", "", False, ("",), False)
    assert "no finished translation" in tool._message_problems("fr.ts", "fr", unfinished)[0]
    assert tool._message_problems("en.ts", "en", unfinished) == []  # English is the source
