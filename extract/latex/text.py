"""LaTeX reduced to the text a reader sees: title, abstract and the body's paragraphs.

Markup goes (commands, citations, labels, math delimiters, comments); floats, displayed maths and the
bibliography go whole (tables are read by `extract.latex.tables`); what is left is split into paragraphs,
each with its offset in the reduced body, so a sentence found in a paragraph has exact offsets in the
body text the records' evidence is cut from. Every step is one regular-expression pass: linear in the
size of the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

COMMENT = re.compile(r"(?<!\\)%[^\n]*")
# environments whose content is not running text
_DROPPED = ("table", "figure", "equation", "align", "eqnarray", "gather", "multline", "displaymath", "math",
            "verbatim", "lstlisting", "minted", "algorithm", "algorithmic", "thebibliography", "tikzpicture",
            "tabular", "tabularx", "longtable", "wrapfigure", "wraptable", "comment", "filecontents")
_DROP_ENV = re.compile(r"\\begin\{(" + "|".join(_DROPPED) + r")(\*?)\}.*?\\end\{\1\2\}", re.S)
_DISPLAY = re.compile(r"\\\[.*?\\\]|\$\$.*?\$\$", re.S)
_ABSTRACT = re.compile(r"\\begin\{abstract\}(.*?)\\end\{abstract\}", re.S)
_DOCUMENT = re.compile(r"\\begin\{document\}")
_END_DOCUMENT = re.compile(r"\\end\{document\}")
_APPENDIX = re.compile(r"\\appendix\b|\\begin\{appendices\}")
_HEADING = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?"
                      r"(?:\[[^\]]*\])?\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
# commands dropped with their arguments
_DROP_CMD = re.compile(
    r"\\(?:cite[a-zA-Z]*|[cC]?ref|autoref|eqref|pageref|label|url|vspace|hspace|includegraphics|bibliography"
    r"|bibliographystyle|footnote|thanks|newcommand|renewcommand|def|input|include|usepackage|setlength"
    r"|addtolength|captionsetup|maketitle|tableofcontents|author|affiliation|institute|email)\*?"
    r"(?:\[[^\]]*\])*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*")
_HREF = re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}")
_STYLE = re.compile(r"\\(?:textbf|textit|emph|texttt|textsc|textrm|textsf|underline|mathrm|mathbf|mathit|text"
                    r"|mbox|hbox|textnormal|textsuperscript|textsubscript|mathcal|mathbb|bm|boldsymbol)\s*"
                    r"\{([^{}]*)\}")
_MATH_WORDS = [(re.compile(r"\\pm\b"), "±"), (re.compile(r"\\Delta\b"), "Δ"), (re.compile(r"\\(?:sim|approx)\b"), "~"),
               (re.compile(r"\\times\b"), "x"), (re.compile(r"\\(?:rightarrow|to)\b"), "->"),
               (re.compile(r"\\(?:geq|ge)\b"), ">="), (re.compile(r"\\(?:leq|le)\b"), "<="),
               (re.compile(r"\\%"), "%"), (re.compile(r"\\&"), "&"), (re.compile(r"\\_"), "_"),
               (re.compile(r"\\#"), "#"), (re.compile(r"\\\$"), "$")]
# a name's variant set as a word subscript, a math group of its own: "GTE$_\\text{base}$" reads "GTE base"
_WORD_SUBSCRIPT = re.compile(r"(?<=\w)\$_\{?\\(?:text|mathrm|textrm|rm|mathit|textit|textsc)\s*"
                             r"\{([A-Za-z][\w\-.]+)\}\}?\$")
_SCRIPT = re.compile(r"[\^_]\{?\\(?:dagger|ddagger|star|ast|S|P)\}?|\^\{?\*\}?")
_SCRIPT_MARK = re.compile(r"(?<!\\)[_^](?=[{\\\w])")
_COMMAND = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?")
_QUOTES = re.compile(r"``|''")
_DASHES = re.compile(r"-{2,3}")
_TIE = re.compile(r"(?<!\\)~")
_SPACE_CMD = re.compile(r"\\[ ,;:!]")
_BRACES = re.compile(r"(?<!\\)[{}$]")
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of reduced text and its offset in the reduced body."""

    text: str
    start: int


@dataclass(frozen=True)
class Parts:
    """What a LaTeX document says in running text."""

    title: str | None
    abstract: str | None
    body: str  # the reduced body: paragraphs separated by blank lines


def strip_comments(tex: str) -> str:
    r"""LaTeX without its comments (an escaped `\%` stays).

    >>> strip_comments("83.8\\% on GSM8K % old: 80.1\nnext")
    '83.8\\% on GSM8K \nnext'
    """
    return COMMENT.sub("", tex) if "%" in tex else tex


def braced(tex: str, at: int) -> tuple[str, int] | None:
    """The content of the brace group opening at or after `at` (spaces skipped) and the index after it.

    >>> braced(r"\\title{A {B} C} x", 6)
    ('A {B} C', 15)
    """
    i = at
    while i < len(tex) and tex[i] in " \t\n":
        i += 1
    if i >= len(tex) or tex[i] != "{":
        return None
    depth = 0
    for j in range(i, len(tex)):
        c = tex[j]
        if c == "\\":
            continue
        if c == "{" and tex[j - 1] != "\\":
            depth += 1
        elif c == "}" and tex[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return tex[i + 1:j], j + 1
    return None


def reduce(tex: str) -> str:
    r"""LaTeX markup reduced to plain text (paragraph breaks kept as blank lines).

    >>> reduce(r"Our \textbf{X-7B} reaches 83.8\% on GSM8K~\cite{gsm}, $\sim$2 points above Y\footnote{a}.")
    'Our X-7B reaches 83.8% on GSM8K , ~2 points above Y.'
    >>> reduce(r"\section{Results} We gain $+3.1$ on MATH.\begin{equation}x=1\end{equation}")
    'Results\n\nWe gain +3.1 on MATH.'
    >>> reduce(r"GTE$_\text{base}$ and mE5$_{\text{large-instruct}}$ over $d_{k}$ dimensions")
    'GTE base and mE5 large-instruct over dk dimensions'
    """
    t = _DROP_ENV.sub(" ", tex)
    t = _DISPLAY.sub(" ", t)
    t = _HEADING.sub(lambda m: f"\n\n{m.group(1)}\n\n", t)
    t = _HREF.sub(r"\1", t)
    t = _DROP_CMD.sub("", t)
    t = _WORD_SUBSCRIPT.sub(r" \1", t)
    for _ in range(3):  # nested styles: \textbf{\emph{X}}
        t = _STYLE.sub(r"\1", t)
    t = _SCRIPT.sub("", t)
    t = _TIE.sub(" ", t)  # (before \sim becomes "~")
    t = _SCRIPT_MARK.sub("", t)  # (before \_ becomes "_")
    for pattern, repl in _MATH_WORDS:
        t = pattern.sub(repl, t)
    t = _SPACE_CMD.sub(" ", t)
    t = _COMMAND.sub("", t)
    t = _QUOTES.sub('"', t)
    t = _DASHES.sub("-", t)
    t = _BRACES.sub("", t)
    paragraphs = (_SPACES.sub(" ", p).strip() for p in _BLANK.split(t))
    return "\n\n".join(p for p in paragraphs if p)


def parts(tex: str) -> Parts:
    """Title, abstract and reduced body of a comment-free document (the body without its appendix)."""
    title = None
    m = re.search(r"\\title\s*(?:\[[^\]]*\])?", tex)
    if m:
        got = braced(tex, m.end())
        title = reduce(got[0]).replace("\n\n", " ") if got else None
    abstract = None
    a = _ABSTRACT.search(tex)
    if a:
        abstract = reduce(a.group(1)).replace("\n\n", " ") or None
    start = _DOCUMENT.search(tex)
    lo = start.end() if start else 0
    end = _END_DOCUMENT.search(tex, lo)
    hi = end.start() if end else len(tex)
    body = tex[lo:hi]
    if a and lo <= a.start():
        body = tex[lo:a.start()] + tex[a.end():hi]
    return Parts(title or None, abstract, reduce(body))


def paragraphs(body: str) -> Iterator[Paragraph]:
    """The paragraphs of a reduced body with their offsets.

    >>> [(p.text, p.start) for p in paragraphs("A b.\\n\\nC d.")]
    [('A b.', 0), ('C d.', 6)]
    """
    start = 0
    for m in re.finditer(r"\n\n", body):
        if m.start() > start:
            yield Paragraph(body[start:m.start()], start)
        start = m.end()
    if start < len(body):
        yield Paragraph(body[start:], start)
