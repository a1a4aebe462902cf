"""The attribution stage on the case tables: each record's system (where the case checks it) and the rule that
named it."""

from __future__ import annotations

import pytest

from extract.attribute.own import own_system
from extract.extractor import extract

from .cases import BIGCORPUS, DEV, HELDOUT_TUNED, REGRESSIONS, SEEDS, Case, paired, param

CASES = [c for c in SEEDS + DEV + BIGCORPUS + HELDOUT_TUNED + REGRESSIONS if c.records and not c.xfail]


def _naming_rules(c: Case) -> str:
    return "+".join(dict.fromkeys(r.split(":")[1] for r in c.rules)) or "known-failure"


@pytest.mark.parametrize("c", [param(c, _naming_rules(c), "attribute") for c in CASES])
def test_systems_and_their_naming_rules(c: Case) -> None:
    got = extract(c.text, c.title)
    for k, ((bench, value, _kind, model), match) in enumerate(paired(c, got)):
        assert match is not None, (bench, value)
        if model is not ...:
            assert match.model == model, (bench, value)
        if k < len(c.rules):
            assert match.how_named == c.rules[k].split(":")[1], (bench, value)


def test_title_prefix_names_the_own_system() -> None:
    (r,) = extract("Our method achieves 90.1% on GSM8K.", title="SuperSolver: Solving Math with Tools")
    assert (r.model, r.role, r.how_named) == ("SuperSolver", "own", "own-system")


def test_baseline_role() -> None:
    got = extract("Ours reaches 6.73 on MT-Bench, compared to Vicuna's 6.57.")
    assert {r.model: (r.role, r.how_named) for r in got}["Vicuna"] == ("baseline", "possessive")


# the name a paper gives its own system, from its abstract (parts of real abstracts): (text, name or None)
OWN_SYSTEMS = [
    ("we propose a novel Trajectory Score Matching (TSM) method", "TSM"),
    ("we propose the Hessian Robust Quantization (HeRo Q) algorithm, which applies ...", "HeRo Q"),
    ("we introduce conditional memory, instantiated via Engram, a module that modernizes ...", "Engram"),
    ("Here we introduce the Structured Recurrent Mixer, an architecture that allows ...", "Structured Recurrent Mixer"),
    ("We therefore introduce CANTANTE, a framework that decomposes system-level rewards.", "CANTANTE"),
    ("we introduce the tokenization alignment distance (STAD), a metric that measures ...", None),
    ("we further introduce a method that selects data to Maximize the Information Gain (MIG).", "MIG"),
    ("To confirm this, we introduce a Silhouette-Aware Reweighting strategy that prioritizes ...",
     "Silhouette-Aware Reweighting"),
    ("We present ZAYA1-8B, a reasoning-focused mixture-of-experts (MoE) model with 8B parameters", "ZAYA1-8B"),
    ("We present Skywork R1V2, a new model. We propose the Selective Sample Buffer (SSB)", "Skywork R1V2"),
    ("To address these challenges, we propose CLEANER. Distinct from external filtering, ...", "CLEANER"),
    ("Compared with baselines: (1) GitHub Copilot, and (2) a paradigm called MT-Synth.", None),
    ("jina-reranker-v3 is a 0.6B parameter multilingual document reranker that ...", "jina-reranker-v3"),
    ("Quantization is a practical technique for making models easier to deploy.", None),
]


@pytest.mark.parametrize(("text", "name"), OWN_SYSTEMS)
def test_own_system_named_in_the_abstract(text: str, name: str | None) -> None:
    assert own_system(None, text) == name
