"""Link rules for pairs of numbers: "from X to Y", "X -> Y" and "X vs Y" share one target."""

from __future__ import annotations

import re

from ..reading import Reading
from ..rules import P


def from_to(r: Reading) -> None:
    """ "from X to Y" and "X -> Y": X is reported on Y's target."""
    s, links = r.s, r.links
    for i in range(len(links) - 1):
        x, y = links[i], links[i + 1]
        gap = s[x.number.end:y.number.start]
        before = s[max(0, x.number.start - 8):x.number.start]
        arrow = P.arrow_gap.fullmatch(gap)
        if not x.targets and y.targets and P.versus_gap.fullmatch(gap):
            x.targets, x.how, x.strong = list(y.targets), "versus", y.strong  # "(93.9% vs 94.3% on GSM8K)"
            continue
        elided = i >= 2 and links[i - 2].pair_of == i - 1 and re.search(r"\band\s*$", before)
        to = P.to_gap.fullmatch(gap)  # ("56.7% (majority@64) to", "84% to nearly 90%")
        if (to and (P.from_before.search(before) or elided)) \
                or arrow:  # "from 73.2% to 75.8%", "(e.g., 15.2% to 39.0% on GSM8K)", "from A to B and C to D"
            if x.how == "name-before" and x.targets:  # "on AIME from 69.8% to 72.4% and on GPQA ...": AIME's
                y.targets, y.how, y.strong = list(x.targets), "pair-to", x.strong
            elif y.targets:
                x.targets, x.how, x.strong = list(y.targets), "pair-from", y.strong
            elif x.targets:
                y.targets, y.how, y.strong = list(x.targets), "pair-to", x.strong
            x.pair_of = i + 1
