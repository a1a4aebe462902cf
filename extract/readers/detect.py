"""Telling structured inputs apart by their first lines: JSON lines (the arXiv snapshot or generic), Atom XML, CSV."""

from __future__ import annotations

import csv
import re

from .lines import json_object

_HEADER_FIELD = re.compile(r"^[A-Za-z_][\w .\-/]{0,63}$")
SNAPSHOT_KEYS = ("id", "abstract")  # and one of "versions", "update_date": what arXiv's metadata snapshot has


def structured_format(lines: list[str]) -> str | None:
    """"snapshot", "jsonl", "atom" or "csv" from a file's first lines (stripped, blank ones kept), else None.

    >>> structured_format(['', '{"id": "0704.0001", "abstract": "  A fully ...", "versions": []}'])
    'snapshot'
    >>> structured_format(['{"id": "2510.09842", "summary": "Energy efficiency ..."}'])
    'jsonl'
    >>> structured_format(['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">'])
    'atom'
    >>> structured_format(["arxiv_id,title,abstract", "2401.00001,A title,An abstract."])
    'csv'
    >>> structured_format(["Deep Learning, Robots", "", "We study X, and Y."]) is None  # a title, then its abstract
    True
    """
    lines = lines[next((i for i, line in enumerate(lines) if line), len(lines)):]
    if not lines:
        return None
    first = lines[0]
    if first.startswith("{"):
        return "snapshot" if _is_snapshot(lines) else "jsonl"
    if first.startswith(("<?xml", "<feed")):
        return "atom"
    return "csv" if _is_csv(lines) else None


def _is_snapshot(lines: list[str]) -> bool:
    for line in lines[:20]:
        obj = json_object(line) if line else None
        if isinstance(obj, dict):
            return all(k in obj for k in SNAPSHOT_KEYS) and ("versions" in obj or "update_date" in obj)
    return False


def _is_csv(lines: list[str]) -> bool:
    """A header of two or more short names, right followed by a row with as many cells."""
    if len(lines) < 2 or not lines[1]:
        return False
    delimiter = "\t" if "\t" in lines[0] else ","
    rows = csv.reader(lines[:50], delimiter=delimiter)
    try:
        header = next(rows)
        row = next(rows, None)
    except csv.Error:
        return False
    if len(header) < 2 or not all(_HEADER_FIELD.match(h.strip()) for h in header):
        return False
    return row is not None and len(row) == len(header)
