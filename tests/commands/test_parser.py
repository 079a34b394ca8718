"""Each command registers its own options; the shared ones come from one helper each."""

from __future__ import annotations

import argparse
import inspect
from pathlib import Path

import pytest

from sos_lang.cli import build_parser
from sos_lang.commands import MODULES, common
from sos_lang.store import DEFAULT_STORE_URL


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _option(parser: argparse.ArgumentParser, flag: str) -> argparse.Action | None:
    return next((a for a in parser._actions if flag in a.option_strings), None)


def test_every_command_module_registers_a_handler() -> None:
    commands = _subparsers()
    assert {"check", "rewrite", "classify", "evaluate", "audit", "errors", "trends",
            "demo-data", "demo", "app", "lexicon"} <= set(commands)
    for name, parser in commands.items():
        assert parser.get_default("handler") is not None, name


@pytest.mark.parametrize(("command", "profile"), [
    ("check", common.DRAFT_PROFILE), ("rewrite", common.DRAFT_PROFILE),
    ("evaluate", common.DRAFT_PROFILE), ("audit", common.BATCH_PROFILE)])
def test_profile_defaults(command: str, profile: str) -> None:
    action = _option(_subparsers()[command], "--profile")
    assert action is not None and action.default == profile
    assert tuple(action.choices) == common.PROFILES


def test_store_has_one_default_everywhere() -> None:
    with_store = {name: _option(parser, "--store") for name, parser in _subparsers().items()}
    found = {name: action.default for name, action in with_store.items() if action}
    assert set(found) == {"audit", "errors", "trends", "sample", "agreement", "demo", "app"}
    assert set(found.values()) == {DEFAULT_STORE_URL}


def test_shared_options_are_declared_only_in_common() -> None:
    for module in MODULES:
        source = Path(inspect.getfile(module)).read_text(encoding="utf-8")
        for flag in ('"--profile"', '"--store"', '"--config"'):
            assert flag not in source, f"{module.__name__} declares {flag} itself"
