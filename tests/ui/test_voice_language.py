"""The voice in the user's language: the spoken cues' words and espeak-ng's voice for German,
Spanish and French, and tones, said so once, where this computer lacks a language's voice."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer.audio import speech
from psoas_timer.audio.cue_player import CuePlayer
from psoas_timer.audio.output import SilentOutput
from psoas_timer.audio.speech import VOICES, SpeechRenderer
from psoas_timer.core import i18n
from psoas_timer.core.cues import WORDING, phrases_for
from psoas_timer.core.routines import Routine, load_library
from psoas_timer.ui import translations

TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.ENGLISH]
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more
ENGLISH_LIBRARY = load_library()

# Words the English cues use that are words of the language too: "Sit-up" is German (Duden),
# "flexor" Spanish (RAE).
ALSO_THEIRS = {"de": {"sit", "up"}, "es": {"flexor"}, "fr": set()}

needs_espeak = pytest.mark.skipif(
    speech.find_espeak() is None, reason="espeak-ng is not installed here"
)


def english_words() -> set[str]:
    """Every word the English voice can say: the wording, the names, the movement words."""
    texts = list(WORDING.values())
    for routine in ENGLISH_LIBRARY.routines:
        texts.extend(phrases_for(routine, i18n.ENGLISH))
    return {word.lower() for text in texts for word in WORD.findall(text)} - {"name"}


def rhythmic(routines: list[Routine]) -> list[Routine]:
    """The routines with a movement said on the beat and a step done on each side."""
    return [
        routine
        for routine in routines
        if any(step.tempo for step in routine.steps)
        and any(step.per_side for step in routine.steps)
    ]


@pytest.fixture(params=TRANSLATED)
def language(request, qapp):
    assert translations.install(qapp, request.param)
    yield request.param
    translations.uninstall(qapp)


def test_every_phrase_of_a_rhythmic_routine_is_in_the_language(language):
    english = english_words() - ALSO_THEIRS[language]
    routines = rhythmic(load_library().routines)
    assert routines
    for routine in routines:
        phrases = phrases_for(routine)
        left_english = {
            word for phrase in phrases for word in WORD.findall(phrase) if word.lower() in english
        }
        assert not left_english, (language, routine.id, left_english)
        # Every movement word is said, in the language (not the English one).
        for step in routine.steps:
            for beat in step.tempo.beats if step.tempo else ():
                assert beat in phrases, (language, routine.id, beat)


def test_the_cues_name_both_sides_and_the_switch_in_the_language(language):
    (routine, *_) = rhythmic(load_library().routines)
    english = rhythmic(ENGLISH_LIBRARY.routines)[0]
    assert routine.id == english.id
    phrases, english_phrases = phrases_for(routine), phrases_for(english, i18n.ENGLISH)
    # As many different things said as in English: nothing merged, nothing left out.
    assert len(phrases) == len(english_phrases)
    expected = {
        "de": ("linke Seite", "rechte Seite", "Seite wechseln", "Gut gemacht"),
        "es": ("lado izquierdo", "lado derecho", "Cambia de lado", "Bien hecho"),
        "fr": ("côté gauche", "côté droit", "Changez de côté", "Bravo"),
    }[language]
    for words in expected:
        assert any(words in phrase for phrase in phrases), (language, words)


@needs_espeak
def test_the_voice_is_the_languages_own(language, tmp_path):
    renderer = SpeechRenderer(tmp_path, language=language)
    assert (renderer.language, renderer.available) == (language, True)
    listed = subprocess.run(
        [renderer.executable, f"--voices={language}"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[1:]
    # espeak-ng's own list: the voice chosen is one it gives for the language.
    codes = {line.split()[1] for line in listed} | {
        line.split()[4].split("/")[-1] for line in listed
    }
    assert renderer.voice == VOICES[language] and renderer.voice in codes
    assert renderer.voice.split("-")[0] == language
    # It speaks: the language's "Switch sides" comes out as sound.
    assert renderer.render(i18n.translate("Cue", "Switch sides")) is not None, renderer.failures


@needs_espeak
def test_the_same_words_in_two_voices_are_cached_apart(tmp_path):
    english = SpeechRenderer(tmp_path)
    german = SpeechRenderer(tmp_path, language="de")
    assert german.voice != english.voice
    assert german.path_for("Sit-up") != english.path_for("Sit-up")
    assert german.render("Sit-up") != english.render("Sit-up")


def english_only_espeak(folder: Path) -> str:
    """espeak-ng with its English voices only, as on a computer without the others."""
    real = speech.find_espeak()
    script = folder / "espeak-ng"
    script.write_text(
        "#!/bin/sh\n"
        'previous=""\n'
        'for argument in "$@"; do\n'
        '  if [ "$previous" = "-v" ]; then\n'
        '    case "$argument" in en*) ;; *)\n'
        '      echo "Error: The specified espeak-ng voice does not exist." >&2; exit 1 ;;\n'
        "    esac\n"
        "  fi\n"
        '  previous="$argument"\n'
        "done\n"
        f'exec "{real}" "$@"\n'
    )
    script.chmod(0o755)
    return str(script)


@needs_espeak
def test_without_the_languages_voice_the_cues_are_tones_and_the_player_says_so(
    language, tmp_path, qtbot, data, clock
):
    from psoas_timer.ui.main_window import MainWindow

    renderer = SpeechRenderer(
        tmp_path / "voice", language=language, executable=english_only_espeak(tmp_path)
    )
    # Nothing is said in another language's voice, nor in English: the cues are tones.
    assert not renderer.available
    assert renderer.render("Switch sides") is None
    library = load_library()
    routine = rhythmic(library.routines)[0]

    # The user is told, in their language, once: beside the disclaimer in the player.
    note = renderer.status
    english_note = "This computer has no voice for your language, so the cues are tones only."
    assert note == i18n.translate("Sound", english_note) and note != english_note
    output = SilentOutput(now=clock.now)
    output.available = True  # a computer with sound
    cues = CuePlayer(output, renderer, now=clock.now)
    window = MainWindow(data, library, clock=clock, cues=cues)
    qtbot.addWidget(window)
    window.show()
    window.finish_start()
    window.start_routine(routine.id)
    assert window.player.status_label.full_text().count(note) == 1
    # The sound settings and the tray read the same reason from the cue player.
    assert cues.status == note


@needs_espeak
def test_a_missing_voice_is_no_reason_to_change_an_english_users_cues(tmp_path):
    renderer = SpeechRenderer(tmp_path, executable=english_only_espeak(tmp_path))
    assert (renderer.language, renderer.voice, renderer.available) == ("en", "en-us", True)


def test_why_there_is_no_sound_is_said_in_the_language(language, monkeypatch):
    from psoas_timer.audio.output import open_output

    monkeypatch.setitem(sys.modules, "pygame", None)  # importing it now raises ImportError
    monkeypatch.setitem(sys.modules, "pygame.mixer", None)
    for output in (open_output(), open_output("silent")):
        assert not output.available
        assert output.status and "Sound" not in output.status
    assert "pygame" in open_output().status  # the missing library, by its name
