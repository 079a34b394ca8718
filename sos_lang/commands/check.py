"""``sos-lang check``: one draft's flags, reasons, alternatives and scores."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import (
    add_config,
    add_fail_on,
    add_path,
    add_profile,
    add_record_type,
    config_in_force,
    exit_status,
    fail_on_in_force,
    read_input,
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("check", help="check one draft or record",
                                 description="Check one draft: flags, reasons, alternatives, "
                                             "scores.")
    add_path(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_profile(parser)
    add_fail_on(parser, default=None,
                more=", or the record type's: warning for letters and plans")
    add_record_type(parser)
    add_config(parser)
    parser.add_argument("--colour", "--color", choices=("auto", "always", "never"),
                        default="auto")
    parser.add_argument("--annotate", metavar="OUT.docx",
                        help="for a .docx draft: write it back to OUT.docx with a review "
                             "comment on each finding and a summary comment with the scores")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.analysis import analyse
    from sos_lang.printers import to_json, to_text

    document = None
    if args.annotate:
        from sos_lang.word.annotate import document_record

        document, text = document_record(args.path)
    else:
        text = read_input(args.path)
    config = config_in_force(args)
    report = analyse(text, profile=args.profile, config_path=config,
                     record_type=args.record_type)
    if document is not None:
        from sos_lang.word.annotate import annotate, save_document

        added = annotate(document, report)
        save_document(document, args.path, args.annotate)
        print(f"sos-lang: {added} comment(s) written to {args.annotate}", file=sys.stderr)
    if args.format == "json":
        sys.stdout.write(to_json(report) + "\n")
    else:
        colour = args.colour == "always" or (args.colour == "auto" and sys.stdout.isatty())
        sys.stdout.write(to_text(text, report, colour=colour))
    return exit_status(report.worst_severity(),
                       fail_on_in_force(args.fail_on, args.record_type, config))
