"""``sos-lang rewrite``: apply only the safe plain-word replacements."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import (
    EXIT_OK,
    add_config,
    add_path,
    add_profile,
    add_record_type,
    config_in_force,
    read_input,
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "rewrite", help="apply the safe plain-word replacements",
        description="Replace words that have one unambiguous plain equivalent "
                    "(prior to -> before). Everything else stays a suggestion.")
    add_path(parser)
    parser.add_argument("--diff", action="store_true", help="print a unified diff instead")
    parser.add_argument("-o", "--output", metavar="OUT.docx",
                        help="for a .docx draft: write the document with the replacements "
                             "made inside its runs, keeping the formatting")
    add_profile(parser)
    add_config(parser)
    add_record_type(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.analysis import analyse
    from sos_lang.rewrite import apply_replacements, plan_rewrite, unified_diff

    if args.output:
        from sos_lang.word.annotate import document_record, replace_in_runs, save_document

        document, text = document_record(args.path)
        report = analyse(text, profile=args.profile, config_path=config_in_force(args),
                         record_type=args.record_type)
        made = replace_in_runs(document, plan_rewrite(report))
        save_document(document, args.path, args.output)
        print(f"sos-lang: {made} safe replacement(s) made in {args.output}", file=sys.stderr)
        return EXIT_OK
    text = read_input(args.path)
    report = analyse(text, profile=args.profile, config_path=config_in_force(args),
                         record_type=args.record_type)
    replacements = plan_rewrite(report)
    revised = apply_replacements(text, replacements)
    if args.diff:
        sys.stdout.write(unified_diff(text, revised, "-" if args.path == "-" else args.path))
    else:
        sys.stdout.write(revised)
    print(f"sos-lang: {len(replacements)} safe replacement(s) made", file=sys.stderr)
    return EXIT_OK
