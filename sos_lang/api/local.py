"""A real ``sos-lang serve`` process on a free loopback port, started and awaited the same
way by the tests (``tests/api/test_serve.py``, the offline test) and the load benchmark
(``benchmarks/api_load.py``)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping

from sos_lang.app.serve import HOST, free_port

__all__ = ["HOST", "NotReady", "free_port", "is_ready", "start_server", "stop_server"]


class NotReady(RuntimeError):
    """The server stopped, or did not answer ``/readyz`` in time; the message holds what
    it printed (when it was captured)."""


def is_ready(port: int) -> bool:
    """``/readyz`` answers 200: the worker has built its pipelines and loaded the model."""
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}/readyz", timeout=5) as response:
            return response.status == 200
    except OSError:  # not listening yet, or 503 while the model loads
        return False


def start_server(port: int, *args: str, env: Mapping[str, str] | None = None,
                 python: str = sys.executable, capture: bool = True,
                 ready_within: float = 300.0) -> subprocess.Popen[str]:
    """``sos-lang serve --port PORT ARGS...`` started and ready, or NotReady. With
    ``capture`` its output is kept for ``stop_server`` (not for long runs: one access line
    a request would fill the pipe)."""
    output = subprocess.PIPE if capture else subprocess.DEVNULL
    process = subprocess.Popen([python, "-m", "sos_lang", "serve", "--port", str(port), *args],
                               env=None if env is None else dict(env), text=True,
                               stdout=output, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise NotReady(f"the server stopped: {stop_server(process)}")
        if is_ready(port):
            return process
        time.sleep(0.5)
    process.kill()
    raise NotReady(f"the server was not ready within {ready_within:.0f} s: "
                   f"{stop_server(process)}")


def stop_server(process: subprocess.Popen[str]) -> str:
    """Stop the server (its workers stop with it) and return what it printed."""
    if process.poll() is None:
        process.terminate()
    output, _ = process.communicate(timeout=60)
    return output or ""
