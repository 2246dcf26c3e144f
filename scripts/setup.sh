#!/bin/sh
# Installs what Psoas Timer needs into ./.venv, and on Debian/Ubuntu the system
# libraries Qt and SDL load at run time.
#
#   scripts/setup.sh                the app
#   scripts/setup.sh --test         the app plus the test tools (pytest, pytest-qt, hypothesis,
#                                   ruff, mypy, build)
#   scripts/setup.sh --system-only  only the system libraries (for an install with pipx)
set -eu
cd "$(dirname "$0")/.."

extras=""
test_debs=""
if [ "${1:-}" = "--test" ]; then
  extras="[test]"
  # The validators the tests run over the desktop entry and the AppStream metainfo; a
  # private session bus (dbus-daemon) for the notification tests; Syncthing, a real sync
  # engine for the test of two computers sharing one data folder.
  test_debs="desktop-file-utils appstream dbus syncthing"
fi

# Libraries the Qt and SDL wheels expect from the system. Fonts are needed even offscreen;
# libxcb-* and libxkbcommon-x11 for a real X11 window; libpulse0 for QtMultimedia/QtCharts;
# espeak-ng gives the spoken cues a voice (optional: the app runs without it).
debs="python3-venv libgl1 libegl1 libglib2.0-0 libfontconfig1 fonts-dejavu-core libdbus-1-3
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libpulse0
libasound2 espeak-ng $test_debs"

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for deb in $debs; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing="$missing $deb"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
  fi
else
  echo "Not a Debian-like system: see README.md, 'Other systems', for the libraries Qt needs."
fi
[ "${1:-}" = "--system-only" ] && exit 0

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
# The checkout is installed editable, so the tests and `python main.py` use its files. The build
# backend warns on every editable install that a folder named like the package can shadow it;
# here that folder is the package itself, so the warning says nothing and is left out.
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install -q -e ".$extras"
# An editable install leaves the app's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE
# is set every start would compile them again; compile them once here, as a wheel install does.
.venv/bin/python -m compileall -q psoas_timer
