"""Text helpers: an offset-preserving clean view of LaTeX/unicode text, and sentences.

The extractor never edits the text it reports. It reads a *masked* copy of
each abstract in which LaTeX markup, unicode minus signs and odd spaces are
replaced by characters of the same length, so every offset found in the
masked copy is also an offset into the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Each rule maps a pattern to a same-length replacement (a function of the match).
_LATEX_RULES: list[tuple[re.Pattern[str], str]] = [
    # $\sim$, \sim, $\approx$, \approx -> "~" right-aligned
    (re.compile(r"\$?\\(?:sim|approx)\s*\$?"), "~"),
    # $\rightarrow$, \to, $\Rightarrow$ -> "->" right-aligned
    (re.compile(r"\$?\\(?:rightarrow|Rightarrow|to|longrightarrow)\s*\$?"), "->"),
    # $\pm$ -> "±"
    (re.compile(r"\$?\\pm\s*\$?"), "±"),
    # 8.7$\times$, 3.1 \times -> "x" left-aligned, glued to the number like "8.7x" (a factor, not a score)
    (re.compile(r"\$?\\times\s*\$?"), "<x"),
    # \textbf{, \textit{, \emph{, \mathbf{ ... -> blanks (the closing brace is blanked below)
    (re.compile(r"\\(?:textbf|textit|textsc|texttt|emph|mathbf|mathrm|text|underline)\{"), ""),
    # a tie between words is a space ("AIME~24", "domains~(HumanEval"), not "about" as in "$\sim$7" or "~7%"
    (re.compile(r"(?<=[A-Za-z])~(?=[\w(])"), ""),
    # arrows that only mark a direction: "by $\uparrow$ 17.85 points" (a gain, said again)
    (re.compile(r"\$?\\(?:uparrow|downarrow|Uparrow|Downarrow)\s*\$?"), ""),
    # LaTeX spacing commands: "vs.\ 88.0" (not "\," inside "10\,000")
    (re.compile(r"\\[ ;!]"), ""),
    # leftover math dollars and braces
    (re.compile(r"[${}]"), ""),
]

_TIE = re.compile(r"(?<=[A-Za-z])~(?=[\w(])")
# an arrow as listing pages print it, its backslash lost: "(5.9%rightarrow10.9%)"
_BARE_ARROW = re.compile(r"(?<=[\d%])\s*(?:rightarrow|Rightarrow|longrightarrow)\s*(?=[\d.])")
_STYLED = re.compile(r"\\(?:textbf|textit|textsc|texttt|emph|mathbf|mathrm|text|underline)\{([^{}$\\]*)\}")

_UNICODE = str.maketrans(
    {
        "\u2212": "-",  # minus sign
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash (same length, read as a dash)
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u00a0": " ",  # no-break space
        "\u2002": " ",
        "\u2003": " ",
        "\u200a": " ",
        "\u2192": ">",  # right arrow (one char) read as ">"
        "\u2248": "~",  # almost equal
        "\u223c": "~",  # tilde operator
        "\uff05": "%",  # fullwidth percent
        "\u00d7": "x",  # multiplication sign: "8.7×" reads as "8.7x"
    }
)


def _pad(replacement: str, length: int) -> str:
    """Right-align `replacement` in `length` characters of spaces ("<x": left-align "x")."""
    if replacement.startswith("<"):
        return (replacement[1:] + " " * length)[:length]
    return (" " * (length - len(replacement)) + replacement)[-length:] if length else ""


def mask(text: str) -> str:
    """A same-length copy of `text` with LaTeX markup and unicode oddities neutralised.

    >>> mask(r"95.6\\% on $\\sim$7\\% and \\textbf{58.8}")
    '95.6%  on      ~7%  and          58.8'
    >>> mask(r"\\emph{d}-TreeRPO and \\textbf{+22.6}\\%")
    '       d-TreeRPO and          +22.6% '
    >>> len(mask(r"a $\\rightarrow$ b")) == len(r"a $\\rightarrow$ b")
    True
    >>> mask("on GSM8K (5.9%rightarrow10.9%)")
    'on GSM8K (5.9%        ->10.9%)'

    """
    out = text.translate(_UNICODE)
    if "arrow" in out:
        out = _BARE_ARROW.sub(_padder("->"), out)
    if "\\" not in out and "$" not in out and "{" not in out:
        return _TIE.sub(" ", out) if "~" in out else out
    out = out.replace("\\%", "% ")  # the percent stays attached to its number
    # \textbf{58.8}, \emph{d}-TreeRPO: the argument right-aligned, so it stays glued to what follows
    out = _STYLED.sub(lambda m: m.group(1).rjust(len(m.group())), out)
    for pattern, replacement in _LATEX_RULES:
        out = pattern.sub(_padder(replacement), out)
    return out


_SCRIPT = re.compile(r"\\text(?:super|sub)script\s*(\S+?)\s+")


def plain_name(name: str) -> str:
    """A name read from masked text without the LaTeX commands `mask` leaves in it.

    >>> plain_name(r"A\\textsuperscript 2 FM")
    'A2FM'
    >>> plain_name(r"\\ourmodel-7B") == r"\\ourmodel-7B"  # a macro stays as written
    True
    >>> plain_name("AGT ^ AO")
    'AGT^AO'
    >>> plain_name("Qwen2.5-7B")
    'Qwen2.5-7B'
    """
    if "^" in name:
        name = re.sub(r"\s*\^\s*", "^", name)  # "AGT$^{AO}$" reads "AGT ^ AO"
    return _SCRIPT.sub(r"\1", name).strip() if "\\text" in name else name  # (not a macro: "\\ourmodel-7B")


def _padder(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda m: _pad(replacement, len(m.group()))


@dataclass(frozen=True)
class Sentence:
    """A sentence of an abstract: its text and its character span."""

    text: str
    start: int
    end: int


_ABBREVIATIONS = frozenset(
    """e.g i.e vs cf al etc fig figs eq eqs sec no nos approx resp mr mrs dr prof st
    jr sr ca incl esp viz""".split()
)

# a full stop, perhaps a LaTeX comment mark after it ("graph. % Based on ..."), then a capital; or a full stop glued
# between two sentences in the source ("RL model.Especially in ...")
_BOUNDARY = re.compile(r"[.!?](?:[\"')\]]*\s+(?:%\s+)?(?=[\"'(\[]?[A-Z0-9$\\])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]+\s))")


def split_sentences(text: str) -> list[Sentence]:
    """Split an abstract into sentences, keeping exact offsets.

    A boundary is a full stop, question or exclamation mark followed by space and
    an upper-case letter or digit, or a full stop glued between a lower-case word and
    a capitalised one ("model.Especially"), unless the word before it is an
    abbreviation (e.g., i.e., vs., et al., Mr.) or an upper-case single letter (initials).

    >>> [s.text for s in split_sentences("We use e.g. BM25. It scores 83.8 on GSM8K. Done")]
    ['We use e.g. BM25.', 'It scores 83.8 on GSM8K.', 'Done']
    >>> split_sentences("Our MR. Judge-7B wins.")[0].text
    'Our MR. Judge-7B wins.'
    >>> [s.text for s in split_sentences("It beats the RL model.Especially on AIME it scores 40%.")]
    ['It beats the RL model.', 'Especially on AIME it scores 40%.']
    >>> [s.text for s in split_sentences("It uses a graph. % Based on it, we gain 5%.")]
    ['It uses a graph.', 'Based on it, we gain 5%.']
    """
    sentences: list[Sentence] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _BOUNDARY.finditer(text):
        dot = m.start()
        if text[dot] == ".":
            word_start = dot
            while word_start > start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(":
                word_start -= 1
            word = text[word_start:dot].lower().lstrip("(\"'")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[dot - 1].isupper()):
                continue  # (an initial is upper case: "J. Smith"; "... specificity to z. Experiments" ends a sentence)
            if m.end() == dot + 1 and any(c in word for c in "/@:."):
                continue  # a glued full stop inside an address or a dotted name: "github.com/x.Name"
        end = m.start() + len(m.group().split()[0])  # the stop and its closing quotes (not a "%" mark after)
        if end > start:
            sentences.append(Sentence(text[start:end], start, end))
        start = m.end()
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(text[start:end], start, end))
    return sentences
