"""The confidence model: every record carries a confidence and whether it is trusted; the shipped weights and
threshold are what a refit on the gold sets gives, and records above the threshold were right at least 97% of
the time when each gold set was scored by a model fitted on the others."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from db.cli import app
from extract.confidence import WEIGHTS_FILE, confidence, features
from extract.extractor import extract
from extract.fitting import TARGET_PRECISION, Report, refit
from extract.registry import DATA_FILE, default_registry, load_registry
from extract.rules import RULES

GOLD = Path(__file__).parent / "gold"
# a real sentence (bigcorpus, held-out 29) and one of its records
SENTENCE = ("Remarkably, rStar boosts GSM8K accuracy from 12.51% to 63.91% for LLaMA2-7B, from 36.46% to 81.88% for "
            "Mistral-7B, from 74.53% to 91.13% for LLaMA3-8B-Instruct.")


def test_every_record_carries_its_confidence_and_whether_it_is_trusted() -> None:
    reg = default_registry()
    records = extract(SENTENCE)
    assert len(records) == 6
    for r in records:
        assert r.confidence is not None and 0.0 <= r.confidence <= 1.0
        assert r.trusted == (r.confidence >= reg.trust_threshold)
        assert r.confidence == confidence(r, reg)


def test_features_read_the_provenance_and_the_sentence() -> None:
    r = next(r for r in extract(SENTENCE) if r.value == 81.88)
    f = features(r, default_registry())
    assert f[f"link={r.how_linked}"] == 1.0 and f[f"named={r.how_named}"] == 1.0
    assert f["numbers"] == round(math.log(6), 3)  # six numbers share the sentence
    assert "carried" not in f and f["words-to-name"] > 0  # GSM8K is named in the sentence, some words away


def test_every_weighted_rule_is_a_rule_of_the_extractor() -> None:
    """A renamed or removed rule leaves no weight behind (refit after changing rules)."""
    weights = json.loads(WEIGHTS_FILE.read_text())["weights"]
    for name in weights:
        if name.startswith(("link=", "named=")):
            rule = name.split("=", 1)[1].split(",")[0]
            assert rule == "none" or rule in RULES, name


def test_a_threshold_outside_0_1_is_refused_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "benchmarks.toml"
    bad.write_text(DATA_FILE.read_text().replace("threshold = ", "threshold = 1", 1))
    with pytest.raises(ValueError, match=str(bad)):
        load_registry(bad)


@pytest.fixture(scope="module")
def report() -> Report:
    pytest.importorskip("sklearn")
    return refit(GOLD)


def test_leave_one_set_out_precision_above_the_threshold_reaches_the_target(report: Report) -> None:
    at = report.at_threshold()
    assert at["precision (matched)"] >= TARGET_PRECISION
    assert at["trusted"] >= 100  # a threshold that trusts (almost) nothing would meet it trivially
    assert report.threshold == default_registry().trust_threshold


def test_the_shipped_weights_are_what_a_refit_gives(report: Report) -> None:
    shipped = json.loads(WEIGHTS_FILE.read_text())
    assert shipped["intercept"] == report.intercept
    assert shipped["weights"] == dict(sorted(report.weights.items()))


def test_refit_on_a_folder_without_gold_sets_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["confidence", "refit", "--gold", str(tmp_path), "--check"])
    assert result.exit_code == 2
    assert "not the gold sets' folder" in result.output and len(result.output.strip().splitlines()) == 1


def test_the_documented_reliability_table_is_the_shipped_one() -> None:
    doc = " ".join((Path(__file__).parent.parent / "docs" / "confidence.md").read_text().split())
    shipped = json.loads(WEIGHTS_FILE.read_text())["leave-one-set-out"]
    for band in shipped["bands"]:
        assert f"| {band['band']} | {band['records']} | {band['right']} | {band['precision']:.3f} |" in doc
    at = shipped["at threshold"]
    assert f"threshold {at['threshold']:.2f}" in doc
    assert (f"{at['trusted']} of {at['records']} records are trusted: {at['precision (matched)'] * 100:.1f}% of them "
            f"match a gold record and {at['precision (row right)'] * 100:.1f}% of them are right rows") in doc
    assert f"the trusted records {at['recall'] * 100:.1f}%" in doc


def test_the_readme_states_the_shipped_threshold_and_its_figures() -> None:
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    at = json.loads(WEIGHTS_FILE.read_text())["leave-one-set-out"]["at threshold"]
    assert (f"threshold {at['threshold']:.2f} trusts {at['trusted']} of {at['records']} records, "
            f"{at['precision (matched)'] * 100:.1f}% of them results on their benchmark and "
            f"{at['precision (row right)'] * 100:.1f}% right in their system too "
            f"({at['right records kept'] * 100:.1f}% of the right rows are trusted)") in readme
