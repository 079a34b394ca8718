"""``sos-lang evaluate``: held-out numbers for the classifier, lexicons and redaction."""

from __future__ import annotations

import argparse
import json

from sos_lang.commands.common import EXIT_OK, add_profile


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "evaluate", help="held-out evaluation of the classifier (each writer left out in "
                         "turn, the held-out split, and on mapping documents with and "
                         "without headings), the lexicons, redaction, passive voice and the "
                         "opinion flag on published fact-and-opinion examples")
    parser.add_argument("what", nargs="?", default="all",
                        choices=("statements", "headings", "lexicon", "redaction", "passive",
                                 "opinion", "all"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_profile(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.evaluation.lexicon import evaluate_lexicon, heldout_test_items
    from sos_lang.evaluation.passive import evaluate_passive, load_set
    from sos_lang.evaluation.redaction import annotated_types, evaluate_both_ways
    from sos_lang.evaluation.redaction import heldout_test_items as redaction_test_items
    from sos_lang.evaluation.statements import evaluate, evaluate_by_writer
    from sos_lang.printers import evaluation_text

    result: dict[str, object] = {}
    if args.what in ("statements", "all"):
        result["statements_by_writer"] = evaluate_by_writer()
        result["statements"] = evaluate()
    if args.what in ("headings", "all"):
        from sos_lang.evaluation.headings import evaluate_headings

        result["headings"] = evaluate_headings()
    if args.what in ("lexicon", "all"):
        lexicon_result = evaluate_lexicon(heldout_test_items(), profile=args.profile)
        lexicon_result.pop("errors")
        result["lexicon"] = lexicon_result
    if args.what in ("redaction", "all"):
        redaction_result = evaluate_both_ways(redaction_test_items(),
                                              annotated_types("redaction_set"))
        for part in redaction_result.values():
            part.pop("misses")
            part.pop("false_alarms")
        result["redaction"] = redaction_result
    if args.what in ("passive", "all"):
        # both profiles always: the target holds in each, whatever --profile says
        result["passive"] = evaluate_passive(load_set())
    if args.what in ("opinion", "all"):
        from sos_lang.evaluation.opinion import evaluate_opinion

        result["opinion"] = evaluate_opinion()
    print(json.dumps(result, indent=2) if args.format == "json" else evaluation_text(result))
    return EXIT_OK
