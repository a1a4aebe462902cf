"""The extractor's accuracy on every gold set, against the targets; figures are printed."""

from __future__ import annotations

import json

import pytest

from extract.accuracy import ACCURACY_FILE, measure
from extract.scorer import format_report

from .conftest import GOLD


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return measure(GOLD)


def test_targets_on_seeds_dev_and_held_out(scores) -> None:  # type: ignore[no-untyped-def]
    for name, s in scores.items():
        print(format_report(s, name))
    # Floors of the pooled sets, set just under what the extractor reads today so that a change that loses
    # results fails. They sit under the targets (precision 0.97, system 0.90) because the pool holds the two
    # reserve sets of arxiv-listing-2, scored once as first runs (precision 0.80 and 0.75, docs/accuracy.md)
    # and fixed only in part since.
    combined = scores["all"]
    assert combined.overall.precision >= 0.94
    assert combined.overall.recall >= 0.85  # (numbers stated for several benchmarks or a part of one count too)
    assert combined.field_accuracy("system") >= 0.87
    assert combined.field_accuracy("sign") >= 0.98
    for name in ("seeds", "dev", "held-out 2"):
        assert scores[name].overall.precision >= 0.97, name
        assert scores[name].overall.recall >= 0.93, name
        assert not scores[name].negative_violations, name


def test_published_figures_are_current(scores) -> None:  # type: ignore[no-untyped-def]
    """extract/accuracy.json (docs/accuracy.md, the About page) must match what the extractor does now:
    `make accuracy`."""
    published = json.loads(ACCURACY_FILE.read_text(encoding="utf-8"))
    for name, s in scores.items():
        now = s.as_dict()
        assert published[name]["micro"] == pytest.approx(now["micro"]), name
        assert published[name]["fields"] == pytest.approx(now["fields"]), name


def test_extraction_output_is_unchanged() -> None:
    """Speed work must not change results: the records on seeds, dev and held-out match the snapshot.

    An intended extractor change updates it with `make accuracy` (and the diff shows what changed).
    """
    from extract.accuracy import SNAPSHOT, snapshot

    expected = (GOLD / SNAPSHOT).read_text(encoding="utf-8").splitlines()
    assert snapshot(GOLD) == expected
