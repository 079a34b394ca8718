"""How a server may start: loopback or a token, a readable token file, a valid config."""

from __future__ import annotations

from pathlib import Path

import pytest

from sos_lang.api.settings import (
    ServerSettings,
    check_safe_to_start,
    is_loopback,
    read_token,
)
from sos_lang.cli import main
from sos_lang.inputs import InputError


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True),
                                                ("::1", True), ("0.0.0.0", False),
                                                ("192.168.1.20", False), ("box.lan", False)])
def test_only_loopback_hosts_start_without_a_token(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
    if loopback:
        check_safe_to_start(host, None)
    else:
        with pytest.raises(InputError, match="token"):
            check_safe_to_start(host, None)
        check_safe_to_start(host, "a-token-of-enough-length")


def test_a_token_file_must_be_readable_and_long_enough(tmp_path: Path) -> None:
    short = tmp_path / "short"
    short.write_text("abc\n", encoding="utf-8")
    with pytest.raises(InputError, match="at least 16"):
        read_token(str(short))
    with pytest.raises(InputError, match="cannot read"):
        read_token(str(tmp_path / "missing"))
    good = tmp_path / "good"
    good.write_text("0123456789abcdefXYZ\n", encoding="utf-8")
    assert read_token(str(good)) == "0123456789abcdefXYZ"


def test_settings_reach_every_worker_through_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = ServerSettings(config_path="x.toml", token="t" * 20, timeout_seconds=5.0,
                              cors_origins=("https://a.example", "https://b.example"))
    for key, value in settings.to_environment().items():
        monkeypatch.setenv(key, value)
    assert ServerSettings.from_environment() == settings


def test_a_broken_central_config_stops_the_server_at_start(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "sos-lang.toml"
    config.write_text('disable = "not a list"\n', encoding="utf-8")
    assert main(["serve", "--config", str(config), "--port", "1"]) == 2
    assert "sos-lang.toml" in capsys.readouterr().err
