"""Link rules across sentences: a benchmark named in an earlier sentence, or by "the same benchmark".

The document loop (`extract.pipeline`) keeps the last sentence that named benchmarks and reported nothing; up to
`CARRY_SENTENCES` later sentences may report on it, when they say something a score is said with and do not move
on to other data. Of such a sentence only the numbers of the paper's own system are kept.
"""

from __future__ import annotations

from collections.abc import Callable

from ..attribute.own import OwnSystem
from ..attribute.phrases import subject_of
from ..attribute.system import settle
from ..classify.metric import canonical_metric
from ..numbers import find_numbers
from ..reading import MAX_SENTENCE, Link, Reading, Target
from ..record import Result
from ..rules import P
from .pairs import from_to

CARRY_SENTENCES = 3  # a benchmark named in one sentence applies to the scores of at most this many after it

Build = Callable[[Reading, int, Target], Result | None]


def carried(r: Reading, named: list[str], paper: OwnSystem, metrics_of: Callable[[str], set[str | None]],
            build: Build) -> list[Result]:
    """Results of a sentence that names no benchmark, reported on the benchmark(s) the sentence before
    named ("We evaluate GeoSteer on the GSM8k dataset. ... GeoSteer improved the exact match accuracy
    by up to 2.6 points."): one benchmark takes every score of the sentence, several need "respectively"
    and one number each. `build` makes a record of a linked number."""
    s, links = r.s, r.links
    if len(s) > MAX_SENTENCE:
        return []
    if len(named) > 1 and not (len(links) == len(named) and P.respectively_word.search(s)):
        return []
    from_to(r)  # (only pairs them: no link has a target yet)
    for j, link in enumerate(links):
        b = named[j] if len(named) > 1 else named[0]
        link.targets, link.how = [Target(0, 0, b or None, b)], "earlier-sentence"
    out: dict[int, Result] = {}
    results = [build(r, j, link.targets[0]) if link.targets[0].benchmark else None for j, link in enumerate(links)]
    example = P.example_lead.match(s)  # "For instance, Titans-Llama-3.2-1B achieves ...": an instance of the claim
    for j, link in enumerate(links):
        result = results[j]
        # only numbers whose clause has the paper's own system as its subject ("GeoSteer improved ...",
        # "It also ...", "our method achieves ..." in a paper that names no system), in a metric the
        # benchmark is scored by
        if result is None:
            continue
        metrics = metrics_of(result.benchmark)
        if result.metric in metrics and (result.metric or "").startswith(("MRR", "nDCG", "Recall@", "MAP")):
            out[j] = result  # "(MRR@10: 0.3026)" a sentence after "the MS MARCO passage ranking task"
            continue
        names = {result.system, result.backbone} - {None}
        own = paper.text_name  # (the abstract's own name: a title never decides which numbers are kept)
        if result.role != "own" or (own and own not in names and not example):
            continue
        subject, kind = subject_of(s, link.number.start, r.names.is_benchmark)
        credited = subject in names or (subject is not None and settle(subject, None) == (None, None))
        if not ((kind == "own" and not P.reported_that.search(s))
                or (kind == "name" and (subject == own or ((own is None or example) and credited)))):
            continue  # "We further demonstrate that constructing pairs ... (reward accuracy 46% to 63%)"
        if (result.metric is not None and (result.metric in metrics or P.accuracy_like.fullmatch(result.metric))) \
                or (result.metric is None and result.unit == "%" and result.kind == "score"
                    and "accuracy" in metrics):
            out[j] = result  # (a percentage on a benchmark scored by accuracy: "Sculpting ... (97% vs. 93%")
    for j in list(out):  # "(97% vs. 93% for standard CoT)": the number the own one is compared with
        partner = results[j + 1] if j + 1 < len(links) else None
        if partner is not None and P.versus_gap.fullmatch(s[links[j].number.end:links[j + 1].number.start]):
            out[j + 1] = partner
        start_of = results[j - 1] if j > 0 and links[j - 1].pair_of == j else None
        if start_of is not None:
            out[j - 1] = start_of  # "increasing from 83.1% to 86.6%": where the own number started
    return [out[j] for j in sorted(out)]


def sentence_links(s: str) -> list[Link]:
    """A link for every number of a sentence (none linked yet)."""
    return [Link(n) for n in find_numbers(s)]


__all__ = ["CARRY_SENTENCES", "canonical_metric", "carried", "sentence_links"]
