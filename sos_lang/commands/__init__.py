"""The ``sos-lang`` commands: one module per command, each registering its own options
beside its handler. Options several commands share come from :mod:`.common`.
"""

from __future__ import annotations

from sos_lang.commands import (
    app,
    audit,
    check,
    classify,
    compare,
    demo,
    evaluate,
    lexicon,
    rewrite,
    sample,
    serve,
    trends,
)

MODULES = (check, compare, rewrite, classify, evaluate, audit, trends, sample, demo, app,
           serve, lexicon)
"""Every command module in the order ``sos-lang --help`` lists them; each has
``register(commands)``, which adds its subparser(s) and sets the handler."""
