"""Scoring extracted records against hand-checked gold records (AxCell-style figures).

A predicted record *matches* a gold record when document, benchmark, value and
evidence sentence agree. On matched pairs each field (model, metric, unit,
kind, qualifier) is compared; the *full tuple* counts a match only when all of
those agree as well. Gold records flagged ``ambiguous`` are scored separately:
a prediction matching one is neither a hit nor a false positive in the main
figures. Only the core benchmarks are scored unless `benchmarks` says otherwise.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extractor import canonical_metric
from .modelname import model_key
from .registry import CORE

FIELDS_COMPARED = ("model", "metric", "unit", "kind", "qualifier")
# fields of whose number it is, compared where the gold record states them (`tests/gold/README.md`)
ATTRIBUTION_FIELDS = ("system", "backbone", "system+backbone", "role", "scope", "sign", "relative", "setting")


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file (blank lines skipped); a line that is not a JSON object raises ValueError
    naming the file and the line."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path} line {n}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path} line {n}: not a JSON object")
            records.append(record)
    return records


def _key(r: dict[str, Any]) -> tuple[str, str, float, str]:
    """What pairs a prediction with a gold record: document, benchmark, the number's magnitude (a delta with the
    wrong sign is the right number with a wrong field) and the evidence sentence."""
    return (r["doc"], r["benchmark"], round(abs(float(r["value"])), 4), " ".join(str(r["evidence"]).split()))


def _names(model: str | None, alternatives: Iterable[str] = ()) -> set[str]:
    """A model name's comparable forms: whole, outside and inside its parenthesis."""
    out: set[str] = set()
    for m in [model, *alternatives]:
        if not m:
            continue
        out.add(model_key(m))
        inner = re.findall(r"\(([^()]*)\)", m)
        outer = re.sub(r"\s*\([^()]*\)", "", m).strip()
        if outer:
            out.add(model_key(outer))
        out.update(model_key(i) for i in inner if i.strip())
    return out


def _same_name(pred: str | None, gold: str | None, alternatives: Iterable[str]) -> bool:
    """A system or backbone agrees when both are absent or the prediction is the gold name or one of its
    alternatives (with no gold name, no prediction is right too)."""
    if not pred:
        return not gold
    return model_key(pred) in {model_key(a) for a in [gold, *alternatives] if a}


def _setting_key(setting: str | None) -> frozenset[str]:
    return frozenset(s.strip().lower().replace(" ", "-") for s in (setting or "").split(",") if s.strip())


def attribution_agrees(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """Whether a field of whose number it is agrees; None when the gold record does not state it.

    >>> gold = {"system": None, "backbone": "Qwen2.5-7B", "system_alternatives": ["SFT"], "kind": "delta",
    ...         "value": -1.1, "relative": False, "scope": "joint", "role": "own"}
    >>> pred = {"system": "SFT", "backbone": "Qwen2.5-7B", "kind": "delta", "value": 1.1, "relative": False}
    >>> [attribution_agrees(f, pred, gold) for f in ("system", "system+backbone", "sign", "relative", "scope")]
    [True, True, False, True, False]
    """
    if name == "system+backbone":
        both = [attribution_agrees(f, pred, gold) for f in ("system", "backbone")]
        return None if None in both else all(both)
    if name in ("system", "backbone"):
        if name not in gold:
            return None
        return _same_name(pred.get(name), gold.get(name), gold.get(f"{name}_alternatives", []))
    if name == "sign":
        if gold.get("kind") != "delta" or pred.get("kind") != "delta" or float(gold["value"]) == 0:
            return None
        return (float(pred["value"]) < 0) == (float(gold["value"]) < 0)
    if name == "relative":
        if gold.get("kind") != "delta" or "relative" not in gold:
            return None
        return bool(pred.get("relative")) == bool(gold["relative"])
    if name == "setting":
        return _setting_key(pred.get("setting")) == _setting_key(gold.get("setting")) if "scope" in gold else None
    if name not in gold:
        return None
    return pred.get(name, "own" if name == "role" else "full" if name == "scope" else None) == gold[name]


def field_agrees(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether one field of a matched pair agrees.

    Models agree when any of their forms (whole name, name outside / inside a
    parenthesis, gold alternatives) coincide under the canonical model key.

    >>> field_agrees("model", {"model": "C-Evolve (GPT-4.1-mini)"}, {"model": "C-Evolve"})
    True
    >>> field_agrees("metric", {"metric": "avg@32"}, {"metric": "Average@32"})
    True
    >>> gold = {"model": None, "model_alternatives": ["7B actor"]}
    >>> [field_agrees("model", {"model": m}, gold) for m in (None, "7B actor", "GPT-4")]
    [True, True, False]
    """
    if name == "model":
        g = _names(gold.get("model"), gold.get("model_alternatives", []))
        p = _names(pred.get("model"))
        if not p and not gold.get("model"):
            return True  # no system named, as in the gold (its alternatives are only other acceptable forms)
        return (not g and not p) or bool(g & p)
    if name == "metric":  # one metric however spelled ("Average@32" is avg@32)
        a, b = canonical_metric(pred.get("metric")), canonical_metric(gold.get("metric"))
        return (a or "").lower() == (b or "").lower()
    return pred.get(name) == gold.get(name)


@dataclass
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Everything the scorer measured."""

    overall: Counts = field(default_factory=Counts)
    tuple_: Counts = field(default_factory=Counts)
    ambiguous: Counts = field(default_factory=Counts)
    by_benchmark: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    field_hits: Counter[str] = field(default_factory=Counter)
    matched: int = 0
    attribution_hits: Counter[str] = field(default_factory=Counter)  # agreeing matched records, per field
    attribution_seen: Counter[str] = field(default_factory=Counter)  # matched records whose gold states it
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    negative_violations: list[dict[str, Any]] = field(default_factory=list)
    # every scored prediction with its verdict: "right" (matched, and its kind, sign and system agree where the
    # gold record states them), "wrong" (unmatched, or one of those fields disagrees) or "ambiguous"
    verdicts: list[tuple[dict[str, Any], str]] = field(default_factory=list)

    def field_accuracy(self, name: str) -> float:
        """Share of matched records whose field agrees (an attribution field: of those whose gold states it)."""
        if name in ATTRIBUTION_FIELDS:
            seen = self.attribution_seen[name]
            return self.attribution_hits[name] / seen if seen else 1.0
        return self.field_hits[name] / self.matched if self.matched else 1.0

    @property
    def macro(self) -> tuple[float, float, float]:
        rows = list(self.by_benchmark.values())
        if not rows:
            return 1.0, 1.0, 1.0
        p = sum(c.precision for c in rows) / len(rows)
        r = sum(c.recall for c in rows) / len(rows)
        f = sum(c.f1 for c in rows) / len(rows)
        return p, r, f

    def as_dict(self) -> dict[str, Any]:
        """Plain figures for JSON output."""
        mp, mr, mf = self.macro
        return {
            "micro": {"precision": self.overall.precision, "recall": self.overall.recall, "f1": self.overall.f1,
                      "tp": self.overall.tp, "fp": self.overall.fp, "fn": self.overall.fn},
            "macro": {"precision": mp, "recall": mr, "f1": mf},
            "full_tuple": {"precision": self.tuple_.precision, "recall": self.tuple_.recall, "f1": self.tuple_.f1},
            "ambiguous": {"tp": self.ambiguous.tp, "fn": self.ambiguous.fn},
            "fields": {name: self.field_accuracy(name) for name in FIELDS_COMPARED},
            "attribution": {name: self.field_accuracy(name) for name in ATTRIBUTION_FIELDS},
            "attribution_counts": {name: self.attribution_seen[name] for name in ATTRIBUTION_FIELDS},
            "by_benchmark": {b: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp,
                                 "fn": c.fn} for b, c in sorted(self.by_benchmark.items())},
            "negative_violations": len(self.negative_violations),
        }


def score(
    predictions: Iterable[dict[str, Any]],
    gold: Iterable[dict[str, Any]],
    negatives: Iterable[dict[str, Any]] = (),
    benchmarks: Iterable[str] = CORE,
) -> Score:
    """Compare predicted records with gold records on the given benchmarks."""
    wanted = set(benchmarks)
    gold_rows = [g for g in gold if g["benchmark"] in wanted and not g.get("variant")]
    docs = {g["doc"] for g in gold}
    preds = [p for p in predictions if p["benchmark"] in wanted and p["doc"] in docs]
    result = Score()
    by_key: dict[tuple[str, str, float, str], list[dict[str, Any]]] = defaultdict(list)
    for g in gold_rows:
        by_key[_key(g)].append(g)
    used: set[int] = set()
    for p in preds:
        candidates = [g for g in by_key.get(_key(p), []) if id(g) not in used]
        if not candidates:
            result.overall.fp += 1
            result.tuple_.fp += 1
            result.by_benchmark[p["benchmark"]].fp += 1
            result.false_positives.append(p)
            result.verdicts.append((p, "wrong"))
            continue
        # prefer the gold record whose fields agree most (several records can share a value)
        g = max(candidates, key=lambda c: sum(field_agrees(f, p, c) for f in FIELDS_COMPARED))
        used.add(id(g))
        if g.get("ambiguous"):
            result.ambiguous.tp += 1
            result.verdicts.append((p, "ambiguous"))
            continue
        row_right = field_agrees("kind", p, g) and all(
            attribution_agrees(f, p, g) is not False for f in ("system", "sign"))
        result.verdicts.append((p, "right" if row_right else "wrong"))
        result.overall.tp += 1
        result.by_benchmark[p["benchmark"]].tp += 1
        result.matched += 1
        all_ok = True
        for f in FIELDS_COMPARED:
            if field_agrees(f, p, g):
                result.field_hits[f] += 1
            else:
                all_ok = False
                result.field_errors.append((f, p, g))
        for f in ATTRIBUTION_FIELDS:
            agrees = attribution_agrees(f, p, g)
            if agrees is None:
                continue
            result.attribution_seen[f] += 1
            if agrees:
                result.attribution_hits[f] += 1
            else:
                result.field_errors.append((f, p, g))
        if all_ok:
            result.tuple_.tp += 1
        else:
            result.tuple_.fp += 1
            result.tuple_.fn += 1
    for g in gold_rows:
        if id(g) in used:
            continue
        if g.get("ambiguous"):
            result.ambiguous.fn += 1
            continue
        result.overall.fn += 1
        result.tuple_.fn += 1
        result.by_benchmark[g["benchmark"]].fn += 1
        result.false_negatives.append(g)
    gold_keys = {_key(g) for g in gold_rows}
    for neg in negatives:
        sentence = " ".join(neg["sentence"].split())
        for p in preds:
            if p["doc"] == neg["doc"] and " ".join(p["evidence"].split()) == sentence and _key(p) not in gold_keys:
                result.negative_violations.append({**p, "why": neg.get("why")})
    return result


def format_report(s: Score, title: str = "") -> str:
    """A plain-text report of a Score."""
    lines = []
    if title:
        lines.append(title)
    o = s.overall
    mp, mr, mf = s.macro
    lines.append(f"  micro  P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}  (tp={o.tp} fp={o.fp} fn={o.fn})")
    lines.append(f"  macro  P={mp:.3f} R={mr:.3f} F1={mf:.3f}")
    t = s.tuple_
    lines.append(f"  full tuple (all fields right)  P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f}")
    lines.append("  fields on matched records: " + "  ".join(
        f"{f}={s.field_accuracy(f):.3f}" for f in FIELDS_COMPARED))
    if any(s.attribution_seen.values()):
        lines.append("  whose number it is (matched records whose gold states it): " + "  ".join(
            f"{f}={s.field_accuracy(f):.3f}" for f in ATTRIBUTION_FIELDS if s.attribution_seen[f]))
    a = s.ambiguous
    lines.append(f"  ambiguous gold records (scored apart): found {a.tp} of {a.tp + a.fn}")
    lines.append(f"  negative sentences violated: {len(s.negative_violations)}")
    for b, c in sorted(s.by_benchmark.items()):
        lines.append(f"    {b:<12} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  (tp={c.tp} fp={c.fp} fn={c.fn})")
    return "\n".join(lines)
