"""The user's own routines: save, delete, import, export, and the names given to them."""

import copy
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from psoas_timer import resources
from psoas_timer.core.routines import (
    LEVELS,
    MAX_STEPS,
    Routine,
    RoutineError,
    Step,
    decode_json_bytes,
    load_catalogue,
    load_routines_dir,
    parse_routine,
    routine_to_document,
)
from psoas_timer.core.user_routines import (
    delete_user_routine,
    duplicate_of,
    export_routine,
    import_routine_file,
    save_user_routine,
    slugify,
    unique_id,
)

CATALOGUE = load_catalogue()
BUILTINS, _problems = load_routines_dir(resources.builtin_routines_dir(), CATALOGUE, builtin=True)
BUILTIN_IDS = {routine.id for routine in BUILTINS}

VALID_DOCUMENT = {
    "version": 1,
    "id": "evening",
    "title": "Evening wind-down",
    "description": "Slow floor work to finish the day.",
    "level": "gentle",
    "prep_seconds": 10,
    "rest_seconds": 10,
    "steps": [
        {"exercise": "cat-pose", "seconds": 64},
        {"exercise": "knee-to-chest", "seconds": 40, "per_side": True},
        {
            "name": "Side-lying breathing",
            "instructions": "Lie on your side.\nBreathe slowly into your back ribs.",
            "seconds": 30,
            "per_side": True,
        },
    ],
}


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def custom_routine() -> Routine:
    return parse_routine(copy.deepcopy(VALID_DOCUMENT), CATALOGUE, "evening.json")


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("My Evening Stretch!", "my-evening-stretch"),
        ("  Quick   reset  (copy) ", "quick-reset-copy"),
        ("Étirement du soir", "etirement-du-soir"),
        ("Desk break #2", "desk-break-2"),
        ("!!!", ""),
        ("", ""),
        ("a" * 100, "a" * 64),
        ("a" * 63 + " b", "a" * 63),
    ],
)
def test_slugify_makes_a_valid_id_from_a_title(title, slug):
    assert slugify(title) == slug


def test_unique_id_counts_up_and_stays_within_the_id_rules():
    assert unique_id("evening", set()) == "evening"
    assert unique_id("evening", {"evening"}) == "evening-2"
    assert unique_id("evening", {"evening", "evening-2", "evening-3"}) == "evening-4"
    long = "a" * 64
    assert unique_id(long, {long}) == "a" * 62 + "-2"
    assert unique_id("../Evil Name", set()) == "evil-name"
    assert unique_id("", {"my-routine"}) == "my-routine-2"


def test_duplicate_of_a_builtin_is_a_user_copy_with_a_free_id():
    quick = next(routine for routine in BUILTINS if routine.id == "quick-reset")
    copy_ = duplicate_of(quick, BUILTIN_IDS)
    assert copy_.title == "Quick reset (copy)"
    assert copy_.id == "quick-reset-copy"
    assert not copy_.builtin and copy_.path is None
    assert copy_.steps == quick.steps
    again = duplicate_of(quick, BUILTIN_IDS | {copy_.id})
    assert again.id == "quick-reset-copy-2"
    long = replace(quick, title="T" * 80)
    assert len(duplicate_of(long, BUILTIN_IDS).title) == 80


def test_a_copy_of_a_translated_builtin_is_saved_with_the_title_it_was_given(tmp_path):
    quick = next(routine for routine in BUILTINS if routine.id == "quick-reset")
    assert quick.wordings  # the built-in carries its words in other languages
    copy_ = duplicate_of(quick, BUILTIN_IDS)
    path = save_user_routine(copy_, tmp_path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["title"] == "Quick reset (copy)"
    assert "translations" not in saved  # they would still call it "Quick reset"


# --- save and delete ------------------------------------------------------------------------------


def test_save_then_load_gives_the_same_routine(tmp_path):
    routines_dir = tmp_path / "data" / "routines"
    routine = custom_routine()
    path = save_user_routine(routine, routines_dir)
    assert path == routines_dir / "evening.json"
    assert json.loads(path.read_text(encoding="utf-8")) == routine_to_document(routine)
    loaded, problems = load_routines_dir(routines_dir, CATALOGUE, builtin=False)
    assert problems == []
    assert loaded == [routine]
    assert loaded[0].path == path
    assert listing(routines_dir) == ["evening.json"]  # no temporary files left behind


def test_save_replaces_the_routines_own_file(tmp_path):
    routine = custom_routine()
    save_user_routine(routine, tmp_path)
    changed = replace(routine, title="Later evening")
    save_user_routine(changed, tmp_path)
    assert load_routines_dir(tmp_path, CATALOGUE, builtin=False)[0] == [changed]


def test_save_a_document_checks_it_when_given_the_catalogue(tmp_path):
    path = save_user_routine(
        dict(VALID_DOCUMENT, title="  Padded  "), tmp_path, catalogue=CATALOGUE
    )
    assert json.loads(path.read_text())["title"] == "Padded"
    bad = dict(VALID_DOCUMENT, prep_seconds=-1)
    with pytest.raises(RoutineError, match=r'evening\.json: "prep_seconds"'):
        save_user_routine(bad, tmp_path / "other", catalogue=CATALOGUE)
    assert not (tmp_path / "other").exists()


def test_save_refuses_a_bad_id_and_builtin_routines(tmp_path):
    with pytest.raises(RoutineError):
        save_user_routine(dict(VALID_DOCUMENT, id="../evil"), tmp_path / "routines")
    with pytest.raises(ValueError, match="built-in"):
        save_user_routine(BUILTINS[0], tmp_path / "routines")
    assert not (tmp_path / "routines").exists()
    assert not (tmp_path / "evil.json").exists()


def test_delete_removes_only_that_users_routine(tmp_path):
    routines_dir = tmp_path / "routines"
    save_user_routine(custom_routine(), routines_dir)
    save_user_routine(replace(custom_routine(), id="morning"), routines_dir)
    delete_user_routine("evening", routines_dir)
    assert listing(routines_dir) == ["morning.json"]
    delete_user_routine("evening", routines_dir)  # already gone: nothing to do


@pytest.mark.parametrize("bad_id", ["../evil", "", "Evening", "a/b", "evening.json", "a" * 65])
def test_delete_refuses_ids_that_are_not_routine_ids(tmp_path, bad_id):
    routines_dir = tmp_path / "routines"
    routines_dir.mkdir()
    outside = write(tmp_path / "evil.json", {"keep": True})
    with pytest.raises(ValueError):
        delete_user_routine(bad_id, routines_dir)
    assert outside.exists()


# --- import ---------------------------------------------------------------------------------------


def test_import_saves_a_valid_file_where_the_library_finds_it(tmp_path):
    source = write(tmp_path / "from-a-friend.json", VALID_DOCUMENT)
    routines_dir = tmp_path / "data" / "routines"
    result = import_routine_file(source, routines_dir, CATALOGUE, BUILTIN_IDS)
    assert result.routine.id == "evening"
    assert result.renamed_from is None and not result.renamed
    assert result.routine == custom_routine()
    assert result.routine.path == routines_dir / "evening.json"
    loaded, problems = load_routines_dir(routines_dir, CATALOGUE, builtin=False)
    assert problems == []
    assert loaded == [result.routine]
    assert source.exists()  # the imported file itself is left alone


def test_import_never_overwrites_an_existing_routine(tmp_path):
    routines_dir = tmp_path / "routines"
    mine = save_user_routine(replace(custom_routine(), title="Mine"), routines_dir)
    before = mine.read_bytes()
    source = write(tmp_path / "evening.json", VALID_DOCUMENT)

    first = import_routine_file(source, routines_dir, CATALOGUE, BUILTIN_IDS | {"evening"})
    assert (first.routine.id, first.renamed_from) == ("evening-2", "evening")
    second = import_routine_file(source, routines_dir, CATALOGUE, BUILTIN_IDS | {"evening"})
    assert (second.routine.id, second.renamed_from) == ("evening-3", "evening")
    assert mine.read_bytes() == before
    loaded, problems = load_routines_dir(routines_dir, CATALOGUE, builtin=False)
    assert problems == []
    by_id = {routine.id: routine for routine in loaded}
    assert sorted(by_id) == ["evening", "evening-2", "evening-3"]
    assert by_id["evening"].title == "Mine"
    assert by_id["evening-2"].title == "Evening wind-down"


def test_import_renames_an_id_that_clashes_with_a_builtin(tmp_path):
    source = write(tmp_path / "quick.json", dict(VALID_DOCUMENT, id="quick-reset"))
    result = import_routine_file(source, tmp_path / "routines", CATALOGUE, BUILTIN_IDS)
    assert result.routine.id == "quick-reset-2"
    assert result.renamed_from == "quick-reset"
    assert listing(tmp_path / "routines") == ["quick-reset-2.json"]


def test_import_does_not_overwrite_a_file_that_failed_to_load(tmp_path):
    routines_dir = tmp_path / "routines"
    routines_dir.mkdir()
    broken = routines_dir / "evening.json"
    broken.write_bytes(b"{ half a routine")
    source = write(tmp_path / "evening.json", VALID_DOCUMENT)
    result = import_routine_file(source, routines_dir, CATALOGUE, BUILTIN_IDS)
    assert result.routine.id == "evening-2"
    assert broken.read_bytes() == b"{ half a routine"


def _too_many_steps() -> bytes:
    steps = [{"exercise": "bridge", "seconds": 10}] * (MAX_STEPS + 1)
    return json.dumps(dict(VALID_DOCUMENT, steps=steps)).encode()


def _over_one_mib() -> bytes:
    text = json.dumps(VALID_DOCUMENT)
    return text[:-1].encode() + b" " * (1024 * 1024) + b"}"


INVALID_FILES = {
    "bad JSON": (b'{"id": "evening", "title": "x",,}', "is not valid JSON"),
    "not UTF-8": (
        json.dumps(VALID_DOCUMENT).replace("Evening", "Soir\u00e9e").encode("latin-1"),
        "is not UTF-8",
    ),
    "over 1 MiB": (_over_one_mib(), "at most 1 MiB"),
    "201 steps": (_too_many_steps(), "must hold 1 to 200 steps, got 201"),
    "bad id": (
        json.dumps(dict(VALID_DOCUMENT, id="../evil")).encode(),
        '"id": must be lowercase letters, digits and single hyphens, got "../evil"',
    ),
    "unknown exercise": (
        json.dumps(dict(VALID_DOCUMENT, steps=[{"exercise": "cat", "seconds": 30}])).encode(),
        'step 1 ("exercise"): unknown exercise "cat" (valid ids: backward-situp, bridge, ',
    ),
    "number of 5000 digits": (
        json.dumps(VALID_DOCUMENT)
        .replace('"prep_seconds": 10', '"prep_seconds": ' + "9" * 5000)
        .encode(),
        "is not valid JSON: holds a number too long to read",
    ),
    "not an object": (b"[1, 2, 3]", "must be a JSON object"),
    "empty file": (b"", "is not valid JSON"),
    "lone surrogate": (
        json.dumps(dict(VALID_DOCUMENT, title="Bad \ud800 text")).encode(),
        "not valid Unicode",
    ),
}


@pytest.mark.parametrize("case", list(INVALID_FILES))
def test_import_refuses_invalid_files_naming_the_file_and_writes_nothing(tmp_path, case):
    raw, expected = INVALID_FILES[case]
    source = tmp_path / "shared-routine.json"
    source.write_bytes(raw)
    routines_dir = tmp_path / "routines"
    with pytest.raises(RoutineError) as caught:
        import_routine_file(source, routines_dir, CATALOGUE, BUILTIN_IDS)
    message = str(caught.value)
    assert caught.value.source == "shared-routine.json"
    assert message.startswith("shared-routine.json: ")
    assert expected in message
    assert listing(routines_dir) == []


def test_unknown_exercise_lists_every_valid_id(tmp_path):
    source = write(tmp_path / "x.json", dict(VALID_DOCUMENT, steps=[{"exercise": "cat"}]))
    with pytest.raises(RoutineError) as caught:
        import_routine_file(source, tmp_path / "routines", CATALOGUE, set())
    for exercise_id in CATALOGUE:
        assert exercise_id in str(caught.value)


def test_import_of_a_missing_file_is_a_routine_error(tmp_path):
    with pytest.raises(RoutineError, match=r"nothing\.json: cannot be read"):
        import_routine_file(tmp_path / "nothing.json", tmp_path / "routines", CATALOGUE, set())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_import_refuses_folders_and_pipes_without_reading_them(tmp_path):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    for path in (pipe, folder):
        with pytest.raises(RoutineError, match=rf"^{path.name}: is not a file"):
            import_routine_file(path, tmp_path / "routines", CATALOGUE, set())
    assert listing(tmp_path / "routines") == []


# --- export ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("routine", [*BUILTINS, custom_routine()], ids=lambda r: r.id)
def test_export_then_import_gives_the_same_routine(tmp_path, routine):
    exported = tmp_path / "shared.json"
    export_routine(routine, exported)
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document == routine_to_document(routine)
    assert replace(parse_routine(document, CATALOGUE, "shared.json"), builtin=routine.builtin) == (
        routine
    )
    result = import_routine_file(exported, tmp_path / "routines", CATALOGUE, set())
    assert replace(result.routine, builtin=routine.builtin) == routine
    assert listing(tmp_path) == ["routines", "shared.json"]


def test_export_keeps_custom_steps_and_their_instructions(tmp_path):
    routine = replace(
        custom_routine(),
        steps=(Step("Shoulder rolls", 20, False, ("Stand tall.", "Roll slowly back.")),),
    )
    export_routine(routine, tmp_path / "out.json")
    step = json.loads((tmp_path / "out.json").read_text())["steps"][0]
    assert step == {
        "name": "Shoulder rolls",
        "instructions": "Stand tall.\nRoll slowly back.",
        "seconds": 20,
        "per_side": False,
    }


# --- anything at all: refused with RoutineError, or accepted and valid ----------------------------

STEP_KEYS = ("exercise", "name", "instructions", "seconds", "per_side")
TOP_KEYS = tuple(VALID_DOCUMENT)
NUMBER_KEYS = ("prep_seconds", "rest_seconds")
TEXT_KEYS = ("title", "description")

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-5, 4000)
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
numbers = (
    st.integers(-700, 4000)
    | st.integers()
    | st.floats()
    | st.sampled_from([0, 1, 600, 601, 3600, 3601, 1.0, 1.5, True, "10"])
)
ids = st.sampled_from(
    [
        "evening",
        "../evil",
        "Evening",
        "a--b",
        "-a",
        "a" * 64,
        "a" * 65,
        " padded ",
        "",
        "quick-reset",
    ]
) | st.text(max_size=12)


@st.composite
def mutated_documents(draw):
    """The valid document with a few things broken (or, now and then, left valid)."""
    doc = copy.deepcopy(VALID_DOCUMENT)
    for _ in range(draw(st.integers(1, 4))):
        steps = doc.get("steps")
        step = None
        if isinstance(steps, list) and steps and isinstance(steps[0], dict):
            step = draw(st.sampled_from([s for s in steps if isinstance(s, dict)] or [None]))
        kind = draw(
            st.sampled_from(
                [
                    "drop",
                    "drop-step-key",
                    "retype",
                    "retype-step-key",
                    "unknown",
                    "unknown-step-key",
                    "range",
                    "step-seconds",
                    "huge-steps",
                    "no-steps",
                    "junk-step",
                    "long-text",
                    "id",
                    "level",
                    "exercise",
                    "mix-forms",
                    "valid-change",
                ]
            )
        )
        if kind == "drop" and doc:
            doc.pop(draw(st.sampled_from(sorted(doc))), None)
        elif kind == "drop-step-key" and step:
            step.pop(draw(st.sampled_from(sorted(step))), None)
        elif kind == "retype":
            doc[draw(st.sampled_from(TOP_KEYS))] = draw(json_values)
        elif kind == "retype-step-key" and step is not None:
            step[draw(st.sampled_from(STEP_KEYS))] = draw(json_values)
        elif kind == "unknown":
            doc[draw(st.text(max_size=10))] = draw(json_values)
        elif kind == "unknown-step-key" and step is not None:
            step[draw(st.text(max_size=10))] = draw(json_values)
        elif kind == "range":
            doc[draw(st.sampled_from(NUMBER_KEYS))] = draw(numbers)
        elif kind == "step-seconds" and step is not None:
            step["seconds"] = draw(numbers)
        elif kind == "huge-steps":
            count = draw(st.sampled_from([MAX_STEPS, MAX_STEPS + 1, 1000]))
            doc["steps"] = [{"exercise": "bridge", "seconds": 5}] * count
        elif kind == "no-steps":
            doc["steps"] = []
        elif kind == "junk-step" and isinstance(steps, list):
            steps.insert(draw(st.integers(0, len(steps))), draw(json_values))
        elif kind == "long-text":
            length = draw(st.sampled_from([0, 1, 80, 81, 1000, 1001, 2000, 2001]))
            text = draw(st.sampled_from(["x", " ", "\u00e9", "\U0001f600"])) * length
            if step is not None and draw(st.booleans()):
                step[draw(st.sampled_from(("name", "instructions")))] = text
            else:
                doc[draw(st.sampled_from(TEXT_KEYS))] = text
        elif kind == "id":
            doc["id"] = draw(ids)
        elif kind == "level":
            doc["level"] = draw(st.sampled_from([*LEVELS, "easy", "", None, 1]) | json_values)
        elif kind == "exercise" and step is not None:
            step["exercise"] = draw(st.sampled_from([*CATALOGUE, "cat", ""]) | json_values)
        elif kind == "mix-forms" and step is not None:
            step.update(name="Mixed", instructions="Do it.")
        elif kind == "valid-change":
            doc[draw(st.sampled_from(NUMBER_KEYS))] = draw(st.integers(0, 600))
            if step is not None:
                step["seconds"] = draw(st.integers(1, 3600))
                step["per_side"] = draw(st.booleans())
    return doc


def _encode(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=True).encode("ascii")


def _long_number(digits: int) -> bytes:
    text = _encode(VALID_DOCUMENT).decode()
    return text.replace('"prep_seconds": 10', '"prep_seconds": ' + "1" * digits).encode()


file_bytes = st.one_of(
    mutated_documents().map(_encode),
    json_values.map(_encode),
    st.binary(max_size=40),
    st.sampled_from([3, 4300, 4301, 20000]).map(_long_number),
    st.builds(
        lambda cut: _encode(VALID_DOCUMENT)[:cut], st.integers(0, len(_encode(VALID_DOCUMENT)))
    ),
)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=file_bytes)
def test_any_file_is_refused_with_routine_error_or_saved_valid(raw):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "incoming.json"
        source.write_bytes(raw)
        routines_dir = Path(folder) / "routines"
        try:
            result = import_routine_file(source, routines_dir, CATALOGUE, {"evening"})
        except RoutineError as error:
            event("refused")
            assert error.source == "incoming.json"
            assert error.problems
            assert listing(routines_dir) == []
            return
        event("accepted")
        # Accepted only if the built-in rules accept it too, and saved exactly as a valid file.
        expected = parse_routine(decode_json_bytes(raw, "x"), CATALOGUE, "x")
        assert result.routine == replace(expected, id=result.routine.id)
        assert result.routine.id != "evening"
        assert listing(routines_dir) == [f"{result.routine.id}.json"]
        loaded, problems = load_routines_dir(routines_dir, CATALOGUE, builtin=False)
        assert problems == []
        assert loaded == [result.routine]
