"""The kind of a number: a score (an absolute result) or a delta (an improvement or a difference)."""

from __future__ import annotations

import re

from ..reading import Reading, continues
from ..rules import P


def kind(r: Reading, i: int) -> str:
    """ "score" or "delta"."""
    s, links = r.s, r.links
    n = links[i].number
    if n.sign in ("+", "-"):
        return "delta"
    left = s[max(0, n.start - 60):n.start]
    if i > 0:
        left = s[max(links[i - 1].number.end, n.start - 60):n.start]
    if P.delta_before.search(left) or P.delta_after.match(s[n.end:n.end + 60]):
        return "delta"
    if re.search(r"\bfrom\s*$", left) or re.match(r"^\s*(?:to|->|→)\s*[\d.]", s[n.end:]):
        return "score"
    if i > 0 and links[i - 1].number.sign in ("+", "-") and re.fullmatch(
            r"\s*(?:on|in)\s+[^\s()]+(?:\s+[^\s()]+)?\s*\(\s*", left):
        return "score"  # "+13.0 on GSM8K (68.3%)": the score the gain reaches
    if i > 0 and P.metric_name.match(s[n.end:n.end + 30].lstrip(" %")) and not re.search(r"\bby\s*$", left) \
            and n.unit_word not in ("points", "point"):  # ("and 6.0 points length-controlled win rate": a gain)
        return "score"  # "a >20% reasoning performance increase and 43.33% Pass@1 accuracy": its own measure
    if re.match(r"^\s*(?:vs\.?|versus)\s*[+\-]?\d", s[n.end:]) and not P.delta_before.search(left):
        return "score"  # "by 79% (0.43 vs 0.24)": a compared pair is two results
    j = i - 1
    while j >= 0 and s[links[j].number.end:n.start].count(")") > s[links[j].number.end:n.start].count("("):
        j -= 1  # skip numbers inside a parenthesis that closed before this one
    if j >= 0 and continues(s, links, j, i):
        return kind(r, j)
    k = i  # a bare list of numbers takes the kind written after its last one: "(3.1%, 3.8%, and 6.8% absolute
    while k + 1 < len(links) and P.number_list_gap.match(s[links[k].number.end:links[k + 1].number.start]):
        k += 1  # over backbone)"
    if k > i and not any(lk.number.sign for lk in links[i:k + 1]) and P.delta_after.match(
            s[links[k].number.end:links[k].number.end + 60]):
        return "delta"
    return "score"


def decrease(r: Reading, i: int) -> bool:
    """Whether a change falls: a minus sign, a word of a fall just before it (with no word of a rise between)
    or right after it; a number that continues a list of falls falls too.

    >>> from extract.pipeline import extract
    >>> [r.value for r in extract("It incurs a performance degradation of 0.5% on GSM8K.")]
    [-0.5]
    """
    s, links = r.s, r.links
    n = links[i].number
    if n.sign == "-":
        return True
    if n.sign == "+":
        return False
    lo = links[i - 1].number.end if i > 0 else 0
    if P.decrease_after.match(s[n.end:n.end + 60]) or P.decrease_before.search(s[max(lo, n.start - 60):n.start]):
        return True
    return i > 0 and continues(s, links, i - 1, i) and kind(r, i - 1) == "delta" and decrease(r, i - 1)


def relative(r: Reading, i: int) -> bool:
    """Whether a change is stated as relative ("relative improvements of 39%", "+28.4% relative"), or is a
    percentage gain no score scale allows (over 100); a number continuing a list of relative changes is one."""
    s, links = r.s, r.links
    n = links[i].number
    lo = links[i - 1].number.end if i > 0 else 0
    hi = min(n.end + 25, links[i + 1].number.start if i + 1 < len(links) else len(s))
    if P.relative_change.search(s[max(lo, n.start - 60):hi]):
        return True
    if n.unit == "%" and n.value > 100:
        return True
    return i > 0 and continues(s, links, i - 1, i) and kind(r, i - 1) == "delta" and relative(r, i - 1)
