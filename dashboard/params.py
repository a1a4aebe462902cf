"""A page's URL query parameters: each one parsed and bounded; an invalid one is ignored with a notice.

The `parse_*` functions are pure (text in, value out, `Invalid` with the reason otherwise); the
functions without the prefix read `st.query_params`, show the notice and fall back to a default.
A notice names the parameter and the rule, never echoes the value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import streamlit as st

T = TypeVar("T")
D = TypeVar("D")

MAX_RAW = 2000  # longer values are not read at all
_WHOLE = re.compile(r"[0-9]{1,9}")  # ASCII digits only: "²".isdigit() is True but int("²") fails
_NUMBER = re.compile(r"[+-]?(?:[0-9]{1,15}(?:\.[0-9]{0,15})?|\.[0-9]{1,15})")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NUMBER_LIMIT = 1e9  # |value| bound of a number filter (scores are 0-100, MT-Bench 0-10)
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2100, 12, 31)  # the dates a date filter takes


class Invalid(ValueError):
    """A parameter value that cannot be used; the message is the rule it breaks."""


def parse_whole(raw: str, lo: int, hi: int) -> int:
    """A whole number from `lo` to `hi`, written in ASCII digits.

    >>> parse_whole("20", 5, 50)
    20
    >>> parse_whole("²", 5, 50)
    Traceback (most recent call last):
    ...
    dashboard.params.Invalid: not a whole number from 5 to 50
    """
    if not _WHOLE.fullmatch(raw) or not lo <= int(raw) <= hi:
        raise Invalid(f"not a whole number from {lo} to {hi}")
    return int(raw)


def parse_number(raw: str, lo: float = -NUMBER_LIMIT, hi: float = NUMBER_LIMIT) -> float:
    """A finite decimal number from `lo` to `hi` (no exponent, no inf or nan).

    >>> parse_number("-2.5")
    -2.5
    >>> parse_number("1e309")
    Traceback (most recent call last):
    ...
    dashboard.params.Invalid: not a number from -1000000000 to 1000000000
    """
    value = float(raw) if _NUMBER.fullmatch(raw) else math.nan
    if not (math.isfinite(value) and lo <= value <= hi):
        raise Invalid(f"not a number from {lo:.15g} to {hi:.15g}")
    return value


def parse_day(raw: str) -> dt.date:
    """A calendar date written YYYY-MM-DD, from 1900 to 2100.

    >>> parse_day("2024-02-29")
    datetime.date(2024, 2, 29)
    >>> parse_day("2023-02-29")
    Traceback (most recent call last):
    ...
    dashboard.params.Invalid: not a date from 1900-01-01 to 2100-12-31 (YYYY-MM-DD)
    """
    try:
        day = dt.date.fromisoformat(raw) if _DAY.fullmatch(raw) else None
    except ValueError:
        day = None
    if day is None or not FIRST_DAY <= day <= LAST_DAY:
        raise Invalid(f"not a date from {FIRST_DAY} to {LAST_DAY} (YYYY-MM-DD)")
    return day


def parse_flag(raw: str) -> bool:
    """"1" (on) or "0" (off).

    >>> parse_flag("0"), parse_flag("1")
    (False, True)
    """
    if raw not in ("0", "1"):
        raise Invalid("not 1 or 0")
    return raw == "1"


def parse_ids(raw: str, limit: int) -> list[int]:
    """Comma-separated ids (whole numbers), at most `limit` of them.

    >>> parse_ids("3,12", 8)
    [3, 12]
    """
    parts = raw.split(",")
    if len(parts) > limit or not all(_WHOLE.fullmatch(p) for p in parts):
        raise Invalid("not an id" if limit == 1 else f"not a list of at most {limit} ids")
    return [int(p) for p in parts]


def raw(name: str) -> str | None:
    """The parameter's text (None when absent or empty)."""
    value = st.query_params.get(name)
    return value or None


def notice(name: str, reason: str) -> None:
    """Tell the user a URL parameter was ignored, and why."""
    st.warning(f"Ignored the URL's {name}: {reason}.", icon=":material/link_off:")


def _read(name: str) -> str | None:
    value = raw(name)
    if value is not None and len(value) > MAX_RAW:
        notice(name, f"longer than {MAX_RAW} characters")
        return None
    return value


def _parsed(name: str, parse: Callable[[str], T], default: D) -> T | D:
    """The parameter parsed, or `default` when absent or invalid (with a notice)."""
    value = _read(name)
    if value is None:
        return default
    try:
        return parse(value)
    except Invalid as exc:
        notice(name, str(exc))
        return default


def whole(name: str, default: int, lo: int, hi: int) -> int:
    """A bounded whole-number parameter."""
    return _parsed(name, lambda v: parse_whole(v, lo, hi), default)


def number(name: str, lo: float = -NUMBER_LIMIT, hi: float = NUMBER_LIMIT) -> float | None:
    """A bounded, finite number parameter (None when absent or invalid)."""
    return _parsed(name, lambda v: parse_number(v, lo, hi), None)


def day(name: str) -> dt.date | None:
    """A date parameter (None when absent or invalid)."""
    return _parsed(name, parse_day, None)


def flag(name: str, default: bool) -> bool:
    """An on/off parameter written 1 or 0."""
    return _parsed(name, parse_flag, default)


def text(name: str, max_chars: int) -> str:
    """A free-text parameter, at most `max_chars` long (longer: ignored)."""
    value = _read(name) or ""
    if len(value) > max_chars:
        notice(name, f"longer than {max_chars} characters")
        return ""
    return value


def option(name: str, options: Sequence[T], what: str, default: int = 0, label: Any = str) -> int:
    """Index of the parameter's value among `options` (matched by `label`); `default` when absent or unknown."""
    value = _read(name)
    if value is None:
        return default
    for i, o in enumerate(options):
        if label(o) == value:
            return i
    notice(name, f"not a known {what}")
    return default


def subset(name: str, options: Sequence[str], what: str, limit: int) -> list[str]:
    """The comma-separated parameter's values that are among `options` (unknown ones ignored with a notice)."""
    value = _read(name)
    if value is None:
        return []
    wanted = value.split(",")
    known = [v for v in dict.fromkeys(wanted) if v in options]
    if len(known) < len(wanted):
        notice(name, f"only known {what} are kept")
    if len(known) > limit:
        notice(name, f"at most {limit} {what}")
    return known[:limit]


def ids(name: str, limit: int) -> list[int]:
    """A comma-separated list of ids (empty when absent or invalid)."""
    return _parsed(name, lambda v: parse_ids(v, limit), [])


def write(**values: Any) -> None:
    """Write the page state into the URL (empty and false values are removed)."""
    for k, v in values.items():
        if v in (None, "", [], ()) or v is False:
            if k in st.query_params:
                del st.query_params[k]
        else:
            text_ = ",".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
            if st.query_params.get(k) != text_:
                st.query_params[k] = text_
