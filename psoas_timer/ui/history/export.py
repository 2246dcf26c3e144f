"""Where the history's CSV export goes: the user's choice in a save dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from psoas_timer.core.i18n import translate


def suggested_export_folder() -> Path:
    """Documents when there is such a folder, else the home folder: never one that is not there
    (the save dialog would open somewhere else, or the export would fail)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (documents, str(Path.home())):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.cwd()


def ask_export_path(parent: QWidget, last_folder: Path | None, today: date) -> str | None:
    """Ask where to save the CSV, in the folder of the last export if it is still there; None
    if the user cancels."""
    folder = last_folder
    if folder is None or not folder.is_dir():
        folder = suggested_export_folder()
    name = f"psoas-timer-history-{today.isoformat()}.csv"
    # An instance rather than getSaveFileName: it adds ".csv" to a bare name and still asks
    # before replacing the file that name then refers to.
    dialog = QFileDialog(
        parent,
        translate("History", "Export history as CSV"),
        str(folder),
        translate("History", "CSV files (*.csv)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("csv")
    dialog.selectFile(str(Path(folder) / name))
    if not dialog.exec():
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None
