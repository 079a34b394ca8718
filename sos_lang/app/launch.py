"""Starting the Streamlit app from ``sos-lang app``, bound to this machine by default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP_SCRIPT = Path(__file__).resolve().parent / "streamlit_app.py"
STORE_ENV = "SOS_LANG_STORE"


def streamlit_command(host: str, port: int) -> list[str]:
    """The command line that runs the app headless, with usage statistics off and
    Streamlit's own table export off (every CSV comes from the dashboard's safe writer)."""
    return [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
            "--server.address", host, "--server.port", str(port),
            "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.enableXsrfProtection", "true", "--global.developmentMode", "false",
            "--client.toolbarMode", "minimal", "--client.disableDataExport", "true"]


def launch(store: str, host: str = "127.0.0.1", port: int = 8501) -> int:
    """Run the app until it is stopped; the store URL reaches it through the environment."""
    env = {**os.environ, STORE_ENV: store, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    print(f"sos-lang: dashboard on http://{host}:{port} (store {store}); Ctrl+C stops it",
          file=sys.stderr)
    try:
        return subprocess.call(streamlit_command(host, port), env=env)
    except KeyboardInterrupt:
        return 0
