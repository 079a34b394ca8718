"""sos_lang benchmark: throughput, latency, memory and fast/accurate agreement in one run.

Builds a deterministic corpus of synthetic records (sos_lang.demo) spread over the
whole demo period, draws one random sample from it, and measures on that sample and
the same machine:

- words and records per second for a naive baseline (en_core_web_sm with all
  components on each record, then textstat), the accurate profile and the fast
  profile, each with 1 and 2 worker processes, and the ratios against the baseline:
  every configuration runs on the same sampled records (record wording and flag
  density drift over the period, so different texts would not compare), and the
  fast/baseline ratio is printed for each round as well as from the medians;
- latency of ``check`` (analyse, accurate profile) on a 1,000-word draft, model warm;
- model load time in a fresh process;
- classifying 10,000 sentences after the model is loaded;
- redacting 1,000 flagged sentences after the entity model is loaded;
- redacting one long record (development items joined, 100 KB, and 1 MB unless --quick),
  with and without the entity model;
- agreement between fast and accurate findings and sentence labels;
- audit throughput into SQLite with --workers 1 and 2;
- peak memory of an audit streamed into SQLite (10,000 and 100,000 records by default).

Usage: python benchmarks/run.py [--records 3000] [--sample 1000] [--rounds 3]
       [--memory-records 10000 100000] [--quick]
Nothing here is a test: numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sos_lang.demo import generate_records, write_csv  # noqa: E402


def corpus(count: int, seed: int = 11) -> list[str]:
    return [record["text"] for record in generate_records(count, seed)]


def sample_records(count: int, size: int, seed: int = 11) -> list[dict[str, str]]:
    """A random sample of `size` records drawn from the whole period of a `count`-record
    corpus (the corpus is in date order, so its first records are all from one season)."""
    records = list(generate_records(count, seed))
    if size >= len(records):
        return records
    chosen = sorted(random.Random(seed).sample(range(len(records)), size))
    return [records[index] for index in chosen]


def word_count(texts: Sequence[str]) -> int:
    return sum(len(text.split()) for text in texts)


# --- the three ways of analysing a chunk of records (run inside worker processes) ------

def _baseline_chunk(texts: list[str]) -> int:
    import spacy
    import textstat

    from sos_lang.pipeline import model_package
    from sos_lang.readability import use_offline_cmudict

    use_offline_cmudict()
    nlp = _baseline_nlp(spacy, model_package())
    for text in texts:
        nlp(text)
        textstat.flesch_reading_ease(text)
        textstat.flesch_kincaid_grade(text)
    return len(texts)


_NLP_CACHE: dict[str, object] = {}


def _baseline_nlp(spacy, package: str):  # type: ignore[no-untyped-def]
    if package not in _NLP_CACHE:
        _NLP_CACHE[package] = spacy.load(package)
    return _NLP_CACHE[package]


def _profile_chunk(texts: list[str], profile: str) -> int:
    from sos_lang.analysis import analyse_many

    return sum(1 for _ in analyse_many(texts, profile=profile))


def _warm(kind: str) -> None:
    if kind == "baseline":
        _baseline_chunk(["Warm up the model."])
    else:
        _profile_chunk(["Warm up the model."], kind)


def _run_chunk(kind: str, texts: list[str]) -> int:
    return _baseline_chunk(texts) if kind == "baseline" else _profile_chunk(texts, kind)


def throughput(kind: str, texts: list[str], workers: int) -> float:
    """Seconds to analyse texts with `workers` processes (models loaded before timing)."""
    chunks = [texts[i:i + 50] for i in range(0, len(texts), 50)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_warm, [kind] * workers))
        list(pool.map(_run_chunk, [kind] * workers, [["Warm."]] * workers))
        started = time.perf_counter()
        list(pool.map(_run_chunk, [kind] * len(chunks), chunks))
        return time.perf_counter() - started


# --- single measurements ---------------------------------------------------------------

def check_latency(runs: int = 30) -> tuple[float, float, int]:
    from sos_lang.analysis import analyse

    words = " ".join(corpus(40, seed=3)).split()[:1000]
    draft = " ".join(words)
    analyse(draft)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        analyse(draft)
        timings.append(time.perf_counter() - started)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))], len(words)


def draft_page_seconds(runs: int = 5) -> tuple[float, int]:
    """The draft page (Streamlit AppTest) answering a 1,000-word draft, model warm: median."""
    from streamlit.testing.v1 import AppTest

    from sos_lang.app.launch import APP_SCRIPT

    draft = " ".join(" ".join(corpus(40, seed=3)).split()[:1000])
    app = AppTest.from_file(str(APP_SCRIPT), default_timeout=600)
    app.run()
    timings = []
    for _ in range(runs + 1):
        app.text_area(key="draft_text").input(draft)
        started = time.perf_counter()
        app.button(key="check_draft").click().run()
        timings.append(time.perf_counter() - started)
        assert not app.exception, app.exception
    return statistics.median(timings[1:]), len(draft.split())


def model_load_seconds() -> float:
    """A fresh process: import sos_lang, build the accurate pipeline, load the classifier."""
    code = ("import time; t=time.perf_counter(); from sos_lang.pipeline import build_pipeline; "
            "from sos_lang.statements.model import default_model; build_pipeline('accurate'); "
            "default_model(); print(time.perf_counter()-t)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return float(result.stdout.strip())


def classify_seconds(count: int = 10_000) -> float:
    from sos_lang.statements.corpus import load_corpus
    from sos_lang.statements.model import classify_sentences, default_model

    default_model()
    sentences = [s.text for s in load_corpus()]
    sentences = (sentences * (count // len(sentences) + 1))[:count]
    started = time.perf_counter()
    classify_sentences(sentences)
    return time.perf_counter() - started


def flagged_sentences(count: int = 1000) -> list[str]:
    """The sentences an audit with --keep-excerpts would store: those around a deficit,
    jargon or structure finding in synthetic records (fast profile)."""
    from sos_lang.analysis import analyse_many

    sentences: list[str] = []
    records = 200
    while len(sentences) < count:
        sentences = []
        for report in analyse_many(corpus(records, seed=29), profile="fast"):
            starts = {f.start for f in report.findings
                      if f.kind in ("deficit", "jargon", "structure") and f.text}
            sentences += [s.text for s in report.sentences
                          if any(s.start <= start < s.end for start in starts)]
        records *= 2
    return sentences[:count]


def redaction_seconds(count: int = 1000) -> float:
    """Redacting ``count`` flagged sentences (``redact_many``: the entity model reads them
    in batches), the model loaded once in this process beforehand."""
    from sos_lang.redact import redact, redact_many

    sentences = flagged_sentences(count)
    redact(sentences[0])
    started = time.perf_counter()
    redact_many(sentences)
    return time.perf_counter() - started


def long_record(size: int) -> str:
    """One ordinary record of ``size`` characters: the redaction development items'
    texts joined by blank lines (names, schools, addresses and handles throughout, as a
    long case history has them)."""
    texts: list[str] = []
    for path in sorted((ROOT / "eval").glob("redaction_dev*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()
                  if line.strip()]
    parts, length, index = [], 0, 0
    while length < size:
        parts.append(texts[index % len(texts)])
        length += len(parts[-1]) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def long_record_seconds(size: int, use_model: bool) -> float:
    """Redacting one long record (issue 16: records up to a million characters are
    accepted), the rules and the model loaded beforehand."""
    from sos_lang.redact import redact

    text = long_record(size)
    redact("Jo Smith, 4 Low Fold, LS18 5AB", use_model=use_model)
    started = time.perf_counter()
    redact(text, use_model=use_model)
    return time.perf_counter() - started


def word_document(words: int = 5000) -> bytes:
    """A 10-page assessment as Word writes it: headings, paragraphs of several runs (some
    bold), and a table of sections, about ``words`` words of synthetic records."""
    import io

    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, heading in enumerate(("What are we worried about?", "What is working well?",
                                   "What needs to happen?")):
        table.cell(row, 0).text = heading
    count = 0
    for number, text in enumerate(corpus(400, seed=41)):
        if count >= words:
            break
        if number % 6 == 0:
            document.add_heading(f"Section {number // 6 + 1}", level=2)
        paragraph = document.add_paragraph()
        for index, sentence in enumerate(text.split(". ")):
            paragraph.add_run(sentence + ". ").bold = index % 4 == 1
        count += len(text.split())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def annotate_seconds(runs: int = 3) -> tuple[float, int]:
    """``check draft.docx --annotate`` on a 5,000-word document, warm: open, read the
    text, analyse (accurate), write a comment per finding, save. Median of ``runs``."""
    import io

    from sos_lang.analysis import analyse
    from sos_lang.word.annotate import annotate, open_document
    from sos_lang.word.layout import read_layout

    data = word_document()
    timings, words = [], 0
    for _ in range(runs + 1):
        started = time.perf_counter()
        document = open_document(data, "assessment.docx")
        text = read_layout(document).text
        annotate(document, analyse(text))
        document.save(io.BytesIO())
        timings.append(time.perf_counter() - started)
        words = len(text.split())
    return statistics.median(timings[1:]), words


def compare_seconds(runs: int = 5) -> tuple[float, int, int]:
    """``compare`` of a 3,000-word transcript against a 1,000-word draft, warm: median
    seconds (the development pairs of eval/compare, joined to those sizes)."""
    from sos_lang.compare import compare
    from sos_lang.compare.evaluate import load_pairs

    pairs = load_pairs("dev")
    source = "\n".join(s["text"] for pair in pairs for s in pair["sources"]
                       if s["kind"] == "transcript")
    source = " ".join(source.split(" ")[:3000])
    draft = " ".join("\n\n".join(pair["draft"] for pair in pairs).split(" ")[:1000])
    compare(draft, [source])
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        compare(draft, [source])
        times.append(time.perf_counter() - started)
    return statistics.median(times), len(source.split()), len(draft.split())


def agreement(texts: list[str]) -> dict[str, float]:
    """Share of accurate wording findings also found by fast, the reverse, and label agreement."""
    from sos_lang.analysis import analyse_many

    accurate = list(analyse_many(texts, profile="accurate"))
    fast = list(analyse_many(texts, profile="fast"))

    def wording(report) -> set[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
        return {(f.rule_id, f.start, f.end) for f in report.findings
                if f.kind in ("deficit", "jargon")}

    both = in_accurate = in_fast = 0
    same_label = sentences = 0
    for a, f in zip(accurate, fast, strict=True):
        wa, wf = wording(a), wording(f)
        both += len(wa & wf)
        in_accurate += len(wa)
        in_fast += len(wf)
        fast_labels = {(s.start, s.end): s.label for s in f.sentences}
        for sentence in a.sentences:
            sentences += 1
            same_label += fast_labels.get((sentence.start, sentence.end)) == sentence.label
    return {"accurate_found_by_fast": both / max(1, in_accurate),
            "fast_found_by_accurate": both / max(1, in_fast),
            "sentence_label_agreement": same_label / max(1, sentences),
            "accurate_wording_findings": in_accurate, "sentences": sentences}


def audit_run(records: int, workers: int, folder: Path) -> tuple[float, int, int]:
    """(seconds, words, peak RSS in MiB of the audit process) for an audit into SQLite."""
    export = folder / f"export-{records}.csv"
    if not export.exists():
        write_csv(export, count=records, seed=5)
    store = folder / f"store-{records}-{workers}.db"
    store.unlink(missing_ok=True)
    words = sum(len(r["text"].split()) for r in generate_records(records, 5))
    command = [sys.executable, "-m", "sos_lang", "audit", str(export), "--store",
               f"sqlite:///{store}", "--workers", str(workers), "--quiet"]
    env = {**os.environ, "SOS_LANG_PSEUDONYM_KEY": "benchmark"}
    started = time.perf_counter()
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")
    result = subprocess.run([sys.executable, "-c", code, *command], capture_output=True,
                            text=True, env=env, check=True)
    seconds = time.perf_counter() - started
    peak_kib = int(result.stdout.strip().splitlines()[-1])
    return seconds, words, peak_kib // 1024


# --- the report -------------------------------------------------------------------------

def _line(label: str, value: str) -> None:
    print(f"{label:58} {value}", flush=True)


def timed(label: str, fn: Callable[[], float], words: int, records: int) -> float:
    seconds = fn()
    _line(label, f"{words / seconds:>10,.0f} words/s  {records / seconds:>8,.1f} records/s")
    return words / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3000,
                        help="size of the corpus the sample is drawn from (the whole period)")
    parser.add_argument("--sample", type=int, default=1000,
                        help="records drawn at random from the corpus; every configuration "
                             "runs on these same records")
    parser.add_argument("--memory-records", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds of the throughput measurements (median kept)")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write the numbers to this JSON file")
    args = parser.parse_args()
    if args.quick:
        args.records, args.sample, args.memory_records = 200, 60, [2000]
        args.rounds = 1
    results: dict[str, object] = {"cpu_count": os.cpu_count(), "python": sys.version.split()[0]}
    sample = sample_records(args.records, args.sample)
    texts = [record["text"] for record in sample]
    words = word_count(texts)
    print(f"sample: {len(texts)} records drawn at random from {args.records} synthetic "
          f"records ({sample[0]['date']} to {sample[-1]['date']}), {words:,} words; "
          f"every configuration runs on these\n")
    results["sample"] = {"records": len(texts), "words": words, "corpus": args.records,
                         "first_date": sample[0]["date"], "last_date": sample[-1]["date"]}
    # Rounds interleave the configurations, so that a machine that speeds up or slows down
    # during the run (a shared host) biases no configuration; each rate is the median of its
    # rounds, and the ratios of each round are printed beside the ratio of the medians.
    by_round: dict[str, list[float]] = {}
    for number in range(1, args.rounds + 1):
        print(f"round {number} of {args.rounds}")
        for kind in ("baseline", "accurate", "fast"):
            for workers in (1, 2):
                by_round.setdefault(f"{kind}_{workers}", []).append(timed(
                    f"  {kind:9} {workers} worker{'s' if workers > 1 else ''}",
                    lambda k=kind, w=workers: throughput(k, texts, w), words, len(texts)))
    rates = {key: statistics.median(values) for key, values in by_round.items()}
    print(f"\nmedian of {args.rounds} round(s)")
    for key, rate in rates.items():
        _line(f"  {key}", f"{rate:>12,.0f} words/s")
    print()
    base = rates["baseline_1"]
    for key, rate in rates.items():
        _line(f"ratio {key} / baseline_1", f"{rate / base:>10.1f}x")
    _line("fast: 2 workers / 1 worker", f"{rates['fast_2'] / rates['fast_1']:>10.2f}x")
    # The same ratios paired within each round (measured minutes apart, not the whole run
    # apart), and their median: the steadier figure on a host whose speed drifts.
    paired = {
        "fast_1 / baseline_1": [fast / baseline for fast, baseline in zip(
            by_round["fast_1"], by_round["baseline_1"], strict=True)],
        "fast 2 workers / 1 worker": [two / one for two, one in zip(
            by_round["fast_2"], by_round["fast_1"], strict=True)],
    }
    for label, ratios in paired.items():
        _line(f"{label}, each round", ", ".join(f"{ratio:.2f}x" for ratio in ratios))
        _line(f"{label}, median of the rounds", f"{statistics.median(ratios):>10.2f}x")
    results["paired_ratios_by_round"] = paired
    results["words_per_second"] = rates
    results["words_per_second_by_round"] = by_round
    print()
    median, p95, draft_words = check_latency()
    _line(f"check latency, {draft_words}-word draft, accurate, warm",
          f"median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    page, page_words = draft_page_seconds()
    _line(f"draft page answers a {page_words}-word draft (AppTest, warm)",
          f"median {page * 1000:.0f} ms")
    results["draft_page_median_ms"] = page * 1000
    load = model_load_seconds()
    _line("model load (fresh process: pipeline + classifier)", f"{load:.2f} s")
    classify = classify_seconds()
    _line("classify 10,000 sentences, model loaded", f"{classify:.2f} s")
    redaction = redaction_seconds()
    _line("redact 1,000 flagged sentences, model loaded", f"{redaction:.2f} s")
    for size in (100_000,) if args.quick else (100_000, 1_000_000):
        for use_model in (False, True):
            seconds = long_record_seconds(size, use_model)
            _line(f"redact one {size // 1000:,} KB record, "
                  f"{'with' if use_model else 'without'} the entity model", f"{seconds:.2f} s")
            results[f"redact_{size // 1000}kb_{'model' if use_model else 'rules'}_s"] = seconds
    annotate_s, annotate_words = annotate_seconds()
    _line(f"annotate a {annotate_words:,}-word .docx with comments, warm",
          f"{annotate_s:.2f} s")
    compare_s, source_words, compared_words = compare_seconds()
    _line(f"compare a {compared_words:,}-word draft with a {source_words:,}-word transcript",
          f"median {compare_s:.2f} s (warm)")
    results["compare_s"] = compare_s
    results.update(check_median_ms=median * 1000, check_p95_ms=p95 * 1000,
                   model_load_s=load, classify_10k_s=classify, redact_1k_s=redaction,
                   annotate_docx_s=annotate_s)
    agree = agreement(texts)
    _line("fast/accurate: accurate wording findings found by fast",
          f"{agree['accurate_found_by_fast']:.1%} of {agree['accurate_wording_findings']}")
    _line("fast/accurate: fast wording findings found by accurate",
          f"{agree['fast_found_by_accurate']:.1%}")
    _line("fast/accurate: sentence labels agree",
          f"{agree['sentence_label_agreement']:.1%} of {agree['sentences']} sentences")
    results["agreement"] = agree
    print()
    with tempfile.TemporaryDirectory() as folder:
        audit_records = min(args.records, 2000)  # the audit reads a whole export file
        for workers in (1, 2):
            seconds, audit_words, peak = audit_run(audit_records, workers, Path(folder))
            _line(f"audit {audit_records} records into SQLite, --workers {workers}",
                  f"{audit_words / seconds:>10,.0f} words/s  {audit_records / seconds:>8,.1f} "
                  f"records/s (process start and model load included)")
            results[f"audit_workers_{workers}"] = {"seconds": seconds, "words": audit_words}
        for records in args.memory_records:
            seconds, _, peak = audit_run(records, 2, Path(folder))
            _line(f"audit {records:,} records streamed into SQLite, --workers 2",
                  f"peak memory {peak:,} MiB (largest process), {seconds:.0f} s")
            results[f"audit_peak_mib_{records}"] = peak
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(f"\nmax RSS of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")


if __name__ == "__main__":
    main()
