"""Every rule's example, run: a pattern rule matches its example; a decision rule makes a record from it.

The examples are real sentences (or parts of them) from the abstracts benchboard was built on; a failing case
names the rule it exercises.
"""

from __future__ import annotations

import pytest

from extract.attribute.system import ABOUT_BENCHMARK
from extract.pipeline import Extractor
from extract.registry import Benchmark, Registry, default_registry
from extract.rules import RULES, Rule, decisions

PATTERNS = [r for r in RULES.values() if r.regex is not None]
DECISIONS = [r for stage in ("link", "carry", "attribute") for r in decisions(stage)]


def test_every_stage_has_rules() -> None:
    assert {r.stage for r in RULES.values()} >= {"mention", "link", "carry", "filter", "classify", "attribute"}
    assert all(r.purpose and r.example for r in RULES.values())


@pytest.mark.parametrize("rule", PATTERNS, ids=[r.name for r in PATTERNS])
def test_pattern_matches_its_example(rule: Rule) -> None:
    assert rule.regex is not None and rule.regex.search(rule.example), rule.purpose


def _extractor(dataset: str | None) -> Extractor:
    if dataset is None:
        return Extractor()
    registry = Registry(default_registry())
    registry.register(Benchmark(dataset, (dataset,)))
    return Extractor(registry)


@pytest.mark.parametrize("rule", DECISIONS, ids=[r.name for r in DECISIONS])
def test_decision_makes_a_record_from_its_example(rule: Rule) -> None:
    text = f"{rule.context} {rule.example}" if rule.context else rule.example
    records = _extractor(rule.dataset).extract(text)
    if rule.name == ABOUT_BENCHMARK:  # the rule that drops a number: its example's number makes no record
        assert not records
        return
    field = "how_named" if rule.stage == "attribute" else "how_linked"
    assert rule.name in {getattr(r, field) for r in records}, [(r.value, r.how_linked, r.how_named) for r in records]


def test_every_provenance_is_a_decision_rule() -> None:
    """The names records carry in `how_linked` / `how_named` are the decision rules of `rules.toml`."""
    from extract.reader import iter_papers, read_path

    from .conftest import DEV, GOLD, SEEDS

    seen: set[tuple[str, str]] = set()
    for f in read_path([SEEDS, DEV, *sorted((GOLD / "heldout").glob("*.txt"))]):
        for p in iter_papers(f):
            for r in Extractor().extract(p.abstract, p.title):
                seen |= {("link", r.how_linked), ("attribute", r.how_named)}
    known = {(("attribute" if r.stage == "attribute" else "link"), r.name) for r in DECISIONS}
    assert seen <= known, seen - known
    assert len(seen) >= 40  # (nearly every rule makes some record of the gold documents)
