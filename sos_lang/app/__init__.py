"""The Streamlit dashboard: check a draft, audit records, team trends, vocabulary."""
