"""Problems as data, and routine files that try to break a line, a terminal or a list."""

import json

import pytest

from psoas_timer.core.routines import (
    Code,
    Problem,
    RoutineError,
    decode_json_bytes,
    load_catalogue,
    load_routines_dir,
    parse_routine,
)
from psoas_timer.core.text import control_characters, is_blank, one_line, printable

CATALOGUE = load_catalogue()
SOURCE = "evening.json"


def evening() -> dict:
    return {
        "version": 1,
        "id": "evening",
        "title": "Evening wind-down",
        "prep_seconds": 10,
        "rest_seconds": 10,
        "steps": [
            {"exercise": "cat-pose", "seconds": 64},
            {"exercise": "pelvic-clock", "seconds": 96},
            {"exercise": "bridge", "seconds": 40},
            {"name": "Side-lying breathing", "instructions": "Breathe.", "seconds": 30},
        ],
    }


def with_changes(**changes: object) -> dict:
    return evening() | changes


def with_step(number: int, step: object) -> dict:
    doc = evening()
    doc["steps"][number - 1] = step
    return doc


def refusal(doc: object) -> RoutineError:
    with pytest.raises(RoutineError) as caught:
        parse_routine(doc, CATALOGUE, SOURCE)
    return caught.value


# --- problems carry where and what, and their text is made from that ------------------------------


def test_a_step_problem_carries_the_step_index_the_field_and_a_code():
    (problem,) = refusal(
        with_step(4, {"name": "Rolls", "instructions": "Roll.", "seconds": 0})
    ).problems
    assert (problem.step, problem.field, problem.code) == (3, "seconds", Code.NOT_A_WHOLE_NUMBER)
    assert problem.bounds == (1, 3600) and problem.got == "0"
    assert str(problem) == 'step 4 ("seconds"): must be a whole number from 1 to 3600, got 0'


def test_a_routine_problem_has_no_step():
    (problem,) = refusal(with_changes(title="   ")).problems
    assert (problem.step, problem.field, problem.code) == (None, "title", Code.EMPTY)


def test_a_problem_with_a_whole_step_has_no_field():
    (problem,) = refusal(with_step(2, {"seconds": 60})).problems
    assert (problem.step, problem.field, problem.code) == (1, None, Code.NOT_A_STEP)
    assert problem.where == "step 2"


def test_the_text_follows_the_data_not_the_other_way_round():
    problem = Problem(Code.STEP_COUNT, "steps", got="0", bounds=(1, 200))
    assert str(problem) == '"steps": must hold 1 to 200 steps, got 0'
    assert str(Problem(Code.MISSING, "title", step=0)) == 'step 1 ("title"): is missing'
    assert str(Problem(Code.NOT_TEXT_LIST, "cautions", exercise=2)) == (
        "exercises[2].cautions: must be a list of text"
    )


def test_every_code_has_words():
    for code in Code:
        assert Problem(code, allowed=("x.json",), got="x").message


# --- control characters ---------------------------------------------------------------------------

BREAKERS = ["\t", "\n", "\r", "\x00", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", BREAKERS, ids=[f"U+{ord(c):04X}" for c in BREAKERS])
@pytest.mark.parametrize("key", ["title", "id"])
def test_a_title_or_id_with_a_control_character_inside_is_refused(key, char):
    error = refusal(with_changes(**{key: f"even{char}ing"}))
    (problem,) = error.problems
    assert (problem.field, problem.code) == (key, Code.CONTROL_CHARACTERS)
    text = str(error)
    assert len(text.splitlines()) == 1
    assert char not in text  # shown as an escape, never as itself
    assert text.startswith(f'evening.json: "{key}": must not hold control characters')


@pytest.mark.parametrize("char", BREAKERS, ids=[f"U+{ord(c):04X}" for c in BREAKERS])
def test_a_custom_step_name_with_a_control_character_is_refused(char):
    doc = with_step(4, {"name": f"Side{char}rolls", "instructions": "Roll.", "seconds": 30})
    (problem,) = refusal(doc).problems
    assert (problem.step, problem.field, problem.code) == (3, "name", Code.CONTROL_CHARACTERS)


@pytest.mark.parametrize("title", ["\x00\x01", "\t\n", "\u2028", " \u200b ", "\u3000", "\x7f"])
def test_a_title_of_only_control_or_blank_characters_is_refused(title):
    (problem,) = refusal(with_changes(title=title)).problems
    assert problem.field == "title"
    assert problem.code in (Code.EMPTY, Code.CONTROL_CHARACTERS)


def test_spaces_and_line_breaks_at_the_ends_of_a_title_are_trimmed_not_refused():
    assert parse_routine(with_changes(title="\n Evening \t"), CATALOGUE, SOURCE).title == "Evening"


def test_descriptions_and_instructions_keep_their_lines_but_not_other_controls():
    doc = with_changes(description="Slow.\n\tEnds lying down.\r\n")
    assert parse_routine(doc, CATALOGUE, SOURCE).description == "Slow.\n\tEnds lying down."
    (problem,) = refusal(with_changes(description="Slow\x1b[2J.")).problems
    assert (problem.field, problem.code) == ("description", Code.CONTROL_CHARACTERS)
    step = {"name": "Rolls", "instructions": "Roll\x07.", "seconds": 30}
    (problem,) = refusal(with_step(4, step)).problems
    assert (problem.step, problem.field) == (3, "instructions")


def test_emoji_and_accents_in_titles_are_welcome():
    for title in ("Étirement du soir", "Stretch 🧘‍♀️", "ストレッチ"):
        assert parse_routine(with_changes(title=title), CATALOGUE, SOURCE).title == title


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x7f", "\x85", "\x9b", "\u202e"])
def test_messages_quote_what_they_refuse_with_escapes(char):
    # An unknown key, a bad level: the message quotes the file's own text back.
    for doc in (with_changes(**{f"rest{char}seconds": 1}), with_changes(level=f"easy{char}")):
        text = str(refusal(doc))
        assert char not in text
        assert f"\\u{ord(char):04x}" in text or f"\\x{ord(char):02x}" in text
        assert text.isprintable()


def test_a_file_name_with_a_line_break_is_escaped_in_the_message():
    error = RoutineError("even\ning\u2028.json", [Problem(Code.MISSING, "title")])
    assert str(error) == 'even\\ning\\u2028.json: "title": is missing'


def test_the_text_helpers():
    assert control_characters("a\tb\u2028c") == ["\t", "\u2028"]
    assert control_characters("a\tb\nc\u2028", multiline=True) == []
    assert control_characters("a\x00b", multiline=True) == ["\x00"]
    assert is_blank("") and is_blank(" \u200b\u3000\t") and not is_blank(" a ")
    assert printable("Cat\u2028pose\x7f\u202e") == "Cat\\u2028pose\\x7f\\u202e"
    assert printable("Étirement 🧘") == "Étirement 🧘"
    assert printable("\U000e0001") == "\\U000e0001"
    assert one_line("a\tb\u200dc") == "a\\tb\u200dc"  # joiners inside emoji stay


# --- duplicate keys -------------------------------------------------------------------------------


def decoded(text: str) -> object:
    return decode_json_bytes(text.encode(), SOURCE)


def test_a_key_given_twice_is_refused_and_named():
    text = json.dumps(evening())[:-1] + ', "title": "Other"}'
    with pytest.raises(RoutineError) as caught:
        parse_routine(decoded(text), CATALOGUE, SOURCE)
    (problem,) = caught.value.problems
    assert (problem.step, problem.code, problem.got) == (None, Code.DUPLICATE_KEY, '"title"')
    assert str(caught.value) == ('evening.json: the key "title" is given more than once; keep one')


def test_a_key_given_twice_in_a_step_names_the_step():
    doc = evening()
    doc["steps"] = ["STEP"]
    text = json.dumps(doc).replace(
        '"STEP"', '{"exercise": "cat-pose", "seconds": 30, "seconds": 90}'
    )
    with pytest.raises(RoutineError) as caught:
        parse_routine(decoded(text), CATALOGUE, SOURCE)
    (problem,) = caught.value.problems
    assert (problem.step, problem.code) == (0, Code.DUPLICATE_KEY)
    assert str(problem) == 'step 1: the key "seconds" is given more than once; keep one'


def test_the_same_key_in_different_objects_is_fine():
    doc = decoded(json.dumps(evening()))
    assert doc == evening()
    assert parse_routine(doc, CATALOGUE, SOURCE).id == "evening"


def test_a_user_file_with_a_key_twice_is_skipped_and_named(tmp_path):
    (tmp_path / "evening.json").write_text(json.dumps(evening())[:-1] + ', "id": "evening"}')
    routines, problems = load_routines_dir(tmp_path, CATALOGUE, builtin=False)
    assert routines == []
    assert list(map(str, problems)) == [
        'evening.json: the key "id" is given more than once; keep one'
    ]


def test_a_routine_lists_each_equipment_note_once_with_its_step():
    doc = with_changes(
        steps=[
            {"exercise": "cat-pose", "seconds": 30},
            {"exercise": "bridge", "seconds": 30},
            {"exercise": "cat-pose", "seconds": 30},
        ]
    )
    routine = parse_routine(doc, CATALOGUE, SOURCE)
    assert routine.equipment_notes == (("Cat pose", CATALOGUE["cat-pose"].equipment_note),)
    assert CATALOGUE["cat-pose"].equipment_note.startswith("Optional: a folded towel")
