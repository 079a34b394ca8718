"""Evaluators, one module per thing measured: ``statements`` (the classifier), ``lexicon``
(wording flags), ``redaction`` (excerpt redaction); ``common`` holds what they share.

The labelled sets live in ``eval/`` at the top of a source checkout, not in the installed
package: an installed copy has no evaluation data and says so.
"""
