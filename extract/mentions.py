"""Mentions: the benchmark names, foreign names (datasets benchboard does not track) and metric names of a
sentence, and the lists they form.

Numbers are found by `extract.numbers`; systems by `extract.attribute`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .attribute.phrases import is_name
from .modelname import is_model_family
from .reading import MAX_SENTENCE, Target
from .registry import Registry
from .rules import P
from .words import WORDS


def after_preposition(s: str, names: list[Target]) -> list[Target]:
    """Names right after "on/in/across" that are not model families: the data a clause reports on."""
    return [t for t in names if not is_model_family(t.text)
            and P.data_preposition.search(s[max(0, t.start - 12):t.start].lower())]


def last_list(s: str, before: list[Target], k: int) -> list[Target]:
    """The last run of exactly k names written as a list ("CHAMP, MATH, and Game-of-24") in `before`."""
    groups: list[list[Target]] = []
    for t in before:
        gap = re.sub(r"^/'?\d{2,4}\b", "", s[groups[-1][-1].end:t.start]) if groups else ""  # ("AIME24/25, GPQA")
        if groups and P.name_list_gap.match(re.sub(r"\s*\([^()]*\)", "", gap)):
            groups[-1].append(t)
        else:
            groups.append([t])
    lists = [g for g in groups if len(g) == k and any(t.benchmark for t in g)]
    return lists[-1] if lists else []


def in_list(s: str, t: Target, targets: list[Target]) -> bool:
    """Whether a name is one item of a written list of several names (models do not make a list of datasets:
    "on AIME'25, GPT-4.1 rises by +14.0%")."""
    targets = [u for u in targets if u is t or u.benchmark or not is_model_family(u.text)]
    i = targets.index(t)
    if P.clause_subject_next.match(s, t.end):
        return False  # "..., and GSM8K showed the largest prompt sensitivity": a clause's subject, not a list item
    prev_ok = i > 0 and P.name_list_gap.match(s[targets[i - 1].end:t.start]) is not None
    next_ok = i + 1 < len(targets) and P.name_list_gap.match(s[t.end:targets[i + 1].start]) is not None
    return prev_ok or next_ok


def list_around(s: str, target: Target, targets: list[Target]) -> list[Target]:
    """The names written as one list with `target`."""
    k = targets.index(target)
    lo = hi = k
    while lo > 0 and P.name_list_gap.match(s[targets[lo - 1].end:targets[lo].start]):
        lo -= 1
    while hi + 1 < len(targets) and P.name_list_gap.match(s[targets[hi].end:targets[hi + 1].start]):
        hi += 1
    return targets[lo:hi + 1]


class Names:
    """The registry's view of the names in a text: benchmark mentions and foreign names."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def mentions(self, s: str) -> list[Target]:
        """The benchmark mentions (and names that must not match) of a text."""
        return [Target(m.start, m.end, m.benchmark, m.written) for m in self.registry.mentions(s)]

    def is_benchmark(self, name: str) -> bool:
        """Whether a name is (or holds) a registered benchmark's name."""
        return bool(self.registry.mentions(name))

    def foreign(self, s: str, mentions: list[Target]) -> list[Target]:
        """Foreign names: capitalised tokens that are not benchmark mentions (CaseHOLD, BIOSSES, ...)."""
        foreign = []
        for m in P.name_token.finditer(s):
            word = m.group()
            if (word.islower() and word.isalpha()) or word[0].isdigit():  # most words: never a name (fast path);
                continue  # "3B--32B", "16-bit" are sizes, not names
            tok = P.possessive_suffix.sub("", word).rstrip(".'’") if word[-1] in "s.'’" else word
            if not is_name(tok):
                continue
            end = m.start() + len(tok)
            nxt = s[end:end + 12]
            first = nxt.lstrip()[:1]
            if first in ("=", "<", ">", "≤", "≥"):
                continue  # "at T = 3.0", "N=500": a variable, not a dataset
            if nxt[:1] == "@":
                continue  # "Pass@8", "Recall@10": a metric
            if tok in WORDS.hardware:
                continue  # "45.83 QPS on a CPU machine": where it ran, not what it was measured on
            if tok in ("LC", "WR") or P.metric_name.fullmatch(tok) or P.capitalised_metric.match(s, m.start()):
                continue  # "the global best LC (48.3%)": a metric, not a dataset
            if (tok[-1] in "BM" and P.size_suffix.search(tok)) or (first.isdigit() and P.size_next.match(nxt)):
                continue  # "Llama3 8B", "Qwen3-8B": a model of some size, not a dataset
            if any(t.start <= m.start() < t.end for t in mentions):
                continue
            foreign.append(Target(m.start(), m.start() + len(tok), None, tok))
        return foreign

    def targets(self, s: str, mentions: list[Target]) -> list[Target]:
        """Benchmark mentions and foreign names together, in text order."""
        return sorted(mentions + self.foreign(s, mentions), key=lambda t: t.start)

    def listed(self, s: str, k: int) -> list[str]:
        """The last list of exactly k names in a sentence, benchmarks or not ("" for another dataset), when it
        holds a benchmark: what a later "respectively" refers to."""
        listed = last_list(s, self.targets(s, self.mentions(s)), k)
        return [t.benchmark or "" for t in listed] if k >= 2 else []

    def named_alone(self, s: str) -> list[str]:
        """The benchmarks a sentence names, when it names no other dataset beside them (a later sentence's
        scores may be theirs); [] for "5 benchmarks (AlpacaEval 2.0, FLASK, Koala, MT-Bench, ...)"."""
        if len(s) > MAX_SENTENCE:
            return []
        mentions = self.mentions(s)
        targets = self.targets(s, mentions)
        for a, b in pairwise(targets):
            if (a.benchmark is None) != (b.benchmark is None) and P.name_list_gap.match(s[a.end:b.start]):
                return []  # another name listed next to the benchmark's (not "Zero Shot, standard CoT, and Sculpting")
        return list(dict.fromkeys(m.benchmark for m in mentions if m.benchmark))

    def names_other_data(self, s: str) -> bool:
        """A name after "on/in/across": the sentence reports on other data ("On MuSiQue, an oracle ...")."""
        return len(s) > MAX_SENTENCE or bool(after_preposition(s, self.foreign(s, [])))
