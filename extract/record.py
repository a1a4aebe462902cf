"""The result record: the public contract of `benchboard extract --format jsonl`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The contract fields, in order (DESIGN.md), then the fields added since.
CONTRACT_FIELDS = (
    "doc", "paper_title", "arxiv_id", "model", "benchmark", "metric", "value", "unit",
    "kind", "qualifier", "evidence", "start", "end",
)
EXTRA_FIELDS = ("value_min", "value_norm", "role", "setting", "model_key", "system", "backbone", "scope", "relative",
                "how_linked", "how_named", "source", "confidence", "trusted")
FIELDS = CONTRACT_FIELDS + EXTRA_FIELDS


@dataclass(frozen=True)
class Result:
    """One reported number: what it measures, whose it is, and where it was written.

    `start`/`end` are offsets of the evidence sentence in the paper's abstract;
    `value_start`/`value_end` locate the number itself (for highlighting) and
    are kept out of equality, like any source span.
    """

    benchmark: str
    value: float
    kind: str  # "score" | "delta"
    evidence: str
    start: int
    end: int
    metric: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    model: str | None = None
    value_min: float | None = None
    value_norm: float | None = None
    role: str = "own"  # "own" | "baseline"
    setting: str | None = None
    model_key: str | None = None
    system: str | None = None  # the model or named method the number belongs to (None: the text names none)
    backbone: str | None = None  # the model the system runs on, when the text says
    scope: str = "full"  # "full" | "subset" (a part of the benchmark) | "joint" (several benchmarks at once)
    relative: bool = False  # a change stated as relative
    value_start: int = field(default=0, compare=False)
    value_end: int = field(default=0, compare=False)
    how_linked: str = ""  # the link rule that tied the number to its benchmark (`extract.rules`)
    how_named: str = ""  # the attribution rule that named its system
    source: str = "abstract"  # where the number was written: "abstract" | "body" | "table"
    confidence: float | None = None  # how sure the extractor is that the record is right (`extract.confidence`)
    trusted: bool = False  # confidence at or above the registry's threshold

    def to_record(self, doc: str, paper_title: str | None, arxiv_id: str | None) -> dict[str, Any]:
        """The JSONL record (contract fields first)."""
        out: dict[str, Any] = {"doc": doc, "paper_title": paper_title, "arxiv_id": arxiv_id}
        for name in FIELDS[3:]:
            out[name] = getattr(self, name)  # (every field is a scalar: no deep copy as asdict() would make)
        return out
