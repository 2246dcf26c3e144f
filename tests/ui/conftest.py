"""The window tests run with the app's own style, as the app does."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _app_style(qapp):
    from psoas_timer.ui import app_style

    app_style.install(qapp)
