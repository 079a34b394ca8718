"""``sos-lang demo-data`` (a synthetic export) and ``sos-lang demo`` (export, audit into
the store, dashboard)."""

from __future__ import annotations

import argparse
import os
import sys

from sos_lang.commands.app import add_address
from sos_lang.commands.common import BATCH_PROFILE, EXIT_OK, add_store


def _add_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)


def register(commands: argparse._SubParsersAction) -> None:
    data = commands.add_parser("demo-data", help="write a synthetic export for the demo")
    data.add_argument("out", metavar="OUT.csv")
    _add_size(data)
    data.set_defaults(handler=run_demo_data)

    demo = commands.add_parser(
        "demo", help="build the demo store from synthetic records and open the dashboard")
    demo.add_argument("--export", default="sos_lang_demo.csv",
                      help="the synthetic export (written if missing)")
    _add_size(demo)
    add_store(demo)
    demo.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    demo.add_argument("--no-app", action="store_true", help="build the store only")
    add_address(demo)
    demo.set_defaults(handler=run)


def run_demo_data(args: argparse.Namespace) -> int:
    from sos_lang.demo import write_csv

    written = write_csv(args.out, count=args.records, seed=args.seed)
    print(f"sos-lang: wrote {written} synthetic records to {args.out}", file=sys.stderr)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """The main job: demo export -> audit into the store -> dashboard."""
    from pathlib import Path

    from sos_lang.audit.readers import ColumnMap
    from sos_lang.audit.runner import AnalysisOptions, run_audit
    from sos_lang.demo import GROUP_FIELDS, write_csv
    from sos_lang.store import Store

    export = Path(args.export)
    if not export.is_file():
        written = write_csv(export, count=args.records, seed=args.seed)
        print(f"sos-lang: wrote {written} synthetic records to {export}", file=sys.stderr)
    store = Store(args.store)
    try:
        summary = run_audit([str(export)], store, ColumnMap(groups=GROUP_FIELDS),
                            options=AnalysisOptions(profile=BATCH_PROFILE),
                            workers=args.workers, progress=True)
    finally:
        store.close()
    print(f"sos-lang: {summary.line()}", file=sys.stderr)
    if args.no_app:
        return EXIT_OK
    from sos_lang.app.launch import launch

    return launch(store=args.store, host=args.host, port=args.port)
