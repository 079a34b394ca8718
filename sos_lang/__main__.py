"""``python -m sos_lang`` runs the command line."""

import sys

from sos_lang.cli import main

sys.exit(main())
