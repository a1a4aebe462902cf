"""Link rules for a name right beside its number: before it, around it in brackets, or after it."""

from __future__ import annotations

import re

from ..mentions import in_list, list_around
from ..modelname import is_model_family
from ..numbers import Number
from ..reading import Link, Reading, Target, words_between
from ..rules import P
from ..words import ORDERED, alternation

_OUTDO = alternation(ORDERED.outdo_verbs)


def labelled_by(s: str, t: Target, targets: list[Target]) -> Target | None:
    """The benchmark a list of system-labelled numbers is about, when a "<benchmark> <measure> ...:" opens it
    and its items are separated by semicolons: "GSM8K change across three models: A -0.28 pp; B -0.13 pp"."""
    before = [b for b in targets if b.end <= t.start and b.benchmark]
    if not before:
        return None
    b = before[-1]
    return b if P.label_list_gap.fullmatch(s, b.end, t.start) else None


def names_benchmark_inside(s: str, n: Number, targets: list[Target]) -> bool:
    """Whether the parenthesis around a number names a benchmark after it ("(93.9% vs 94.3% on GSM8K)")."""
    close = s.find(")", n.end)
    return close != -1 and "(" not in s[n.end:close] and any(
        t.benchmark and n.end <= t.start < close and P.data_preposition.search(s[n.end:t.start]) for t in targets)


def name_before(r: Reading, link: Link) -> None:
    """A name right before the number: "GSM8K (98.1%)", "RewardBench score of 85.15"."""
    s, targets, n = r.s, r.targets, link.number
    for t in reversed(targets):
        if t.end > n.start:
            continue
        gap = s[t.end:n.start]
        if len(gap) > 40:
            return
        if s[t.end:t.end + 2] in ("'s", "’s"):
            return  # "Vicuna's 6.57": a model's number, not a dataset's
        if P.name_before_gap.fullmatch(gap) or gap == "":
            if t.benchmark is None and not t.text.isupper() and "(" not in gap and gap.strip():
                return  # a foreign capitalised word followed by prose is not a dataset label
            compared_by = re.search(r"\bby\b", gap) or (not gap.strip() and n.unit)  # (not "Gemini 2.0")
            if t.benchmark is None and compared_by and P.compared_before.search(s, max(0, t.start - 30), t.start):
                return  # "AAO outperforms DPO by up to 8.9 points on AlpacaEval 2", "outperforming GRPO 30.00%"
            if t.benchmark is None and "(" in gap and P.compared_near.search(s, max(0, t.start - 60), t.start):
                return  # "surpassing the previous state-of-the-art pipeline DCLM (31.98%)": a compared system
            if t.benchmark is None and "(" in gap and names_benchmark_inside(s, n, targets):
                return  # "matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K)": the parenthesis says
            if t.benchmark and gap.lstrip().startswith(":") and in_list(s, t, targets):
                listed = [u for u in list_around(s, t, targets) if u.benchmark]
                if len(listed) > 1:  # "substantial gains on MATH and GSM8K: +5% accuracy with ...": for all of them
                    link.targets, link.how, link.strong = listed, "joint-frame", True
                    return
            labelled = labelled_by(s, t, targets) if t.benchmark is None else None
            if labelled is not None:  # "(avg GSM8K change across three models: ErisForge -0.28 pp; DECCP -0.13
                link.targets, link.how, link.strong = [labelled], "label-list", True  # pp)": systems, one benchmark
                return
            link.targets, link.how, link.strong = [t], "name-before", True
        return


def in_brackets(r: Reading, link: Link) -> None:
    """Inside "NAME ( ... )": "GSM8K (+2.9 pp vs. instruction-tuned, +6.6 pp vs. Self-Instruct)"."""
    s, targets, n = r.s, r.targets, link.number
    depth, pos = 0, n.start - 1
    while pos >= 0:
        c = s[pos]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                break
            depth -= 1
        pos -= 1
    if pos < 0:
        return
    for t in targets:
        if t.end <= pos and s[t.end:pos].strip() == "":
            if t.benchmark is None and (names_benchmark_inside(s, n, targets)
                                        or P.compared_near.search(s, max(0, t.start - 60), t.start)):
                return  # (a compared system: "surpassing the previous pipeline DCLM (31.98%)")
            link.targets, link.how, link.strong = [t], "in-brackets", True
            return


def right_limit(s: str, links: list[Link], i: int) -> int:
    """Where the search for a number's dataset to the right stops: at the next number, or past the bracket
    right after it that holds the number's own delta ("67.1% (+5.3%) on AIME24")."""
    j = i + 1
    if j < len(links) and re.fullmatch(r"\s*\(\s*", s[links[i].number.end:links[j].number.start]):
        close = s.find(")", links[j].number.end)
        while close != -1 and j < len(links) and links[j].number.start < close:
            j += 1
    return links[j].number.start if j < len(links) else len(s)


def name_after(r: Reading, link: Link, limit: int) -> None:
    """A preposition then a name after the number: "83.8 on GSM8K", "58.8% accuracy on the MATH dataset"."""
    s, targets, n = r.s, r.targets, link.number
    b = P.clause_boundary.search(s, n.end, limit)
    stop = b.start() if b else limit
    close = s.find(")", n.end, stop)
    # inside "(...)": a name inside the bracket, or right after it ("(85.2%) on GSM8K"), not further on
    # (but "(77.53%) than that on ... GSM8K" compares on)
    if close != -1 and "(" not in s[n.end:close] and s.rfind("(", 0, n.start) > s.rfind(")", 0, n.start) \
            and not re.match(r"\s*(?:than|compared|vs\.?|versus)\b", s[close + 1:]):
        tail = re.match(r"(?:(?!\band\b)[^,;.()]){0,20}", s[close + 1:])  # (not "drop (95.07% to 94.92%) and on
        # AIME": a new conjunct)
        stop = min(stop, close + 1 + (tail.end() if tail else 0))
    for t in targets:
        if t.start < n.end or t.start >= stop:
            continue
        if words_between(s, n.end, t.start) > 16:
            return
        if t.benchmark and P.own_report.match(s, t.end) and s[n.end:t.start].count(",") > 0:
            return  # "to 52.2%, with gains on AIME24 from 60.0% to 63.3%": AIME24 has its own numbers
        if t.benchmark is None:
            whole = next((u for u in targets if u.start > t.end and u.benchmark), None)
            if whole is not None and P.named_part_of.match(s[t.end:whole.start]):
                t = whole  # "19.6% performance gain on the Algebra subarea in the MATH benchmark": a part of MATH
        if t.benchmark is None and is_model_family(t.text):
            if re.search(r"\band\s+$", s[n.end:t.start]):
                return  # "to 71.34% and 48.06% and LLama-3.1-8B-Instruct, ... on GSM8K": another model's report
            continue  # "19% accuracy improved on Llama3.2:1b for GSM8K task": a model, not the dataset
        before = s[n.end:t.start]
        if t.benchmark and not before.strip() and (n.decimal or n.unit):
            link.targets, link.how, link.strong = [t], "name-after", True  # "83.85% GSM8K accuracy"
            return
        if re.fullmatch(r"\s*\(\s*", before) and re.match(r"\s*\)", s[t.end:]) and (
                t.benchmark or not (is_model_family(t.text) or P.sized_name.search(t.text))):
            # "gains of 2.4% (HumanEval) and 2.3% (MBPP)", "+8.3 pp (LiveCodeBench)": the dataset in brackets
            # (one benchboard does not track, too), not a model ("+5.23% (Qwen-32B)")
            link.targets, link.how, link.strong = [t], "name-after", True
            return
        task_paren = P.task_then_bracket.search(before) and re.match(r"\s*\)", s[t.end:])  # one name only
        # "on simple questions like GSM8k", "19% accuracy improved on Llama3.2:1b for GSM8K task"
        like = t.benchmark and (re.search(r"\blike\s+(?:the\s+)?$", before) or (
            re.search(r"\bfor\s+(?:the\s+)?$", before) and "," not in before
            and words_between(s, n.end, t.start) <= 6))
        if P.data_preposition.search(before) or task_paren or like:
            if t.benchmark is None and not P.data_preposition.search(before[-40:]) \
                    and not task_paren:
                continue
            if t.benchmark is None and (is_model_family(t.text) or re.search(r"\d[BM]$", t.text)):
                # "+18.7 pp on LLaDA-8B GSM8K": the model, then the benchmark
                t = next((u for u in targets if u.start > t.end and u.benchmark
                          and not s[t.end:u.start].strip()), t)
            if P.new_clause.search(before):
                return  # "10 points compared to the strongest baseline, and on GSM8K it yields ...": another clause
            strong = words_between(s, n.end, t.start) <= 5
            link.targets, link.how, link.strong = [t], "name-after", strong
            return
