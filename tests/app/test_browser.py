"""End to end: the app started as a user starts it, driven in headless Chromium."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from sos_lang.app.serve import (
    CHROMIUM,
    HOST,
    check_draft_in_browser,
    chromium_page,
    compare_in_browser,
    free_port,
    open_trends_in_browser,
    running_app,
)
from tests.app.conftest import KNOWN_DRAFT

# Playwright is a declared test dependency: without it the test fails, never skips. Chromium
# comes from Debian (scripts/test.sh installs it as root); a developer's machine without it
# skips, but in CI (CI=true) the test runs and fails, as scripts/test.sh does.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.loopback,
    pytest.mark.skipif(not Path(CHROMIUM).is_file() and os.environ.get("CI") != "true",
                       reason=f"needs Debian's Chromium at {CHROMIUM} "
                              "(apt-get install -y chromium)"),
]


ADDRESSES = [("/", "Check a draft"), ("/draft", "Check a draft"), ("/audit", "Audit records"),
             ("/trends", "Team trends"), ("/equity", "Equity view"),
             ("/vocabulary", "Vocabulary"),
             ("/compare", "Check a draft against its notes")]


def test_every_page_opens_at_its_own_address(demo_store_url: str, tmp_path: Path) -> None:
    """Opened directly, each address shows its page, never Streamlit's "Page not found"
    (which /draft showed while it was the default page)."""
    with (running_app(demo_store_url, cwd=tmp_path, log=tmp_path / "app.log") as url,
          chromium_page() as page):
        for path, heading in ADDRESSES:
            page.goto(f"{url}{path}", wait_until="domcontentloaded")
            page.get_by_role("heading", name=heading).first.wait_for(timeout=120_000)
            assert not page.get_by_text("Page not found").count(), path


def test_draft_trends_and_equity_pages_in_a_browser(demo_store_url: str, tmp_path: Path) -> None:
    import playwright  # noqa: F401  (a declared test dependency: missing, the test fails)

    assert Path(CHROMIUM).is_file(), f"no Chromium at {CHROMIUM}: apt-get install -y chromium"
    port = free_port()
    shot = tmp_path / "trends.png"
    with (running_app(demo_store_url, port=port, cwd=tmp_path, log=tmp_path / "app.log") as url,
          chromium_page() as page):
        check_draft_in_browser(page, url, KNOWN_DRAFT)
        marked = page.locator("div.sos-draft mark.sos-deficit").all_inner_texts()
        assert "non-compliant" in marked and "failed to engage" in marked
        assert page.get_by_text("Fix these first").first.is_visible()
        open_trends_in_browser(page, url)
        assert page.get_by_text("cells suppressed here", exact=False).first.is_visible()
        page.screenshot(path=str(shot))
        page.goto(f"{url}/equity", wait_until="domcontentloaded")  # caution, tables, charts
        page.get_by_text("do not show why wording differs", exact=False).first.wait_for(
            timeout=120_000)
        page.locator(".vega-embed").first.wait_for(timeout=120_000)
        assert page.get_by_text("group(s) suppressed", exact=False).first.is_visible()
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:  # the app has stopped
        assert probe.connect_ex((HOST, port)) != 0


def test_compare_page_in_a_browser(demo_store_url: str, tmp_path: Path) -> None:
    """The draft and its transcript pasted, Compare pressed: the invented self-harm is
    marked in the draft and the nearest transcript passage in the source."""
    from tests.compare.test_core import FAULTY, SOURCE

    with (running_app(demo_store_url, cwd=tmp_path, log=tmp_path / "app.log") as url,
          chromium_page() as page):
        compare_in_browser(page, url, FAULTY, SOURCE)
        marked = page.locator("div.sos-draft mark").all_inner_texts()
        assert any("self-harming" in text for text in marked), marked
        assert page.get_by_text("Support score").first.is_visible()
