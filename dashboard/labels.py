"""What a result is called on the pages: whose number it is, the value as written, its scope, how it was found,
how sure the extractor is and what a reviewer said.

Pure functions over values and query frames (no Streamlit). A paper's own result whose system the text never
names is "unnamed system · <title or arXiv id>" (with its backbone); a value is shown on the 0-100 scale the
boards rank by, and as the paper wrote it (a range as a range, a change with its sign); a subset or joint
number is flagged as not ranked; the rules that found a result are named with their one-line purpose; a
confidence is shown as its band of the reliability table ("0.95-1.00"); a reviewed row carries its verdict.
"""

from __future__ import annotations

import json
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


SHOWN_FIXES = ("system", "backbone", "benchmark", "value", "kind", "metric", "setting", "scope", "role")


def corrections(rows: pd.DataFrame) -> pd.DataFrame:
    """One line per corrected field of each corrected row: the row (as shown now), the field, the value a reviewer
    gave and the value extracted (what `results.extracted` keeps).

    >>> rows = pd.DataFrame({"model": ["Y-7B"], "system": ["Y-7B"], "backbone": [None], "model_key": ["y-7b"],
    ...     "title": ["T"], "arxiv_id": [None], "abstract_start": ["x"], "benchmark": ["GSM8K"],
    ...     "review": ["corrected"], "extracted": ['{"system": "X-7B", "model": "X-7B", "model_key": "x-7b"}']})
    >>> corrections(rows).values.tolist()
    [['Y-7B', 'GSM8K', 'system', 'Y-7B', 'X-7B']]
    """
    columns = ["row", "benchmark", "field", "corrected", "as extracted"]
    fixed = rows[rows["review"].eq("corrected") & rows["extracted"].notna()] if not rows.empty else rows
    out = []
    for r, who in zip(fixed.itertuples(), COMPUTED["system"](fixed) if not fixed.empty else [], strict=True):
        for field, before in json.loads(str(r.extracted)).items():
            if field in SHOWN_FIXES:
                now, was = getattr(r, field), before
                out.append([who, r.benchmark, field, "" if display.missing(now) else str(now),
                            "" if display.missing(was) else str(was)])
    return pd.DataFrame(out, columns=columns)


def downloadable(shown_rows: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """A shown table as it downloads: the confidence itself beside its band, whether the row is trusted, and its
    review's verdict ("none" when it has none).

    >>> rows = pd.DataFrame({"confidence": [0.97], "trusted": [True], "review": [None]})
    >>> downloadable(pd.DataFrame({"system": ["A"], "confidence": ["0.95-1.00"]}), rows).values.tolist()
    [['A', '0.95-1.00', 0.97, True, 'none']]
    """
    out = shown_rows.rename(columns={"confidence": "confidence band"}).reset_index(drop=True)
    return out.assign(confidence=rows["confidence"].tolist(), trusted=rows["trusted"].astype(bool).tolist(),
                      review=rows["review"].fillna("none").tolist())


def changes(corrections: Any, snapshot: Any) -> str:
    """What a correction changed, as text: "field: extracted → corrected" for each field.

    >>> changes({"system": "Y-7B", "value": 88.3}, {"system": "X-7B", "value": 83.8})
    'system: X-7B → Y-7B; value: 83.8 → 88.3'
    """
    if not isinstance(corrections, dict) or not corrections:
        return ""
    was = snapshot if isinstance(snapshot, dict) else {}

    def shown(v: Any) -> str:
        return "(none)" if display.missing(v) else display.number(v) if isinstance(v, float) else str(v)

    return "; ".join(f"{f}: {shown(was.get(f))} → {shown(v)}" for f, v in corrections.items())


def review_table(listed: pd.DataFrame) -> pd.DataFrame:
    """The reviews of `db.reviews.reviews` as the Review page lists them: when, who, the verdict and its status,
    what was judged (system, benchmark, value as written, paper) and what a correction changed.

    >>> listed = pd.DataFrame({"reviewed_at": [pd.Timestamp("2026-01-02 03:04:05")], "reviewer": ["ana"],
    ...     "verdict": ["corrected"], "status": ["orphaned"], "model": ["X-7B"], "system": ["X-7B"],
    ...     "backbone": [None], "model_key": ["x-7b"], "paper_title": [None], "arxiv_id": ["2401.00001"],
    ...     "evidence": ["X-7B gets 83.8."], "key_benchmark": ["GSM8K"], "value": [83.8], "unit": [None],
    ...     "kind": ["score"], "value_min": [None], "corrections": [{"value": 88.3}], "note": [None]})
    >>> review_table(listed).values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['2026-01-02 03:04 UTC', 'ana', 'corrected', 'orphaned', 'X-7B', 'GSM8K', '83.8', 'value: 83.8 → 88.3', '',
      'arXiv:2401.00001', 'X-7B gets 83.8.']]
    """
    columns = ["when", "reviewer", "verdict", "status", "system", "benchmark", "as extracted", "changed", "note",
               "paper", "evidence"]
    out = []
    for r in listed.itertuples():
        snapshot = {"system": r.system, "backbone": r.backbone, "benchmark": r.key_benchmark, "value": r.value,
                    "kind": r.kind, **{f: getattr(r, f, None) for f in ("metric", "setting", "scope", "role")}}
        out.append([f"{pd.Timestamp(str(r.reviewed_at)):%Y-%m-%d %H:%M} UTC", r.reviewer, r.verdict, r.status,
                    system_label(r.model, r.system, r.backbone, r.model_key, r.paper_title, r.arxiv_id, r.evidence),
                    r.key_benchmark, as_written(r.value, r.unit, r.kind, r.value_min),
                    changes(r.corrections, snapshot), "" if display.missing(r.note) else str(r.note),
                    paper_short(r.paper_title, r.arxiv_id, r.evidence), r.evidence])
    return pd.DataFrame(out, columns=columns)
