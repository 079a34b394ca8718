"""What several commands share: the --profile, --store and --config options (each
declared here once, with its one documented default), reading the input and the exit
status.
"""

from __future__ import annotations

import argparse
import sys

from sos_lang.inputs import check_record, decode_bytes, read_stdin_bytes, read_text_file
from sos_lang.report import SEVERITY_ORDER

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

PROFILES = ("fast", "accurate")
DRAFT_PROFILE = "accurate"
"""Default profile for one draft (check, rewrite, evaluate): the parser is worth its cost."""
BATCH_PROFILE = "fast"
"""Default profile for many records (audit, demo): no neural network, about 8 times faster."""


def add_profile(parser: argparse.ArgumentParser, default: str = DRAFT_PROFILE) -> None:
    """--profile; the default is DRAFT_PROFILE for a single text, BATCH_PROFILE for batches."""
    parser.add_argument("--profile", choices=PROFILES, default=default,
                        help=f"which components run (default {default})")


def add_store(parser: argparse.ArgumentParser) -> None:
    """--store, a SQLAlchemy URL or SQLite file; default the store module's DEFAULT_STORE_URL."""
    from sos_lang.store import DEFAULT_STORE_URL

    parser.add_argument("--store", default=DEFAULT_STORE_URL,
                        help=f"SQLAlchemy URL or SQLite file (default {DEFAULT_STORE_URL})")


def add_config(parser: argparse.ArgumentParser) -> None:
    """--config; without it, sos-lang.toml or pyproject.toml in the working directory."""
    parser.add_argument("--config", help="a local vocabulary config (TOML; default "
                                         "sos-lang.toml or pyproject.toml here, if present)")


FAIL_ON_CHOICES = ("info", "warning", "error", "never")


def add_fail_on(parser: argparse.ArgumentParser, default: str | None = "error",
                more: str = "") -> None:
    """--fail-on: exit 1 when a finding is at least this severe (``never``: always 0)."""
    parser.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=default,
                        help=f"exit 1 when a finding is at least this severe (default "
                             f"{default or 'error'}{more})")


def add_record_type(parser: argparse.ArgumentParser) -> None:
    """--record-type: the kind of record, whose checks and targets then apply."""
    parser.add_argument("--record-type", metavar="TYPE",
                        help="letter, plan, assessment, conference_report, court_statement or "
                             "case_note (or a name mapped to one); default: none, every "
                             "packaged check as it is")


def add_path(parser: argparse.ArgumentParser,
             help_text: str = "a .txt, .md or .docx file, or - for stdin") -> None:
    """The one input PATH of the single-text commands."""
    parser.add_argument("path", metavar="PATH", help=help_text)


def read_input(path: str) -> str:
    """Text from a file path, or from standard input for '-'."""
    if path == "-":
        return check_record(decode_bytes(read_stdin_bytes(sys.stdin.buffer), "standard input"),
                            "standard input")
    return read_text_file(path)


def fail_on_in_force(fail_on: str | None, record_type: str | None,
                     config_path: str | None) -> str:
    """--fail-on as given, else the record type's own (a letter fails on a warning), else
    error."""
    from sos_lang.record_types import resolve

    if fail_on:
        return fail_on
    type_ = resolve(record_type, config_path)
    return type_.fail_on if type_ else "error"


def exit_status(worst: str | None, fail_on: str) -> int:
    """1 when the worst finding reaches --fail-on, else 0."""
    if fail_on == "never" or worst is None:
        return EXIT_OK
    return EXIT_FINDINGS if SEVERITY_ORDER[worst] >= SEVERITY_ORDER[fail_on] else EXIT_OK


def config_in_force(args: argparse.Namespace) -> str | None:
    """The --config path, or a sos-lang.toml / pyproject.toml found in the working directory."""
    from sos_lang.rules.config import config_path_in_force

    return config_path_in_force(getattr(args, "config", None))
