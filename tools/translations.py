"""The interface's translations: gather the texts, compile them, and check they are complete.

    .venv/bin/python tools/translations.py update    gather every text from the code into
                                                     translations/psoas_timer_<lang>.ts
    .venv/bin/python tools/translations.py release   compile them to assets/i18n/*.qm
    .venv/bin/python tools/translations.py check     fail if the .ts files are behind the code,
                                                     a text lacks a finished translation, a
                                                     translation loses a {field} or %n, or a
                                                     .qm is not what its .ts compiles to

Texts are found by Qt's pyside6-lupdate in `translate(...)`, `Plural.tr(...)` and
`QT_TRANSLATE_NOOP(...)` calls (see psoas_timer/core/i18n.py). Translate a .ts file with Qt
Linguist (`.venv/bin/pyside6-linguist`) or any editor; see docs/translating.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "psoas_timer"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "i18n"
TRANSLATED = ("de", "es", "fr")
LANGUAGES = ("en", *TRANSLATED)  # English holds only the plural forms of its own texts
FIELD = re.compile(r"\{[a-z_]+\}")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else name


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"psoas_timer_{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"psoas_timer_{language}.qm"


def python_sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:2])} failed:\n{result.stdout}{result.stderr}")


def update(folder: Path = TS_DIR) -> None:
    """Bring every .ts file in `folder` up to date with the texts in the code."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run(
            [
                tool("pyside6-lupdate"),
                *python_sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(ts_path(language, folder)),
            ]
        )


def release(ts_folder: Path = TS_DIR, qm_folder: Path = QM_DIR) -> None:
    qm_folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(language, ts_folder)),
                "-qm",
                str(qm_path(language, qm_folder)),
            ]
        )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    translations: tuple[str, ...]
    finished: bool


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            texts = forms or [translation.text or "" if translation is not None else ""]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    plural=message.get("numerus") == "yes",
                    translations=tuple(texts),
                    finished=kind not in ("unfinished", "vanished", "obsolete") and all(texts),
                )
            )
    return found


def problems() -> list[str]:
    """Everything that keeps the translations from being complete and current."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        fresh = Path(temp) / "ts"
        shutil.copytree(TS_DIR, fresh) if TS_DIR.is_dir() else fresh.mkdir()
        update(fresh)
        for language in LANGUAGES:
            committed, current = ts_path(language), ts_path(language, fresh)
            if not committed.is_file():
                found.append(f"{committed.name} is missing: run tools/translations.py update")
                continue
            keys = {(m.context, m.source, m.comment, m.plural) for m in messages(committed)}
            now = {(m.context, m.source, m.comment, m.plural) for m in messages(current)}
            for context, source, _comment, _plural in sorted(now - keys):
                found.append(f"{committed.name}: new text not gathered: {context}: {source!r}")
            for context, source, _comment, _plural in sorted(keys - now):
                found.append(f"{committed.name}: text no longer in the code: {context}: {source!r}")
            for message in messages(committed):
                found.extend(_message_problems(committed.name, language, message))
        compiled = Path(temp) / "qm"
        release(TS_DIR, compiled)
        for language in LANGUAGES:
            shipped = qm_path(language)
            if (
                not shipped.is_file()
                or shipped.read_bytes() != qm_path(language, compiled).read_bytes()
            ):
                found.append(f"{shipped.name} is not what its .ts compiles to: run release")
    return found


def _message_problems(name: str, language: str, message: Message) -> list[str]:
    where = f"{name}: {message.context}: {message.source!r}"
    needs = language in TRANSLATED or message.plural
    if needs and not message.finished:
        return [f"{where}: no finished translation"]
    if not needs:
        return []
    wanted = set(FIELD.findall(message.source))
    found = []
    for text in message.translations:
        if set(FIELD.findall(text)) != wanted:
            found.append(f"{where}: the translation {text!r} does not keep {sorted(wanted)}")
        if message.plural and "%n" not in text and "%n" in message.source:
            found.append(f"{where}: the plural form {text!r} lacks %n")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    elif args.action == "release":
        release()
    else:
        found = problems()
        for problem in found:
            print(problem)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
