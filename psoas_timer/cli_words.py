"""The command line's own words in the user's language: what argparse says ("usage:",
"options", its errors) goes through the app's translations like every other text.

argparse asks `gettext` for each of its sentences through its module's `_`; the app ships Qt
translations, not gettext catalogues, so `install` hands argparse a function that looks the
sentence up in the "CommandLine" context. A sentence not listed here stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

from psoas_timer.core.i18n import QT_TRANSLATE_NOOP, translate

# argparse's own sentences, as Python 3.11 to 3.13 write them (placeholders kept whole).
ARGPARSE_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("CommandLine", "usage: "),
        QT_TRANSLATE_NOOP("CommandLine", "options"),
        QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CommandLine", "show program's version number and exit"),
        QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
    }
)


def _words(text: str) -> str:
    return translate("CommandLine", text) if text in ARGPARSE_WORDS else text


def install() -> None:
    """Have argparse say its sentences in the language `translate` speaks now."""
    argparse._ = _words  # type: ignore[attr-defined]
