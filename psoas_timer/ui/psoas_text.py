"""The words for what an exercise does for the psoas and for a front/back balance. No Qt here,
so they are tested as plain functions; the figures themselves come from `core.balance`."""

from __future__ import annotations

from collections.abc import Iterable

from psoas_timer.core.balance import Balance, exercises_for
from psoas_timer.core.routines import CoreSide, Exercise, PsoasAction, PsoasEffect, format_duration

ACTION_WORDS = {
    PsoasAction.STRETCH: "stretch",
    PsoasAction.STRENGTHEN: "strengthen",
    PsoasAction.RELEASE: "release",
}
SIDE_WORDS = {
    CoreSide.FRONT: "front of the core",
    CoreSide.BACK: "back of the core",
    CoreSide.BOTH: "front and back of the core in turn",
}
SIDE_NAMES = {CoreSide.FRONT: "front", CoreSide.BACK: "back", CoreSide.BOTH: "front and back"}
SUGGESTIONS_SHOWN = 3


def short_effect(psoas: PsoasEffect | None) -> str:
    """For a list's column: `Stretch · back`; nothing for a step of the user's own."""
    if psoas is None:
        return ""
    return f"{ACTION_WORDS[psoas.action].capitalize()} · {SIDE_NAMES[psoas.core_side]}"


def side_phrase(psoas: PsoasEffect | None) -> str:
    """`back of the core`, `front and back of the core`; "" for a step of the user's own."""
    return f"{SIDE_NAMES[psoas.core_side]} of the core" if psoas is not None else ""


def effect_heading(psoas: PsoasEffect, joiner: str = " · ") -> str:
    """`stretch · back of the core`: what follows "Psoas:"."""
    return f"{ACTION_WORDS[psoas.action]}{joiner}{SIDE_WORDS[psoas.core_side]}"


def effect_detail(psoas: PsoasEffect | None) -> str:
    """The heading and the sentence of why, for the instructions' notes; "" for a custom step."""
    if psoas is None:
        return ""
    return f"{effect_heading(psoas)}. {psoas.why}"


def minutes(seconds: float) -> str:
    return format_duration(round(seconds))


def side_figures(balance: Balance) -> tuple[str, str]:
    """(`Front 5:45`, `Back 5:03`)."""
    return f"Front {minutes(balance.front_seconds)}", f"Back {minutes(balance.back_seconds)}"


def share_words(balance: Balance) -> str:
    """`55% front, 45% back`, or that nothing works either side yet."""
    share = balance.front_share
    if share is None:
        return "nothing on the front or the back yet"
    front = round(share * 100)
    return f"{front}% front, {100 - front}% back"


def balance_summary(balance: Balance) -> str:
    """Everything the bar shows, as one line a screen reader can say."""
    front, back = side_figures(balance)
    text = f"{front}, {back}: {share_words(balance)}"
    if balance.unknown_seconds >= 0.5:
        text += f"; {minutes(balance.unknown_seconds)} not counted"
    return text


IN_BALANCE = "Front and back in balance."
# What follows the minutes that count to neither side, by where they come from.
OWN_STEPS_NOT_COUNTED = "of your own steps not counted"
WEEK_NOT_COUNTED = "not counted"


def not_counted(balance: Balance, words: str = OWN_STEPS_NOT_COUNTED) -> str:
    """`0:30 of your own steps not counted (...).`, or "" when every second counts."""
    if round(balance.unknown_seconds) <= 0:
        return ""
    return f"{minutes(balance.unknown_seconds)} {words}."


def leaning_short(balance: Balance, when: str = "") -> str:
    """`Much more front than back.`, or "" when neither side has much more."""
    leaning, lighter = balance.leaning, balance.lighter_side
    if leaning is None or lighter is None:
        return ""
    much = f"{when}, much" if when else "Much"
    return f"{much} more {SIDE_NAMES[leaning]} than {SIDE_NAMES[lighter]}."


def leaning_note(balance: Balance, catalogue: Iterable[Exercise], when: str = "") -> str:
    """A gentle note when one side has much more than the other, naming exercises for the
    other side from the catalogue; "" when it does not. `when` leads it ("This week")."""
    leaning, lighter = balance.leaning, balance.lighter_side
    if leaning is None or lighter is None:
        return ""
    more = balance.front_seconds if leaning is CoreSide.FRONT else balance.back_seconds
    less = balance.back_seconds if leaning is CoreSide.FRONT else balance.front_seconds
    names = [exercise.name for exercise in exercises_for(lighter, catalogue)]
    names = [name[0].lower() + name[1:] for name in names[:SUGGESTIONS_SHOWN]]
    such_as = ""
    if names:
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        such_as = f", such as {listed}"
    much = f"{when}, much" if when else "Much"
    return (
        f"{much} more {SIDE_NAMES[leaning]} than {SIDE_NAMES[lighter]} "
        f"({minutes(more)} to {minutes(less)}). The article asks for both to be worked "
        f"equally: you could add {SIDE_NAMES[lighter]} work{such_as}."
    )
