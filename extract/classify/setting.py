"""The setting a number was obtained in, when its sentence states it: shots, chain-of-thought, sampling."""

from __future__ import annotations

import re

from ..rules import P


def setting(s: str, metric: str | None) -> str | None:
    """The settings a sentence states, joined by ", " (a metric is not a setting of itself).

    >>> setting("it reaches 85% with 8-shot chain-of-thought prompting", "accuracy")
    '8-shot, CoT'
    >>> setting("our methods improve the Bo32 performance of Gemma 2B", None)
    'best-of-32'
    >>> setting("GSM8K maintains 88.84% accuracy at T = 3.0 (2.81pp", "accuracy"), setting("at T=0.0 it", None)
    ('temperature 3.0', 'greedy')
    """
    found = []
    t = P.setting_temperature.search(s)
    if t:
        found.append("greedy" if float(t.group("t")) == 0 else f"temperature {t.group('t')}")
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
