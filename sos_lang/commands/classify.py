"""``sos-lang classify``: a Signs of Safety label for each line."""

from __future__ import annotations

import argparse

from sos_lang.commands.common import EXIT_OK, add_path, read_input


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "classify", help="label sentences (one per line) with Signs of Safety categories")
    add_path(parser, "a text file, one sentence a line, or -")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.printers import classification_line
    from sos_lang.statements.model import classify_sentences

    lines = [line.strip() for line in read_input(args.path).splitlines()]
    for result in classify_sentences([line for line in lines if line]):
        print(classification_line(result, args.format))
    return EXIT_OK
