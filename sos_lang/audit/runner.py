"""The batch audit run: read records, plan each chunk, analyse the work, store results.

Records stream through in chunks, so memory does not grow with the input. Each
chunk is planned as data (``plan.py``: analyse, skip, or error), the work goes
to an engine (``engines.py``: local, processes or dask), and this loop alone
writes to the store, one transaction per analysed batch.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sos_lang
from sos_lang.audit.engines import ENGINES, AnalysisOptions, Outcome, open_engine
from sos_lang.audit.groups import check_group_columns
from sos_lang.audit.plan import RunError, keys_to_look_up, plan
from sos_lang.audit.pseudonyms import pseudonym_key
from sos_lang.audit.readers import SYMLINK_ERROR, AuditItem, ColumnMap, iter_items
from sos_lang.inputs import BATCH_CHARS
from sos_lang.store import Store

BATCH_SIZE = 256

MAX_STORED_ERRORS = 10_000
"""Run errors stored per run; the rest are counted in one closing row. A file of two million
empty rows would otherwise fill the store with two million identical reasons."""


@dataclass
class AuditSummary:
    """What a run did, for the closing summary line and for tests."""

    run_id: str
    analysed: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    words: int = 0
    links: int = 0

    def line(self) -> str:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        links = (f" ({self.links} symbolic links or paths outside the folder not followed)"
                 if self.links else "")
        return (f"analysed {self.analysed}, skipped {self.skipped} (already in the store), "
                f"failed {self.failed}{links}, in {self.seconds:.1f} s "
                f"({rate:.0f} records/s)")


def chunks(items: Iterator[AuditItem], size: int, max_chars: int = BATCH_CHARS
           ) -> Iterator[list[AuditItem]]:
    """Consecutive items, at most ``size`` of them and about ``max_chars`` characters of text
    (one record over that is a chunk alone), so memory follows the text, not the row count."""
    chunk: list[AuditItem] = []
    chars = 0
    for item in items:
        length = len(item.text or "")
        if chunk and (len(chunk) >= size or chars + length > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += length
    if chunk:
        yield chunk


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
              on_progress: Callable[[AuditSummary], None] | None = None,
              teams: frozenset[str] | None = None) -> AuditSummary:
    """Audit every record of the inputs into the store and return the summary.

    ``on_progress`` is called with the running summary after every batch (the app's
    progress bar); ``progress`` draws a terminal progress bar on stderr. ``teams`` (None:
    any) are the teams this audit may write to: a row of another team, or of none, is a
    run error, decided from the row alone so the outcome never says what the store holds.
    With grouping columns (``columns.groups``) the inputs are read once more first, and a
    column that is not a category is refused (InputError) before a run is recorded.
    """
    options = options or AnalysisOptions()
    columns = columns or ColumnMap()
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "local" and workers > 1:
        engine = "processes"
    secret = pseudonym_key(key)
    store.prepare()
    if columns.groups:  # refuse a column that is not a category before analysing anything
        check_group_columns(iter_items(list(inputs), columns), columns.groups,
                            store.group_values)
    items = iter_items(list(inputs), columns)
    first = next(items, None)  # surface whole-file errors before a run is recorded
    stream = itertools.chain([first] if first else [], items)
    run_id = store.start_run(inputs, options.profile, sos_lang.__version__)
    summary = AuditSummary(run_id=run_id)
    started = time.perf_counter()
    bar = _Progress(progress)

    def store_errors(errors: Sequence[RunError]) -> None:
        room = max(0, MAX_STORED_ERRORS - summary.failed)
        store.record_errors(run_id, [(error.record_id, error.source, error.reason)
                                     for error in errors[:room]])
        summary.failed += len(errors)
        summary.links += sum(error.reason == SYMLINK_ERROR for error in errors)

    def collect(outcomes: list[Outcome]) -> None:
        results = [result for _, result, _ in outcomes if result is not None]
        store.write(results, run_id, teams=teams)
        store_errors([RunError(None, source, error) for source, _, error in outcomes if error])
        summary.analysed += len(results)
        summary.words += int(sum(r.metrics.get("words", 0) for r in results))
        bar.update(len(outcomes), summary)
        if on_progress is not None:
            summary.seconds = time.perf_counter() - started
            on_progress(summary)

    status = "interrupted"
    pending: deque[Any] = deque()
    try:
        with open_engine(engine, options, workers, scheduler) as analyser:
            for chunk in chunks(stream, batch_size):
                keys = keys_to_look_up(chunk)
                work = plan(chunk, store.known(keys) if keys else {}, secret, teams)
                store_errors(work.errors)
                summary.skipped += work.skipped
                bar.update(len(chunk) - len(work.todo), summary)
                if work.todo:
                    pending.append(analyser.submit(work.todo))
                    if len(pending) >= analyser.in_flight:
                        collect(pending.popleft().result())
            while pending:
                collect(pending.popleft().result())
        status = "finished"
    finally:
        bar.close()
        summary.seconds = time.perf_counter() - started
        if summary.failed > MAX_STORED_ERRORS:
            store.record_errors(run_id, [(None, "(this run)", (
                f"{summary.failed - MAX_STORED_ERRORS:,} more errors not stored; at most "
                f"{MAX_STORED_ERRORS:,} are kept per run"))])
        store.finish_run(run_id, summary.analysed, summary.skipped, summary.failed, status)
    return summary
