"""Shared fixtures. Every test runs with the network switched off."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


class NetworkBlockedError(RuntimeError):
    """Raised when code under test tries to open a network connection."""


def _blocked(*args: object, **kwargs: object) -> None:
    import traceback

    caller = traceback.extract_stack(limit=4)[0]
    raise NetworkBlockedError(
        f"network access attempted from {caller.filename}:{caller.lineno} ({caller.name})")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """Make any socket connection fail, so offline operation is tested everywhere.

    Tests marked ``needs_database`` may still reach the local database server.
    """
    if request.node.get_closest_marker("needs_database"):
        yield
        return
    monkeypatch.setattr(socket.socket, "connect", _blocked)
    monkeypatch.setattr(socket.socket, "connect_ex", _blocked)
    monkeypatch.setattr(socket, "create_connection", _blocked)
    monkeypatch.setattr(socket, "getaddrinfo", _blocked)
    yield


@pytest.fixture(scope="session")
def fast_nlp():
    from sos_lang.pipeline import build_pipeline

    return build_pipeline("fast")


@pytest.fixture(scope="session")
def accurate_nlp():
    from sos_lang.pipeline import build_pipeline

    return build_pipeline("accurate")
