"""The routine editor: the dialog, its small pickers, and the list model over the draft."""

from psoas_timer.ui.editor.dialog import RoutineEditor
from psoas_timer.ui.editor.pickers import CustomStepDialog, ExercisePicker

__all__ = ["CustomStepDialog", "ExercisePicker", "RoutineEditor"]
