"""The words of the "About the psoas" page: loaded from the app's files and checked."""

import copy
import json

import pytest

from psoas_timer import resources
from psoas_timer.core.about_psoas import AboutPsoasError, load_about_psoas, parse_about_psoas

DOCUMENT = json.loads(resources.about_psoas_path().read_text(encoding="utf-8"))


def test_the_page_covers_what_the_muscle_is_does_and_needs():
    page = load_about_psoas()
    assert page.title == "About the psoas"
    text = " ".join(p for section in page.sections for p in section.paragraphs).lower()
    # What it is and where it runs; its partner at the back.
    for words in ("front of the vertebrae", "pelvis", "thigh bone", "quadratus lumborum"):
        assert words in text
    # What it does; signs it is out of sorts; front and back equally; the general advice.
    for words in ("lifts your knee", "low-back pain", "equally", "body weight", "water", "rest"):
        assert words in text
    assert "bodywork" in text and "start slow" in text
    assert [view.name for view in page.views] == ["front", "back"]
    assert "psoas" in page.views[0].caption and "quadratus lumborum" in page.views[1].caption
    assert "professional" in page.note


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "version: must be 1"),
        (lambda d: d.update(sections=[]), "sections: must be a list of 1 to 12 items"),
        (
            lambda d: d["sections"][1].update(heading=""),
            "sections[1].heading: must be text of 1 to 60 characters",
        ),
        (
            lambda d: d["sections"][2]["paragraphs"].append(7),
            "sections[2].paragraphs[2].text: must be text of 1 to 600 characters",
        ),
        (lambda d: d["views"][0].update(name="a\nb"), "views[0].name: must not hold control"),
    ],
)
def test_a_broken_file_says_where(change, message):
    doc = copy.deepcopy(DOCUMENT)
    change(doc)
    with pytest.raises(AboutPsoasError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_about_psoas(doc)


def test_loading_names_the_file(tmp_path):
    path = tmp_path / "about-psoas.json"
    path.write_text("[]")
    with pytest.raises(AboutPsoasError, match=r"about-psoas\.json: the file: must be an object"):
        load_about_psoas(path)
