"""A large synthetic results database for benchmarking the query layer and the dashboard.

Realistic shape: papers spread over 2019-2026, models with long-tailed popularity (a few
models reported very often), benchmark mix like the real corpus, values drawn around a
per-model skill that drifts upwards with time, a share of deltas and baselines, of unnamed own systems, of
subset and joint numbers, of stated settings and of ranges; confidences mostly high, some trusted.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import Engine, insert, text

from extract.extractor import EXTRACTOR_VERSION
from extract.registry import default_registry

from .engine import init_db
from .models import Model, Paper, PaperSource, Result, Source, unnamed_key

BENCH_WEIGHTS = {"GSM8K": 30, "MATH": 18, "MMLU": 12, "HumanEval": 8, "MTEB": 7, "BEIR": 6, "RewardBench": 5,
                 "MATH-500": 5, "AIME": 4, "GPQA": 3, "MBPP": 2}
METRICS: dict[str, list[str | None]] = {
           "GSM8K": ["accuracy", None], "MATH": ["accuracy", None], "MMLU": ["accuracy"], "HumanEval": ["pass@1"],
           "MTEB": ["average score", None], "BEIR": ["nDCG@10"], "RewardBench": ["accuracy", None],
           "MATH-500": ["pass@1", "accuracy"], "AIME": ["pass@1"], "GPQA": ["accuracy"], "MBPP": ["pass@1"]}
SETTINGS = ["CoT", "8-shot, CoT", "maj@8", "zero-shot", "pass@1"]
SCOPES, SCOPE_WEIGHTS = ["full", "joint", "subset"], [88, 9, 3]


def generate(engine: Engine, results: int = 1_000_000, papers: int = 200_000, models: int = 20_000,
             seed: int = 7) -> None:
    """Fill an empty database with synthetic papers, models and results (fast bulk inserts)."""
    rng = random.Random(seed)
    init_db(engine, default_registry())
    start = dt.date(2019, 1, 1)
    span = (dt.date(2026, 6, 30) - start).days
    threshold = default_registry().trust_threshold
    benches = list(BENCH_WEIGHTS)
    weights = list(BENCH_WEIGHTS.values())
    with engine.begin() as conn:
        if conn.execute(text("SELECT count(*) FROM results")).scalar():
            raise ValueError("generate() needs an empty database")
        conn.execute(insert(Source), [{"id": 1, "path": "synthetic://corpus", "name": "synthetic.txt",
                                       "sha256": "0" * 64, "size": 0, "fmt": "B", "n_papers": papers,
                                       "extractor_version": EXTRACTOR_VERSION}])
        dates = [start + dt.timedelta(days=int(rng.random() ** 0.6 * span)) for _ in range(papers)]
        paper_rows: list[dict[str, Any]] = [{"id": i + 1, "abstract_key": f"{i:040x}", "arxiv_id": f"{d:%y%m}.{i:05d}",
                       "title": f"Synthetic paper {i + 1}: a method for benchmark {benches[i % len(benches)]}",
                       "date": d, "abstract": f"Synthetic abstract {i + 1}.", "extractor_version": EXTRACTOR_VERSION}
                      for i, d in enumerate(dates)]
        for k in range(0, papers, 20_000):
            conn.execute(insert(Paper), paper_rows[k:k + 20_000])
            conn.execute(insert(PaperSource), [{"paper_id": r["id"], "source_id": 1, "position": r["id"] - 1,
                                                "fmt": "B"} for r in paper_rows[k:k + 20_000]])
        model_rows = [{"id": i + 1, "key": f"model-{i + 1}-7b", "name": f"Model-{i + 1}-7B"} for i in range(models)]
        conn.execute(insert(Model), model_rows)
        skill = [rng.gauss(0, 12) for _ in range(models)]
        rows = []
        for _ in range(results):
            m = min(int(rng.paretovariate(1.1)) - 1, models - 1)  # long tail of popularity
            m = (m * 7919 + rng.randrange(3)) % models if rng.random() < 0.5 else m
            pid = rng.randrange(papers) + 1
            bench = rng.choices(benches, weights)[0]
            d = dates[pid - 1]
            year_gain = (d - start).days / 365 * 4
            kind = "delta" if rng.random() < 0.15 else "score"
            value = abs(rng.gauss(4, 3)) if kind == "delta" else min(99.9, max(1.0, 35 + year_gain + skill[m]
                                                                                 + rng.gauss(0, 6)))
            value = round(value, 1)
            role = "baseline" if rng.random() < 0.2 else "own"
            named = role == "baseline" or rng.random() < 0.9
            ranged = kind == "score" and rng.random() < 0.01
            confidence = round(rng.betavariate(8, 1.2), 4)  # most records sure, a long tail of doubtful ones
            rows.append({
                "paper_id": pid, "benchmark": bench, "model_id": m + 1 if named else None,
                "model": model_rows[m]["name"] if named else None,
                "model_key": model_rows[m]["key"] if named else unnamed_key(pid),
                "system": model_rows[m]["name"] if named else None, "backbone": None,
                "metric": rng.choice(METRICS[bench]), "value": value,
                "value_min": round(value - 5, 1) if ranged else None,
                "value_norm": value, "unit": "%" if rng.random() < 0.6 else None, "kind": kind,
                "qualifier": "range" if ranged else None, "role": role,
                "setting": rng.choice(SETTINGS) if rng.random() < 0.05 else None,
                "scope": rng.choices(SCOPES, SCOPE_WEIGHTS)[0], "relative": kind == "delta" and rng.random() < 0.1,
                "evidence": f"Model-{m + 1}-7B achieves {value} on {bench}.", "start": 0, "end": 40,
                "value_start": 0, "value_end": 4, "paper_date": d, "how_linked": "name-after", "how_named": "subject",
                "extractor_version": EXTRACTOR_VERSION, "confidence": confidence, "trusted": confidence >= threshold,
            })
            if len(rows) >= 50_000:
                conn.execute(insert(Result), rows)
                rows = []
        if rows:
            conn.execute(insert(Result), rows)
