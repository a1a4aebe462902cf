"""Numbers in a sentence, and which of them can be scores at all.

Works on the *masked* sentence (see `extract.text.mask`), so offsets are the
original text's. A number is dropped here when its shape says it is not a
score: part of a name (BM25, GPT-4o, nDCG@10), a size or count ("7B", "56
datasets"), a citation ("[38 ]"), a footnote mark ("nDCG@10,2"), a date or a
year, or a proportion of something else ("50% sparsity", "within 2.5% of").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import P
from .words import ORDERED, WORDS, alternation

_NUMBER = re.compile(
    r"""
    (?P<sign>[+\-±])?                                   # explicit sign
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    (?:(?:\s?%)?(?:\s?-{1,2}\s?|\s{0,4}[~∼]\s?)           # a range: 0.7-1.4, 6 - 12, 4.40%-7.20%, 5.0--17.5pp,
                                                        # "$3\sim10\%$" (masked to "3   ~10%")
        (?P<num2>\d+(?:\.\d+)?)(?:(?=\s?(?:%|pp\b|points?\b|percent\b))|(?![\w.]))
    )?
    (?P<unit>
        \s?%\s?p\b                                      # %p (percentage points)
      | \s?%
      | \s?(?:pp|p\.p\.|pts?)(?![\w])
      | \s+(?:percentage[\s-]points?|percent(?:age)?|absolute\s+(?:percentage[\s-])?points?|points?)\b
      | -(?:percentage-)?points?\b                     # "a 3.1-point improvement" (see hyphen_point_next)
    )?
    (?:\s?\(?\s?±\s?\d+(?:\.\d+)?\s?%?\)?)?             # plus-minus: 62.53 (± 1.59)
    """,
    re.VERBOSE,
)

_TEMPERATURE_BEFORE = re.compile(r"\btemperatures?\s*(?:=|of|:)?\s*$", re.IGNORECASE)
_RANGE_LEAD = re.compile(  # "by 6.2 to 7.5 points", "CARD achieves 81.4% to 89.2% accuracy": one range
    rf"\b(?:by|of|between|{alternation(ORDERED.range_verbs)}|(?:rang|spann)(?:e|es|ed|ing|s)?\s+from)\s+"
    r"(?:(?:about|around|roughly|approximately)\s+)?$",
    re.IGNORECASE)
_METRIC_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:accuracy|scores?|ndcg|mrr|recall|f1|pass@\d+)\b",
                              re.IGNORECASE)

_VERSION_CONTEXT = re.compile(
    r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s$|\b(?:Llama|Qwen|Gemma|Mistral|Phi|GPT|Claude|Gemini)\s$")
_SIZE_AFTER = re.compile(r"^\s?\d+(?:\.\d+)?[BbMm]\b|^-[A-Za-z]")
_SIZE_SUFFIX_NEXT = re.compile(r"-\d+(?:\.\d+)?[BMK]\b")
_STATISTIC_BEFORE = re.compile(r"(?:\b[prtzF]|p-value|\br_\w+|\bκ|\bkappa|\brho|\bρ|\bOR"
                               r"|\b(?:Spearman|Pearson|Kendall)(?:'s)?(?:\s+(?:rho|r|tau|correlation))?)\s*[<>=≤≥]\s*$"
                               r"|\b(?:psi|phi|tau|sigma|lambda|alpha|beta|gamma|Psi|Phi|Tau|Sigma|Lambda|Alpha|Beta|Gamma"
                               r"|[ψφτσλαβγΨΦ])\s*(?:[<>=≤≥~≈]|approx\.?|approximately)?\s*$"
                               r"|\b(?:rank|ranks|ranked|ranking|ranked at|place|No\.)\s*(?:of\s+)?#?\s*$")  # "rank 9"

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    "august|september|october|november|december"
)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w\-@.]*)")


@dataclass(frozen=True)
class Number:
    """A number that may be a score, with its span in the sentence."""

    start: int
    end: int
    value: float
    text: str
    unit: str | None  # "%" or None
    unit_word: str | None  # as written: "%", "pp", "points", ...
    sign: str | None
    value_min: float | None  # lower end of a range
    decimal: bool  # written with a decimal point


def _to_float(text: str) -> float:
    return float(text.replace(",", ""))


def _inside_brackets(s: str, pos: int) -> bool:
    """True when `pos` is inside a [...] citation."""
    lo = max(0, pos - 200)  # citations are short: look nearby only (keeps long inputs linear)
    open_ = s.rfind("[", lo, pos)
    return open_ != -1 and s.rfind("]", open_, pos) == -1 and s.find("]", pos, pos + 200) != -1


def _glued_before(s: str, start: int) -> bool:
    """The number is part of a name or a mark: 'BM25', 'Llama-3', 'nDCG@10,2', "AIME'24"."""
    if start == 0:
        return False
    prev = s[start - 1]
    if prev.isalnum() or prev in "@'_.,/^#":
        return True
    return prev == "-" and start >= 2 and s[start - 2].isalnum()


_COORDINATED = re.compile(r"\s*(?:up to\s+|about\s+)?[+\-]?\d+(?:\.\d+)?(?:\s?%|\s?percent)?\s+([A-Za-z][\w\-@.]*)")


def _shared_tail_is_not_a_score(rest: str) -> bool:
    """Whether the number after "and"/"or" is followed by a word that rules out a score.

    >>> _shared_tail_is_not_a_score(" 99% of instances"), _shared_tail_is_not_a_score(" 52.4 on MATH")
    (True, False)
    """
    m = _COORDINATED.match(rest)
    if not m:
        return False
    word = re.sub(r"@\d+$", "", m.group(1).rstrip(".,;:").lower())
    if (word == "of" and _METRIC_AFTER_OF.match(rest, m.start(1) - 1)) or word in WORDS.decrease_nouns:
        return False  # "2.23% and 3.95% of accuracy", "1.1% and 0.9% drops"
    return word in WORDS.size_words or (m.group(1)[:1].islower() and word not in WORDS.number_next_words
                                   and not word.endswith("ing"))


# a count of a named dataset's items: "500 GSM8K questions", "300 HotpotQA problems"
_COUNT_OF_NAMED = re.compile(r"\s+[A-Z][\w\-.]*\s+(?:questions|problems|examples|samples|items|instances|tasks|prompts"
                             r"|queries)\b")


def find_numbers(s: str) -> list[Number]:
    """Numbers in masked sentence `s` whose shape allows them to be scores.

    >>> [n.value for n in find_numbers("Llama-3-8B gets 83.8 on GSM8K (+2.9 pp) over 56 datasets")]
    [83.8, 2.9]
    >>> [(n.value, n.unit) for n in find_numbers("nDCG@10,2 and [38 ] and 59.0% in 2024")]
    [(59.0, '%')]
    >>> [(n.value_min, n.value) for n in find_numbers("a 0.7-1.4 nDCG@10 gain")]
    [(0.7, 1.4)]
    >>> [(n.value, n.unit_word) for n in find_numbers("a 3.1-point improvement on a 10-point scale")]
    [(3.1, '-point')]
    >>> [(n.value_min, n.value) for n in find_numbers("by 6.2 to 7.5 points, from 73.2% to 75.8%")]
    [(6.2, 7.5), (None, 73.2), (None, 75.8)]
    >>> [(n.value_min, n.value) for n in find_numbers("CARD achieves 81.4% to 89.2% accuracy on GSM8K")]
    [(81.4, 89.2)]
    >>> [(n.value_min, n.value) for n in find_numbers("gains on GSM8K ranging from 2.1% to 5.3%")]
    [(2.1, 5.3)]
    >>> [n.value for n in find_numbers("37% higher throughput, 5% higher GSM8K accuracy")]
    [5.0]
    >>> [n.value for n in find_numbers("the best binary judge drops to rank 9 on MT-Bench")]
    []
    >>> [n.value for n in find_numbers("with Llama 3.1-8B and Qwen 2.5-7B, gains of 3%")]
    [3.0]
    """
    found: list[Number] = []
    for m in _NUMBER.finditer(s):
        sign = m.group("sign")
        start = m.start("sign") if sign else m.start("num")
        num_start = m.start("num")
        if sign in ("-", "+") and start > 0 and not (s[start - 1].isspace() or s[start - 1] in "(["):
            sign, start = None, num_start
        if sign == "±":
            continue  # an error bar, not a value
        if _glued_before(s, start):
            continue
        if s[max(0, start - 1):start] == "^" or s[max(0, start - 2):start] in ("^{", "^-"):
            continue  # an exponent: "p < 10^-9"
        end = m.end()
        after = s[end:end + 1]
        glued_after = after and (after.isalpha() or after in "@_" or (after == "-" and s[end + 1:end + 2].isalpha()))
        if glued_after and not m.group("unit"):
            continue  # 7B, 2K, 5-shot, 3x
        if after == "." and s[end + 1:end + 2].isdigit():
            continue  # version numbers 1.2.3
        if after == "-" and _SIZE_SUFFIX_NEXT.match(s, end):
            continue  # "Llama 3.1-8B", "Qwen 2.5-7B": a version glued to a size
        if _VERSION_CONTEXT.search(s[max(0, start - 30):start]) and _SIZE_AFTER.match(s[end:end + 40]):
            continue  # "LLaMA 3.1 8B", "Qwen 2.5 7B": part of a model name
        num_text = m.group("num")
        if len(num_text) > 24 or len(m.group("num2") or "") > 24:
            continue  # a run of digits no score is written with (and whose conversion would cost its length squared)
        unit_raw = (m.group("unit") or "").strip()
        unit = "%" if unit_raw and re.sub(r"^absolute|\s", "", unit_raw.lower()).startswith(
            ("%", "pp", "p.p", "percent")) else None  # ("7-8 absolute percentage points")
        decimal = "." in num_text
        value = _to_float(num_text)
        if _inside_brackets(s, num_start):
            continue
        rest = s[end:end + 200]  # a window, not the whole tail: long inputs stay linear
        if _MONTH_AFTER.match(rest) or _MONTH_BEFORE.search(s[max(0, start - 12):start]):
            continue
        if not unit_raw and not decimal and 1900 <= value <= 2100:
            continue  # a year
        if _STATISTIC_BEFORE.search(s[max(0, start - 30):start]):
            continue  # p < 0.01, r = 0.36, Psi approx 0.15: statistics, not scores
        if re.search(r"(?<![\w@])[A-Za-z]\s*=\s*$", s[max(0, start - 6):start]) or _TEMPERATURE_BEFORE.search(
                s[max(0, start - 20):start]):
            continue  # "at T = 3.0", "k=5", "at temperature 0.7": a setting's value
        if re.search(r"(?:<=?|≤|=<|\bwithin)\s*$", s[max(0, start - 8):start]):
            continue  # "(<= 0.5%)", "within 1--2 points of the target": a bound, not a result
        if s[start - 1:start] == "(" and s[end:end + 1] == ")" and not unit_raw and not decimal:
            continue  # an enumeration mark: (1), (2)
        if not unit_raw and not decimal and _COUNT_OF_NAMED.match(rest):
            continue  # "on 500 GSM8K questions": a count of a benchmark's items
        nxt = _NEXT_WORD.match(rest)
        if nxt and nxt.start(1) - end <= 1:
            written = nxt.group(1).rstrip(".,;:")
            word = re.sub(r"@\d+$", "", written.lower())
            if word in WORDS.size_words:
                continue
            points = unit_raw.lower().endswith(("point", "points", "pts", "pt"))
            if unit_raw.startswith("-") and word not in WORDS.hyphen_point_next:
                continue  # "a 10-point scale", "a 5-point Likert": a scale, not a difference
            of_metric = word == "of" and _METRIC_AFTER_OF.match(rest, nxt.start(1) - 1)
            drop = word in WORDS.decrease_nouns and bool(unit_raw)  # "1.1% drops" (but "Opus 4.7 drops from")
            follow = _NEXT_WORD.match(rest, nxt.end())
            metric_after = bool(follow and follow.group(1).lower().rstrip(".,;:") in ("accuracy", "score", "scores"))
            compared = P.in_compared_bracket.search(s, max(0, start - 120), start)  # "(vs. 56.8% judge, 55.8% majority"
            if (not points and written[:1].islower() and word not in WORDS.number_next_words
                    and not word.endswith("ing") and not of_metric and not drop
                    and not metric_after and not compared):  # (but "85% task accuracy")
                continue  # "50% sparsity", "12 tasks", "2.5% of", "40 percent label noise" (not "3.95% of accuracy")
            if word in ("and", "or") and _shared_tail_is_not_a_score(rest[nxt.end():]):
                continue  # "97% and 99% of instances": the pair measures what the second one does
            if word in WORDS.measure_modifiers:
                follow = _NEXT_WORD.match(rest, nxt.end())
                if follow:
                    second = re.sub(r"@\d+$", "", follow.group(1).lower().rstrip(".,;:"))
                    if second in WORDS.not_scores or (follow.group(1)[:1].islower()
                                                      and second not in WORDS.number_next_words):
                        continue  # "92.7% overall correction", "37% higher throughput"
        num2 = m.group("num2")
        value_min = None
        if num2 is not None:
            value_min, value = value, _to_float(num2)
            if value_min >= value:
                continue  # "1-2" style labels or a decreasing pair: not a range
            decimal = decimal or "." in num2
        prev = found[-1] if found else None
        if (prev is not None and prev.value_min is None and num2 is None and prev.value < value and prev.sign == sign
                and re.fullmatch(r"\s+to\s+", s[prev.end:start]) and (prev.unit is None or prev.unit == unit)
                and _RANGE_LEAD.search(s[max(0, prev.start - 30):prev.start])):
            found[-1] = Number(start=prev.start, end=m.start("unit") + len(m.group("unit").rstrip()) if m.group("unit")
                               else m.end("num"), value=value, text=s[prev.start:end].strip(), unit=unit,
                               unit_word=unit_raw or None, sign=prev.sign, value_min=prev.value, decimal=decimal)
            continue  # "by 6.2 to 7.5 points": one range (but "from 73.2% to 75.8%" is two reports)
        found.append(
            Number(
                start=start,
                end=(m.start("unit") + len(m.group("unit").rstrip()) if m.group("unit")
                     else m.end("num2") if num2 else m.end("num")),
                value=value,
                text=s[start:end].strip(),
                unit=unit,
                unit_word=unit_raw or None,
                sign=sign,
                value_min=value_min,
                decimal=decimal,
            )
        )
    return found
