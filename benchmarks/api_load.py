"""Load on ``sos-lang serve``: 8 concurrent clients send 2,000 requests in all, each a
300-word note, to a server on 127.0.0.1, with ``--workers 1`` and ``--workers 2``.

Prints p50, p95 and p99 latency, throughput, errors, and the server's memory (all its
processes) before and after; and, measured in the same run on the same texts,
``analyse_many`` in this process, the throughput the server is compared with.

Usage: python benchmarks/api_load.py [--requests 2000] [--clients 8] [--profile fast]
Nothing here is a test: numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sos_lang.demo import generate_records  # noqa: E402


def notes(count: int, words: int = 300) -> list[str]:
    """``count`` notes of about ``words`` words, joined from synthetic records."""
    pool = " ".join(record["text"] for record in generate_records(400, seed=17)).split()
    return [" ".join(pool[(i * 97) % (len(pool) - words):][:words]) for i in range(count)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_memory_mib(pid: int) -> float:
    import psutil

    process = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]
               ) / (1024 * 1024)


_connections = threading.local()


def post(port: int, text: str, profile: str) -> tuple[float, int]:
    """One check request on this client thread's kept-alive connection, as a case system
    calling the API would hold one."""
    body = json.dumps({"text": text, "profile": profile}).encode()
    started = time.perf_counter()
    held = _connections.__dict__.setdefault("by_port", {})
    connection = held.get(port)
    if connection is None:
        connection = held[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("POST", "/v1/check", body=body,
                           headers={"content-type": "application/json"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except (OSError, http.client.HTTPException):
        connection.close()
        del held[port]
        status = 0
    return time.perf_counter() - started, status


def wait_ready(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server stopped before it was ready")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server was not ready within 300 s")


def load(workers: int, texts: list[str], clients: int, profile: str) -> dict[str, float]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "sos_lang", "serve", "--port", str(port),
                                "--workers", str(workers)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_ready(port, process)
        for text in texts[:clients * 2]:  # every worker has run once
            post(port, text, profile)
        before = server_memory_mib(process.pid)
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda text: post(port, text, profile), texts))
        elapsed = time.perf_counter() - started
        after = server_memory_mib(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=60)
    latencies = sorted(seconds for seconds, _ in results)
    quantile = statistics.quantiles(latencies, n=100)
    return {"p50_ms": quantile[49] * 1000, "p95_ms": quantile[94] * 1000,
            "p99_ms": quantile[98] * 1000, "requests_per_s": len(texts) / elapsed,
            "errors": sum(status != 200 for _, status in results),
            "memory_before_mib": before, "memory_after_mib": after}


def in_process(texts: list[str], profile: str) -> float:
    """Texts a second through ``analyse_many`` in this process, after a warm-up."""
    from sos_lang.analysis import analyse_many

    list(analyse_many(texts[:20], profile=profile))
    started = time.perf_counter()
    for _ in analyse_many(texts, profile=profile):
        pass
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--profile", choices=("fast", "accurate"), default="fast")
    args = parser.parse_args()
    texts = notes(args.requests)
    print(f"{args.requests} requests of {len(texts[0].split())} words, {args.clients} clients, "
          f"profile {args.profile}, {os.cpu_count()} CPUs")
    baseline = in_process(texts, args.profile)
    print(f"{'analyse_many in process':32} {baseline:8.1f} texts/s")
    for workers in (1, 2):
        result = load(workers, texts, args.clients, args.profile)
        print(f"{f'serve --workers {workers}':32} {result['requests_per_s']:8.1f} requests/s "
              f"({result['requests_per_s'] / baseline:.0%} of in process), "
              f"p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
              f"p99 {result['p99_ms']:.0f} ms, errors {result['errors']:.0f}, "
              f"memory {result['memory_before_mib']:.0f} -> "
              f"{result['memory_after_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
