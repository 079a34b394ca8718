"""`streamlit run app.py`, the README's second way to start the dashboard, must be as closed
as `sos-lang app`: bound to loopback, no usage statistics, no developer toolbar.

Streamlit reads ``.streamlit/config.toml`` from the folder of the script it runs, so the file
shipped at the repository root applies wherever the command is started from.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from sos_lang.app.launch import streamlit_command
from sos_lang.app.serve import _stop, free_port

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".streamlit" / "config.toml"
EXPECTED = {("server", "address"): "127.0.0.1", ("browser", "gatherUsageStats"): False,
            ("client", "toolbarMode"): "minimal", ("server", "enableXsrfProtection"): True,
            ("client", "disableDataExport"): True}


def test_shipped_config_closes_the_app() -> None:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    for (section, name), value in EXPECTED.items():
        assert config[section][name] == value, f"{section}.{name}"


def test_shipped_config_names_real_options_and_matches_the_launcher() -> None:
    """A misspelt option would be ignored by Streamlit; the launcher's flags must agree."""
    import streamlit.config

    known = streamlit.config.get_config_options()
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    names = {f"{section}.{name}" for section, options in config.items() for name in options}
    assert names <= set(known), names - set(known)
    flags = streamlit_command("127.0.0.1", 8501)
    for name in names - {"server.address"}:
        value = config[name.split(".")[0]][name.split(".")[1]]
        shown = str(value).lower() if isinstance(value, bool) else str(value)
        assert flags[flags.index(f"--{name}") + 1] == shown, name


def _listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) with a socket listening on port."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table, encoding="ascii") as stream:
            next(stream)
            for line in stream:
                local, state = line.split()[1], line.split()[3]
                address, hex_port = local.split(":")
                if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                    found.add(address)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/net/tcp").is_file(), reason="needs Linux /proc/net/tcp")
def test_streamlit_run_app_py_listens_on_loopback_only(tmp_path: Path) -> None:
    """Started from another folder with an empty home: only the shipped config applies."""
    port = free_port()
    env = {**os.environ, "HOME": str(tmp_path), "SOS_LANG_STORE": f"sqlite:///{tmp_path}/s.db"}
    env = {key: value for key, value in env.items() if not key.startswith("STREAMLIT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
         "--server.port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not (addresses := _listening_addresses(port)):
            assert process.poll() is None, "streamlit exited before listening"
            assert time.monotonic() < deadline, "streamlit did not listen within 60 s"
            time.sleep(0.25)
        time.sleep(0.5)  # an all-interfaces server may open its IPv6 socket a moment later
        addresses = _listening_addresses(port)
    finally:
        _stop(process)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1 only: no 0.0.0.0, no ::
