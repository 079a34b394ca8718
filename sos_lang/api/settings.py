"""What a running server is set up with, read once per worker process from the
environment that ``sos-lang serve`` fills in (so every worker agrees), and the rules for
starting safely: loopback unless a token protects it."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from sos_lang.inputs import InputError

MAX_TEXT_BYTES = 2 * 1024 * 1024
"""One request's body (one text, or the sentences to classify) may be at most 2 MB."""
MAX_BATCH_BYTES = 20 * 1024 * 1024
"""A batch request's body may be at most 20 MB."""
MAX_BATCH_TEXTS = 100
DEFAULT_TIMEOUT_SECONDS = 30.0

_ENV = {"config": "SOS_LANG_API_CONFIG", "token": "SOS_LANG_API_TOKEN",
        "timeout": "SOS_LANG_API_TIMEOUT", "cors": "SOS_LANG_API_CORS_ORIGINS"}


@dataclass(frozen=True)
class ServerSettings:
    config_path: str | None = None
    """The central config (vocabulary overrides, allowlist): it applies to every caller."""
    token: str | None = None
    """Callers must send ``Authorization: Bearer <token>`` when set."""
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    """Browser origins allowed to call the API (none: CORS is off)."""

    def to_environment(self) -> dict[str, str]:
        """The variables that carry these settings to each worker process."""
        values = {"config": self.config_path, "token": self.token,
                  "timeout": str(self.timeout_seconds), "cors": ",".join(self.cors_origins)}
        return {_ENV[key]: value for key, value in values.items() if value}

    @classmethod
    def from_environment(cls) -> ServerSettings:
        timeout = os.environ.get(_ENV["timeout"])
        cors = os.environ.get(_ENV["cors"], "")
        return cls(config_path=os.environ.get(_ENV["config"]) or None,
                   token=os.environ.get(_ENV["token"]) or None,
                   timeout_seconds=float(timeout) if timeout else DEFAULT_TIMEOUT_SECONDS,
                   cors_origins=tuple(origin for origin in cors.split(",") if origin))


def read_token(token_file: str | None) -> str | None:
    """The bearer token: from ``--token-file`` if given, else ``$SOS_LANG_API_TOKEN``."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InputError(f"{token_file}: cannot read the token file ({exc.strerror})"
                             ) from exc
        if len(token) < 16:
            raise InputError(f"{token_file}: the token must be at least 16 characters")
        return token
    return os.environ.get(_ENV["token"]) or None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_safe_to_start(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token."""
    if not is_loopback(host) and not token:
        raise InputError(f"--host {host} would let other machines call the API; set "
                         "SOS_LANG_API_TOKEN or --token-file so that callers must present a "
                         "token, or keep the default host 127.0.0.1")
