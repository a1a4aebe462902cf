"""Sentence-level extraction: which number belongs to which benchmark, and how.

For each sentence that names a registered benchmark, every number that can be
a score (see `extract.numbers`) is linked to a *target*: a benchmark mention or
a foreign name (a dataset benchboard does not track, such as CaseHOLD). Links
are tried in order of strength:

1. lists: "+9.8%, +5.7% on GSM8K, MATH" (pairwise), "... respectively";
2. left: "GSM8K (98.1%)", "RewardBench score of 85.15", "on Reward Bench from 87.2%";
3. inside a parenthesis that follows a name: "GSM8K (+2.9 pp vs. X, +6.6 pp vs. Y)";
4. right: "83.8 on GSM8K", "58.8% accuracy on the MATH dataset";
5. "from X to Y": X shares Y's target;
6. fallbacks: a name just before it in the clause, the target of the previous
   number it continues, or a frame ("On the BEIR benchmark, ...").

Only numbers linked to a registered benchmark become results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .attribution import base_model_in, clean_np, is_name, own_system, subject_of
from .modelname import is_model_family, model_key
from .numbers import Number, find_numbers
from .record import Result
from .registry import Mention, Registry, default_registry
from .text import mask, plain_name, split_sentences


def _rules_fingerprint() -> str:
    """A short hash of the extractor's code and data: any change to the rules changes the version,
    so re-ingesting replaces results made by older rules."""
    import hashlib
    from pathlib import Path

    here = Path(__file__).parent
    h = hashlib.sha256()
    for f in sorted([*here.glob("*.py"), *here.glob("*.toml")]):
        if f.name not in ("accuracy.py", "scorer.py", "__init__.py"):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"1.1+{_rules_fingerprint()}"
MAX_SENTENCE = 3000  # characters; longer "sentences" are not prose


class _OwnSystem:
    """The paper's own system name, found only when a result needs it."""

    def __init__(self, title: str | None, abstract: str) -> None:
        self.title, self.abstract = title, abstract
        self._done = False
        self._name: str | None = None

    @property
    def name(self) -> str | None:
        if not self._done:
            self._name, self._done = own_system(self.title, self.abstract), True
        return self._name


@dataclass
class Target:
    """Something a number can be reported on."""

    start: int
    end: int
    benchmark: str | None  # None: a foreign dataset or a name that must not match
    text: str


@dataclass
class Link:
    """A number with what it is reported on and how that was decided."""

    number: Number
    targets: list[Target] = field(default_factory=list)
    how: str = ""
    strong: bool = False
    pair_of: int | None = None  # index of Y for the X of "from X to Y"
    model_index: int | None = None  # position in a "respectively" list of models
    measures_else: bool | None = None  # worked out once (list continuations ask for it again)
    qualifier_before: tuple[str | None] | None = None  # (the qualifier written before it,), once worked out


_NAME_TOKEN = re.compile(r"(?<![\w\-])[A-Za-z0-9][\w\-.'’+]*[\w+]|(?<![\w\-])[A-Z]\b")
_WORD = re.compile(r"[\w@\-.']+")
_SIZE_SUFFIX = re.compile(r"-\d+(?:\.\d+)?[BM]$")
_SIZE_NEXT = re.compile(r"\s+\d+(?:\.\d+)?[BM]\b")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_PREP_BEFORE = re.compile(
    r"\b(?:on|in|across|at)\s+(?:(?:the|a|an|both|all|several|multiple|popular|standard|"
    r"challenging|widely-used|widely|used|well-known|public|benchmark|dataset|\w+-\w+|\d+|two|three|four|"
    r"original|full|entire|official|whole|complete|english|multilingual|test|clean|"
    r"five|six|seven|eight|nine|ten|twelve)\s+){0,3}$"
)
_LEFT_LINK = re.compile(
    r"(?:\s*[(:=]\s*|\s+)(?:(?:an?|the)\s+)?(?:(?:average|overall|mean|avg\.?)\s+)?"
    r"(?:(?:score|scores|accuracy|performance|results?|nDCG@\d+|[\w\-]+ rate)\s+)?"
    r"(?:(?:of|is|from|at|reaching|with|to|by)\s+)?"
    r"(?:(?:up to|over|about|approximately|around|nearly|more than|~|>)\s*)?$"
)
# a comparison right before a name: the name is a system compared with, not a dataset
_COMPARED_BEFORE = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|over|than)\s+(?:the\s+)?$")
_COMPARED_NEAR = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|compared (?:to|with)|than|versus|vs\.?)"
                            r"\s+[^,;()]{0,50}$")
# a number named as some baseline's: "against a within-model entropy baseline of 0.59", "over the 71.7% baseline"
_AGAINST_A = r"\b(?:compared (?:to|with)|vs\.?|versus|against|over|than|relative to)\s+(?:a|an|the)"
_COMPARED_ARTICLE = re.compile(_AGAINST_A + r"\s*$")
_BASELINE_OF = re.compile(_AGAINST_A + r"\s+(?:[\w\-]+\s+){0,3}?baselines?(?:'s)?\s+(?:of|at)\s*$")
_BASELINE_AFTER = re.compile(r"\s*(?:%|percent)?\s*(?:[\w\-]+\s+)?baselines?\b")
_COMMA = re.compile(r",(?!\d{3})")  # a comma that separates words, not thousands
# one more item of a list of names, up to the comma after it
_LIST_MORE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?[A-Z][\w\-.']*(?:\s+[A-Z0-9][\w\-.']*){0,3}(?=\s*,)")
# what stands before a name in a list of datasets ("Across PRISM, AlpacaEval, and Chatbot Arena")
_PREP_OR_LIST = re.compile(r"(?:\b(?:on|in|across|Across|such as)\s+(?:the\s+)?|,\s*(?:and\s+)?|\(|\band\s+)$")
_LIST_GAP = re.compile(r"^\s*(?:,|/|;)?\s*(?:and|or)?\s*$")
_TARGET_LIST_GAP = re.compile(r"^\s*(?:,|/)?\s*(?:and|or)?\s*(?:the\s+)?$")
# a number followed by what it was measured on, in words that name no benchmark ("+1.0% on code generation");
# a subset is still the benchmark's ("+16.1 on in-domain math subsets")
_OTHER_TARGET_AFTER = re.compile(
    r"^\s*(?:%|percent|points?|pp)?\s*(?:[a-z][\w\-]*\s+){0,2}?on\s+(?:the\s+)?"
    r"(?!(?:average|same|this|these|that|those|it|them|both|all|each|top|par|test|full|whole|entire|original|"
    r"standard|official|benchmarks?|datasets?|tasks?)\b)(?![^,;.()]{0,40}\bsubsets?\b)[a-z]")
# a verb right after a name: the name is the subject of a clause ("and GSM8K showed ...")
_CLAUSE_SUBJECT_NEXT = re.compile(r"\s+(?:showed|shows|saw|sees|exhibited|exhibits|remained|remains|proved|proves|"
                                  r"was|is|had|has)\b")
# the rest of a list of names that ends in a word for models: the names are models, not datasets
_MODELS_LISTED = re.compile(r"(?:\s*(?:,|and|or)\s*(?:and\s+)?[A-Z][\w\-.]*)*\s+(?:backbones?|models?|LLMs?|"
                            r"famil(?:y|ies)|encoders?|architectures?)\b")
# what a model was trained on is not what it is evaluated on: "Qwen2.5-Math-1.5B trained with the MATH dataset"
_TRAINED_ON = re.compile(r"\b(?:train\w*|fine-?tun\w*|finetun\w*)\s+(?:\w+\s+){0,2}?(?:on|with|using)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# a task named in words, then the dataset in brackets: "4.0% improvement on general reasoning (MMLU)"
_TASK_PAREN_BEFORE = re.compile(r"\b(?:on|in)\s+(?:[a-z][\w\-]*\s+){1,3}\(\s*$")
# nouns ending in -ing (not a participle that starts a new clause)
_ING_NOUNS = (r"(?:reasoning|training|learning|understanding|coding|planning|thinking|writing|reading|ranking|"
              r"modell?ing)\b")
# a coordinated clause that opens on its own dataset: ", and on GSM8K", ", while on MATH"
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|while|whereas|but)\s+(?:\w+\s+){0,2}?(?:on|in|for)\s+(?:the\s+)?$")
_BOUNDARY = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b")
_FRAME_SUBJECT = re.compile(
    r"^\s*(?:(?:extensive|our|empirical|experimental|comprehensive|further|additional)\s+)*"
    r"(?:experiments?|evaluations?|results|analysis|analyses|studies|tests)\b[^;]*?"
    r"\b(?:show|shows|demonstrate|demonstrates|indicate|indicates|reveal|reveals|confirm|confirms|suggest)\b",
    re.IGNORECASE,
)
_FRAME_LEAD = re.compile(
    r"^\s*(?:(?:for example|for instance|notably|specifically|in particular|moreover|furthermore|"
    r"additionally|in addition|finally|overall|empirically)\s*,\s*)?"
    r"(?:on|in|for|across|among|over|under|with|evaluated on|tested on|when evaluated on|by using|using)\b",
    re.IGNORECASE,
)
_NON_SCORE_CONTEXT = re.compile(
    r"\b(?:correlat\w*|speed\w*|faster|latency|throughput|(?<!-)costs?|memory|parameters|sparsity|"
    r"compression|miscalibration|calibration error|brier score|AU(?:RO|PR)?C|area under the(?: [\w\-]+){0,4} curve|"
    r"skew|divergence|tokens|token\s+(?:usage|counts?|consumption)|fewer|less|smaller|reduc\w+|"
    r"label noise|noise|guess\w*|"
    r"memoriz\w*|contaminat\w*|leak\w*|sensitivity|variance|overlap|perplexity|acceptance length|flip rates?|"
    r"number of|errors?|rmse|mae|mse|mape|confidence|significance|thresholds?|vary\w*|variations?|"
    r"inconsisten\w*|sycophan\w*|hallucinat\w*|budgets?(?=\s+by\b)|steps|iterations|NFEs?|FLOPs?|cache|"
    r"size|faithfulness|time to (?:first|last) token|TTFT|TTLT|TPOT|runtime|cross-entropy|"
    r"(?:output|response|reasoning|CoT|generation|sequence|answer|thinking)\s+lengths?)\b\)?",
    # error measures, statistics, thresholds, spreads
    re.IGNORECASE,
)
# A measure word, then at most four words (or bracketed acronyms) and no other punctuation, then the number
# ("memory by up to 30%", "the estimation error (RMSE) by up to 37%", "fewer attempts (1.3 vs 2.0)", "KL
# divergence: 0.043").
_NON_SCORE_BEFORE = re.compile(_NON_SCORE_CONTEXT.pattern
                               + r"(?:\s+(?:[\w\-~.%]+|\([A-Za-z]+\))){0,4}\s*:?\s*\(?[~>]?\s*$", re.IGNORECASE)
# A measure written right after the number, at most one word between: "81.2% reasoning truncation",
# "35% fewer function evaluations", "a 40% token reduction" (but "a 3% reduction in accuracy" is a drop).
_NON_SCORE_AFTER = re.compile(
    r"^\s*(?:%|percent)?\s*(?:(?!(?:accuracy|on|in|with|at|for|of|and|or|while|over|than|to|higher|lower|better|"
    r"worse|improvements?|gains?|absolute|relative|points?)\b)[a-z][\w\-]*\s+)?(?:in\s+)?"
    r"(?:truncation|reductions?|compression|savings?|speed-?ups?|fewer|less|shorter|cheaper|faster|smaller|"
    r"sparsity|latency|tokens?|costs?|memory|training time|inference time|pruning|(?:[a-z]+\s+){0,2}apart)\b"
    r"(?!\s+(?:in|of)\s+(?:the\s+)?(?:accuracy|performance|scores?)\b)",
    re.IGNORECASE)
# A score named by what it measures: "with a controllability score of 0.42" (not "an average score of 85")
_OTHER_SCORE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?!(?:average|overall|final|total|mean|benchmark|test|aggregate|composite|high|"
    r"higher|highest|low|lower|best|top|new|strong|perfect|record|remarkable|competitive|impressive|good|leading|"
    r"maximum|peak|median)\b)(?-i:[a-z]+)\s+scores?\s+(?:of|is|was|at)\s*$", re.IGNORECASE)
# what a change verb changes, then "from": "cutting the error rate of X on Y from 3% to ..."
_CHANGED_OBJECT = re.compile(r"\b(?:cut|reduc|lower|decreas|increas|rais|improv|boost)\w*\s+(?:the\s+|its\s+)?"
                             r"(?P<obj>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?:(?:of|on|for)\s+[^,;()]{0,70}?\s+)?from\s*$",
                             re.IGNORECASE)
# a measure of some systems that is improved: "the reasoning runtime of A, B, and C is improved by up to 70%"
_PASSIVE_CHANGE = re.compile(r"\bthe\s+(?P<obj>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+of\s+[^;]{1,100}?\s+"
                             r"(?:is|are|was|were)\s+(?:improved|increased|reduced|decreased|cut|lowered|accelerated)"
                             r"\s+by\s+(?:up to\s+)?$")
# a score named by what it measures, improved: "improves persona stability score (PSS) over RLVR by +21.2%"
_NAMED_SCORE_CHANGED = re.compile(
    r"\b(?:improv|increas|boost|rais|enhanc)\w*\s+(?:the\s+|its\s+)?(?!(?:average|overall|benchmark|test|mean|final)\b)"
    r"(?-i:[a-z][\w\-]*\s+){1,3}scores?\s*(?:\([A-Z]{2,6}\)\s*)?(?:over\s+[^,;()]{1,30}?\s+)?by\s*$", re.IGNORECASE)
# a measure that moves, then its values: "with coherence falling from 4.62 to 2.24"
_MEASURE_MOVES = re.compile(r"\b(?P<m>[a-z][\w\-]*)\s+(?:falling|rising|dropping|declining|increasing|decreasing|"
                            r"going|moving|climbing)\s+from\s*$")
_FURTHER_TO = re.compile(r"\s*%?\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:and\s+)?(?:further|then|finally)\s+to\s*")
_CAPITALISED_METRIC = re.compile(r"(?:Exact Match|Accuracy|Success Rate|Win Rate|Pass Rate)\b")  # "in Exact Match (EM)"
# a model whose score a verb raises: "significantly enhances Qwen2.5-Math-1.5B's performance on MATH500 by 27.4%"
_POSSESSED_RAISED = re.compile(r"\b(?:improv|enhanc|boost|rais|increas|lift|elevat)\w*\s+(?:the\s+)?"
                               r"([A-Za-z][\w\-.]*[\w])(?:(?:'s|’s)\s+(?:[\w\-@]+\s+){0,3}?"
                               r"(?:(?:on|in)\s+[^,;()]{1,40}?\s+)?|\s+)by\s*(?:up to\s+|only\s+|~\s*)?[+]?$")
# the model a run of numbers was measured with, right after it: "70.0% and 74.1% with Qwen2.5-7B"
_WITH_AFTER_RUN = re.compile(r"\s*%?\s*(?:(?:,\s*|\s+)(?:and\s+)?[+\-]?\d+(?:\.\d+)?\s*%?\s*){0,3}"
                             r"(?:on\s+[^,;()]{1,50}?\s+)?with\s+([A-Za-z][\w\-.]*[\w])")
# between a benchmark and a system label in "(avg GSM8K change across three models: ErisForge -0.28 pp; DECCP ...":
# the measure, a colon, then earlier "label number;" items
_LABEL_LIST = re.compile(r"[^();:.]{0,60}:\s*(?:[A-Za-z][\w\-.]*\s+[+\-−]?\d+(?:\.\d+)?\s*(?:%|pp|points?)?\s*;\s*)*")
_AVERAGE_WORD = re.compile(r"\b(?:avg\.?|average|mean)\s")
_RESPECTIVELY = re.compile(r"\brespectively\b")
_ACCURACY_LIKE = re.compile(r"(?:(?:exact match|answer|average|overall|top-1|final)\s+)?accuracy|exact match|EM")
_EXAMPLE_LEAD = re.compile(r"\s*(?:for (?:instance|example)|specifically|in particular)\s*,", re.IGNORECASE)
# a share of a score that moves: "recovery of target model MMLU performance progresses from 44.6% (naive) to ..."
_SHARE_MOVES = re.compile(r"\b(?:recovery|retention|preservation)\s+(?:rate\s+)?of\b[^,;()]{0,60}?\s+"
                          r"(?:progresses|goes|rises|increases|improves|grows|climbs|moves)\s+from\s*$")
# a change in a measure named by an acronym: "increases the TPF of D2F-Dream to 10.1"
_ACRONYM_CHANGED = re.compile(r"\b(?:increas|rais|boost|improv|reduc|lower|decreas|cut)\w*\s+(?:the\s+)?"
                              r"(?P<m>[A-Z]{2,6})\s+(?:of\s+[^,;]{0,40}?\s+)?(?:to|by|from)\s*$")
# Measures that are never benchmark scores, wherever they sit near the number.
_NON_SCORE_NEAR = re.compile(r"\b(?:guess\w*|memoriz\w*|contaminat\w*|leak\w*|correlat\w*)\b", re.IGNORECASE)
# the benchmark's data used for another task: "by 7.6% on AIME for post-training detection"
_DETECTION_AFTER = re.compile(r"\s*(?:%|percent|points?|pp)?\s*on\s+(?:the\s+)?\S+(?:\s+\S+)?\s+for\s+[\w\- ]{0,30}?"
                              r"(?:detection|identification|attribution)\b")
# numbers that quantify a correlation or a spread named earlier in the clause: "strong correlations with ... MMLU-Pro
# and GPQA (respectively 78% and 63%)", "the standard deviation across ten runs ... on HumanEval (1.67)"
_CORRELATED_WITH = re.compile(r"\b(?:correlat\w*\s+with|standard deviations?|std\.?\s+dev\w*)\b[^;.]*$")
# How often something happens, anywhere in the words before the number: "disagreement occurs infrequently (e.g.,
# only 6% in GSM8K)", "decreases repetition frequency by 12%".
_FREQUENCY_BEFORE = re.compile(r"\b(?:occurs?|occurrences?|(?:in)?frequen\w*|disagree\w*)\b", re.IGNORECASE)

_DELTA_LEFT = re.compile(
    r"(?:\bby|\bimprovements?|\bgains?|\bincreases?|\bboosts?|\blifts?|\bjumps?|\bmargin|\bimproves|\bimproved|"
    r"\ban additional|\ban extra|\bdrops?\s+reaching|\b(?:drops?|decreases?|declines?|degradations?)(?=\s+of\b))"
    r"(?:\s+(?:of|by))?(?:\s+(?:a|an|the|up to|over|more than|about|approximately|around|nearly|average|"
    # "by an average of", "gains exceeding 50 points", "improvements of approx. 4%"
    r"an average|on average|as much as|at least|roughly|of|exceeding|reaching|above|approx\.?|relative|absolute"
    r"))*\s*[~>↑]?\s*$",  # ("by ↑ 17.85 absolute points")
    re.IGNORECASE,
)
_DELTA_RIGHT = re.compile(
    r"^\s*(?:(?:absolute|relative|average|overall|\w+-point|point|points|pp|percentage|[\w\-@]+)\s+){0,3}"
    r"(?:improvements?|improved|gains?|gained|increases?|boosts?|lift|higher|better|advantage|margin|jump|lead|"
    r"(?<=absolute )over|(?<=relative )over|(?<=points )over|(?<=pp )over|"  # "6.8% absolute over backbone"
    r"(?-i:drops?|decreases?|declines?|degradations?|loss))\b",  # lower case: "82.2% on DROP" is a benchmark
    re.IGNORECASE,
)
# "[we improve A from 54.0 to 61.3] and B from 43.7 to 53.7": a second object of an elided verb
_ELIDED_FROM = re.compile(r"(?:\band|,)\s+([A-Za-z][\w\-.]*[\w])\s+from\s*$")
# a measure right after a verb, with no possessive: "improves accuracy from" (not "improves its accuracy")
_BARE_MEASURE = r"(?:accuracy|performance|pass@\w+|scores?|results?|the\s+(?:accuracy|performance|scores?))\b"
_IMPROVED = re.compile(r"\b(?:improv\w*|increas\w*|boost\w*|rais\w*|enhanc\w*|further)\b", re.IGNORECASE)
CARRY_SENTENCES = 3  # a benchmark named in one sentence applies to the scores of at most this many after it
# what a sentence must say for its numbers to be scores on a benchmark named before it
_CARRY_SIGNAL = re.compile(r"\b(?:accuracy|exact match|pass@\d+|win rate|ndcg@?\d*|mrr(?:@\d+)?|recall@\d+|f1|"
                           r"points?|pp|improv\w+|gains?|outperform\w*|surpass\w*|achiev\w+|reach\w*|scor\w+)\b|\d\s?%",
                           re.I)
# a sentence whose subject is the paper's own study: its numbers are the paper's system's
_STUDY_SUBJECT = re.compile(
    r"(?:(?:extensive|comprehensive|empirical|experimental|our|the|further)\s+){0,2}"
    r"(?:experiments?|evaluations?|results|analys[ie]s|studies)\b[^.;:]{0,120}?"
    r"\b(?:shows?|demonstrates?|reveals?|indicates?|confirms?|affirms?|validates?|verif(?:y|ies))\b", re.IGNORECASE)
_REPORTED_THAT = re.compile(r"\bwe\s+(?:\w+\s+){0,2}?(?:show|demonstrate|find|observe|confirm|note)\w*\s+that\b", re.I)
# a sentence that moves on to other data: the benchmark named before no longer applies
_OTHER_DATA = re.compile(r"\b(?:datasets|benchmarks|tasks|domains|languages|out-of-domain|OOD)\b|"
                         r"\b(?:a|new|different|second|other|another)\s+(?:[\w\-]+\s+)?(?:datasets?|benchmarks?|tasks?|"
                         r"domains?|languages?|settings?|problems?)\b", re.I)  # (not "than the other regimes")
# (not "on full benchmark", "on this dataset": the same one)
_DECREASE_LEFT = re.compile(r"\b(?:drops?|decreases?|declines?|degrades?|lowers?|falls?|reduces?)\b[^.;]{0,30}$", re.I)

_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bup to(?:\s+an?)?\s*$", re.I), "up to"),  # "up to a 67% accuracy improvement"
    (re.compile(r"\bas much as\s*$", re.I), "up to"),
    (re.compile(r"\b(?:approximately|approx\.|an approximate)\s*[+\-]?$", re.I), "approximately"),
    (re.compile(r"(?:\b(?:about|around|roughly|nearly|almost)(?:\s+an?)?|~|≈)\s*$", re.I), "about"),
    (re.compile(r"(?:\b(?:more than|over|above|exceeding|greater than|at least)|(?<![-=])>|≥)\s*$", re.I), "over"),
    (re.compile(r"\b(?:an average of|on average|average|avg\.?|an average|mean)\s*(?:of\s*)?$", re.I), "average"),
    (re.compile(r"\b(?:average|mean)\s+(?:gains?|improvements?|increases?|boosts?)\s+(?:of\s+)?$", re.I), "average"),
    (re.compile(r"\b(?:average|mean)\s+(?:pass@\d+|accuracy|accuracies)\s+(?:scores?\s+)?of\s+$", re.I), "average"),
    (re.compile(r"\b(?:maximum|max\.?|peak|largest|biggest)\s+(?:[\w\-]+\s+){1,2}?(?:of|reaching|at)\s*$", re.I),
     "up to"),  # "the maximum drop reaching 49.89%"
]

# a model name, then an open bracket that holds the number: "surpassing ... on the Qwen3-32B (+11.04 on AIME'25"
_MODEL_BEFORE_PAREN = re.compile(r"([A-Za-z][\w\-.]*[\w])\s*\((?:e\.g\.,?\s*)?[^()]*$")
_SIZED = re.compile(r"\d+(?:\.\d+)?[BMK]\b")
# a model named at the very end of the sentence, for everything reported in it
_MODEL_AT_END = re.compile(r",\s*(?:for|with|using)\s+(?:the\s+)?([A-Za-z][\w\-.]*[\w])(?:\s+(?:base\s+)?"
                           r"(?:model|backbone|LLM))?\s*[.)]?\s*$")
# a relative clause that reports the numbers of what it follows: "outperforming ... baselines, which score 80%"
_WHICH_SCORE = re.compile(r"(?:,\s*|\s)(?:which|who|that)\s+(?:only\s+)?(?:score[sd]?|achieve[sd]?|reach(?:es|ed)?|"
                          r"obtain(?:s|ed)?|gets?|got)\s*$")
# the model a sentence opens on: "Applied to Qwen3-30B-A3B-Thinking-2507, MarsRL improves ..."
_LEAD_MODEL = re.compile(r"^\s*(?:(?:When\s+)?[Aa]pplied to|On|For|With|Using)\s+(?:the\s+)?"
                         r"([A-Za-z0-9][\w\-.]*[\w])(?:\s+(?:base\s+)?(?:model|backbone))?\s*,")
# a method named in lower case after a compared number: "versus 68.69% for majority voting with the same ..."
_FOR_METHOD = re.compile(r"\s*(?:%|percent)?\s*for\s+(?:the\s+)?((?:[a-z][\w\-]*\s?){2,3}?)(?=\s*(?:[,;.)]|$|"
                         r"\s(?:with|on|in|at|under|using|and|while)\b))")
# a preposition that puts a whole report on one dataset at the end of the sentence
_TRAILING_TARGET = re.compile(r"\b(?:on|in|at)\s+(?:the\s+)?$")
# the object of "outperforms": systems described by what they do, then the margin ("outperforms prior MoE
# compression methods by up to 16.7%", "surpasses token-pruning baselines by 3.1 points")
_SYSTEMS_OUTDONE = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:[\w\-]+\s+){0,4}?(?:methods|"
                              r"approaches|baselines|techniques|models|systems)\s+by(?:\s+up\s+to)?\s*$")
_HARDWARE = frozenset("CPU CPUs GPU GPUs TPU TPUs NPU NPUs A100 H100 H200 V100 A6000 RTX".split())
_TRAILING_APPOSITION = re.compile(r"\b(?:on|in|at|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}(?:benchmark|dataset|test set)s?"
                                  r"\s*,\s*$")
# a metric that another number names as its own, with the dataset or kind it is of: "+8-10% in AlpacaEval win-rate"
_OWN_METRIC_OF = re.compile(r"\d\s*%?\s+in\s+(?:[A-Z][\w\-.]*|[a-z]+-[a-z]+)\s+$")
# a dataset improved "by" the number right after it: "improving SynLogic by +5.2, ..., and Brumo25 by +3.7" (not a
# system outdone: `_COMPARED_NEAR`)
_BY_AFTER = re.compile(r"\s+by\s*(?:up to\s+|~\s*)?")
# the last item of a list of datasets, described in lower case: "on MMLU-Pro, SuperGPQA and math average benchmarks"
_DESCRIBED_LAST_ITEM = re.compile(r",?\s+(?:and|or)\s+(?P<item>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)"
                                  r"\s+(?:benchmarks|datasets|tasks)\b")
# between two numbers that each name their measure and share the dataset named after the second
_SHARED_GAP = re.compile(r"\s*(?:%\s*)?(?:[A-Za-z][\w\-@]*\s+){1,3}(?:,\s*)?(?:and|or)\s+")
# a slash pair of numbers, each with its model size: "+8.95% (7B) / +12.29% (14B) on AlpacaEval2 win rate"
_SLASH_PAIR_GAP = re.compile(r"\s*%?\s*\([^()]{1,20}\)\s*/\s*[+\-]?")
# a dataset followed by its own numbers: "on AIME24 from 60.0% to 63.3%", "AIME24: 3.2% -> 40.4%"
_OWN_REPORT = re.compile(r"\s*(?:from\s+|:\s*)[+\-]?\d")
# a share of performance that is kept, not a score
_KEPT_BEFORE = re.compile(r"\b(?:preserv|retain|maintain|recover|keep)\w*\s+(?:about\s+|over\s+|nearly\s+|~|>)?$",
                          re.IGNORECASE)
_SHARE_OF_PERFORMANCE = re.compile(r"\s*%?\s+(?:of\s+)?(?:(?:its|the|their|original|baseline)\s+)*(?:[\w\-']+\s+){0,2}?"
                                   r"performance\b")
# a benchmark named by reference to the sentence before
_SAME_BENCHMARK = re.compile(r"\bthe same (?:benchmarks?|datasets?|test sets?|evaluation set)\b")
_ON_AVERAGE_AFTER = re.compile(r"\s*on average\b")
_AVERAGED_AFTER = re.compile(r"\s*(?:%|percent|points?|pp)?\s*(?:[a-z]+\s+){0,2}?(?:in|on) average\b")
# "boosting average performance by +2.5%", "average accuracy gains of 6%, 3%, and 5%"
_AVERAGE_BY = re.compile(r"\baverage\s+(?:(?:[\w@\-]+\s+){1,2}by|(?:[\w\-]+\s+){0,1}(?:gains?|improvements?)\s+of)\s*$",
                         re.IGNORECASE)
# any qualifier at all (one search; the list above decides which)
_QUALIFIER_ANY = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _QUALIFIERS), re.IGNORECASE)

# (a metric starts a word: not "EM" inside "STEM")
_METRIC = re.compile(
    r"(?:(?<![\w\-])(?P<mod>reasoning|solve|solving|overall|first-turn|top-1|final|answer|test|exact-match|output|task)"
    r"\s+)?"
    r"(?<![A-Za-z0-9])(?P<metric>n?DCG@\d+|NDCG@\d+|nDCG|NDCG|MRR@\d+|MRR|Recall@\d+|R@\d+|MAP@\d+|mAP|MAP|Hit@\d+|P@\d+|"
    r"pass@\d+|Pass@\d+|pass@k|Pass@k|maj@\d+|Maj@\d+|cons@\d+|Cons@\d+|avg@\d+|Avg@\d+|average@\d+|Average@\d+|Code@\d+|"
    r"F1|EM|exact match|accuracy|accuracies|acc\.?|"
    r"scores?|"
    r"(?:length-controlled |LC )?win[ -]rates?|LC(?=\s*\()|"
    r"agreement rates?|success rates?|solve rates?|pass rates?|Spearman|Pearson|BLEU|ROUGE-L|Elo)(?![\w@])",
)
_SETTING = re.compile(
    r"\b(?P<s>(?:zero|one|few|\d+)[- ]shot|chain[- ]of[- ]thought|CoT|self[- ]consistency|majority voting|"
    r"maj@\d+|pass@\d+|greedy decoding|best-of-\d+)\b",
    re.IGNORECASE,
)


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


# the system a comparison verb names, then "(ours vs theirs": "matches SFT (93.9% vs 94.3%"
_PAREN_COMPARED = re.compile(r"\b(?:match\w*|surpass\w*|outperform\w*|beat\w*|rival\w*|trail\w*|approach\w*|"
                             r"compared (?:to|with)|than|versus)\s+([^(),;]{1,60}?)\s*\(\s*[^()]*?(?:vs\.?|versus)\s*$")
_RAISE_VERB = re.compile(r"\b(?:improves|enhances|boosts|raises|increases|lifts|improve|enhance|boost|improving|"
                         r"enhancing|boosting|raising|increasing|lifting|degrades|lowers|reduces|hurts|degrading|"
                         r"lowering|reducing|(?:resulted|results|resulting)\s+in\s+an?\s+(?:improvement|increase|drop))\s+")


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a pattern in text."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007
        pass
    return last


def _words_between(s: str, a: int, b: int) -> int:
    return len(_WORD.findall(s[a:b]))


def _after_preposition(s: str, names: list[Target]) -> list[Target]:
    """Names right after "on/in/across" that are not model families: the data a clause reports on."""
    return [t for t in names if not is_model_family(t.text)
            and _PREP_BEFORE.search(s[max(0, t.start - 12):t.start].lower())]


class Extractor:
    """Turns abstracts into `Result`s using a benchmark registry."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry or default_registry()

    # ------------------------------------------------------------------ public
    def extract(self, abstract: str, title: str | None = None, prefiltered: bool = False) -> list[Result]:
        """Every result reported in an abstract, in text order (`prefiltered`: the caller already found a name
        literal in it, as `iter_candidates` does)."""
        if not prefiltered and not self.registry.prefilter.search(abstract):
            return []  # cheap literal prefilter: no benchmark named at all
        all_mentions = self.registry.mentions(abstract)
        hits = [m.start for m in all_mentions if m.benchmark]
        if not hits:
            return []  # only look-alikes ("MS COCO", "C-Eval") or names that must not match
        masked = mask(abstract)
        same = masked == abstract  # no LaTeX to neutralise: a sentence's mentions are the abstract's (no re-scan)
        own = _OwnSystem(title, masked)  # (names read without their LaTeX: "\\textbf{Parallel-R1}")
        results: list[Result] = []
        k = 0
        pending: tuple[int, int] | None = None  # the last sentence naming benchmarks, when it reported nothing
        between: list[tuple[int, int]] = []  # the sentences since then
        named: list[str] | None = None  # what `pending` names alone (worked out when first needed)
        checked = 0  # sentences of `between` already known not to name other data
        last: tuple[int, int] | None = None  # the last sentence that named a benchmark
        for sent in split_sentences(masked):
            while k < len(hits) and hits[k] < sent.start:
                k += 1
            found = None
            if k < len(hits) and hits[k] < sent.end:  # only sentences that may name a benchmark
                known = [m for m in all_mentions if sent.start <= m.start < sent.end] if same else None
                found = self._sentence(abstract, masked, sent.start, sent.end, own, known)  # None: names none
            if found is None and last is not None:
                found = self._same_benchmark(abstract, masked, sent.start, sent.end, own, last)
            if found is not None:
                results.extend(found)
                last = (sent.start, sent.end)
                pending, between, named, checked = (None if found else (sent.start, sent.end)), [], None, 0
            elif pending is not None:
                s = masked[sent.start:sent.end]
                if len(between) >= CARRY_SENTENCES or _OTHER_DATA.search(s):
                    pending = None  # too far, or the text moved on to other data
                    continue
                between.append((sent.start, sent.end))
                if not (_CARRY_SIGNAL.search(s) and any(c.isdigit() for c in s)):
                    continue
                if named is None:
                    named = self._named_alone(masked[pending[0]:pending[1]])
                if not named and _RESPECTIVELY.search(s):  # "... on AIME24, AIME25, and HMMT25. Specifically, X attains
                    named = self._listed(masked[pending[0]:pending[1]], len(find_numbers(s)))  # 90.6%, 86.4%, and
                    # 73.8% accuracy respectively": the list of datasets, each benchmark or not, in order
                if not named or any(self._names_other_data(masked[a:b]) for a, b in between[checked:]):
                    pending = None
                    continue
                checked = len(between)
                results.extend(self._carried(abstract, masked, sent.start, sent.end, own, named))
        return results

    def _same_benchmark(self, text: str, masked: str, start: int, end: int, own: _OwnSystem,
                        last: tuple[int, int]) -> list[Result] | None:
        """Results of a sentence that names its benchmark as "the same benchmark": the one benchmark the last
        sentence naming benchmarks named ("... from 74.0% to 81.8% on the same benchmark")."""
        same_as = _SAME_BENCHMARK.search(masked, start, end)
        alone = self._named_alone(masked[last[0]:last[1]]) if same_as else []
        if not same_as or len(alone) != 1:
            return None
        return self._sentence(text, masked, start, end, own, [Mention(same_as.start(), same_as.end(),
                                                                      same_as.group(), alone[0])])

    def _listed(self, s: str, k: int) -> list[str]:
        """The last list of exactly k names in a sentence, benchmarks or not ("" for another dataset), when it
        holds a benchmark: what a later "respectively" refers to."""
        mentions = [Target(m.start, m.end, m.benchmark, m.written) for m in self.registry.mentions(s)]
        listed = self._last_list(s, sorted(mentions + self._foreign(s, mentions), key=lambda t: t.start), k)
        return [t.benchmark or "" for t in listed] if k >= 2 else []

    def _named_alone(self, s: str) -> list[str]:
        """The benchmarks a sentence names, when it names no other dataset beside them (a later sentence's
        scores may be theirs); [] for "5 benchmarks (AlpacaEval 2.0, FLASK, Koala, MT-Bench, ...)"."""
        if len(s) > MAX_SENTENCE:
            return []
        mentions = [Target(m.start, m.end, m.benchmark, m.written) for m in self.registry.mentions(s)]
        targets = sorted(mentions + self._foreign(s, mentions), key=lambda t: t.start)
        for a, b in pairwise(targets):
            if (a.benchmark is None) != (b.benchmark is None) and _TARGET_LIST_GAP.match(s[a.end:b.start]):
                return []  # another name listed next to the benchmark's (not "Zero Shot, standard CoT, and Sculpting")
        return list(dict.fromkeys(m.benchmark for m in mentions if m.benchmark))

    def _names_other_data(self, s: str) -> bool:
        """A name after "on/in/across": the sentence reports on other data ("On MuSiQue, an oracle ...")."""
        return len(s) > MAX_SENTENCE or bool(_after_preposition(s, self._foreign(s, [])))

    def _carried(self, text: str, masked: str, start: int, end: int, own: _OwnSystem,
                 named: list[str]) -> list[Result]:
        """Results of a sentence that names no benchmark, reported on the benchmark(s) the sentence before
        named ("We evaluate GeoSteer on the GSM8k dataset. ... GeoSteer improved the exact match accuracy
        by up to 2.6 points."): one benchmark takes every score of the sentence, several need "respectively"
        and one number each."""
        s = masked[start:end]
        if len(s) > MAX_SENTENCE:
            return []
        links = [Link(n) for n in find_numbers(s)]
        if len(named) > 1 and not (len(links) == len(named) and _RESPECTIVELY.search(s)):
            return []
        self._link_from_to(s, links)  # (only pairs them: no link has a target yet)
        for j, link in enumerate(links):
            b = named[j] if len(named) > 1 else named[0]
            link.targets, link.how = [Target(0, 0, b or None, b)], "carried"
        out: dict[int, Result] = {}
        results = [self._result(s, links, j, link.targets[0], text[start:end], start, end, own)
                   if link.targets[0].benchmark else None for j, link in enumerate(links)]
        example = _EXAMPLE_LEAD.match(s)  # "For instance, Titans-Llama-3.2-1B achieves ...": an instance of the claim
        for j, link in enumerate(links):
            result = results[j]
            # only numbers whose clause has the paper's own system as its subject ("GeoSteer improved ...",
            # "It also ...", "our method achieves ..." in a paper that names no system), in a metric the
            # benchmark is scored by
            if result is None:
                continue
            metrics = {canonical_metric(m) for m in self.registry.get(result.benchmark).metrics}
            if result.metric in metrics and (result.metric or "").startswith(("MRR", "nDCG", "Recall@", "MAP")):
                out[j] = result  # "(MRR@10: 0.3026)" a sentence after "the MS MARCO passage ranking task"
                continue
            if result.role != "own" or (own.name and own.name not in (result.model or "") and not example):
                continue
            subject, kind = subject_of(s, link.number.start, self._is_benchmark_name)
            if not ((kind == "own" and not _REPORTED_THAT.search(s))
                    or (kind == "name" and (subject == own.name or ((own.name is None or example)
                                                                    and subject == result.model)))):
                continue  # "We further demonstrate that constructing pairs ... (reward accuracy 46% to 63%)"
            if (result.metric is not None and (result.metric in metrics or _ACCURACY_LIKE.fullmatch(result.metric))) \
                    or (result.metric is None and result.unit == "%" and result.kind == "score"
                        and "accuracy" in metrics):
                out[j] = result  # (a percentage on a benchmark scored by accuracy: "Sculpting ... (97% vs. 93%")
        for j in list(out):  # "(97% vs. 93% for standard CoT)": the number the own one is compared with
            partner = results[j + 1] if j + 1 < len(links) else None
            if partner is not None and re.fullmatch(r"\s*(?:vs\.?|versus)\s*",
                                                    s[links[j].number.end:links[j + 1].number.start]):
                out[j + 1] = partner
            start_of = results[j - 1] if j > 0 and links[j - 1].pair_of == j else None
            if start_of is not None:
                out[j - 1] = start_of  # "increasing from 83.1% to 86.6%": where the own number started
        return [out[j] for j in sorted(out)]

    # ---------------------------------------------------------------- internal
    def _foreign(self, s: str, mentions: list[Target]) -> list[Target]:
        """Foreign names: capitalised tokens that are not benchmark mentions (CaseHOLD, BIOSSES, ...)."""
        foreign = []
        for m in _NAME_TOKEN.finditer(s):
            word = m.group()
            if (word.islower() and word.isalpha()) or word[0].isdigit():  # most words: never a name (fast path);
                continue  # "3B--32B", "16-bit" are sizes, not names
            tok = _POSSESSIVE.sub("", word).rstrip(".'’") if word[-1] in "s.'’" else word
            if not is_name(tok):
                continue
            end = m.start() + len(tok)
            nxt = s[end:end + 12]
            first = nxt.lstrip()[:1]
            if first in ("=", "<", ">", "≤", "≥"):
                continue  # "at T = 3.0", "N=500": a variable, not a dataset
            if nxt[:1] == "@":
                continue  # "Pass@8", "Recall@10": a metric
            if tok in _HARDWARE:
                continue  # "45.83 QPS on a CPU machine": where it ran, not what it was measured on
            if tok in ("LC", "WR") or _METRIC.fullmatch(tok) or _CAPITALISED_METRIC.match(s, m.start()):
                continue  # "the global best LC (48.3%)": a metric, not a dataset
            if (tok[-1] in "BM" and _SIZE_SUFFIX.search(tok)) or (first.isdigit() and _SIZE_NEXT.match(nxt)):
                continue  # "Llama3 8B", "Qwen3-8B": a model of some size, not a dataset
            if any(t.start <= m.start() < t.end for t in mentions):
                continue
            foreign.append(Target(m.start(), m.start() + len(tok), None, tok))
        return foreign

    def _is_benchmark_name(self, name: str) -> bool:
        return bool(self.registry.mentions(name))

    def _sentence(self, text: str, masked: str, start: int, end: int, own: _OwnSystem,
                  known: list[Mention] | None = None) -> list[Result] | None:
        """The sentence's results; None when it names no benchmark (only look-alikes such as "MS COCO")."""
        s = masked[start:end]
        if known is not None:
            mentions = [Target(m.start - start, m.end - start, m.benchmark, m.written) for m in known]
        else:
            mentions = [Target(m.start, m.end, m.benchmark, m.written) for m in self.registry.mentions(s)]
        if not any(m.benchmark for m in mentions):
            return None
        if len(s) > MAX_SENTENCE:
            return []  # no real sentence is this long: a table dump or garbage (and linking is per pair)
        # a model's training data is not where its numbers were measured: "trained with the MATH dataset"
        mentions = [t for t in mentions if not (t.benchmark and _TRAINED_ON.search(s[max(0, t.start - 40):t.start]))]
        if not any(m.benchmark for m in mentions):
            return []
        numbers = [
            n for n in find_numbers(s)
            if not any(m.start <= n.start < m.end or n.start <= m.start < n.end for m in mentions)
        ]
        if not numbers:
            return []
        foreign = self._foreign(s, mentions)
        targets = sorted(mentions + foreign, key=lambda t: t.start)
        links = [Link(n) for n in numbers]
        self._link_lists(s, links, targets, mentions)
        for i, link in enumerate(links):
            if not link.targets:
                self._link_left(s, link, targets)
            if not link.targets:
                self._link_paren(s, link, targets)
            if not link.targets:
                self._link_right(s, link, targets, self._right_limit(s, links, i))
        self._link_respectively_earlier(s, links)
        self._link_from_to(s, links)
        self._link_fallback(s, links, targets, mentions)
        evidence = text[start:end]
        results: list[Result] = []
        seen: set[tuple[str, int]] = set()
        for i, link in enumerate(links):
            for target in link.targets:
                if target.benchmark is None or (target.benchmark, link.number.start) in seen:
                    continue
                result = self._result(s, links, i, target, evidence, start, end, own)
                if result is not None:
                    seen.add((target.benchmark, link.number.start))
                    results.append(result)
        return results

    # ------------------------------------------------------------------ links
    def _link_lists(self, s: str, links: list[Link], targets: list[Target], mentions: list[Target]) -> None:
        """Runs of numbers paired with runs of names: "+9.8%, +5.7% on GSM8K, MATH"; "respectively"."""
        i = 0
        while i < len(links):
            j = i
            while j + 1 < len(links) and _LIST_GAP.match(s[links[j].number.end:links[j + 1].number.start]):
                j += 1
            run = links[i:j + 1]
            if len(run) >= 2:
                after = s[run[-1].number.end:]
                names: list[Target] = []
                # the first "on/in/across/for" within four words that opens a list of names, perhaps after two
                # lower-case modifiers: "18.3% and 22.8% in Pass@32 performance on the competition-level AIME24
                # and AIME25 benchmarks"
                lead = re.match(r"^\s*(?:[\w@\-]+\s+){0,4}", after)
                for m in re.finditer(r"\b(?:on|in|across|for)\s+(?:the\s+)?", after[:(lead.end() if lead else 0) + 4]):
                    pos = run[-1].number.end + m.end()
                    for t in targets:
                        if t.start < pos:
                            continue
                        gap = s[pos:t.start]
                        if not (_TARGET_LIST_GAP.match(gap)
                                or (not names and re.fullmatch(r"(?:[a-z][\w\-]*\s+){1,2}", gap))):
                            break
                        names.append(t)
                        pos = t.end
                    tail = _DESCRIBED_LAST_ITEM.match(s, pos) if names and len(names) + 1 == len(run) else None
                    if tail:  # "for 8.43, 5.96 and 10.60 on MMLU-Pro, SuperGPQA and math average benchmarks"
                        names.append(Target(tail.start("item"), tail.end("item"), None, tail.group("item")))
                    if names:
                        break
                opened = re.search(r"\(\s*$", s[:run[0].number.start])
                if not names and opened:  # "on GSM8K, MATH500, and HumanEval (3.1%, 3.8%, and 6.8% ...)"
                    listed = self._last_list(s, [t for t in targets if t.end <= opened.start()], len(run))
                    if listed and not s[listed[-1].end:opened.start()].strip():
                        names = listed
                end = run[-1].number.end
                resp = re.search(r"\brespectively\b", s[end:])
                if not names and resp and resp.start() > 60:  # "4%, 3%, and 5% across ... on A, B (6 subsets),
                    after_run = [t for t in targets if end <= t.start < end + resp.start()]
                    names = self._last_list(s, after_run, len(run))  # and C datasets respectively"
                if not names and re.search(r"\(\s*respectively,?\s*$", s[:run[0].number.start]):
                    names = self._last_list(s, [t for t in targets if t.end <= run[0].number.start], len(run))
                if not names and resp and resp.end() <= 60:
                    names = self._last_list(s, [t for t in targets if t.end <= run[0].number.start], len(run)) \
                        or [t for t in mentions if t.end <= run[0].number.start]
                if not names and not resp:  # "on HumanEval and MBPP ..., BatCoder achieved 83.5% and 81.0% pass@1":
                    listed = self._last_list(s, [t for t in targets if t.end <= run[0].number.start], len(run))
                    if listed and any(t.benchmark for t in listed) \
                            and _PREP_BEFORE.search(s[max(0, listed[0].start - 40):listed[0].start]) \
                            and not any(listed[-1].end <= lk.number.start < run[0].number.start for lk in links):
                        names = listed  # the benchmarks listed before, in order
                if len(names) == len(run):
                    for link, t in zip(run, names, strict=True):
                        link.targets, link.how, link.strong = [t], "list", True
                elif len(names) == 1 and names[0].benchmark:
                    for k, link in enumerate(run):  # "respectively" over models (or, see below, over targets)
                        link.targets, link.how, link.strong = [names[0]], "list-one", True
                        link.model_index = k
            i = j + 1

    @staticmethod
    def _in_list(s: str, t: Target, targets: list[Target]) -> bool:
        """Whether a name is one item of a written list of several names (models do not make a list of datasets:
        "on AIME'25, GPT-4.1 rises by +14.0%")."""
        targets = [u for u in targets if u is t or u.benchmark or not is_model_family(u.text)]
        i = targets.index(t)
        if _CLAUSE_SUBJECT_NEXT.match(s, t.end):
            return False  # "..., and GSM8K showed the largest prompt sensitivity": a clause's subject, not a list item
        prev_ok = i > 0 and _TARGET_LIST_GAP.match(s[targets[i - 1].end:t.start]) is not None
        next_ok = i + 1 < len(targets) and _TARGET_LIST_GAP.match(s[t.end:targets[i + 1].start]) is not None
        return prev_ok or next_ok

    @staticmethod
    def _last_list(s: str, before: list[Target], k: int) -> list[Target]:
        """The last run of exactly k names written as a list ("CHAMP, MATH, and Game-of-24") in `before`."""
        groups: list[list[Target]] = []
        for t in before:
            gap = re.sub(r"^/'?\d{2,4}\b", "", s[groups[-1][-1].end:t.start]) if groups else ""  # ("AIME24/25, GPQA")
            if groups and _TARGET_LIST_GAP.match(re.sub(r"\s*\([^()]*\)", "", gap)):
                groups[-1].append(t)
            else:
                groups.append([t])
        lists = [g for g in groups if len(g) == k and any(t.benchmark for t in g)]
        return lists[-1] if lists else []

    def _link_left(self, s: str, link: Link, targets: list[Target]) -> None:
        """A name right before the number: "GSM8K (98.1%)", "RewardBench score of 85.15"."""
        n = link.number
        for t in reversed(targets):
            if t.end > n.start:
                continue
            gap = s[t.end:n.start]
            if len(gap) > 40:
                return
            if s[t.end:t.end + 2] in ("'s", "’s"):
                return  # "Vicuna's 6.57": a model's number, not a dataset's
            if _LEFT_LINK.fullmatch(gap) or gap == "":
                if t.benchmark is None and not t.text.isupper() and "(" not in gap and gap.strip():
                    return  # a foreign capitalised word followed by prose is not a dataset label
                compared_by = re.search(r"\bby\b", gap) or (not gap.strip() and n.unit)  # (not "Gemini 2.0")
                if t.benchmark is None and compared_by and _COMPARED_BEFORE.search(s, max(0, t.start - 30), t.start):
                    return  # "AAO outperforms DPO by up to 8.9 points on AlpacaEval 2", "outperforming GRPO 30.00%"
                if t.benchmark is None and "(" in gap and _COMPARED_NEAR.search(s, max(0, t.start - 60), t.start):
                    return  # "surpassing the previous state-of-the-art pipeline DCLM (31.98%)": a compared system
                if t.benchmark is None and "(" in gap and self._names_benchmark_inside(s, n, targets):
                    return  # "matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K)": the parenthesis says
                labelled = self._labelled_by(s, t, targets) if t.benchmark is None else None
                if labelled is not None:  # "(avg GSM8K change across three models: ErisForge -0.28 pp; DECCP -0.13
                    link.targets, link.how, link.strong = [labelled], "label", True  # pp)": systems, one benchmark
                    return
                link.targets, link.how, link.strong = [t], "left", True
            return

    @staticmethod
    def _labelled_by(s: str, t: Target, targets: list[Target]) -> Target | None:
        """The benchmark a list of system-labelled numbers is about, when a "<benchmark> <measure> ...:" opens it
        and its items are separated by semicolons: "GSM8K change across three models: A -0.28 pp; B -0.13 pp"."""
        before = [b for b in targets if b.end <= t.start and b.benchmark]
        if not before:
            return None
        b = before[-1]
        return b if _LABEL_LIST.fullmatch(s, b.end, t.start) else None

    def _link_paren(self, s: str, link: Link, targets: list[Target]) -> None:
        """Inside "NAME ( ... )": "GSM8K (+2.9 pp vs. instruction-tuned, +6.6 pp vs. Self-Instruct)"."""
        n = link.number
        depth, pos = 0, n.start - 1
        while pos >= 0:
            c = s[pos]
            if c == ")":
                depth += 1
            elif c == "(":
                if depth == 0:
                    break
                depth -= 1
            pos -= 1
        if pos < 0:
            return
        for t in targets:
            if t.end <= pos and s[t.end:pos].strip() == "":
                if t.benchmark is None and (self._names_benchmark_inside(s, n, targets)
                                            or _COMPARED_NEAR.search(s, max(0, t.start - 60), t.start)):
                    return  # (a compared system: "surpassing the previous pipeline DCLM (31.98%)")
                link.targets, link.how, link.strong = [t], "paren", True
                return

    @staticmethod
    def _names_benchmark_inside(s: str, n: Number, targets: list[Target]) -> bool:
        """Whether the parenthesis around a number names a benchmark after it ("(93.9% vs 94.3% on GSM8K)")."""
        close = s.find(")", n.end)
        return close != -1 and "(" not in s[n.end:close] and any(
            t.benchmark and n.end <= t.start < close and _PREP_BEFORE.search(s[n.end:t.start]) for t in targets)

    def _link_right(self, s: str, link: Link, targets: list[Target], limit: int) -> None:
        """A preposition then a name after the number: "83.8 on GSM8K", "58.8% accuracy on the MATH dataset"."""
        n = link.number
        b = _BOUNDARY.search(s, n.end, limit)
        stop = b.start() if b else limit
        close = s.find(")", n.end, stop)
        # inside "(...)": a name inside the bracket, or right after it ("(85.2%) on GSM8K"), not further on
        # (but "(77.53%) than that on ... GSM8K" compares on)
        if close != -1 and "(" not in s[n.end:close] and s.rfind("(", 0, n.start) > s.rfind(")", 0, n.start) \
                and not re.match(r"\s*(?:than|compared|vs\.?|versus)\b", s[close + 1:]):
            tail = re.match(r"[^,;.()]{0,20}", s[close + 1:])
            stop = min(stop, close + 1 + (tail.end() if tail else 0))
        for t in targets:
            if t.start < n.end or t.start >= stop:
                continue
            if _words_between(s, n.end, t.start) > 16:
                return
            if t.benchmark and _OWN_REPORT.match(s, t.end) and s[n.end:t.start].count(",") > 0:
                return  # "to 52.2%, with gains on AIME24 from 60.0% to 63.3%": AIME24 has its own numbers
            if t.benchmark is None and is_model_family(t.text):
                continue  # "19% accuracy improved on Llama3.2:1b for GSM8K task": a model, not the dataset
            before = s[n.end:t.start]
            if t.benchmark and not before.strip() and (n.decimal or n.unit):
                link.targets, link.how, link.strong = [t], "right", True  # "83.85% GSM8K accuracy"
                return
            if re.fullmatch(r"\s*\(\s*", before) and re.match(r"\s*\)", s[t.end:]) and (
                    t.benchmark or not (is_model_family(t.text) or _SIZED.search(t.text))):
                # "gains of 2.4% (HumanEval) and 2.3% (MBPP)", "+8.3 pp (LiveCodeBench)": the dataset in brackets
                # (one benchboard does not track, too), not a model ("+5.23% (Qwen-32B)")
                link.targets, link.how, link.strong = [t], "right", True
                return
            task_paren = _TASK_PAREN_BEFORE.search(before) and re.match(r"\s*\)", s[t.end:])  # one name only
            # "on simple questions like GSM8k", "19% accuracy improved on Llama3.2:1b for GSM8K task"
            like = t.benchmark and (re.search(r"\blike\s+(?:the\s+)?$", before) or (
                re.search(r"\bfor\s+(?:the\s+)?$", before) and "," not in before
                and _words_between(s, n.end, t.start) <= 6))
            if _PREP_BEFORE.search(before) or task_paren or like:
                if t.benchmark is None and not _PREP_BEFORE.search(before[-40:]) \
                        and not task_paren:
                    continue
                if t.benchmark is None and (is_model_family(t.text) or re.search(r"\d[BM]$", t.text)):
                    # "+18.7 pp on LLaDA-8B GSM8K": the model, then the benchmark
                    t = next((u for u in targets if u.start > t.end and u.benchmark
                              and not s[t.end:u.start].strip()), t)
                if _NEW_CLAUSE.search(before):
                    return  # "10 points compared to the strongest baseline, and on GSM8K it yields ...": another clause
                strong = _words_between(s, n.end, t.start) <= 5
                link.targets, link.how, link.strong = [t], "right", strong
                return

    @staticmethod
    def _link_respectively_earlier(s: str, links: list[Link]) -> None:
        """ "92.8 EM on MATH, 90.4 on GPQA, ..., with gains of +3.6, +5.2, ... points, respectively": a run of
        unlinked numbers takes, in order, the targets of as many numbers reported just before it."""
        i = 0
        while i < len(links):
            j = i
            while j + 1 < len(links) and _LIST_GAP.match(s[links[j].number.end:links[j + 1].number.start]):
                j += 1
            run, k = links[i:j + 1], j - i + 1
            compared = re.search(r"\b(?:compared (?:to|with)|vs\.?|versus|than)\s*$",
                                 s[max(0, run[0].number.start - 15):run[0].number.start]) \
                or _WHICH_SCORE.search(s, max(0, run[0].number.start - 30), run[0].number.start)
            if k >= 2 and all(not lk.targets or lk.how == "list-one" for lk in run) and i >= k \
                    and (re.search(r"\brespectively\b", s[run[-1].number.end:run[-1].number.end + 60]) or compared):
                # (or "99.54% on GSM8K and 92.08% on MATH, compared to 82.50% and 74.82% for ...")
                earlier = links[i - k:i]
                firsts = [lk.targets[0] if len(lk.targets) == 1 else None for lk in earlier]
                if all(firsts) and len({id(t) for t in firsts}) == k:
                    for link, t in zip(run, firsts, strict=True):
                        link.targets, link.how, link.strong = [t], "list", True  # type: ignore[list-item]
                        link.model_index = None
            i = j + 1

    def _link_from_to(self, s: str, links: list[Link]) -> None:
        """ "from X to Y" and "X -> Y": X is reported on Y's target."""
        for i in range(len(links) - 1):
            x, y = links[i], links[i + 1]
            gap = s[x.number.end:y.number.start]
            before = s[max(0, x.number.start - 8):x.number.start]
            arrow = re.fullmatch(r"\s*(?:->|>|→|=>)\s*", gap)
            if not x.targets and y.targets and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", gap):
                x.targets, x.how, x.strong = list(y.targets), "versus", y.strong  # "(93.9% vs 94.3% on GSM8K)"
                continue
            elided = i >= 2 and links[i - 2].pair_of == i - 1 and re.search(r"\band\s*$", before)
            to = re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?to\s*(?:(?:nearly|almost|about|around|approximately|"
                              r"roughly|over|above)\s+)?", gap)  # ("56.7% (majority@64) to", "84% to nearly 90%")
            if (to and (re.search(r"(?:\bfrom|\(|\(e\.g\.,|\(i\.e\.,)\s*$", before) or elided)) \
                    or arrow:  # "from 73.2% to 75.8%", "(e.g., 15.2% to 39.0% on GSM8K)", "from A to B and C to D"
                if x.how == "left" and x.targets:  # "on AIME from 69.8% to 72.4% and on GPQA ...": AIME's
                    y.targets, y.how, y.strong = list(x.targets), "to", x.strong
                elif y.targets:
                    x.targets, x.how, x.strong = list(y.targets), "from", y.strong
                elif x.targets:
                    y.targets, y.how, y.strong = list(x.targets), "to", x.strong
                x.pair_of = i + 1

    def _link_fallback(self, s: str, links: list[Link], targets: list[Target], mentions: list[Target]) -> None:
        frames = self._frames(s, mentions, links, [t for t in targets if t.benchmark is None and t not in mentions])
        for i, link in enumerate(links):
            if link.targets:
                continue
            n = link.number
            if _OTHER_TARGET_AFTER.match(s[n.end:]):
                continue  # "+2.5% on GSM8K and +1.0% on code generation": this number says where it was measured
            prev_end = links[i - 1].number.end if i > 0 else 0
            # (i) a benchmark (or a dataset after on/in) named just before, after the previous number
            near = [
                t for t in targets
                if prev_end <= t.start and t.end <= n.start and _words_between(s, t.end, n.start) <= 12
                and not _BOUNDARY.search(s, t.end, n.start)
                and (t.benchmark or ((_PREP_BEFORE.search(s[max(0, t.start - 40):t.start])
                                      or (_BY_AFTER.fullmatch(s, t.end, n.start)  # "..., and Brumo25 by +3.7"
                                          and not _COMPARED_NEAR.search(s, max(0, t.start - 40), t.start)))
                                     and not is_model_family(t.text)))  # ("skipping voids in Qwen2.5-7B-Instruct")
                and (not self._in_list(s, t, targets)  # "(MMLU, TruthfulQA, GSM8K), X reduces ... by 3.22%"
                     or (not t.benchmark and _BY_AFTER.fullmatch(s, t.end, n.start)))  # "MedQA and MedMCQA by ~1%"
                and not (i > 0 and links[i - 1].how == "right" and t in links[i - 1].targets)  # "10% in AIME and 4%"
            ]
            if near:
                joint = [f for f in frames if near[-1] in f[2] and f[1] <= n.start]
                link.targets, link.how = (list(joint[-1][2]), "frame") if joint else ([near[-1]], "near")
                continue
            # (ii) sharing the dataset named after the next number: "52.19% win rate and 47.46% length-controlled win
            # rate on AlpacaEval 2.0"
            nxt = links[i + 1] if i + 1 < len(links) else None
            gap = s[n.end:nxt.number.start] if nxt is not None else ""
            if nxt is not None and nxt.how == "right" and nxt.targets and (
                    (_SHARED_GAP.fullmatch(gap) and _METRIC.search(gap)) or _SLASH_PAIR_GAP.fullmatch(gap)):
                # (each number names its measure; not "71.9% on average and 79.9% on X")
                link.targets, link.how = list(nxt.targets), "shared"
                continue
            # (iii) continuing the previous number's report ("compared to Vicuna's 6.57 and LLaVA's 5.99")
            # (a bare integer in between is not a report to continue: "(rank 256)", "AIME 24")
            j = i - 1
            while j >= 0 and not (links[j].number.decimal or links[j].number.unit or links[j].number.unit_word):
                j -= 1
            if j >= 0 and links[j].targets and _words_between(s, links[j].number.end, n.start) <= 12 \
                    and not re.search(r";|\bfrom\b", s[links[j].number.end:n.start]) \
                    and not _AVERAGED_AFTER.match(s, n.end) \
                    and not re.search(r"\b(?:average|avg\.?|mean|overall)\s*:\s*$", s[max(0, n.start - 12):n.start]):
                # (not "and 4% improvements in average", "(MATH500: 73.6%, average: 35.9%)": over all of them)
                link.targets, link.how = list(links[j].targets), "carry"
                continue
            # (iv) a frame: "On the popular BEIR benchmark, ...", "Experiments on MTEB show ..."
            for _f_start, f_end, f_targets in frames:
                if f_end <= n.start and not (b := re.search(r";", s[f_end:n.start])) and b is None:
                    link.targets, link.how = list(f_targets), "frame"
            # (v) the one dataset, named at the very end: "... 10.7% improvement in accuracy ... compared to a
            # standalone large model on AIME25."
            last = targets[-1] if targets else None
            if not link.targets and last is not None and last.benchmark and last.start > n.end \
                    and _TRAILING_TARGET.search(s, max(0, last.start - 12), last.start) \
                    and re.fullmatch(r"(?:\s+(?:benchmark|dataset|test set))?\s*[.)]?\s*", s[last.end:]) \
                    and ";" not in s[n.end:last.start] and self._trailing_is_free(s, links, targets, last):
                link.targets, link.how = [last], "trailing"
            # (vi) the one dataset, in an apposition at the very end: "achieving 42.6% MRR@10 ... for the passage
            # retrieval benchmark, MS-Marco."
            if not link.targets and last is not None and last.benchmark and last.start > n.end \
                    and _TRAILING_APPOSITION.search(s, max(0, last.start - 80), last.start) \
                    and re.fullmatch(r"\s*[.)]?\s*", s[last.end:]) and ";" not in s[n.end:last.start] \
                    and not any(t is not last and t.start > n.end and (t.benchmark or _TRAILING_TARGET.search(
                        s, max(0, t.start - 12), t.start)) for t in targets):  # (no other dataset after the number)
                link.targets, link.how = [last], "trailing"

    @staticmethod
    def _right_limit(s: str, links: list[Link], i: int) -> int:
        """Where the search for a number's dataset to the right stops: at the next number, or past the bracket
        right after it that holds the number's own delta ("67.1% (+5.3%) on AIME24")."""
        j = i + 1
        if j < len(links) and re.fullmatch(r"\s*\(\s*", s[links[i].number.end:links[j].number.start]):
            close = s.find(")", links[j].number.end)
            while close != -1 and j < len(links) and links[j].number.start < close:
                j += 1
        return links[j].number.start if j < len(links) else len(s)

    def _trailing_is_free(self, s: str, links: list[Link], targets: list[Target], last: Target) -> bool:
        """Whether a dataset named at the end is the only one the sentence names, and the number right before it
        measures something else ("reducing inference latency by 25.9% ... on AIME25"), so it is the report's."""
        if any(t is not last and (t.benchmark or _PREP_BEFORE.search(s[max(0, t.start - 40):t.start]))
               for t in targets):
            return False
        before = [j for j, lk in enumerate(links) if lk.number.end <= last.start]
        return bool(before) and self._measures_else(s, links, before[-1])

    def _frames(self, s: str, mentions: list[Target], links: list[Link],
                foreign: list[Target]) -> list[tuple[int, int, list[Target]]]:
        """Clause-initial phrases that set the benchmark for the rest of the clause."""
        frames = []
        clause_start = 0
        for clause in re.split(r"(;|\s-{2,3}\s)", s):  # (a dash opens a clause: "tradeoff -- on the AIME24 dataset,")
            if clause == ";" or re.fullmatch(r"\s-{2,3}\s", clause):
                clause_start += len(clause)
                continue
            head_end = None
            m = _FRAME_SUBJECT.match(clause)
            if m:
                head_end = clause_start + m.end()
            elif _FRAME_LEAD.match(clause):
                commas = [*(c.start() for c in _COMMA.finditer(clause)), -1, -1]  # (not "12,032")
                comma, second = commas[0], commas[1]
                if comma != -1:
                    # "For example, on the GSM8K benchmark, ..." extends over a second comma
                    head_end = clause_start + comma
                    if second != -1 and ":" not in clause[comma:second] and not any(
                            m.benchmark for m in mentions if clause_start <= m.start < head_end):
                        head_end = clause_start + second  # (not over a colon: a new clause starts there)
                    while more := _LIST_MORE.match(s, head_end):  # "..., including GPQA Diamond, LiveCodeBench, and
                        head_end = more.end()  # AIME, ...": the whole list heads the clause
            # the first reported number (counts inside the head do not count: "On 12,032 MMLU-Pro questions across
            # 14 subjects, ...")
            first_num = min((n.start for n in (lk.number for lk in links) if n.start >= clause_start and (
                head_end is None or n.start >= head_end or n.unit or n.decimal)), default=len(s))
            if head_end is not None and head_end <= first_num:
                in_head = [t for t in mentions if clause_start <= t.start < head_end and t.benchmark]
                others = [t for t in foreign if clause_start <= t.start < head_end
                          and _PREP_OR_LIST.search(s[max(0, t.start - 12):t.start])
                          and not _MODELS_LISTED.match(s, t.end)  # "across Qwen, Mistral, and Llama backbones"
                          and not is_model_family(t.text)]  # ("with three models, Llama 3.1-8B, Qwen 2.5-7B, ...")
                if in_head and not others:
                    frames.append((clause_start, head_end, in_head))
            clause_start += len(clause)
        for t in mentions:  # "AdaDPO consistently outperforms DPO on AlpacaEval 2: it achieves ... LC (48.3%)"
            colon = re.match(r"\s*:\s", s[t.end:])
            if t.benchmark and colon and re.search(r"\b(?:on|in)\s+(?:the\s+)?$", s[max(0, t.start - 12):t.start]):
                frames.append((t.start, t.end + colon.end() - 1, [t]))
        return frames

    # ----------------------------------------------------------------- fields
    def _result(self, s: str, links: list[Link], i: int, target: Target, evidence: str,
                start: int, end: int, own: _OwnSystem) -> Result | None:
        link = links[i]
        n = link.number
        bench = self.registry.get(target.benchmark or "")
        if not n.decimal and n.unit is None and n.unit_word not in ("points", "point") \
                and not (link.strong and link.how in ("left", "right", "list", "list-one", "paren")):
            return None  # a bare integer needs an explicit link ("90 on GSM8K") or to be counted in points
        if self._measures_else(s, links, i):
            return None  # "reduces tokens by 30%", "fewer attempts (1.3 vs 2.0)": the number measures something else
        if _NON_SCORE_NEAR.search(s[max(0, n.start - 60):n.end + 80]) \
                or _CORRELATED_WITH.search(s, max(0, n.start - 120), n.start) \
                or _FREQUENCY_BEFORE.search(s[max(0, n.start - 60):n.start]) or _DETECTION_AFTER.match(s, n.end):
            return None
        if not bench.in_range(n.value):
            return None
        eq = re.search(r"([\w@\-]+)\s*=\s*$", s[max(0, n.start - 30):n.start])
        if eq and not _METRIC.fullmatch(eq.group(1)):
            return None  # "median delta = 0.409": a statistic, not a score
        kind = self._kind(s, links, i)
        metric = self._metric(s, links, i, target)
        qualifier = "range" if n.value_min is not None else self._list_qualifier(s, links, i)
        if qualifier is None and link.how == "label" and _AVERAGE_WORD.search(s, max(0, target.start - 20),
                                                                              target.end + 40):
            qualifier = "average"  # "(avg GSM8K change across three models: ErisForge -0.28 pp; ...)"
        model, role = self._model(s, links, i, own)
        model = plain_name(model) if model else model  # ("A\textsuperscript{2}FM" -> "A2FM")
        if role == "about-benchmark":
            return None  # the subject is the benchmark itself or a measure that is not a score
        setting = self._setting(s, metric)
        value_norm = n.value
        if kind == "score" and n.unit is None and n.decimal and n.value <= 1.0 and bench.scale == 100:
            value_norm = round(n.value * 100, 6)
        elif bench.scale != 100:
            value_norm = round(n.value * 100 / bench.scale, 6)
        return Result(
            benchmark=bench.name, value=n.value, kind=kind, evidence=evidence, start=start, end=end,
            metric=metric, unit=n.unit, qualifier=qualifier, model=model, value_min=n.value_min,
            value_norm=value_norm, role=role, setting=setting, model_key=model_key(model) if model else None,
            value_start=start + n.start, value_end=start + n.end,
        )

    def _measures_else(self, s: str, links: list[Link], i: int) -> bool:
        """A measure that is not a score stands before the number, or before the number it is compared with."""
        cached = links[i].measures_else
        if cached is None:
            cached = links[i].measures_else = self._measures_else_uncached(s, links, i)
        return cached

    def _measures_else_uncached(self, s: str, links: list[Link], i: int) -> bool:
        n = links[i].number
        if _NON_SCORE_AFTER.match(s[n.end:n.end + 60]):
            return True
        if _KEPT_BEFORE.search(s, max(0, n.start - 30), n.start) and _SHARE_OF_PERFORMANCE.match(s, n.end):
            return True  # "preserving 84% MMLU performance", "retains >97% of its ... performance": a share kept
        tail = s[max(0, n.start - 14):n.start].rstrip(" ~>(").lower()  # cheap checks before the costly patterns
        if "score" in tail and _OTHER_SCORE_BEFORE.search(s[max(0, n.start - 40):n.start]):
            return True
        if tail.endswith("from"):
            co = _CHANGED_OBJECT.search(s[max(0, n.start - 120):n.start])
            if co and _NON_SCORE_CONTEXT.search(co.group("obj")):
                return True  # "cutting the error rate of Qwen3 235B-A22B on difficult MATH problems from 3%"
            if _SHARE_MOVES.search(s, max(0, n.start - 120), n.start):
                return True  # "recovery of target model MMLU performance progresses from 44.6%": a share recovered
            mc = _MEASURE_MOVES.search(s[max(0, n.start - 40):n.start])
            if mc and not _METRIC.fullmatch(mc.group("m")) and mc.group("m").lower() not in ("performance", "results"):
                return True  # "with coherence falling from 4.62 to 2.24": another measure's move
        if re.search(r"\bby(?: up to)?$", tail):
            pc = _PASSIVE_CHANGE.search(s, max(0, n.start - 200), n.start)
            if pc and _NON_SCORE_CONTEXT.search(pc.group("obj")):
                return True  # "the reasoning runtime of A, B, and C is improved by up to 70%"
            if _NAMED_SCORE_CHANGED.search(s, max(0, n.start - 80), n.start):
                return True  # "improves persona stability score (PSS) over RLVR by +21.2%"
        if tail.endswith(("to", "by", "from")):
            am = _ACRONYM_CHANGED.search(s[max(0, n.start - 80):n.start])
            if am and not _METRIC.fullmatch(am.group("m")) and not self._is_benchmark_name(am.group("m")):
                return True  # "increases the TPF of D2F-Dream to 10.1": a measure named by an acronym
        window = s[max(0, n.start - 60):n.start]
        measure = _NON_SCORE_BEFORE.search(window)
        if measure and _SYSTEMS_OUTDONE.search(window):
            measure = None  # "outperforms prior MoE compression methods by up to 16.7%": systems, not a measure
        # a name's own number is exempt ("GSM8K (98.1%)"), not "tokens on AIME24 from 2.54 to 0.39"
        if measure and (links[i].how not in ("left", "list", "paren") or re.search(r"\bfrom\s*$", window)):
            after = _METRIC.match(re.sub(r"^\s*(?:absolute|relative|average)?\s*", "", s[n.end:n.end + 40]))
            named = links[i].targets[0] if links[i].how == "right" and links[i].targets else None
            if after is None and named is not None and re.fullmatch(r"\s*(?:(?:on|in)\s+(?:the\s+)?(?:[\w\-]+\s+)?)?",
                                                                    s[n.end:named.start]):
                after = _METRIC.match(s[named.end:named.end + 30].lstrip())  # "32.14% MMLU accuracy", "and 5.4% on
                # 0-shot MMLU accuracy" (after "11.9 points on C4 perplexity")
            between = _METRIC.search(window, measure.start() + 1)
            if re.match(r"\s*(?:%|percent)?\s*(?:(?:performance|accuracy)\s+(?:loss|drop|gain|improvement|degradation|"
                        r"decrease|increase)|(?:loss|drop|decrease|degradation)\s+(?:in|of)\s+(?:performance|accuracy))",
                        s[n.end:]):
                return False  # "77% length reduction with only 1.1% performance loss", "only 2% drop in performance"
            # "throughput with a negligible 0.84% accuracy drop": the number says what it measures; so does
            # a metric between ("five refinement steps increases first-turn accuracy from 58.2%")
            return not ((after and not after.group("metric").lower().startswith("score"))
                        or (between and not between.group("metric").lower().startswith("score")))
        # "fewer attempts (1.3 vs 2.0)", "reduces tokens by up to 80% on MMLU and 30% on GPQA": the partner's measure
        # and the Y of "tokens ... from 2.54 to 0.39"
        return i > 0 and self._measures_else(s, links, i - 1) and (
            bool(re.fullmatch(r"\s*(?:vs\.?|versus)\s*", s[links[i - 1].number.end:n.start]))
            or links[i - 1].pair_of == i
            or bool(_FURTHER_TO.fullmatch(s, links[i - 1].number.end, n.start))  # "... to 94.0% and further to 96.0%"
            or (self._continues(s, links, i - 1, i) and not _METRIC.match(s[n.end:n.end + 30].lstrip(" %"))))

    def _kind(self, s: str, links: list[Link], i: int) -> str:
        n = links[i].number
        if n.sign in ("+", "-"):
            return "delta"
        left = s[max(0, n.start - 60):n.start]
        if i > 0:
            left = s[max(links[i - 1].number.end, n.start - 60):n.start]
        if _DELTA_LEFT.search(left) or _DELTA_RIGHT.match(s[n.end:n.end + 60]):
            return "delta"
        if re.search(r"\bfrom\s*$", left) or re.match(r"^\s*(?:to|->|→)\s*[\d.]", s[n.end:]):
            return "score"
        if i > 0 and links[i - 1].number.sign in ("+", "-") and re.fullmatch(
                r"\s*(?:on|in)\s+[^\s()]+(?:\s+[^\s()]+)?\s*\(\s*", left):
            return "score"  # "+13.0 on GSM8K (68.3%)": the score the gain reaches
        if i > 0 and _METRIC.match(s[n.end:n.end + 30].lstrip(" %")) and not re.search(r"\bby\s*$", left) \
                and n.unit_word not in ("points", "point"):  # ("and 6.0 points length-controlled win rate": a gain)
            return "score"  # "a >20% reasoning performance increase and 43.33% Pass@1 accuracy": its own measure
        if re.match(r"^\s*(?:vs\.?|versus)\s*[+\-]?\d", s[n.end:]) and not _DELTA_LEFT.search(left):
            return "score"  # "by 79% (0.43 vs 0.24)": a compared pair is two results
        j = i - 1
        while j >= 0 and s[links[j].number.end:n.start].count(")") > s[links[j].number.end:n.start].count("("):
            j -= 1  # skip numbers inside a parenthesis that closed before this one
        if j >= 0 and self._continues(s, links, j, i):
            return self._kind(s, links, j)
        k = i  # a bare list of numbers takes the kind written after its last one: "(3.1%, 3.8%, and 6.8% absolute
        while k + 1 < len(links) and _LIST_GAP.match(s[links[k].number.end:links[k + 1].number.start]):
            k += 1  # over backbone)"
        if k > i and not any(lk.number.sign for lk in links[i:k + 1]) and _DELTA_RIGHT.match(
                s[links[k].number.end:links[k].number.end + 60]):
            return "delta"
        return "score"

    @staticmethod
    def _continues(s: str, links: list[Link], j: int, i: int) -> bool:
        """Whether number i continues a list started by number j ("29.2% ... on GSM8K (...), 8.7% on MATH")."""
        gap = s[links[j].number.end:links[i].number.start]
        gap = re.sub(r"\([^()]*\)", "", gap)
        return (len(_WORD.findall(gap)) <= 10 and re.search(r"(?:,|/|\band\b|\()\s*(?:and\s+)?(?:[\w\-]+\s*)?$", gap)
                is not None and ";" not in gap
                and not re.search(r"\b(?:while|whereas|but|from|compared|than|vs\.?|(?!" + _ING_NOUNS + r")\w+ing)\b",
                                  gap))

    def _metric(self, s: str, links: list[Link], i: int, target: Target) -> str | None:
        n = links[i].number
        # right after the number: "58.8% accuracy", "2.8 nDCG@10", "9.94 points of accuracy gain"
        m = re.match(r"^\s*(?:(?:absolute|relative|average|\w+-point|points?|of)\s+)*(?:(?:on|in)\s+(?=\w+@\d))?",
                     s[n.end:])  # ("+13.3% on Cons@5": the metric after "on")
        right = s[n.end + (m.end() if m else 0):]
        rm = _METRIC.match(right)
        if (rm and not rm.group("metric").lower().startswith("score")) or (rm and not self._left_metric(s, links, i)):
            return self._metric_text(rm)
        lm = self._left_metric(s, links, i)
        if lm:
            return lm
        # "a 1.3% absolute improvement in accuracy", "gain in MATH solve accuracy", "on average NDCG@10"
        window_end = links[i + 1].number.start if i + 1 < len(links) else len(s)
        seg = s[n.end:window_end]
        bm = re.search(r"\b(?:in|on average|on)\s+(?:(?:terms of|the|average|overall)\s+)?", seg)
        for m2 in _METRIC.finditer(seg):
            if m2.group("metric").lower().startswith("score") and m2.start() > 0:
                continue
            prefix = seg[:m2.start()]
            if re.search(r"(?:\bin|\bon average|\bon|\()\s*(?:\S+\s+){0,2}$", prefix) and bm:
                return self._metric_text(m2)
            break
        if i > 0 and links[i - 1].pair_of == i:
            return self._metric(s, links, i - 1, target)  # "GSM8K accuracy dropping from 93% to 27%"
        # an inherited metric: one distinct metric named in the sentence (in the number's clause, when the
        # sentence has several: "on HotpotQA, ... (F1 0.233 vs 0.177); on GSM8K, ... (0.43 vs 0.24)")
        lo, hi = s.rfind(";", 0, n.start) + 1, s.find(";", n.end)
        clause = s[lo:hi if hi != -1 else len(s)]
        kept = "".join(part for part in re.split(r"(?<=;)", s)
                       if part.find(clause) != -1 or not self._reports_elsewhere(part, target))
        found = {self._metric_text(x) for x in _METRIC.finditer(kept)
                 if not (x.group("metric").lower().startswith("score") and re.match(r"\s*[\d.]", kept[x.end():]))
                 and not _OWN_METRIC_OF.search(kept, max(0, x.start() - 40), x.start())
                 and x.group("metric").lower() != "pass@k"}  # (a family of metrics, said of one number at most)
        found.discard("score") if len(found) > 1 else None
        if len(found) == 1:
            only = found.pop()
            # "score" alone is a metric only when written as one ("a score of", "scores on")
            return only if only != "score" or re.search(r"\bscores?\s+(?:of|on)\b|\d\s*scores?\b", kept) else None
        return None

    def _reports_elsewhere(self, clause: str, target: Target) -> bool:
        """Whether a clause reports on another dataset ("on HotpotQA, ... (F1 0.233 vs 0.177);"): its metric is
        that dataset's, not one to inherit."""
        names = [Target(m.start, m.end, m.benchmark, m.written) for m in self.registry.mentions(clause)]
        names += self._foreign(clause, names)
        return any((t.benchmark or t.text) != (target.benchmark or target.text)
                   for t in _after_preposition(clause, names))

    @staticmethod
    def _metric_text(m: re.Match[str]) -> str:
        metric = canonical_metric(m.group("metric")) or ""
        mod = m.group("mod")
        return f"{mod} {metric}" if mod and metric == "accuracy" else metric

    def _left_metric(self, s: str, links: list[Link], i: int) -> str | None:
        """ "accuracy by 1.92%", "scores of 46.17", "agreement rate on Reward Bench from 87.2%"."""
        n = links[i].number
        lo = links[i - 1].number.end if i > 0 else 0
        left = s[max(lo, n.start - 70):n.start]
        best = None
        for m in _METRIC.finditer(left):
            tail = left[m.end():]
            if m.group("metric").lower().startswith("score") and not tail.strip():
                continue  # "scores 94.1": the verb, not the metric
            if m.group("metric").lower().startswith(("score", "accura")) and best is not None \
                    and "@" in best.group("metric") and not left[best.end():m.start()].strip():
                continue  # "pass@1 scores of 80.6%", "average@32 accuracy by 7.1": the metric named before
            if len(_WORD.findall(tail)) <= 6 and not re.search(r"[,;]", tail.replace("(", "")):
                best = m
        if best is None:
            return None
        return self._metric_text(best)

    def _list_qualifier(self, s: str, links: list[Link], i: int, before_only: bool = False) -> str | None:
        """The number's qualifier, or the one that opens the list it continues: "up to 13.4% on MATH, 8.8% on
        GPQA, and 7.0% on GSM8K" (every item is a maximum)."""
        cached = links[i].qualifier_before
        if before_only and cached is not None:
            return cached[0]
        q = self._qualifier(s, links[i].number, after=not before_only)
        paired = links[i].pair_of is not None or links[i - 1].pair_of == i if i > 0 else False
        if q is None and i > 0 and not paired and links[i].number.sign != "-":
            prev = self._list_qualifier(s, links, i - 1, before_only=True)  # not "71.9% on average and 79.9% on X"
            if prev in ("up to", "average") and self._continues(s, links, i - 1, i):
                q = prev
        if before_only:
            links[i].qualifier_before = (q,)
        return q

    @staticmethod
    def _qualifier(s: str, n: Number, after: bool = True) -> str | None:
        left = s[max(0, n.start - 25):n.start]
        m = _QUALIFIER_ANY.search(left)
        if m:  # the first pattern, in the order of _QUALIFIERS, that matches
            return next(name for pattern, name in _QUALIFIERS if pattern.search(left))
        if after and _ON_AVERAGE_AFTER.match(s, n.end):
            return "average"
        if "average" in s[max(0, n.start - 50):n.start].lower() and _AVERAGE_BY.search(s[max(0, n.start - 50):n.start]):
            return "average"  # "boosting average performance by +2.5%"
        return None

    @staticmethod
    def _setting(s: str, metric: str | None) -> str | None:
        found = []
        for m in _SETTING.finditer(s):
            v = m.group("s")
            if metric and v.lower() == metric.lower():
                continue
            if "@" in v and ("@" in (metric or "") or re.search(r"\d\s*%?\s*(?:(?:on|in)\s+)?$",
                                                                 s[max(0, m.start() - 12):m.start()])):
                continue  # "+5.15% Average@32 and +23.34% Pass@32": another number's metric, not a setting
            v = "CoT" if v.lower().replace("-", " ") in ("chain of thought", "cot") else v.lower().replace(" ", "-")
            if v not in found:
                found.append(v)
        return ", ".join(found) if found else None

    def _model(self, s: str, links: list[Link], i: int, paper: _OwnSystem) -> tuple[str | None, str]:
        own = paper.name
        link = links[i]
        n = link.number
        # a possessive right before: "compared to Vicuna's 6.57"
        near = s[max(0, n.start - 200):n.start]  # end-anchored patterns search this window, not the whole prefix
        pm = re.search(r"([A-Za-z0-9][\w\-.]*[\w])(?:'s|’s)\s*$", near)
        if pm and is_name(pm.group(1)):
            return pm.group(1), "baseline"
        # "outperforming GRPO 30.00%": the compared system's own number
        cn = re.search(r"([A-Za-z][\w\-.]*[\w])\s+$", near)
        if cn and is_name(cn.group(1)) and not self._is_benchmark_name(cn.group(1)) \
                and _COMPARED_BEFORE.search(near, 0, cn.start()):
            return cn.group(1), "baseline"
        # "(83.55)" after "surpassing the dedicated reward model it replaces", "surpassing GRPO (13.3/10.5)"
        before = s[:n.start]
        if re.search(r"\(\s*$", near) and re.match(r"^\s*(?:/\s*[\d.]+\s*%?\s*)*\)", s[n.end:]):
            cm = re.search(r"\b(?:surpass\w*|(?:out|under)perform\w*|compared (?:to|with)|than|over|vs\.?|versus|"
                           r"beat\w*|match\w*|rival\w*|trail\w*|approach\w*)"
                           r"\s+([^()]{1,60}?)\s*\(\s*$", near)
            if cm:
                name, kind = clean_np(cm.group(1))
                return (name if kind == "name" else None), "baseline"
        # "homogeneous role-play baselines, which score 80% and 65.93%": the clause's antecedent
        first = i
        while first > 0 and _LIST_GAP.match(s[links[first - 1].number.end:links[first].number.start]):
            first -= 1  # the list this number is in
        which = _WHICH_SCORE.search(s, max(0, links[first].number.start - 30), links[first].number.start)
        if which is not None:
            np = re.search(r"[^,;:()]{1,80}$", s[:which.start()])
            name, kind = clean_np(np.group()) if np else (None, "none")
            if kind == "own" or (name and name == own):
                return own, "own"
            return (name if kind in ("name", "descriptive") else None), "baseline"
        # the X of "from X to Y": the object of the verb
        # "compared to 6 percent for the token budget baseline", "vs. 90.83%": a baseline's number
        compared = re.search(r"\b(?:compared (?:to|with)|vs\.?|versus|than)\s*(?:just|only|merely)?\s*$", near) \
            and not re.search(
            r"\b(?:more|less|greater|fewer|higher|lower|better|worse|over|up)\s+than\s*$", near)
        fm = re.match(r"^\s*(?:%|percent)?\s*(?:for|of|by|with)\s+(?:the\s+|a\s+)?(?:(?-i:standard|vanilla|plain|"
                      r"naive|base|original)\s+)?([A-Za-z][\w\-.]*[\w])",
                      s[n.end:])
        named = fm.group(1) if fm and is_name(fm.group(1)) and not self._is_benchmark_name(fm.group(1)) else None
        if named and fm and re.match(r"\s+baselines?\b", s[n.end + fm.end(1):]):
            named += " baseline"  # "compared to 32.3 for the AR baseline": a kind of baseline, not a model named AR
        gain_over = re.search(r"\b(?:gains?|improvements?|margins?)\s+(?:of\s+)?(?:over|against)\b", near)
        if not n.sign and not gain_over and (
                _BASELINE_OF.search(near) or (_COMPARED_ARTICLE.search(near) and _BASELINE_AFTER.match(s, n.end))):
            return None, "baseline"  # "against a within-model entropy baseline of 0.59", "over the 71.7% baseline"
        if compared:
            if named is None and (cm := _PAREN_COMPARED.search(near)):
                name, kind = clean_np(cm.group(1))  # "nearly matches Supervised Fine-Tuning (93.9% vs 94.3% ...)",
                # "degrades accuracy by 4.5 points compared to uniform allocation (70.0% vs. 74.5%)"
                named = name if kind in ("name", "descriptive") and name and not self._is_benchmark_name(name) \
                    else None
            if named is None and (lm := _FOR_METHOD.match(s, n.end)):
                name, kind = clean_np(lm.group(1))  # "versus 68.69% for majority voting with the same model set"
                named = name if kind == "descriptive" else None
            return named, "baseline"
        # "versus 68.44% for SELF-REFINE and 67.07% for Self-Verification": the comparison goes on
        if fm and i > 0 and re.fullmatch(r"(?:\s*(?:for|of)\s+[^,;()]{1,40}?)?\s*(?:,|and|or|,\s*and)\s*",
                                         s[links[i - 1].number.end:n.start]) \
                and self._model(s, links, i - 1, paper)[1] == "baseline":
            system = fm.group(1)  # a list of compared systems: any capitalised word ("Self-Verification")
            return (system if system[0].isupper() and not self._is_benchmark_name(system) else None), "baseline"
        # "(LLaMA 3.1 8B, 87.7%)": a model named at the start of the parenthesis
        pn = re.search(r"\(\s*([A-Z][\w\-.]*(?:\s+[\w\-.]+){0,3}?),\s*$", near)
        if pn and is_name(pn.group(1).split()[0]) and not self._is_benchmark_name(pn.group(1)):
            return pn.group(1), "baseline"
        if link.pair_of is not None and re.search(r"\((?:e\.g\.,|i\.e\.,)?\s*$", near):
            # "by up to 13.75 points (57.50% to 71.25% on AIME25)", "(96% -> 96% with Claude)": where the gain starts
            inside = s[n.end:s.find(")", n.end) if ")" in s[n.end:] else len(s)]
            return base_model_in(inside, self._is_benchmark_name), "baseline"
        # "(+11.6 percentage points)" right after "to 87.2%": the same system's number
        if i > 0 and re.fullmatch(r"\s*\(\s*", s[links[i - 1].number.end:n.start]):
            prev_model, prev_role = self._model(s, links, i - 1, paper)
            return prev_model, prev_role
        if link.pair_of is not None:
            subject, kind = subject_of(s, n.start, self._is_benchmark_name)
            moved = re.search(
                re.escape(subject or "") + r"\s+(?:\w+ly\s+)?(?:advances|rises|goes|grows|climbs|jumps|increases|"
                r"improves|moves|drops|falls|decreases)\s+(?!" + _BARE_MEASURE + r")(?P<obj>(?:\w+\s+){0,4}?)from\s*$",
                before) if kind == "name" and subject else None
            # "Llama-3.2-3B-Instruct advances from 73.9 to 78.3" (not "[Applied to X,] MarsRL improves AIME2025
            # accuracy from 86.5%": the paper's own method, or a method applied to a model, improves another's accuracy)
            if moved and not ((subject == own or _LEAD_MODEL.match(s)) and moved.group("obj").strip()):
                return subject, "baseline"
            # "we improve A from 54.0 to 61.3 and B from 43.7 to 53.7": the verb elided, B's own X
            elided = _ELIDED_FROM.search(near)
            if elided and is_name(elided.group(1)) and not self._is_benchmark_name(elided.group(1)):
                return elided.group(1), "baseline"
            # "WINO improves accuracy from 73.24% to ...": a bare measure is the baseline's, not the subject's
            vm = _last(_RAISE_VERB, before)
            if vm is not None:
                obj = before[vm.end():]
                lead_model = _LEAD_MODEL.match(s)  # "Applied to Qwen3-30B-A3B-Thinking-2507, MarsRL improves ..."
                name = self._system_named(obj) or (lead_model.group(1) if lead_model and is_name(lead_model.group(1))
                                                   and not self._is_benchmark_name(lead_model.group(1)) else None)
                return name or self._model_before(s, vm.start()), "baseline"
        # "a sharp drop for Phi-4-reasoning from 0.67 under chain-of-thought to 0.11": the system after "for"
        ff = re.search(r"\bfor\s+([A-Za-z][\w\-.]*[\w])\s+from\s+[^;()]{0,80}$", near)
        if ff and is_name(ff.group(1)) and not self._is_benchmark_name(ff.group(1)) and (
                link.pair_of is not None or (i > 0 and links[i - 1].number.start > ff.end(1) + max(0, n.start - 200))):
            return ff.group(1), "own"
        # compared-to baselines: "than X's", "vs. X (N)"
        subject, kind = subject_of(s, n.start, self._is_benchmark_name)
        if kind == "benchmark" and re.search(re.escape(subject or "") + r"\s+(?:maintains|retains|keeps|reaches|"
                                             r"stays|remains)\b", s[:n.start]):
            subject, kind = None, "own"  # "GSM8K maintains 88.84% accuracy at T = 3.0": the paper's system on GSM8K
        if kind in ("benchmark", "measure"):
            return subject, "about-benchmark"
        # the number's clause ends where a comparison with other systems starts ("75.4% versus 68.4% for X")
        clause_end = re.compile(r",|;|\bwhile\b|\bwhereas\b|\bbut\b|\bversus\b|\bvs\b|\bcompared (?:to|with)\b"
                                ).search(s, n.end)
        clause = s[max(0, n.start - 200):clause_end.start() if clause_end else len(s)]
        base = base_model_in(clause, self._is_benchmark_name)
        own_with = _WITH_AFTER_RUN.match(s, n.end)
        if own_with and is_name(own_with.group(1)) and not self._is_benchmark_name(own_with.group(1)) \
                and (is_model_family(own_with.group(1)) or _SIZED.search(own_with.group(1))):
            base = own_with.group(1)  # "..., and 70.0% and 74.1% with Qwen2.5-7B": the model named after its numbers
        raised = _POSSESSED_RAISED.search(near)
        if raised and is_name(raised.group(1)) and not self._is_benchmark_name(raised.group(1)):
            base = raised.group(1)  # "enhances Qwen2.5-Math-1.5B's performance on MATH500 by 27.4%"
        paren = re.match(r"^\s*\(\s*(?:for\s+|with\s+|on\s+)?([A-Za-z][\w\-.]*[\w])\s*[,;)]", s[n.end:])
        if paren and is_name(paren.group(1)) and not self._is_benchmark_name(paren.group(1)):
            base = paren.group(1)  # "+5.23% (Qwen-32B, p < 0.01)": the model this number was measured on
        held = _MODEL_BEFORE_PAREN.search(s, max(0, n.start - 120), n.start)
        if held and (is_model_family(held.group(1)) or _SIZED.search(held.group(1))) \
                and not self._is_benchmark_name(held.group(1)):
            base = held.group(1)  # "on the Qwen3-32B (+11.04 on AIME'25 and +7.71 on AIME'24)": the model in brackets
        end_model = None if base else _MODEL_AT_END.search(s, n.end)
        if end_model and (is_model_family(end_model.group(1)) or _SIZED.search(end_model.group(1))):
            base = end_model.group(1)  # "..., respectively, for the Qwen3-14B-Base model.": the whole report's model
        lead = re.match(r"^\s*(?:On|For|With|Using)\s+([A-Za-z0-9][\w\-.]*[\w])\s*,", s)
        if lead and is_name(lead.group(1)) and not self._is_benchmark_name(lead.group(1)):
            base = base or lead.group(1)
        if link.model_index is not None and subject:
            parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", subject) if p.strip()]
            if len(parts) > link.model_index and len(parts) > 1:
                return parts[link.model_index], "own"
        if kind == "name" and subject:
            if i > 0 and links[i - 1].pair_of == i:  # the Y of "from X to Y"
                if re.search(re.escape(subject) + r"\s+(?:\w+ly\s+)?(?:advances|rises|goes|grows|climbs|jumps|"
                             r"increases|improves|moves)\b", s[:links[i - 1].number.start]):
                    return (f"{own} ({subject})" if own and own != subject else subject), "own"
                after_subject = s[:links[i - 1].number.start].split(subject, 1)[-1]
                y_obj = self._system_named(re.sub(r"^\s*(?:\w+ly\s+)?[a-z]+\s+", "", after_subject))
                if y_obj and y_obj != subject and not re.search(r"[:;]", after_subject):  # (the verb's own object)
                    return f"{subject} ({y_obj})", "own"
            inner = s[n.end:s.find(")", n.end)] if s.count("(", 0, n.start) > s.count(")", 0, n.start) else ""
            if base and base not in subject and re.search(r"\b(?:for|with|on)\s+" + re.escape(base), inner):
                return f"{subject} ({base})", "own"  # "NGM improves ... (e.g., +3.03 on GPQA for Qwen3-14B)"
            return subject, "own"
        if i > 0 and links[i - 1].pair_of == i and kind != "name":
            vm = _last(_RAISE_VERB, s[:links[i - 1].number.start])
            x_obj = self._system_named(s[vm.end():links[i - 1].number.start]) if vm else None
            if vm and not x_obj and not base:  # (not past "... to 62.6% with Best-of-N verification": its own)
                x_obj = self._model_before(s, vm.start())
            elided = _ELIDED_FROM.search(s, max(0, links[i - 1].number.start - 80), links[i - 1].number.start)
            if elided and vm and vm.end() < elided.start() and is_name(elided.group(1)) \
                    and not self._is_benchmark_name(elided.group(1)):
                x_obj = elided.group(1)  # "... and B from 43.7 to 53.7": the elided verb's second object
            if x_obj:
                return (f"{own} ({x_obj})" if own and kind == "own" else x_obj), "own"
        if kind == "own":
            if own and base and base != own:
                return f"{own} ({base})", "own"
            return own or base, "own"
        if base and own and base != own and kind in ("none", "measure") and lead and _IMPROVED.search(before):
            return f"{own} ({base})", "own"  # "For GPT-4.1-mini, the accuracy is further improved to ...": own on it
        if base:
            return base, "own"
        if kind == "descriptive" and subject:
            return subject, "own"
        study = _STUDY_SUBJECT.match(s)
        if own and study and study.end() <= n.start and kind in ("none", "measure"):
            return own, "own"  # "Extensive evaluation across 23 benchmarks shows ..., including 98.2% on MATH"
        return None, "own"

    def _model_before(self, s: str, end: int) -> str | None:
        """The last model named in the clause before `end` (a verb that moves a score): "providing our tools to
        GPT-4.1 increases its pass@1 ... from 26.7% to 43.3%" -> GPT-4.1."""
        start = max(s.rfind(";", 0, end), s.rfind(":", 0, end)) + 1
        for m in reversed(list(_NAME_TOKEN.finditer(s, start, end))):
            tok = _POSSESSIVE.sub("", m.group())
            if (is_model_family(tok) or _SIZED.search(tok)) and is_name(tok) and not self._is_benchmark_name(tok) \
                    and not _SIZED.fullmatch(tok):  # (not "with a 1.5B model": a size)
                return tok
        return None

    def _system_named(self, obj: str) -> str | None:
        """The system an object phrase names, never a benchmark: "the AIME25 accuracy of a Qwen3-4B model"
        -> Qwen3-4B, "GPT-4o agreement rate on Reward Bench" -> GPT-4o, "AIME 2024 accuracy" -> None,
        "Verified Pass@1024 on AIME2024" -> None (a measure)."""
        for measured_of in (True, False):
            name = self._object_name(obj, measured_of)
            if name is not None and re.search(re.escape(name) + r"@", obj):
                return None  # a metric ("Pass@1024"), not a system
            if name is not None and not self._is_benchmark_name(name):
                return name
        return None

    @staticmethod
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
