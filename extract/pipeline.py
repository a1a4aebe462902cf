"""The extractor as a pipeline: sentences -> mentions -> links -> filters -> attribution -> classification -> records.

For each sentence that names a registered benchmark, every number that can be a score (`extract.numbers`) is
linked to a target (`extract.link`), numbers that measure something else are dropped (`extract.classify.filters`),
the system the number belongs to is named (`extract.attribute`) and its kind, metric, qualifier and setting are
read (`extract.classify`). Sentences that name no benchmark may report on one named just before
(`extract.link.carry`). Each record carries the names of the rules that linked it and named its system.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import replace
from pathlib import Path

from .attribute.own import OwnSystem
from .attribute.system import ABOUT_BENCHMARK, decide, settle
from .classify.filters import not_a_score
from .classify.kind import decrease, relative
from .classify.kind import kind as kind_of
from .classify.metric import canonical_metric, metric
from .classify.qualifier import qualifier
from .classify.scope import joint, scope
from .classify.setting import setting
from .confidence import WEIGHTS_FILE, scored
from .link import link
from .link.carry import CARRY_SENTENCES, carried, sentence_links
from .link.lists import in_run
from .mentions import Names, list_around
from .modelname import model_key
from .numbers import find_numbers
from .reading import MAX_RESULTS, MAX_SENTENCE, PAIRED_IN_ORDER, Link, Reading, Target
from .record import Result
from .registry import Mention, Registry, default_registry
from .rules import P
from .text import mask, plain_name, split_sentences

# the link rules strong enough for a bare integer ("90 on GSM8K"): a name right beside it, or a list
_BARE_INTEGER_LINKS = PAIRED_IN_ORDER | {"name-before", "name-after", "in-brackets", "one-name-run"}


def _rules_fingerprint() -> str:
    """A short hash of the extractor's code and data: any change to the rules changes the version,
    so re-ingesting replaces results made by older rules."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for f in sorted([*here.rglob("*.py"), *here.rglob("*.toml"), WEIGHTS_FILE]):
        if f.name not in ("accuracy.py", "scorer.py", "fitting.py", "__init__.py"):
            h.update(str(f.relative_to(here)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"1.1+{_rules_fingerprint()}"


class Extractor:
    """Turns abstracts into `Result`s using a benchmark registry."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or default_registry()
        self.names = Names(self.registry)

    def extract(self, abstract: str, title: str | None = None, prefiltered: bool = False) -> list[Result]:
        """Every result reported in an abstract, in text order (`prefiltered`: the caller already found a name
        literal in it, as `iter_candidates` does)."""
        if not prefiltered and not self.registry.prefilter.search(abstract):
            return []  # cheap literal prefilter: no benchmark named at all
        all_mentions = self.registry.mentions(abstract)
        hits = [m.start for m in all_mentions if m.benchmark]
        if not hits:
            return []  # only look-alikes ("MS COCO", "C-Eval") or names that must not match
        starts = [m.start for m in all_mentions]
        masked = mask(abstract)
        same = masked == abstract  # no LaTeX to neutralise: a sentence's mentions are the abstract's (no re-scan)
        own = OwnSystem(title, masked)  # (names read without their LaTeX: "\\textbf{Parallel-R1}")
        results: list[Result] = []
        k = 0
        pending: tuple[int, int] | None = None  # the last sentence naming benchmarks, when it reported nothing
        between: list[tuple[int, int]] = []  # the sentences since then
        named: list[str] | None = None  # what `pending` names alone (worked out when first needed)
        checked = 0  # sentences of `between` already known not to name other data
        last: tuple[int, int] | None = None  # the last sentence that named a benchmark
        for sent in split_sentences(masked):
            if len(results) >= MAX_RESULTS:
                break  # (the store notes the abstract: its first MAX_RESULTS results are kept)
            while k < len(hits) and hits[k] < sent.start:
                k += 1
            found = None
            if k < len(hits) and hits[k] < sent.end:  # only sentences that may name a benchmark
                known = all_mentions[bisect_left(starts, sent.start):bisect_left(starts, sent.end)] if same else None
                found = self._sentence(abstract, masked, sent.start, sent.end, own, known)  # None: names none
            if found is None and last is not None:
                found = self._same_benchmark(abstract, masked, sent.start, sent.end, own, last)
            if found is not None:
                results.extend(found)
                last = (sent.start, sent.end)
                pending, between, named, checked = (None if found else (sent.start, sent.end)), [], None, 0
            elif pending is not None:
                s = masked[sent.start:sent.end]
                if len(between) >= CARRY_SENTENCES or P.other_data.search(s):
                    pending = None  # too far, or the text moved on to other data
                    continue
                between.append((sent.start, sent.end))
                if not (P.carry_signal.search(s) and any(c.isdigit() for c in s)):
                    continue
                if named is None:
                    named = self.names.named_alone(masked[pending[0]:pending[1]])
                if not named and P.respectively_word.search(s):  # "... on AIME24, AIME25, and HMMT25. Specifically, X
                    # attains 90.6%, 86.4%, and 73.8% accuracy respectively": the list of datasets, in order
                    named = self.names.listed(masked[pending[0]:pending[1]], len(find_numbers(s)))
                if not named or any(self.names.names_other_data(masked[a:b]) for a, b in between[checked:]):
                    pending = None
                    continue
                checked = len(between)
                results.extend(self._carried(abstract, masked, sent.start, sent.end, own, named))
        return [scored(r, self.registry) for r in results[:MAX_RESULTS]]

    def _same_benchmark(self, text: str, masked: str, start: int, end: int, own: OwnSystem,
                        last: tuple[int, int]) -> list[Result] | None:
        """Results of a sentence that names its benchmark as "the same benchmark": the one benchmark the last
        sentence naming benchmarks named ("... from 74.0% to 81.8% on the same benchmark")."""
        same_as = P.same_benchmark_words.search(masked, start, end)
        alone = self.names.named_alone(masked[last[0]:last[1]]) if same_as else []
        if not same_as or len(alone) != 1:
            return None
        found = self._sentence(text, masked, start, end, own, [Mention(same_as.start(), same_as.end(),
                                                                       same_as.group(), alone[0])])
        return [_provenance(r, how_linked="same-benchmark") for r in found] if found else found

    def _carried(self, text: str, masked: str, start: int, end: int, own: OwnSystem,
                 named: list[str]) -> list[Result]:
        """Results of a sentence reported on the benchmark(s) named in the sentence before (`link.carry`)."""
        s = masked[start:end]
        r = Reading(s, sentence_links(s) if len(s) <= MAX_SENTENCE else [], [], [], self.names)
        evidence = text[start:end]

        def build(reading: Reading, j: int, target: Target) -> Result | None:
            return self._result(reading, j, target, evidence, start, end, own)

        def metrics_of(benchmark: str) -> set[str | None]:
            return {canonical_metric(m) for m in self.registry.get(benchmark).metrics}

        return carried(r, named, own, metrics_of, build)

    def _sentence(self, text: str, masked: str, start: int, end: int, own: OwnSystem,
                  known: list[Mention] | None = None) -> list[Result] | None:
        """The sentence's results; None when it names no benchmark (only look-alikes such as "MS COCO")."""
        s = masked[start:end]
        if known is not None:
            mentions = [Target(m.start - start, m.end - start, m.benchmark, m.written) for m in known]
        else:
            mentions = self.names.mentions(s)
        if not any(m.benchmark for m in mentions):
            return None
        if len(s) > MAX_SENTENCE:
            return []  # no real sentence is this long: a table dump or garbage (and linking is per pair)
        # a model's training data is not where its numbers were measured: "trained with the MATH dataset"
        mentions = [t for t in mentions
                    if not (t.benchmark and P.training_data.search(s[max(0, t.start - 100):t.start]))]
        if not any(m.benchmark for m in mentions):
            return []
        numbers = [
            n for n in find_numbers(s)
            if not any(m.start <= n.start < m.end or n.start <= m.start < n.end for m in mentions)
        ]
        if not numbers:
            return []
        r = Reading(s, [Link(n) for n in numbers], self.names.targets(s, mentions), mentions, self.names,
                    masked[max(0, start - 600):start])
        link(r)
        evidence = text[start:end]
        results: list[Result] = []
        seen: set[tuple[str, int]] = set()
        for i, lk in enumerate(r.links):
            targets = lk.targets
            if len(targets) == 1 and targets[0].benchmark and lk.how == "name-after" and not in_run(r, i) \
                    and joint(r, i, targets[0]):
                # one number for a written list ("a 3~10% enhancement on the GSM8K and MATH benchmarks"): a joint
                # record for each benchmark of the list
                targets = [t for t in list_around(s, targets[0], r.targets) if t.benchmark] or targets
            for target in targets:
                if target.benchmark is None or (target.benchmark, lk.number.start) in seen:
                    continue
                result = self._result(r, i, target, evidence, start, end, own)
                if result is not None:
                    seen.add((target.benchmark, lk.number.start))
                    results.append(result)
        return results

    def _result(self, r: Reading, i: int, target: Target, evidence: str, start: int, end: int,
                own: OwnSystem) -> Result | None:
        """The record of number i on `target`, or None when it is not a score of the target's benchmark."""
        s, lk = r.s, r.links[i]
        n = lk.number
        bench = self.registry.get(target.benchmark or "")
        if not n.decimal and n.unit is None and n.unit_word not in ("points", "point") \
                and not (lk.strong and lk.how in _BARE_INTEGER_LINKS):
            return None  # a bare integer needs an explicit link ("90 on GSM8K") or to be counted in points
        if not_a_score(r, i, bench.in_range(n.value)):
            return None
        kind = kind_of(r, i)
        metric_ = metric(r, i, target)
        qualifier_ = "range" if n.value_min is not None else qualifier(r, i)
        if qualifier_ is None and lk.how == "label-list" and P.average_word.search(s, max(0, target.start - 20),
                                                                             target.end + 40):
            qualifier_ = "average"  # "(avg GSM8K change across three models: ErisForge -0.28 pp; ...)"
        named, how_named = decide(r, i, own, kind)
        if named.role == ABOUT_BENCHMARK:
            return None  # the subject is the benchmark itself or a measure that is not a score
        system, backbone = settle(plain_name(named.system) if named.system else None,
                                  plain_name(named.backbone) if named.backbone else None)  # ("A\textsuperscript{2}FM")
        model = f"{system} ({backbone})" if system and backbone else system
        value, value_min, rel = n.value, n.value_min, False
        if kind == "delta":
            rel = relative(r, i)
            if decrease(r, i):
                value, value_min = -abs(value), (-abs(value_min) if value_min is not None else None)
        value_norm = n.value
        if kind == "score" and n.unit is None and n.decimal and n.value <= 1.0 and bench.scale == 100:
            value_norm = round(n.value * 100, 6)
        elif bench.scale != 100:
            value_norm = round(n.value * 100 / bench.scale, 6)
        if value < 0:
            value_norm = -value_norm
        return Result(
            benchmark=bench.name, value=value, kind=kind, evidence=evidence, start=start, end=end,
            metric=metric_, unit=n.unit, qualifier=qualifier_, model=model, value_min=value_min,
            value_norm=value_norm, role=named.role, setting=setting(_own_report(r, i), metric_),
            model_key=_pair_key(system, backbone),
            system=system, backbone=backbone, scope=scope(r, i, target), relative=rel,
            value_start=start + n.start, value_end=start + n.end, how_linked=lk.how, how_named=how_named,
        )


_PAIR_GAP = re.compile(r"\s*(?:to|->|→)\s*")  # between the two numbers of a pair
_NEXT_CLAUSE = re.compile(r"[,;]\s")  # a clause break between two numbers' words


def _own_report(r: Reading, i: int) -> str:
    """The words that report number i: from the number before it to the number after it, short of a comparison
    with another system after it (its settings are the other's); the end of a pair ("from 30.71% to 92.72%") is
    reported by the words of its start too. Between two numbers the last clause break (", " or "; ") divides
    their words: "83.8% on GSM8K, under 8-shot prompting, and 52.4% on MATH" keeps the shots with 83.8, and
    ", and pass@32 from 60.0%" are the next number's words."""
    links, s = r.links, r.s
    j = i - 1 if i > 0 and _PAIR_GAP.fullmatch(s, links[i - 1].number.end, links[i].number.start) else i
    lo = _after_last_break(s, links[j - 1].number.end, links[j].number.start) if j > 0 else 0
    hi = links[i + 1].number.start if i + 1 < len(links) else len(s)
    compared = P.compared_after.search(s, links[i].number.end, hi)
    if i + 1 < len(links):
        brk = _after_last_break(s, links[i].number.end, hi)
        hi = brk if brk > links[i].number.end else hi
    return s[lo:min(hi, compared.start()) if compared else hi]


def _after_last_break(s: str, start: int, end: int) -> int:
    """Where the words after the last clause break of s[start:end] begin (`start` when there is none).

    >>> s = "83.8% on GSM8K, under 8-shot prompting, and 52.4%"
    >>> s[_after_last_break(s, 5, 44):44]
    'and '
    """
    last = start
    for m in _NEXT_CLAUSE.finditer(s, start, end):
        last = m.end()
    return last


def _pair_key(system: str | None, backbone: str | None) -> str | None:
    """The key of a system on a backbone: a method on two backbones is two keys, never its base model's.

    >>> _pair_key("MDToC", "GPT-4-Turbo"), _pair_key("Llama 3.1 70B Instruct", None), _pair_key(None, "GPT-4o")
    ('mdtoc@gpt-4-turbo', 'llama-3.1-70b-instruct', None)
    """
    if not system:
        return None
    return f"{model_key(system)}@{model_key(backbone)}" if backbone else model_key(system)


def _provenance(result: Result, how_linked: str) -> Result:
    """A record with its link provenance replaced."""
    return replace(result, how_linked=how_linked)


_DEFAULT: Extractor | None = None


def extract(abstract: str, title: str | None = None) -> list[Result]:
    """Results reported in one abstract, with the default registry.

    >>> [(r.model, r.benchmark, r.value) for r in extract("Our X-7B achieves 83.8 on GSM8K and 52.4 on MATH.")]
    [('X-7B', 'GSM8K', 83.8), ('X-7B', 'MATH', 52.4)]
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(abstract, title)
