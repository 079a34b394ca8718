"""Where an audit's analysis runs: in this process, in worker processes, or on Dask.

An engine only analyses: it takes a batch of planned records and returns one
outcome per record. It never reads or writes the store; the runner does.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

import sos_lang
from sos_lang.analysis import analyse, analyse_many
from sos_lang.audit.elements import element_counts
from sos_lang.audit.excerpts import excerpts
from sos_lang.audit.groups import normalise_value
from sos_lang.audit.readers import AuditItem
from sos_lang.report import Report
from sos_lang.store import RecordResult

ENGINES = ("local", "processes", "dask")


@dataclass(frozen=True)
class AnalysisOptions:
    profile: str = "fast"
    keep_excerpts: bool = False
    config_path: str | None = None


@dataclass(frozen=True)
class Work:
    """One record to analyse: the item, its content hash and its worker's pseudonym."""

    item: AuditItem
    digest: str
    worker: str | None


Batch = list[Work]

Outcome = tuple[str, RecordResult | None, str | None]
"""(source, result, error): exactly one of result and error is set."""


def _result(work: Work, report: Report, options: AnalysisOptions) -> RecordResult:
    item = work.item
    assert item.record_id is not None
    return RecordResult(
        record_id=item.record_id, content_hash=work.digest,
        analyser_version=sos_lang.__version__, profile=options.profile, team=item.team,
        worker=work.worker, record_date=item.date, record_type=item.record_type,
        scores=report.scores, metrics=report.metrics,
        rule_counts=dict(Counter(f.rule_id for f in report.findings)),
        label_counts=dict(Counter(s.label for s in report.sentences if s.label)),
        subtype_counts=dict(Counter(f"{f.kind}.{f.subtype}" for f in report.findings)),
        groups={name: normalise_value(cell) for name, cell in item.groups.items()},
        element_counts=element_counts(report),
        excerpts=(excerpts(item.text or "", report, item.family_names)
                  if options.keep_excerpts else []),
    )


def analyse_batch(batch: Sequence[Work], options: AnalysisOptions) -> list[Outcome]:
    """Analyse a batch; a record that fails is reported alone, the rest still succeed. Each
    record is analysed as the record type its export names (record_types.py maps the
    export's own names; an unmapped or missing type gets every packaged check)."""
    from sos_lang.record_types import type_for_name

    texts = [work.item.text or "" for work in batch]
    types = [type_for_name(work.item.record_type, options.config_path) for work in batch]
    reports: list[Report | Exception | None] = [None] * len(batch)
    for record_type in dict.fromkeys(types):
        indices = [i for i, found in enumerate(types) if found == record_type]
        try:
            analysed = analyse_many([texts[i] for i in indices], profile=options.profile,
                                    config_path=options.config_path, record_type=record_type)
            for index, report in zip(indices, analysed, strict=True):
                reports[index] = report
        except Exception:
            for index in indices:
                try:
                    reports[index] = analyse(texts[index], profile=options.profile,
                                             config_path=options.config_path,
                                             record_type=record_type)
                except Exception as exc:
                    reports[index] = exc
    outcomes: list[Outcome] = []
    for work, report in zip(batch, reports, strict=True):
        if isinstance(report, MemoryError):
            outcomes.append((work.item.source, None, "analysis ran out of memory"))
        elif isinstance(report, Exception):
            outcomes.append((work.item.source, None,
                             f"analysis failed: {type(report).__name__}"))
        else:
            outcomes.append((work.item.source, _result(work, report, options), None))
    return outcomes


def _warm(options: AnalysisOptions) -> None:
    """Build the pipeline and model once per worker process, before the first batch."""
    from sos_lang.pipeline import build_pipeline
    from sos_lang.statements.model import default_model

    build_pipeline(options.profile, options.config_path)
    default_model()


class Engine(Protocol):
    """Accepts batches and hands back futures; ``in_flight`` bounds what is outstanding."""

    in_flight: int

    def submit(self, batch: Batch) -> Any: ...


class _Local:
    """Analyses each batch in this process as it is submitted."""

    in_flight = 1

    def __init__(self, options: AnalysisOptions) -> None:
        self.options = options

    def submit(self, batch: Batch) -> Future:
        future: Future = Future()
        future.set_result(analyse_batch(batch, self.options))
        return future


class _Pool:
    """Submits batches to a process pool or a Dask client."""

    def __init__(self, submit: Any, in_flight: int) -> None:
        self._submit = submit
        self.in_flight = in_flight

    def submit(self, batch: Batch) -> Any:
        return self._submit(batch)


@contextlib.contextmanager
def open_engine(name: str, options: AnalysisOptions, workers: int = 1,
                scheduler: str | None = None) -> Iterator[Engine]:
    """The named engine, started, and shut down on exit."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    if name == "local":
        yield _Local(options)
    elif name == "processes":
        with ProcessPoolExecutor(max_workers=workers, initializer=_warm,
                                 initargs=(options,)) as pool:
            yield _Pool(lambda batch: pool.submit(analyse_batch, batch, options),
                        in_flight=2 * workers)
    else:
        with _dask_client(workers, scheduler) as client:
            client.run(_warm, options)
            yield _Pool(lambda batch: client.submit(analyse_batch, batch, options, pure=False),
                        in_flight=2 * max(workers, len(client.nthreads())))


@contextlib.contextmanager
def _dask_client(workers: int, scheduler: str | None) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
