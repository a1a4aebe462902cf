"""Explore's filters give the same rows whichever index path the query layer picks, on both backends.

The reference is pandas over the whole results table; the database side is `count_results` and
`results` (with and without a page limit) for many filter combinations over real ingested abstracts.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import select

from db import boards, queries
from db.engine import init_db, make_engine
from db.models import Model, Paper, PaperSource, Result, Source
from db.store import Store
from extract.reader import read_path

from .conftest import GOLD, SEEDS

# substrings as users type them: any case, LIKE's own wildcards taken literally
OPTIONS: dict[str, list[dict[str, Any]]] = {
    "benchmarks": [{"benchmarks": ("GSM8K",)}, {"benchmarks": ("GSM8K", "MATH")}, {"benchmarks": ("BEIR", "MTEB")}],
    "metric": [{"metric": "accuracy"}, {"metric": "nDCG@10"}],
    "kind": [{"kind": "score"}, {"kind": "delta"}],
    "role": [{"role": "own"}, {"role": "baseline"}],
    "model": [{"model": "llama"}, {"model": "GPT"}, {"model": "-"}, {"model": "qwen2.5"}, {"model": "100%"},
              {"model": "a_b"}],
    "paper": [{"paper": "Reward"}, {"paper": "2404."}, {"paper": "a"}, {"paper": "MATH"}],
    "source": [{"source": "DEV"}, {"source": "hf_"}, {"source": ".txt"}, {"source": "abs_math"}],
    "date_from": [{"date_from": dt.date(2024, 1, 1)}],
    "date_to": [{"date_to": dt.date(2024, 6, 30)}],
    "value_min": [{"value_min": 50.0}],
    "value_max": [{"value_max": 80.0}],
}


def _reference(engine: Any) -> pd.DataFrame:
    """Every result with what the filters look at, read plainly (no filters in SQL)."""
    with engine.connect() as conn:
        res = pd.DataFrame(conn.execute(select(Result.id, Result.benchmark, Result.metric, Result.kind, Result.role,
                                               Result.model_id, Result.paper_id, Result.paper_date,
                                               Result.value)).all(),
                           columns=["id", "benchmark", "metric", "kind", "role", "model_id", "paper_id", "date",
                                    "value"])
        models = dict(conn.execute(select(Model.id, Model.name + " " + Model.key)).all())
        papers = {pid: f"{title} {arxiv or ''}" for pid, title, arxiv in conn.execute(
            select(Paper.id, Paper.title, Paper.arxiv_id)).all()}
        files: dict[int, list[str]] = {}
        for pid, name in conn.execute(select(PaperSource.paper_id, Source.name).join(Source)).all():
            files.setdefault(pid, []).append(name)
    res["model_text"] = res["model_id"].map(lambda m: models.get(m) if pd.notna(m) else None)
    res["paper_text"] = res["paper_id"].map(papers)
    res["files"] = res["paper_id"].map(lambda p: files.get(p, []))
    return res


def _expected(ref: pd.DataFrame, f: queries.ResultFilter) -> list[int]:
    def has(text: Any, sub: str) -> bool:
        return isinstance(text, str) and sub.lower() in text.lower()

    keep = pd.Series(True, index=ref.index)
    if f.benchmarks:
        keep &= ref["benchmark"].isin(f.benchmarks)
    for col in ("metric", "kind", "role"):
        if getattr(f, col):
            keep &= ref[col] == getattr(f, col)
    if f.model:
        keep &= ref["model_text"].map(lambda t: has(t, str(f.model)))
    if f.paper:
        keep &= ref["paper_text"].map(lambda t: has(t, str(f.paper)))
    if f.source:
        keep &= ref["files"].map(lambda names: any(has(n, str(f.source)) for n in names))
    dates = ref["date"].map(lambda d: d if isinstance(d, dt.date) else None)
    if f.date_from:
        keep &= dates.map(lambda d: d is not None and d >= f.date_from)
    if f.date_to:
        keep &= dates.map(lambda d: d is not None and d <= f.date_to)
    if f.value_min is not None:
        keep &= ref["value"] >= f.value_min
    if f.value_max is not None:
        keep &= ref["value"] <= f.value_max
    return sorted(ref.loc[keep, "id"].tolist(), reverse=True)


def _filters(n: int, seed: int = 5) -> list[queries.ResultFilter]:
    """Every single option, then random combinations of several."""
    rng = random.Random(seed)
    out = [queries.ResultFilter(**opt) for opts in OPTIONS.values() for opt in opts]
    while len(out) < n:
        chosen: dict[str, Any] = {}
        for name in rng.sample(list(OPTIONS), rng.randint(2, 4)):
            chosen.update(rng.choice(OPTIONS[name]))
        out.append(queries.ResultFilter(**chosen))
    return out


def _ingest_corpus(url: str) -> str:
    engine = make_engine(url)
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([SEEDS, GOLD / "dev", *sorted((GOLD / "heldout").glob("*.txt"))]))
    assert not report.failed
    engine.dispose()
    return url


@pytest.fixture()
def corpus_db(any_db: str) -> str:
    return _ingest_corpus(any_db)


def test_every_filter_combination_matches_a_plain_reading(corpus_db: str) -> None:
    engine = make_engine(corpus_db)
    ref = _reference(engine)
    assert len(ref) > 100
    nonempty = 0
    for f in _filters(120):
        want = _expected(ref, f)
        assert queries.count_results(engine, f) == len(want), f
        assert queries.results(engine, f)["id"].tolist() == want, f
        assert queries.results(engine, queries.ResultFilter(**{**f.__dict__, "limit": 3}))["id"].tolist() == want[:3]
        nonempty += bool(want)
    assert nonempty > 40, nonempty  # the combinations are not vacuous


def test_the_plan_uses_each_index_path(tmp_path: Path) -> None:
    """On SQLite the filters above read through each of the three covering indexes or, for a page,
    newest first through the table (so the comparison above covers each way); a substring that matches
    every file is dropped from the filter."""
    engine = make_engine(_ingest_corpus(f"sqlite:///{tmp_path / 'bb.db'}"))  # PostgreSQL plans by itself
    with engine.connect() as conn:
        plans = [queries._plan(conn, f) for f in _filters(120)]
        paths = {p.indexed for p in plans} | {p.paged(3).indexed for p in plans}
        assert set(queries._PATHS.values()) <= paths
        every_file = queries._plan(conn, queries.ResultFilter(source=".TXT"))
        assert every_file.f.source is None and every_file.indexed == queries._PATHS["dated"]


# -- what pages show: untitled papers named, what a benchmark holds, reports that disagree -------------

# real abstracts from the bigcorpus arXiv listing (shared/bigcorpus/arxiv-listing.txt.gz), as listing blocks
DELTARUBRIC = (
    "Aligning Multimodal Large Language Models (MLLMs) requires reliable reward models, yet existing single-step "
    "evaluators can suffer from lazy judging, exploiting language priors over fine-grained visual verification. "
    "While rubric-based evaluation mitigates these biases in text-only settings, extending it to multimodal tasks is "
    "bottlenecked by the complexity of visual reasoning. The critical differences between responses often depend on "
    "instance-specific visual details. Robust evaluation requires dynamically synthesizing rubrics that isolate "
    "spatial and factual discrepancies. To address this, we introduce $\\textbf{DeltaRubric}$, an approach that "
    "reformulates multimodal preference evaluation as a plan-and-execute process within a single MLLM. DeltaRubric "
    "operates in two steps: acting first as a $\\textit{Disagreement Planner}$, the model generates a neutral, "
    "instance-specific verification checklist. Transitioning into a $\\textit{Checklist Verifier}$, it executes "
    "these self-generated checks against the image and question to produce the final grounded judgment. We "
    "formulate DeltaRubric as a multi-role reinforcement learning problem, jointly optimizing planning and "
    "verification capabilities. Validated on Qwen3-VL 4B and 8B Instruct models, DeltaRubric achieves solid "
    "empirical gains. For instance, On VL-RewardBench, it improves base model overall accuracy by "
    "$\\textbf{+22.6}$ (4B) and $\\textbf{+18.8}$ (8B) points, largely outperforming standard no-rubric baselines. "
    "The results demonstrate that decomposing evaluation into structured, verifiable steps leads to more reliable "
    "and generalizable multimodal reward modeling.\n\narXiv:2605.09269\nCreated: 2026-05-12\n")
COGNITIVE_TOOLS = (
    "The recent advent of reasoning models like OpenAI's o1 was met with excited speculation by the AI community "
    "about the mechanisms underlying these capabilities in closed models, followed by a rush of replication "
    "efforts, particularly from the open source community. These speculations were largely settled by the "
    "demonstration from DeepSeek-R1 that chains-of-thought and reinforcement learning (RL) can effectively "
    "replicate reasoning on top of base LLMs. However, it remains valuable to explore alternative methods for "
    "theoretically eliciting reasoning that could help elucidate the underlying mechanisms, as well as providing "
    "additional methods that may offer complementary benefits. Here, we build on the long-standing literature in "
    "cognitive psychology and cognitive architectures, which postulates that reasoning arises from the "
    "orchestrated, sequential execution of a set of modular, predetermined cognitive operations. Crucially, we "
    "implement this key idea within a modern agentic tool-calling framework. In particular, we endow an LLM with a "
    "small set of \"cognitive tools\" encapsulating specific reasoning operations, each executed by the LLM itself. "
    "Surprisingly, this simple strategy results in considerable gains in performance on standard mathematical "
    "reasoning benchmarks compared to base LLMs, for both closed and open-weight models. For instance, providing "
    "our \"cognitive tools\" to GPT-4.1 increases its pass@1 performance on AIME2024 from 26.7% to 43.3%, bringing "
    "it very close to the performance of o1-preview. In addition to its practical implications, this "
    "demonstration contributes to the debate regarding the role of post-training methods in eliciting reasoning in "
    "LLMs versus the role of inherent capabilities acquired during pre-training, and whether post-training merely "
    "uncovers these latent abilities.\n\narXiv:2506.12115\nCreated: 2025-06-17\n")
VOIDS = (
    "Despite advances in transformer-based language models (LMs), a fundamental question remains largely "
    "unanswered: Are all layers activated during inference? We investigate this question by detecting unactivated "
    "layers (which we refer to as Voids) using a non-trainable and parameter-free adaptive computation method "
    "called L2 Adaptive Computation (LAC). We adapt LAC from its original efficiency-focused application to trace "
    "activated layers during inference. This method monitors changes in the L2-norm of activations to identify "
    "voids. We analyze layer activation in instruction-tuned LMs across two phases: Prompt Processing (PP), where "
    "we trace activated layers for each token in the input prompts, and Response Generation (RG), where we trace "
    "activated layers for each generated token. We further demonstrate that distinct layers are activated during "
    "these two phases. To show the effectiveness of our method, we evaluated three distinct instruction-tuned LMs "
    "from the Llama, Mistral, and Qwen families on three benchmarks: MMLU, GPQA Diamond, and BoolQ. For example, "
    "on MMLU with a zero-shot setting, skipping voids in Qwen2.5-7B-Instruct resulted in an improvement from 69.24 "
    "to 71.29 while the model uses only 30% of the layers. Similarly, Mistral-7B-Instruct-v0.3 on GPQA Diamond "
    "improved from 13.88 to 18.36 when using 70% of the layers during both the PP and RG phases. These results "
    "show that not all layers contribute equally during inference, and that selectively skipping most of them can "
    "improve the performance of models on certain tasks.\n\narXiv:2505.14467\nCreated: 2025-05-21\n")
# crafted: one model, one benchmark, two papers that disagree, and one that repeats a value
DISAGREE = [
    "Abstract: Our Foo-7B achieves 80.1% on GSM8K, beating every open model of its size by a wide margin.\n",
    "Abstract: We re-evaluate public models; Foo-7B achieves 77.4% on GSM8K in our own evaluation harness.\n",
    "Abstract: We reproduce recent math models. Foo-7B achieves 80.1% on GSM8K, as its authors report.\n",
]


def _ingest_texts(url: str, tmp_path: Path, texts: dict[str, str]) -> Any:
    engine = make_engine(url)
    init_db(engine)
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
        assert Store(engine).ingest_file(tmp_path / name).status == "ingested"
    return engine


def test_one_sentence_is_never_a_conflict_with_itself(any_db: str, tmp_path: Path) -> None:
    """A before/after pair ("improved from 13.88 to 18.36") and one method on two backbones ("+22.6 (4B) and
    +18.8 (8B)") each come from one sentence: not conflicts, even next to another paper's value."""
    engine = _ingest_texts(any_db, tmp_path, {"rubric.txt": DELTARUBRIC, "voids.txt": VOIDS,
                                              "again.txt": "Abstract: We re-evaluate instruction-tuned models. "
                                                           "Mistral-7B-Instruct-v0.3 scores 18.36 on GPQA Diamond "
                                                           "in our harness.\n"})
    stored = queries.results(engine)
    pairs = stored.groupby(["model_key", "benchmark", "kind", "paper_id"])["value"].nunique()
    assert sorted(pairs.loc["mistral-7b-instruct-v-0.3", "GPQA", "score"]) == [1, 2]  # the pair; another paper
    assert list(pairs.loc["deltarubric", "VL-RewardBench", "delta"]) == [2]
    assert queries.conflicts(engine).empty


def test_papers_that_disagree_are_a_conflict(any_db: str, tmp_path: Path) -> None:
    engine = _ingest_texts(any_db, tmp_path, {f"{i}.txt": t for i, t in enumerate(DISAGREE)})
    found = queries.conflicts(engine)
    assert sorted(found["value"].tolist()) == [77.4, 80.1, 80.1]
    assert set(found["spread"]) == {2.7} and set(found["reports"]) == {3}
    assert queries.conflicts(engine, min_spread=2.7).empty


def test_result_frames_name_untitled_papers_by_their_abstract(any_db: str, tmp_path: Path) -> None:
    engine = _ingest_texts(any_db, tmp_path, {"tools.txt": COGNITIVE_TOOLS})
    start = COGNITIVE_TOOLS[:queries.ABSTRACT_START]
    aime = boards.Board("AIME", metrics=None, settings=None, baselines=True, untrusted=True)
    frames = [queries.results(engine), boards.leaderboard(engine, aime), boards.progress(engine, aime)[0],
              boards.compare_models(engine, ["gpt-4.1"], untrusted=True), queries.search_papers(engine, "cognitive")]
    for df in frames:
        assert df["abstract_start"].tolist() and set(df["abstract_start"]) == {start}, df.columns
        assert df["title"].isna().all()


def test_holdings_count_what_a_benchmark_holds(any_db: str, tmp_path: Path) -> None:
    engine = _ingest_texts(any_db, tmp_path, {"rubric.txt": DELTARUBRIC, "tools.txt": COGNITIVE_TOOLS,
                                              "undated.txt": DISAGREE[0]})
    rubric = boards.holdings(engine, "VL-RewardBench")
    assert rubric[["kind", "role", "scope", "ranged", "relative", "results", "named", "dated"]].values.tolist() == [
        ["delta", "own", "full", False, False, 2, 2, 2]]
    gsm8k = boards.holdings(engine, "GSM8K")
    assert gsm8k[["kind", "metric", "setting", "results", "named", "dated"]].values.tolist() == [
        ["score", "", "", 1, 1, 0]]
    aime = boards.holdings(engine, "AIME")  # the paper's unnamed system names no model; GPT-4.1 quoted does
    assert aime[["role", "metric", "results", "named"]].values.tolist() == [["baseline", "pass@1", 1, 1],
                                                                          ["own", "pass@1", 1, 0]]
    assert boards.holdings(engine, "MTEB").empty
    with engine.connect() as conn:
        paths = dict(conn.execute(select(Source.name, Source.path)).all())
    assert queries.source_holdings(engine, paths["undated.txt"]) == {"papers": 1, "results": 1, "undated": 1}
    assert queries.source_holdings(engine, paths["tools.txt"]) == {"papers": 1, "results": 2, "undated": 0}
    assert queries.source_holdings(engine, "no such source") == {"papers": 0, "results": 0, "undated": 0}
