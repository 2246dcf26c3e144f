"""The words for what an exercise does for the psoas and for a front/back balance. No Qt here,
so they are tested as plain functions; the figures themselves come from `core.balance`."""

from __future__ import annotations

from collections.abc import Iterable

from psoas_timer.core.balance import Balance, exercises_for
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, content_language, translate
from psoas_timer.core.routines import CoreSide, Exercise, PsoasAction, PsoasEffect, format_duration

ACTION_WORDS = {
    PsoasAction.STRETCH: QT_TRANSLATE_NOOP("Balance", "stretch"),
    PsoasAction.STRENGTHEN: QT_TRANSLATE_NOOP("Balance", "strengthen"),
    PsoasAction.RELEASE: QT_TRANSLATE_NOOP("Balance", "release"),
}
ACTION_TITLES = {
    PsoasAction.STRETCH: QT_TRANSLATE_NOOP("Balance", "Stretch"),
    PsoasAction.STRENGTHEN: QT_TRANSLATE_NOOP("Balance", "Strengthen"),
    PsoasAction.RELEASE: QT_TRANSLATE_NOOP("Balance", "Release"),
}
SIDE_WORDS = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "front of the core"),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "back of the core"),
    CoreSide.BOTH: QT_TRANSLATE_NOOP("Balance", "front and back of the core in turn"),
}
SIDE_PHRASES = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "front of the core"),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "back of the core"),
    CoreSide.BOTH: QT_TRANSLATE_NOOP("Balance", "front and back of the core"),
}
SIDE_NAMES = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "front"),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "back"),
    CoreSide.BOTH: QT_TRANSLATE_NOOP("Balance", "front and back"),
}
SUGGESTIONS_SHOWN = 3


def _word(text: str) -> str:
    """A text marked above, in the user's language."""
    return translate("Balance", text)


def short_effect(psoas: PsoasEffect | None) -> str:
    """For a list's column: `Stretch · back`; nothing for a step of the user's own."""
    if psoas is None:
        return ""
    return f"{_word(ACTION_TITLES[psoas.action])} · {_word(SIDE_NAMES[psoas.core_side])}"


def side_phrase(psoas: PsoasEffect | None) -> str:
    """`back of the core`, `front and back of the core`; "" for a step of the user's own."""
    return _word(SIDE_PHRASES[psoas.core_side]) if psoas is not None else ""


def effect_heading(psoas: PsoasEffect, joiner: str = " · ") -> str:
    """`stretch · back of the core`: what follows "Psoas:"."""
    return f"{_word(ACTION_WORDS[psoas.action])}{joiner}{_word(SIDE_WORDS[psoas.core_side])}"


def effect_detail(psoas: PsoasEffect | None) -> str:
    """The heading and the sentence of why, for the instructions' notes; "" for a custom step."""
    if psoas is None:
        return ""
    return f"{effect_heading(psoas)}. {psoas.why}"


def minutes(seconds: float) -> str:
    return format_duration(round(seconds))


def side_figures(balance: Balance) -> tuple[str, str]:
    """(`Front 5:45`, `Back 5:03`)."""
    return (
        translate("Balance", "Front {time}").format(time=minutes(balance.front_seconds)),
        translate("Balance", "Back {time}").format(time=minutes(balance.back_seconds)),
    )


def share_words(balance: Balance) -> str:
    """`55% front, 45% back`, or that nothing works either side yet."""
    share = balance.front_share
    if share is None:
        return translate("Balance", "nothing on the front or the back yet")
    front = round(share * 100)
    return translate("Balance", "{front}% front, {back}% back").format(
        front=front, back=100 - front
    )


def balance_summary(balance: Balance) -> str:
    """Everything the bar shows, as one line a screen reader can say."""
    front, back = side_figures(balance)
    text = translate("Balance", "{front}, {back}: {shares}").format(
        front=front, back=back, shares=share_words(balance)
    )
    if balance.unknown_seconds >= 0.5:
        text = translate("Balance", "{summary}; {time} not counted").format(
            summary=text, time=minutes(balance.unknown_seconds)
        )
    return text


IN_BALANCE = QT_TRANSLATE_NOOP("Balance", "Front and back in balance.")
# The time that counts to neither side, by where it comes from (pass one to `not_counted`).
OWN_STEPS_NOT_COUNTED = QT_TRANSLATE_NOOP("Balance", "{time} of your own steps not counted.")
WEEK_NOT_COUNTED = QT_TRANSLATE_NOOP("Balance", "{time} not counted.")
# What may lead a note (`leaning_note(..., when=THIS_WEEK)`).
THIS_WEEK = QT_TRANSLATE_NOOP("Balance", "This week")
LEANING_SHORT = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "Much more front than back."),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "Much more back than front."),
}
LEANING_SHORT_WHEN = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "{when}, much more front than back."),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "{when}, much more back than front."),
}
LEANING = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP("Balance", "Much more front than back ({more} to {less})."),
    CoreSide.BACK: QT_TRANSLATE_NOOP("Balance", "Much more back than front ({more} to {less})."),
}
LEANING_WHEN = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP(
        "Balance", "{when}, much more front than back ({more} to {less})."
    ),
    CoreSide.BACK: QT_TRANSLATE_NOOP(
        "Balance", "{when}, much more back than front ({more} to {less})."
    ),
}
ADD = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP(
        "Balance", "Aim to work both equally: you could add front work."
    ),
    CoreSide.BACK: QT_TRANSLATE_NOOP(
        "Balance", "Aim to work both equally: you could add back work."
    ),
}
ADD_SUCH_AS = {
    CoreSide.FRONT: QT_TRANSLATE_NOOP(
        "Balance",
        "Aim to work both equally: you could add front work, such as {exercises}.",
    ),
    CoreSide.BACK: QT_TRANSLATE_NOOP(
        "Balance",
        "Aim to work both equally: you could add back work, such as {exercises}.",
    ),
}


def in_balance() -> str:
    """`Front and back in balance.` in the user's language."""
    return _word(IN_BALANCE)


def not_counted(balance: Balance, words: str = OWN_STEPS_NOT_COUNTED) -> str:
    """`0:30 of your own steps not counted.` (or WEEK_NOT_COUNTED's words), or "" when every
    second counts."""
    if round(balance.unknown_seconds) <= 0:
        return ""
    return _word(words).format(time=minutes(balance.unknown_seconds))


def _when(when: str) -> str:
    # THIS_WEEK as given, or words the caller translated already (which stay as they are).
    return _word(when)


def leaning_short(balance: Balance, when: str = "") -> str:
    """`Much more front than back.`, or "" when neither side has much more."""
    leaning = balance.leaning
    if leaning is None or balance.lighter_side is None:
        return ""
    if when:
        return _word(LEANING_SHORT_WHEN[leaning]).format(when=_when(when))
    return _word(LEANING_SHORT[leaning])


def _in_a_sentence(name: str) -> str:
    """An exercise's name inside a sentence: lower case, except where the language writes
    its nouns with a capital (German)."""
    if content_language() == "de" or not name:
        return name
    return name[0].lower() + name[1:]


def _listed(names: list[str]) -> str:
    """`a`, `a or b`, `a, b or c`."""
    if len(names) == 1:
        return names[0]
    return translate("Balance", "{list} or {last}").format(
        list=", ".join(names[:-1]), last=names[-1]
    )


def leaning_note(balance: Balance, catalogue: Iterable[Exercise], when: str = "") -> str:
    """A gentle note when one side has much more than the other, naming exercises for the
    other side from the catalogue; "" when it does not. `when` leads it (THIS_WEEK)."""
    leaning, lighter = balance.leaning, balance.lighter_side
    if leaning is None or lighter is None:
        return ""
    more = balance.front_seconds if leaning is CoreSide.FRONT else balance.back_seconds
    less = balance.back_seconds if leaning is CoreSide.FRONT else balance.front_seconds
    names = [exercise.name for exercise in exercises_for(lighter, catalogue)]
    names = [_in_a_sentence(name) for name in names[:SUGGESTIONS_SHOWN]]
    figures = {"more": minutes(more), "less": minutes(less)}
    if when:
        first = _word(LEANING_WHEN[leaning]).format(when=_when(when), **figures)
    else:
        first = _word(LEANING[leaning]).format(**figures)
    such_as = _word(ADD_SUCH_AS[lighter]).format(exercises=_listed(names)) if names else ""
    return f"{first} {such_as or _word(ADD[lighter])}"
