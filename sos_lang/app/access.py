"""Optional sign-in and per-team access for shared deployments.

Off by default: on one worker's machine (bound to 127.0.0.1) there is nobody to keep
out. A shared deployment turns it on with a TOML file named by $SOS_LANG_ACCESS::

    require_login = true          # Streamlit's built-in OIDC sign-in (st.login)
    [teams]                       # who may see which teams' trends and records
    "lead@council.example" = ["*"]
    "worker@council.example" = ["North Locality", "Front Door"]

The identity provider itself is configured in Streamlit's ``.streamlit/secrets.toml``
(``[auth]`` section), as Streamlit documents. Someone signed in but not listed (or listed
with no teams) gets nothing: no page, no upload, no runs, no counts.

Access holds for writes as for reads: an upload by a user limited to some teams may write
only rows of those teams (others are row errors, decided from the row alone), and the store
keys records by team and id, so no upload can replace, move or detect another team's record.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

ACCESS_ENV = "SOS_LANG_ACCESS"
ALL_TEAMS = "*"


@dataclass(frozen=True)
class AccessPolicy:
    require_login: bool = False
    teams_by_user: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def teams_for(self, email: str | None) -> frozenset[str] | None:
        """The teams this user may see: None for all, an empty set for none."""
        if not self.require_login:
            return None
        teams = self.teams_by_user.get((email or "").lower(), ())
        return None if ALL_TEAMS in teams else frozenset(teams)


def load_policy(path: str | None = None) -> AccessPolicy:
    """The policy in $SOS_LANG_ACCESS (or path); no file means no sign-in."""
    path = path or os.environ.get(ACCESS_ENV)
    if not path:
        return AccessPolicy()
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    teams = {str(user).lower(): tuple(str(t) for t in allowed)
             for user, allowed in data.get("teams", {}).items()}
    return AccessPolicy(require_login=bool(data.get("require_login", False)),
                        teams_by_user=teams)


def signed_in_teams() -> frozenset[str] | None:
    """Ask for sign-in when the policy needs it; return the teams the visitor may see."""
    policy = load_policy()
    if not policy.require_login:
        return None
    if not st.user.get("is_logged_in", False):
        st.info("This dashboard is shared: sign in to see your teams' records.")
        st.button("Sign in", on_click=st.login)
        st.stop()
    teams = policy.teams_for(st.user.get("email"))
    if teams is not None and not teams:
        st.warning("Your account has no teams in this dashboard's access policy, so there is "
                   "nothing to show. Ask whoever runs the dashboard to add you.")
        st.stop()
    return teams


def visible_records(records: pd.DataFrame, teams: frozenset[str] | None) -> pd.DataFrame:
    """Only the rows of teams the visitor may see (all rows when access is not limited)."""
    if teams is None:
        return records
    return records[records["team"].isin(teams)]


def visible_runs(runs: pd.DataFrame, records: pd.DataFrame, teams: frozenset[str] | None
                 ) -> pd.DataFrame:
    """The runs a visitor may pick. With full access, every run as stored. Limited to some
    teams: only runs that wrote records the visitor can see, with ``analysed`` counting
    those records alone and no file names or other totals (they describe other teams)."""
    if teams is None:
        return runs
    mine = records.groupby("run_id").size()
    shown = runs.loc[runs["run_id"].isin(mine.index)].copy()
    shown["analysed"] = shown["run_id"].map(mine).astype(int)
    return shown.drop(columns=["inputs", "skipped", "failed"])
