"""The metric of a number: written right after it, right before it, in a phrase after it, or the one metric its
clause names."""

from __future__ import annotations

import re

from ..mentions import after_preposition
from ..reading import Reading, Target
from ..rules import P


def canonical_metric(written: str | None) -> str | None:
    """Canonical spelling of a metric as written.

    >>> [canonical_metric(m) for m in ["NDCG@10", "scores", "acc.", "Pass@1", "win-rate", "LC win rate"]]
    ['nDCG@10', 'score', 'accuracy', 'pass@1', 'win rate', 'length-controlled win rate']
    """
    if not written:
        return None
    w = written.strip()
    low = w.lower()
    if low.startswith(("ndcg", "dcg")):
        return "nDCG" + w[w.index("@"):] if "@" in w else "nDCG"
    if low.startswith("mrr"):
        return "MRR" + (w[w.index("@"):] if "@" in w else "")
    if low.startswith(("recall@", "r@")):
        return "Recall@" + w.split("@", 1)[1]
    if low.startswith(("pass@", "maj@", "cons@", "avg@", "hit@", "p@", "code@")):
        return low
    if low.startswith("average@"):
        return "avg@" + low.split("@", 1)[1]
    if low in ("acc", "acc.", "accuracy", "accuracies"):
        return "accuracy"
    if low in ("score", "scores"):
        return "score"
    if low in ("em", "exact match"):
        return "exact match"
    if low == "lc" or low.startswith("lc "):
        low = "length-controlled " + (low[3:] or "win rate")
    if low.endswith(("rate", "rates")):
        return low.replace("-", " ").replace("length controlled", "length-controlled").removesuffix("s")
    if low == "map":
        return "MAP"
    return w


def metric_text(m: re.Match[str]) -> str:
    """The canonical metric of a `METRIC` match, with its modifier ("answer accuracy")."""
    metric = canonical_metric(m.group("metric")) or ""
    mod = m.group("mod")
    return f"{mod} {metric}" if mod and metric == "accuracy" else metric


def left_metric(r: Reading, i: int) -> str | None:
    """ "accuracy by 1.92%", "scores of 46.17", "agreement rate on Reward Bench from 87.2%"."""
    s, links = r.s, r.links
    n = links[i].number
    lo = links[i - 1].number.end if i > 0 else 0
    left = s[max(lo, n.start - 70):n.start]
    best = None
    for m in P.metric_name.finditer(left):
        tail = left[m.end():]
        if m.group("metric").lower().startswith("score") and not tail.strip():
            continue  # "scores 94.1": the verb, not the metric
        if m.group("metric").lower().startswith(("score", "accura")) and best is not None \
                and "@" in best.group("metric") and not left[best.end():m.start()].strip():
            continue  # "pass@1 scores of 80.6%", "average@32 accuracy by 7.1": the metric named before
        if len(P.word.findall(tail)) <= 6 and not re.search(r"[,;]", tail.replace("(", "")):
            best = m
    if best is None:
        return None
    return metric_text(best)


def _reports_elsewhere(r: Reading, clause: str, target: Target) -> bool:
    """Whether a clause reports on another dataset ("on HotpotQA, ... (F1 0.233 vs 0.177);"): its metric is
    that dataset's, not one to inherit."""
    names = r.names.mentions(clause)
    names += r.names.foreign(clause, names)
    return any((t.benchmark or t.text) != (target.benchmark or target.text)
               for t in after_preposition(clause, names))


def metric(r: Reading, i: int, target: Target) -> str | None:
    """The number's metric in canonical spelling, or None when the sentence states none for it."""
    s, links = r.s, r.links
    n = links[i].number
    # right after the number: "58.8% accuracy", "2.8 nDCG@10", "9.94 points of accuracy gain"
    m = re.match(r"^\s*(?:(?:absolute|relative|average|\w+-point|points?|of)\s+)*(?:(?:on|in)\s+(?=\w+@\d))?",
                 s[n.end:])  # ("+13.3% on Cons@5": the metric after "on")
    right = s[n.end + (m.end() if m else 0):]
    rm = P.metric_name.match(right)
    if (rm and not rm.group("metric").lower().startswith("score")) or (rm and not left_metric(r, i)):
        return metric_text(rm)
    lm = left_metric(r, i)
    if lm:
        return lm
    # "a 1.3% absolute improvement in accuracy", "gain in MATH solve accuracy", "on average NDCG@10"
    window_end = links[i + 1].number.start if i + 1 < len(links) else len(s)
    seg = s[n.end:window_end]
    bm = re.search(r"\b(?:in|on average|on)\s+(?:(?:terms of|the|average|overall)\s+)?", seg)
    for m2 in P.metric_name.finditer(seg):
        if m2.group("metric").lower().startswith("score") and m2.start() > 0:
            continue
        prefix = seg[:m2.start()]
        if re.search(r"(?:\bin|\bon average|\bon|\()\s*(?:\S+\s+){0,2}$", prefix) and bm:
            return metric_text(m2)
        break
    if i > 0 and links[i - 1].pair_of == i:
        return metric(r, i - 1, target)  # "GSM8K accuracy dropping from 93% to 27%"
    # an inherited metric: one distinct metric named in the sentence (in the number's clause, when the
    # sentence has several: "on HotpotQA, ... (F1 0.233 vs 0.177); on GSM8K, ... (0.43 vs 0.24)")
    lo, hi = s.rfind(";", 0, n.start) + 1, s.find(";", n.end)
    clause = s[lo:hi if hi != -1 else len(s)]
    kept = "".join(part for part in re.split(r"(?<=;)", s)
                   if part.find(clause) != -1 or not _reports_elsewhere(r, part, target))
    found = {metric_text(x) for x in P.metric_name.finditer(kept)
             if not (x.group("metric").lower().startswith("score") and re.match(r"\s*[\d.]", kept[x.end():]))
             and not P.own_metric_of.search(kept, max(0, x.start() - 40), x.start())
             and x.group("metric").lower() != "pass@k"}  # (a family of metrics, said of one number at most)
    found.discard("score") if len(found) > 1 else None
    if len(found) == 1:
        only = found.pop()
        # "score" alone is a metric only when written as one ("a score of", "scores on")
        return only if only != "score" or re.search(r"\bscores?\s+(?:of|on)\b|\d\s*scores?\b", kept) else None
    return None
