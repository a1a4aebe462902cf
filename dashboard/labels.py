"""What a result is called on the pages: whose number it is, the value as written, its scope, how it was found,
how sure the extractor is and what a reviewer said.

Pure functions over values and query frames (no Streamlit). A paper's own result whose system the text never
names is "unnamed system · <title or arXiv id>" (with its backbone); a value is shown on the 0-100 scale the
boards rank by, and as the paper wrote it (a range as a range, a change with its sign); a subset or joint
number is flagged as not ranked; the rules that found a result are named with their one-line purpose; a
confidence is shown as its band of the reliability table ("0.95-1.00"); a reviewed row carries its verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

import pandas as pd

from db.models import CORRECTED, UNNAMED, VERIFIED
from extract.fitting import BANDS
from extract.rules import RULES

from . import display

UNNAMED_SYSTEM = "unnamed system"
NOT_RANKED = {"subset": "subset (not ranked)", "joint": "joint (not ranked)"}


def paper_short(title: Any, arxiv_id: Any, abstract: Any) -> str:
    """A paper named briefly: its title, else its arXiv id, else the first words of its abstract.

    >>> paper_short(None, "2510.22132", "Using Gemma"), paper_short("MuMath-Code", "2405.1", "x")
    ('arXiv:2510.22132', 'MuMath-Code')
    """
    if not display.missing(title):
        return display.paper_name(title, abstract)
    known = display.arxiv_id(arxiv_id)
    return f"arXiv:{known}" if known else display.paper_name(None, abstract)


def system_label(model: Any, system: Any, backbone: Any, model_key: Any, title: Any = None, arxiv_id: Any = None,
                 abstract: Any = None) -> str:
    """Whose number a row is: the system and its backbone ("MDToC (GPT-4-Turbo)"); a paper's own unnamed
    system by its paper; blank for a number quoted for a system the text does not name.

    >>> system_label("MDToC (GPT-4-Turbo)", "MDToC", "GPT-4-Turbo", "mdtoc@gpt-4-turbo")
    'MDToC (GPT-4-Turbo)'
    >>> system_label(None, None, "Gemma-2-9B", "paper:7@gemma-2-9b", None, "2510.22132", "Using Gemma")
    'unnamed system · arXiv:2510.22132 (Gemma-2-9B)'
    >>> system_label(None, None, None, None)
    ''
    """
    with_backbone = "" if display.missing(backbone) else f" ({' '.join(str(backbone).split())})"
    if not display.missing(model):
        return str(model)
    if not display.missing(system):
        return str(system) + with_backbone
    if isinstance(model_key, str) and model_key.startswith(UNNAMED):
        return f"{UNNAMED_SYSTEM} · {paper_short(title, arxiv_id, abstract)}{with_backbone}"
    return ""


def is_unnamed(model_key: Any) -> bool:
    """Whether a row ranks under its paper's unnamed system."""
    return isinstance(model_key, str) and model_key.startswith(UNNAMED)


def as_written(value: Any, unit: Any, kind: Any = "score", value_min: Any = None) -> str:
    """The value as the paper wrote it: with its unit, a range as a range, a change with its sign.

    >>> as_written(0.713, None), as_written(89.2, "%", "score", 81.4), as_written(-11.8, "%", "delta")
    ('0.713', '81.4–89.2%', '-11.8%')
    >>> as_written(3.1, None, "delta"), as_written(10.0, "%", "delta", 8.0)
    ('+3.1', '+8–10%')
    """
    low = "" if display.missing(value_min) else display.number(value_min) + "–"
    text = low + display.with_unit(value, unit)
    if kind == "delta" and not display.missing(value) and not text.startswith("-"):
        text = "+" + text
    return text


def scope_label(scope: Any) -> str:
    """A result's scope, flagged when boards do not rank it.

    >>> scope_label("full"), scope_label("joint")
    ('full', 'joint (not ranked)')
    """
    return "" if display.missing(scope) else NOT_RANKED.get(str(scope), str(scope))


def band(confidence: Any) -> str:
    """The band of the reliability table a confidence falls in (`extract.fitting.BANDS`); blank when the row has
    none (stored before confidences were).

    >>> band(0.9737), band(0.95), band(1.0), band(0.12), band(None)
    ('0.95-1.00', '0.95-1.00', '0.95-1.00', '0.00-0.50', '')
    """
    if display.missing(confidence):
        return ""
    c = float(confidence)
    for lo, hi in pairwise(BANDS):
        if lo <= c < hi or (hi == BANDS[-1] and c >= hi):
            return f"{lo:.2f}-{hi:.2f}"
    return ""


REVIEW_MARKS = {VERIFIED: "✓ verified", CORRECTED: "✓ corrected"}


def review_mark(verdict: Any) -> str:
    """A row's mark: verified or corrected by a reviewer, else blank.

    >>> review_mark("verified"), review_mark(None)
    ('✓ verified', '')
    """
    return REVIEW_MARKS.get(verdict, "") if isinstance(verdict, str) else ""


def rule_purpose(name: Any) -> str:
    """The one-line purpose of an extractor rule (blank for none, or a name the rules no longer have).

    >>> rule_purpose("name-after") == RULES["name-after"].purpose, rule_purpose("gone"), rule_purpose(None)
    (True, '', '')
    """
    rule = RULES.get(name) if isinstance(name, str) else None
    return rule.purpose if rule else ""


def rules_caption(names: Iterable[Any]) -> str:
    """The rules named (each once, in order) with their purposes, as one plain-text line.

    >>> caption = rules_caption(["subject", "no-system", "subject", None])
    >>> caption.startswith("subject: "), caption.count("subject:"), "; no-system: " in caption
    (True, 1, True)
    """
    seen = [n for n in dict.fromkeys(names) if isinstance(n, str) and n]
    return "; ".join(f"{n}: {rule_purpose(n) or 'a rule of an earlier extractor'}" for n in seen)


COMPUTED = {
    "system": lambda r: [system_label(*v) for v in zip(r["model"], r["system"], r["backbone"], r["model_key"],
                                                        r["title"], r["arxiv_id"], r["abstract_start"], strict=True)],
    "as written": lambda r: [as_written(v, u, k, m) for v, u, k, m in zip(r["value"], r["unit"], r["kind"],
                                                                          r["value_min"], strict=True)],
    "scope": lambda r: [scope_label(s) for s in r["scope"]],
    "role": lambda r: r["role"].tolist(),
    "confidence": lambda r: [band(c) for c in r["confidence"]],
    "reviewed": lambda r: [review_mark(v) for v in r["review"]],
}


def shown(rows: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Columns of a result frame as a table shows them (`display.table`), with whose number it is ("system"),
    the value as written ("as written"), the scope flagged, and the 0-100 value ("score") rounded as reported.

    >>> rows = pd.DataFrame({"model": [None], "system": [None], "backbone": [None], "model_key": ["paper:3"],
    ...                      "title": ["A Title"], "arxiv_id": [None], "abstract_start": ["x"], "value": [0.832],
    ...                      "value_min": [None], "value_norm": [83.2], "unit": [None], "kind": ["score"],
    ...                      "scope": ["subset"], "role": ["own"]})
    >>> shown(rows, ["system", "score", "as written", "scope"]).to_dict("records")
    [{'system': 'unnamed system · A Title', 'score': 83.2, 'as written': '0.832', 'scope': 'subset (not ranked)'}]
    """
    rows = rows.assign(**{name: make(rows) for name, make in COMPUTED.items() if name in columns and not rows.empty})
    if "score" in columns:
        rows = rows.assign(score=rows["value_norm"].round(6))
    return display.table(rows, columns)
