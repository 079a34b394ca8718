"""``sos-lang trends``: the dashboard's trend table on the command line."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import EXIT_OK, add_store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "trends", help="a metric per team, worker or type over months or quarters",
        description="The table behind the dashboard: mean of a metric per group and period "
                    "with record counts; cells with fewer than 5 records are suppressed.")
    add_store(parser)
    parser.add_argument("--by", choices=("team", "worker", "type"), default="team")
    parser.add_argument("--freq", choices=("month", "quarter"), default="quarter")
    parser.add_argument("--metric", default="overall")
    parser.add_argument("--format", choices=("text", "csv"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.printers import trend_text
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store import Store
    from sos_lang.store.trends import trend_table

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
        sys.stdout.write(trend_text(table, args.metric))
    return EXIT_OK
