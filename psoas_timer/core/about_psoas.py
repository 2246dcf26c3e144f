"""The "About the psoas" page's words: what the muscle is, what it does, the signs that it is
out of sorts, why front and back are worked equally, and how to look after it.

They are content, like the exercises, so they live in `assets/about-psoas.json`, written in
our own words from the article's facts, with each translation in
`assets/i18n/about-psoas.<language>.json` (read for the content language, checked the same
way). The files are ours: one that does not pass these checks is a bug in the app, and loading
it says exactly what is wrong.

The drawings' labels are SVG text elements with ids; `assets/anatomy/labels.json` lists them
with their English words and `labels.<language>.json` gives a language's words for them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psoas_timer import resources
from psoas_timer.core.i18n import ENGLISH, content_language
from psoas_timer.core.routines.loading import decode_json_file
from psoas_timer.core.text import control_characters, is_blank

MAX_HEADING = 60
MAX_PARAGRAPH = 600
MAX_SECTIONS = 12
MAX_CAPTION = 200
MAX_LABEL = 40
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


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


def _read(path: Path) -> AboutPsoas:
    try:
        return parse_about_psoas(decode_json_file(path))
    except ValueError as error:
        raise AboutPsoasError(f"{path.name}: {error}") from None


def load_about_psoas(path: Path | None = None, language: str | None = None) -> AboutPsoas:
    """The page's words: the app's own in the content language (English where it has no
    translation), unless `path` names another file, which is read as it is written."""
    if path is not None:
        return _read(path)
    english = _read(resources.about_psoas_path())
    language = language or content_language()
    translation = resources.asset("i18n", f"about-psoas.{language}.json")
    if language == ENGLISH or not translation.is_file():
        return english
    page = _read(translation)
    names = [view.name for view in page.views]
    if names != [view.name for view in english.views]:
        raise AboutPsoasError(
            f"{translation.name}: views: must name the drawings {[v.name for v in english.views]}"
            f" in that order, got {names}"
        )
    return page


# --- the drawings' labels -------------------------------------------------------------------------


def load_anatomy_labels(language: str | None = None) -> dict[str, dict[str, str]]:
    """Each drawing's label words by label id, in the content language: the English list
    (`labels.json`) with a translation's words put over it. A translation may only name
    drawings and labels the English list has."""
    folder = resources.anatomy_dir()
    english = _labels_file(folder / "labels.json", None)
    language = language or content_language()
    translation = folder / f"labels.{language}.json"
    if language == ENGLISH or not translation.is_file():
        return english
    words = _labels_file(translation, english)
    return {drawing: {**labels, **words.get(drawing, {})} for drawing, labels in english.items()}


def _labels_file(
    path: Path, known: Mapping[str, Mapping[str, str]] | None
) -> dict[str, dict[str, str]]:
    try:
        raw = _object(decode_json_file(path), "the file")
        if raw.get("version") != 1:
            raise AboutPsoasError("version: must be 1")
        drawings = _object(raw.get("labels"), "labels")
        found: dict[str, dict[str, str]] = {}
        for drawing, labels in drawings.items():
            if known is not None and drawing not in known:
                raise AboutPsoasError(f"labels: no drawing named {drawing!r}")
            where = f"labels[{drawing!r}]."
            found[drawing] = {}
            for label_id in _object(labels, where.rstrip(".")):
                if known is not None and label_id not in known[drawing]:
                    raise AboutPsoasError(f"{where}{label_id}: the drawing has no such label")
                found[drawing][label_id] = _text(labels, label_id, where, MAX_LABEL)
        return found
    except ValueError as error:
        raise AboutPsoasError(f"{path.name}: {error}") from None


def relabelled_svg(
    svg: bytes, words: Mapping[str, str], scales: Mapping[str, float] | None = None
) -> bytes:
    """The drawing `svg` with the text of each label whose id `words` names replaced, and
    the type of each label `scales` names made that much smaller (or larger)."""
    ET.register_namespace("", SVG_NAMESPACE)
    root = ET.fromstring(svg)
    scales = scales or {}
    for element in root.iter(f"{{{SVG_NAMESPACE}}}text"):
        label_id = element.get("id") or ""
        if label_id in words:
            element.text = words[label_id]
        size = element.get("font-size")
        if label_id in scales and size is not None:
            element.set("font-size", f"{float(size) * scales[label_id]:.2f}")
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
