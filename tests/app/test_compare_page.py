"""The 'Check against notes' page in AppTest: both texts marked, findings listed,
bad input explained."""

from __future__ import annotations

from tests.compare.test_core import FAITHFUL, FAULTY, SOURCE


def _compare(app, draft: str, source: str):  # type: ignore[no-untyped-def]
    app.text_area(key="compare_draft").input(draft)
    app.text_area(key="compare_source").input(source)
    app.button(key="compare_run").click()
    return app.run()


def test_unsupported_spans_are_marked_with_the_nearest_source(run_page) -> None:
    app = _compare(run_page("compare"), FAULTY, SOURCE)
    html = "\n".join(element.value for element in app.html)
    assert 'data-rule="unsupported"' in html
    assert 'data-rule="invented_specific"' in html
    assert "Nearest source:" in html
    assert app.metric[0].label == "Support score"
    table = app.dataframe[0].value
    assert set(table["kind"]) >= {"unsupported", "invented_specific"}


def test_a_faithful_draft_has_no_draft_marks(run_page) -> None:
    app = _compare(run_page("compare"), FAITHFUL, SOURCE)
    assert not app.exception
    assert app.metric[0].label == "Support score"


def test_an_empty_source_gets_a_clear_error(run_page) -> None:
    app = _compare(run_page("compare"), FAITHFUL, "")
    assert "is empty" in app.error[0].value
