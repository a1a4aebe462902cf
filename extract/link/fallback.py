"""Link rules tried last, for numbers no name beside them claimed: a name nearby, the next number's name, the
previous number's report, a clause frame, the one dataset named at the sentence's end."""

from __future__ import annotations

import re

from ..classify.filters import measures_else
from ..mentions import in_list
from ..modelname import is_model_family
from ..reading import Link, Reading, Target, words_between
from ..rules import P
from .frames import frames


def _trailing_is_free(r: Reading, last: Target) -> bool:
    """Whether a dataset named at the end is the only one the sentence names, and the number right before it
    measures something else ("reducing inference latency by 25.9% ... on AIME25"), so it is the report's."""
    s, links = r.s, r.links
    if any(t is not last and (t.benchmark or P.data_preposition.search(s[max(0, t.start - 40):t.start]))
           for t in r.targets):
        return False
    before = [j for j, lk in enumerate(links) if lk.number.end <= last.start]
    return bool(before) and measures_else(r, before[-1])


def _measured(link: Link) -> bool:
    """Whether a number is written as a measurement (decimals, a unit, points), not a bare integer."""
    n = link.number
    return n.decimal or bool(n.unit) or bool(n.unit_word)


def fallback(r: Reading) -> None:
    """Link every number still unlinked by the rules tried last, in order."""
    s, links, targets, mentions = r.s, r.links, r.targets, r.mentions
    found = frames(s, mentions, links, [t for t in targets if t.benchmark is None and t not in mentions])
    for i, link in enumerate(links):
        if link.targets:
            continue
        n = link.number
        if P.other_target_after.match(s[n.end:]):
            continue  # "+2.5% on GSM8K and +1.0% on code generation": this number says where it was measured
        # (a bare integer before is not a report that claims the names before it: "on GSM8K from 741 to 225 tokens
        # with a minor performance drop (95.07% to 94.92%)")
        prev = next((links[j] for j in range(i - 1, -1, -1) if _measured(links[j])), None)
        prev_end = prev.number.end if prev is not None else 0
        # (i) a benchmark (or a dataset after on/in) named just before, after the previous number
        near = [
            t for t in targets
            if prev_end <= t.start and t.end <= n.start and words_between(s, t.end, n.start) <= 12
            and not P.clause_boundary.search(s, t.end, n.start)
            and (t.benchmark or ((P.data_preposition.search(s[max(0, t.start - 40):t.start])
                                  or (P.by_after.fullmatch(s, t.end, n.start)  # "..., and Brumo25 by +3.7"
                                      and not P.compared_near.search(s, max(0, t.start - 40), t.start)))
                                 and not is_model_family(t.text)))  # ("skipping voids in Qwen2.5-7B-Instruct")
            and (not in_list(s, t, targets)  # "(MMLU, TruthfulQA, GSM8K), X reduces ... by 3.22%"
                 or (not t.benchmark and P.by_after.fullmatch(s, t.end, n.start)))  # "MedQA and MedMCQA by ~1%"
            and not (i > 0 and links[i - 1].how == "name-after" and t in links[i - 1].targets  # "10% in AIME and 4%"
                     and not P.performance_change_after.match(s, n.end))  # (not "(from 313 to 181) on GSM8K, with
            # less than a 0.4% performance drop": the number says it is the change in performance there)
        ]
        if near:
            framed = [f for f in found if near[-1] in f[2] and f[1] <= n.start
                      and (not f[3] or P.result_signal.search(s, max(f[1], n.start - 60), min(len(s), n.end + 30)))]
            if framed:
                link.targets, link.how = list(framed[-1][2]), "joint-frame" if framed[-1][3] else "frame"
            else:
                link.targets, link.how = [near[-1]], "name-nearby"
            continue
        # (ii) sharing the dataset named after the next number: "52.19% win rate and 47.46% length-controlled win
        # rate on AlpacaEval 2.0"
        nxt = links[i + 1] if i + 1 < len(links) else None
        gap = s[n.end:nxt.number.start] if nxt is not None else ""
        per_model = P.model_item_gap.fullmatch(gap)  # "gains of 11.8% for Llama3-8B and 10.3% for GPT-4o on MATH"
        if nxt is not None and nxt.how == "name-after" and nxt.targets and (
                (P.shared_measure_gap.fullmatch(gap) and P.metric_name.search(gap)) or P.slash_pair_gap.fullmatch(gap)
                or (per_model and is_model_family(per_model.group("model"))
                    and P.for_name.match(s[nxt.number.end:]) is not None)):
            # (each number names its measure; not "71.9% on average and 79.9% on X")
            link.targets, link.how = list(nxt.targets), "shared-measure"
            continue
        # (iii) continuing the previous number's report ("compared to Vicuna's 6.57 and LLaVA's 5.99")
        # (a bare integer in between is not a report to continue: "(rank 256)", "AIME 24")
        j = i - 1
        while j >= 0 and not _measured(links[j]):
            j -= 1
        # (a new "from" starts another report, unless it is a pair parallel to the one before: "from 12.51% to
        # 63.91% for LLaMA2-7B, from 36.46% to 81.88% for Mistral-7B", "... and pass@32 from 60.0% to 67.0%")
        parallel = link.pair_of is not None and j > 0 and links[j - 1].pair_of == j \
            and not re.search(r"\b(?:across|on|over|in)\s", s[links[j].number.end:n.start]) \
            and not any(links[j].number.end <= t.start < n.start and (t.benchmark or not is_model_family(t.text))
                        for t in targets)  # (no other data named between: not "and BeyondAIME from 64.9%")
        if j >= 0 and links[j].targets and words_between(s, links[j].number.end, n.start) <= 12 \
                and not re.search(r";" if parallel else r";|\bfrom\b", s[links[j].number.end:n.start]) \
                and not P.averaged_after.match(s, n.end) \
                and not re.search(r"\b(?:average|avg\.?|mean|overall)\s*:\s*$", s[max(0, n.start - 12):n.start]):
            # (not "and 4% improvements in average", "(MATH500: 73.6%, average: 35.9%)": over all of them)
            link.targets, link.how = list(links[j].targets), "continues-report"
            continue
        # (iv) a frame: "On the popular BEIR benchmark, ...", "Experiments on MTEB show ..."
        for _f_start, f_end, f_targets, others in found:
            if others and not P.result_signal.search(s, max(f_end, n.start - 60), min(len(s), n.end + 30)):
                continue  # a number for several datasets at once is a result only when its clause says so
            if f_end <= n.start and not (b := re.search(r";", s[f_end:n.start])) and b is None:
                link.targets, link.how = list(f_targets), "joint-frame" if others else "frame"
        # (v) the one dataset, named at the very end: "... 10.7% improvement in accuracy ... compared to a
        # standalone large model on AIME25."
        last = targets[-1] if targets else None
        if not link.targets and last is not None and last.benchmark and last.start > n.end \
                and P.trailing_target.search(s, max(0, last.start - 12), last.start) \
                and re.fullmatch(r"(?:\s+(?:benchmark|dataset|test set))?\s*[.)]?\s*", s[last.end:]) \
                and ";" not in s[n.end:last.start] and _trailing_is_free(r, last):
            link.targets, link.how = [last], "sentence-end"
        # (vi) the one dataset, in an apposition at the very end: "achieving 42.6% MRR@10 ... for the passage
        # retrieval benchmark, MS-Marco."
        if not link.targets and last is not None and last.benchmark and last.start > n.end \
                and P.trailing_apposition.search(s, max(0, last.start - 80), last.start) \
                and re.fullmatch(r"\s*[.)]?\s*", s[last.end:]) and ";" not in s[n.end:last.start] \
                and not any(t is not last and t.start > n.end and (t.benchmark or P.trailing_target.search(
                    s, max(0, t.start - 12), t.start)) for t in targets):  # (no other dataset after the number)
            link.targets, link.how = [last], "end-apposition"
