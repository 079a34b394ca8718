"""Optional sign-in: off by default; when configured, anonymous visitors see nothing and
signed-in visitors see only their teams."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sos_lang.app.access import ACCESS_ENV, AccessPolicy, load_policy, visible_records

from .conftest import APP_SCRIPT, TIMEOUT


def test_no_policy_means_no_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ACCESS_ENV, raising=False)
    assert load_policy() == AccessPolicy()
    assert AccessPolicy().teams_for(None) is None


def test_policy_teams(tmp_path: Path) -> None:
    path = tmp_path / "access.toml"
    path.write_text('require_login = true\n[teams]\n"Lead@Council.example" = ["*"]\n'
                    '"worker@council.example" = ["North"]\n', encoding="utf-8")
    policy = load_policy(str(path))
    assert policy.teams_for("lead@council.example") is None
    assert policy.teams_for("worker@council.example") == frozenset({"North"})
    assert policy.teams_for("stranger@example.org") == frozenset()
    records = pd.DataFrame({"team": ["North", "South", "North"], "score_overall": [1, 2, 3]})
    assert visible_records(records, frozenset({"North"}))["score_overall"].tolist() == [1, 3]
    assert len(visible_records(records, frozenset())) == 0
    assert len(visible_records(records, None)) == 3


def test_anonymous_visitor_is_asked_to_sign_in(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "access.toml"
    path.write_text("require_login = true\n", encoding="utf-8")
    monkeypatch.setenv(ACCESS_ENV, str(path))
    monkeypatch.setenv("SOS_LANG_STORE", f"sqlite:///{tmp_path / 'store.db'}")
    app = AppTest.from_file(str(APP_SCRIPT), default_timeout=TIMEOUT)
    app.run()
    assert not app.exception
    assert any("sign in" in info.value.lower() for info in app.info)
    assert [button.label for button in app.button] == ["Sign in"]
    assert not app.text_area  # the draft page did not render
