"""``sos-lang app``: the dashboard on this machine."""

from __future__ import annotations

import argparse

from sos_lang.commands.common import add_store


def add_address(parser: argparse.ArgumentParser) -> None:
    """--host and --port of the dashboard (this machine only unless --host says otherwise)."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8501)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("app", help="start the dashboard (Streamlit) on this machine")
    add_store(parser)
    add_address(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.app.launch import launch

    return launch(store=args.store, host=args.host, port=args.port)
