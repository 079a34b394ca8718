"""Tables written for spreadsheets: every CSV the CLI prints or the dashboard offers.

Team names, record types, record ids, run sources and reasons come from the exports an
audit read, so a cell may start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
and be run as a formula when the file is opened in Excel or LibreOffice (CSV or formula
injection, CWE-1236). As OWASP recommends
(https://owasp.org/www-community/attacks/CSV_Injection), such a text cell is written with a
leading single quote, which spreadsheets show as text; numbers (also negative ones) stay
numbers. ``safe_frame`` is the same neutralisation for any other spreadsheet writer (an XLSX
workbook included: openpyxl stores a string starting with ``=`` as a formula).
"""

from __future__ import annotations

import re

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these may be read as a formula (OWASP's list)."""

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """The value to write: text that a spreadsheet could run as a formula gets a leading
    single quote; numbers, dates, booleans and missing values are returned unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):  # "-3.5" is a number, not a formula
        return value
    return "'" + value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of the frame with every text cell (and column name) neutralised."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or isinstance(safe[column].dtype, pd.StringDtype):
            safe[column] = safe[column].map(safe_cell)
    safe.columns = [safe_cell(name) for name in safe.columns]
    return safe


def frame_to_csv(frame: pd.DataFrame, sep: str = ",", header: bool = True) -> str:
    """The frame as CSV text (no index), safe to open in a spreadsheet."""
    return safe_frame(frame).to_csv(index=False, sep=sep, header=header, lineterminator="\n")

