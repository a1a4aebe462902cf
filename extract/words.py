"""The word tables of `words.toml`, loaded once: frozensets to look words up, alternations to build patterns.

>>> "Notably" in WORDS.common_capitalised, alternation(["a", "b"])
(True, 'a|b')
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace

WORDS_FILE = Path(__file__).with_name("words.toml")

with WORDS_FILE.open("rb") as _fh:
    _TABLES: dict[str, list[str]] = tomllib.load(_fh)

# every table as a frozenset (membership) ...
WORDS = SimpleNamespace(**{name: frozenset(items) for name, items in _TABLES.items()})
# ... and as the ordered list it is written in (alternations)
ORDERED = SimpleNamespace(**_TABLES)


def alternation(items: list[str]) -> str:
    """The entries of a table joined as a regular-expression alternation, in their order."""
    return "|".join(items)
