"""Scoring the table reader against hand-annotated table cells (`tests/data/latex/gold.jsonl`).

A predicted cell matches a gold cell of the same document and benchmark with the same value (magnitude;
a gain read as a score is the right number with a wrong kind); among several such gold cells (one value
in two rows) the one whose system agrees is taken. On matched pairs system, role, scope and kind are
compared. Only the core benchmarks are scored.

    python -m extract.latex.tablescore tests/data/latex/gold.jsonl tests/data/latex/*.tex
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..registry import CORE, default_registry
from ..scorer import attribution_agrees, load_jsonl
from .archive import expand, open_source
from .tables import TableReader
from .text import strip_comments

COMPARED = ("system", "role", "scope", "kind")


def table_records(paths: Iterable[str | Path], reader: TableReader | None = None) -> list[dict[str, Any]]:
    """The table reader's records for each file (its tables only), with `doc` set to the file name."""
    reader = reader or TableReader(default_registry())
    out: list[dict[str, Any]] = []
    for p in map(Path, paths):
        tex = strip_comments(expand(open_source(p), p))
        out.extend(r.to_record(p.name, None, None) for r in reader.results(tex))
    return out


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall, and per-field accuracy on matched cells, overall and per benchmark."""
    gold = [g for g in gold if g["benchmark"] in CORE]
    predicted = [p for p in predicted if p["benchmark"] in CORE]
    free: dict[tuple[str, str, float], list[dict[str, Any]]] = {}
    for g in gold:
        free.setdefault((g["doc"], g["benchmark"], round(abs(float(g["value"])), 4)), []).append(g)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for p in predicted:
        cands = free.get((p["doc"], p["benchmark"], round(abs(float(p["value"])), 4)), [])
        if not cands:
            fp[p["benchmark"]] += 1
            errors.append(f"FP {p['doc']} {p['benchmark']} {p['value']} {p.get('system')!r}")
            continue
        g = next((c for c in cands if attribution_agrees("system", p, c)), cands[0])
        cands.remove(g)
        tp[p["benchmark"]] += 1
        for f in COMPARED:
            ok = attribution_agrees(f, p, g) if f != "kind" else p.get("kind") == g.get("kind")
            if ok:
                right[(p["benchmark"], f)] += 1
            else:
                errors.append(f"{f} {p['doc']} {p['benchmark']} {p['value']}: {p.get(f)!r} (gold {g.get(f)!r})")
    missed = [g for rest in free.values() for g in rest]
    fn = Counter(g["benchmark"] for g in missed)
    errors += [f"FN {g['doc']} {g['benchmark']} {g['value']} {g.get('system')!r}" for g in missed]

    def figures(benches: list[str]) -> dict[str, Any]:
        t, f_p, f_n = (sum(c[b] for b in benches) for c in (tp, fp, fn))
        out: dict[str, Any] = {"gold": t + f_n, "predicted": t + f_p, "matched": t,
                               "precision": round(t / (t + f_p), 3) if t + f_p else None,
                               "recall": round(t / (t + f_n), 3) if t + f_n else None}
        for f in COMPARED:
            out[f] = round(sum(right[(b, f)] for b in benches) / t, 3) if t else None
        return out

    benches = sorted({g["benchmark"] for g in gold} | {p["benchmark"] for p in predicted})
    return {"all": figures(benches), "per_benchmark": {b: figures([b]) for b in benches}, "errors": errors}


def main(argv: list[str]) -> int:
    """Score files against a gold file; prints JSON (figures and every error)."""
    if len(argv) < 2:
        print(__doc__)
        return 2
    print(json.dumps(score(load_jsonl(argv[0]), table_records(argv[1:])), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
