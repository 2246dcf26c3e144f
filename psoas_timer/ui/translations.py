"""The interface in the user's language: Qt's translators, and dates and numbers as it writes them.

`install` loads the app's compiled translation (`assets/i18n/psoas_timer_<language>.qm`) and
Qt's own (for the buttons of Qt's file dialogs and the like), makes that language the default
for QLocale, and routes the core's `translate` calls through Qt.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from psoas_timer import resources
from psoas_timer.core import i18n

_installed: list[QTranslator] = []  # the application does not keep the Python objects alive
_standalone: list[QTranslator] = []  # the command line's, which has no application


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install(app: QCoreApplication, language: str) -> bool:
    """Use `language` for the interface and the content; False where its translation is
    missing (the interface then stays in English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_content_language(language)
    _use_locale(language)
    found = True
    # English has a translation too: it holds the plural forms ("1 session", "2 sessions").
    ours = QTranslator(app)
    if ours.load(str(resources.asset("i18n", f"psoas_timer_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        found = language == i18n.ENGLISH
    if language != i18n.ENGLISH:
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    i18n.install(_qt_translate)
    return found


def _use_locale(language: str) -> None:
    """The system's own locale where it speaks this language (its country's dates and decimal
    mark), else the language's usual one. By name: the system locale object formats with the
    C library, which writes English when $LANGUAGE asks for German under LC_ALL=C."""
    system = QLocale(QLocale.system().name())
    wanted = QLocale(language)
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)


def date_text(moment: date) -> str:
    """A date as the user's language writes it, short: "Di. 1 Dez. 2026"."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")


def install_standalone(language: str) -> bool:
    """Use `language` for what the command line says and for the content, with no application
    (and no window): the core's `translate` reads the compiled translation itself. False where
    the translation is missing (the words then stay English)."""
    i18n.set_content_language(language)
    _use_locale(language)
    _standalone.clear()
    translator = QTranslator()
    if language == i18n.ENGLISH or not translator.load(
        str(resources.asset("i18n", f"psoas_timer_{language}.qm"))
    ):
        i18n.install(None)
        return language == i18n.ENGLISH
    _standalone.append(translator)

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, text, disambiguation, n)
        if not found:
            return i18n.english(text, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.install(translate)
    return True


def uninstall(app: QCoreApplication) -> None:
    """Back to English (tests that switch languages use this)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install(None)
    i18n.set_content_language(i18n.ENGLISH)
    QLocale.setDefault(QLocale.system())
