"""The scope of a number: the benchmark as a whole (`full`), a part of it (`subset`: categories, levels, N of
its datasets, a sample, the hardest problems) or several benchmarks at once (`joint`)."""

from __future__ import annotations

import re

from ..mentions import in_list, list_around
from ..reading import PAIRED_IN_ORDER, Reading, Target
from ..rules import P

# link rules that give a number to one name of a list only when it was stated for the list as a whole
_ONE_FOR_ALL = frozenset({"name-after", "name-nearby", "sentence-end", "frame", "continues-report"})


def scope(r: Reading, i: int, target: Target) -> str:
    """ "joint", "subset" or "full" for number i on `target`."""
    link = r.links[i]
    if joint(r, i, target):
        return "joint"
    lo = r.links[i - 1].number.end if i > 0 else 0
    if subset(r.s, target, lo, link.number.end):
        return "subset"
    return "full"


def joint(r: Reading, i: int, target: Target) -> bool:
    """One number stated for several benchmarks: linked to several, or to one name of a written list without
    being paired with it in order ("97.7% macro-averaged accuracy on BBH, GSM8K, and MMLU")."""
    link = r.links[i]
    if link.how == "joint-frame" or len([t for t in link.targets if t.benchmark or t.text]) > 1:
        return True
    if link.how in PAIRED_IN_ORDER or link.how not in _ONE_FOR_ALL or target not in r.targets:
        return False
    if not in_list(r.s, target, r.targets):
        return False
    # the list names another dataset, not only other spellings of the same benchmark ("AIME24 and AIME25"); a run
    # of names after the benchmark that a verb follows is the clause's subject ("On GSM8K, SLoRA and NLoRA achieve")
    listed = list_around(r.s, target, r.targets)
    if listed[-1] is not target and listed[-1].benchmark is None and re.match(
            r"\s+(?:\w+ly\s+)?(?:achiev|reach|attain|obtain|score|outperform|surpass|improv|yield)\w*\b",
            r.s[listed[-1].end:]):
        listed = listed[:listed.index(target) + 1]
    return any((t.benchmark or t.text) != target.benchmark for t in listed)


def subset(s: str, target: Target, start: int, end: int) -> bool:
    """Whether the text around the benchmark's name, or the number's own report (`s[start:end]`, from the
    number before it), narrows it to a part."""
    if target.end <= target.start:
        return False  # a benchmark carried from an earlier sentence: its name is not in this one
    before, after = s[max(0, target.start - 70):target.start], s[target.end:target.end + 60]
    if P.counted_part_before.search(before) and P.parts_after.match(after):
        return True
    if P.part_of_before.search(before) or P.task_type_before.search(before) or P.part_after.match(after):
        return True
    return bool(P.hard_part_near.search(s, start, end))

