"""The statement classifier: TF-IDF over parse-free sentence terms (words, stems, stem
pairs and triples, word endings, shapes; character n-grams optional), multinomial
logistic regression for the label and a binary one for opinion_as_fact.

Trained deterministically from the shipped corpus (training split only) at
first use, then cached as JSON (never a pickle) in the user's cache folder
under a name that holds the corpus hash and a hash of the training and feature
code, so a changed corpus or a changed feature or training module retrains. The
JSON records the groups the model was trained on, so an evaluation can refuse a
model that has seen the groups it is scored on.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from sos_lang.settings import cache_dir, thresholds, write_cache_file
from sos_lang.statements.corpus import LABELS, LabelledSentence, corpus_hash, split_corpus
from sos_lang.statements.features import FastTermVectorizer, forced_label, sentence_terms

MODEL_FORMAT = 2
"""Bumped when the JSON layout changes (2: training groups and the code hash recorded)."""

TRAINING_CODE = ("corpus.py", "features.py", "model.py")
"""The modules whose code shapes a trained model: their bytes are part of the cache key."""


@dataclass(frozen=True)
class Classification:
    """One sentence's label, the model's confidence in it, and the opinion flag."""

    text: str
    label: str
    confidence: float
    opinion_as_fact: bool

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "confidence": self.confidence,
                "opinion_as_fact": self.opinion_as_fact}


def _settings() -> dict[str, Any]:
    return thresholds()["classifier"]


def _vectorizers(settings: dict[str, Any]) -> tuple[TfidfVectorizer, TfidfVectorizer | None]:
    """Word terms (words, pairs, endings, shapes) and, if configured, character n-grams."""
    word = TfidfVectorizer(analyzer=sentence_terms, min_df=2, sublinear_tf=True)
    if not settings.get("char_ngrams"):
        return word, None
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(settings["char_ngrams"]),
                           min_df=2, sublinear_tf=True, lowercase=True,
                           max_features=settings["max_char_features"])
    return word, char


class StatementModel:
    """Vectorisers and linear weights; predicts with plain numpy, so it loads from JSON."""

    def __init__(self, word: TfidfVectorizer, char: TfidfVectorizer | None,
                 label_coef: np.ndarray, label_intercept: np.ndarray,
                 opinion_coef: np.ndarray, opinion_intercept: float,
                 opinion_threshold: float, corpus_digest: str,
                 training_groups: frozenset[str] = frozenset()) -> None:
        self.word, self.char = word, char
        self.fast_word = FastTermVectorizer(word.vocabulary_, word.idf_)
        self.label_coef, self.label_intercept = label_coef, label_intercept
        self.opinion_coef, self.opinion_intercept = opinion_coef, opinion_intercept
        self.opinion_threshold = opinion_threshold
        self.corpus_digest = corpus_digest
        self.training_groups = training_groups

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        blocks = [self.fast_word.transform(texts)]
        if self.char is not None:
            blocks.append(self.char.transform(texts))
        return sparse.hstack(blocks, format="csr")

    def classify(self, texts: Sequence[str],
                 priors: np.ndarray | None = None) -> list[Classification]:
        """Label each text; ``priors`` (one row of label weights per text, e.g. from the
        section heading a sentence is under) multiply the probabilities before the best
        label is taken, so strong text evidence still wins over a weak prior."""
        if not texts:
            return []
        features = self.features(texts)
        logits = np.asarray(features @ self.label_coef.T) + self.label_intercept
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        if priors is not None:
            probabilities *= priors
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        opinion = 1.0 / (1.0 + np.exp(-(np.asarray(features @ self.opinion_coef).ravel()
                                        + self.opinion_intercept)))
        results = []
        for index, text in enumerate(texts):
            best = int(probabilities[index].argmax())
            label, confidence = LABELS[best], float(probabilities[index, best])
            forced = forced_label(text)
            if forced is not None:
                label, confidence = forced, 1.0
            results.append(Classification(text=text, label=label,
                                          confidence=round(confidence, 4),
                                          opinion_as_fact=bool(opinion[index]
                                                               >= self.opinion_threshold)))
        return results

    # --- JSON persistence (a safe format: numbers and strings only) -----------------

    def to_json(self) -> dict[str, Any]:
        def vectorizer(v: TfidfVectorizer) -> dict[str, Any]:
            return {"vocabulary": {k: int(i) for k, i in v.vocabulary_.items()},
                    "idf": [round(float(x), 6) for x in v.idf_]}

        return {
            "format": MODEL_FORMAT, "corpus_hash": self.corpus_digest,
            "code_hash": code_hash(), "training_groups": sorted(self.training_groups),
            "sklearn": sklearn.__version__, "word": vectorizer(self.word),
            "char": vectorizer(self.char) if self.char is not None else None,
            "char_ngrams": list(self.char.ngram_range) if self.char is not None else None,
            "label_coef": np.round(self.label_coef, 6).tolist(),
            "label_intercept": np.round(self.label_intercept, 6).tolist(),
            "opinion_coef": np.round(self.opinion_coef, 6).tolist(),
            "opinion_intercept": round(float(self.opinion_intercept), 6),
            "opinion_threshold": self.opinion_threshold,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatementModel:
        word, char = _vectorizers({"char_ngrams": data["char_ngrams"], "max_char_features": None})
        for vectorizer, key in ((word, "word"), (char, "char")):
            if vectorizer is not None:
                vectorizer.vocabulary_ = data[key]["vocabulary"]
                vectorizer.idf_ = np.asarray(data[key]["idf"], dtype=np.float64)
        return cls(word, char, np.asarray(data["label_coef"]), np.asarray(data["label_intercept"]),
                   np.asarray(data["opinion_coef"]), float(data["opinion_intercept"]),
                   float(data["opinion_threshold"]), data["corpus_hash"],
                   frozenset(data["training_groups"]))


def train(sentences: Sequence[LabelledSentence], corpus_digest: str = "",
          settings: dict[str, Any] | None = None) -> StatementModel:
    """Fit the model on sentences; the same sentences always give the same model."""
    settings = settings or _settings()
    texts = [s.text for s in sentences]
    word, char = _vectorizers(settings)
    blocks = [word.fit_transform(texts)]
    if char is not None:
        blocks.append(char.fit_transform(texts))
    features = sparse.hstack(blocks, format="csr")
    labels = np.asarray([LABELS.index(s.label) for s in sentences])
    label_model = LogisticRegression(C=settings["label_c"], max_iter=5000,
                                     class_weight="balanced")
    label_model.fit(features, labels)
    opinion_model = LogisticRegression(C=settings["opinion_c"], max_iter=5000,
                                       class_weight="balanced")
    opinion_model.fit(features, np.asarray([s.opinion_as_fact for s in sentences], dtype=int))
    coef = np.zeros((len(LABELS), features.shape[1]))
    intercept = np.zeros(len(LABELS))
    coef[label_model.classes_] = label_model.coef_
    intercept[label_model.classes_] = label_model.intercept_
    return StatementModel(word, char, coef, intercept,
                          opinion_model.coef_.ravel(), float(opinion_model.intercept_[0]),
                          float(settings["opinion_threshold"]), corpus_digest,
                          frozenset(s.group for s in sentences))


def code_hash(folder: Path | None = None) -> str:
    """A digest of the training and feature code (``TRAINING_CODE``), so that a changed
    feature or training module is never tested against a model cached by the old code."""
    folder = folder or Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in TRAINING_CODE:
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def model_cache_path() -> Path:
    """The cached model's file: named by the format, the corpus hash and the code hash."""
    return cache_dir() / (f"statement-model-{MODEL_FORMAT}-{corpus_hash()[:16]}-"
                          f"{code_hash()[:16]}.json")


@functools.lru_cache(maxsize=1)
def default_model() -> StatementModel:
    """The model for the shipped corpus: from the JSON cache, or trained and cached now."""
    model = _load_or_train()
    gc.freeze()  # lives as long as the process; keep it out of garbage collections
    return model


def _load_or_train() -> StatementModel:
    digest, code = corpus_hash(), code_hash()
    path = model_cache_path()
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if (data.get("corpus_hash") == digest and data.get("code_hash") == code
                    and data.get("format") == MODEL_FORMAT):
                return StatementModel.from_json(data)
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file is rebuilt below
    train_split, _ = split_corpus()
    data = train(train_split, digest).to_json()
    with contextlib.suppress(OSError):  # an unwritable cache only costs retraining next time
        write_cache_file(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))
    # the model as every later process will load it: the trained estimator's own arrays
    # differ from their JSON form in the last bits, enough to move a confidence's 4th decimal
    return StatementModel.from_json(data)


def classify_sentences(texts: Sequence[str]) -> list[Classification]:
    """Label each sentence (harm, danger, ... other) with confidence and opinion_as_fact."""
    return default_model().classify(list(texts))
