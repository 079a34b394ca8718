"""Root entry for ``streamlit run app.py``: runs the dashboard in sos_lang/app."""

from sos_lang.app.streamlit_app import main

main()
