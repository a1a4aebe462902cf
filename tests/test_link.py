"""The link stage on the case tables: every record a case lists is found, linked by the rule the case names."""

from __future__ import annotations

import pytest

from extract.extractor import extract

from .cases import BIGCORPUS, DEV, HELDOUT_TUNED, REGRESSIONS, SEEDS, Case, paired, param

CASES = [c for c in SEEDS + DEV + BIGCORPUS + HELDOUT_TUNED + REGRESSIONS if c.records]


def _link_rules(c: Case) -> str:
    return "+".join(dict.fromkeys(r.split(":")[0] for r in c.rules)) or "known-failure"


@pytest.mark.parametrize("c", [param(c, _link_rules(c), "link") for c in CASES])
def test_records_and_their_link_rules(c: Case) -> None:
    got = extract(c.text, c.title)
    assert sorted((r.benchmark, r.value, r.kind) for r in got) == sorted(
        (b, float(v), k) for b, v, k, _ in c.records)
    for ((bench, value, _kind, _model), match), rules in zip(paired(c, got), c.rules, strict=False):
        assert match is not None and match.how_linked == rules.split(":")[0], (bench, value)
