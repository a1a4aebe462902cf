"""Fitting the confidence model on the gold sets and measuring it the honest way: leave one set out.

Every record the extractor finds in a gold set's documents is labelled by the scorer: *right* when it matches a
gold record and its kind, sign and system agree where the gold record states them, *wrong* otherwise (records
matching an ambiguous gold record are left out). A logistic regression (scikit-learn, L2, a fixed solver: the
fit is reproducible) is fitted on the features of `extract.confidence`. Leave-one-set-out: each gold set is
scored by a model fitted on all the others, and the pooled scores give the reliability table and the threshold.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from .accuracy import GOLD_SETS, REGISTRY_SCOPED
from .confidence import WEIGHTS_FILE, features
from .extractor import extract
from .reader import iter_papers, read_path
from .record import Result
from .registry import Registry, default_registry
from .scorer import load_jsonl, score

TARGET_PRECISION = 0.97
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0)  # the reliability table's confidence bands
REGULARISATION = 1.0  # scikit-learn's C: the inverse strength of the L2 penalty
MIN_KEPT = 100  # the fewest records a threshold's precision is measured on


@dataclass
class Row:
    """One labelled record of a gold set."""

    gold_set: str
    features: dict[str, float]
    right: bool
    matched: bool  # it matches a gold record (whatever its other fields)
    confidence: float = 0.0  # filled by leave-one-set-out


@dataclass
class Report:
    """What a refit measured."""

    intercept: float
    weights: dict[str, float]
    threshold: float
    rows: list[Row] = field(default_factory=list)
    gold_records: int = 0  # non-ambiguous gold records of every set (the recall denominator)

    def band_table(self) -> list[dict[str, Any]]:
        """Leave-one-set-out precision per confidence band."""
        out = []
        for lo, hi in pairwise(BANDS):
            inside = [r for r in self.rows if lo <= r.confidence < hi or (hi == 1.0 and r.confidence == 1.0)]
            right = sum(r.right for r in inside)
            out.append({"band": f"{lo:.2f}-{hi:.2f}", "records": len(inside), "right": right,
                        "precision": round(right / len(inside), 3) if inside else None})
        return out

    def at_threshold(self, threshold: float | None = None) -> dict[str, Any]:
        """Leave-one-set-out figures of the records at or above the threshold: the share right, the share
        matching a gold record (the scorer's precision), the scorer's recall, and the right records lost."""
        t = self.threshold if threshold is None else threshold
        kept = [r for r in self.rows if r.confidence >= t]
        right_all = sum(r.right for r in self.rows)
        right_kept = sum(r.right for r in kept)
        matched_kept = sum(r.matched for r in kept)
        return {
            "threshold": t,
            "records": len(self.rows), "trusted": len(kept),
            "precision (row right)": round(right_kept / len(kept), 3) if kept else None,
            "precision (matched)": round(matched_kept / len(kept), 3) if kept else None,
            "recall": round(matched_kept / self.gold_records, 3) if self.gold_records else None,
            "recall without threshold": round(sum(r.matched for r in self.rows) / self.gold_records, 3)
            if self.gold_records else None,
            "right records kept": round(right_kept / right_all, 3) if right_all else None,
        }


def labelled(gold_dir: Path, registry: Registry | None = None) -> tuple[list[Row], int]:
    """Every scored record of every gold set with its label, and the number of non-ambiguous gold records."""
    reg = registry or default_registry()
    rows: list[Row] = []
    total = 0
    everything = [b.name for b in reg]
    for name, (docs, gold_file, neg_file) in GOLD_SETS.items():
        results: list[Result] = []
        preds: list[dict[str, Any]] = []
        for f in read_path([gold_dir / docs]):
            for paper in iter_papers(f):
                for r in extract(paper.abstract, paper.title):
                    results.append(r)
                    preds.append({**r.to_record(paper.source, paper.title, paper.arxiv_id), "_row": len(results) - 1})
        gold, negatives = load_jsonl(gold_dir / gold_file), load_jsonl(gold_dir / neg_file)
        s = score(preds, gold, negatives, everything) if name in REGISTRY_SCOPED else score(preds, gold, negatives)
        total += s.overall.tp + s.overall.fn
        unmatched = {id(p) for p in s.false_positives}
        for p, verdict in s.verdicts:
            if verdict == "ambiguous":
                continue
            rows.append(Row(name, features(results[p["_row"]], reg), verdict == "right",
                            matched=id(p) not in unmatched))
    return rows, total


def fit(rows: Iterable[Row]) -> tuple[float, dict[str, float]]:
    """The intercept and the weight of each feature, fitted on labelled rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = list(rows)
    vec = DictVectorizer(sparse=False, sort=True)
    x = vec.fit_transform([r.features for r in rows])
    y = [int(r.right) for r in rows]
    model = LogisticRegression(C=REGULARISATION, solver="lbfgs", max_iter=5000)
    model.fit(x, y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return round(float(model.intercept_[0]), 4), weights


def _probability(intercept: float, weights: dict[str, float], f: dict[str, float]) -> float:
    import math

    z = intercept + sum(weights.get(k, 0.0) * v for k, v in f.items())
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def choose_threshold(rows: list[Row], target: float = TARGET_PRECISION) -> float:
    """The lowest threshold (in steps of 0.01) at which the records at or above it have the scorer's precision
    (matching a gold record: the number is a result on that benchmark) of at least `target`, and keep it at every
    higher threshold that keeps `MIN_KEPT` records or more (fewer are too few to measure a precision near 0.97).
    The rows' own rightness (system, kind and sign too) is reported beside it, never hidden."""
    steps = [k / 100 for k in range(0, 100)]

    def precision(t: float) -> float | None:
        kept = [r for r in rows if r.confidence >= t]
        return sum(r.matched for r in kept) / len(kept) if len(kept) >= MIN_KEPT else None

    good = [t for t in steps if (p := precision(t)) is not None and p >= target]
    for t in good:
        if all((p := precision(u)) is None or p >= target for u in steps if u >= t):
            return t
    return 1.0  # no threshold reaches the target: nothing is trusted


def refit(gold_dir: Path, registry: Registry | None = None) -> Report:
    """Fit on every gold set, measure leave-one-set-out and choose the threshold on those measurements."""
    rows, total = labelled(gold_dir, registry)
    for name in GOLD_SETS:
        held = [r for r in rows if r.gold_set == name]
        if not held:
            continue
        intercept, weights = fit(r for r in rows if r.gold_set != name)
        for r in held:
            r.confidence = _probability(intercept, weights, r.features)
    intercept, weights = fit(rows)
    return Report(intercept, weights, choose_threshold(rows), rows, total)


def write(report: Report, weights_file: Path = WEIGHTS_FILE, registry_file: Path | None = None) -> None:
    """Ship the fitted weights and set the registry's threshold (the rest of the registry file is kept)."""
    import re

    from .registry import DATA_FILE

    weights_file.write_text(json.dumps({
        "about": "Weights of the confidence model (extract/confidence.py), written by `benchboard confidence refit`"
                 " from the gold sets of extract/accuracy.py.",
        "intercept": report.intercept,
        "weights": dict(sorted(report.weights.items())),
        "leave-one-set-out": {"bands": report.band_table(), "at threshold": report.at_threshold()},
    }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    path = registry_file or DATA_FILE
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(r"(?m)^(\[confidence\]\s*\nthreshold\s*=\s*)[0-9.]+", rf"\g<1>{report.threshold:.2f}", text)
    if n != 1:
        raise ValueError(f"{path}: no '[confidence]' table with a threshold line to update")
    path.write_text(new, encoding="utf-8")
