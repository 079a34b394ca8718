"""Choose the held-out groups of the statement corpus (run once per new corpus part).

Within each part file, groups are ordered by the SHA-256 of their name and taken
until at least 22% of that part's sentences are held out. The choice depends
only on group names and sizes, so it is reproducible; once written,
heldout_groups.txt is the split and is never tuned against.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

SHARE = 0.22
folder = Path(__file__).resolve().parent.parent / "sos_lang" / "data" / "statements"
chosen: list[str] = []
for part in sorted(folder.glob("*.jsonl")):
    rows = [json.loads(line) for line in part.read_text().splitlines() if line]
    sizes = Counter(row["group"] for row in rows if not row.get("is_heading"))
    total, held = sum(sizes.values()), 0
    for group in sorted(sizes, key=lambda name: hashlib.sha256(name.encode()).hexdigest()):
        if held >= SHARE * total:
            break
        chosen.append(group)
        held += sizes[group]
    print(f"{part.name}: {held} of {total} sentences held out")
header = "# Held-out groups of the statement corpus: never used for training or tuning.\n"
(folder / "heldout_groups.txt").write_text(header + "\n".join(sorted(chosen)) + "\n")
