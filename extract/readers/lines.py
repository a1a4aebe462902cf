"""JSON lines: numbered lines of text blocks, objects parsed one by one, malformed lines gathered for one message."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

SHOWN = 20  # line numbers named in the message; the rest are counted


def numbered(blocks: Iterator[str]) -> Iterator[tuple[int, str]]:
    """The non-blank lines of text blocks (each ending at a line end) with their 1-based line numbers.

    >>> list(numbered(iter(['{"a": 1}\\n\\n', '{"b": 2}\\n'])))
    [(1, '{"a": 1}'), (3, '{"b": 2}')]
    """
    n = 0
    for block in blocks:
        for line in block[:-1].split("\n"):
            n += 1
            if line.strip():
                yield n, line


def json_object(line: str | bytes) -> dict[str, Any] | str:
    """The object a line holds, or the reason it holds none.

    >>> json_object('{"id": "2401.00001"}')
    {'id': '2401.00001'}
    >>> json_object('{"id": "2401.0'), json_object('[1, 2]')
    ('not valid JSON at column 8 (Unterminated string starting at)', 'not a JSON object')
    """
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not valid JSON at column {exc.colno} ({exc.msg})"
    except (UnicodeDecodeError, RecursionError):
        return "not valid JSON"
    return value if isinstance(value, dict) else "not a JSON object"


class BadLines:
    """The malformed lines (or entries) of one file: the first ones by number with the first reason, the rest counted.

    >>> bad = BadLines()
    >>> bad.add(4, "not valid JSON at column 1 (Expecting value)"); bad.add(17, "no abstract")
    >>> bad.message()
    'skipped 2 malformed lines: 4, 17 (line 4: not valid JSON at column 1 (Expecting value))'
    """

    def __init__(self, unit: str = "line", units: str = "lines") -> None:
        self.unit, self.units = unit, units
        self.numbers: list[int] = []
        self.count = 0
        self.first: str | None = None

    def add(self, line: int, reason: str) -> None:
        self.count += 1
        if len(self.numbers) < SHOWN:
            self.numbers.append(line)
        if self.first is None:
            self.first = f"{self.unit} {line}: {reason}"

    def __bool__(self) -> bool:
        return self.count > 0

    def message(self) -> str:
        """One line naming the bad lines (the first SHOWN of them) and why the first one is bad."""
        shown = ", ".join(map(str, sorted(self.numbers))) + (f" and {self.count - len(self.numbers):,} more"
                                                       if self.count > len(self.numbers) else "")
        noun = self.unit if self.count == 1 else self.units
        return f"skipped {self.count:,} malformed {noun}: {shown} ({self.first})"


def objects(blocks: Iterator[str], make: Callable[[dict[str, Any], int], T | str | None],
            notes: list[str]) -> Iterator[T]:
    """What `make` gives for each JSON object of a JSON-lines stream (with its line number): a paper, None to
    leave the line out, or why the line holds none. Malformed lines are skipped and named in one note."""
    bad = BadLines()
    for n, line in numbered(blocks):
        obj = json_object(line)
        found = obj if isinstance(obj, str) else make(obj, n)
        if isinstance(found, str):
            bad.add(n, found)
        elif found is not None:
            yield found
    if bad:
        notes.append(bad.message())
