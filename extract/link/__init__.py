"""The link stage: which target (a benchmark mention or a foreign name) each number of a sentence reports on.

Rules are tried in this order, each only on numbers the rules before left unlinked:

1. lists (`lists`): runs of numbers paired in order with names; "respectively"; a run joined by "and" to a
   paired run of as many numbers takes the same names (`lists.parallel_runs`);
2. a name beside the number (`adjacent`): before it, in the brackets after it, after it;
3. runs that take the targets of the numbers before them (`lists.respectively_earlier`);
4. pairs (`pairs`): "X vs Y", "from X to Y";
5. fallbacks (`fallback`): a name nearby, the next number's name, the previous number's report, a clause frame,
   the one dataset at the sentence's end.

Across sentences (`carry`): a benchmark named in an earlier sentence, or "the same benchmark". Each rule's name
is what a record carries as `how_linked`.
"""

from __future__ import annotations

from ..reading import Reading
from .adjacent import in_brackets, name_after, name_before, right_limit
from .fallback import fallback
from .lists import link_lists, parallel_runs, respectively_earlier
from .pairs import from_to


def link(r: Reading) -> None:
    """Link the numbers of a sentence to their targets, trying the rules in order."""
    link_lists(r)
    parallel_runs(r)
    for i, lk in enumerate(r.links):
        if not lk.targets:
            name_before(r, lk)
        if not lk.targets:
            in_brackets(r, lk)
        if not lk.targets:
            name_after(r, lk, right_limit(r.s, r.links, i))
    respectively_earlier(r)
    from_to(r)
    fallback(r)
