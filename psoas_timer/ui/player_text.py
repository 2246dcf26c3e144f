"""The player's words for the engine's state: headings, the next line, what a screen reader
hears when a phase starts, and the summary. No Qt here, so they are tested as plain functions."""

from __future__ import annotations

from dataclasses import dataclass

from psoas_timer.core.engine import Phase, PhaseKind, Session, Side
from psoas_timer.core.outcome import COUNTS_AFTER_SECONDS, Ending, session_outcome
from psoas_timer.core.routines import format_duration

ENDING_TITLES = {
    Ending.COMPLETED: "Well done!",
    Ending.STEPS_SKIPPED: "Finished, with steps skipped",
    Ending.STOPPED_EARLY: "Stopped early",
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
    return f"Coming up: {phase.step.name}"


def side_text(phase: Phase) -> str:
    if phase.side is None:
        return ""
    side = "Left side" if phase.side is Side.LEFT else "Right side"
    return f"{side} next" if _is_switch(phase) else side


def next_text(session: Session) -> str:
    phase = session.phase
    if phase is None:
        return ""
    if _is_switch(phase):
        return f"Get into position: {side_text(phase).lower().removesuffix(' next')}"
    if phase.kind is not PhaseKind.WORK:
        # The heading already names what comes, and the steps below say how to start.
        return "Get into position: left side first" if phase.step.per_side else "Get into position"
    upcoming = session.next_phase()
    if upcoming is None:
        return "Next: finish"
    if upcoming.kind is PhaseKind.REST:
        return f"Next: rest, then {upcoming.step.name}"
    if _is_switch(upcoming):
        return "Next: switch sides"
    side = f" ({side_text(upcoming).lower()})" if upcoming.side else ""
    return f"Next: {upcoming.step.name}{side}"


def announcement(phase: Phase) -> str:
    """One sentence for a screen reader when a phase starts."""
    length = format_duration(phase.seconds)
    if phase.kind is PhaseKind.WORK:
        side = f", {side_text(phase).lower()}" if phase.side else ""
        return f"Work: {phase.step.name}{side}, {length}."
    if _is_switch(phase):
        return f"Switch sides: {side_text(phase).lower()}, {length}."
    word = "Get ready" if phase.kind is PhaseKind.PREP else "Rest"
    return f"{word}, {length}. Coming up: {phase.step.name}."


@dataclass(frozen=True)
class SummaryText:
    look: str
    title: str
    figures: str
    note: str


def summary_text(session: Session, now: float) -> SummaryText:
    outcome = session_outcome(session, now)
    # Whole seconds practised, never rounded up (4.6 s is not yet the 5 s that counts).
    figures = (
        f"{format_duration(outcome.active_seconds)} of practice  ·  "
        f"{outcome.steps_completed} of {outcome.steps_total} steps done"
    )
    if outcome.counts:
        note = "Saved in your history."
    else:
        note = f"Less than {COUNTS_AFTER_SECONDS:g} seconds of practice, so nothing was recorded."
    return SummaryText(
        look="done" if outcome.ending is not Ending.STOPPED_EARLY else "paused",
        title=ENDING_TITLES.get(outcome.ending, "Stopped early"),
        figures=figures,
        note=note,
    )
