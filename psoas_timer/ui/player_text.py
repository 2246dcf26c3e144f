"""The player's words for the engine's state: headings, the next line, what a screen reader
hears when a phase starts, and the summary. No Qt here, so they are tested as plain functions."""

from __future__ import annotations

from dataclasses import dataclass

from psoas_timer.core.engine import Phase, PhaseKind, Session, Side
from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, Plural, translate
from psoas_timer.core.outcome import COUNTS_AFTER_SECONDS, Ending, session_outcome
from psoas_timer.core.routines import format_duration

ENDING_TITLES = {
    Ending.COMPLETED: QT_TRANSLATE_NOOP("Player", "Well done!"),
    Ending.STEPS_SKIPPED: QT_TRANSLATE_NOOP("Player", "Finished, with steps skipped"),
    Ending.STOPPED_EARLY: QT_TRANSLATE_NOOP("Player", "Stopped early"),
}


def look_key(phase: Phase, paused: bool) -> str:
    """Which of the player's looks (style.PHASE_LOOKS) the phase wears."""
    return "paused" if paused else phase.kind.value


def _is_switch(phase: Phase) -> bool:
    return phase.kind.value == "switch"


def phase_heading(phase: Phase) -> str:
    """The big name: the exercise now, or (before it starts) the one coming up."""
    if phase.kind is PhaseKind.WORK or _is_switch(phase):
        return phase.step.name
    return translate("Player", "Coming up: {name}").format(name=phase.step.name)


def side_text(phase: Phase) -> str:
    """`Left side`, or during a switch the side that comes: `Right side next`."""
    if phase.side is None:
        return ""
    left = phase.side is Side.LEFT
    if _is_switch(phase):
        return (
            translate("Player", "Left side next")
            if left
            else translate("Player", "Right side next")
        )
    return translate("Player", "Left side") if left else translate("Player", "Right side")


def step_and_side(phase: Phase) -> str:
    """The step's name with its side, for a line of its own: `Kneeling hip flexor, left side`
    (during a switch: `…, right side next`)."""
    name = phase.step.name
    if phase.side is None:
        return name
    left = phase.side is Side.LEFT
    if _is_switch(phase):
        text = (
            translate("Player", "{name}, left side next")
            if left
            else translate("Player", "{name}, right side next")
        )
    else:
        text = (
            translate("Player", "{name}, left side")
            if left
            else translate("Player", "{name}, right side")
        )
    return text.format(name=name)


def next_text(session: Session) -> str:
    phase = session.phase
    if phase is None:
        return ""
    if _is_switch(phase):
        if phase.side is Side.LEFT:
            return translate("Player", "Get into position: left side")
        return translate("Player", "Get into position: right side")
    if phase.kind is not PhaseKind.WORK:
        # The heading already names what comes, and the steps below say how to start.
        if phase.step.per_side:
            return translate("Player", "Get into position: left side first")
        return translate("Player", "Get into position")
    upcoming = session.next_phase()
    if upcoming is None:
        return translate("Player", "Next: finish")
    name = upcoming.step.name
    if upcoming.kind is PhaseKind.REST:
        return translate("Player", "Next: rest, then {name}").format(name=name)
    if _is_switch(upcoming):
        return translate("Player", "Next: switch sides")
    if upcoming.side is Side.LEFT:
        return translate("Player", "Next: {name} (left side)").format(name=name)
    if upcoming.side is Side.RIGHT:
        return translate("Player", "Next: {name} (right side)").format(name=name)
    return translate("Player", "Next: {name}").format(name=name)


def announcement(phase: Phase) -> str:
    """One sentence for a screen reader when a phase starts."""
    values = {"name": phase.step.name, "time": format_duration(phase.seconds)}
    left = phase.side is Side.LEFT
    if phase.kind is PhaseKind.WORK:
        if phase.side is None:
            return translate("Player", "Work: {name}, {time}.").format(**values)
        text = (
            translate("Player", "Work: {name}, left side, {time}.")
            if left
            else translate("Player", "Work: {name}, right side, {time}.")
        )
        return text.format(**values)
    if _is_switch(phase):
        text = (
            translate("Player", "Switch sides: left side, {time}.")
            if left
            else translate("Player", "Switch sides: right side, {time}.")
        )
        return text.format(**values)
    if phase.kind is PhaseKind.PREP:
        return translate("Player", "Get ready, {time}. Coming up: {name}.").format(**values)
    return translate("Player", "Rest, {time}. Coming up: {name}.").format(**values)


@dataclass(frozen=True)
class SummaryText:
    look: str
    title: str
    figures: str
    note: str


def summary_text(session: Session, now: float) -> SummaryText:
    outcome = session_outcome(session, now)
    # Whole seconds practised, never rounded up (4.6 s is not yet the 5 s that counts).
    practice = translate("Player", "{time} of practice").format(
        time=format_duration(outcome.active_seconds)
    )
    steps = Plural.tr("{done} of %n step(s) done", "", outcome.steps_total).format(
        done=outcome.steps_completed
    )
    if outcome.counts:
        note = translate("Player", "Saved in your history.")
    else:
        note = Plural.tr(
            "Less than %n second(s) of practice, so nothing was recorded.",
            "",
            round(COUNTS_AFTER_SECONDS),
        )
    return SummaryText(
        look="done" if outcome.ending is not Ending.STOPPED_EARLY else "paused",
        title=translate(
            "Player", ENDING_TITLES.get(outcome.ending, ENDING_TITLES[Ending.STOPPED_EARLY])
        ),
        figures=f"{practice}  ·  {steps}",
        note=note,
    )
