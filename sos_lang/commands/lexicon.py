"""``sos-lang lexicon list|show|validate``: the vocabulary in force."""

from __future__ import annotations

import argparse

from sos_lang.commands.common import EXIT_OK, add_config, config_in_force


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("lexicon", help="list, show or validate vocabulary entries")
    add_config(parser)
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every entry in force")
    listing.add_argument("--vocabulary", choices=("deficit", "jargon", "strengths"))
    show = actions.add_parser("show", help="one entry in full")
    show.add_argument("rule_id", metavar="ID", help="e.g. jargon.prior-to or prior-to")
    actions.add_parser("acronyms", help="the acronym rule's data: everyday acronyms, code "
                                         "shapes, words a local config allows, and the table "
                                         "of known expansions")
    validate = actions.add_parser("validate", help="check rule files: vocabulary files "
                                                   "or plain/structure check files")
    validate.add_argument("paths", metavar="PATH", nargs="+")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sos_lang.inputs import InputError
    from sos_lang.printers import acronym_lines, entry_line, entry_lines
    from sos_lang.rules.config import active_lexicon
    from sos_lang.rules.loader import load_rule_file

    if args.action == "validate":
        for name in args.paths:
            entries = load_rule_file(Path(name))
            print(f"{name}: {len(entries)} entries, valid")
        return EXIT_OK
    lexicon = active_lexicon(config_in_force(args))
    if args.action == "acronyms":
        print("\n".join(acronym_lines(lexicon)))
        return EXIT_OK
    if args.action == "list":
        for entry in lexicon.entries:
            if not args.vocabulary or entry.vocabulary == args.vocabulary:
                print(entry_line(entry))
        return EXIT_OK
    try:
        entry = lexicon.get(args.rule_id)
    except KeyError:
        raise InputError(f"no lexicon entry '{args.rule_id}'; "
                         "see 'sos-lang lexicon list'") from None
    print("\n".join(entry_lines(entry)))
    return EXIT_OK
