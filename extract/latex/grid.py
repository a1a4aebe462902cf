"""`tabular`-like environments read into a grid: rows of cells with their spans, rules and source offsets.

Handles `tabular`, `tabular*`, `tabularx`, `tabulary`, `longtable` and `NiceTabular`, booktabs rules
(`\\toprule`, `\\midrule`, `\\cmidrule(lr){2-4}`, `\\bottomrule`), `\\hline`, `\\multicolumn` (one cell
spread over its columns) and `\\multirow` (the cell's text filled down into the rows it spans), and the
caption and label of the float around it. A table a document builds by calling a macro of its own
(`\\newcommand{\\sub}[2]{...\\begin{tabular}...#2...}`, then `\\sub{GSM8K}{rows}`) is read from each call,
expanded, with its cells' offsets those of the call's arguments in the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .text import braced

_BEGIN = re.compile(r"\\begin\{(tabular\*?|tabularx|tabulary|longtable|NiceTabular)\}")
_RULE = re.compile(
    r"\\(?:toprule|midrule|bottomrule|hline|hdashline|Xhline|specialrule|cline|cmidrule|addlinespace|morecmidrules"
    r"|rowcolor|rowcolors|endhead|endfirsthead|endfoot|endlastfoot|noalign|arrayrulecolor|hhline)\b\*?"
    r"(?:\([^)]*\))?(?:\[[^\]]*\])?(?:\{[^{}]*\})*")
_LEADING_RULES = re.compile(r"(?:\s*" + _RULE.pattern + r")*\s*")
_MIDRULE = re.compile(r"\\(?:midrule|hline|Xhline|specialrule|hdashline)\b")
_MULTICOLUMN = re.compile(r"^\s*\\multicolumn\s*\{(\d+)\}\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*")
_MULTIROW = re.compile(r"\\multirow\s*(?:\[[^\]]*\])?\s*\{(-?\d+)\}\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
                       r"\s*(?:\[[^\]]*\])?\s*")
_CAPTION = re.compile(r"\\caption(?:of\{table\})?\s*(?:\[[^\]]*\])?")
_LABEL = re.compile(r"\\label\{([^{}]*)\}")
_LONGTABLE_EXTRAS = re.compile(r"\\caption\s*(?:\[[^\]]*\])?\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\label\{[^{}]*\}")
_OPTIONAL = re.compile(r"\s*\[[^\]]*\]")
MAX_TABLE_CHARS = 2_000_000  # a "table" longer than this is not one (an unclosed environment)
MAX_TABLE_MACROS = 50  # table-building macros followed per document (each is one scan of it)
MAX_MACRO_CALLS = 200  # their calls expanded per document
MAX_MACRO_ARGUMENT = 100_000  # an argument longer than this (or left open) is not a table's rows
# a macro of the document's own with arguments: \newcommand{\name}[2]{body} (also \renewcommand, \newcommand*)
_NEWCOMMAND = re.compile(r"\\(?:re)?newcommand\*?\s*(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))\s*\[(\d)\]")
_PARAM = re.compile(r"#(\d)")


@dataclass
class Cell:
    """One cell as written: its LaTeX, the columns it spans, and its offsets in the source."""

    tex: str
    span: int
    start: int
    end: int
    filled: bool = False  # text filled down from a \multirow above


@dataclass
class Row:
    """A row of cells, whether a rule comes before it, and its offsets in the source."""

    cells: list[Cell]
    start: int
    end: int
    rule_before: bool = False
    shaded: bool = False  # set in a colour of its own (\rowcolor), as papers set their own method apart

    def columns(self) -> Iterator[tuple[int, Cell]]:
        """(first column, cell) for each cell, spans counted."""
        col = 0
        for cell in self.cells:
            yield col, cell
            col += cell.span


@dataclass
class Grid:
    """A tabular environment: caption, label, rows, and where it is in the source."""

    caption: str  # LaTeX of the float's caption ("" when none)
    label: str | None
    rows: list[Row] = field(default_factory=list)
    start: int = 0
    end: int = 0


def grids(tex: str) -> Iterator[Grid]:
    """Every tabular-like environment of a (comment-free) document, in order."""
    pos = 0
    while True:
        m = _BEGIN.search(tex, pos)
        if not m:
            return
        env = m.group(1)
        end = _matching_end(tex, env, m.end())
        if end is None:
            return  # unclosed: nothing after it can be trusted as a table
        body_start = _after_preamble(tex, m.end(), env)
        caption, label = _caption(tex, m.start(), end[1], env)
        grid = Grid(caption, label, _rows(tex, body_start, end[0]), m.start(), end[1])
        if env == "longtable":
            for row in grid.rows:
                for cell in row.cells:
                    cell.tex = _LONGTABLE_EXTRAS.sub("", cell.tex)
        yield grid
        pos = end[1]


def macro_grids(tex: str, budget: int = MAX_TABLE_CHARS) -> Iterator[Grid]:
    """The tables built by calls of a macro that holds a tabular, each call expanded (within `budget`
    characters of expansion, `MAX_TABLE_MACROS` macros and `MAX_MACRO_CALLS` calls); a cell's offsets are
    those of its text in the call's argument, and text from the macro's own body points at the call."""
    macros = calls = 0
    for m in _NEWCOMMAND.finditer(tex):
        name, n = m.group(1) or m.group(2), int(m.group(3))
        got = braced(tex, m.end())
        if got is None or n == 0 or not _BEGIN.search(got[0]):
            continue
        body, after = got
        macros += 1
        if macros > MAX_TABLE_MACROS:
            return
        for call in re.compile(r"\\" + re.escape(name) + r"(?![A-Za-z@])").finditer(tex, after):
            calls += 1
            if calls > MAX_MACRO_CALLS:
                return
            start = call.start()
            args: list[tuple[str, int]] = []  # (text, offset in the source)
            i = call.end()
            for _ in range(n):
                arg = braced(tex[i:i + MAX_MACRO_ARGUMENT], 0)
                if arg is None:
                    break
                args.append((arg[0], i + arg[1] - 1 - len(arg[0])))
                i += arg[1]
            if len(args) < n:
                continue
            expanded, spans = _expand(body, args)
            budget -= len(expanded)
            if budget < 0:
                return
            for grid in grids(expanded):
                yield _moved(grid, spans, start, i)


def _expand(body: str, args: list[tuple[str, int]]) -> tuple[str, list[tuple[int, int, int]]]:
    """A macro's body with its parameters replaced, and where each argument landed: (start, end, source)."""
    out: list[str] = []
    spans: list[tuple[int, int, int]] = []
    size = last = 0
    for p in _PARAM.finditer(body):
        k = int(p.group(1)) - 1
        if not 0 <= k < len(args):
            continue
        out.append(body[last:p.start()])
        size += p.start() - last
        text, src = args[k]
        spans.append((size, size + len(text), src))
        out.append(text)
        size += len(text)
        last = p.end()
    out.append(body[last:])
    return "".join(out), spans


def _moved(grid: Grid, spans: list[tuple[int, int, int]], start: int, end: int) -> Grid:
    """A grid read from an expansion, its offsets moved into the source: a cell or row to the part of it that
    came from the call's arguments, or to the whole call when none of it did."""
    def moved(lo: int, hi: int) -> tuple[int, int]:
        inside = [(max(lo, a), min(hi, b), src - a) for a, b, src in spans if a < hi and lo < b]
        if not inside:
            return start, end
        return inside[0][0] + inside[0][2], inside[-1][1] + inside[-1][2]

    for row in grid.rows:
        row.start, row.end = moved(row.start, row.end)
        for cell in row.cells:
            cell.start, cell.end = moved(cell.start, cell.end)
    grid.start, grid.end = start, end
    return grid


def _matching_end(tex: str, env: str, at: int) -> tuple[int, int] | None:
    """Start and end of the `\\end{env}` closing an environment opened before `at` (nesting counted)."""
    begin, close = f"\\begin{{{env}}}", f"\\end{{{env}}}"
    depth = 1
    i = at
    limit = at + MAX_TABLE_CHARS
    while True:
        e = tex.find(close, i, limit)
        if e == -1:
            return None
        b = tex.find(begin, i, e)
        if b != -1:
            depth += 1
            i = b + len(begin)
            continue
        depth -= 1
        if depth == 0:
            return e, e + len(close)
        i = e + len(close)


def _after_preamble(tex: str, at: int, env: str) -> int:
    """Where the rows start: after the position, width and column-spec arguments."""
    i = at
    m = _OPTIONAL.match(tex, i)
    if m:
        i = m.end()
    n_args = 2 if env in ("tabular*", "tabularx", "tabulary") else 1
    for _ in range(n_args):
        got = braced(tex, i)
        if got is None:
            break
        i = got[1]
    return i


def _caption(tex: str, start: int, end: int, env: str) -> tuple[str, str | None]:
    """The caption and label of the float around a tabular (or of a longtable itself)."""
    if env == "longtable":
        lo, hi = start, end
    else:
        lo = max(tex.rfind("\\begin{table", 0, start), tex.rfind("\\begin{wraptable", 0, start))
        closed = tex.rfind("\\end{table", 0, start)
        if lo == -1 or closed > lo:
            lo = max(start - 2000, closed if closed != -1 else 0, 0)  # a caption just before, no float
            hi = end
        else:
            stop = tex.find("\\end{table", end)
            hi = stop if stop != -1 else min(len(tex), end + 3000)
    caption = ""
    for m in _CAPTION.finditer(tex, lo, hi):
        got = braced(tex, m.end())
        if got:
            caption = got[0]
            break
    label = _LABEL.search(tex, lo, hi)
    return caption, label.group(1) if label else None


def _split(tex: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Spans of `tex[start:end]` split on `sep` ("\\\\" or "&") outside braces, escapes skipped."""
    out: list[tuple[int, int]] = []
    depth = 0
    i = last = start
    while i < end:
        c = tex[i]
        if c == "\\":
            if sep == "\\\\" and depth == 0 and tex.startswith("\\\\", i):
                out.append((last, i))
                i += 2
                m = _OPTIONAL.match(tex, i)  # \\[2pt]
                if m:
                    i = m.end()
                last = i
                continue
            if sep == "\\\\" and depth == 0 and tex.startswith("\\tabularnewline", i):
                out.append((last, i))
                i += len("\\tabularnewline")
                last = i
                continue
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        elif c == "&" and sep == "&" and depth == 0:
            out.append((last, i))
            last = i + 1
        i += 1
    out.append((last, end))
    return out


def _rows(tex: str, start: int, end: int) -> list[Row]:
    rows: list[Row] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (multirow text, rows left to fill)
    for lo, hi in _split(tex, start, end, "\\\\"):
        # the rules before the row's first cell belong between rows
        m = _LEADING_RULES.match(tex, lo, hi)
        first = m.end() if m else lo
        rule = bool(_MIDRULE.search(tex, lo, first))
        if not tex[first:hi].strip():
            if rule:
                rows.append(Row([], lo, hi, True))  # a placeholder: its rule goes to the next row
            continue
        cells: list[Cell] = []
        for c_lo, c_hi in _split(tex, first, hi, "&"):
            text = _RULE.sub(" ", tex[c_lo:c_hi]) if "\\" in tex[c_lo:c_hi] else tex[c_lo:c_hi]
            span = 1
            mc = _MULTICOLUMN.match(text)
            if mc:
                span = max(1, int(mc.group(1)))
                got = braced(text, mc.end())
                text = got[0] if got else text[mc.end():]
            cells.append(Cell(text.strip(), span, c_lo, c_hi))
        row = Row(cells, first, hi, rule or bool(rows and not rows[-1].cells), "\\rowcolor" in tex[lo:first])
        _fill_multirows(row, pending)
        rows.append(row)
    # drop the placeholder rows that only carried a rule (their rule is on the next row)
    return [r for r in rows if r.cells]


def _fill_multirows(row: Row, pending: dict[int, tuple[str, int]]) -> None:
    """Put a `\\multirow` cell's text into the empty cells below it, and take it out of its own cell's LaTeX."""
    for col, cell in row.columns():
        if col in pending and not cell.tex.strip():
            text, left = pending[col]
            cell.tex, cell.filled = text, True
            if left <= 1:
                del pending[col]
            else:
                pending[col] = (text, left - 1)
        elif col in pending:
            del pending[col]
        m = _MULTIROW.search(cell.tex)
        if m:
            got = braced(cell.tex, m.end())
            inner = got[0] if got else ""
            cell.tex = cell.tex[:m.start()] + inner + (cell.tex[got[1]:] if got else "")
            n = abs(int(m.group(1)))
            if n > 1:
                pending[col] = (cell.tex, n - 1)
