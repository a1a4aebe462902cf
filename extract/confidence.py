"""How sure the extractor is of a record: a logistic model over the record's provenance (the rules that linked
its number to its benchmark and named its system) and simple features of its sentence, fitted on the
hand-checked gold sets (`benchboard confidence refit`, `extract.fitting`).

The fitted weights ship as `confidence.json` next to this module; scoring a record needs no fitting library.
A record is *trusted* when its confidence reaches the registry's threshold (`[confidence]` in
`benchmarks.toml`), chosen so that records above it were right at least 97% of the time when each gold set was
scored by a model fitted on the others.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from .attribute.phrases import is_name
from .modelname import is_model_family
from .numbers import find_numbers
from .record import Result
from .registry import Mention, Registry
from .text import mask

WEIGHTS_FILE = Path(__file__).with_name("confidence.json")

_COMPARISON = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|than|vs\.?|versus|compared|relative to"
                         r"|over)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w@\-.']+")
_NAME = re.compile(r"[A-Za-z][\w\-.]*[\w]")



def features(result: Result, registry: Registry) -> dict[str, float]:
    """The features of one record, by name: its provenance (one indicator per rule), what kind of number it is,
    and its sentence (how far the number stands from its benchmark's name, how many numbers, benchmarks and
    comparison words share the sentence).

    >>> from extract.pipeline import extract
    >>> from extract.registry import default_registry
    >>> f = features(extract("Our X-7B achieves 83.8 on GSM8K.")[0], default_registry())
    >>> f["link=name-after"], f["named=subject"], f["numbers"], f["words-to-name"]
    (1.0, 1.0, 0.0, 0.693)
    """
    s = result.evidence
    at = result.value_start - result.start  # the number's offset in its sentence
    end = result.value_end - result.start
    f: dict[str, float] = {
        f"link={result.how_linked or 'none'}": 1.0,
        f"named={result.how_named or 'none'}": 1.0,
        f"named={result.how_named or 'none'},{'system' if result.system else 'no-system'}": 1.0,
        f"source={result.source}": 1.0,
    }
    for name, on in (
        ("delta", result.kind == "delta"),
        ("relative", result.relative),
        ("qualified", result.qualifier is not None),
        ("range", result.value_min is not None),
        ("baseline", result.role == "baseline"),
        ("no-system", result.system is None),
        ("backbone", result.backbone is not None),
        ("joint", result.scope == "joint"),
        ("subset", result.scope == "subset"),
        ("no-unit", result.unit is None),
        ("no-metric", result.metric is None),
        ("whole-number", float(result.value).is_integer()),
        ("in-brackets", s.rfind("(", 0, max(at, 0)) > s.rfind(")", 0, max(at, 0))),
    ):
        if on:
            f[name] = 1.0
    facts = _sentence(s, registry)
    mentions = facts.mentions
    own = [m for m in mentions if m.benchmark == result.benchmark]
    if own and 0 <= at <= len(s):
        gap = min(len(_WORD.findall(s[m.end:at] if m.end <= at else s[end:m.start])) for m in own)
        f["words-to-name"] = round(math.log1p(gap), 3)
    else:
        f["carried"] = 1.0  # the benchmark is named in another sentence
    f["names"] = facts.names  # other names in the sentence: systems the number may be theirs
    if result.system:
        where = s.find(result.system.split(" (")[0])
        if where < 0:
            f["system-elsewhere"] = 1.0  # the system is named in another sentence (or the title)
        else:
            gap = len(_WORD.findall(s[where:at] if where <= at else s[end:where]))
            f["words-to-system"] = round(math.log1p(gap), 3)
        if is_model_family(result.system):
            f["model-family"] = 1.0
            if result.role == "own" and result.backbone is None:
                f["own-model"] = 1.0  # a known model credited with its own result (or with a method run on it?)
        if re.search(r"^[\W_]|[\W_]$|\$|\\|-based$", result.system) or len(result.system) < 3:
            f["broken-name"] = 1.0  # "-PO", "AM-based": a name read in pieces
    f["numbers"], f["benchmarks"], f["comparisons"], f["length"] = (
        facts.numbers, facts.benchmarks, facts.comparisons, facts.length)
    return f


@dataclass(frozen=True)
class _Facts:
    """What the features read of a sentence, worked out once for all of its records."""

    mentions: tuple[Mention, ...]
    names: float
    numbers: float
    benchmarks: float
    comparisons: float
    length: float


@lru_cache(maxsize=512)
def _sentence(s: str, registry: Registry) -> _Facts:
    mentions = tuple(m for m in registry.mentions(s) if m.benchmark)
    named = [m for m in _NAME.finditer(s) if is_name(m.group())
             and not any(b.start <= m.start() < b.end for b in mentions)]  # (a benchmark's name is no system's)
    return _Facts(
        mentions=mentions,
        names=round(math.log1p(len(named)), 3),
        numbers=round(math.log(max(1, len(find_numbers(mask(s))))), 3),
        benchmarks=round(math.log(max(1, len({m.benchmark for m in mentions}))), 3),
        comparisons=round(math.log1p(len(_COMPARISON.findall(s))), 3),
        length=round(math.log(max(50, len(s)) / 50), 3),
    )


@cache
def _weights(path: Path = WEIGHTS_FILE) -> tuple[float, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()}


def confidence(result: Result, registry: Registry, path: Path = WEIGHTS_FILE) -> float:
    """The probability that the record is right (benchmark, value, kind, sign and system), as the fitted model
    puts it; a feature the model never saw weighs nothing."""
    intercept, weights = _weights(path)
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in features(result, registry).items())
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def scored(result: Result, registry: Registry) -> Result:
    """The record with its confidence and whether it is trusted (at or above the registry's threshold)."""
    c = confidence(result, registry)
    return replace(result, confidence=c, trusted=c >= registry.trust_threshold)
