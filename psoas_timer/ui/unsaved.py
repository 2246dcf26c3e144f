"""What to do, and say, when the history cannot be written as the app closes: never lose a
session silently."""

from __future__ import annotations

from psoas_timer.core.store import DataDir


def keep_unsaved(data: DataDir) -> str:
    """Keep what could not be saved in the data folder (full, read-only) elsewhere, to be
    added at the next start; returns what to tell the user."""
    history = data.history
    kept = history.keep_unsaved(data.unsaved_places())
    why = history.last_error or "the history could not be written."
    if kept is not None:
        return (
            f"{why} What you practised is kept in {kept} and will be added to your "
            "history the next time Psoas Timer starts."
        )
    listed = "; ".join(
        f"{record.routine_title}, {record.started_at}, {round(record.active_seconds)} s"
        for record in history.pending_sessions()
    )
    return f"{why} It could not be kept anywhere else either, so it is lost: {listed}."
