"""Which results a default leaderboard ranks: the benchmark's standard metric and setting.

Pure functions over a registry entry (`extract.registry.Benchmark`) and the metric and setting a result
states. A result stating no metric or no setting counts as standard; so does a metric that is a spelling
of the standard one, and a setting whose every part is a single sample (pass@1, greedy, avg@k) or a part
of the entry's standard setting. Every other part is of one *kind*: best of several samples, voting, shot
counts, chain-of-thought or other. A board ranks the results whose kinds are all ones the reader asked for
(none by default). On benchmarks measured one sample at a time (standard setting with pass@1), a sampling
metric (pass@k, maj@k, avg@k) is the standard metric taken in that sampling setting.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from extract.classify.metric import canonical_metric
from extract.registry import Benchmark

# the kinds of settings a reader may rank besides the standard one, in the order a picker offers them
SETTING_KINDS = {
    "pass@k>1": "pass@k > 1 (best of several samples)",
    "maj@k": "maj@k, self-consistency, majority voting",
    "shots": "shot counts (zero-, few-, k-shot)",
    "CoT": "chain-of-thought (CoT)",
    "other": "other settings",
}
SINGLE_SAMPLE = {"pass@1", "greedy", "avg@k"}  # one sample per problem (avg@k: its mean over k)
_SAMPLING = re.compile(r"^(?:pass|maj|cons|avg|best-of)[@-]?(\d+|k)$")


def part(text: str) -> str:
    """One part of a setting in canonical form.

    >>> [part(p) for p in ["8-shot", "0-shot", "one-shot", "Greedy decoding", "chain of thought", "Maj@8",
    ...                    "avg@32", "best-of-5"]]
    ['8-shot', 'zero-shot', '1-shot', 'greedy', 'CoT', 'maj@8', 'avg@k', 'best-of-5']
    """
    p = " ".join(text.split()).lower().replace(" ", "-")
    if p in ("cot", "chain-of-thought"):
        return "CoT"
    if p in ("greedy", "greedy-decoding"):
        return "greedy"
    if p in ("0-shot", "zero-shot"):
        return "zero-shot"
    if p == "one-shot":
        return "1-shot"
    if p.startswith("avg@") or p.startswith("average@"):
        return "avg@k"
    return p


def parts(setting: str | None) -> list[str]:
    """The parts of a stated setting ("8-shot, CoT"), in canonical form (none for a missing value).

    >>> parts("8-shot, CoT"), parts(None), parts(float("nan"))
    (['8-shot', 'CoT'], [], [])
    """
    return [part(p) for p in setting.split(",") if p.strip()] if isinstance(setting, str) else []


def part_kind(p: str) -> str | None:
    """The kind of one canonical setting part; None for a single sample.

    >>> [part_kind(p) for p in ["pass@1", "pass@8", "pass@k", "maj@16", "self-consistency", "few-shot", "CoT",
    ...                         "greedy", "temperature-0.7"]]
    [None, 'pass@k>1', 'pass@k>1', 'maj@k', 'maj@k', 'shots', 'CoT', None, 'other']
    """
    if p in SINGLE_SAMPLE:
        return None
    m = _SAMPLING.match(p)
    if m:
        if p.startswith(("maj", "cons")):
            return "maj@k"
        return None if m.group(1) == "1" else "pass@k>1"
    if p in ("self-consistency", "majority-voting"):
        return "maj@k"
    if p.endswith("-shot"):
        return "shots"
    if p == "CoT":
        return p
    return "other"


def standard_parts(entry: Benchmark | None) -> set[str]:
    """The parts of an entry's standard setting ("pass@1/greedy" -> pass@1, greedy).

    >>> sorted(standard_parts(Benchmark("X", ("X",), standard_setting="5-shot/CoT")))
    ['5-shot', 'CoT']
    """
    if entry is None or not entry.standard_setting:
        return set()
    return {part(p) for p in entry.standard_setting.split("/") if p.strip()}


def samples_one_at_a_time(entry: Benchmark | None) -> bool:
    """Whether the entry's standard setting counts single samples (pass@1): sampling metrics are its metric."""
    return "pass@1" in standard_parts(entry)


def sampling_metric(metric: str | None) -> bool:
    """Whether a metric is a way of sampling answers (pass@k, maj@k, cons@k, avg@k).

    >>> sampling_metric("pass@2"), sampling_metric("maj@16"), sampling_metric("accuracy")
    (True, True, False)
    """
    return bool(metric) and bool(_SAMPLING.match(part(metric or "")))


def setting_kinds(entry: Benchmark | None, metric: str | None, setting: str | None) -> frozenset[str]:
    """The kinds of a result's setting that are not the entry's standard (empty: standard), its sampling
    metric included.

    >>> gsm8k = Benchmark("GSM8K", ("GSM8K",), standard_metric="accuracy", standard_setting="pass@1/greedy")
    >>> sorted(setting_kinds(gsm8k, "pass@2", None)), sorted(setting_kinds(gsm8k, "accuracy", "8-shot, CoT"))
    (['pass@k>1'], ['CoT', 'shots'])
    >>> setting_kinds(gsm8k, "pass@1", "greedy-decoding"), setting_kinds(gsm8k, None, None)
    (frozenset(), frozenset())
    >>> mmlu = Benchmark("MMLU", ("MMLU",), standard_metric="accuracy", standard_setting="5-shot")
    >>> setting_kinds(mmlu, None, "5-shot"), sorted(setting_kinds(mmlu, None, "zero-shot"))
    (frozenset(), ['shots'])
    """
    accepted = standard_parts(entry)
    stated = parts(setting) + ([part(metric)] if isinstance(metric, str) and sampling_metric(metric) else [])
    return frozenset(k for p in stated if p not in accepted and (k := part_kind(p)) is not None)


def metric_is_standard(entry: Benchmark | None, metric: str | None) -> bool:
    """Whether a stated metric counts as the entry's standard one: none stated, the standard metric in any of
    its spellings, or a sampling metric on a benchmark measured one sample at a time.

    >>> gsm8k = Benchmark("GSM8K", ("GSM8K",), standard_metric="accuracy", standard_setting="pass@1/greedy",
    ...                   standard_spellings=("final accuracy",))
    >>> [metric_is_standard(gsm8k, m) for m in [None, "Accuracy", "acc.", "final accuracy", "pass@2",
    ...                                         "exact match", "output accuracy"]]
    [True, True, True, True, True, False, False]
    """
    if not isinstance(metric, str) or not metric or entry is None or entry.standard_metric is None:
        return True
    wanted = {(canonical_metric(m) or m).lower() for m in (entry.standard_metric, *entry.standard_spellings)}
    if (canonical_metric(metric) or metric).lower() in wanted:
        return True
    return sampling_metric(metric) and samples_one_at_a_time(entry)


def ranked_metrics(entry: Benchmark | None, metrics: Iterable[str], kinds: Collection[str] = ()) -> tuple[str, ...]:
    """The stated metrics ("" for none) a default board ranks: the standard ones whose sampling kind, if any,
    is among `kinds`.

    >>> gsm8k = Benchmark("GSM8K", ("GSM8K",), standard_metric="accuracy", standard_setting="pass@1/greedy")
    >>> ranked_metrics(gsm8k, ["", "accuracy", "exact match", "pass@1", "pass@2"])
    ('', 'accuracy', 'pass@1')
    >>> ranked_metrics(gsm8k, ["", "accuracy", "pass@2"], kinds=["pass@k>1"])
    ('', 'accuracy', 'pass@2')
    """
    out = []
    for m in metrics:
        metric = m or None
        if metric_is_standard(entry, metric) and setting_kinds(entry, metric, None) <= set(kinds):
            out.append(m)
    return tuple(out)


def ranked_settings(entry: Benchmark | None, settings: Iterable[str], kinds: Collection[str] = ()) -> tuple[str, ...]:
    """The stated settings ("" for none) a board ranks when the reader asks for these `kinds` besides the
    standard.

    >>> gsm8k = Benchmark("GSM8K", ("GSM8K",), standard_metric="accuracy", standard_setting="pass@1/greedy")
    >>> ranked_settings(gsm8k, ["", "CoT", "8-shot, CoT", "greedy-decoding", "maj@8"])
    ('', 'greedy-decoding')
    >>> ranked_settings(gsm8k, ["", "CoT", "8-shot, CoT", "maj@8"], kinds=["CoT"])
    ('', 'CoT')
    """
    return tuple(s for s in settings if setting_kinds(entry, None, s or None) <= set(kinds))


def kinds_present(entry: Benchmark | None, pairs: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """The setting kinds (in `SETTING_KINDS` order) that some (metric, setting) pair of the data has."""
    found: set[str] = set()
    for metric, setting in pairs:
        found |= setting_kinds(entry, metric, setting)
    return [k for k in SETTING_KINDS if k in found]


def describe(entry: Benchmark | None) -> str:
    """The standard of an entry in words, as the boards and `benchboard benchmarks` state it.

    >>> describe(Benchmark("GSM8K", ("GSM8K",), standard_metric="accuracy", standard_setting="pass@1/greedy"))
    'accuracy, pass@1/greedy'
    """
    if entry is None:
        return "any metric, any setting"
    return ", ".join(x for x in (entry.standard_metric, entry.standard_setting) if x) or "any metric, any setting"
