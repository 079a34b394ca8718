"""Team access holds for writes as for reads (issue #22, finding 1), driven through the
Audit page as a signed-in user would: a user limited to North cannot overwrite, move or
detect a South record, users not in the policy get nothing, and the run picker shows only
the visitor's runs and records."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sos_lang.app.access import ACCESS_ENV
from sos_lang.app.audit_upload import audit_upload
from sos_lang.audit.readers import ColumnMap
from sos_lang.audit.runner import AnalysisOptions
from sos_lang.store import Store

from .conftest import APP_SCRIPT, PAGES, TIMEOUT

pytestmark = pytest.mark.slow

LEAD, NORTH, STRANGER = "lead@council.example", "north@council.example", "x@example.org"
POLICY = f'require_login = true\n[teams]\n"{LEAD}" = ["*"]\n"{NORTH}" = ["North"]\n'
SOUTH_TEXT = "Mum was non-compliant and failed to engage."
SOUTH_EXPORT = ("record_id,text,team,date\n"
                f"A1,{SOUTH_TEXT},South,2020-01-02\n"
                "S2,Gran takes Sam to school every day.,South,2020-01-03\n")


def _export(*rows: tuple[str, str, str]) -> bytes:
    lines = ["record_id,text,team,date"] + [f"{rid},{text},{team},2020-02-01"
                                            for rid, text, team in rows]
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def south_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_store) -> str:
    """A store holding two South records (with excerpts), audited by the CLI's owner from
    south-export.csv, and the access policy in force."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store(url)
    try:
        audit_upload("south-export.csv", SOUTH_EXPORT.encode(), store, ColumnMap(),
                     options=AnalysisOptions(keep_excerpts=True), key="k")
    finally:
        store.close()
    policy = tmp_path / "access.toml"
    policy.write_text(POLICY, encoding="utf-8")
    monkeypatch.setenv(ACCESS_ENV, str(policy))
    monkeypatch.setenv("SOS_LANG_PSEUDONYM_KEY", "k")
    use_store(url)
    return url


def _records(url: str) -> pd.DataFrame:
    store = Store(url)
    try:
        return store.records_frame()
    finally:
        store.close()


def _excerpt_count(url: str, record_id: str, team: str) -> int:
    store = Store(url)
    try:
        return len(store.excerpts_for(record_id, team))
    finally:
        store.close()


def _audit_page(email: str) -> AppTest:
    app = AppTest.from_function(PAGES["audit"], default_timeout=TIMEOUT)
    app.user = {"is_logged_in": True, "email": email}
    return app.run()


def _upload(app: AppTest, data: bytes) -> str:
    """Upload an export on the page, run the audit, return the success message."""
    app.file_uploader(key="audit_file").upload("guess.csv", data, "text/csv")
    app.run()
    app.button(key="run_audit").click()
    app.run()
    assert not app.exception
    return app.success[0].value


def test_north_user_cannot_overwrite_or_move_a_south_record(south_store: str) -> None:
    before = _records(south_store).set_index(["team", "record_id"])
    app = _audit_page(NORTH)
    message = _upload(app, _export(("A1", "Dad shouted at Sam.", "North"),
                                   ("S2", "Dad shouted at Sam.", "South"),
                                   ("N1", "Dad shouted at Sam.", "North"),
                                   ("X1", "Dad shouted at Sam.", "")))
    assert message.startswith("Audit finished: analysed 2, skipped 0")  # A1 and N1 of North
    assert "failed 2" in message  # S2 of South and X1 without a team: refused
    after = _records(south_store).set_index(["team", "record_id"])
    assert sorted(after.index) == [("North", "A1"), ("North", "N1"),
                                   ("South", "A1"), ("South", "S2")]
    south = ["score_overall", "content_hash", "run_id"]
    pd.testing.assert_frame_equal(after.loc[[("South", "A1"), ("South", "S2")], south],
                                  before.loc[[("South", "A1"), ("South", "S2")], south])
    assert _excerpt_count(south_store, "A1", "South") > 0  # South's excerpts kept
    shown = app.dataframe[0].value  # the page shows North's records only
    assert set(shown["team"]) == {"North"}
    errors = next(frame.value for frame in app.dataframe  # the visitor's own upload's errors
                  if "reason" in frame.value.columns)
    assert errors["reason"].tolist() == ["team not among the teams you may write to"] * 2


def test_outcome_does_not_reveal_whether_a_guessed_id_exists(south_store: str) -> None:
    """The same rows with a real South id and an unused id give the same summary."""
    outcomes = []
    for guess in ("A1", "Z9"):  # A1 exists in South, Z9 nowhere
        app = _audit_page(NORTH)
        message = _upload(app, _export((guess, SOUTH_TEXT, "South"),
                                       (guess, SOUTH_TEXT, "North"),
                                       (f"{guess}b", SOUTH_TEXT, "North")))
        outcomes.append(message.split(", in ")[0])  # the counts, without the time taken
    assert outcomes[0] == outcomes[1] == ("Audit finished: analysed 2, skipped 0 (already in "
                                          "the store), failed 1")


@pytest.mark.parametrize("page", ["audit", "trends", "equity"])
def test_user_not_in_the_policy_gets_nothing(south_store: str, page: str) -> None:
    app = AppTest.from_function(PAGES[page], default_timeout=TIMEOUT)
    app.user = {"is_logged_in": True, "email": STRANGER}
    app.run()
    assert not app.exception
    assert "no teams" in app.warning[0].value
    assert not app.get("file_uploader") and not app.dataframe and not app.selectbox


def test_user_not_in_the_policy_gets_no_page(south_store: str) -> None:
    app = AppTest.from_file(str(APP_SCRIPT), default_timeout=TIMEOUT)
    app.user = {"is_logged_in": True, "email": STRANGER}
    app.run()
    assert not app.exception
    assert "no teams" in app.warning[0].value
    assert not app.text_area and not app.get("file_uploader")


def test_run_picker_shows_only_the_visitors_runs_and_counts(south_store: str) -> None:
    app = _audit_page(NORTH)
    assert not app.dataframe  # no North records yet: no runs to pick
    _upload(app, _export(("N1", "Dad shouted at Sam.", "North"),
                         ("S9", "Dad shouted at Sam.", "South")))
    options = app.selectbox(key="audit_run").options
    assert len(options) == 2  # all runs, and the North user's own run
    assert "south-export" not in " ".join(options) and "guess.csv" not in " ".join(options)
    assert options[1].endswith("(finished, 1 analysed)")
    lead = _audit_page(LEAD)
    lead_options = lead.selectbox(key="audit_run").options
    assert len(lead_options) == 3 and any("south-export.csv" in o for o in lead_options)
    assert set(lead.dataframe[0].value["team"]) == {"North", "South"}


def test_full_access_upload_writes_any_team(south_store: str) -> None:
    app = _audit_page(LEAD)
    message = _upload(app, _export(("S3", "Dad shouted at Sam.", "South"),
                                   ("X1", "Dad shouted at Sam.", "")))
    assert message.startswith("Audit finished: analysed 2, skipped 0")
    assert {("South", "S3")} <= set(zip(_records(south_store)["team"],
                                        _records(south_store)["record_id"], strict=True))
