"""Tables as files: CSV safe to open in a spreadsheet, Parquet with typed columns.

A CSV cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel, LibreOffice
and Google Sheets (a file named `=cmd.txt`, an abstract starting `@SUM(`). As OWASP advises, such a text
cell is written with a leading single quote; numeric columns are written as they are, so a negative
number stays a number. The CLI's `export` and every CSV download of the dashboard go through `to_csv`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported where a table is made: `benchboard extract` needs only `safe_cell`
    import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A text value made inert for a spreadsheet; anything else unchanged.

    >>> safe_cell("=cmd|' /C calc'!A0"), safe_cell("@SUM(A1)"), safe_cell("-2.5 points"), safe_cell(-2.5)
    ("'=cmd|' /C calc'!A0", "'@SUM(A1)", "'-2.5 points", -2.5)
    >>> safe_cell("GSM8K")
    'GSM8K'
    """
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def neutralised(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells are safe to open in a spreadsheet (numeric columns untouched)."""
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].map(safe_cell)
    return out


def to_csv(df: pd.DataFrame) -> str:
    """`df` as CSV text (no index) with every text cell safe to open in a spreadsheet; lines end in CRLF as
    RFC 4180 has them, so that a carriage return inside a cell is quoted too."""
    return neutralised(df).to_csv(index=False, lineterminator="\r\n")


INTEGER_COLUMNS = ("start", "end")
FLOAT_COLUMNS = ("value", "value_min", "value_norm", "confidence")
BOOLEAN_COLUMNS = ("relative", "trusted")


def typed(df: pd.DataFrame) -> pd.DataFrame:
    """Export records with one type per column, for Parquet: text as strings (arXiv ids stay text),
    offsets as nullable integers, values as floats, flags as booleans, the date as a date.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"arxiv_id": ["2605.27850"], "value": [-11.8], "start": [0], "relative": [False],
    ...                    "date": ["2026-05-01"]})
    >>> typed(df).dtypes.astype(str).tolist()
    ['string', 'float64', 'Int64', 'boolean', 'object']
    """
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if col in INTEGER_COLUMNS:
            out[col] = out[col].astype("Int64")
        elif col in BOOLEAN_COLUMNS:
            out[col] = out[col].astype("boolean")
        elif col in FLOAT_COLUMNS:
            out[col] = out[col].astype("float64")
        elif col == "date":
            out[col] = pd.to_datetime(out[col]).dt.date
        else:
            out[col] = out[col].astype("string")
    return out
