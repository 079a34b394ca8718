"""Instruction count of `fast` as benchmarks/run.py times it, for a load-independent
before/after comparison on a busy host.

A fresh process is warmed on one sentence (as ``throughput`` warms its workers), then
analyses ``--records`` records drawn as the benchmark draws its sample (at random from its
3,000-record corpus), in chunks of 50; callgrind
counts instructions for that pass only (its client requests, from a tiny library built
with the system C compiler and valgrind's ``callgrind.h``).

Usage: valgrind --tool=callgrind --instr-atstart=no python benchmarks/instructions.py
       [--records 300]; then ``callgrind_annotate callgrind.out.<pid>.1`` (the part dumped
       as "measured") gives the total.
"""

from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _run_chunk, _warm, sample_records

_CLIENT = """#include <valgrind/callgrind.h>
void measure_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void measure_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT("measured"); }
"""


def _client(folder: Path) -> ctypes.CDLL:
    source, library = folder / "client.c", folder / "client.so"
    source.write_text(_CLIENT)
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(library), str(source)],
                   check=True)
    return ctypes.CDLL(str(library))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300)
    args = parser.parse_args()
    texts = [record["text"] for record in sample_records(3000, args.records)]
    chunks = [texts[i:i + 50] for i in range(0, len(texts), 50)]
    with tempfile.TemporaryDirectory() as folder:
        client = _client(Path(folder))
        _warm("fast")
        _run_chunk("fast", ["Warm."])
        client.measure_start()
        for chunk in chunks:
            _run_chunk("fast", chunk)
        client.measure_stop()


if __name__ == "__main__":
    main()
