"""Readers of the structured inputs people hold: the arXiv metadata snapshot, the arXiv API's Atom feed and
their own JSON-lines or CSV exports. `extract.reader` detects them by content and hands each its stream."""

from .options import ReadOptions

STRUCTURED = frozenset({"snapshot", "atom", "jsonl", "csv"})

__all__ = ["STRUCTURED", "ReadOptions"]
