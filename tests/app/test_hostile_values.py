"""Metadata that attacks spreadsheets or markdown (a team named ``=HYPERLINK(...)``, a
markdown link and a remote image) is inert in every dashboard CSV download and on screen."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from sos_lang.app.common import plain_markdown
from tests.conftest import HOSTILE_TEAM
from tests.test_spreadsheet import assert_no_formula_cells

pytestmark = pytest.mark.slow
UNESCAPED = re.compile(r"(?<!\\)(\]\(|!\[|:material/)")
"""A link or image target, or an icon directive, whose first character is not escaped."""


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The data of every CSV download button a page draws, by label."""
    seen: dict[str, str] = {}
    original = st.download_button

    def recording(label: str, data: object, *args: object, **kwargs: object) -> object:
        if kwargs.get("mime") == "text/csv":
            seen[label] = data if isinstance(data, str) else data.decode()  # type: ignore[attr-defined]
        return original(label, data, *args, **kwargs)

    monkeypatch.setattr(st, "download_button", recording)
    return seen


def _rendered_markdown(app: AppTest) -> list[str]:
    return [element.value for kind in ("markdown", "caption", "error", "warning", "info",
                                       "success", "title", "subheader")
            for element in app.get(kind)]


def test_plain_markdown_escapes_links_images_and_directives() -> None:
    escaped = plain_markdown("[a](http://x) ![b](http://x/i.png) :red[c] $x$\n# h")
    for raw in ("[a]", "](", "![", ":red[", "$x$", "\n"):
        assert raw not in escaped
    assert not UNESCAPED.search(escaped)
    assert UNESCAPED.search("[a](http://x)") and UNESCAPED.search(":material/home:")
    assert escaped.replace("\\", "") == "[a](http://x) ![b](http://x/i.png) :red[c] $x$ # h"


def test_trends_page_downloads_and_text_are_inert(run_page: Callable[[str], AppTest],
                                                  use_store, hostile_store_url: str,
                                                  downloads: dict[str, str]) -> None:
    use_store(hostile_store_url)
    app = run_page("trends")
    assert not app.exception
    assert {"Download the table (CSV)", "Download the comparison (CSV)"} <= set(downloads)
    cells = {cell for data in downloads.values() for row in assert_no_formula_cells(data)
             for cell in row}
    assert "'" + HOSTILE_TEAM in cells
    shown = _rendered_markdown(app)
    assert any(plain_markdown(HOSTILE_TEAM) in text for text in shown)  # named, escaped
    for text in shown:
        assert not UNESCAPED.search(text), text


def test_audit_page_records_download_is_inert(run_page: Callable[[str], AppTest], use_store,
                                              hostile_store_url: str,
                                              downloads: dict[str, str]) -> None:
    use_store(hostile_store_url)
    app = run_page("audit")
    assert not app.exception
    rows = assert_no_formula_cells(downloads["Download these records (CSV)"])
    assert rows[0][:2] == ["record_id", "team"]
    assert {row[1] for row in rows[1:]} == {"'" + HOSTILE_TEAM, "North"}


def test_vocabulary_page_shows_local_config_values_as_text(
        run_page: Callable[[str], AppTest], monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A local config can name words and alternatives that would end a code span or render
    a remote image; the page shows them as text."""
    image = "![b](http://evil.example/i.png)"
    (tmp_path / "sos-lang.toml").write_text(
        f'allow = ["x` {image} `y"]\n'
        f'[override."jargon.care-contact"]\nalternatives = ["{image}", "[a](http://e.example)"]\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    app = run_page("vocabulary")
    app.selectbox(key="vocab_entry").set_value("jargon.care-contact").run()
    assert not app.exception
    shown = _rendered_markdown(app)
    assert any("evil" in text for text in shown)  # the values are shown
    safe_span = f"`x' {image} 'y`"  # a code span: its content is not markdown
    for text in shown:
        assert not UNESCAPED.search(text.replace(safe_span, "")), text
