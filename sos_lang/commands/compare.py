"""``sos-lang compare``: check a draft against its transcript, notes or earlier records
(issue 21)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sos_lang.commands.common import add_fail_on, add_path, exit_status, read_input

SOURCE_KINDS = {".srt": "srt", ".vtt": "vtt"}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "compare", help="check a draft against what was said (transcript or notes)",
        description="Check a draft (often AI-drafted) against its sources: statements not "
                    "found in them, invented specifics, lost attribution, introduced "
                    "labels, and worries or the child's words left out.")
    add_path(parser, "the draft: a .txt, .md or .docx file, or - for stdin")
    parser.add_argument("--source", action="append", required=True, metavar="NOTES",
                        help="a transcript (plain, speaker turns, .srt or .vtt), notes or an "
                             "earlier record; repeat for more than one")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_fail_on(parser)
    parser.set_defaults(handler=run)


def source_kind(path: str, text: str) -> str:
    """srt or vtt by extension or content, else transcript (speaker turns are read alike)."""
    kind = SOURCE_KINDS.get(Path(path).suffix.lower())
    if kind:
        return kind
    if text.lstrip().startswith("WEBVTT"):
        return "vtt"
    return "srt" if "-->" in text[:400] else "transcript"


def run(args: argparse.Namespace) -> int:
    from sos_lang.compare import compare
    from sos_lang.printers import safe_to_print

    draft = read_input(args.path)
    sources = []
    for path in args.source:
        text = read_input(path)
        sources.append((source_kind(path, text), text))
    report = compare(draft, sources)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [f"support score {report.support_score:.0f}/100, "
                 f"{len(report.findings)} finding(s)"]
        for finding in report.findings:
            where = (f"draft {finding.start}-{finding.end}: {finding.text!r}" if finding.text
                     else f"source {finding.source_index + 1}: {finding.source_text!r}")
            lines.append(f"{finding.severity:7} {finding.subtype:18} {safe_to_print(where)}")
            lines.append(f"        {safe_to_print(finding.message)}")
            if finding.text and finding.source_text:
                lines.append(f"        nearest source: {safe_to_print(finding.source_text)!r}")
        sys.stdout.write("\n".join(lines) + "\n")
    return exit_status(report.worst_severity(), args.fail_on)
