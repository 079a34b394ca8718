"""The batch audit: read records, skip those already analysed, analyse the rest, store results.

Records stream through in batches, so memory does not grow with the input.
Analysis runs in this process (``local``), in N worker processes
(``processes``), or on a Dask cluster (``dask``); results are always written
by this process, one transaction per batch.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import os
import secrets
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sos_lang
from sos_lang.analysis import analyse, analyse_many
from sos_lang.audit.readers import AuditItem, ColumnMap, iter_items
from sos_lang.report import Report
from sos_lang.store import RecordResult, Store

BATCH_SIZE = 256
ENGINES = ("local", "processes", "dask")


@dataclass
class AuditSummary:
    """What a run did, for the closing summary line and for tests."""

    run_id: str
    analysed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    words: int = 0

    def line(self) -> str:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return (f"analysed {self.analysed}, skipped {self.skipped} (already in the store), "
                f"failed {self.failed}, in {self.seconds:.1f} s ({rate:.0f} records/s)")


# --- pseudonyms -------------------------------------------------------------------------

def pseudonym_key(explicit: str | None = None) -> bytes:
    """The key for worker pseudonyms: given, $SOS_LANG_PSEUDONYM_KEY, or a private key file."""
    if explicit:
        return explicit.encode()
    if os.environ.get("SOS_LANG_PSEUDONYM_KEY"):
        return os.environ["SOS_LANG_PSEUDONYM_KEY"].encode()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "sos_lang"
    path = base / "pseudonym.key"
    if not path.is_file():
        base.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as stream:
            stream.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def pseudonymise(name: str | None, key: bytes) -> str | None:
    """A keyed hash of a worker's name: stable per key, not reversible without it."""
    if not name:
        return None
    normalised = " ".join(name.lower().split())
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()[:16]


def content_hash(item: AuditItem) -> str:
    """Hash of the text and the metadata stored with it: a change to either re-analyses."""
    digest = hashlib.sha256()
    for part in (item.text or "", item.team or "", str(item.date or ""),
                 item.record_type or "", item.worker or ""):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x1f")
    return digest.hexdigest()


# --- analysis of one batch (runs in workers) -----------------------------------------

@dataclass(frozen=True)
class AnalysisOptions:
    profile: str = "fast"
    keep_excerpts: bool = False
    config_path: str | None = None


def _excerpts(item: AuditItem, report: Report) -> list[dict[str, str]]:
    """The sentence around each finding worth reading in context, cut from the record
    redacted as a whole (the one ``redact`` function, with the record's family names), so a
    name found anywhere in the record is redacted in every excerpt."""
    from sos_lang.redact import redact_parts

    kept, parts = [], []
    for finding in report.findings:
        if finding.kind not in ("deficit", "jargon", "structure") or not finding.text:
            continue
        sentence = next((s for s in report.sentences
                         if s.start <= finding.start and finding.end <= s.end), None)
        kept.append(finding)
        parts.append((sentence.start, sentence.end) if sentence
                     else (finding.start, finding.end))
    if not kept:
        return []
    redacted = redact_parts(item.text or "", parts, family_names=item.family_names)
    return [{"rule_id": finding.rule_id, "kind": finding.kind, "subtype": finding.subtype,
             "severity": finding.severity, "excerpt": excerpt[:1000]}
            for finding, excerpt in zip(kept, redacted, strict=True)]


def _result(item: AuditItem, digest: str, report: Report, options: AnalysisOptions,
            worker: str | None) -> RecordResult:
    assert item.record_id is not None
    return RecordResult(
        record_id=item.record_id, content_hash=digest,
        analyser_version=sos_lang.__version__, profile=options.profile, team=item.team,
        worker=worker, record_date=item.date, record_type=item.record_type,
        scores=report.scores, metrics=report.metrics,
        rule_counts=dict(Counter(f.rule_id for f in report.findings)),
        label_counts=dict(Counter(s.label for s in report.sentences if s.label)),
        excerpts=_excerpts(item, report) if options.keep_excerpts else [],
    )


Outcome = tuple[str, RecordResult | None, str | None]
"""(source, result, error): exactly one of result and error is set."""


def analyse_batch(batch: Sequence[tuple[AuditItem, str, str | None]],
                  options: AnalysisOptions) -> list[Outcome]:
    """Analyse a batch; a record that fails is reported alone, the rest still succeed."""
    texts = [item.text or "" for item, _, _ in batch]
    try:
        reports: list[Report | Exception] = list(
            analyse_many(texts, profile=options.profile, config_path=options.config_path))
    except Exception:
        reports = []
        for text in texts:
            try:
                reports.append(analyse(text, profile=options.profile,
                                       config_path=options.config_path))
            except Exception as exc:
                reports.append(exc)
    outcomes: list[Outcome] = []
    for (item, digest, worker), report in zip(batch, reports, strict=True):
        if isinstance(report, Exception):
            outcomes.append((item.source, None, f"analysis failed: {type(report).__name__}"))
        else:
            outcomes.append((item.source, _result(item, digest, report, options, worker), None))
    return outcomes


def _warm(options: AnalysisOptions) -> None:
    """Build the pipeline and model once per worker process, before the first batch."""
    from sos_lang.pipeline import build_pipeline
    from sos_lang.statements.model import default_model

    build_pipeline(options.profile, options.config_path)
    default_model()


# --- engines --------------------------------------------------------------------------

Batch = list[tuple[AuditItem, str, str | None]]


def _run_local(batches: Iterable[Batch], options: AnalysisOptions, workers: int,
               scheduler: str | None) -> Iterator[list[Outcome]]:
    for batch in batches:
        yield analyse_batch(batch, options)


def _run_bounded(submit: Callable[[Batch], Future], batches: Iterable[Batch],
                 in_flight: int) -> Iterator[list[Outcome]]:
    """Keep at most in_flight batches submitted; yield results in submission order."""
    pending: list[Future] = []
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def _run_processes(batches: Iterable[Batch], options: AnalysisOptions, workers: int,
                   scheduler: str | None) -> Iterator[list[Outcome]]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm,
                             initargs=(options,)) as pool:
        yield from _run_bounded(lambda batch: pool.submit(analyse_batch, batch, options),
                                batches, in_flight=2 * workers)


def _run_dask(batches: Iterable[Batch], options: AnalysisOptions, workers: int,
              scheduler: str | None) -> Iterator[list[Outcome]]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(_warm, options)
        yield from _run_bounded(lambda batch: client.submit(analyse_batch, batch, options,
                                                            pure=False),
                                batches, in_flight=2 * max(workers, len(client.nthreads())))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


_ENGINES = {"local": _run_local, "processes": _run_processes, "dask": _run_dask}


# --- the run ----------------------------------------------------------------------------

class _Progress:
    """A progress bar with records per second on a terminal; silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit=" records", file=sys.stderr, dynamic_ncols=True)

    def update(self, count: int, summary: AuditSummary) -> None:
        if self.bar is not None:
            self.bar.update(count)
            self.bar.set_postfix(skipped=summary.skipped, failed=summary.failed, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_audit(inputs: Sequence[str], store: Store, columns: ColumnMap | None = None,
              options: AnalysisOptions | None = None, workers: int = 1,
              engine: str = "local", scheduler: str | None = None,
              key: str | None = None, progress: bool = True,
              batch_size: int = BATCH_SIZE,
              on_progress: Callable[[AuditSummary], None] | None = None) -> AuditSummary:
    """Audit every record of the inputs into the store and return the summary.

    ``on_progress`` is called with the running summary after every batch (the app's
    progress bar); ``progress`` draws a terminal progress bar on stderr.
    """
    options = options or AnalysisOptions()
    columns = columns or ColumnMap()
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local" and workers > 1:
        engine = "processes"
    secret = pseudonym_key(key)
    store.prepare()
    items = iter_items(list(inputs), columns)
    first = next(items, None)  # surface whole-file errors before a run is recorded
    run_id = store.start_run(inputs, options.profile, sos_lang.__version__)
    summary = AuditSummary(run_id=run_id)
    started = time.perf_counter()
    bar = _Progress(progress)

    def batches() -> Iterator[Batch]:
        stream = itertools.chain([first] if first else [], items)
        while chunk := list(itertools.islice(stream, batch_size)):
            valid: list[AuditItem] = []
            for item in chunk:
                if item.error:
                    store.record_error(run_id, item.record_id, item.source, item.error)
                    summary.failed += 1
                else:
                    valid.append(item)
            known = store.known(item.record_id for item in valid if item.record_id)
            todo: Batch = []
            seen: set[str] = set()
            for item in valid:
                assert item.record_id is not None
                digest = content_hash(item)
                if item.record_id in seen:
                    store.record_error(run_id, item.record_id, item.source,
                                       "duplicate record id in this batch")
                    summary.failed += 1
                    continue
                seen.add(item.record_id)
                if known.get(item.record_id) == (digest, sos_lang.__version__):
                    summary.skipped += 1
                    continue
                todo.append((item, digest, pseudonymise(item.worker, secret)))
            bar.update(len(chunk) - len(todo), summary)
            if todo:
                yield todo

    status = "interrupted"
    try:
        for outcomes in _ENGINES[engine](batches(), options, workers, scheduler):
            results = [result for _, result, _ in outcomes if result is not None]
            store.write(results, run_id)
            for source, _result, error in outcomes:
                if error:
                    store.record_error(run_id, None, source, error)
                    summary.failed += 1
            summary.analysed += len(results)
            summary.words += int(sum(r.metrics.get("words", 0) for r in results))
            bar.update(len(outcomes), summary)
            if on_progress is not None:
                summary.seconds = time.perf_counter() - started
                on_progress(summary)
        status = "finished"
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
        store.finish_run(run_id, summary.analysed, summary.skipped, summary.failed, status)
    return summary
