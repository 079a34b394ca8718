#!/usr/bin/env bash
# The first score of each development set: the set as it was added, scored by the code of
# the commit just before the one that added it, so before anything was tuned on it. It
# reads the git history, so run it in a checkout; each set takes a minute or two.
#   scripts/first_scores.sh            # every lexicon_dev*/redaction_dev* set
# Lexicon sets: precision, recall and false alarms (accurate profile). Redaction sets:
# names and structured recall and precision as that commit's evaluation counted them
# (any overlap, with the items' family names).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="${PYTHON:-$root/.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
for file in $(git log --diff-filter=A --format= --name-only -- \
                'sos_lang/data/eval/*_dev*.jsonl' 'eval/*_dev*.jsonl' | sort -u); do
  added=$(git log --diff-filter=A --format=%h -- "$file" | tail -n 1)
  name=$(basename "$file")
  tree="$work/$added"
  if [ ! -d "$tree" ]; then mkdir -p "$tree" && git archive "$added^" | tar -x -C "$tree"; fi
  git show "$added:$file" > "$work/$name"
  (cd "$work" && PYTHONPATH="$tree" SOS_LANG_CACHE="$work/cache-$added" "$py" - "$name" "$added" <<'PY'
import json
import sys
from pathlib import Path

name, commit = sys.argv[1], sys.argv[2]
items = [json.loads(line) for line in Path(name).read_text(encoding="utf-8").splitlines()
         if line.strip()]
if name.startswith("lexicon"):
    from sos_lang.lexicon.evaluate import evaluate_lexicon

    r = evaluate_lexicon(items)
    print(f"{name}\tscored by {commit}^\t{len(items)} items\tprecision {r['precision']:.3f}"
          f"\trecall {r['recall']:.3f}\tfalse alarms {r['false_alarm_rate']:.1%} of "
          f"{r['clean_items']}", flush=True)
else:
    from sos_lang.redact_evaluate import evaluate_redaction

    r = evaluate_redaction(items)
    print(f"{name}\tscored by {commit}^\t{len(items)} items\tnames recall "
          f"{r['names_recall']:.3f}\tstructured recall {r['structured_recall']:.3f}"
          f"\tprecision {r['precision']:.3f}", flush=True)
PY
  )
done
