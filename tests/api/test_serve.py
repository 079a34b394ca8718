"""``sos-lang serve`` as a real process on a free loopback port: every endpoint, the token,
no request text in its output, and refusing to listen beyond loopback without a token."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sos_lang.api import local
from sos_lang.api.local import free_port, stop_server
from sos_lang.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.loopback]
MARKER = "Qwyxmarker Plorvenka"
TOKEN = "serve-test-token-0123456789abcdef"


def call(port: int, method: str, path: str, body: object = None,
         token: str | None = TOKEN) -> tuple[int, object]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def start_server(env: dict[str, str], port: int, *extra: str,
                 python: str = sys.executable) -> subprocess.Popen[str]:
    """A server started and ready (its /readyz answered), or the test fails with its log."""
    try:
        return local.start_server(port, "--timeout", "120", *extra, env=env, python=python)
    except local.NotReady as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    port = free_port()
    process = start_server({**os.environ, "SOS_LANG_API_TOKEN": TOKEN}, port, "--workers", "2")
    yield port
    stop_server(process)


def test_every_endpoint_answers_over_http(server: int) -> None:
    port = server
    status, report = call(port, "POST", "/v1/check", {"text": f"{MARKER} was non-compliant."})
    assert status == 200 and report["schema_version"] == 1  # type: ignore[index]
    status, batch = call(port, "POST", "/v1/check/batch",
                         {"texts": [f"{MARKER} is safe.", "Dad hit Mum."]})
    assert status == 200 and len(batch["reports"]) == 2  # type: ignore[index]
    status, labels = call(port, "POST", "/v1/classify", {"sentences": ["Dad hit Mum."]})
    assert status == 200 and labels[0]["label"]  # type: ignore[index]
    status, rewritten = call(port, "POST", "/v1/rewrite", {"text": "We met prior to it."})
    assert status == 200 and rewritten["text"] == "We met before it."  # type: ignore[index]
    status, redacted = call(port, "POST", "/v1/redact",
                            {"text": f"{MARKER} on 07700 900123.", "family_names": []})
    assert status == 200 and "07700" not in redacted["text"]  # type: ignore[index]
    assert call(port, "GET", "/v1/lexicon")[0] == 200
    assert call(port, "GET", "/v1/lexicon/jargon.complex-prior-to")[0] == 200
    assert call(port, "GET", "/v1/lexicon/nothing-here")[0] == 404
    assert call(port, "GET", "/healthz", token=None)[0] == 200
    assert call(port, "GET", "/v1/openapi.json")[0] == 200


def test_the_token_is_checked(server: int) -> None:
    port = server
    body = {"text": "Sam is safe.", "profile": "fast"}
    assert call(port, "POST", "/v1/check", body, token=None)[0] == 401
    assert call(port, "POST", "/v1/check", body, token="wrong-token")[0] == 401
    assert call(port, "POST", "/v1/check", body)[0] == 200


def test_errors_are_json_over_http(server: int) -> None:
    port = server
    status, body = call(port, "POST", "/v1/check", {"text": ""})
    assert status == 400 and body["error"]["code"] == "bad_input"  # type: ignore[index]
    status, body = call(port, "POST", "/v1/check", {"txt": "typo"})
    assert status == 422 and "text" in body["error"]["message"]  # type: ignore[index]
    status, body = call(port, "POST", "/v1/check", {"text": "a" * (3 * 1024 * 1024)})
    assert status == 413  # type: ignore[index]


def test_a_host_beyond_loopback_without_a_token_refuses_to_start(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("SOS_LANG_API_TOKEN", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", str(free_port())]) == 2
    assert "token" in capsys.readouterr().err


def test_the_server_log_holds_no_request_text(tmp_path: Path) -> None:
    """A server of its own, stopped to read everything it printed."""
    port = free_port()
    process = start_server({**os.environ, "SOS_LANG_API_TOKEN": TOKEN}, port)
    call(port, "POST", "/v1/check", {"text": f"{MARKER} was non-compliant."})
    call(port, "POST", "/v1/check", {"text": MARKER, "record_type": MARKER})
    call(port, "POST", "/v1/redact", {"text": f"{MARKER} lives here."})
    call(port, "POST", "/v1/check?note=Qwyxmarker", {"text": "Sam is safe."})
    output = stop_server(process)
    assert "POST /v1/check 200" in output  # the access line
    assert "Qwyxmarker" not in output and "Plorvenka" not in output
