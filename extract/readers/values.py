"""Field values of structured inputs made into a paper's: arXiv ids, folded text, dates."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

# an arXiv id as written in exports and feeds: bare, "arXiv:"-prefixed or an abs/pdf URL, with or without version
_ARXIV_ID = re.compile(r"(?:^|arxiv\.org/(?:abs|pdf)/|^arXiv:\s*)(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})"
                       r"(?:v\d+)?(?:\.pdf)?/?$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:$|[T ])")


def arxiv_id(value: object) -> str | None:
    """The arXiv id in an id field, without its version; None for anything else.

    >>> arxiv_id("http://arxiv.org/abs/2401.00001v1"), arxiv_id("arXiv:2404.13628"), arxiv_id("hep-ph/0703001v2")
    ('2401.00001', '2404.13628', 'hep-ph/0703001')
    >>> arxiv_id("W2741809807"), arxiv_id(None)
    (None, None)
    """
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    m = _ARXIV_ID.search(str(value).strip())
    return m.group("id") if m else None


def fold(value: object) -> str | None:
    """A text field with its hard line wraps joined (lines stripped, joined by a space); None when empty.

    >>> fold("  A fully differential calculation is\\npresented.\\n  Second paragraph.\\n")
    'A fully differential calculation is presented. Second paragraph.'
    >>> fold(""), fold(None), fold(42)
    (None, None, '42')
    """
    if value is None or isinstance(value, bool | list | dict):
        return None
    text = str(value)
    if "\n" in text or "\r" in text:
        text = " ".join(x.strip() for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if x.strip())
    else:
        text = text.strip()
    return text or None


def day(value: object) -> str | None:
    """The date (YYYY-MM-DD) in a date field: ISO 8601 (a date or a timestamp) or RFC 2822; None otherwise.

    >>> day("Mon, 2 Apr 2007 19:18:42 GMT"), day("2024-01-02T17:59:59Z"), day("2024-01-02")
    ('2007-04-02', '2024-01-02', '2024-01-02')
    >>> day("last spring"), day("2024-13-45"), day(None)
    (None, None, None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    m = _ISO_DATE.match(text)
    try:
        if m:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
