"""The filter stage on the case tables: sentences that name a benchmark beside numbers that are not its scores
(counts, sizes, speed-ups, shares, statistics) yield no record."""

from __future__ import annotations

import pytest

from extract.extractor import extract

from .cases import BIGCORPUS, DEV, HELDOUT_TUNED, REGRESSIONS, SEEDS, Case, param

CASES = [c for c in SEEDS + DEV + BIGCORPUS + HELDOUT_TUNED + REGRESSIONS if not c.records]


@pytest.mark.parametrize("c", [param(c, "no-record", "filter") for c in CASES])
def test_no_record(c: Case) -> None:
    assert [(r.benchmark, r.value) for r in extract(c.text, c.title)] == []
