"""The ``sos-lang`` command: assembles the commands of :mod:`sos_lang.commands` and turns
usage and input errors into one line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sos_lang.commands import MODULES
from sos_lang.commands.common import EXIT_OK, EXIT_USAGE, exit_status, read_input
from sos_lang.evaluation.common import EvaluationDataMissing
from sos_lang.inputs import InputError
from sos_lang.lexicon.schema import LexiconError
from sos_lang.pipeline import ModelNotInstalledError
from sos_lang.store.database import StoreError
from sos_lang.store.trends import TrendError

__all__ = ["build_parser", "exit_status", "main", "read_input"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sos-lang",
        description="Check case records for plain, strengths-based Signs of Safety wording.")
    from sos_lang import __version__

    parser.add_argument("--version", action="version", version=f"sos-lang {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except (InputError, LexiconError, ModelNotInstalledError, StoreError, TrendError,
            EvaluationDataMissing) as exc:
        from sos_lang.printers import safe_to_print

        print(f"sos-lang: {safe_to_print(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("sos-lang: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
