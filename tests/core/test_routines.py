"""Routine files: parsing, every kind of mistake a user can make, and the messages they read."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psoas_timer.core.routines import (
    MAX_FILE_BYTES,
    CoreSide,
    Exercise,
    PsoasAction,
    PsoasEffect,
    Routine,
    RoutineError,
    Step,
    Tempo,
    decode_json_bytes,
    decode_json_file,
    format_duration,
    load_routines_dir,
    parse_routine,
    routine_to_document,
)
from psoas_timer.core.text import is_blank

SOURCE = "evening.json"

CLOCK = Tempo(seconds_per_beat=3.0, beats=("12", "3", "6", "9"))

CATALOGUE = {
    "cat-pose": Exercise(
        id="cat-pose",
        name="Cat pose",
        summary="Round and dip the back.",
        instructions=("Kneel.", "Round up.", "Let the back dip."),
        focus="The whole spine.",
        cautions=("Keep the dip gentle.",),
        equipment=("mat",),
        per_side=False,
        psoas=PsoasEffect(PsoasAction.STRETCH, "Why.", CoreSide.BOTH),
        tempo=Tempo(seconds_per_beat=4.0, beats=("Round up", "Dip")),
    ),
    "pelvic-clock": Exercise(
        id="pelvic-clock",
        name="Pelvic clock",
        summary="Tilt the pelvis around a clock face.",
        instructions=("Lie down.", "Tilt to 12.", "Go around."),
        focus="Small tilts.",
        cautions=(),
        equipment=("mat",),
        per_side=False,
        psoas=PsoasEffect(PsoasAction.RELEASE, "Why.", CoreSide.BOTH),
        tempo=CLOCK,
    ),
    "knee-to-chest": Exercise(
        id="knee-to-chest",
        name="Knee to chest",
        summary="Hug one knee in.",
        instructions=("Lie down.", "Draw one knee in.", "Hold."),
        focus="Relax the other leg.",
        cautions=(),
        equipment=("mat",),
        per_side=True,
        psoas=PsoasEffect(PsoasAction.RELEASE, "Why.", CoreSide.BACK),
    ),
    "constructive-rest": Exercise(
        id="constructive-rest",
        name="Constructive rest",
        summary="Lie with knees bent.",
        instructions=("Lie down.", "Bend the knees.", "Breathe."),
        focus="Let go.",
        cautions=(),
        equipment=("mat", "towel"),
        per_side=False,
        psoas=PsoasEffect(PsoasAction.RELEASE, "Why.", CoreSide.BOTH),
    ),
}


def evening() -> dict:
    """The example file from the routine format guide."""
    return {
        "version": 1,
        "id": "evening",
        "title": "Evening wind-down",
        "description": "Slow floor work to finish the day, ending with a long rest.",
        "level": "gentle",
        "prep_seconds": 10,
        "rest_seconds": 10,
        "steps": [
            {"exercise": "cat-pose", "seconds": 64},
            {"exercise": "pelvic-clock", "seconds": 96},
            {"exercise": "knee-to-chest", "seconds": 40, "per_side": True},
            {
                "name": "Side-lying breathing",
                "instructions": "Lie on your side with your knees bent.\n"
                "Breathe slowly into your back ribs.",
                "seconds": 30,
                "per_side": True,
            },
            {"exercise": "constructive-rest", "seconds": 180},
        ],
    }


def refusal(doc: object) -> RoutineError:
    with pytest.raises(RoutineError) as caught:
        parse_routine(doc, CATALOGUE, SOURCE)
    return caught.value


def lines(doc: object) -> list[str]:
    return str(refusal(doc)).splitlines()


def with_changes(**changes: object) -> dict:
    doc = evening()
    for key, value in changes.items():
        if value is ...:
            del doc[key]
        else:
            doc[key] = value
    return doc


def with_step(number: int, step: object) -> dict:
    doc = evening()
    doc["steps"][number - 1] = step
    return doc


# --- good documents -------------------------------------------------------------------------------


def test_the_guide_example_parses_to_the_routine_it_describes():
    routine = parse_routine(evening(), CATALOGUE, SOURCE)
    assert routine.id == "evening"
    assert routine.title == "Evening wind-down"
    assert routine.level == "gentle"
    assert routine.prep_seconds == 10 and routine.rest_seconds == 10
    assert [s.name for s in routine.steps] == [
        "Cat pose",
        "Pelvic clock",
        "Knee to chest",
        "Side-lying breathing",
        "Constructive rest",
    ]
    assert [s.seconds for s in routine.steps] == [64, 96, 40, 30, 180]
    assert [s.per_side for s in routine.steps] == [False, False, True, True, False]
    assert routine.total_seconds == 530  # the guide's own sum
    assert format_duration(routine.total_seconds) == "8:50"
    assert routine.equipment == ("mat", "towel")


def test_catalogue_steps_bring_the_exercise_with_them():
    routine = parse_routine(evening(), CATALOGUE, SOURCE)
    clock = routine.steps[1]
    assert clock.exercise_id == "pelvic-clock"
    assert not clock.is_custom
    assert clock.tempo == CLOCK
    assert clock.instructions == ("Lie down.", "Tilt to 12.", "Go around.")
    assert clock.focus == "Small tilts."


def test_custom_steps_split_their_instructions_into_lines():
    routine = parse_routine(evening(), CATALOGUE, SOURCE)
    custom = routine.steps[3]
    assert custom.is_custom
    assert custom.instructions == (
        "Lie on your side with your knees bent.",
        "Breathe slowly into your back ribs.",
    )
    assert custom.tempo is None


def test_per_side_defaults_to_the_exercise_and_can_be_set():
    doc = with_changes(
        steps=[
            {"exercise": "knee-to-chest", "seconds": 30},
            {"exercise": "knee-to-chest", "seconds": 30, "per_side": False},
            {"exercise": "cat-pose", "seconds": 30},
            {"name": "Rolls", "instructions": "Roll.", "seconds": 30},
        ]
    )
    routine = parse_routine(doc, CATALOGUE, SOURCE)
    assert [s.per_side for s in routine.steps] == [True, False, False, False]


def test_the_smallest_routine_and_optional_keys():
    doc = {
        "id": "x",
        "title": "X",
        "prep_seconds": 0,
        "rest_seconds": 0,
        "steps": [{"exercise": "cat-pose", "seconds": 1}],
    }
    routine = parse_routine(doc, CATALOGUE, SOURCE)
    assert routine.description == "" and routine.level is None
    assert routine.total_seconds == 1


def test_spaces_around_text_are_ignored():
    routine = parse_routine(with_changes(title="  Evening  "), CATALOGUE, SOURCE)
    assert routine.title == "Evening"


def test_limits_are_inclusive():
    doc = with_changes(prep_seconds=600, rest_seconds=600)
    doc["steps"] = [{"exercise": "cat-pose", "seconds": 3600}] * 200
    routine = parse_routine(doc, CATALOGUE, SOURCE)
    assert len(routine.steps) == 200
    assert routine.steps[0].seconds == 3600


# --- bad documents --------------------------------------------------------------------------------


def test_the_message_names_the_file_the_step_and_the_field():
    doc = with_step(4, {"name": "Breathing", "instructions": "Breathe.", "seconds": 0})
    error = refusal(doc)
    assert str(error) == (
        'evening.json: step 4 ("seconds"): must be a whole number from 1 to 3600, got 0'
    )
    assert error.source == SOURCE
    assert len(error.problems) == 1


def test_an_unknown_top_level_key_is_named():
    assert lines(with_changes(rest_second=10)) == [
        'evening.json: unknown key "rest_second" (allowed keys: "version", "id", "title", '
        '"description", "level", "prep_seconds", "rest_seconds", "switch_seconds", "steps", '
        '"translations")'
    ]


def test_an_unknown_key_in_a_catalogue_step_is_named():
    doc = with_step(2, {"exercise": "pelvic-clock", "seconds": 30, "secs": 30})
    assert lines(doc) == [
        'evening.json: step 2: unknown key "secs" (allowed keys: "exercise", "seconds", "per_side")'
    ]


def test_an_unknown_key_in_a_custom_step_is_named():
    doc = with_step(4, {"name": "Rolls", "instructions": "Roll.", "seconds": 30, "reps": 5})
    assert lines(doc) == [
        'evening.json: step 4: unknown key "reps" '
        '(allowed keys: "name", "instructions", "seconds", "per_side")'
    ]


def test_an_unknown_key_with_a_line_break_still_gives_one_line_per_problem():
    # The guide promises one problem per line, each starting with the file name.
    doc = with_changes(**{"rest\nseconds": 10})
    text = str(refusal(doc))
    assert len(text.split("\n")) == 1, text
    assert text.startswith('evening.json: unknown key "rest')


def test_a_step_cannot_mix_the_two_forms():
    doc = with_step(1, {"exercise": "cat-pose", "name": "Cat", "seconds": 30})
    assert lines(doc)[0].startswith('evening.json: step 1: unknown key "name"')


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("id", 'evening.json: "id": is missing'),
        ("title", 'evening.json: "title": is missing'),
        ("steps", 'evening.json: "steps": must be a list of steps, got nothing'),
        (
            "prep_seconds",
            'evening.json: "prep_seconds": must be a whole number from 0 to 600, got nothing',
        ),
    ],
)
def test_a_missing_required_key_is_named(key, expected):
    assert lines(with_changes(**{key: ...})) == [expected]


@pytest.mark.parametrize(
    ("bad_id", "shown"),
    [
        ("Evening", '"Evening"'),
        ("my routine", '"my routine"'),
        ("routines/evening", '"routines/evening"'),
        ("../evening", '"../evening"'),
        ("evening--2", '"evening--2"'),
        ("-evening", '"-evening"'),
        ("évening", '"évening"'),
    ],
)
def test_an_id_that_is_not_lowercase_words_and_hyphens_is_refused(bad_id, shown):
    assert lines(with_changes(id=bad_id)) == [
        f'evening.json: "id": must be lowercase letters, digits and single hyphens, got {shown}'
    ]


def test_an_empty_or_overlong_id_is_refused():
    assert lines(with_changes(id="  ")) == ['evening.json: "id": must not be empty']
    assert lines(with_changes(id="a" * 65)) == [
        'evening.json: "id": must be at most 64 characters, got 65'
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (3601, "3601"), ("30", '"30"'), (True, "true"), (1.5, "1.5"), (None, "null")],
)
def test_step_seconds_must_be_a_whole_number_in_range(value, shown):
    doc = with_step(3, {"exercise": "knee-to-chest", "seconds": value})
    assert lines(doc) == [
        f'evening.json: step 3 ("seconds"): must be a whole number from 1 to 3600, got {shown}'
    ]


def test_a_step_without_seconds_is_refused():
    doc = with_step(2, {"exercise": "pelvic-clock"})
    assert lines(doc) == [
        'evening.json: step 2 ("seconds"): must be a whole number from 1 to 3600, got nothing'
    ]


@pytest.mark.parametrize("key", ["prep_seconds", "rest_seconds"])
@pytest.mark.parametrize(("value", "shown"), [(601, "601"), (-1, "-1"), (False, "false")])
def test_prep_and_rest_must_be_whole_numbers_up_to_ten_minutes(key, value, shown):
    assert lines(with_changes(**{key: value})) == [
        f'evening.json: "{key}": must be a whole number from 0 to 600, got {shown}'
    ]


def test_steps_must_hold_one_to_two_hundred():
    assert lines(with_changes(steps=[])) == [
        'evening.json: "steps": must hold 1 to 200 steps, got 0'
    ]
    many = [{"exercise": "cat-pose", "seconds": 10}] * 201
    assert lines(with_changes(steps=many)) == [
        'evening.json: "steps": must hold 1 to 200 steps, got 201'
    ]
    assert lines(with_changes(steps={"exercise": "cat-pose"})) == [
        'evening.json: "steps": must be a list of steps, got an object'
    ]


def test_an_unknown_exercise_lists_the_valid_ids():
    (line,) = lines(with_step(5, {"exercise": "psoas-march", "seconds": 60}))
    assert line == (
        'evening.json: step 5 ("exercise"): unknown exercise "psoas-march" '
        "(valid ids: cat-pose, constructive-rest, knee-to-chest, pelvic-clock)"
    )


def test_a_step_with_neither_exercise_nor_name_says_what_it_needs():
    assert lines(with_step(2, {"seconds": 60, "per_side": True})) == [
        'evening.json: step 2: needs "exercise" (an exercise id) or "name" and "instructions" '
        "(a custom step)"
    ]


def test_a_custom_step_needs_instructions():
    assert lines(with_step(4, {"name": "Rolls", "seconds": 30})) == [
        'evening.json: step 4 ("instructions"): is missing'
    ]


def test_a_step_that_is_not_an_object():
    assert lines(with_step(2, "cat-pose")) == [
        'evening.json: step 2: must be an object, got "cat-pose"'
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"level": "easy"},
            '"level": must be one of "gentle", "moderate", "challenging", got "easy"',
        ),
        ({"version": 2}, '"version": must be 1, got 2'),
        ({"title": "x" * 81}, '"title": must be at most 80 characters, got 81'),
        ({"title": 7}, '"title": must be text, got 7'),
        ({"description": ["a"]}, '"description": must be text, got a list'),
    ],
)
def test_other_top_level_mistakes(change, expected):
    assert lines(with_changes(**change)) == [f"evening.json: {expected}"]


def test_per_side_must_be_true_or_false():
    doc = with_step(3, {"exercise": "knee-to-chest", "seconds": 30, "per_side": "yes"})
    assert lines(doc) == ['evening.json: step 3 ("per_side"): must be true or false, got "yes"']


@pytest.mark.parametrize(
    ("doc", "shown"),
    [([], "a list"), ("evening", '"evening"'), (None, "null"), (42, "42"), (True, "true")],
)
def test_a_document_that_is_not_an_object(doc, shown):
    assert lines(doc) == [f"evening.json: must be a JSON object, got {shown}"]


def test_every_problem_is_reported_at_once():
    doc = evening()
    doc["id"] = "Evening Routine"
    doc["secs"] = 3
    doc["steps"][0]["seconds"] = 0
    doc["steps"][2] = {"exercise": "hip-opener", "seconds": 30}
    doc["steps"][4]["per_side"] = 1
    error = refusal(doc)
    assert len(error.problems) == 5
    text = str(error).splitlines()
    assert len(text) == 5
    assert all(line.startswith("evening.json: ") for line in text)
    joined = "\n".join(text)
    assert 'unknown key "secs"' in joined
    assert '"id": must be lowercase letters' in joined
    assert 'step 1 ("seconds"): must be a whole number from 1 to 3600, got 0' in joined
    assert 'step 3 ("exercise"): unknown exercise "hip-opener"' in joined
    assert 'step 5 ("per_side"): must be true or false, got 1' in joined


# --- decoding bytes -------------------------------------------------------------------------------


def decode_refusal(raw: bytes) -> str:
    with pytest.raises(RoutineError) as caught:
        decode_json_bytes(raw, SOURCE)
    return str(caught.value)


def test_decoding_accepts_utf8_with_or_without_a_byte_order_mark():
    text = json.dumps(evening(), ensure_ascii=False)
    assert decode_json_bytes(text.encode(), SOURCE) == evening()
    assert decode_json_bytes(b"\xef\xbb\xbf" + text.encode(), SOURCE) == evening()


def test_decoding_refuses_text_that_is_not_utf8():
    message = decode_refusal('{"title": "Étirement"}'.encode("latin-1"))
    assert message == "evening.json: is not UTF-8 text (bad byte at position 11)"


def test_decoding_refuses_what_is_not_json():
    message = decode_refusal(b'{"id": "evening",\n "title": }')
    assert message.startswith("evening.json: is not valid JSON: ")
    assert "(line 2, column" in message


def test_decoding_refuses_more_than_one_mebibyte():
    raw = b'{"description": "' + b"x" * MAX_FILE_BYTES + b'"}'
    message = decode_refusal(raw)
    assert message.startswith("evening.json: is ")
    assert "at most 1 MiB" in message


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000,
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 100_000,
        b'{"steps": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    ],
    ids=["open", "closed", "objects", "inside"],
)
def test_decoding_refuses_deep_nesting_with_a_routine_error(raw):
    assert decode_refusal(raw).startswith("evening.json: ")


def test_decoding_refuses_a_number_too_long_to_read():
    # Python refuses to turn more than 4300 digits into an int; that must still be a plain
    # "this file is broken" message, not a crash.
    raw = b'{"prep_seconds": ' + b"9" * 5000 + b"}"
    assert decode_refusal(raw).startswith("evening.json: ")


def test_decoding_a_file(tmp_path):
    path = tmp_path / "evening.json"
    path.write_text(json.dumps(evening()))
    assert decode_json_file(path) == evening()
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(RoutineError, match=r"^evening\.json: is 1,048,577 bytes"):
        decode_json_file(path)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(RoutineError, match=r"^folder\.json: cannot be read"):
        decode_json_file(folder)
    with pytest.raises(RoutineError, match=r"^missing\.json: cannot be read"):
        decode_json_file(tmp_path / "missing.json")


# --- writing routines back out --------------------------------------------------------------------


def test_a_routine_round_trips_through_its_document():
    routine = parse_routine(evening(), CATALOGUE, SOURCE)
    doc = json.loads(json.dumps(routine_to_document(routine)))
    again = parse_routine(doc, CATALOGUE, SOURCE)
    assert again == routine
    assert again.steps[3].is_custom
    assert again.steps[3].instructions == routine.steps[3].instructions


def test_a_document_leaves_out_empty_optional_keys():
    routine = Routine(
        id="bare",
        title="Bare",
        description="",
        prep_seconds=0,
        rest_seconds=5,
        steps=(Step(name="Rolls", seconds=20, per_side=False, instructions=("Roll.",)),),
    )
    doc = routine_to_document(routine)
    assert "description" not in doc and "level" not in doc
    assert parse_routine(doc, CATALOGUE, "bare.json") == routine


text_lines = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda line: line.strip() == line and not is_blank(line))
custom_steps = st.builds(
    lambda name, lines, seconds, per_side: Step(
        name=name, seconds=seconds, per_side=per_side, instructions=tuple(lines)
    ),
    text_lines,
    st.lists(text_lines, min_size=1, max_size=4),
    st.integers(min_value=1, max_value=3600),
    st.booleans(),
)


def catalogue_step(exercise_id: str, seconds: int, per_side: bool) -> Step:
    return Step.of(CATALOGUE[exercise_id], seconds, per_side)


catalogue_steps = st.builds(
    catalogue_step,
    st.sampled_from(sorted(CATALOGUE)),
    st.integers(min_value=1, max_value=3600),
    st.booleans(),
)
valid_routines = st.builds(
    Routine,
    id=st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z"),
    title=text_lines,
    description=st.one_of(st.just(""), text_lines),
    prep_seconds=st.integers(min_value=0, max_value=600),
    rest_seconds=st.integers(min_value=0, max_value=600),
    steps=st.lists(st.one_of(catalogue_steps, custom_steps), min_size=1, max_size=6).map(tuple),
    level=st.sampled_from([None, "gentle", "moderate", "challenging"]),
    switch_seconds=st.integers(min_value=0, max_value=60),
)


@settings(max_examples=200, deadline=None)
@given(valid_routines)
def test_any_valid_routine_round_trips(routine):
    raw = json.dumps(routine_to_document(routine), ensure_ascii=False).encode()
    assert parse_routine(decode_json_bytes(raw, "r.json"), CATALOGUE, "r.json") == routine


# --- durations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (9, "0:09"),
        (59, "0:59"),
        (60, "1:00"),
        (299, "4:59"),
        (299.9, "4:59"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3661, "1:01:01"),
        (36000, "10:00:00"),
        (-5, "0:00"),
    ],
)
def test_format_duration(seconds, shown):
    assert format_duration(seconds) == shown


def test_total_seconds_counts_prep_rests_between_steps_and_both_sides():
    # The guide's worked example: 10 + (60 + 30 x 2 + 90) + 15 x 2 = 250.
    doc = with_changes(
        prep_seconds=10,
        rest_seconds=15,
        steps=[
            {"exercise": "cat-pose", "seconds": 60},
            {"exercise": "knee-to-chest", "seconds": 30},
            {"name": "Walk", "instructions": "Walk.", "seconds": 90},
        ],
    )
    routine = parse_routine(doc, CATALOGUE, SOURCE)
    assert routine.total_seconds == 250
    assert routine.work_seconds == 210
    doc["switch_seconds"] = 5  # and the guide's sentence after it
    assert parse_routine(doc, CATALOGUE, SOURCE).total_seconds == 255
    single = parse_routine(
        with_changes(steps=[{"exercise": "knee-to-chest", "seconds": 45}]), CATALOGUE, SOURCE
    )
    assert single.total_seconds == 10 + 90  # no rest after the only step


def test_switch_seconds_add_a_switch_between_the_sides_of_each_per_side_step():
    # The guide's example with 5 s to switch: two per-side steps, so 530 + 2 x 5.
    routine = parse_routine(with_changes(switch_seconds=5), CATALOGUE, SOURCE)
    assert routine.switch_seconds == 5
    assert routine.total_seconds == 540
    assert routine.work_seconds == parse_routine(evening(), CATALOGUE, SOURCE).work_seconds
    assert routine_to_document(routine)["switch_seconds"] == 5
    assert parse_routine(routine_to_document(routine), CATALOGUE, SOURCE) == routine


def test_a_file_without_switch_seconds_switches_at_once_and_its_document_stays_as_it_was():
    routine = parse_routine(evening(), CATALOGUE, SOURCE)
    assert routine.switch_seconds == 0
    assert routine.total_seconds == 530
    assert "switch_seconds" not in routine_to_document(routine)
    assert parse_routine(with_changes(switch_seconds=0), CATALOGUE, SOURCE) == routine


@pytest.mark.parametrize(("value", "shown"), [(61, "61"), (-1, "-1"), (2.5, "2.5"), ("5", '"5"')])
def test_switch_seconds_must_be_a_whole_number_up_to_a_minute(value, shown):
    assert lines(with_changes(switch_seconds=value)) == [
        f'evening.json: "switch_seconds": must be a whole number from 0 to 60, got {shown}'
    ]


# --- loading a folder -----------------------------------------------------------------------------


def write(folder, name: str, content: object) -> None:
    data = content if isinstance(content, bytes) else json.dumps(content).encode()
    (folder / name).write_bytes(data)


def test_a_broken_file_is_skipped_and_named_while_the_others_load(tmp_path):
    write(tmp_path, "evening.json", evening())
    morning = evening() | {"id": "morning", "title": "Morning"}
    write(tmp_path, "morning.json", morning)
    write(tmp_path, "broken.json", b'{"id": "broken", ')
    write(tmp_path, "wrong.json", evening() | {"id": "wrong", "rest_seconds": 900})
    write(tmp_path, "notes.txt", b"not a routine")
    routines, problems = load_routines_dir(tmp_path, CATALOGUE, builtin=False)
    assert [r.id for r in routines] == ["evening", "morning"]
    assert all(not r.builtin for r in routines)
    assert routines[0].path == tmp_path / "evening.json"
    assert len(problems) == 2
    assert str(problems[0]).startswith("broken.json: is not valid JSON")
    assert str(problems[1]) == (
        'wrong.json: "rest_seconds": must be a whole number from 0 to 600, got 900'
    )


def test_a_file_whose_id_differs_from_its_name_is_refused(tmp_path):
    write(tmp_path, "evening-2.json", evening())
    routines, problems = load_routines_dir(tmp_path, CATALOGUE, builtin=True)
    assert routines == []
    assert [str(problem) for problem in problems] == [
        'evening-2.json: "id": is "evening" but the file is named evening-2.json; '
        "rename the file to evening.json"
    ]


def test_a_missing_folder_loads_nothing(tmp_path):
    assert load_routines_dir(tmp_path / "nowhere", CATALOGUE, builtin=False) == ([], [])


def test_a_file_with_an_overlong_number_is_skipped_like_any_broken_file(tmp_path):
    write(tmp_path, "evening.json", evening())
    write(tmp_path, "huge.json", b'{"id": "huge", "prep_seconds": ' + b"1" * 5000 + b"}")
    routines, problems = load_routines_dir(tmp_path, CATALOGUE, builtin=False)
    assert [r.id for r in routines] == ["evening"]
    assert len(problems) == 1 and str(problems[0]).startswith("huge.json: ")


# --- nothing but RoutineError, whatever the input -------------------------------------------------

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20),
        st.sampled_from(["cat-pose", "knee-to-chest", "x", "", "Evening"]),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(
                st.sampled_from(
                    [
                        "id",
                        "title",
                        "steps",
                        "seconds",
                        "exercise",
                        "name",
                        "instructions",
                        "per_side",
                        "level",
                        "prep_seconds",
                    ]
                ),
                st.text(max_size=8),
            ),
            children,
            max_size=5,
        ),
    ),
    max_leaves=20,
)

PATHS = [
    (),
    ("id",),
    ("title",),
    ("description",),
    ("level",),
    ("version",),
    ("prep_seconds",),
    ("rest_seconds",),
    ("steps",),
    ("steps", 0),
    ("steps", 1, "seconds"),
    ("steps", 2, "per_side"),
    ("steps", 3),
    ("steps", 3, "name"),
    ("steps", 3, "instructions"),
    ("steps", 4, "exercise"),
]


@st.composite
def mutated_documents(draw) -> object:
    doc = evening()
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        path = draw(st.sampled_from(PATHS))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if not path:
            if action == "replace":
                doc = draw(json_values)
            elif isinstance(doc, dict):
                doc[draw(st.text(max_size=8))] = draw(json_values)
            continue
        parent = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            if action == "replace":
                parent[path[-1]] = draw(json_values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent[path[-1]], dict):
                parent[path[-1]][draw(st.text(max_size=8))] = draw(json_values)
            elif isinstance(parent[path[-1]], list):
                parent[path[-1]].append(draw(json_values))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change already removed or replaced this part
    return doc


def accepted_or_refused(doc: object) -> None:
    original = copy.deepcopy(doc)
    try:
        routine = parse_routine(doc, CATALOGUE, SOURCE)
    except RoutineError as error:
        assert str(error).startswith("evening.json: ")
        assert error.problems
    else:
        assert isinstance(routine, Routine)
        again = parse_routine(routine_to_document(routine), CATALOGUE, SOURCE)
        assert again == routine
    # Parsing leaves the document as it was (compared as text: NaN is never == NaN).
    assert repr(doc) == repr(original)


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, mutated_documents()))
def test_any_document_is_either_accepted_or_refused_with_a_routine_error(doc):
    accepted_or_refused(doc)


@settings(max_examples=300, deadline=None)
@given(st.one_of(mutated_documents(), json_values), st.data())
def test_any_bytes_are_either_accepted_or_refused_with_a_routine_error(doc, data):
    raw = bytearray(json.dumps(doc).encode())
    for _ in range(data.draw(st.integers(min_value=0, max_value=3))):
        if raw:
            position = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
            raw[position] = data.draw(st.integers(min_value=0, max_value=255))
    try:
        decoded = decode_json_bytes(bytes(raw), SOURCE)
    except RoutineError as error:
        assert str(error).startswith("evening.json: ")
        return
    accepted_or_refused(decoded)
