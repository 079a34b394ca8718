"""``sos-lang sample`` (an audit sample as a workbook to grade) and ``sos-lang agreement``
(how far the tool and auditors agree, from graded workbooks)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from sos_lang.commands.common import EXIT_OK, EXIT_USAGE, add_store


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "sample", help="draw an audit sample and write its workbook",
        description="Draw a reproducible sample of stored records, stratified by a grouping "
                    "and spread over the score range, and write an audit workbook: a cover "
                    "sheet, and per record its ids, scores, each Signs of Safety element "
                    "(present or missing, with redacted sentences when the audit kept "
                    "excerpts), the flagged wording and empty columns for the auditor.")
    add_store(parser)
    parser.add_argument("--n", type=int, default=40, help="records to sample (default 40)")
    parser.add_argument("--by", choices=("team", "worker", "type"),
                        help="stratify by this grouping")
    parser.add_argument("--from", dest="date_from", type=_date, help="first record date")
    parser.add_argument("--to", dest="date_to", type=_date, help="last record date")
    parser.add_argument("--seed", type=int, default=0, help="the same seed, the same sample")
    parser.add_argument("-o", "--output", default="audit-sample.xlsx", metavar="OUT.xlsx")
    parser.set_defaults(handler=run_sample)

    agreement = commands.add_parser(
        "agreement", help="agreement between the tool and auditors from graded workbooks",
        description="Read one or two graded audit workbooks and report, per element, percent "
                    "agreement and Cohen's kappa with a 95%% interval between the tool and "
                    "each auditor and between the two auditors, and the records where they "
                    "disagree. The results are kept in the store.")
    add_store(agreement)
    agreement.add_argument("workbooks", metavar="GRADED.xlsx", nargs="+",
                           help="one workbook, or two graded by different auditors")
    agreement.add_argument("--format", choices=("text", "csv"), default="text")
    agreement.set_defaults(handler=run_agreement)


def run_sample(args: argparse.Namespace) -> int:
    from sos_lang.audit.sample import SampleRequest, sample_workbook
    from sos_lang.store import Store

    store = Store(args.store)
    try:
        store.prepare()
        sample = sample_workbook(store, SampleRequest(
            n=args.n, by=args.by, date_from=args.date_from, date_to=args.date_to,
            seed=args.seed), args.output)
    finally:
        store.close()
    strata = sample["stratum"].nunique()
    print(f"sos-lang: wrote {len(sample)} records from {strata} strata to {args.output}",
          file=sys.stderr)
    return EXIT_OK


def run_agreement(args: argparse.Namespace) -> int:
    from sos_lang.audit.agreement import agreement_from_workbooks, agreement_table, agreement_text
    from sos_lang.spreadsheet import frame_to_csv
    from sos_lang.store import Store

    if len(args.workbooks) > 2:
        print("sos-lang: agreement takes one or two graded workbooks", file=sys.stderr)
        return EXIT_USAGE
    store = Store(args.store)
    try:
        store.prepare()
        comparisons = agreement_from_workbooks(store, args.workbooks)
    finally:
        store.close()
    table = agreement_table(comparisons)
    sys.stdout.write(frame_to_csv(table) if args.format == "csv" else agreement_text(table))
    return EXIT_OK
