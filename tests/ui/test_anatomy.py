"""The anatomical drawings for the 'About the psoas' page: generated, labelled, translatable."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from generator_checks import assert_check_notices_a_change, assert_reproduces_committed_files
from PySide6.QtCore import QRectF
from PySide6.QtSvg import QSvgRenderer

from psoas_timer import resources

SVG = "{http://www.w3.org/2000/svg}"
DRAWINGS = {
    "psoas-front.svg": ("psoas", {"Psoas", "Lumbar vertebrae", "Pelvis", "Thigh bone"}),
    "quadratus-lumborum-back.svg": (
        "quadratus-lumborum",
        {"Quadratus lumborum", "Lowest ribs", "Spine", "Pelvis", "Thigh bone"},
    ),
}


def _folder() -> Path:
    return resources.asset("anatomy")


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_each_drawing_highlights_its_muscle_and_names_the_parts(qapp, name):
    muscle, words = DRAWINGS[name]
    path = _folder() / name
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.elementExists(muscle)
    assert renderer.boundsOnElement(muscle).width() > 0
    texts = {el.text for el in ET.parse(path).getroot().iter(f"{SVG}text")}
    assert words <= texts


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_labels_are_text_with_ids_listed_for_translation(name):
    """A translation replaces each label's words by its id; the list names every label."""
    listed = json.loads((_folder() / "labels.json").read_text(encoding="utf-8"))["labels"][name]
    root = ET.parse(_folder() / name).getroot()
    in_drawing = {el.get("id"): el.text for el in root.iter(f"{SVG}text")}
    assert in_drawing == listed
    assert all(label_id.startswith("label-") for label_id in listed)


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_labels_fit_inside_the_drawing(qapp, name):
    renderer = QSvgRenderer(str(_folder() / name))
    box = renderer.viewBoxF()
    root = ET.parse(_folder() / name).getroot()
    for el in root.iter(f"{SVG}text"):
        bounds = renderer.boundsOnElement(el.get("id"))
        assert QRectF(box).contains(bounds), (el.get("id"), bounds)


def test_the_generator_reproduces_the_committed_drawings():
    assert_reproduces_committed_files("make_anatomy.py")


def test_the_generator_check_notices_a_changed_drawing(tmp_path):
    def rename(path: Path) -> None:
        path.write_text(path.read_text(encoding="utf-8").replace("Psoas", "Psoaz"), "utf-8")

    assert_check_notices_a_change("make_anatomy.py", tmp_path, "psoas-front.svg", rename)


@pytest.mark.parametrize("language", ["de", "es", "fr"])
@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_translated_labels_are_swapped_in_and_fit_inside_the_drawing(qapp, name, language):
    from psoas_timer.core.about_psoas import load_anatomy_labels
    from psoas_timer.ui.about_psoas import labelled_renderer

    words = load_anatomy_labels(language)[name]
    renderer = labelled_renderer(_folder() / name, words)
    english = QSvgRenderer(str(_folder() / name))
    box = renderer.viewBoxF()
    for label_id, text in words.items():
        bounds = renderer.boundsOnElement(label_id)
        assert QRectF(box).contains(bounds), (language, label_id, text, bounds)
        if text != json.loads((_folder() / "labels.json").read_text())["labels"][name][label_id]:
            assert bounds != english.boundsOnElement(label_id), (language, label_id)


def test_a_label_too_long_for_the_drawing_is_set_smaller_to_stay_whole(qapp):
    from psoas_timer.ui.about_psoas import labelled_renderer

    long_words = {"label-hip-joint": "Articulación coxofemoral de la cadera"}
    renderer = labelled_renderer(_folder() / "psoas-front.svg", long_words)
    bounds = renderer.boundsOnElement("label-hip-joint")
    assert QRectF(renderer.viewBoxF()).contains(bounds)
    assert (
        bounds.height()
        < QSvgRenderer(str(_folder() / "psoas-front.svg"))
        .boundsOnElement("label-hip-joint")
        .height()
    )
