"""The paper's own system: the name its title or its abstract gives what it proposes.

A title prefix ("MuMath-Code: ...") comes first, then the introduction patterns below in their order ("we
propose a method called X", "We present X, a ...", "(X)" after "we introduce", ...), then an apposition
or an acronym after an introducing verb, then an abstract that opens by defining its system.
"""

from __future__ import annotations

import re

from ..rules import P
from ..words import WORDS
from .phrases import is_name

# the introduction patterns, in the order they are tried
_INTRO_PATTERNS = [P.intro_called, P.intro_apposition_first, P.intro_bracketed, P.intro_we_propose,
                   P.intro_our_approach, P.intro_title_case, P.intro_second_verb, P.intro_our_model_named,
                   P.intro_our_named_model]


def own_system(title: str | None, abstract: str) -> str | None:
    """The name the paper gives its own system: the one its abstract introduces ("we propose NAME", ...), else
    its title's prefix ("MuMath-Code: ..."); a title never overrides a name the text gives.

    >>> own_system("MuMath-Code: Combining Tool-Use LLMs", "")
    'MuMath-Code'
    >>> own_system("Tethered Reasoning: Decoupling Entropy", "We introduce HELIX, a framework that tethers ...")
    'HELIX'
    >>> own_system("Reasoning: From Reflection to Solution", "What is reasoning? This question has driven ...") is None
    True
    """
    named = named_in_abstract(abstract)
    if named:
        return named
    name = title_name(title)
    if name and " " not in name and name[1:].islower() and re.search(rf"\b{re.escape(name.lower())}\b", abstract):
        return None  # "Reasoning: From Reflection to Solution" on an abstract about reasoning: a word, not a name
    return name


def title_name(title: str | None) -> str | None:
    """The system a title names before its colon ("MuMath-Code: ..."), when it looks like a name."""
    m = P.title_prefix.match(title) if title else None
    if not m:
        return None
    name = m.group("name").strip()
    words = name.split()
    if (len(words) <= 3 and "," not in name and any(is_name(w) for w in words)
            and words[0] not in WORDS.title_openers):  # "The Flexibility Trap: ..." names no system
        return name
    return None


def named_in_abstract(abstract: str) -> str | None:
    """The name an abstract gives the paper's system: "we propose NAME", "a method called NAME", ...

    >>> named_in_abstract("We introduce Synthetic Data RL, a simple and general framework.")
    'Synthetic Data RL'
    """
    for intro in _INTRO_PATTERNS:
        for m in intro.finditer(abstract):
            if P.intro_not_a_system.match(abstract, m.end("name")):
                continue  # "(STAD), a metric that ...": not a system
            if intro is _INTRO_PATTERNS[0] and not P.own_voice.search(abstract, max(0, m.start() - 120), m.start()):
                continue
            kept = []
            for w in m.group("name").strip(" ,.").split():
                if is_name(w):
                    kept.append(w)
                else:
                    break
            if kept:  # (not "we propose positive--negative pairing": look further on)
                return " ".join(kept)
    # the name given further on, as an apposition: "we introduce conditional memory ..., instantiated via Engram, a
    # module that ..." (searched only in the 200 characters after the verb: the pattern backtracks)
    for verb in P.intro_verb.finditer(abstract):
        seg = abstract[verb.end():verb.end() + 200].split(";", 1)[0]
        m = P.intro_apposition_later.search(seg)
        if m and is_name(m.group("name").split()[-1]):
            return m.group("name")
        # an acronym defined by the capitalised words before it, further on in the sentence: "we further
        # introduce an efficient sampling method that ... to Maximize the Information Gain (MIG)"
        for acr in P.acronym_in_brackets.finditer(seg.split(". ", 1)[0]):
            if _defines(acr.group("acr"), seg[:acr.start()]):
                return acr.group("acr")
    m = P.opening_definition.match(abstract)
    if m and is_name(m.group("name")) and not _sentence_case(m.group("name")):
        return m.group("name")
    return None


def _defines(acronym: str, before: str) -> bool:
    """Whether the capitalised words right before a bracket spell `acronym`'s capitals.

    >>> _defines("MIG", "to Maximize the Information Gain ")
    True
    >>> [_defines(a, "a reinforcement learning ") for a in ("RL", "MoE")]
    [False, False]
    """
    capitals = [c for c in acronym if c.isupper()]
    words = [w for w in re.split(r"[\s\-]+", before.strip()) if w]
    initials = [w[0] for w in words if w[0].isupper()]
    tail = words[-len(capitals):] if capitals else []
    return len(capitals) >= 2 and initials[-len(capitals):] == capitals and bool(tail) and tail[-1][0].isupper()


def _sentence_case(word: str) -> bool:
    """ "Quantization", "Pseudo-labeling": a capitalised common word, not a name."""
    return not any(c.isdigit() for c in word) and not any(c.isupper() for c in word[1:])


class OwnSystem:
    """The paper's own system name, worked out only when a result needs it."""

    def __init__(self, title: str | None, abstract: str) -> None:
        self.title, self.abstract = title, abstract
        self._text: tuple[str | None] | None = None

    @property
    def text_name(self) -> str | None:
        """The name the abstract gives (what decides which numbers are the paper's: never the title)."""
        if self._text is None:
            self._text = (named_in_abstract(self.abstract),)
        return self._text[0]

    @property
    def name(self) -> str | None:
        """The name the records show: the abstract's, else the title's; None when the paper names none."""
        return self.text_name or title_name(self.title)
