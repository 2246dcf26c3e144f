import pytest
from audio_helpers import Rig


@pytest.fixture
def rig(tmp_path):
    return Rig(tmp_path)
