"""Link rules for lists: runs of numbers paired in order with runs of names, and "respectively"."""

from __future__ import annotations

import re
from itertools import pairwise

from ..mentions import last_list
from ..reading import Link, Reading, Target
from ..rules import P


def runs(r: Reading) -> list[tuple[int, int]]:
    """(first, last) indexes of each run of numbers separated only by commas, slashes and "and"."""
    s, links = r.s, r.links
    out, i = [], 0
    while i < len(links):
        j = i
        while j + 1 < len(links) and P.number_list_gap.match(s[links[j].number.end:links[j + 1].number.start]):
            j += 1
        out.append((i, j))
        i = j + 1
    return out


def in_run(r: Reading, i: int) -> bool:
    """Whether number i is one of a run of numbers ("11.57% and 2.89%"): a run is paired with names, not shared."""
    s, links = r.s, r.links
    return any(0 <= j < len(links) and j + 1 < len(links)
               and P.number_list_gap.match(s[links[j].number.end:links[j + 1].number.start]) for j in (i - 1, i))


def _names_after(r: Reading, run: list[Link]) -> list[Target]:
    """The names of the first "on/in/across/for" within four words after a run that opens a list of names, perhaps
    after two lower-case modifiers and "of": "18.3% and 22.8% in Pass@32 performance on the competition-level
    AIME24 and AIME25 benchmarks", "70.8% and 94.0% on the test sets of MATH and GSM8K"."""
    s = r.s
    after = s[run[-1].number.end:]
    names: list[Target] = []
    lead = re.match(r"^\s*(?:[\w@\-]+\s+){0,4}", after)
    for m in re.finditer(r"\b(?:on|in|across|for)\s+(?:the\s+)?", after[:(lead.end() if lead else 0) + 4]):
        pos = run[-1].number.end + m.end()
        for t in r.targets:
            if t.start < pos:
                continue
            gap = s[pos:t.start]
            if not (P.name_list_gap.match(gap) or (not names and re.fullmatch(
                    r"(?:[a-z][\w\-]*\s+){1,2}(?:of\s+(?:the\s+)?)?", gap))):  # ("on the test sets of MATH and")
                break
            names.append(t)
            pos = t.end
        tail = P.described_last_item.match(s, pos) if names and len(names) + 1 == len(run) else None
        if tail:  # "for 8.43, 5.96 and 10.60 on MMLU-Pro, SuperGPQA and math average benchmarks"
            names.append(Target(tail.start("item"), tail.end("item"), None, tail.group("item")))
        if names:
            break
    return names


def _paired_names(r: Reading, run: list[Link]) -> tuple[list[Target], str]:
    """The names a run of numbers is paired with, and the rule that found them."""
    s, targets, links = r.s, r.targets, r.links
    first = run[0].number.start
    names = _names_after(r, run)
    if names and (len(names) == len(run) or any(t.benchmark for t in names)):
        return names, "list-after"  # (not "11.57% and 2.89% improvement on average across three LLMs")
    opened = re.search(r"\(\s*$", s[:first])
    if opened:  # "on GSM8K, MATH500, and HumanEval (3.1%, 3.8%, and 6.8% ...)"
        listed = last_list(s, [t for t in targets if t.end <= opened.start()], len(run))
        if listed and not s[listed[-1].end:opened.start()].strip():
            return listed, "list-before-bracket"
    end = run[-1].number.end
    resp = re.search(r"\brespectively\b", s[end:])
    if resp and resp.start() > 60:  # "4%, 3%, and 5% across ... on A, B (6 subsets), and C datasets respectively"
        names = last_list(s, [t for t in targets if end <= t.start < end + resp.start()], len(run))
        if names:
            return names, "respectively"
    if re.search(r"\(\s*respectively,?\s*$", s[:first]):
        names = last_list(s, [t for t in targets if t.end <= first], len(run))
        if names:
            return names, "respectively"
    if resp and resp.end() <= 60:
        names = last_list(s, [t for t in targets if t.end <= first], len(run)) \
            or [t for t in r.mentions if t.end <= first]
        return names, "respectively"
    if not resp:  # "on HumanEval and MBPP ..., BatCoder achieved 83.5% and 81.0% pass@1"
        listed = last_list(s, [t for t in targets if t.end <= first], len(run))
        if listed and any(t.benchmark for t in listed) \
                and P.data_preposition.search(s[max(0, listed[0].start - 40):listed[0].start]) \
                and not any(listed[-1].end <= lk.number.start < first for lk in links):
            return listed, "list-before"  # the benchmarks listed before, in order
    return [], ""


def link_lists(r: Reading) -> None:
    """Runs of numbers paired with runs of names: "+9.8%, +5.7% on GSM8K, MATH"; "respectively"."""
    for i, j in runs(r):
        run = r.links[i:j + 1]
        if len(run) < 2:
            continue
        names, how = _paired_names(r, run)
        if len(names) == len(run):
            for link, t in zip(run, names, strict=True):
                link.targets, link.how, link.strong = [t], how, True
        elif len(names) == 1 and names[0].benchmark:
            for k, link in enumerate(run):  # "respectively" over models (or, see below, over targets)
                link.targets, link.how, link.strong = [names[0]], "one-name-run", True
                link.model_index = k


def parallel_runs(r: Reading) -> None:
    """ "gains of +20.2 / +17.1 points over SFT distillation and +5.3 / +3.6 points over reference-free
    self-improvement on AlpacaEval / Arena-Hard": a run of unlinked numbers joined by "and" to a run of as many
    numbers paired with names after it takes the same names, in order."""
    s, links, spans = r.s, r.links, runs(r)
    for (i, j), (k, m) in pairwise(spans):
        first, second = links[i:j + 1], links[k:m + 1]
        if len(first) < 2 or len(first) != len(second) or any(lk.targets for lk in first) \
                or any(lk.how != "list-after" for lk in second):
            continue
        gap = s[first[-1].number.end:second[0].number.start]
        if len(gap) <= 100 and re.search(r"\band\s+$", gap) and _same_shape(s, first, second) \
                and not any(first[-1].number.end <= t.start < second[0].number.start for t in r.mentions):
            for link, other in zip(first, second, strict=True):
                link.targets, link.how, link.strong = list(other.targets), "parallel-run", True


def _same_shape(s: str, first: list[Link], second: list[Link]) -> bool:
    """Whether two runs are written alike: the same separator, signs, unit and word after them ("+20.2 / +17.1
    points" and "+5.3 / +3.6 points"), as parallel clauses are."""
    def shape(run: list[Link]) -> tuple[str, tuple[bool, ...], tuple[str | None, ...], str]:
        sep = s[run[0].number.end:run[1].number.start].strip()
        after = re.match(r"\s*(\S+)", s[run[-1].number.end:])
        return (sep, tuple(lk.number.sign is not None for lk in run), tuple(lk.number.unit for lk in run),
                after.group(1).lower() if after else "")
    return shape(first) == shape(second)


def respectively_earlier(r: Reading) -> None:
    """ "92.8 EM on MATH, 90.4 on GPQA, ..., with gains of +3.6, +5.2, ... points, respectively": a run of
    unlinked numbers takes, in order, the targets of as many numbers reported just before it."""
    s, links = r.s, r.links
    for i, j in runs(r):
        run, k = links[i:j + 1], j - i + 1
        compared = P.compared_run.search(s[max(0, run[0].number.start - 15):run[0].number.start]) \
            or P.which_clause_scores.search(s, max(0, run[0].number.start - 30), run[0].number.start)
        if k >= 2 and all(not lk.targets or lk.how == "one-name-run" for lk in run) and i >= k \
                and (re.search(r"\brespectively\b", s[run[-1].number.end:run[-1].number.end + 60]) or compared):
            # (or "99.54% on GSM8K and 92.08% on MATH, compared to 82.50% and 74.82% for ...")
            earlier = links[i - k:i]
            firsts = [lk.targets[0] if len(lk.targets) == 1 else None for lk in earlier]
            if all(firsts) and len({id(t) for t in firsts}) == k:
                for link, t in zip(run, firsts, strict=True):
                    link.targets, link.how, link.strong = [t], "respectively-earlier", True  # type: ignore[list-item]
                    link.model_index = None
