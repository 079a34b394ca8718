"""``sos-lang trends``: the dashboard's trend table, or by a grouping column its equity view,
on the command line."""

from __future__ import annotations

import argparse
import sys

from sos_lang.commands.common import EXIT_OK, add_store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "trends", help="a metric per team, worker or type over months or quarters, or the "
                       "equity view by a grouping column",
        description="The table behind the dashboard: mean of a metric per group and period "
                    "with record counts; cells with fewer than 5 records are suppressed. By "
                    "a grouping column kept with audit --group-cols, the equity view: per "
                    "group, rates of deficit labels, doubt and compliance words and opinions "
                    "stated as facts per 1,000 words and the share of records with the "
                    "child's own words, each against all records with a 95%% interval.")
    add_store(parser)
    parser.add_argument("--by", default="team", metavar="GROUP",
                        help="team, worker, type (trends over time), or a grouping column "
                             "from audit --group-cols (the equity view)")
    parser.add_argument("--freq", choices=("month", "quarter"), default="quarter")
    parser.add_argument("--metric", default="overall")
    parser.add_argument("--format", choices=("text", "csv"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sos_lang.printers import trend_text
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store import Store
    from sos_lang.store.trends import GROUP_COLUMNS, trend_table

    store = Store(args.store)
    try:
        store.prepare()
        if args.by not in GROUP_COLUMNS:
            return _equity(store, args)
        table = trend_table(store.records_frame(), by=args.by, freq=args.freq,
                            metric=args.metric)
    finally:
        store.close()
    if args.format == "csv":
        sys.stdout.write(frame_to_csv(table))
    else:
        sys.stdout.write(trend_text(table, args.metric))
    return EXIT_OK


def _equity(store: object, args: argparse.Namespace) -> int:
    """The equity view by a grouping column (store/equity.py)."""
    from sos_lang.printers import equity_text
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store.equity import caution, equity_frame, equity_table

    table = equity_table(equity_frame(store, args.by))  # type: ignore[arg-type]
    if args.format == "csv":
        sys.stdout.write(frame_to_csv(table))
    else:
        sys.stdout.write(equity_text(table, args.by, caution()))
    return EXIT_OK
