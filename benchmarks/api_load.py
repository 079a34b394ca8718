"""Load on ``sos-lang serve``: 8 concurrent clients send 2,000 requests in all, each a
300-word note, to a server on 127.0.0.1, with ``--workers 1`` and ``--workers 2``.

Prints p50, p95 and p99 latency, throughput, errors, the server's memory (all its
processes) before and after and its CPU time a request; and, measured in the same run on
the same texts, ``analyse_many`` in this process, the throughput the server is compared
with. On a shared host compare the ratios and CPU times within one run, not across runs.

Usage: python benchmarks/api_load.py [--requests 2000] [--clients 8] [--profile fast]
Nothing here is a test: numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sos_lang.api.local import HOST, free_port, start_server, stop_server  # noqa: E402
from sos_lang.demo import generate_records  # noqa: E402


def notes(count: int, words: int = 300) -> list[str]:
    """``count`` notes of about ``words`` words, joined from synthetic records."""
    pool = " ".join(record["text"] for record in generate_records(400, seed=17)).split()
    return [" ".join(pool[(i * 97) % (len(pool) - words):][:words]) for i in range(count)]


def server_usage(pid: int) -> tuple[float, float]:
    """The server's memory (MiB) and CPU seconds so far, all its processes together."""
    import psutil

    parent = psutil.Process(pid)
    processes = [parent, *parent.children(recursive=True)]
    return (sum(p.memory_info().rss for p in processes) / (1024 * 1024),
            sum(p.cpu_times().user + p.cpu_times().system for p in processes))


def check_request(port: int, text: str, profile: str) -> bytes:
    """A whole POST /v1/check request, encoded once before the clock starts."""
    body = json.dumps({"text": text, "profile": profile}).encode()
    return (f"POST /v1/check HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body


async def client(port: int, requests: Iterator[bytes], results: list[tuple[float, int]]
                 ) -> None:
    """One caller on one kept-alive connection (as a case system would hold one), sending
    the next request of those left when the answer to its last has been read. Lean (the
    requests are encoded beforehand, one thread drives every caller) so that the load
    generator takes little of the CPU it shares with the server."""
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for request in requests:
            started = time.perf_counter()
            writer.write(request)
            try:
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
            except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
                status = 0
            results.append((time.perf_counter() - started, status))
    finally:
        writer.close()


def send_all(port: int, requests: list[bytes], clients: int) -> tuple[list[tuple[float, int]],
                                                                       float]:
    """``clients`` callers at once share the requests; their latencies and statuses, and
    the seconds it all took."""
    results: list[tuple[float, int]] = []
    left = iter(requests)

    async def run() -> None:
        await asyncio.gather(*(client(port, left, results) for _ in range(clients)))

    started = time.perf_counter()
    asyncio.run(run())
    return results, time.perf_counter() - started


def load(workers: int, texts: list[str], clients: int, profile: str) -> dict[str, float]:
    port = free_port()
    process = start_server(port, "--workers", str(workers), capture=False)
    try:
        requests = [check_request(port, text, profile) for text in texts]
        send_all(port, requests[:clients * 4], clients)  # every worker has run
        before, cpu_before = server_usage(process.pid)
        results, elapsed = send_all(port, requests, clients)
        after, cpu_after = server_usage(process.pid)
    finally:
        stop_server(process)
    latencies = sorted(seconds for seconds, _ in results)
    quantile = statistics.quantiles(latencies, n=100)
    return {"p50_ms": quantile[49] * 1000, "p95_ms": quantile[94] * 1000,
            "p99_ms": quantile[98] * 1000, "requests_per_s": len(texts) / elapsed,
            "errors": sum(status != 200 for _, status in results),
            "memory_before_mib": before, "memory_after_mib": after,
            "server_cpu_ms": (cpu_after - cpu_before) / len(texts) * 1000}


def in_process(texts: list[str], profile: str) -> tuple[float, float]:
    """Texts a second through ``analyse_many`` in this process, after a warm-up, and the
    CPU milliseconds a text."""
    from sos_lang.analysis import analyse_many

    list(analyse_many(texts[:20], profile=profile))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in analyse_many(texts, profile=profile):
        pass
    return (len(texts) / (time.perf_counter() - started),
            (time.process_time() - cpu) / len(texts) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--profile", choices=("fast", "accurate"), default="fast")
    args = parser.parse_args()
    texts = notes(args.requests)
    print(f"{args.requests} requests of {len(texts[0].split())} words, {args.clients} clients, "
          f"profile {args.profile}, {os.cpu_count()} CPUs")
    baseline, cpu_ms = in_process(texts, args.profile)
    print(f"{'analyse_many in process':32} {baseline:8.1f} texts/s, CPU {cpu_ms:.2f} ms a text")
    for workers in (1, 2):
        result = load(workers, texts, args.clients, args.profile)
        print(f"{f'serve --workers {workers}':32} {result['requests_per_s']:8.1f} requests/s "
              f"({result['requests_per_s'] / baseline:.0%} of in process), "
              f"p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
              f"p99 {result['p99_ms']:.0f} ms, errors {result['errors']:.0f}, "
              f"memory {result['memory_before_mib']:.0f} -> "
              f"{result['memory_after_mib']:.0f} MiB, server CPU "
              f"{result['server_cpu_ms']:.2f} ms a request")


if __name__ == "__main__":
    main()
