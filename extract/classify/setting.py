"""The setting a number was obtained in, when its sentence states it: shots, chain-of-thought, sampling."""

from __future__ import annotations

import re

from ..rules import P

_CONTRASTIVE = re.compile(r"\bcontrastive\b|\bInfoNCE\b|\bloss\b", re.IGNORECASE)
_TRAINED_WITH = re.compile(r"\btrain(?:ed|ing)?\s+(?:\S+\s+){0,3}?(?:with|at|using)\s", re.IGNORECASE)


def setting(s: str, metric: str | None) -> str | None:
    """The settings a sentence states, joined by ", " (a metric is not a setting of itself).

    >>> setting("it reaches 85% with 8-shot chain-of-thought prompting", "accuracy")
    '8-shot, CoT'
    >>> setting("our methods improve the Bo32 performance of Gemma 2B", None)
    'best-of-32'
    >>> setting("GSM8K maintains 88.84% accuracy at T = 3.0 (2.81pp", "accuracy"), setting("at T=0.0 it", None)
    ('temperature 3.0', 'greedy')
    >>> setting("80.1% on GSM8K at temperature 0.7", None), setting("With T = 64 denoising steps, it gets", None)
    ('temperature 0.7', None)
    >>> setting("Our embedding model, trained with a contrastive loss at τ = 0.05, reaches", None) is None
    True
    >>> setting("Our embedding model E5X, trained with τ = 0.05, reaches 65.1 on MTEB.", None) is None
    True
    """
    found = []
    t = None if _CONTRASTIVE.search(s) else P.setting_temperature.search(s)  # (a loss's temperature: training)
    if t and not _TRAINED_WITH.search(s, max(0, t.start() - 40), t.start() + 6):
        value = t.group("t") or t.group("short")
        found.append("greedy" if float(value) == 0 else f"temperature {value}")
    for m in P.setting_name.finditer(s):
        v = m.group("s")
        if metric and v.lower() == metric.lower():
            continue
        if "@" in v and ("@" in (metric or "") or re.search(r"\d\s*%?\s*(?:(?:on|in)\s+)?$",
                                                             s[max(0, m.start() - 12):m.start()])):
            continue  # "+5.15% Average@32 and +23.34% Pass@32": another number's metric, not a setting
        v = "CoT" if v.lower().replace("-", " ") in ("chain of thought", "cot") else v.lower().replace(" ", "-")
        v = re.sub(r"^bo(\d+)$", r"best-of-\1", v)
        if v not in found:
            found.append(v)
    return ", ".join(found) if found else None
