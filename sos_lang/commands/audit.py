"""``sos-lang audit`` (exports into the results store) and ``sos-lang errors`` (what an
audit could not analyse)."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import (
    BATCH_PROFILE,
    EXIT_OK,
    add_config,
    add_profile,
    add_store,
    config_in_force,
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "audit", help="analyse exported records into a results store",
        description="Analyse CSV, XLSX, Parquet or JSON Lines exports, or folders of .txt, .md "
                    "and .docx files, into a results store. Records already analysed with the "
                    "same content and analyser version are skipped; broken rows are reported "
                    "and the rest carry on. Record text is never stored.")
    parser.add_argument("inputs", metavar="INPUT", nargs="+")
    add_store(parser)
    for field_name in ("id", "text", "team", "date", "type", "worker"):
        parser.add_argument(f"--{field_name}-col", metavar="COLUMN",
                            help=f"the column holding the record {field_name}")
    parser.add_argument("--name-cols", metavar="COLUMNS", default="",
                        help="comma-separated columns holding the record's family names "
                             "(child_name,parent_names): redacted wherever they occur in "
                             "stored excerpts, never stored themselves")
    parser.add_argument("--group-cols", metavar="COLUMNS", default="",
                        help="comma-separated categorical columns kept per record for the "
                             "equity view (ethnicity,disability,sex,age_band): a column "
                             "with more than 50 values, or a value that looks like free "
                             "text, is refused before anything is analysed")
    add_profile(parser, BATCH_PROFILE)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--engine", choices=("local", "processes", "dask"), default="local")
    parser.add_argument("--scheduler", help="a Dask scheduler address (with --engine dask)")
    parser.add_argument("--keep-excerpts", action="store_true",
                        help="store flagged excerpts, redacted")
    add_config(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--batch-size", type=int, default=256,
                        help="records per batch and per transaction (default 256)")
    parser.set_defaults(handler=run)

    errors = commands.add_parser("errors", help="list the records an audit could not analyse")
    add_store(errors)
    errors.add_argument("--run", help="one run id (default: all runs)")
    errors.set_defaults(handler=run_errors)


def run(args: argparse.Namespace) -> int:
    from sos_lang.audit.groups import parse_column_names
    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.store import Store

    columns = ColumnMap(id=args.id_col, text=args.text_col, team=args.team_col,
                        date=args.date_col, type=args.type_col, worker=args.worker_col,
                        names=parse_column_names(args.name_cols, "--name-cols"),
                        groups=parse_column_names(args.group_cols))
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


def run_errors(args: argparse.Namespace) -> int:
    from sos_lang.printers import errors_text
    from sos_lang.store import Store

    store = Store(args.store)
    try:
        store.prepare()
        frame = store.errors_frame(args.run)
    finally:
        store.close()
    sys.stdout.write(errors_text(frame))
    return EXIT_OK
