"""Choosing the interface's language: the menu, the setting, a restart, and Qt's own words."""

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction

from psoas_timer.core import i18n
from psoas_timer.ui import dialogs, translations


def language_actions(window) -> dict[str, QAction]:
    return window.menus.language_actions


def test_the_menu_offers_the_system_and_every_shipped_language_by_its_own_name(window):
    names = [action.text() for action in language_actions(window).values()]
    assert names[0].startswith("As the system")
    assert names[1:] == ["English", "Deutsch", "Español", "Français"]
    assert language_actions(window)[""].isChecked()


def test_choosing_a_language_saves_it_and_offers_a_restart(window, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: asked.append(args[2]) or False)
    language_actions(window)["de"].trigger()
    assert window.settings.current.language == "de"
    assert language_actions(window)["de"].isChecked()
    assert asked and "Deutsch" in asked[0]
    assert not window.restart_requested  # "Later"
    monkeypatch.setattr(dialogs, "ask", lambda *args, **kwargs: True)
    language_actions(window)["fr"].trigger()
    assert window.restart_requested


def test_installing_a_language_sets_the_locale_and_qts_own_words(qapp):
    try:
        assert translations.install(qapp, "de")
        assert QLocale().language() == QLocale.Language.German
        assert i18n.content_language() == "de"
        # Qt's own translation: the buttons of its standard dialogs.
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert i18n.translate("MainWindow", "Later") == "Später"
    finally:
        translations.uninstall(qapp)
    assert i18n.translate("MainWindow", "Later") == "Later"
