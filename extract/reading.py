"""The reading of one sentence that every stage shares: its targets, its numbers and how each number is linked.

`Reading` is built by the mention stage (targets, numbers), filled in by the link stage (each `Link`'s targets
and the name of the rule that set them) and read by the filter, attribution and classification stages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .numbers import Number
from .rules import P

if TYPE_CHECKING:
    from .mentions import Names

MAX_SENTENCE = 3000  # characters; longer "sentences" are not prose (a table dump or garbage)
MAX_RESULTS = 256  # results read from one abstract; beyond it the text is a table dump, not an abstract
# the link rules that pair numbers one by one with names written as a list: each number is its name's own
PAIRED_IN_ORDER = frozenset({"list-after", "list-before-bracket", "respectively", "list-before",
                             "respectively-earlier"})


@dataclass
class Target:
    """Something a number can be reported on: a benchmark mention, or a foreign name (benchmark None)."""

    start: int
    end: int
    benchmark: str | None  # None: a foreign dataset or a name that must not match
    text: str


@dataclass
class Link:
    """A number with what it is reported on and the rule that decided it."""

    number: Number
    targets: list[Target] = field(default_factory=list)
    how: str = ""  # the name of the link rule that set `targets` (a record's `how_linked`)
    strong: bool = False
    pair_of: int | None = None  # index of Y for the X of "from X to Y"
    model_index: int | None = None  # position in a "respectively" list of models
    measures_else: bool | None = None  # worked out once (list continuations ask for it again)
    qualifier_before: tuple[str | None] | None = None  # (the qualifier written before it,), once worked out


@dataclass
class Reading:
    """One sentence as the stages see it (the masked text: offsets are the original's)."""

    s: str
    links: list[Link]
    targets: list[Target]  # benchmark mentions and foreign names, in text order
    mentions: list[Target]  # benchmark mentions (and names that must not match)
    names: Names
    before: str = ""  # the abstract's text before the sentence (masked), for what an earlier sentence named



def words_between(s: str, a: int, b: int) -> int:
    """How many words lie between two offsets.

    >>> words_between("83.8 on the GSM8K test set", 4, 17)
    3
    """
    return len(P.word.findall(s[a:b]))


def last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a pattern in text.

    >>> last_match(re.compile(r"\\d"), "a1b2").group()
    '2'
    """
    last = None
    for last in regex.finditer(text):  # noqa: B007
        pass
    return last


def continues(s: str, links: list[Link], j: int, i: int) -> bool:
    """Whether number i continues a list started by number j ("29.2% ... on GSM8K (...), 8.7% on MATH")."""
    gap = s[links[j].number.end:links[i].number.start]
    gap = re.sub(r"\([^()]*\)", "", gap)
    return (len(P.word.findall(gap)) <= 10 and re.search(r"(?:,|/|\band\b|\()\s*(?:and\s+)?(?:[\w\-]+\s*)?$", gap)
            is not None and ";" not in gap and not P.continuation_stop.search(gap))
