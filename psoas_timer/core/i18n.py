"""The user's language: which one, and the words in it.

Every text the user reads goes through `translate(context, text)` (or, for a count,
`Plural.tr(text, "", n)`), written here without Qt so the core can use them too. Qt's
`pyside6-lupdate` finds these calls in the source and collects the texts into
`translations/psoas_timer_<language>.ts`; the window installs Qt's translator with `install`,
so the words come from the compiled `.qm` files. Without it (the command line, the tests of the
core) the English source text is used, with English plurals.

Texts with values use named fields for `str.format`: `translate("Player", "Step {step} of
{total}").format(...)`, so a translation may put the values in another order. A text kept in a
table to be translated later is marked with `QT_TRANSLATE_NOOP(context, text)`.

The content (exercises, built-in routines, the psoas page) is data, translated in files of its
own beside the English (`assets/i18n/`); `content_language()` says which to read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence

ENGLISH = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
"""The languages shipped, each by its code and its own name for itself."""

Translator = Callable[[str, str, str | None, int], str]
_translator: Translator | None = None
_content_language = ENGLISH
_PLURAL = re.compile(r"\((s|es)\)")


def install(translator: Translator | None) -> None:
    """Use `translator` (Qt's QCoreApplication.translate) from now on; None for English."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (the English source text where there is no translation)."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The English of a source text: "%n session(s)" is "1 session", "2 sessions"."""
    if n < 0:
        return text
    return _PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


class Plural:
    """Texts that change with a count. `pyside6-lupdate` reads `Plural.tr(text, "", n)` as a
    message with plural forms (Qt's numerus), which a plain `translate` call is not."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("Plural", text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; `translate` it where it is shown."""
    return text


# --- which language ---------------------------------------------------------------------------


def supported(code: str) -> str | None:
    """The shipped language `code` names ("de", "de_AT", "de-DE.UTF-8" ...), or None."""
    base = re.split(r"[_\-.@]", code.strip().lower(), maxsplit=1)[0]
    return base if base in LANGUAGES else None


def choose_language(setting: str, preferred: Iterable[str]) -> str:
    """The language to use: the one chosen in the settings, else the first of the system's
    preferred languages that is shipped, else English."""
    if setting and supported(setting):
        return supported(setting) or ENGLISH
    for code in preferred:
        if code.lower() in ("c", "posix"):
            return ENGLISH  # a system with no language set means the default
        found = supported(code)
        if found:
            return found
    return ENGLISH


def system_languages(environ: os._Environ[str] | dict[str, str] | None = None) -> list[str]:
    """The user's preferred languages as POSIX systems say them ($LANGUAGE, then $LC_ALL,
    $LC_MESSAGES, $LANG); Qt's QLocale reads the same on Linux."""
    environ = os.environ if environ is None else environ
    found: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            found.extend(part for part in value.split(":") if part)
            if name != "LANGUAGE":
                break
    return found


def set_content_language(code: str) -> None:
    """Read the content (exercises, routines, the psoas page) in `code` from now on."""
    global _content_language
    _content_language = supported(code) or ENGLISH


def content_language() -> str:
    return _content_language


def pick(translations: Sequence[tuple[str, str]], fallback: str) -> str:
    """From (language, text) pairs, the text in the content language, else `fallback`."""
    for code, text in translations:
        if code == _content_language and text:
            return text
    return fallback
