"""A real sync engine: two Syncthing instances on this machine share one data folder.

Each instance has its own configuration and folder and knows only the other, on the loopback
interface (no discovery, relays or NAT). Each side records sessions as its own computer, some
while the other is syncing, one deletes a session the other recorded; once the folders agree,
each side's `psoas-timer --export-history` lists every session once, and the deleted one on
neither.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psoas_timer.core.history import HistoryStore, SessionRecord

ROOT = Path(__file__).resolve().parents[2]
SYNCTHING = shutil.which("syncthing")
SYNC_TIMEOUT = 120.0  # seconds for the two folders to agree
QUIET = ("--no-browser", "--no-restart", "--no-upgrade")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.skipif(
        SYNCTHING is None,
        reason="Syncthing is not installed (Debian package syncthing; "
        "scripts/setup.sh --test installs it)",
    ),
]

CONFIG = """<configuration version="36">
    <folder id="psoas-timer" label="Psoas Timer" path="{folder}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1"
            ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me}"></device>
        <device id="{peer}"></device>
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
    <device id="{me}" name="{name}" compression="metadata">
        <address>dynamic</address>
    </device>
    <device id="{peer}" name="peer" compression="metadata">
        <address>tcp://127.0.0.1:{peer_port}</address>
    </device>
    <gui enabled="true" tls="false">
        <address>127.0.0.1:{gui_port}</address>
        <apikey>psoas-timer-test-key</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def generate(home: Path) -> str:
    """Keys for one instance; returns its device id."""
    result = subprocess.run(
        [SYNCTHING, "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    match = re.search(r"Device ID: ([A-Z0-9-]{63})", result.stdout + result.stderr)
    assert match, result.stdout + result.stderr
    return match.group(1)


def session(number: int, computer: str) -> SessionRecord:
    return SessionRecord(
        id=f"{computer}-{number:03d}",
        routine_id="quick-reset",
        routine_title="Quick reset",
        started_at=f"2026-11-{1 + number:02d}T07:30:00+01:00",
        ended_at=f"2026-11-{1 + number:02d}T07:35:00+01:00",
        planned_seconds=283.0,
        active_seconds=283.0,
        steps_completed=5,
        steps_total=5,
        completed=True,
    )


def exported(folder: Path, home: Path) -> list[str]:
    """The session ids `psoas-timer --export-history -` lists for that side, as it runs."""
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    export = ["--export-history", "-", "--export-format", "json"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *export],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return [item["id"] for item in json.loads(result.stdout)["sessions"]]


def test_two_syncthing_instances_share_one_history(tmp_path):
    sides = {}
    for name in ("laptop", "desktop"):
        home = tmp_path / name
        folder = home / "Psoas Timer"
        (folder / ".stfolder").mkdir(parents=True)  # Syncthing's marker of a folder it serves
        sides[name] = {"home": home, "folder": folder, "id": generate(home / "syncthing")}
        sides[name]["port"] = free_port()
    processes = []
    try:
        for name, peer in (("laptop", "desktop"), ("desktop", "laptop")):
            side = sides[name]
            config = CONFIG.format(
                folder=side["folder"],
                me=side["id"],
                peer=sides[peer]["id"],
                name=name,
                peer_port=sides[peer]["port"],
                port=side["port"],
                gui_port=free_port(),
            )
            (side["home"] / "syncthing" / "config.xml").write_text(config)
            log = open(side["home"] / "syncthing.log", "wb")  # noqa: SIM115 - closed below
            processes.append(
                (
                    subprocess.Popen(
                        [SYNCTHING, "serve", f"--home={side['home'] / 'syncthing'}", *QUIET],
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        env={**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"},
                    ),
                    log,
                )
            )
        # Each side records as its own computer (its device id kept outside the folder).
        stores = {
            name: HistoryStore(side["folder"], print, f"{name}-aaaa1111")
            for name, side in sides.items()
        }
        for store in stores.values():
            store.claim()
        for number in range(5):
            stores["laptop"].save(session(number, "laptop"), final=True)
            stores["desktop"].save(session(number, "desktop"), final=True)
        expected = {f"{name}-{number:03d}" for name in sides for number in range(5)}

        def agreed(want: set[str]) -> bool:
            return all(
                sorted(exported(side["folder"], side["home"])) == sorted(want)
                for side in sides.values()
            )

        deadline = time.monotonic() + SYNC_TIMEOUT
        while not agreed(expected):
            assert time.monotonic() < deadline, "the two folders did not agree in time"
            for process, _ in processes:
                assert process.poll() is None, "a Syncthing instance stopped"
        # More while the folders are shared: a session each, and the desktop deletes one the
        # laptop recorded; a deletion is a record, so it stays deleted on both.
        stores["laptop"].save(session(10, "laptop"), final=True)
        stores["desktop"].save(session(10, "desktop"), final=True)
        stores["desktop"].delete("laptop-002")
        expected |= {"laptop-010", "desktop-010"}
        expected.discard("laptop-002")
        deadline = time.monotonic() + SYNC_TIMEOUT
        while not agreed(expected):
            assert time.monotonic() < deadline, "the two folders did not agree in time"
        for side in sides.values():
            listed = exported(side["folder"], side["home"])
            assert len(listed) == len(set(listed)) == len(expected)  # every session once
    finally:
        for process, log in processes:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
