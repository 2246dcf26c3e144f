"""The words for what an exercise does for the psoas and for a balance (plain functions)."""

from psoas_timer.core.balance import Balance
from psoas_timer.core.routines import load_catalogue
from psoas_timer.ui.psoas_text import (
    balance_summary,
    effect_detail,
    leaning_note,
    leaning_short,
    not_counted,
    short_effect,
    side_phrase,
)

CATALOGUE = load_catalogue()


def test_an_exercise_in_a_list_in_the_notes_and_by_its_side():
    dog = CATALOGUE["downward-dog"].psoas
    assert short_effect(dog) == "Stretch · back"
    assert side_phrase(dog) == "back of the core"
    assert effect_detail(dog) == f"stretch · back of the core. {dog.why}"
    rock = CATALOGUE["towel-rock"].psoas
    assert short_effect(rock) == "Strengthen · front and back"
    assert effect_detail(rock).startswith("strengthen · front and back of the core in turn. ")
    assert short_effect(None) == side_phrase(None) == effect_detail(None) == ""


def test_a_balance_in_words():
    balance = Balance(front_seconds=70.5, back_seconds=70.5, unknown_seconds=30)
    assert (
        balance_summary(balance) == "Front 1:10, Back 1:10: 50% front, 50% back; 0:30 not counted"
    )
    assert not_counted(balance) == "0:30 of your own steps not counted."
    assert not_counted(Balance(front_seconds=10, unknown_seconds=0.4)) == ""
    assert leaning_short(balance) == leaning_note(balance, CATALOGUE.values()) == ""


def test_the_note_names_the_lighter_side_and_what_to_add_from_the_catalogue():
    balance = Balance(front_seconds=30, back_seconds=150)
    assert leaning_short(balance) == "Much more back than front."
    assert leaning_note(balance, CATALOGUE.values()) == (
        "Much more back than front (2:30 to 0:30). Aim to work both equally: you could add "
        "front work, such as rolled towel rest, kneeling hip flexor stretch or bridge."
    )
    week = leaning_note(balance, [CATALOGUE["bridge"]], "This week")
    assert week.startswith("This week, much more back than front")
    assert week.endswith("you could add front work, such as bridge.")
    assert leaning_note(balance, []).endswith("you could add front work.")
