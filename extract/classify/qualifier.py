"""The qualifier of a number: how the text hedges it ("up to", "over", "about", "approximately", "average";
"range" is set for a range of two numbers)."""

from __future__ import annotations

import re

from ..numbers import Number
from ..reading import Reading, continues
from ..rules import RULES, P

# (the pattern before the number, the qualifier it says), tried in the order of `rules.toml`
QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (r.regex, r.says) for r in RULES.values() if r.regex is not None and r.says is not None]
# any qualifier at all (one search; the list above decides which)
_QUALIFIER_ANY = re.compile("|".join(f"(?:{p.pattern})" for p, _ in QUALIFIERS), re.IGNORECASE)


def qualifier_of(s: str, n: Number, after: bool = True) -> str | None:
    """The qualifier written around one number."""
    left = s[max(0, n.start - 25):n.start]
    m = _QUALIFIER_ANY.search(left)
    if m:  # the first pattern, in the order of QUALIFIERS, that matches
        return next(name for regex, name in QUALIFIERS if regex.search(left))
    if after and P.on_average_after.match(s, n.end):
        return "average"
    if "average" in s[max(0, n.start - 50):n.start].lower() and P.average_by.search(s[max(0, n.start - 50):n.start]):
        return "average"  # "boosting average performance by +2.5%"
    return None


def qualifier(r: Reading, i: int, before_only: bool = False) -> str | None:
    """The number's qualifier, or the one that opens the list it continues: "up to 13.4% on MATH, 8.8% on
    GPQA, and 7.0% on GSM8K" (every item is a maximum)."""
    s, links = r.s, r.links
    cached = links[i].qualifier_before
    if before_only and cached is not None:
        return cached[0]
    q = qualifier_of(s, links[i].number, after=not before_only)
    paired = links[i].pair_of is not None or links[i - 1].pair_of == i if i > 0 else False
    if q is None and i > 0 and not paired and links[i].number.sign != "-":
        prev = qualifier(r, i - 1, before_only=True)  # not "71.9% on average and 79.9% on X"
        if prev in ("up to", "average") and continues(s, links, i - 1, i):
            q = prev
    if before_only:
        links[i].qualifier_before = (q,)
    return q
