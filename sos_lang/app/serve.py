"""The dashboard in a child process, for the browser test and the README screenshots.

Starts ``python -m sos_lang app`` exactly as a user would, in its own process group so
that stopping it also stops the Streamlit server it runs, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sos_lang.app.launch import STORE_ENV

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
"""Debian's Chromium, offline and quiet; Playwright never downloads a browser here."""

HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Return once the port accepts connections; fail early if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited with code {process.returncode} before serving")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            if probe.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.25)
    raise TimeoutError(f"the app did not listen on port {port} within {timeout:.0f} s")


def _stop(process: subprocess.Popen, timeout: float = 15.0) -> None:
    """Stop the app's process group: Ctrl+C first, then SIGKILL."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGINT, timeout), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def running_app(store: str, port: int | None = None, cwd: str | Path | None = None,
                log: Path | None = None) -> Iterator[str]:
    """Run ``sos-lang app --store STORE`` on loopback and yield its base URL."""
    port = port or free_port()
    env = {**os.environ, STORE_ENV: store, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    output: Any = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [sys.executable, "-m", "sos_lang", "app", "--store", store, "--host", HOST,
         "--port", str(port)],
        env=env, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port(port, process)
        yield f"http://{HOST}:{port}"
    finally:
        _stop(process)
        if log:
            output.close()


@contextlib.contextmanager
def chromium_page(width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """A Playwright page in Debian's headless Chromium (playwright imported lazily)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": width, "height": height})
        finally:
            browser.close()


def check_draft_in_browser(page: Any, base_url: str, draft: str, timeout_ms: int = 120_000
                           ) -> None:
    """Open the draft page, paste the draft, press Check, wait for the first <mark>."""
    page.goto(f"{base_url}/", wait_until="domcontentloaded")  # the default page
    box = page.get_by_label("Paste the draft")
    box.wait_for(timeout=timeout_ms)
    box.fill(draft)
    box.press("Control+Enter")
    page.get_by_role("button", name="Check the draft").click()
    page.locator("div.sos-draft mark").first.wait_for(timeout=timeout_ms)


def compare_in_browser(page: Any, base_url: str, draft: str, source: str,
                       timeout_ms: int = 120_000) -> None:
    """Open the compare page, paste the draft and its source, press Compare, wait for the
    first marked span."""
    page.goto(f"{base_url}/compare", wait_until="domcontentloaded")
    for label, text in (("Draft", draft), ("Source (transcript or notes)", source)):
        box = page.get_by_label(label, exact=True)
        box.wait_for(timeout=timeout_ms)
        box.fill(text)
        box.press("Control+Enter")
    page.get_by_role("button", name="Compare").click()
    page.locator("div.sos-draft mark").first.wait_for(timeout=timeout_ms)


def open_trends_in_browser(page: Any, base_url: str, timeout_ms: int = 120_000) -> None:
    """Open the trends page and wait until its first chart has drawn."""
    page.goto(f"{base_url}/trends", wait_until="domcontentloaded")
    page.get_by_text("over time, per team", exact=False).first.wait_for(timeout=timeout_ms)
    page.locator(".vega-embed").first.wait_for(timeout=timeout_ms)
