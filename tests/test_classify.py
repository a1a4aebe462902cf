"""The classification stage: qualifiers, metrics, settings, normalised values and ranges; and name identity."""

from __future__ import annotations

import pytest

from extract.extractor import extract
from extract.registry import default_registry

from .cases import IDENTITY, METRICS, QUALIFIERS, SETTINGS


@pytest.mark.parametrize(("text", "bench", "value", "qualifier"), QUALIFIERS)
def test_qualifier(text: str, bench: str, value: float, qualifier: str | None) -> None:
    assert [r.qualifier for r in extract(text) if r.benchmark == bench and r.value == value] == [qualifier]


@pytest.mark.parametrize(("text", "bench", "value", "metric"), METRICS)
def test_metric(text: str, bench: str, value: float, metric: str | None) -> None:
    assert [r.metric for r in extract(text) if r.benchmark == bench and r.value == value] == [metric]


@pytest.mark.parametrize(("text", "expected"), IDENTITY)
def test_names_are_filed_under_their_own_entry(text: str, expected: str | None) -> None:
    found = [m.benchmark for m in default_registry().mentions(text) if m.benchmark]
    assert found[-1:] == ([expected] if expected else [])


def test_offsets_slice_back_to_evidence() -> None:
    text = "We propose X. Our X-7B achieves 83.8 on GSM8K. It also gets 52.4% on MATH."
    for r in extract(text):
        assert text[r.start:r.end] == r.evidence
        assert text[r.value_start:r.value_end].startswith(str(r.value).rstrip("0").rstrip("."))


def test_fraction_is_normalised_for_ranking() -> None:
    (r,) = extract("Our model reaches 0.832 nDCG@10 on BEIR.")
    assert (r.value, r.unit, r.value_norm, r.metric) == (0.832, None, 83.2, "nDCG@10")


def test_range_keeps_both_ends() -> None:
    (r,) = extract("It improves nDCG@10 by 0.7-1.4 points on BEIR.")
    assert (r.value_min, r.value, r.qualifier) == (0.7, 1.4, "range")


def test_shots_and_chain_of_thought_make_one_setting() -> None:
    (r,) = extract("In the 8-shot chain-of-thought setting, Model-X achieves 85.1% accuracy on GSM8K.")
    assert r.setting == "8-shot, CoT"


@pytest.mark.parametrize(("text", "settings"), [  # constructed: where the words between two numbers divide
    ("MathX achieves 83.8% on GSM8K, under 8-shot chain-of-thought prompting, and 52.4% on MATH.",
     [("GSM8K", "8-shot, CoT"), ("MATH", None)]),
    ("MathX reaches 83.8% accuracy on GSM8K, using self-consistency with 64 samples; its MATH accuracy is 52.4%.",
     [("GSM8K", "self-consistency"), ("MATH", None)]),
    ("MathX achieves 80.1% on GSM8K at temperature 0.7.", [("GSM8K", "temperature 0.7")]),
    ("Our embedding model E5X, trained with τ = 0.05, reaches 65.1 on MTEB.", [("MTEB", None)]),
    ("With T = 64 denoising steps, LLaDA-X achieves 78.2% on GSM8K.", [("GSM8K", None)]),
])
def test_settings_belong_to_their_own_number(text: str, settings: list[tuple[str, str | None]]) -> None:
    assert [(r.benchmark, r.setting) for r in extract(text)] == settings


@pytest.mark.parametrize(("text", "bench", "value", "setting"), SETTINGS)
def test_setting_is_recorded(text: str, bench: str, value: float, setting: str) -> None:
    (r,) = [r for r in extract(text) if r.benchmark == bench and r.value == value]
    assert r.setting == setting
