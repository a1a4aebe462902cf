"""Named rules: every pattern and every decision of the extractor, read from `rules.toml`.

Two kinds of rule share one book:

- a *pattern* rule is one regular expression; code reads it compiled as `P.<name>` (dashes as underscores);
- a *decision* rule is one step of the link, carry or attribution stage: how a number is linked to its benchmark
  (a record's `how_linked`) or where its system's name comes from (`how_named`).

Every rule has a stable name, a stage, a one-line purpose and a real example: for a pattern rule the pattern must
find a match in it, for a decision rule extracting it must give a record made by that rule (`tests/test_rules.py`
runs them all). Searching the source for a rule's name finds its entry and the code that applies it.

>>> P.compared_before.search("Specifically, AAO outperforms ") is not None
True
>>> RULES["name-after"].stage, RULES["name-after"].regex is None
('link', True)
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from .words import ORDERED, alternation

RULES_FILE = Path(__file__).with_name("rules.toml")
STAGES = ("sentence", "mention", "link", "carry", "filter", "attribute", "classify")
_FLAGS = {"IGNORECASE": re.IGNORECASE, "VERBOSE": re.VERBOSE}
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True)
class Rule:
    """One named rule of one stage."""

    name: str  # stable, lower-case words joined by "-": what records and tests call it
    stage: str  # one of STAGES
    purpose: str  # one line: what it is for
    example: str  # a real sentence (or part of one) it applies to
    regex: re.Pattern[str] | None = None  # a pattern rule's pattern; None for a decision rule
    dataset: str | None = None  # a dataset the example names that the registry does not track (tests register it)
    context: str | None = None  # real text before the example in its abstract that the rule needs to see
    says: str | None = None  # what a classifying pattern says when it matches (a qualifier's name)


def expand(regex: str, fragments: dict[str, str]) -> str:
    """A regex with its `{{name}}` placeholders replaced: a fragment, else a word table as an alternation.

    >>> expand("\\\\b(?:{{outdo_verbs}})", {})
    '\\\\b(?:outperform\\\\w*|surpass\\\\w*|beat\\\\w*|exceed\\\\w*)'
    """
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in fragments:
            return expand(fragments[key], fragments)
        return alternation(getattr(ORDERED, key))

    return _PLACEHOLDER.sub(sub, regex)


def _load(path: Path) -> tuple[dict[str, Rule], dict[str, str]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    fragments: dict[str, str] = data.get("fragments", {})
    rules: dict[str, Rule] = {}
    for kind in ("pattern", "decision"):
        for entry in data.get(kind, []):
            name = entry["name"]
            if name in rules:
                raise ValueError(f"{path.name}: rule {name!r} is defined twice")
            if entry["stage"] not in STAGES:
                raise ValueError(f"{path.name}: rule {name!r} has an unknown stage {entry['stage']!r}")
            regex = None
            if kind == "pattern":
                flags = 0
                for flag in entry.get("flags", []):
                    flags |= _FLAGS[flag]
                regex = re.compile(expand(entry["regex"], fragments), flags)
            rules[name] = Rule(name, entry["stage"], entry["purpose"], entry["example"], regex,
                               entry.get("dataset"), entry.get("context"), entry.get("says"))
    return rules, {name: expand(text, fragments) for name, text in fragments.items()}


RULES, FRAGMENTS = _load(RULES_FILE)
# every pattern, compiled, by name ("compared-before" -> P.compared_before)
P = SimpleNamespace(**{r.name.replace("-", "_"): r.regex for r in RULES.values() if r.regex is not None})


def decisions(stage: str) -> list[Rule]:
    """The decision rules of a stage, in the order they are tried."""
    return [r for r in RULES.values() if r.stage == stage and r.regex is None]

