"""Frames: clause-opening phrases that set the benchmark for the rest of the clause ("On the popular BEIR
benchmark, ...", "Experiments on MTEB show ...", "on AlpacaEval 2: it achieves ...")."""

from __future__ import annotations

import re

from ..modelname import is_model_family
from ..reading import Link, Target
from ..rules import P

Frame = tuple[int, int, list[Target], bool]  # (start, end of the opening phrase, its benchmarks, other data too)


def frames(s: str, mentions: list[Target], links: list[Link], foreign: list[Target]) -> list[Frame]:
    """Clause-initial phrases that set the benchmark for the rest of the clause."""
    found: list[Frame] = []
    clause_start = 0
    # (a dash or a colon opens a clause: "tradeoff -- on the AIME24 dataset,", "performance: on GSM8K, ...")
    for clause in re.split(r"(;|\s-{2,3}\s|:\s)", s):
        if clause == ";" or re.fullmatch(r"\s-{2,3}\s|:\s", clause):
            clause_start += len(clause)
            continue
        head_end = None
        m = P.frame_study_subject.match(clause)
        if m:
            head_end = clause_start + m.end()
        elif P.frame_lead.match(clause):
            commas = [*(c.start() for c in P.word_comma.finditer(clause)), -1, -1]  # (not "12,032")
            comma, second = commas[0], commas[1]
            if comma != -1:
                # "For example, on the GSM8K benchmark, ..." extends over a second comma
                head_end = clause_start + comma
                if second != -1 and ":" not in clause[comma:second] and not any(
                        m.benchmark for m in mentions if clause_start <= m.start < head_end):
                    head_end = clause_start + second  # (not over a colon: a new clause starts there)
                while more := P.list_more.match(s, head_end):  # "..., including GPQA Diamond, LiveCodeBench, and
                    head_end = more.end()  # AIME, ...": the whole list heads the clause
        # the first reported number (counts inside the head do not count: "On 12,032 MMLU-Pro questions across
        # 14 subjects, ...")
        first_num = min((n.start for n in (lk.number for lk in links) if n.start >= clause_start and (
            head_end is None or n.start >= head_end or n.unit or n.decimal)), default=len(s))
        if head_end is not None and head_end <= first_num:
            in_head = [t for t in mentions if clause_start <= t.start < head_end and t.benchmark]
            others = [t for t in foreign if clause_start <= t.start < head_end
                      and P.preposition_or_list.search(s[max(0, t.start - 12):t.start])
                      and not P.models_listed.match(s, t.end)  # "across Qwen, Mistral, and Llama backbones"
                      and not is_model_family(t.text)]  # ("with three models, Llama 3.1-8B, Qwen 2.5-7B, ...")
            if in_head:
                found.append((clause_start, head_end, in_head, bool(others)))
        clause_start += len(clause)
    for t in mentions:  # "AdaDPO consistently outperforms DPO on AlpacaEval 2: it achieves ... LC (48.3%)"
        colon = re.match(r"\s*:\s", s[t.end:])
        if t.benchmark and colon and re.search(r"\b(?:on|in)\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start]):
            found.append((t.start, t.end + colon.end() - 1, [t], False))
    return found
