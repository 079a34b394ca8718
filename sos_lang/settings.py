"""Data files that hold thresholds, weights and check declarations (code holds none)."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it: the same documents, parsed about ten
times faster (redaction.yaml alone took 64 ms in Python, in the first records of every
process that needs it)."""


def parse_yaml(text: str) -> Any:
    """yaml.safe_load, with libyaml when available; raises yaml.YAMLError as it does."""
    return yaml.load(text, Loader=_LOADER)


def _data_text(name: str) -> str:
    return resources.files("sos_lang").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def load_yaml(name: str) -> Any:
    """A YAML file from ``sos_lang/data``, parsed once per process."""
    return parse_yaml(_data_text(name))


@functools.cache
def load_word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list from ``sos_lang/data``; '#' starts a comment."""
    lines = (line.split("#", 1)[0].strip().lower() for line in _data_text(name).splitlines())
    return frozenset(line for line in lines if line)


def lowered_words(words: Iterable[Any]) -> frozenset[str]:
    """A data file's word list as lower-case strings: entries are matched on lowered text,
    and YAML may give a number or a capitalised word."""
    return frozenset(str(word).lower() for word in words)


def thresholds() -> dict[str, Any]:
    return load_yaml("thresholds.yaml")


def cache_dir() -> Path:
    """Where trained models and compiled patterns are cached: $SOS_LANG_CACHE, else the
    user's cache folder."""
    if os.environ.get("SOS_LANG_CACHE"):
        return Path(os.environ["SOS_LANG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sos_lang"


def write_cache_file(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all: a temporary file beside it (mode 0600, the
    user's alone) renamed over it, so concurrent processes each write a whole file and a
    reader never sees half of one; the temporary file is removed if the write fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
