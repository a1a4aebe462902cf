"""Whose number is it: the rules that name the system a number belongs to, and its role (own or baseline).

The rules are tried in the order of `SYSTEM_RULES`; the first that decides gives the name, the role and its own
name, which a record carries as `how_named`. They read a `Claim`: the number in its sentence, with what the
rules share worked out once (the clause's subject, the base model named for the number, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from ..link.lists import runs
from ..modelname import is_model_family, model_key
from ..reading import Link, Reading, last_match, words_between
from ..rules import RULES, P
from ..words import WORDS
from .own import OwnSystem
from .phrases import base_model_in, clean_np, is_name, subject_of


class Named(NamedTuple):
    """Whose number it is: the system (None when the text names none), its role, and the backbone it runs on."""

    system: str | None
    role: str  # "own" | "baseline" | ABOUT_BENCHMARK
    backbone: str | None = None


Decided = tuple[str | None, str] | Named  # (system, role), or the whole decision
ABOUT_BENCHMARK = "about-benchmark"  # the role of a number whose subject is the benchmark itself: not a result

# a measure right after a verb, with no possessive: "improves accuracy from" (not "improves its accuracy")
_BARE_MEASURE = r"(?:accuracy|performance|pass@\w+|scores?|results?|the\s+(?:accuracy|performance|scores?))\b"
_MOVES_FROM = (r"\s+(?:\w+ly\s+)?(?:advances|rises|goes|grows|climbs|jumps|increases|improves|moves|drops|falls|"
               r"decreases)")
_MOVES = r"\s+(?:\w+ly\s+)?(?:advances|rises|goes|grows|climbs|jumps|increases|improves|moves)\b"


class Claim:
    """One number in its sentence, as the attribution rules see it; shared readings are worked out once."""

    def __init__(self, r: Reading, i: int, paper: OwnSystem, kind: str = "score") -> None:
        self.r, self.i, self.paper, self.kind = r, i, paper, kind
        self.s, self.links, self.link = r.s, r.links, r.links[i]
        self.n = self.link.number
        self.own = paper.name

    def is_benchmark(self, name: str) -> bool:
        return self.r.names.is_benchmark(name)

    def a_name(self, name: str | None) -> bool:
        """Whether a word looks like a system's name and is no benchmark's."""
        return bool(name) and is_name(name) and not self.is_benchmark(name)  # type: ignore[arg-type]

    @cached_property
    def near(self) -> str:
        """The 200 characters before the number (end-anchored patterns search this window)."""
        return self.s[max(0, self.n.start - 200):self.n.start]

    @cached_property
    def before(self) -> str:
        return self.s[:self.n.start]

    @cached_property
    def for_name(self) -> re.Match[str] | None:
        return P.for_name.match(self.s[self.n.end:])

    @cached_property
    def named_after(self) -> str | None:
        """A name right after the number ("compared to 32.3 for the AR baseline" -> "AR baseline")."""
        fm = self.for_name
        named = fm.group(1) if fm and is_name(fm.group(1)) and not self.is_benchmark(fm.group(1)) else None
        if named and fm and re.match(r"\s+baselines?\b", self.s[self.n.end + fm.end(1):]):
            named += " baseline"  # a kind of baseline, not a model named AR
        return named

    @cached_property
    def compared(self) -> bool:
        return bool(P.compared_words.search(self.near)) and not P.more_than.search(self.near)

    @cached_property
    def subject_raw(self) -> tuple[str | None, str]:
        """The subject of the number's clause, as `subject_of` reads it."""
        return subject_of(self.s, self.n.start, self.is_benchmark)

    @cached_property
    def subject(self) -> tuple[str | None, str]:
        """The subject, where a benchmark that "maintains" a score stands for the paper's system on it."""
        subject, kind = self.subject_raw
        if kind == "benchmark" and re.search(re.escape(subject or "") + r"\s+(?:maintains|retains|keeps|reaches|"
                                             r"stays|remains)\b", self.before):
            return None, "own"  # "GSM8K maintains 88.84% accuracy at T = 3.0": the paper's system on GSM8K
        return subject, kind

    @cached_property
    def named_subject(self) -> str | None:
        """The subject, when it is a name."""
        subject, kind = self.subject
        return subject if kind == "name" and subject else None

    @cached_property
    def lead(self) -> re.Match[str] | None:
        return P.opens_on.match(self.s)

    @cached_property
    def base(self) -> str | None:
        """The model the number was measured on, when the sentence names one for it."""
        s, n, near = self.s, self.n, self.near
        # the number's clause ends where a comparison with other systems starts ("75.4% versus 68.4% for X")
        clause_end = P.clause_end.search(s, n.end)
        clause = s[max(0, n.start - 200):clause_end.start() if clause_end else len(s)]
        base = base_model_in(clause, self.is_benchmark)
        pair_end = self.links[self.link.pair_of].number.end if self.link.pair_of is not None else n.end
        own_with = P.with_after_run.match(s, pair_end)  # (for "from X to Y": the model named after Y)
        if own_with and self.a_name(own_with.group(1)) \
                and (is_model_family(own_with.group(1)) or P.sized_name.search(own_with.group(1))):
            base = own_with.group(1)  # "..., and 70.0% and 74.1% with Qwen2.5-7B": the model named after its numbers
        paired_on = P.pair_on_model.match(s[pair_end:]) if self.link.pair_of is not None or self.y_of_pair else None
        if paired_on and self.a_name(paired_on.group(1)) and _is_model(paired_on.group(1)):
            base = paired_on.group(1)  # "improves the GSM8K score from 78.6 to 80.7 on LLaDA-8B-Instruct"
        paired_for = P.for_name.match(s[pair_end:])
        if paired_for and self.a_name(paired_for.group(1)) and _is_model(paired_for.group(1)):
            base = paired_for.group(1)  # "from 36.46% to 81.88% for Mistral-7B", "gains of 11.8% for Llama3-8B":
            # the model the number was measured on
        named = self.link.targets[0] if self.link.targets else None
        if named is not None and n.end <= named.start and words_between(s, n.end, named.start) <= 4:
            on_model = P.bracket_model_after.match(s[named.end:])  # "+8.8% on MATH (LLaMA3.2-3B-Instruct)"
            if on_model and self.a_name(on_model.group(1)) and _is_model(on_model.group(1)):
                base = on_model.group(1)
        raised = P.possessed_raised.search(near)
        if raised and self.a_name(raised.group(1)):
            base = raised.group(1)  # "enhances Qwen2.5-Math-1.5B's performance on MATH500 by 27.4%"
        paren = P.bracket_model_after.match(s[n.end:])
        if paren and self.a_name(paren.group(1)):
            base = paren.group(1)  # "+5.23% (Qwen-32B, p < 0.01)": the model this number was measured on
        held = P.model_before_bracket.search(s, max(0, n.start - 120), n.start)
        if held and (is_model_family(held.group(1)) or P.sized_name.search(held.group(1))) \
                and not self.is_benchmark(held.group(1)):
            base = held.group(1)  # "on the Qwen3-32B (+11.04 on AIME'25 and +7.71 on AIME'24)": the model in brackets
        end_model = None if base else P.model_at_end.search(s, n.end)
        if end_model and (is_model_family(end_model.group(1)) or P.sized_name.search(end_model.group(1))):
            base = end_model.group(1)  # "..., respectively, for the Qwen3-14B-Base model.": the whole report's model
        lead = self.lead
        if lead and self.a_name(lead.group(1)):
            base = base or lead.group(1)
        return base

    @cached_property
    def run_on(self) -> str | None:
        """The last model the sentence runs something on before the number ("LogicDiff improves LLaDA-8B-Instruct
        accuracy", "when built upon LLaDA", "Using the same DeepSeek-V3.2 backbone"), when it is one."""
        found = None
        for m in P.model_run_on.finditer(self.s, 0, self.n.start):
            name = m.group("name")
            if _is_model(name) and not self.is_benchmark(name):
                found = name
        if found is None:  # "..., 32.6% on CaseHOLD ... using a LLaMA2-7B student model."
            after = P.model_named_after.search(self.s, self.n.end)
            if after and _is_model(after.group("name")) and not self.is_benchmark(after.group("name")):
                found = after.group("name")
        return found

    @cached_property
    def y_of_pair(self) -> bool:
        """Whether the number is the Y of "from X to Y"."""
        return self.i > 0 and self.links[self.i - 1].pair_of == self.i

    def at(self, i: int) -> Named:
        """The decision for another number of the sentence."""
        return decide(self.r, i, self.paper)[0]

    def model_before(self, end: int) -> str | None:
        """The last model named in the clause before `end` (a verb that moves a score): "providing our tools to
        GPT-4.1 increases its pass@1 ... from 26.7% to 43.3%" -> GPT-4.1."""
        s = self.s
        start = max(s.rfind(";", 0, end), s.rfind(":", 0, end)) + 1
        for m in reversed(list(P.name_token.finditer(s, start, end))):
            tok = P.possessive_suffix.sub("", m.group())
            if re.search(r"\b(?:against|vs\.?|versus|than|over)\s+(?:the\s+)?$", s[max(0, m.start() - 16):m.start()]):
                continue  # "Llama 3.1 8B's win rate against GPT-4 ... increases": an opponent, not the model moved
            if (is_model_family(tok) or P.sized_name.search(tok)) and is_name(tok) and not self.is_benchmark(tok) \
                    and not P.sized_name.fullmatch(tok):  # (not "with a 1.5B model": a size)
                version = re.match(r"(?:\s+\d[\w.\-]*(?<![.\-])){1,2}(?=['’]s\b|[\s,;:)]|$)", s[m.end():end])
                if version and tok == m.group():  # "Llama 3.1 8B's": the name runs on over its version and size
                    tok += version.group()
                return tok
        return None

    def system_named(self, obj: str) -> str | None:
        """The system an object phrase names, never a benchmark: "the AIME25 accuracy of a Qwen3-4B model"
        -> Qwen3-4B, "GPT-4o agreement rate on Reward Bench" -> GPT-4o, "AIME 2024 accuracy" -> None,
        "Verified Pass@1024 on AIME2024" -> None (a measure)."""
        for measured_of in (True, False):
            name = _object_name(obj, measured_of)
            if name is not None and re.search(re.escape(name) + r"@", obj):
                return None  # a metric ("Pass@1024"), not a system
            if name is not None and not self.is_benchmark(name):
                return name
        return None


def _object_name(obj: str, measured_of: bool = True) -> str | None:
    if measured_of:  # what a measure is "of/on/for": "win rate of LLaMA-3.1-8B-Instruct"
        obj = re.sub(r"^\s*(?:[A-Za-z][\w\-]*\s+){0,3}?(?:rates?|accuracy|scores?|performance|results?)"
                     r"\s+(?:of|on|for)\s+", "", obj)
    m = re.match(r"^\s*(?:(?:a|an|the|its|their)\s+)?"
                 r"((?:[A-Za-z0-9][\w\-.]*[\w])(?:\s+[A-Za-z0-9][\w\-.]*[\w])*)", obj)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if is_name(w):
            words.append(w)
        else:
            break
    return " ".join(words) or None


Rule = Callable[[Claim], Decided | None]
SYSTEM_RULES: list[tuple[str, Rule]] = []


def rule(name: str) -> Callable[[Rule], Rule]:
    """Register the decorated function as the next attribution rule (its entry in `rules.toml` says what it is
    for and holds its example)."""

    def wrap(fn: Rule) -> Rule:
        if RULES[name].stage != "attribute":
            raise ValueError(f"{name!r} is not an attribution rule")
        SYSTEM_RULES.append((name, fn))
        return fn

    return wrap

@rule("possessive")
def _possessive(c: Claim) -> Decided | None:
    pm = re.search(r"([A-Za-z0-9][\w\-.]*[\w])(?:'s|’s)\s*$", c.near)
    return (pm.group(1), "baseline") if pm and is_name(pm.group(1)) else None


@rule("compared-name-before")
def _compared_name_before(c: Claim) -> Decided | None:
    cn = re.search(r"([A-Za-z][\w\-.]*[\w])\s+$", c.near)
    if cn and c.a_name(cn.group(1)) and P.compared_before.search(c.near, 0, cn.start()):
        return cn.group(1), "baseline"
    return None


@rule("compared-bracket")
def _compared_bracket(c: Claim) -> Decided | None:
    if re.search(r"\(\s*$", c.near) and re.match(r"^\s*(?:/\s*[\d.]+\s*%?\s*)*\)", c.s[c.n.end:]):
        cm = P.compared_by.search(c.near)
        if cm:
            name, kind = clean_np(cm.group(1))
            return (name if kind == "name" else None), "baseline"
    return None


@rule("which-clause")
def _which_clause(c: Claim) -> Decided | None:
    links, first = c.links, c.i
    while first > 0 and P.number_list_gap.match(c.s[links[first - 1].number.end:links[first].number.start]):
        first -= 1  # the list this number is in
    which = P.which_clause_scores.search(c.s, max(0, links[first].number.start - 30), links[first].number.start)
    if which is None:
        return None
    np = re.search(r"[^,;:()]{1,80}$", c.s[:which.start()])
    name, kind = clean_np(np.group()) if np else (None, "none")
    if kind == "own" or (name and name == c.own):
        return c.own, "own"
    return (name if kind in ("name", "descriptive") else None), "baseline"


@rule("baseline-of")
def _baseline_of(c: Claim) -> Decided | None:
    gain_over = P.gain_over.search(c.near)
    if not c.n.sign and not gain_over and (
            P.baseline_of_phrase.search(c.near)
            or (P.compared_article.search(c.near) and P.baseline_after.match(c.s, c.n.end))):
        return None, "baseline"
    return None


@rule("baseline-named")
def _baseline_named(c: Claim) -> Decided | None:
    # "preserves accuracy at 98% (baseline 92%)": the number a word for the baseline labels
    return Named(None, "baseline") if P.baseline_label.search(c.near) else None


@rule("family-size")
def _family_size(c: Claim) -> Decided | None:
    size = P.size_in_bracket_after.match(c.s[c.n.end:])
    family = P.family_named.search(c.s, 0, c.n.start) if size else None
    if not (size and family and is_model_family(family.group("family"))):
        return None
    name = family.group("family") + " " + "".join(size.group("size").split())  # "Qwen3.5 397B-A17B"
    return Named(name, "own")  # (each size measured as it is: "scales from 41% (0.8B) to 96.8% (397B-A17B)")


@rule("compared-at")
def _compared_at(c: Claim) -> Decided | None:
    m = P.compared_object_at.search(c.s, max(0, c.n.start - 120), c.n.start)
    return (m.group("name"), "baseline") if m and c.a_name(m.group("name")) else None


@rule("compared-in-bracket")
def _compared_in_bracket(c: Claim) -> Decided | None:
    if not P.in_compared_bracket.search(c.s, max(0, c.n.start - 120), c.n.start):
        return None
    label = re.match(r"\s*%?\s*([^,;()]{1,40}?)\s*[,;)]", c.s[c.n.end:])
    name = label.group(1).strip() if label else None  # "(vs. 56.8% judge, 55.8% majority, ...)"
    return (name if name and c.a_name(name) and name[:1].isupper() else None), "baseline"


@rule("compared-with")
def _compared_with(c: Claim) -> Decided | None:
    if not c.compared:
        return None
    named = c.named_after
    if named is None and (cm := P.compared_pair_bracket.search(c.near)):
        name, kind = clean_np(cm.group(1))  # "nearly matches Supervised Fine-Tuning (93.9% vs 94.3% ...)",
        # "degrades accuracy by 4.5 points compared to uniform allocation (70.0% vs. 74.5%)"
        named = name if kind in ("name", "descriptive") and name and not c.is_benchmark(name) else None
    if named is None and (lm := P.for_method.match(c.s, c.n.end)):
        name, kind = clean_np(lm.group(1))  # "versus 68.69% for majority voting with the same model set"
        named = name if kind == "descriptive" else None
    # the model the compared number was measured on ("(97% vs. 93% for standard CoT)" on gpt-4o; "(vs. 90.83%
    # at 16-bit)" after "serving Qwen2.5-72B"): the compared system itself when no system is named
    model = next((m for m in (c.base, c.run_on) if m and _is_model(m)), None)
    if named is None or (named.lower() in _PROMPTING and model):
        return Named(model if named is None else named, "baseline", None if named is None else model)
    return Named(named, "baseline", model if named.lower() in _GENERIC else None)


@rule("compared-list")
def _compared_list(c: Claim) -> Decided | None:
    fm, i = c.for_name, c.i
    if fm and i > 0 and re.fullmatch(r"(?:\s*(?:for|of)\s+[^,;()]{1,40}?)?\s*(?:,|and|or|,\s*and)\s*",
                                     c.s[c.links[i - 1].number.end:c.n.start]) and c.at(i - 1)[1] == "baseline":
        system = fm.group(1)  # a list of compared systems: any capitalised word ("Self-Verification")
        return (system if system[0].isupper() and not c.is_benchmark(system) else None), "baseline"
    return None


@rule("bracket-model-first")
def _bracket_model_first(c: Claim) -> Decided | None:
    pn = re.search(r"\(\s*([A-Z][\w\-.]*(?:\s+[\w\-.]+){0,3}?),\s*$", c.near)
    if pn and is_name(pn.group(1).split()[0]) and not c.is_benchmark(pn.group(1)):
        return pn.group(1), "baseline"
    return None


@rule("pair-in-brackets")
def _pair_in_brackets(c: Claim) -> Decided | None:
    if c.link.pair_of is not None and re.search(r"\((?:e\.g\.,|i\.e\.,)?\s*$", c.near):
        inside = c.s[c.n.end:c.s.find(")", c.n.end) if ")" in c.s[c.n.end:] else len(c.s)]
        return base_model_in(inside, c.is_benchmark), "baseline"
    return None


@rule("bracket-after-number")
def _bracket_after_number(c: Claim) -> Decided | None:
    i = c.i
    if i > 0 and re.fullmatch(r"\s*\(\s*", c.s[c.links[i - 1].number.end:c.n.start]):
        return c.at(i - 1)
    return None


@rule("pair-subject-moves")
def _pair_subject_moves(c: Claim) -> Decided | None:
    if c.link.pair_of is None:
        return None
    subject, kind = c.subject_raw
    moved = re.search(re.escape(subject or "") + _MOVES_FROM + r"\s+(?!" + _BARE_MEASURE + r")(?P<obj>(?:\w+\s+){0,4}?)"
                      r"from\s*$", c.before) if kind == "name" and subject else None
    # (not "[Applied to X,] MarsRL improves AIME2025 accuracy from 86.5%": the paper's own method, or a method
    # applied to a model, improves another's accuracy)
    if moved and not ((subject == c.own or P.lead_model.match(c.s)) and moved.group("obj").strip()):
        return subject, "baseline"
    return None


@rule("pair-elided")
def _pair_elided(c: Claim) -> Decided | None:
    if c.link.pair_of is None:
        return None
    elided = P.elided_from.search(c.near)
    if elided and c.a_name(elided.group(1)):
        return elided.group(1), "baseline"
    return None


@rule("pair-verb-object")
def _pair_verb_object(c: Claim) -> Decided | None:
    if c.link.pair_of is None:
        return None
    vm = last_match(P.raise_verb, c.before)  # "WINO improves accuracy from 73.24% to ...": a bare measure is the
    if vm is None:  # baseline's, not the subject's
        return None
    obj = c.before[vm.end():]
    lead_model = P.lead_model.match(c.s)  # "Applied to Qwen3-30B-A3B-Thinking-2507, MarsRL improves ..."
    name = c.system_named(obj) or (lead_model.group(1) if lead_model and c.a_name(lead_model.group(1)) else None)
    after = P.bracket_model_after.match(c.s[c.n.end:])  # "improve nDCG@10 on BEIR from 43.42 (BM25) to 52.59"
    if name is None and after and c.a_name(after.group(1)):
        name = after.group(1)
    base = c.base if c.base and _is_model(c.base) else None  # ("from 78.6 to 80.7 on LLaDA-8B-Instruct")
    return name or c.model_before(vm.start()) or base, "baseline"


@rule("pair-start")
def _pair_start(c: Claim) -> Decided | None:
    # the X of any other "from X to Y" / "X -> Y": where the change starts, the system before it (named in the
    # bracket right after X: "from 43.42 (BM25) to 52.59"; or the model the change is run on)
    if c.link.pair_of is None:
        return None
    after = P.bracket_model_after.match(c.s[c.n.end:])
    if after and c.a_name(after.group(1)):
        return Named(after.group(1), "baseline")
    model = next((m for m in (c.base, c.run_on) if m and _is_model(m)), None)
    if model:
        return Named(model, "baseline")
    # otherwise the system the later rules name, as it was before the change ("Mistral-7B-Instruct-v0.3 on GPQA
    # Diamond improved from 13.88 to 18.36"), but never the paper's method, which is what changed it
    later = SYSTEM_RULES[[name for name, _ in SYSTEM_RULES].index("pair-start") + 1:]
    for _name, fn in later:
        out = fn(c)
        if out is not None:
            named = Named(*out)
            if named.role == ABOUT_BENCHMARK:
                return None
            moved = re.search(r"\b(?:improved|improves|rose|rises|increased|increases|went|goes|grew|grows|climbed|"
                              r"climbs|jumped|jumps|dropped|drops|fell|falls|decreased|decreases|declined|declines|"
                              r"advanced|advances|moved|moves)\s+(?:\w+\s+){0,2}from\s*$", c.before)
            # (only a system that itself moves keeps its start: "HEX yields gains ... from 16.40%" starts elsewhere)
            keep = moved is not None and named.system != c.own
            return Named(named.system if keep else None, "baseline", named.backbone)
    return Named(None, "baseline")


@rule("for-name-from")
def _for_name_from(c: Claim) -> Decided | None:
    ff = re.search(r"\bfor\s+([A-Za-z][\w\-.]*[\w])\s+from\s+[^;()]{0,80}$", c.near)
    links, i = c.links, c.i
    if ff and c.a_name(ff.group(1)) and (
            c.link.pair_of is not None or (i > 0 and links[i - 1].number.start > ff.end(1) + max(0, c.n.start - 200))):
        return ff.group(1), "own"
    return None


@rule(ABOUT_BENCHMARK)
def _about_benchmark(c: Claim) -> Decided | None:
    subject, kind = c.subject
    return (subject, ABOUT_BENCHMARK) if kind in ("benchmark", "measure") else None


@rule("models-in-general")
def _models_in_general(c: Claim) -> Decided | None:
    about_models = P.models_in_general_phrase.search(c.s, max(0, c.n.start - 240), c.n.start)
    return Named(None, "baseline") if about_models else None  # "large language models achieving ... (95%)"


@rule("baseline-subject")
def _baseline_subject(c: Claim) -> Decided | None:
    # "while a baseline model distilled from a Llama-3.1 70B teacher achieves scores of 46.17": the baseline's
    phrase = P.baseline_subject_phrase.search(c.near) if c.named_subject is None else None
    if phrase is None:
        return None
    # "(the original model achieves 84%)": the model the method was run on, as it was
    model = c.run_on if phrase.group("unchanged") and c.run_on and _is_model(c.run_on) else None
    return Named(model, "baseline")


@rule("respectively-subjects")
def _respectively_subjects(c: Claim) -> Decided | None:
    subject, kind = c.subject
    index, run_length = c.link.model_index, None
    if index is None:  # "On GSM8K, SLoRA and NLoRA achieve accuracies of 56.48% and 57.70%": a run of numbers
        # sharing their dataset, after a subject of as many names
        for a, b in runs(c.r):
            if a <= c.i <= b and b > a and all(lk.targets == c.link.targets for lk in c.links[a:b + 1]):
                index, run_length = c.i - a, b - a + 1
    if index is None:
        return None
    if subject:
        parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", subject) if p.strip()]
        if len(parts) > index and len(parts) > 1 and run_length in (None, len(parts)):
            return parts[index], "own"
    if c.link.model_index is None:
        return None
    if kind == "own" and P.pronoun_subject.match(c.s):
        # "Training yields two models: DenseOn, a single-vector dense model, and LateOn, ... . They achieve 56.20
        # and 57.22 ..., respectively": the systems the sentence before introduced, in order
        last = re.split(r"(?<=[.!?])\s+", c.r.before.strip())[-1] if c.r.before.strip() else ""
        introduced = [m.group("name") for m in P.introduced_name.finditer(last) if c.a_name(m.group("name"))]
        run = sum(1 for lk in c.links if lk.model_index is not None and lk.targets == c.link.targets)
        if len(introduced) == run and c.link.model_index < run:
            return introduced[c.link.model_index], "own"
    listed = P.models_run_on.search(c.before)
    if listed and kind in ("own", "none", "measure"):
        # "experiments on the open-source models Qwen2 and Llama3, achieving improvements of 1.7% and 0.9%":
        # the paper's method on each model, in order
        models = [m.strip() for m in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.group("list")) if m.strip()]
        run = sum(1 for lk in c.links if lk.model_index is not None and lk.targets == c.link.targets)
        if len(models) == run and c.link.model_index < run and all(c.a_name(m) for m in models):
            return Named(c.own, "own", models[c.link.model_index])
    return None


@rule("pair-to-subject")
def _pair_to_subject(c: Claim) -> Decided | None:
    subject = c.named_subject if c.y_of_pair else None
    if subject and re.search(re.escape(subject) + _MOVES, c.s[:c.links[c.i - 1].number.start]):
        return Named(c.own, "own", subject) if c.own and c.own != subject else Named(subject, "own")
    return None


@rule("pair-to-object")
def _pair_to_object(c: Claim) -> Decided | None:
    subject = c.named_subject if c.y_of_pair else None
    if not subject:
        return None
    after_subject = c.s[:c.links[c.i - 1].number.start].split(subject, 1)[-1]
    y_obj = c.system_named(re.sub(r"^\s*(?:\w+ly\s+)?[a-z]+\s+", "", after_subject))
    if y_obj and y_obj != subject and not re.search(r"[:;]", after_subject):  # (the verb's own object)
        return Named(subject, "own", y_obj)
    return None


@rule("subject-on-base")
def _subject_on_base(c: Claim) -> Decided | None:
    subject = c.named_subject
    if not subject:
        return None
    s, n, base = c.s, c.n, c.base
    inner = s[n.end:s.find(")", n.end)] if s.count("(", 0, n.start) > s.count(")", 0, n.start) else ""
    if base and base not in subject and re.search(r"\b(?:for|with|on)\s+" + re.escape(base), inner):
        return Named(subject, "own", base)
    return None


@rule("subject")
def _subject(c: Claim) -> Decided | None:
    subject = c.named_subject
    if not subject:
        return None
    if _is_model(subject) and P.tuned_with_own.match(c.s, c.s.find(subject) + len(subject)):
        return Named(c.own, "own", subject)  # "A Llama-3.1-70B-Instruct model tuned with this approach scores"
    if _is_model(subject):
        # a model's gain in a paper that proposes a method, or its score "with our method": the method's, on it
        if c.own and c.own != subject and not _is_model(c.own) and (
                c.kind == "delta" or P.with_own_method.search(c.s)):
            return Named(c.own, "own", subject)
        return Named(subject, "own")
    backbone = c.base if c.base and _is_model(c.base) else c.run_on
    return Named(subject, "own", backbone if backbone and backbone not in subject else None)


@rule("pair-to-verb-object")
def _pair_to_verb_object(c: Claim) -> Decided | None:
    kind = c.subject[1]
    if not c.y_of_pair or kind == "name":
        return None
    s, x_start = c.s, c.links[c.i - 1].number.start
    vm = last_match(P.raise_verb, s[:x_start])
    x_obj = c.system_named(s[vm.end():x_start]) if vm else None
    if vm and not x_obj and not c.base:  # (not past "... to 62.6% with Best-of-N verification": its own)
        x_obj = c.model_before(vm.start())
    elided = P.elided_from.search(s, max(0, x_start - 80), x_start)
    if elided and vm and vm.end() < elided.start() and c.a_name(elided.group(1)):
        x_obj = elided.group(1)  # "... and B from 43.7 to 53.7": the elided verb's second object
    if x_obj:
        # the verb's subject (the paper's method, named or not) on the system the verb's object names
        system = c.own if kind in ("own", "none", "measure") else None
        return Named(system, "own", x_obj)
    return None


@rule("own-system")
def _own_system(c: Claim) -> Decided | None:
    if c.subject[1] != "own":
        return None
    own, base = c.own, c.base or c.run_on
    return Named(own, "own", base if base != own else None)


@rule("own-lead-improved")
def _own_lead_improved(c: Claim) -> Decided | None:
    own, base, kind = c.own, c.base, c.subject[1]
    if base and own and base != own and kind in ("none", "measure") and c.lead and P.improved_word.search(c.before):
        return Named(own, "own", base)
    return None


@rule("base-model")
def _base_model(c: Claim) -> Decided | None:
    if not c.base:
        return None
    if not _is_model(c.base):  # "with Quiet-STaR, we find ... improvements": a method, not a model
        return Named(c.base, "own")
    if c.own or c.kind == "delta" or c.y_of_pair:  # the paper's method on that model (a gain is a method's, and
        # so is where a change ends: "improved from 36.5% to 49.1% for Qwen3-0.6B")
        return Named(c.own if c.own != c.base else None, "own", c.base)
    return c.base, "own"  # a model measured as it is
@rule("descriptive-subject")
def _descriptive_subject(c: Claim) -> Decided | None:
    # a description is not a name ("proportional rank allocation degrades accuracy"): the number is its, unnamed
    return Named(None, "own") if c.subject[1] == "descriptive" and c.subject[0] else None


@rule("study-subject")
def _study_subject(c: Claim) -> Decided | None:
    study = P.study_phrase.match(c.s)
    if c.own and study and study.end() <= c.n.start and c.subject[1] in ("none", "measure"):
        return c.own, "own"
    return None


def decide(r: Reading, i: int, paper: OwnSystem, kind: str = "score") -> tuple[Named, str]:
    """Whose number i of a sentence is, and the rule that decided."""
    c = Claim(r, i, paper, kind)
    for name, fn in SYSTEM_RULES:
        out = fn(c)
        if out is not None:
            return Named(*out), name
    return Named(paper.name, "own"), "no-system"  # (the paper's own system, named or not)


__all__ = ["ABOUT_BENCHMARK", "SYSTEM_RULES", "Claim", "Link", "Named", "decide"]


def _is_model(name: str) -> bool:
    """Whether a name is a model's: a known family, or a name with a size ("Qwen3-8B")."""
    return is_model_family(name) or bool(P.sized_name.search(name))


_PAIR = re.compile(r"^(?P<system>.+?)\s*\((?P<backbone>[^()]+)\)$")


def settle(system: str | None, backbone: str | None) -> tuple[str | None, str | None]:
    """The system and backbone a record shows: "A (B)" or "A-tuned B" written as one name is A on B when B is
    a model; a prompting style on a model is that model; a generic technique, a word for a role or a LaTeX macro
    is no system; a backbone equal to the system goes.

    >>> settle("iGRPO (OpenReasoning-Nemotron-7B)", None), settle("DCoLT-reinforced LLaDA", None)
    (('iGRPO', 'OpenReasoning-Nemotron-7B'), ('DCoLT', 'LLaDA'))
    >>> settle("GPT-5.4 (High)", None), settle("CoT", "GPT-5"), settle("SFT", "Qwen2.5-7B"), settle("\\ourmodel", None)
    (('GPT-5.4 (High)', None), ('GPT-5', None), (None, 'Qwen2.5-7B'), (None, None))
    >>> settle("*Cool-Fusion*", None), settle("SIGMA-tuned", None), settle("LLaMA-2-13B's", None)
    (('Cool-Fusion', None), ('SIGMA', None), ('LLaMA-2-13B', None))
    """
    if system:
        system = re.sub(r"['’]s$", "", system.strip("*_ "))  # Markdown emphasis: "*Cool-Fusion*"; "LLaMA-2-13B's"
        if _TRAINED_ON.match(system):
            system = None
    if system and (m := _TOOL_ALONE.match(system)):
        system = m.group("system")  # "our SIGMA-tuned 7B model": the tool, on a model it does not name
    if system and backbone is None and (m := _PAIR.match(system) or _TOOL_ON.match(system)):
        inner = m.group("backbone").strip()
        if is_model_family(inner) or P.sized_name.search(inner) or m.re is _TOOL_ON:
            system, backbone = m.group("system").strip(), inner
    if system and (m := _ACRONYM_AFTER.match(system)):
        system = m.group("system")  # "Open-Vision-Reasoner (OVR)": the name, its acronym aside
    if system and _BOTH.search(system):
        system = None  # "Llama3-8B and Qwen2-7B": one number for two systems names neither alone
    if system and system.lower() in _PROMPTING:
        system, backbone = backbone, None
    system, backbone = _a_system(system), _a_system(backbone)
    if backbone and system and model_key(backbone) == model_key(system):
        backbone = None
    return system, backbone


def _a_system(name: str | None) -> str | None:
    """The name, unless it is no system at all."""
    if not name or "\\" in name or name.lower() in _GENERIC or name.lower() in _PROMPTING:
        return None
    if _NOT_A_NAME.search(name) or P.metric_name.fullmatch(name):
        return None  # "McNemar p=0.0078", "top-1", "Pass@1": a statistic or a metric, not a system
    return name


_PAIR = re.compile(r"^(?P<system>.+?)\s*\((?P<backbone>[^()]+)\)$")
# a method made into a participle before the model it was applied to: "DCoLT-reinforced LLaDA"
_TOOL_ON = re.compile(r"^(?P<system>[A-Z][\w.]*)-(?:reinforced|enhanced|augmented|tuned|trained|guided|aligned|"
                      r"distilled|boosted|equipped)\s+(?P<backbone>[A-Za-z][\w\-.]*\d[\w\-.]*|[A-Z][\w\-.]+)$")
_TOOL_ALONE = re.compile(r"^(?P<system>[A-Z][\w.]*)-(?:reinforced|enhanced|augmented|tuned|guided|aligned|"
                         r"distilled|boosted|equipped)$")
_TRAINED_ON = re.compile(r"^[A-Z][\w.]*-trained$")  # "a MuSR-trained scorer": described by its data, unnamed
_ACRONYM_AFTER = re.compile(r"^(?P<system>.+?[a-z].*?)\s*\((?P<acr>[A-Z][A-Z0-9\-]{1,10})\)$")
_NOT_A_NAME = re.compile(r"[=<>]|^top-\d|@\d|^\d+(?:\.\d+)?%?$")
_BOTH = re.compile(r"\s(?:and|&)\s")
_PROMPTING = frozenset(w.lower() for w in WORDS.prompting_styles)
_GENERIC = frozenset(w.lower() for w in WORDS.generic_systems)
