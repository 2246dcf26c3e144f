"""The "About the psoas" page's words: what the muscle is, what it does, the signs that it is
out of sorts, why front and back are worked equally, and how to look after it.

They are content, like the exercises, so they live in `assets/about-psoas.json`, written in
our own words from the article's facts. The file is ours: one that does not pass these checks
is a bug in the app, and loading it says exactly what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psoas_timer import resources
from psoas_timer.core.routines.loading import decode_json_file
from psoas_timer.core.text import control_characters, is_blank

MAX_HEADING = 60
MAX_PARAGRAPH = 600
MAX_SECTIONS = 12
MAX_CAPTION = 200


class AboutPsoasError(ValueError):
    """The page's file is not what the app ships; the message names the place at fault."""


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class View:
    """One drawing of the anatomy: `name` finds its picture (assets/anatomy/), `title` names
    it on its button, `caption` says what it shows."""

    name: str
    title: str
    caption: str


@dataclass(frozen=True)
class AboutPsoas:
    title: str
    sections: tuple[Section, ...]
    views: tuple[View, ...]
    note: str  # besides the app's not-medical-advice line


def _text(raw: Mapping[str, Any], key: str, where: str, limit: int) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or is_blank(value) or len(value) > limit:
        raise AboutPsoasError(f"{where}{key}: must be text of 1 to {limit} characters")
    if control_characters(value):
        raise AboutPsoasError(f"{where}{key}: must not hold control characters")
    return value.strip()


def _list(raw: Mapping[str, Any], key: str, where: str, limit: int) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not 1 <= len(value) <= limit:
        raise AboutPsoasError(f"{where}{key}: must be a list of 1 to {limit} items")
    return value


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise AboutPsoasError(f"{where}: must be an object")
    return value


def parse_about_psoas(doc: object) -> AboutPsoas:
    raw = _object(doc, "the file")
    if raw.get("version") != 1:
        raise AboutPsoasError("version: must be 1")
    sections = []
    for index, item in enumerate(_list(raw, "sections", "", MAX_SECTIONS)):
        where = f"sections[{index}]."
        section = _object(item, where.rstrip("."))
        paragraphs = _list(section, "paragraphs", where, 10)
        sections.append(
            Section(
                heading=_text(section, "heading", where, MAX_HEADING),
                paragraphs=tuple(
                    _text({"text": text}, "text", f"{where}paragraphs[{number}].", MAX_PARAGRAPH)
                    for number, text in enumerate(paragraphs)
                ),
            )
        )
    views = []
    for index, item in enumerate(_list(raw, "views", "", 4)):
        where = f"views[{index}]."
        view = _object(item, where.rstrip("."))
        views.append(
            View(
                name=_text(view, "name", where, 20),
                title=_text(view, "title", where, MAX_HEADING),
                caption=_text(view, "caption", where, MAX_CAPTION),
            )
        )
    return AboutPsoas(
        title=_text(raw, "title", "", MAX_HEADING),
        sections=tuple(sections),
        views=tuple(views),
        note=_text(raw, "note", "", MAX_PARAGRAPH),
    )


def load_about_psoas(path: Path | None = None) -> AboutPsoas:
    """The page's words: the app's own unless `path` names another file."""
    path = path or resources.about_psoas_path()
    try:
        return parse_about_psoas(decode_json_file(path))
    except ValueError as error:
        raise AboutPsoasError(f"{path.name}: {error}") from None
