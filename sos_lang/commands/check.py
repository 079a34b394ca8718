"""``sos-lang check``: one draft's flags, reasons, alternatives and scores."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import (
    add_config,
    add_path,
    add_profile,
    config_in_force,
    exit_status,
    read_input,
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("check", help="check one draft or record",
                                 description="Check one draft: flags, reasons, alternatives, "
                                             "scores.")
    add_path(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_profile(parser)
    parser.add_argument("--fail-on", choices=("info", "warning", "error", "never"),
                        default="error", help="exit 1 when a finding is at least this severe")
    add_config(parser)
    parser.add_argument("--colour", "--color", choices=("auto", "always", "never"),
                        default="auto")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.analysis import analyse
    from sos_lang.printers import to_json, to_text

    text = read_input(args.path)
    report = analyse(text, profile=args.profile, config_path=config_in_force(args))
    if args.format == "json":
        sys.stdout.write(to_json(report) + "\n")
    else:
        colour = args.colour == "always" or (args.colour == "auto" and sys.stdout.isatty())
        sys.stdout.write(to_text(text, report, colour=colour))
    return exit_status(report.worst_severity(), args.fail_on)
