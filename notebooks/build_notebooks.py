"""Build the notebooks in this folder from the cell sources below, with outputs cleared.

    .venv/bin/python notebooks/build_notebooks.py          # (re)write the .ipynb files
    .venv/bin/python notebooks/build_notebooks.py --check  # exit 1 if any file is out of date

Edit the cells here, not in the .ipynb files: the notebooks are generated, and a test
checks that they match this script. Cell ids are fixed, so a rebuild of unchanged
sources gives byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

Cells = list[tuple[str, str]]

# ---------------------------------------------------------------------------------------------
# 01: the statement classifier and the lexicons on their held-out data
# ---------------------------------------------------------------------------------------------

EVALUATE: Cells = [("md", """
# How good are the classifier and the lexicons? Held-out evaluation

This notebook measures the two parts of sos_lang that make judgements, on data they were
not built from:

1. **The statement classifier** gives every sentence one Signs of Safety label (`harm`,
   `danger`, `complicating`, `strength`, `safety`, `goal`, `next_step`, `other`) and the
   `opinion_as_fact` flag. It is scored on the **held-out split** of the shipped corpus:
   whole invented families listed in `sos_lang/data/statements/heldout_groups.txt`,
   never used for training or tuning.
2. **The lexicons** flag deficit and jargon wording. They are scored on the **held-out
   test part** of `eval/lexicon_heldout.jsonl` (`heldout_test_items()`):
   about a third of that set (the dev part) may be looked at while building the
   lexicons, the rest is only ever reported, as here.

Every conclusion below is computed from the numbers, so it stays true when the model,
the corpus or the lexicons change. The notebook runs offline and writes nothing except
the classifier's usual JSON cache (`~/.cache/sos_lang/`, or `$SOS_LANG_CACHE`).
"""), ("code", """
import altair as alt
import numpy as np
import pandas as pd
from IPython.display import display
from sklearn.metrics import f1_score

from sos_lang.evaluation.lexicon import (
    evaluate_lexicon,
    heldout_path,
    heldout_test_items,
    load_items,
)
from sos_lang.lexicon.schema import VOCABULARY_SUBTYPES
from sos_lang.statements.corpus import COLUMNS, LABELS, split_corpus
from sos_lang.evaluation.statements import evaluate, format_evaluation
from sos_lang.statements.model import default_model

# Static SVG charts drawn locally by vl-convert: no JavaScript from a CDN, viewable offline.
alt.renderers.enable("svg")
pd.set_option("display.max_colwidth", 140)

# The bars this notebook checks against; change them here and every conclusion follows.
# 0.85 macro-F1 is the project's target for the classifier. It sits just above the
# 0.79-0.84 macro-F1 reported for research classifiers of stigmatising language in health
# records (shared domain notes). The other bars are this notebook's working choices.
MACRO_F1_TARGET = 0.85
HARM_DANGER_TARGET = 0.85
OPINION_TARGET = 0.85
LEXICON_PRECISION_TARGET = 0.90
LEXICON_RECALL_TARGET = 0.90
FALSE_ALARM_CEILING = 0.10
BOOTSTRAP_RESAMPLES = 1000
SEED = 20240611


def verdict(value: float, target: float) -> str:
    return "meets" if value >= target else "does not meet"
"""), ("md", """
## 1. The statement classifier on the held-out split

`evaluate()` trains (or loads from the cache) the default model on the training split
and scores it on the held-out families. `format_evaluation()` prints the same table as
`sos-lang evaluate`.
"""), ("code", """
train, heldout = split_corpus()
train_families = {s.group for s in train}
heldout_families = {s.group for s in heldout}
assert not train_families & heldout_families, "a family is on both sides of the split"

model = default_model()
result = evaluate(model, heldout)
print(f"Training: {len(train)} sentences from {len(train_families)} families. "
      f"Held out: {len(heldout)} sentences from {len(heldout_families)} other families.\\n")
print(format_evaluation(result))
"""), ("code", """
per_label = pd.DataFrame.from_dict(result["per_label"], orient="index").rename_axis("label")
per_label.insert(0, "column", per_label.index.map(COLUMNS))
display(per_label.style.format({"precision": "{:.3f}", "recall": "{:.3f}", "f1": "{:.3f}"})
        .set_caption("Per-label precision, recall and F1 on the held-out split"))

macro = result["macro_f1"]
harm_danger = result["harm_vs_danger_f1"]
opinion = result["opinion_as_fact_f1"]
print(f"macro-F1 is {macro:.3f}, which {verdict(macro, MACRO_F1_TARGET)} "
      f"the {MACRO_F1_TARGET:.2f} target.")
print(f"harm-vs-danger F1 (worries versus evidence) is {harm_danger:.3f}, which "
      f"{verdict(harm_danger, HARM_DANGER_TARGET)} the {HARM_DANGER_TARGET:.2f} bar.")
print(f"opinion_as_fact F1 is {opinion:.3f}, which {verdict(opinion, OPINION_TARGET)} "
      f"the {OPINION_TARGET:.2f} bar.")
weakest, strongest = per_label["f1"].idxmin(), per_label["f1"].idxmax()
below = [label for label in LABELS if per_label.loc[label, "f1"] < MACRO_F1_TARGET]
print(f"The weakest label is {weakest} (F1 {per_label.loc[weakest, 'f1']:.3f}) and the "
      f"strongest {strongest} (F1 {per_label.loc[strongest, 'f1']:.3f}); "
      + (f"{len(below)} of {len(LABELS)} labels {'is' if len(below) == 1 else 'are'} below "
         f"{MACRO_F1_TARGET:.2f} individually: {', '.join(below)}." if below else
         f"every label is at or above {MACRO_F1_TARGET:.2f} individually."))
"""), ("md", """
### How much could these numbers move with other families?

The held-out sentences come in families, and sentences of one family are alike. A
bootstrap that resamples whole **families** (not sentences) gives an honest 95% interval
for macro-F1.
"""), ("code", """
texts = [s.text for s in heldout]
predictions = model.classify(texts)
gold = np.array([s.label for s in heldout])
predicted = np.array([p.label for p in predictions])
check = f1_score(gold, predicted, labels=list(LABELS), average="macro", zero_division=0)
assert abs(check - macro) < 0.0015, "predictions differ from evaluate()"

family_names = sorted(heldout_families)
rows_of = {name: np.array([i for i, s in enumerate(heldout) if s.group == name])
           for name in family_names}
rng = np.random.default_rng(SEED)
scores = []
for _ in range(BOOTSTRAP_RESAMPLES):
    chosen = rng.integers(0, len(family_names), size=len(family_names))
    rows = np.concatenate([rows_of[family_names[k]] for k in chosen])
    scores.append(f1_score(gold[rows], predicted[rows], labels=list(LABELS),
                           average="macro", zero_division=0))
low, high = np.percentile(scores, [2.5, 97.5])
if low >= MACRO_F1_TARGET:
    where = "the whole interval is at or above the target"
elif high < MACRO_F1_TARGET:
    where = "the whole interval is below the target"
else:
    where = "the target lies inside the interval, so these families cannot settle it"
print(f"macro-F1 {macro:.3f}, 95% family-bootstrap interval {low:.3f} to {high:.3f} "
      f"({BOOTSTRAP_RESAMPLES} resamples of {len(family_names)} families): {where}.")
"""), ("md", """
### Confusion matrix

Rows are the gold label, columns the predicted one; the colour is the share of the gold
row (on a square-root scale, so small confusions show), the number the count of sentences.
"""), ("code", """
matrix = pd.DataFrame(result["confusion_matrix"]["rows_gold_columns_predicted"],
                      index=list(LABELS), columns=list(LABELS))
cells = (matrix.rename_axis("gold").reset_index()
         .melt(id_vars="gold", var_name="predicted", value_name="sentences"))
cells["share"] = cells["sentences"] / cells.groupby("gold")["sentences"].transform("sum")
base = alt.Chart(cells).encode(
    x=alt.X("predicted:N", sort=list(LABELS), title="predicted label",
            axis=alt.Axis(labelAngle=-35)),
    y=alt.Y("gold:N", sort=list(LABELS), title="gold label"))
heat = base.mark_rect().encode(
    color=alt.Color("share:Q", scale=alt.Scale(type="sqrt", scheme="blues", domain=[0, 1]),
                    title="share of gold row"),
    tooltip=["gold", "predicted", "sentences", alt.Tooltip("share:Q", format=".1%")])
counts = base.mark_text(fontSize=12).encode(
    text="sentences:Q",
    color=alt.condition(alt.datum.share > 0.5, alt.value("white"), alt.value("black")))
(heat + counts).properties(
    width=380, height=380,
    title=f"Statement classifier, held-out split ({result['sentences']} sentences)")
"""), ("md", """
### Which sentences does it get wrong?

The confused pairs, most frequent first, with a few misclassified held-out sentences
each (the most confident mistakes first, since nothing downstream questions those).
"""), ("code", """
TOP_PAIRS = 5
EXAMPLES_PER_PAIR = 3
outcomes = pd.DataFrame({
    "text": texts, "gold": gold, "predicted": predicted,
    "confidence": [p.confidence for p in predictions],
    "gold_opinion": [s.opinion_as_fact for s in heldout],
    "predicted_opinion": [p.opinion_as_fact for p in predictions]})
wrong = outcomes.loc[outcomes["gold"] != outcomes["predicted"]]
pairs = (wrong.groupby(["gold", "predicted"]).size().rename("sentences").reset_index()
         .sort_values(["sentences", "gold", "predicted"], ascending=[False, True, True]))
pairs["same column"] = pairs["gold"].map(COLUMNS) == pairs["predicted"].map(COLUMNS)
display(pairs.head(10).reset_index(drop=True))

for pair in pairs.head(TOP_PAIRS).itertuples():
    print(f"\\ngold {pair.gold} -> predicted {pair.predicted} ({pair.sentences} sentences)")
    mine = wrong.loc[(wrong["gold"] == pair.gold) & (wrong["predicted"] == pair.predicted)]
    mine = mine.sort_values(["confidence", "text"], ascending=[False, True])
    for row in mine.head(EXAMPLES_PER_PAIR).itertuples():
        print(f"  [{row.confidence:.2f}] {row.text}")
"""), ("code", """
gold_column = wrong["gold"].map(COLUMNS)
predicted_column = wrong["predicted"].map(COLUMNS)
within = int((gold_column == predicted_column).sum())
flipped = int((((gold_column == "worried") & (predicted_column == "working_well"))
               | ((gold_column == "working_well") & (predicted_column == "worried"))).sum())
confident = int((wrong["confidence"] >= 0.8).sum())
share = len(wrong) / len(outcomes)
print(f"{len(wrong)} of {len(outcomes)} held-out sentences are misclassified ({share:.1%}).")
if len(wrong):
    inside = pairs.loc[pairs["same column"]]
    example = (f"most often {inside.iloc[0]['gold']} read as {inside.iloc[0]['predicted']}"
               if len(inside) else "none")
    print(f"{within} of them ({within / len(wrong):.0%}) stay in the right Signs of Safety "
          f"column ({example}); {len(wrong) - within} cross columns, and {flipped} of "
          "those put a worry under 'what is working well' or the reverse.")
    print(f"{confident} errors ({confident / len(wrong):.0%}) were made with confidence 0.8 "
          "or more.")
    top = pairs.iloc[0]
    print(f"The most frequent confusion is gold {top['gold']} read as {top['predicted']} "
          f"({top['sentences']} sentences).")

opinion_fp = outcomes.loc[~outcomes["gold_opinion"] & outcomes["predicted_opinion"]]
opinion_fn = outcomes.loc[outcomes["gold_opinion"] & ~outcomes["predicted_opinion"]]
print(f"\\nopinion_as_fact: {len(opinion_fp)} sentences flagged that should not be, "
      f"{len(opinion_fn)} missed. A few of each:")
for name, frame in (("flagged, should not be", opinion_fp), ("missed", opinion_fn)):
    for text in sorted(frame["text"])[:3]:
        print(f"  {name}: {text}")
"""), ("md", """
### What the errors teach

Read the examples above beside the labelling guide. Whatever the exact counts, four
things follow from how the model and the data are built:

- **Where errors fall matters more than how many there are.** A confusion inside one
  column (harm and danger, strength and safety, goal and next step) keeps the sentence
  in the right part of the assessment. A confusion across columns, above all a worry
  read as something working well or the reverse, changes what a reader takes from the
  record. The computed lines above say how this model's errors split.
- **Boundaries drawn by tie-breaks are the hard ones.** The guide separates several
  pairs by rule rather than by vocabulary: past and specific beats future (harm against
  danger), protective action actually taken against a good quality (safety against
  strength), a professional's action against the family's behaviour (next step against
  goal). A word-based model can only learn these rules from examples, so if the listed
  mistakes are sentences a careful reader would also need the tie-break for, more
  labelled examples near those boundaries will help more than new features.
- **Confident mistakes need a human.** The pipeline reports a confidence per sentence;
  low-confidence labels are a prompt for the writer or reviewer to check, but a
  confident mistake passes silently. The share of confident errors is printed above.
- **These are invented families written from the same guide as the training data.** The
  numbers say how consistently the model applies the guide, not how it will do on one
  authority's real records; the family-bootstrap interval shows how far the numbers
  move when the families change. Check a sample of real, labelled local sentences before
  relying on the labels in an audit.
"""), ("md", """
## 2. The lexicons on the held-out test part of the lexicon set

`evaluate_lexicon()` analyses every item and compares the deficit and jargon findings
with the gold spans: a finding counts when it overlaps a gold span of the same subtype.
The **false-alarm rate** is the share of items with no gold flag on which anything is
flagged.
"""), ("code", """
all_items = load_items(heldout_path())
test_items = heldout_test_items()
print(f"The lexicon set has {len(all_items)} items; {len(test_items)} form the held-out "
      f"test part reported here. The other {len(all_items) - len(test_items)} are the dev "
      "part, which may be looked at while building the lexicons, so it is not reported.")
lexicon_result = evaluate_lexicon(test_items)
kind_of = {subtype: kind for kind in ("deficit", "jargon")
           for subtype in VOCABULARY_SUBTYPES[kind]}


def wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    \"\"\"95% Wilson interval for a proportion; NaN when there is nothing to count.\"\"\"
    if total == 0:
        return float("nan"), float("nan")
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * np.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return centre - half, centre + half


def interval_text(low: float, high: float) -> str:
    return "-" if np.isnan(low) else f"{low:.2f} to {high:.2f}"


rows = []
for subtype, row in lexicon_result["per_subtype"].items():
    # evaluate_lexicon reports 1.0 when there is nothing to count; show that as blank
    found_right = round(row["precision"] * row["predicted"])
    gold_found = round(row["recall"] * row["gold"])
    rows.append({
        "kind": kind_of[subtype], "subtype": subtype,
        "gold spans": row["gold"], "flagged": row["predicted"],
        "precision": row["precision"] if row["predicted"] else np.nan,
        "precision 95% CI": interval_text(*wilson(found_right, row["predicted"])),
        "recall": row["recall"] if row["gold"] else np.nan,
        "recall 95% CI": interval_text(*wilson(gold_found, row["gold"]))})
per_subtype = pd.DataFrame(rows).set_index("subtype")
display(per_subtype.style.format({"precision": "{:.3f}", "recall": "{:.3f}"}, na_rep="-")
        .set_caption("Lexicons on the held-out test part, per subtype"))
"""), ("code", """
precision = lexicon_result["precision"]
recall = lexicon_result["recall"]
false_alarms = lexicon_result["false_alarm_rate"]
clean = lexicon_result["clean_items"]
print(f"Over all subtypes precision is {precision:.3f}, which "
      f"{verdict(precision, LEXICON_PRECISION_TARGET)} the {LEXICON_PRECISION_TARGET:.2f} bar, "
      f"and recall is {recall:.3f}, which {verdict(recall, LEXICON_RECALL_TARGET)} "
      f"the {LEXICON_RECALL_TARGET:.2f} bar.")
print(f"False alarms: {false_alarms:.1%} of the {clean} items that must not be flagged got a "
      f"flag ({round(false_alarms * clean)} items), which is "
      f"{'within' if false_alarms <= FALSE_ALARM_CEILING else 'above'} the "
      f"{FALSE_ALARM_CEILING:.0%} ceiling.")
counted = per_subtype.dropna(subset=["recall"])
if not counted.empty:
    low_recall = counted["recall"].idxmin()
    print(f"Lowest recall: {low_recall} ({counted.loc[low_recall, 'recall']:.3f} over "
          f"{counted.loc[low_recall, 'gold spans']} gold spans).")
flagged_any = per_subtype.dropna(subset=["precision"])
if not flagged_any.empty:
    low_precision = flagged_any["precision"].idxmin()
    print(f"Lowest precision: {low_precision} ({flagged_any.loc[low_precision, 'precision']:.3f}"
          f" over {flagged_any.loc[low_precision, 'flagged']} flags).")
smallest = per_subtype["gold spans"].idxmin()
print(f"The smallest subtype, {smallest}, has {per_subtype.loc[smallest, 'gold spans']} gold "
      f"spans (recall interval {per_subtype.loc[smallest, 'recall 95% CI']}), so single "
      "subtypes move a lot with one or two items; read the intervals, not the third decimal.")
"""), ("code", """
errors = pd.DataFrame(lexicon_result["errors"],
                      columns=["id", "type", "subtype", "span", "text"])
misses = errors.loc[errors["type"] == "missed"]
alarms = errors.loc[errors["type"] == "false alarm"]
print(f"{len(misses)} gold spans missed, {len(alarms)} flags that match no gold span.")
print("Some misses:")
display(misses[["id", "subtype", "span", "text"]].head(8).reset_index(drop=True))
print("Some false alarms:")
display(alarms[["id", "subtype", "span", "text"]].head(8).reset_index(drop=True))
"""), ("md", """
### What the lexicon errors teach

- A **miss** of a word the lexicon lists usually means an exception pattern is too wide
  or an inflection or phrase form is not listed; a miss of a word it does not list is a
  gap in coverage (the set's README names terms beyond the labelling guide's lists).
- A **false alarm** is usually another sense of a listed word, which needs a tight
  exception, or a deficit word followed by concrete detail, which the guide does not
  flag. Sometimes it is a span flagged under a neighbouring subtype: the scorer counts a
  finding only when the subtype matches too.
- Fix from the **dev part** of the set and from new examples, never from the test items
  listed here, then re-run this notebook; otherwise these numbers stop being held out.
"""), ("md", """
## Do the scores move the way practitioners mean? Rewrite pairs

`eval/rewrite_pairs.jsonl` holds before/after rewrites: published ones from recording guides
(each with its address) and our own, each listing the scores its rewrite should raise
(`changed`). A good score rises from the poor version to the improved one: `overall` on
every pair, and each changed dimension on the pairs that changed it. The part (dev or test)
is fixed by the hash of the id; the test part is shown only in totals.
"""), ("code", """
from sos_lang.evaluation.rewrites import load_pairs, part_of, score_pairs, summarise

scored = score_pairs(load_pairs(), profile="fast")
score_names = ["overall", "plain", "jargon", "deficit", "strengths", "evidence"]
movement = pd.DataFrame([
    {"id": pair["id"], "part": part_of(pair), "changed": ", ".join(pair["changed"]),
     **{name: pair["improved_scores"][name] - pair["poor_scores"][name] for name in score_names}}
    for pair in scored])
totals = pd.DataFrame({part: {"pairs": s["pairs"], "overall higher": s["overall_higher"],
                              "changed dimensions higher": s["changed_higher"]}
                       for part in ("dev", "test")
                       for s in [summarise(p for p in scored if part_of(p) == part)]}).T
display(totals)
print("Mean change in each score from the poor to the improved version, by part:")
display(movement.groupby("part")[score_names].mean().round(1))
"""), ("code", """
dev_moves = movement.loc[movement["part"] == "dev"].set_index("id")
chart = alt.Chart(dev_moves.reset_index().melt(
    id_vars=["id", "changed"], value_vars=score_names, var_name="score",
    value_name="change")).mark_bar().encode(
        x=alt.X("change:Q", title="improved minus poor"),
        y=alt.Y("id:N", sort=None, title=None),
        color=alt.condition("datum.change > 0", alt.value("#2a7"), alt.value("#c44")),
        column=alt.Column("score:N", sort=score_names),
        tooltip=["id", "changed", "score", "change"]).properties(width=110)
display(chart)
lowest = dev_moves["overall"].idxmin()
print(f"Dev pairs: overall rose on {int((dev_moves['overall'] > 0).sum())} of {len(dev_moves)}; "
      f"the smallest change is {dev_moves.loc[lowest, 'overall']:+.1f} ({lowest}).")
"""),
]

# ---------------------------------------------------------------------------------------------
# 02: language change after training (quality team)
# ---------------------------------------------------------------------------------------------

CHANGE: Cells = [("md", """
# Has recording changed since the training? A quality team's analysis

The question from the domain notes: one authority trained its staff in two-day courses
from **1 September 2016** (and its practice leads from July 2017). Has the recording
language changed since, which teams moved, and is the change real or noise?

This notebook answers it the way a quality team would, on a **demo export** of invented
records (`write_csv(..., count=1500, seed=7)`) that it writes into a temporary folder,
audits into a temporary SQLite store and deletes at the end. To run it on a real store,
replace the first code cells with `Store("sqlite:///path/to/your.db")`.

Steps: trends per team per quarter with small-number suppression; before/after the
training date per team with Welch's t-test, a 95% confidence interval for the difference
and an effect size (Hedges' g); a chart for the board; one computed sentence per team.
"""), ("code", """
import datetime as dt
import math
import tempfile
from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd
from IPython.display import display

from sos_lang.app.stats import period_start, welch_change
from sos_lang.audit.runner import run_audit
from sos_lang.demo import write_csv
from sos_lang.store import Store
from sos_lang.store.trends import MIN_CELL_RECORDS, trend_table

alt.renderers.enable("svg")  # static charts drawn locally: no CDN, viewable offline

TRAINING_DATE = dt.date(2016, 9, 1)         # two-day courses start
PRACTICE_LEADS_DATE = dt.date(2017, 7, 1)   # practice leads trained
METRIC = "overall"                          # the headline score (0-100, higher is better)
MEASURES = ["overall", "plain", "jargon", "deficit", "strengths", "evidence"]
WINDOW_MONTHS = 12        # compare the year before the training with the year from it
MIN_COMPARE_RECORDS = 10  # fewer on either side: too few records to tell
SMALLEST_CHANGE = 5.0     # points on a 0-100 score that a quality team would call a change

workspace = tempfile.TemporaryDirectory(prefix="sos-lang-notebook-")
workdir = Path(workspace.name)
print(f"Working in a temporary folder, removed at the end: {workdir}")
"""), ("md", """
## 1. Generate a demo export and audit it into a store

`run_audit` analyses every record (fast profile), keeps scores and metrics per record and
never the record text; worker names are replaced by keyed pseudonyms. The key here is a
fixed demo key: for real records use a secret key (`$SOS_LANG_PSEUDONYM_KEY`) that is not
written in a notebook.
"""), ("code", """
export = workdir / "export.csv"
written = write_csv(export, count=1500, seed=7)
store = Store(f"sqlite:///{workdir / 'audit.db'}")
summary = run_audit([str(export)], store, progress=False, key="notebook")
print(f"{written} records exported; {summary.line()}")

records = store.records_frame()
first, last = records["record_date"].min(), records["record_date"].max()
print(f"The store holds {len(records)} records dated {first.day} {first:%b %Y} "
      f"to {last.day} {last:%b %Y}.")
display(records.groupby("team").agg(records=("record_id", "size"),
                                    mean_overall=("score_overall", "mean"))
        .sort_values("records", ascending=False).round(1))
"""), ("md", """
## 2. Trends per team per quarter, with small numbers suppressed

`trend_table` keeps every team-quarter cell but blanks the mean of any cell with fewer
than `MIN_CELL_RECORDS` records, so nobody reads a handful of records as change and
nothing disappears silently. Cells read `mean (records)`; `n<` marks a suppressed cell,
`-` a quarter with no records.
"""), ("code", """
trend = trend_table(records, by="team", freq="quarter", metric=METRIC)
suppressed = int(trend["suppressed"].sum())
print(f"MIN_CELL_RECORDS is {MIN_CELL_RECORDS}. "
      f"{suppressed} of {len(trend)} team-quarter cells ({suppressed / len(trend):.0%}) have "
      f"fewer than {MIN_CELL_RECORDS} records and are suppressed.")
wide = (trend.assign(cell=[f"n<{MIN_CELL_RECORDS}" if hidden else f"{mean:.1f} ({n})"
                           for mean, n, hidden in zip(trend["mean"], trend["records"],
                                                      trend["suppressed"], strict=True)])
        .pivot(index="period", columns="group", values="cell").fillna("-"))
display(wide)
"""), ("md", """
## 3. Before and after the training date, per team

For each team: the records of the **12 months before** 1 September 2016 against the
**12 months from** it.

- **Welch's t-test** (`scipy.stats.ttest_ind(equal_var=False)`, through the dashboard's
  own helper `sos_lang.app.stats.welch_change`) compares the means
  without assuming the two periods vary equally; its **95% confidence interval** is for
  the difference in means (after minus before), in score points.
- **Hedges' g** is the difference in pooled standard deviations, with the small-sample
  correction: about 0.2 is small, 0.5 medium, 0.8 large (Cohen's rough guide).
- **Verdict**: a team *moved* when the interval excludes zero; it *did not move* when
  the interval lies inside plus or minus `SMALLEST_CHANGE` points (it rules out any
  change worth noticing); otherwise it is *too small to tell*: fewer than
  `MIN_COMPARE_RECORDS` records on a side, or an interval too wide to rule out a change
  worth noticing. Fewer than `MIN_CELL_RECORDS` records on a side and no figure is shown.
- With several teams some "moves" can appear by chance, so a **Holm-adjusted p-value**
  across the teams is shown too.

This is a before/after comparison without a control group: it can show that a change is
unlikely to be noise, not that the training caused it. The practice leads' training
starts in the last two months of the after-window.
"""), ("code", """
ALL_TEAMS = "All teams"
training = pd.Timestamp(TRAINING_DATE)


def day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


window = records.loc[(records["record_date"] >= training - pd.DateOffset(months=WINDOW_MONTHS))
                     & (records["record_date"] < training + pd.DateOffset(months=WINDOW_MONTHS))]
is_after = window["record_date"] >= training
late = int((window["record_date"] >= pd.Timestamp(PRACTICE_LEADS_DATE)).sum())
print(f"{(~is_after).sum()} records in the year before, {is_after.sum()} in the year after; "
      f"{late} of the after-records ({late / max(1, is_after.sum()):.0%}) fall on or after "
      f"{day(PRACTICE_LEADS_DATE)}, when practice leads were trained.")


def hedges_g(after: pd.Series, before: pd.Series) -> float:
    n1, n2 = len(after), len(before)
    pooled = math.sqrt(((n1 - 1) * after.var(ddof=1) + (n2 - 1) * before.var(ddof=1))
                       / (n1 + n2 - 2))
    if pooled == 0:
        return float("nan")
    return (after.mean() - before.mean()) / pooled * (1 - 3 / (4 * (n1 + n2) - 9))


def compare(group: str, before: pd.Series, after: pd.Series) -> dict:
    # the dashboard's own Welch test (sos_lang.app.stats.welch_change), plus Hedges' g
    before, after = before.dropna().astype(float), after.dropna().astype(float)
    change = welch_change(group, before, after, min_records=MIN_CELL_RECORDS)
    row = {"team": group, "before": change.before, "after": change.after}
    nan = float("nan")
    if change.suppressed:
        return {**row, "mean before": nan, "mean after": nan, "difference": nan,
                "CI low": nan, "CI high": nan, "p": nan, "hedges g": nan,
                "verdict": "too small to tell", "why": "suppressed: fewer than "
                f"{MIN_CELL_RECORDS} records on a side"}
    row.update({"mean before": change.mean_before, "mean after": change.mean_after,
                "difference": change.difference, "CI low": change.ci_low,
                "CI high": change.ci_high, "p": change.p_value,
                "hedges g": hedges_g(after, before)})
    if min(change.before, change.after) < MIN_COMPARE_RECORDS:
        row.update(verdict="too small to tell",
                   why=f"fewer than {MIN_COMPARE_RECORDS} records on a side")
    elif change.ci_low > 0 or change.ci_high < 0:
        row.update(verdict="moved", why="the 95% interval excludes no change")
    elif change.ci_low > -SMALLEST_CHANGE and change.ci_high < SMALLEST_CHANGE:
        row.update(verdict="did not move",
                   why=f"the 95% interval lies within +/-{SMALLEST_CHANGE:g} points")
    else:
        row.update(verdict="too small to tell",
                   why=f"the 95% interval includes both no change and changes of "
                   f"{SMALLEST_CHANGE:g} points or more")
    return row


def holm(p_values: pd.Series) -> pd.Series:
    \"\"\"Holm's step-down adjustment; NaN stays NaN.\"\"\"
    valid = p_values.dropna().sort_values()
    adjusted, running = {}, 0.0
    for rank, (key, p) in enumerate(valid.items()):
        running = max(running, min(1.0, (len(valid) - rank) * p))
        adjusted[key] = running
    return pd.Series([adjusted.get(key, np.nan) for key in p_values.index], index=p_values.index)


def before_after(metric: str) -> pd.DataFrame:
    column = f"score_{metric}"
    rows = [compare(ALL_TEAMS, window.loc[~is_after, column], window.loc[is_after, column])]
    for team in sorted(window["team"].dropna().unique()):
        mine = window["team"] == team
        rows.append(compare(team, window.loc[mine & ~is_after, column],
                            window.loc[mine & is_after, column]))
    frame = pd.DataFrame(rows).set_index("team")
    teams = frame.index != ALL_TEAMS
    frame["p (Holm)"] = np.nan
    frame.loc[teams, "p (Holm)"] = holm(frame.loc[teams, "p"]).to_numpy()
    return frame


changes = before_after(METRIC)

numbers = ["mean before", "mean after", "difference", "CI low", "CI high", "hedges g"]
display(changes.style.format({**{name: "{:.2f}" for name in numbers},
                              "p": "{:.4f}", "p (Holm)": "{:.4f}"}, na_rep="-")
        .set_caption(f"{METRIC} score: year before against year from {day(TRAINING_DATE)}"))
"""), ("md", """
### One sentence per team
"""), ("code", """
def size_word(g: float) -> str:
    size = abs(g)
    return ("negligible" if size < 0.2 else "small" if size < 0.5
            else "medium" if size < 0.8 else "large")


def sentence(team: str, row: pd.Series, metric: str = METRIC) -> str:
    who = "Across all teams" if team == ALL_TEAMS else team
    counts = f"{row['before']} records before, {row['after']} after"
    if row["verdict"] == "too small to tell" and math.isnan(row["difference"]):
        return f"{who}: too few records to tell ({counts})."
    interval = f"95% CI {row['CI low']:+.1f} to {row['CI high']:+.1f}"
    p_text = "p < 0.001" if row["p"] < 0.001 else f"p = {row['p']:.3f}"
    if row["verdict"] == "moved":
        direction = "rose" if row["difference"] > 0 else "fell"
        text = (f"{who}: the {metric} score {direction} by {abs(row['difference']):.1f} points "
                f"({interval}; Hedges' g {row['hedges g']:.2f}, a {size_word(row['hedges g'])} "
                f"effect; {p_text}; {counts}). This is unlikely to be noise")
        if team != ALL_TEAMS and row["p (Holm)"] >= 0.05:
            text += ", though it does not hold after allowing for testing every team"
        return text + "."
    if row["verdict"] == "did not move":
        return (f"{who}: no change worth noticing: the {metric} score changed by "
                f"{row['difference']:+.1f} points ({interval}, inside +/-{SMALLEST_CHANGE:g}; "
                f"{counts}).")
    return (f"{who}: too small to tell ({row['why']}): a change of "
            f"{row['difference']:+.1f} points ({interval}; {counts}).")


for team, row in changes.iterrows():
    print(sentence(team, row))

groups = {verdict: [team for team, row in changes.iterrows()
                    if team != ALL_TEAMS and row["verdict"] == verdict]
          for verdict in ("moved", "did not move", "too small to tell")}
print()
for verdict, teams in groups.items():
    print(f"{verdict.capitalize()}: {', '.join(teams) if teams else 'none'}.")
"""), ("md", """
### On which measures?

The same comparison for each score: `up` or `down` where the team moved, `no change`
where it did not, `?` where the data are too small to tell.
"""), ("code", """
def mark(row: pd.Series) -> str:
    if row["verdict"] == "moved":
        direction = "up" if row["difference"] > 0 else "down"
        return f"{direction} {row['difference']:+.1f}"
    return "no change" if row["verdict"] == "did not move" else "?"


by_measure = pd.DataFrame({measure: before_after(measure).apply(mark, axis=1)
                           for measure in MEASURES})
display(by_measure)
for measure in MEASURES:
    column = by_measure.drop(index=ALL_TEAMS)[measure]
    moved_up = column.str.startswith("up").sum()
    print(f"{measure}: {moved_up} of {len(column)} teams moved up, "
          f"{column.str.startswith('down').sum()} down, {(column == 'no change').sum()} "
          f"did not move, {(column == '?').sum()} too small to tell.")
"""), ("md", """
## 4. A chart for the board

One panel per team: the team's quarterly mean (blue, gaps where a quarter is suppressed)
against all teams (grey), with the training date in red and the practice leads' training
dashed. Each panel's title carries the computed verdict. The chart is also saved as PNG
in the temporary folder; copy it out before the last cell removes the folder.
"""), ("code", """
all_trend = trend_table(records.assign(team=ALL_TEAMS), by="team", freq="quarter",
                        metric=METRIC)
all_trend["quarter"] = period_start(all_trend["period"], "quarter")
trend["quarter"] = period_start(trend["period"], "quarter")
y_scale = alt.Scale(domain=[0, 100])
events = pd.DataFrame({"date": [pd.Timestamp(TRAINING_DATE), pd.Timestamp(PRACTICE_LEADS_DATE)],
                       "event": ["two-day training starts", "practice leads trained"]})
training_rule = alt.Chart(events.iloc[[0]]).mark_rule(color="firebrick", strokeWidth=2).encode(
    x="date:T", tooltip=["event", alt.Tooltip("date:T", format="%d %b %Y")])
leads_rule = alt.Chart(events.iloc[[1]]).mark_rule(color="gray", strokeDash=[4, 3]).encode(
    x="date:T", tooltip=["event", alt.Tooltip("date:T", format="%d %b %Y")])
reference = alt.Chart(all_trend).mark_line(color="#bbbbbb", strokeWidth=2).encode(
    x=alt.X("quarter:T", title=None),
    y=alt.Y("mean:Q", scale=y_scale, title=f"{METRIC} score"))

panels = []
order = records["team"].value_counts().index
for team in order:
    if team not in changes.index:
        label = "no records in the comparison window"
    elif changes.loc[team, "verdict"] == "moved":
        label = f"moved {changes.loc[team, 'difference']:+.1f} points"
    else:
        label = changes.loc[team, "verdict"]
    data = trend.loc[trend["group"] == team]
    line = alt.Chart(data).mark_line(
        color="#1f5fa8", point=True, invalid="break-paths-filter-domains").encode(
        x=alt.X("quarter:T", title=None),
        y=alt.Y("mean:Q", scale=y_scale, title=f"{METRIC} score"),
        tooltip=["period", "records", "mean"])
    panels.append(alt.layer(reference, line, training_rule, leads_rule).properties(
        width=230, height=140, title=f"{team}: {label}"))

board_chart = alt.concat(*panels, columns=3).properties(title=alt.TitleParams(
    f"Recording quality ({METRIC} score, quarterly mean) before and after training",
    subtitle=[f"Blue: the team; grey: all teams. Red: two-day training from "
              f"{day(TRAINING_DATE)}; dashed: practice leads trained "
              f"{PRACTICE_LEADS_DATE:%B %Y}.",
              f"Gaps: quarters with fewer than {MIN_CELL_RECORDS} records (suppressed). "
              "Verdicts: year before against year after, Welch 95% CI."]))
png = workdir / "board_chart.png"
board_chart.save(png, scale_factor=2)
print(f"Saved {png} ({png.stat().st_size // 1024} KiB)")
board_chart
"""), ("code", """
store.close()
workspace.cleanup()
print("Temporary folder removed.")
"""),
]

# ---------------------------------------------------------------------------------------------
# 03: tuning the vocabulary for a local authority
# ---------------------------------------------------------------------------------------------

LOCAL: Cells = [("md", """
# Tuning the vocabulary for a local authority

An authority wants sos_lang to speak its language without editing the package:

- **add** two local terms: the office phrase *stepped down* (moving a family from social
  work to early help), and the acronym *FRT* for its Family Resilience Team;
- **disable** one packaged rule: its families' leaflet explains the *professionals
  meeting*, so it no longer counts the name as jargon;
- **allow** one word: *CAMHS* is the name every local family knows the service by;
- **override** one packaged entry: *contact* stays flagged, but as `info`, with its own
  alternatives.

The notebook writes a local vocabulary file (the format in `docs/lexicon-format.md`) and
a `sos-lang.toml` into a temporary folder, shows what changed in the lexicon, and checks a
small local sample before and after: the false-alarm rate on sentences that must not be
flagged, and the hit rate on those that must.
"""), ("code", r'''
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import display

from sos_lang.analysis import analyse
from sos_lang.evaluation.lexicon import evaluate_lexicon, heldout_test_items
from sos_lang.lexicon.loader import load_vocabulary_file
from sos_lang.rules.config import apply_config, default_rules, find_config

pd.set_option("display.max_colwidth", 110)
WORDING = ("deficit", "jargon")  # the kinds of finding that are vocabulary flags

workspace = tempfile.TemporaryDirectory(prefix="sos-lang-notebook-")
folder = Path(workspace.name)
print(f"Working in a temporary folder, removed at the end: {folder}")
'''), ("md", """
## 1. The local vocabulary file

One file per vocabulary; here a `jargon` file with two entries. Each entry gives its
terms (every inflection listed, UK spelling), plain alternatives, why, a source, a
severity, tight exception patterns for other senses, and example sentences that must and
must not be flagged.
"""), ("code", r'''
OUR_TERMS = r"""
vocabulary: jargon
entries:
  - id: local-stepped-down
    subtype: care_jargon
    terms: [step down, steps down, stepped down, stepping down, step-down, stepdown]
    case_sensitive: false
    expansion: null
    alternatives:
      - "the social work team will stop visiting and (name) from Family Help will keep helping"
      - "your family will work with Family Help from (date): say who and what they will do"
    note: "An office phrase for moving a family between services; families hear 'dropped'."
    source: "Local language review (example); TACT Language that cares (2019)"
    severity: warning
    exceptions:
      - 'step(s|ped|ping)? down (from|off|onto) (the )?(bus|kerb|step|steps|stage|ladder|train)'
      - 'step(s|ped|ping)? down as\b'
    examples:
      flag:
        - "The case was stepped down to Early Help on 3 June."
        - "We plan to step down to a child in need plan after the meeting."
      no_flag:
        - "Ruby stepped down from the bus and ran to Gran."
        - "Mr Patel stepped down as chair of the governors."

  - id: acronym-frt
    subtype: acronym
    terms: [FRT]
    case_sensitive: true
    expansion: "Family Resilience Team"
    alternatives:
      - "the Family Resilience Team (write it in full and name the worker)"
      - "(name), your family worker"
    note: "A local team name families do not know."
    source: "sos_lang labelling guide, section 3 (acronym); local team list (example)"
    severity: warning
    exceptions: []
    examples:
      flag:
        - "The FRT worker will visit on Tuesday."
      no_flag:
        - "The Family Resilience Team (FRT) will visit on Tuesday. The FRT worker is Jo."
"""
CONFIG = """
lexicon_files = ["our-terms.yaml"]
disable = ["jargon.care-professionals-meeting"]
allow = ["CAMHS"]

[override."jargon.care-contact"]
severity = "info"
alternatives = ["family time", "time with Mum", "time with Dad"]
"""
(folder / "our-terms.yaml").write_text(OUR_TERMS.lstrip("\n"), encoding="utf-8")
(folder / "sos-lang.toml").write_text(CONFIG.lstrip("\n"), encoding="utf-8")
config = find_config(directory=folder)  # what `sos-lang check` finds when run in that folder
print(f"Config in force there: {config.name}")
'''), ("md", """
## 2. Check the local entries and their examples

`load_vocabulary_file` validates the file (the same check as `sos-lang lexicon validate`).
Then every example sentence is analysed with the config in force: a `flag` example must
get a finding from its entry, a `no_flag` example must not.
"""), ("code", r'''
local_entries = load_vocabulary_file(folder / "our-terms.yaml")
checks = []
for entry in local_entries:
    for expected, sentences in (("flag", entry.examples.flag), ("no flag", entry.examples.no_flag)):
        for text in sentences:
            found = any(f.rule_id == entry.rule_id
                        for f in analyse(text, config_path=str(config)).findings)
            checks.append({"rule": entry.rule_id, "expected": expected, "sentence": text,
                           "ok": found == (expected == "flag")})
checks = pd.DataFrame(checks)
display(checks)
failed = int((~checks["ok"]).sum())
print(f"{len(local_entries)} local entries, {len(checks)} examples: "
      + ("all behave as written." if not failed else f"{failed} do NOT behave as written."))
assert not failed, "fix the local entries (terms or exceptions) before using them"
'''), ("md", """
## 3. What changed in the lexicon
"""), ("code", r'''
base = default_rules().lexicon
local = apply_config(default_rules(), config).lexicon
before_entries = {e.rule_id: e for e in base.entries}
after_entries = {e.rule_id: e for e in local.entries}
fields = ("terms", "alternatives", "severity", "note", "exceptions", "source")
changes = []
for rule_id in sorted(after_entries.keys() - before_entries.keys()):
    entry = after_entries[rule_id]
    changes.append({"rule": rule_id, "change": "added",
                    "detail": f"{entry.subtype}, {entry.severity}: {', '.join(entry.terms)}"})
for rule_id in sorted(before_entries.keys() - after_entries.keys()):
    changes.append({"rule": rule_id, "change": "disabled",
                    "detail": ", ".join(before_entries[rule_id].terms)})
for rule_id in sorted(before_entries.keys() & after_entries.keys()):
    old, new = before_entries[rule_id], after_entries[rule_id]
    for name in fields:
        if getattr(old, name) != getattr(new, name):
            changes.append({"rule": rule_id, "change": f"{name} overridden",
                            "detail": f"{getattr(old, name)} -> {getattr(new, name)}"})
for word in sorted(local.allowed - base.allowed):
    changes.append({"rule": "(any)", "change": "allowed", "detail": f"'{word}' is never flagged"})
display(pd.DataFrame(changes))
print(f"Entries: {len(base.entries)} packaged, {len(local.entries)} in force locally "
      f"({len(after_entries.keys() - before_entries.keys())} added, "
      f"{len(before_entries.keys() - after_entries.keys())} disabled); "
      f"allowed words: {', '.join(sorted(local.allowed)) or 'none'}.")
'''), ("md", """
## 4. A local sample, before and after

Thirty sentences written the way this authority's workers write: fifteen that **should
be flagged** (local terms, and packaged flags that must survive the tuning) and fifteen
that **must not be flagged** (the local decisions, other senses of the new terms, and
plain good practice). Each is analysed with the packaged vocabulary (`config_path=None`)
and with the local config. A sentence counts as flagged when it gets any deficit or
jargon finding.
"""), ("code", r'''
SHOULD_FLAG = [
    "The case was stepped down to Early Help on 3 June.",
    "The family will be stepped down to the FRT next month.",
    "The FRT worker will visit on Tuesday.",
    "Mum was referred to the FRT for help with the children's bedtimes.",
    "Following the step-down, the FRT will carry on visiting weekly.",
    "Dad was non-compliant with the safety plan.",
    "Mum failed to engage with services.",
    "Contact with Dad will take place every Saturday.",
    "Amy's placement with her foster carers is stable.",
    "There are concerns about the home.",
    "Dad claims he has stopped drinking.",
    "Mum presented as hostile during the visit.",
    "The LAC review is on Monday.",
    "Mum is manipulative.",
    "I will facilitate a meeting in order to discuss the plan.",
]
MUST_NOT_FLAG = [
    "Amy sees her CAMHS worker, Jo, every Thursday after school.",
    "Jo from CAMHS told me Amy is sleeping better.",
    "The professionals meeting on 9 May was at Oakfield School: Miss Hill, the nurse and me.",
    "Mum asked to come to the professionals meeting so she can hear the plan herself.",
    "Ruby stepped down from the bus and ran to Gran.",
    "Mr Patel stepped down as chair of the school governors last year.",
    "The Family Resilience Team (FRT) will visit on Tuesday. The FRT worker is Jo.",
    "Sam said he likes the new flat because he has his own room.",
    "Dad took Leo to the dentist on Friday and held his hand the whole time.",
    "Gran collects Amy from school every day and they walk the dog together.",
    "I will ring Mum on Monday to arrange the next visit.",
    "Mum gave me her new contact number.",
    "Leo has a core group of friends at football.",
    "Mum told me she has not had a drink since Christmas and Gran agrees.",
    "We agreed that Amy will tell her teacher if she feels worried at home.",
]
assert len(SHOULD_FLAG) == len(MUST_NOT_FLAG) == 15


def wording_flags(text: str, config_path: str | None) -> list[str]:
    report = analyse(text, config_path=config_path)
    return [f"{f.rule_id} '{f.text}' ({f.severity})" for f in report.findings
            if f.kind in WORDING]


rows = []
for expected, sentences in (("flag", SHOULD_FLAG), ("no flag", MUST_NOT_FLAG)):
    for text in sentences:
        before = wording_flags(text, None)
        after = wording_flags(text, str(config))
        rows.append({"expected": expected, "sentence": text,
                     "before": "; ".join(before) or "-", "after": "; ".join(after) or "-",
                     "flagged before": bool(before), "flagged after": bool(after)})
sample = pd.DataFrame(rows)
display(sample[["expected", "sentence", "before", "after"]])
'''), ("code", r'''
def rate(frame: pd.DataFrame, column: str) -> tuple[int, int, float]:
    hits = int(frame[column].sum())
    return hits, len(frame), hits / len(frame)


clean = sample.loc[sample["expected"] == "no flag"]
dirty = sample.loc[sample["expected"] == "flag"]
fa_before, n_clean, far_before = rate(clean, "flagged before")
fa_after, _, far_after = rate(clean, "flagged after")
hit_before, n_dirty, hr_before = rate(dirty, "flagged before")
hit_after, _, hr_after = rate(dirty, "flagged after")

trend_fa = ("fell" if far_after < far_before else "rose" if far_after > far_before
            else "did not change")
trend_hr = ("rose" if hr_after > hr_before else "fell" if hr_after < hr_before
            else "did not change")
print(f"False-alarm rate on the {n_clean} sentences that must not be flagged: "
      f"{far_before:.0%} ({fa_before}) with the packaged vocabulary, "
      f"{far_after:.0%} ({fa_after}) with the local config: it {trend_fa}.")
print(f"Hit rate on the {n_dirty} sentences that should be flagged: {hr_before:.0%} "
      f"({hit_before}) before, {hr_after:.0%} ({hit_after}) after: it {trend_hr}.")
fixed = clean.loc[clean["flagged before"] & ~clean["flagged after"], "sentence"]
still = clean.loc[clean["flagged after"], "sentence"]
gained = dirty.loc[~dirty["flagged before"] & dirty["flagged after"], "sentence"]
lost = dirty.loc[dirty["flagged before"] & ~dirty["flagged after"], "sentence"]
print(f"\nFalse alarms removed by the config: {len(fixed)}; false alarms left: {len(still)}.")
for text in still:
    print(f"  still flagged: {text}")
print(f"Sentences flagged only with the local terms: {len(gained)}; "
      f"sentences the config stopped flagging that should be flagged: {len(lost)}.")
for text in lost:
    print(f"  lost: {text}")
'''), ("md", """
## 5. Did the tuning cost anything elsewhere?

The sample above was written by the same person who wrote the config, so its "after"
numbers flatter the config. As a guard, run the packaged held-out lexicon test set with
and without the config: a local choice such as allowing *CAMHS* or disabling
*professionals meeting* is *meant* to lower recall on a set whose annotators flag those words, but any other drop
(or a rise in false alarms) would mean a local entry reaches too far.
"""), ("code", r'''
items = heldout_test_items()
packaged = evaluate_lexicon(items)
tuned = evaluate_lexicon(items, config_path=str(config))
summary = pd.DataFrame({
    "packaged": [packaged["precision"], packaged["recall"], packaged["false_alarm_rate"]],
    "local config": [tuned["precision"], tuned["recall"], tuned["false_alarm_rate"]]},
    index=["precision", "recall", "false-alarm rate"])
display(summary.style.format("{:.3f}"))

changed = [(s, packaged["per_subtype"][s]["recall"], tuned["per_subtype"][s]["recall"])
           for s in packaged["per_subtype"]
           if packaged["per_subtype"][s]["recall"] != tuned["per_subtype"][s]["recall"]]
for subtype, old, new in changed:
    print(f"{subtype}: recall {old:.3f} -> {new:.3f}")
lost_spans = sorted({e["span"] for e in tuned["errors"] if e["type"] == "missed"}
                    - {e["span"] for e in packaged["errors"] if e["type"] == "missed"})
new_alarms = sorted({(e["span"], e["subtype"]) for e in tuned["errors"]
                     if e["type"] == "false alarm"}
                    - {(e["span"], e["subtype"]) for e in packaged["errors"]
                       if e["type"] == "false alarm"})
decided = {word.lower() for word in local.allowed} | {
    "professionals meeting", "professionals' meeting", "professionals meetings"}
unexpected = [span for span in lost_spans if span.lower() not in decided]
print(f"Spans newly missed with the config: {', '.join(lost_spans) or 'none'}"
      f" ({'all' if not unexpected else 'not all'} from the local decisions).")
print(f"New false alarms with the config: "
      f"{', '.join(f'{s} ({t})' for s, t in new_alarms) or 'none'}.")
print(f"False-alarm rate on the packaged set: {packaged['false_alarm_rate']:.1%} -> "
      f"{tuned['false_alarm_rate']:.1%}.")
'''), ("md", """
## Take-aways

- Keep local choices in the config and the local file, not in the package: they are
  reviewable, and `sos-lang lexicon list` shows the vocabulary in force.
- Every local entry carries its own `flag` and `no_flag` examples; check them (section 2)
  whenever the file changes.
- Measure a change on sentences written *before* the change, and keep some aside that
  nobody tunes against; the numbers in section 4 are a demonstration, not evidence.
"""), ("code", r'''
workspace.cleanup()
print("Temporary folder removed.")
'''),
]

# ---------------------------------------------------------------------------------------------
# 04: a quality team's audit: sample, agreement with auditors, equity view
# ---------------------------------------------------------------------------------------------

AUDIT: Cells = [("md", """
# Auditing with sos_lang: a sample, agreement with auditors, and an equity view

A practice lead audits case files by hand: takes a sample, grades each file against the
Signs of Safety elements and writes up what they found. This notebook walks a quality team
through the three steps sos_lang adds to that process (README, *Auditing with sos_lang*):

1. **Sample**: a reproducible sample, stratified by team and spread across the score
   range, written as an audit workbook with the redacted sentences that show each element.
2. **Agreement**: how far the tool's judgement of each element agrees with two auditors',
   next to how far the auditors agree with each other (the honest anchor).
3. **Equity**: whether deficit wording falls evenly across the families the service works
   with, by a grouping column kept at audit time.

It uses the 120-record demo export (`write_csv(..., count=120, seed=7)`, invented records
with invented grouping columns and one planted difference) and the pair of invented graded
workbooks shipped in `docs/audit-demo/`. Everything it writes goes into a temporary folder
deleted at the end. The same steps on the command line:

    sos-lang audit export.csv --store URL --keep-excerpts \\
        --group-cols ethnicity,disability,sex,age_band
    sos-lang sample --store URL --n 30 --by team --seed 7 -o audit-sample.xlsx
    sos-lang agreement --store URL auditor-1.xlsx auditor-2.xlsx
    sos-lang trends --store URL --by ethnicity
"""), ("code", """
import tempfile
from pathlib import Path

import altair as alt
import openpyxl
import pandas as pd
from IPython.display import display

import sos_lang
from sos_lang.app.charts import ratio_chart
from sos_lang.audit.agreement import agreement_from_workbooks, agreement_table
from sos_lang.audit.readers import ColumnMap
from sos_lang.audit.runner import AnalysisOptions, run_audit
from sos_lang.audit.sample import SampleRequest, draw_sample, sample_workbook
from sos_lang.demo import GROUP_FIELDS, write_csv
from sos_lang.store import Store
from sos_lang.store.equity import WHOLE, caution, differs, equity_frame, equity_table

alt.renderers.enable("svg")  # static charts drawn locally: no CDN, viewable offline

DEMO_WORKBOOKS = Path(sos_lang.__file__).resolve().parents[1] / "docs" / "audit-demo"
SAMPLE = SampleRequest(n=30, by="team", seed=7)

workspace = tempfile.TemporaryDirectory(prefix="sos-lang-notebook-")
workdir = Path(workspace.name)
print(f"Working in a temporary folder, removed at the end: {workdir}")
"""), ("md", """
## 1. Audit the export, keeping excerpts and grouping columns

`--keep-excerpts` keeps up to three redacted sentences per element (the auditor checks
the tool's judgement against them). `--group-cols` keeps one category per record for the
equity view; a column with more than 50 values, or a value that reads as free text, is
refused before anything is analysed. The key is a fixed demo key: for real records use a
secret key (`$SOS_LANG_PSEUDONYM_KEY`) that is not written in a notebook.
"""), ("code", """
export = workdir / "export.csv"
write_csv(export, count=120, seed=7)
store = Store(f"sqlite:///{workdir / 'audit.db'}")
summary = run_audit([str(export)], store, ColumnMap(groups=GROUP_FIELDS),
                    AnalysisOptions(keep_excerpts=True), progress=False, key="notebook")
print(summary.line())
print("Grouping columns kept:", ", ".join(store.group_names()))
"""), ("md", """
## 2. Draw the sample

The sample is split over the teams in proportion to their size (every team at least one
record while the sample size allows); within a team, records are ranked by overall score,
cut into as many bands as records to draw, and one is drawn from each band, so weak and
strong records are both audited. The same store, options and seed give the same sample.
"""), ("code", """
sample = sample_workbook(store, SAMPLE, workdir / "audit-sample.xlsx")
again = draw_sample(store.records_frame(), SAMPLE)
same = again["record_id"].tolist() == sample["record_id"].tolist()
print(f"{len(sample)} records from {sample['stratum'].nunique()} teams; drawn again with "
      f"seed {SAMPLE.seed}: {'the same' if same else 'a different'} sample.")
display(sample[["stratum", "record_id", "score_overall", "score_band"]]
        .rename(columns={"stratum": "team"}).round(1))

shipped = openpyxl.load_workbook(DEMO_WORKBOOKS / "audit-sample.xlsx", read_only=True)
shipped_ids = {value for row in shipped["Cover"].iter_rows(values_only=True) for value in row
               if isinstance(value, str) and value.startswith("R0")}
shipped.close()
print(f"The shipped docs/audit-demo sample holds {len(shipped_ids)} records; "
      f"{len(shipped_ids & set(sample['record_id']))} of them are in the sample drawn here.")
"""), ("md", """
Each record has a sheet: its ids and scores, then the nine elements with what sos_lang
finds, the redacted sentences that show it, and empty columns for the auditor's grade and
comment. The first rows of the first record's sheet:
"""), ("code", """
book = openpyxl.load_workbook(workdir / "audit-sample.xlsx", read_only=True)
sheet = book.worksheets[1]
rows = [[("" if cell is None else str(cell))[:70] for cell in row[:6]]
        for row in sheet.iter_rows(max_row=24, values_only=True)]
book.close()
display(pd.DataFrame(rows).fillna(""))
"""), ("md", """
## 3. Agreement between the tool and two auditors

Two invented auditors graded the shipped sample (`docs/audit-demo/auditor-1.xlsx` and
`auditor-2.xlsx`; `scripts/demo_audit_workbooks.py` made the grades up, disagreeing with
the tool more where a person weighs quality). For each element: percent agreement and
Cohen's kappa with a 95% interval, for the tool against each auditor and the auditors
against each other. The results also go to the store's `sos_agreement` table and the
dashboard.

**The anchor**: the tool is good enough on an element where its agreement with an auditor
matches the auditors' agreement with each other. Here *matches* means the tool's kappa with
each auditor is at least the lower end of the 95% interval of the auditors' kappa.
"""), ("code", """
comparisons = agreement_from_workbooks(
    store, [DEMO_WORKBOOKS / "auditor-1.xlsx", DEMO_WORKBOOKS / "auditor-2.xlsx"])
agreement = agreement_table(comparisons)
kappas = agreement.pivot(index="element", columns="raters", values="kappa")
kappas = kappas.loc[agreement["element"].drop_duplicates()]
display(kappas.round(2))

people = agreement[agreement["raters"] == "auditor 1 vs auditor 2"].set_index("element")
tool_pairs = ["sos_lang vs auditor 1", "sos_lang vs auditor 2"]
good, short = [], []
for element, row in people.drop(index="all elements").iterrows():
    tool = [kappas.loc[element, pair] for pair in tool_pairs]
    matched = all(pd.notna(k) and k >= row["kappa_low"] for k in tool)
    (good if matched else short).append(element)
pooled = people.loc["all elements"]
print(f"The auditors agree with each other on {pooled['agreement']:.1%} of "
      f"{pooled['records']} grades (kappa {pooled['kappa']:.2f}, "
      f"{pooled['kappa_low']:.2f} to {pooled['kappa_high']:.2f}).")
print("The tool matches them on: " + (", ".join(good) or "no element") + ".")
print("It falls short on: " + (", ".join(short) or "no element") + ".")
"""), ("md", """
## 4. The equity view

Per group of a grouping column: the rates per 1,000 words of deficit labels, doubt words,
compliance words and opinions stated as facts, and the share of records with the child's
own words, each against all records as a ratio with a 95% interval (log-normal: Poisson
counts scaled by the over-dispersion between records for rates, Katz's interval for
shares, both allowing for the group being part of the whole). Groups of fewer than 5
records are suppressed, with as many other groups as it takes so that none can be worked
out from the totals. Read the caution first:
"""), ("code", """
print(caution())
"""), ("code", """
by_ethnicity = equity_table(equity_frame(store, "ethnicity"))
labels = by_ethnicity[by_ethnicity["measure"] == "deficit_labels"]
display(labels.drop(columns=["measure", "title"]))
hidden = labels.loc[labels["suppressed"], "group"].tolist()
print(f"Suppressed: {', '.join(hidden) if hidden else 'none'}.")
display(ratio_chart(labels, "Deficit labels per 1,000 words"))
"""), ("md", """
Every group, on every grouping column and measure, whose interval excludes 1. With four
columns, five measures and several groups each, about one interval in twenty excludes 1
by chance alone; the demo plants one real difference (more deficit labels in the records
of one ethnic group), which should stand out by its size. As every ratio is against all
records, which include the planted group, the largest other group can sit a little below
1 on the same measure.
"""), ("code", """
found = []
for column in store.group_names():
    table = equity_table(equity_frame(store, column))
    for row in table[table["group"] != WHOLE].to_dict("records"):
        if differs(row):
            found.append({"column": column, "group": row["group"], "measure": row["title"],
                          "ratio": row["ratio"], "low": row["low"], "high": row["high"]})
found = pd.DataFrame(found, columns=["column", "group", "measure", "ratio", "low", "high"])
found = found.sort_values("low", ascending=False)
display(found)
if not found.empty:
    top = found.iloc[0]
    print(f"Largest: {top['measure'].lower()} for {top['group']} ({top['column']}), "
          f"{top['ratio']:.2f} times all records ({top['low']:.2f} to {top['high']:.2f}). "
          "That is a reason to read those records with a practice lead, not a finding "
          "about anyone.")
"""), ("code", r'''
store.close()
workspace.cleanup()
print("Temporary folder removed.")
'''),
]

NOTEBOOKS: dict[str, Cells] = {
    "01_evaluate_classifier_and_lexicons.ipynb": EVALUATE,
    "02_language_change_after_training.ipynb": CHANGE,
    "03_tuning_local_vocabulary.ipynb": LOCAL,
    "04_audit_sample_agreement_equity.ipynb": AUDIT,
}


def build_notebook(name: str, cells: Cells) -> nbformat.NotebookNode:
    """A notebook with the given cells, fixed cell ids and no outputs."""
    notebook = new_notebook(metadata={
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"}})
    prefix = name[:2]
    for number, (kind, source) in enumerate(cells):
        text = source.strip("\n")
        cell = new_markdown_cell(text) if kind == "md" else new_code_cell(text)
        cell["id"] = f"nb{prefix}-{number:02d}"
        notebook.cells.append(cell)
    nbformat.validate(notebook)
    return notebook


def rendered(name: str) -> str:
    """The exact file text of a notebook as this script writes it."""
    return nbformat.writes(build_notebook(name, NOTEBOOKS[name])) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name in NOTEBOOKS:
        path = HERE / name
        text = rendered(name)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        if check:
            stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print(f"out of date (run notebooks/build_notebooks.py): {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
