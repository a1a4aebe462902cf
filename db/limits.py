"""Column limits, checked before writing so that every backend accepts and refuses the same rows.

PostgreSQL refuses a value longer than its `VARCHAR(n)`; SQLite stores it. The store and the import
check each row against the declared lengths first and refuse an over-long value with its column,
its length and the limit, whatever the backend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import String, Table

from .models import Base


class ValueTooLong(ValueError):
    """A value longer than its column holds."""


def _lengths(table: Table) -> dict[str, int]:
    return {c.name: c.type.length for c in table.columns
            if isinstance(c.type, String) and c.type.length is not None}


LIMITS: dict[str, dict[str, int]] = {t.name: _lengths(t) for t in Base.metadata.sorted_tables}


def check_lengths(table: str, rows: Iterable[Mapping[str, Any]], where: str = "") -> None:
    """Raise ValueTooLong for the first value in `rows` longer than its column of `table` holds.

    >>> check_lengths("models", [{"key": "gpt-4", "name": "GPT-4"}])
    >>> check_lengths("models", [{"key": "k", "name": "x" * 300}], " (abstract 3)")
    Traceback (most recent call last):
    ...
    db.limits.ValueTooLong: models.name of 300 characters (xxxxxxxxxxxxxxxxxxxxxxxx...) is longer than the 256 \
the database holds (abstract 3)
    """
    limits = LIMITS[table]
    for row in rows:
        for column, limit in limits.items():
            value = row.get(column)
            if isinstance(value, str) and len(value) > limit:
                raise ValueTooLong(f"{table}.{column} of {len(value):,} characters ({value[:24]}...) is longer "
                                   f"than the {limit:,} the database holds{where}")
