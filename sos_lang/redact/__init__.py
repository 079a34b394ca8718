"""Redaction of personal details in excerpts that leave the analysis.

Structured identifiers (emails, phone numbers, UK postcodes, NHS numbers with a
valid checksum, National Insurance numbers, dates of birth, street addresses)
are found by patterns; names of people by spaCy's named entities, name positions
(titles, form labels, roles, greetings) and the record's own list of family names
when given. Each is replaced by a typed placeholder such as ``[NAME]`` or ``[PHONE]``.

The package is itself callable, so ``sos_lang.redact(text, family_names=())`` is the
public function the README promises, while ``sos_lang.redact.names`` and the other finder
modules stay importable (a plain function bound over the package name would hide them).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable

from sos_lang.redact.patterns import nhs_number_valid
from sos_lang.redact.pipeline import redact, redact_many, redact_parts
from sos_lang.redact.spans import RedactedSpan

__all__ = ["RedactedSpan", "nhs_number_valid", "redact", "redact_many", "redact_parts"]


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`redact`."""

    def __call__(self, text: str, family_names: Iterable[str] = (), use_model: bool = True
                 ) -> tuple[str, list[RedactedSpan]]:
        return redact(text, family_names, use_model)


sys.modules[__name__].__class__ = _CallableModule
