"""Words that name a person in the family or their network (``data/people.yaml``): who a
wording flag is about."""

from __future__ import annotations

import functools

from sos_lang.settings import load_yaml


@functools.cache
def person_words() -> frozenset[str]:
    """Family and network words and personal pronouns, lower case."""
    data = load_yaml("people.yaml")
    return frozenset(str(word).lower() for key in ("family", "network", "pronouns")
                     for word in data[key])
