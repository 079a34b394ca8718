"""The script Streamlit runs: page set-up and navigation between the pages.

``sos-lang app`` and ``streamlit run app.py`` both end here; the store URL comes from
the SOS_LANG_STORE environment variable (see launch.py).
"""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from sos_lang.app import (
    pages_audit,
    pages_compare,
    pages_draft,
    pages_equity,
    pages_trends,
    pages_vocabulary,
)
from sos_lang.app.access import signed_in_teams


def main() -> None:
    """Set up the page and run the page the visitor chose."""
    # an emoji favicon is drawn locally; a Material icon (here or on a page) would be
    # fetched from fonts.gstatic.com, and the app never goes online
    st.set_page_config(page_title="sos_lang", page_icon="📝", layout="wide")
    signed_in_teams()  # with sign-in configured, nobody past this line is anonymous
    st.navigation(pages()).run()


def pages() -> list[StreamlitPage]:
    """The pages, each at its own address (/draft, /compare, /audit, /trends, /equity,
    /vocabulary).

    Streamlit serves its default page at the root and not at the default page's own
    url_path, so /draft opened directly showed "Page not found". The root is therefore a
    hidden page of its own that shows the draft page, and every listed page, the draft
    page included, keeps its address.
    """
    return [
        st.Page(pages_draft.render, title="Check a draft", url_path="home", default=True,
                visibility="hidden"),
        st.Page(pages_draft.render, title="Check a draft", url_path="draft"),
        st.Page(pages_compare.render, title="Check against notes", url_path="compare"),
        st.Page(pages_audit.render, title="Audit records", url_path="audit"),
        st.Page(pages_trends.render, title="Team trends", url_path="trends"),
        st.Page(pages_equity.render, title="Equity view", url_path="equity"),
        st.Page(pages_vocabulary.render, title="Vocabulary", url_path="vocabulary"),
    ]


if __name__ == "__main__":
    main()
