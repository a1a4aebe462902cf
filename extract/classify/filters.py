"""The filter stage: numbers linked to a benchmark that are not its scores (speed-ups, token savings, errors,
shares of performance kept, statistics, correlations, frequencies, another measure's move)."""

from __future__ import annotations

import re

from ..reading import PAIRED_IN_ORDER, Reading, continues
from ..rules import P

# the link rules that pair a number with its own name (a name's own number is exempt from a measure before it)
_OWN_NUMBER_LINKS = PAIRED_IN_ORDER | {"name-before", "in-brackets"}


def not_a_score(r: Reading, i: int, in_range: bool) -> bool:
    """Whether the number is not a score on its benchmark whatever its link: a measure near it that never is one,
    a correlation, a frequency, detection, a statistic, or a value outside the benchmark's range."""
    s, n = r.s, r.links[i].number
    if measures_else(r, i):
        return True  # "reduces tokens by 30%", "fewer attempts (1.3 vs 2.0)": the number measures something else
    if P.non_score_near.search(s[max(0, n.start - 60):n.end + 80]) \
            or P.correlated_with.search(s, max(0, n.start - 120), n.start) \
            or P.frequency_before.search(s[max(0, n.start - 60):n.start]) or P.detection_after.match(s, n.end):
        return True
    if not in_range:
        return True
    eq = P.statistic_equals.search(s[max(0, n.start - 30):n.start])
    return bool(eq and not P.metric_name.fullmatch(eq.group(1)))  # "median delta = 0.409": a statistic, not a score


def measures_else(r: Reading, i: int) -> bool:
    """A measure that is not a score stands before the number, or before the number it is compared with."""
    cached = r.links[i].measures_else
    if cached is None:
        cached = r.links[i].measures_else = _measures_else(r, i)
    return cached


def _measures_else(r: Reading, i: int) -> bool:
    s, links = r.s, r.links
    n = links[i].number
    if P.non_score_after.match(s[n.end:n.end + 60]):
        return True
    if P.kept_before.search(s, max(0, n.start - 30), n.start) and P.share_of_performance.match(s, n.end):
        return True  # "preserving 84% MMLU performance", "retains >97% of its ... performance": a share kept
    if P.performance_change_after.match(s, n.end):
        return False  # "with less than 1.7% degradation on GSM8K", "a nearly 3% gain in accuracy": the number says
        # it is a change in performance, whatever measure stands before it
    tail = s[max(0, n.start - 14):n.start].rstrip(" ~>(").lower()  # cheap checks before the costly patterns
    if "score" in tail and P.other_score_before.search(s[max(0, n.start - 40):n.start]):
        return True
    if tail.endswith("from"):
        co = P.changed_object.search(s[max(0, n.start - 120):n.start])
        if co and P.non_score_measure.search(co.group("obj")):
            return True  # "cutting the error rate of Qwen3 235B-A22B on difficult MATH problems from 3%"
        if P.share_moves.search(s, max(0, n.start - 120), n.start):
            return True  # "recovery of target model MMLU performance progresses from 44.6%": a share recovered
        mc = P.measure_moves.search(s[max(0, n.start - 40):n.start])
        if mc and not P.metric_name.fullmatch(mc.group("m")) \
                and mc.group("m").lower() not in ("performance", "results"):
            return True  # "with coherence falling from 4.62 to 2.24": another measure's move
    if P.reduced_object.search(s, max(0, n.start - 100), n.start):
        return True  # "reduce the usage of long-chain thinking by 50%": something cut that is not a score
    if re.search(r"\bby(?: up to)?$", tail):
        pc = P.passive_change.search(s, max(0, n.start - 200), n.start)
        if pc and P.non_score_measure.search(pc.group("obj")):
            return True  # "the reasoning runtime of A, B, and C is improved by up to 70%"
        if P.named_score_changed.search(s, max(0, n.start - 80), n.start):
            return True  # "improves persona stability score (PSS) over RLVR by +21.2%"
    if tail.endswith(("to", "by", "from")):
        am = P.acronym_changed.search(s[max(0, n.start - 80):n.start])
        if am and not P.metric_name.fullmatch(am.group("m")) and not r.names.is_benchmark(am.group("m")):
            return True  # "increases the TPF of D2F-Dream to 10.1": a measure named by an acronym
    window = s[max(0, n.start - 60):n.start]
    measure = P.non_score_before.search(window)
    if measure and P.systems_outdone.search(window):
        measure = None  # "outperforms prior MoE compression methods by up to 16.7%": systems, not a measure
    # a name's own number is exempt ("GSM8K (98.1%)"), not "tokens on AIME24 from 2.54 to 0.39"
    if measure and (links[i].how not in _OWN_NUMBER_LINKS or re.search(r"\bfrom\s*$", window)):
        after = P.metric_name.match(re.sub(r"^\s*(?:absolute|relative|average)?\s*", "", s[n.end:n.end + 40]))
        named = links[i].targets[0] if links[i].how == "name-after" and links[i].targets else None
        if after is None and named is not None and re.fullmatch(r"\s*(?:(?:on|in)\s+(?:the\s+)?(?:[\w\-]+\s+)?)?",
                                                                s[n.end:named.start]):
            after = P.metric_name.match(s[named.end:named.end + 30].lstrip())  # "32.14% MMLU accuracy", "and 5.4% on
            # 0-shot MMLU accuracy" (after "11.9 points on C4 perplexity")
        between = P.metric_name.search(window, measure.start() + 1)
        # "throughput with a negligible 0.84% accuracy drop": the number says what it measures; so does
        # a metric between ("five refinement steps increases first-turn accuracy from 58.2%")
        return not ((after and not after.group("metric").lower().startswith("score"))
                    or (between and not between.group("metric").lower().startswith("score")))
    # "fewer attempts (1.3 vs 2.0)", "reduces tokens by up to 80% on MMLU and 30% on GPQA": the partner's measure
    # and the Y of "tokens ... from 2.54 to 0.39"
    return i > 0 and measures_else(r, i - 1) and (
        bool(re.fullmatch(r"\s*(?:vs\.?|versus)\s*", s[links[i - 1].number.end:n.start]))
        or links[i - 1].pair_of == i
        or bool(P.further_to.fullmatch(s, links[i - 1].number.end, n.start))  # "... to 94.0% and further to 96.0%"
        or bool(P.by_list_item.fullmatch(s, links[i - 1].number.end, n.start))  # "reduces IFEVAL by 54%, MMLU by 89%"
        or (continues(s, links, i - 1, i) and not P.metric_name.match(s[n.end:n.end + 30].lstrip(" %"))))
