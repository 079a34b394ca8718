"""The offline guarantee: every command, run in a fresh process with empty caches and every
socket connection blocked, finishes without trying the network. A blocked attempt is
recorded with its caller and fails the test, even if the code under test swallows the error.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SITECUSTOMIZE = textwrap.dedent('''
    import os, socket, traceback

    def _record(what):
        frames = [f for f in traceback.extract_stack()[:-2]
                  if "sitecustomize" not in f.filename and not f.filename.endswith("/socket.py")]
        caller = f"{frames[-1].filename}:{frames[-1].lineno} ({frames[-1].name})" if frames else "?"
        with open(os.environ["SOS_LANG_NETWORK_LOG"], "a") as log:
            log.write(f"{what} attempted from {caller}\\n")
        raise OSError("network access blocked by the offline test harness")

    def _connect(self, address):
        if isinstance(address, (str, bytes)):  # Unix sockets are local
            return _original_connect(self, address)
        _record(f"connect to {address!r}")

    _original_connect = socket.socket.connect
    socket.socket.connect = _connect
    socket.socket.connect_ex = _connect
    socket.getaddrinfo = lambda host, *a, **k: _record(f"lookup of {host!r}")
''')

DRAFT = ("Mum was non-compliant and failed to engage; the LAC review is prior to contact. "
         "On 2 March Dad hit Sam and Sam told his teacher. Sam loves football.\n")


@pytest.fixture
def offline_env(tmp_path: Path) -> dict[str, str]:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("SOS_LANG", "XDG_", "NLTK"))}
    env.update(PYTHONPATH=str(hooks), HOME=str(home), SOS_LANG_CACHE=str(tmp_path / "cache"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               NLTK_DATA=str(home / "nltk_data"), SOS_LANG_NETWORK_LOG=str(tmp_path / "net.log"),
               STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path, stdin: str | None = None) -> str:
    result = subprocess.run([sys.executable, *args], env=env, cwd=cwd, input=stdin,
                            capture_output=True, text=True, timeout=900)
    log = Path(env["SOS_LANG_NETWORK_LOG"])
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"{args}: network access attempted:\n{attempts}"
    assert result.returncode in (0, 1), f"{args} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def test_cli_commands_first_run_offline(tmp_path: Path, offline_env: dict[str, str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    cli = ["-m", "sos_lang"]
    assert "non-compliant" in _run([*cli, "check", str(draft)], offline_env, tmp_path)
    assert '"label"' in _run([*cli, "classify", "-", "--format", "jsonl"], offline_env,
                             tmp_path, stdin=DRAFT)
    assert "before contact" in _run([*cli, "rewrite", str(draft)], offline_env, tmp_path)
    _run([*cli, "demo-data", str(tmp_path / "export.csv"), "--records", "60"], offline_env,
         tmp_path)
    store = f"sqlite:///{tmp_path / 'store.db'}"
    _run([*cli, "audit", str(tmp_path / "export.csv"), "--store", store, "--keep-excerpts"],
         offline_env, tmp_path)
    assert "suppressed" in _run([*cli, "trends", "--store", store], offline_env, tmp_path)
    _run([*cli, "lexicon", "list"], offline_env, tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("SW: How was the weekend?\nMum: Dad came round on Saturday and shouted.\n"
                     "Sam (7): I hid in my room.\n", encoding="utf-8")
    assert '"support_score"' in _run([*cli, "compare", str(draft), "--source", str(notes),
                                      "--format", "json"], offline_env, tmp_path)


def test_app_pages_offline(tmp_path: Path, offline_env: dict[str, str]) -> None:
    script = textwrap.dedent('''
        import sys
        from streamlit.testing.v1 import AppTest
        from sos_lang.app.launch import APP_SCRIPT
        app = AppTest.from_file(str(APP_SCRIPT), default_timeout=300)
        app.run()
        assert not app.exception, app.exception
        print("rendered")
    ''')
    offline_env["SOS_LANG_STORE"] = f"sqlite:///{tmp_path / 'empty.db'}"
    assert "rendered" in _run(["-c", script], offline_env, tmp_path)


@pytest.mark.loopback
def test_the_api_server_runs_offline(tmp_path: Path, offline_env: dict[str, str]) -> None:
    """``sos-lang serve`` starts, loads everything and answers with every socket connection
    of its own blocked (the test's requests come from outside the harness)."""
    from tests.api.test_serve import call, free_port, start_server, stop_server

    port = free_port()
    offline_env["PYTHONPATH"] += os.pathsep + str(Path(__file__).resolve().parent.parent)
    process = start_server(offline_env, port)
    try:
        status, report = call(port, "POST", "/v1/check", {"text": DRAFT}, token=None)
        assert status == 200 and report["findings"]  # type: ignore[index]
        assert call(port, "POST", "/v1/redact", {"text": DRAFT}, token=None)[0] == 200
    finally:
        stop_server(process)
    log = Path(offline_env["SOS_LANG_NETWORK_LOG"])
    assert not log.exists() or log.read_text() == "", log.read_text()


def test_harness_records_an_attempt(tmp_path: Path, offline_env: dict[str, str]) -> None:
    """The harness itself: a connection attempt is caught and named, so the tests can fail."""
    code = ("import urllib.request\ntry:\n    urllib.request.urlopen('http://192.0.2.1/', "
            "timeout=1)\nexcept Exception:\n    pass\n")
    subprocess.run([sys.executable, "-c", code], env=offline_env, timeout=60, check=True)
    log = Path(offline_env["SOS_LANG_NETWORK_LOG"]).read_text()
    assert "attempted from" in log and "http/client.py" in log
