"""The ``sos-lang`` command. Usage and input errors print one line and exit 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from sos_lang.io import InputError, check_text, decode_bytes, read_text_file
from sos_lang.lexicon.schema import LexiconError
from sos_lang.pipeline import ModelNotInstalledError
from sos_lang.report import SEVERITY_ORDER
from sos_lang.store.database import StoreError
from sos_lang.store.trends import TrendError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def read_input(path: str) -> str:
    """Text from a file path, or from standard input for '-'."""
    if path == "-":
        return check_text(decode_bytes(sys.stdin.buffer.read(), "standard input"),
                          "standard input")
    return read_text_file(path)


def exit_status(worst: str | None, fail_on: str) -> int:
    """1 when the worst finding reaches --fail-on, else 0."""
    if fail_on == "never" or worst is None:
        return EXIT_OK
    return EXIT_FINDINGS if SEVERITY_ORDER[worst] >= SEVERITY_ORDER[fail_on] else EXIT_OK


def config_in_force(args: argparse.Namespace) -> str | None:
    """The --config path, or a sos-lang.toml / pyproject.toml found in the working directory."""
    from sos_lang.lexicon.overrides import config_path_in_force

    return config_path_in_force(getattr(args, "config", None))


def cmd_check(args: argparse.Namespace) -> int:
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


def cmd_rewrite(args: argparse.Namespace) -> int:
    from sos_lang.rewrite import apply_replacements, plan_rewrite, unified_diff

    text = read_input(args.path)
    replacements = plan_rewrite(text, config_in_force(args), profile=args.profile)
    revised = apply_replacements(text, replacements)
    if args.diff:
        sys.stdout.write(unified_diff(text, revised, "-" if args.path == "-" else args.path))
    else:
        sys.stdout.write(revised)
    print(f"sos-lang: {len(replacements)} safe replacement(s) made", file=sys.stderr)
    return EXIT_OK


def cmd_lexicon(args: argparse.Namespace) -> int:
    from pathlib import Path

    from sos_lang.lexicon.loader import load_vocabulary_file
    from sos_lang.lexicon.overrides import active_lexicon

    if args.action == "validate":
        for name in args.paths:
            entries = load_vocabulary_file(Path(name))
            print(f"{name}: {len(entries)} entries, valid")
        return EXIT_OK
    lexicon = active_lexicon(config_in_force(args))
    if args.action == "list":
        for entry in lexicon.entries:
            if args.vocabulary and entry.vocabulary != args.vocabulary:
                continue
            print(f"{entry.rule_id:45} {entry.subtype:12} {entry.severity:8} "
                  f"{', '.join(entry.terms[:4])}")
        return EXIT_OK
    try:
        entry = lexicon.get(args.rule_id)
    except KeyError:
        raise InputError(f"no lexicon entry '{args.rule_id}'; "
                         "see 'sos-lang lexicon list'") from None
    print(f"{entry.rule_id} ({entry.vocabulary}/{entry.subtype}, {entry.severity})")
    print(f"  terms:        {', '.join(entry.terms)}")
    if entry.expansion:
        print(f"  stands for:   {entry.expansion}")
    print(f"  alternatives: {' | '.join(entry.alternatives)}")
    print(f"  why:          {entry.note}")
    print(f"  source:       {entry.source}")
    if entry.exceptions:
        print(f"  not when:     {' | '.join(entry.exceptions)}")
    if entry.rewrite:
        print("  rewrites:     " + ", ".join(f"{k} -> {v}" for k, v in entry.rewrite.items()))
    print(f"  flags:        {' | '.join(entry.examples.flag)}")
    print(f"  does not:     {' | '.join(entry.examples.no_flag)}")
    print(f"  defined in:   {entry.origin}")
    return EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    import json

    from sos_lang.statements.model import classify_sentences

    lines = [line.strip() for line in read_input(args.path).splitlines()]
    results = classify_sentences([line for line in lines if line])
    for result in results:
        if args.format == "jsonl":
            print(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            flag = "  [opinion as fact]" if result.opinion_as_fact else ""
            print(f"{result.label:13} {result.confidence:.2f}  {result.text}{flag}")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from sos_lang.lexicon.evaluate import (
        evaluate_lexicon,
        format_lexicon_evaluation,
        heldout_test_items,
    )
    from sos_lang.redact_evaluate import (
        annotated_types,
        evaluate_both_ways,
        format_redaction_evaluation,
    )
    from sos_lang.redact_evaluate import heldout_test_items as redaction_test_items
    from sos_lang.statements.evaluate import evaluate, format_evaluation

    result: dict[str, object] = {}
    if args.what in ("statements", "all"):
        result["statements"] = evaluate()
    if args.what in ("lexicon", "all"):
        lexicon_result = evaluate_lexicon(heldout_test_items(), profile=args.profile)
        lexicon_result.pop("errors")
        result["lexicon"] = lexicon_result
    if args.what in ("redaction", "all"):
        redaction_result = evaluate_both_ways(redaction_test_items(),
                                              annotated_types("redaction_set"))
        for run in redaction_result.values():
            run.pop("misses")
        result["redaction"] = redaction_result
    if args.format == "json":
        print(json.dumps(result, indent=2))
        return EXIT_OK
    if "statements" in result:
        print("Statement classifier, held-out split")
        print(format_evaluation(result["statements"]))  # type: ignore[arg-type]
    if "lexicon" in result:
        print("Lexicons, held-out test part of sos_lang/data/eval/lexicon_heldout.jsonl")
        print(format_lexicon_evaluation(result["lexicon"]))  # type: ignore[arg-type]
    if "redaction" in result:
        print("Redaction, held-out test part of sos_lang/data/eval/redaction_set.jsonl")
        print(format_redaction_evaluation(result["redaction"]))  # type: ignore[arg-type]
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.store import Store

    columns = ColumnMap(id=args.id_col, text=args.text_col, team=args.team_col,
                        date=args.date_col, type=args.type_col, worker=args.worker_col)
    options = AnalysisOptions(profile=args.profile, keep_excerpts=args.keep_excerpts,
                              config_path=config_in_force(args))
    store = Store(args.store)
    try:
        summary = run_audit(args.inputs, store, columns, options, workers=args.workers,
                            engine=args.engine, scheduler=args.scheduler,
                            progress=not args.quiet, batch_size=args.batch_size)
    finally:
        store.close()
    print(f"sos-lang: {summary.line()}", file=sys.stderr)
    if summary.failed:
        print(f"sos-lang: see the reasons with: sos-lang errors --store {args.store} "
              f"--run {summary.run_id}", file=sys.stderr)
    return EXIT_OK


def cmd_errors(args: argparse.Namespace) -> int:
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store import Store

    store = Store(args.store)
    try:
        store.prepare()
        frame = store.errors_frame(args.run)
    finally:
        store.close()
    if frame.empty:
        print("No errors recorded.")
        return EXIT_OK
    # tab-separated source, record id, reason: often pasted into a spreadsheet
    rows = frame[["source", "record_id", "reason"]].fillna({"record_id": "-"})
    sys.stdout.write(frame_to_csv(rows, sep="\t", header=False))
    return EXIT_OK


def cmd_trends(args: argparse.Namespace) -> int:
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store import Store
    from sos_lang.store.trends import format_trend_text, trend_table

    store = Store(args.store)
    try:
        store.prepare()
        table = trend_table(store.records_frame(), by=args.by, freq=args.freq,
                            metric=args.metric)
    finally:
        store.close()
    if args.format == "csv":
        sys.stdout.write(frame_to_csv(table))
    else:
        sys.stdout.write(format_trend_text(table, args.metric))
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from sos_lang.demo import write_csv

    written = write_csv(args.out, count=args.records, seed=args.seed)
    print(f"sos-lang: wrote {written} synthetic records to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from sos_lang.app.launch import launch

    return launch(store=args.store, host=args.host, port=args.port)


def cmd_demo(args: argparse.Namespace) -> int:
    """The main job: demo export -> audit into the store -> dashboard."""
    from pathlib import Path

    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.demo import write_csv
    from sos_lang.store import Store

    export = Path(args.export)
    if not export.is_file():
        written = write_csv(export, count=args.records, seed=args.seed)
        print(f"sos-lang: wrote {written} synthetic records to {export}", file=sys.stderr)
    store = Store(args.store)
    try:
        summary = run_audit([str(export)], store, options=AnalysisOptions(profile="fast"),
                            workers=args.workers, progress=True)
    finally:
        store.close()
    print(f"sos-lang: {summary.line()}", file=sys.stderr)
    if args.no_app:
        return EXIT_OK
    from sos_lang.app.launch import launch

    return launch(store=args.store, host=args.host, port=args.port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sos-lang",
        description="Check case records for plain, strengths-based Signs of Safety wording.")
    from sos_lang import __version__

    parser.add_argument("--version", action="version", version=f"sos-lang {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="check one draft or record",
                                description="Check one draft: flags, reasons, alternatives, "
                                            "scores.")
    check.add_argument("path", metavar="PATH", help="a .txt, .md or .docx file, or - for stdin")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--profile", choices=("fast", "accurate"), default="accurate")
    check.add_argument("--fail-on", choices=("info", "warning", "error", "never"),
                       default="error", help="exit 1 when a finding is at least this severe")
    check.add_argument("--config", help="a local vocabulary config (TOML)")
    check.add_argument("--colour", "--color", choices=("auto", "always", "never"),
                       default="auto")
    check.set_defaults(handler=cmd_check)

    rewrite = commands.add_parser(
        "rewrite", help="apply the safe plain-word replacements",
        description="Replace words that have one unambiguous plain equivalent "
                    "(prior to -> before). Everything else stays a suggestion.")
    rewrite.add_argument("path", metavar="PATH", help="a .txt, .md or .docx file, or - for stdin")
    rewrite.add_argument("--diff", action="store_true", help="print a unified diff instead")
    rewrite.add_argument("--profile", choices=("fast", "accurate"), default="accurate")
    rewrite.add_argument("--config", help="a local vocabulary config (TOML)")
    rewrite.set_defaults(handler=cmd_rewrite)

    classify = commands.add_parser(
        "classify", help="label sentences (one per line) with Signs of Safety categories")
    classify.add_argument("path", metavar="PATH", help="a text file, one sentence a line, or -")
    classify.add_argument("--format", choices=("text", "jsonl"), default="text")
    classify.set_defaults(handler=cmd_classify)

    evaluate = commands.add_parser(
        "evaluate", help="held-out evaluation of the classifier and the lexicons")
    evaluate.add_argument("what", nargs="?",
                          choices=("statements", "lexicon", "redaction", "all"),
                          default="all")
    evaluate.add_argument("--format", choices=("text", "json"), default="text")
    evaluate.add_argument("--profile", choices=("fast", "accurate"), default="accurate")
    evaluate.set_defaults(handler=cmd_evaluate)

    from sos_lang.store import DEFAULT_STORE_URL

    audit = commands.add_parser(
        "audit", help="analyse exported records into a results store",
        description="Analyse CSV, XLSX, Parquet or JSON Lines exports, or folders of .txt, .md "
                    "and .docx files, into a results store. Records already analysed with the "
                    "same content and analyser version are skipped; broken rows are reported "
                    "and the rest carry on. Record text is never stored.")
    audit.add_argument("inputs", metavar="INPUT", nargs="+")
    audit.add_argument("--store", default=DEFAULT_STORE_URL,
                       help=f"SQLAlchemy URL or SQLite file (default {DEFAULT_STORE_URL})")
    for field_name in ("id", "text", "team", "date", "type", "worker"):
        audit.add_argument(f"--{field_name}-col", metavar="COLUMN",
                           help=f"the column holding the record {field_name}")
    audit.add_argument("--profile", choices=("fast", "accurate"), default="fast")
    audit.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    audit.add_argument("--engine", choices=("local", "processes", "dask"), default="local")
    audit.add_argument("--scheduler", help="a Dask scheduler address (with --engine dask)")
    audit.add_argument("--keep-excerpts", action="store_true",
                       help="store flagged excerpts, redacted")
    audit.add_argument("--config", help="a local vocabulary config (TOML)")
    audit.add_argument("--quiet", action="store_true", help="no progress bar")
    audit.add_argument("--batch-size", type=int, default=256,
                       help="records per batch and per transaction (default 256)")
    audit.set_defaults(handler=cmd_audit)

    errors = commands.add_parser("errors", help="list the records an audit could not analyse")
    errors.add_argument("--store", default=DEFAULT_STORE_URL)
    errors.add_argument("--run", help="one run id (default: all runs)")
    errors.set_defaults(handler=cmd_errors)

    trends = commands.add_parser(
        "trends", help="a metric per team, worker or type over months or quarters",
        description="The table behind the dashboard: mean of a metric per group and period "
                    "with record counts; cells with fewer than 5 records are suppressed.")
    trends.add_argument("--store", default=DEFAULT_STORE_URL)
    trends.add_argument("--by", choices=("team", "worker", "type"), default="team")
    trends.add_argument("--freq", choices=("month", "quarter"), default="quarter")
    trends.add_argument("--metric", default="overall")
    trends.add_argument("--format", choices=("text", "csv"), default="text")
    trends.set_defaults(handler=cmd_trends)

    demo = commands.add_parser("demo-data", help="write a synthetic export for the demo")
    demo.add_argument("out", metavar="OUT.csv")
    demo.add_argument("--records", type=int, default=5000)
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(handler=cmd_demo_data)

    app = commands.add_parser("app", help="start the dashboard (Streamlit) on this machine")
    app.add_argument("--store", default=DEFAULT_STORE_URL)
    app.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1: this machine only)")
    app.add_argument("--port", type=int, default=8501)
    app.set_defaults(handler=cmd_app)

    demo_job = commands.add_parser(
        "demo", help="build the demo store from synthetic records and open the dashboard")
    demo_job.add_argument("--export", default="sos_lang_demo.csv",
                          help="the synthetic export (written if missing)")
    demo_job.add_argument("--records", type=int, default=5000)
    demo_job.add_argument("--seed", type=int, default=7)
    demo_job.add_argument("--store", default=DEFAULT_STORE_URL)
    demo_job.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    demo_job.add_argument("--no-app", action="store_true", help="build the store only")
    demo_job.add_argument("--host", default="127.0.0.1")
    demo_job.add_argument("--port", type=int, default=8501)
    demo_job.set_defaults(handler=cmd_demo)

    lexicon = commands.add_parser("lexicon", help="list, show or validate vocabulary entries")
    lexicon.add_argument("--config", help="a local vocabulary config (TOML)")
    actions = lexicon.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every entry in force")
    listing.add_argument("--vocabulary", choices=("deficit", "jargon", "strengths"))
    show = actions.add_parser("show", help="one entry in full")
    show.add_argument("rule_id", metavar="ID", help="e.g. jargon.prior-to or prior-to")
    validate = actions.add_parser("validate", help="check vocabulary YAML files")
    validate.add_argument("paths", metavar="PATH", nargs="+")
    lexicon.set_defaults(handler=cmd_lexicon)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except (InputError, LexiconError, ModelNotInstalledError, StoreError, TrendError) as exc:
        print(f"sos-lang: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("sos-lang: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
