"""Results tables read cell by cell: one record per cell of a benchmark's column.

A column's benchmark is found through the registry in its header (every header level above it, so
"MTEB" spanning "Avg." and "Retr." names both columns), else in the caption when the header names no
benchmark at all. A column under a benchmark with a label of its own below the benchmark's name ("Retr.",
"Chat Hard") reports a part of it (`scope` subset), except a column of one of a suite's datasets (the
registry's `members`: "TREC-COVID" under BEIR), which reports no score of the suite; an average or the
benchmark alone is the full benchmark, and so is a column headed by an average over a count of datasets
("Avg. (56)", or "Avg" over a header row of counts). Each row names its system (and its backbone, from a
backbone column or a section row naming a model); the paper's own rows are those marked "Ours", set apart in
bold (bold on every row marks none), or named as the paper (or the caption: "our Self Positioning") names its
system. A table whose rows
are the benchmark's datasets ("Dataset & BM25 & GTE ...", the benchmark in the caption) reports the
benchmark only in its average row, one record per system column. Tables of ablations yield nothing; a rank
column is no score, and what a caption says systems were trained on is not what the table reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from ..classify.metric import canonical_metric
from ..modelname import is_model_family
from ..pipeline import _pair_key
from ..record import Result
from ..registry import Registry
from .grid import Cell, Grid, Row, grids, macro_grids
from .text import reduce

_ABLATION = re.compile(r"\bablat|\bw/o\b|\bwithout\b[^.]{0,40}\b(?:component|module|loss)", re.I)
_AVERAGE = re.compile(r"^(?:avg|average|mean|all|overall|total|score|full|macro|micro|main|en|eng|english)\.?$", re.I)
_METRIC = re.compile(r"\b(?:n?DCG@\d+|MRR@\d+|Recall@\d+|R@\d+|pass@\d+|maj@\d+|acc(?:uracy)?\.?|EM|MAP)(?![\w@])",
                     re.I)
_NOT_SCORE = re.compile(r"\b(?:size|params?|#|dim|dims|dimension|latency|speed|time|tokens?|cost|flops|memory|"
                        r"throughput|len(?:gth)?|qps|steps?|year|date|gpus?|hours?|std|stdev|s\.d|sd|var(?:iance)?|"
                        r"nll|loss|perplexity|ppl|correct|count|rank|ranking|auroc|auc|auprc|brier|ece)\b\.?|#|σ", re.I)
# a caption saying the numbers measure something other than a score ("Per-adapter baseline NLL (nats/token)")
_NOT_SCORE_CAPTION = re.compile(r"\b(?:NLL|negative log-likelihood|perplexity|nats|bits per byte|cross-entropy)\b",
                                re.I)
# the words of a column that reports the whole benchmark in one number: its average, its metric, a gain
_WHOLE = re.compile(r"^(?:(?:avg|average|mean|all|overall|total|score|scores|result|results|performance|acc|accuracy|"
                    r"full|macro|micro|main|δ|gain|gains|improvement|delta|vs\.?|over|to|[a-z]@\d+|pass@\d+|maj@\d+|"
                    r"em|ndcg@\d+|%|\(%\)|↑|↓)\.?\s*)+$", re.I)
_GAIN_ROW = re.compile(r"^(?:gains?|improvements?|Δ|differences?)\b", re.I)
_DELTA_HEADER = re.compile(r"Δ|\bgain\b|\bimprovement\b|\bdelta\b", re.I)
_BACKBONE_HEADER = re.compile(r"\b(?:backbone|base(?:\s+model)?|llm|policy|init(?:ialization)?|foundation|teacher|"
                              r"student|encoder|base\s+llm)\b", re.I)
_MODEL_HEADER = re.compile(r"\bmodels?\b", re.I)
_SYSTEM_HEADER = re.compile(r"\b(?:method|methods|approach|system|training|strategy|technique|algorithm|retriever|"
                            r"reward\s*model|rm|baseline|variant|recipe|objective)\b", re.I)
_IGNORED_HEADER = re.compile(r"^(?:type|category|class|family|group|open|source|license|arch(?:itecture)?|"
                             r"size|#?params?|dim|setting|data|dataset|precision|quanti[sz]ation|dtype|bits|"
                             r"#\s*\w+)\.?$", re.I)
# a label column headed by the benchmark's parts: each row is one dataset or task, each value column a system
_PARTS_HEADER = re.compile(r"^\s*(?:datasets?|tasks?|corpus|corpora|domains?|subsets?)", re.I)
# what a system was trained on is not what the table reports ("... on BEIR after fine-tuning on MSMarco")
_TRAINED_ON = re.compile(r"\b(?:fine-?tun\w*|train\w*|pre-?train\w*|distill\w*)\s+(?:it\s+)?on\s+(?:the\s+)?\S+",
                         re.I)
# a count of what an average runs over: "(56)", "(56 datasets)", "15 tasks"
_COUNT = re.compile(r"\(\s*\d+(?:\s+(?:datasets?|tasks?|languages?))?\s*\)|\b\d+\s+(?:datasets?|tasks?|languages?)\b",
                    re.I)
# the paper's own method named in a caption: "... and our Self Positioning"
_OUR_NAME = re.compile(r"\bour\s+(?:proposed\s+)?([A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3})(?![\w\-.])"
                       r"(?!\s+(?:baselines?|runs?|results?|numbers?|reproductions?|re-?implementations?|"
                       r"implementations?)\b)")
_OURS = re.compile(r"\bours\b|\(ours\)|\bour\s+(?:method|model|approach|system)\b|\bproposed\b", re.I)
_BOLD = re.compile(r"\\(?:textbf|bf|bfseries|mathbf)\b")
_NUMBER = re.compile(r"^\s*(?P<sign>[+\-−])?\s*(?P<num>\d+(?:\.\d+)?|\.\d+)\s*(?P<pct>%)?"
                     r"\s*(?:±\s*(?P<pm>\d+(?:\.\d+)?)\s*%?)?(?P<rest>.*)$", re.S)
_TWO_VALUES = re.compile(r"^\s*/\s*\d")
_PLACEHOLDER = re.compile(r"^(?:[-–—]+|n/?a|tbd|none|\?)$", re.I)  # a cell holding no result yet


@dataclass(frozen=True)
class Column:
    """What a table column reports: its benchmark, scope and metric (None: not a benchmark's column)."""

    benchmark: str
    scope: str
    metric: str | None
    delta: bool = False  # a column of gains ("Δ vs Dr.GRPO")


def plain(tex: str) -> str:
    """A cell's or a caption's LaTeX as one line of text.

    >>> plain(r"\\textbf{83.8}$_{\\pm 0.2}$")
    '83.8±0.2'
    """
    text = reduce(tex).replace("\n\n", " ")
    return re.sub(r"(?<=\d)\s+(?=±)|(?<=±)\s+", "", text)


class TableReader:
    """Reads the results tables of a document into records."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def results(self, tex: str, own_name: str | None = None) -> list[Result]:
        """The records of every results table in a (comment-free) document."""
        out: list[Result] = []
        for grid in chain(grids(tex), macro_grids(tex)):
            out.extend(self.grid_results(grid, own_name))
        return out

    def _benchmarks(self, text: str) -> list[str]:
        """Registry benchmarks named in a piece of text, in order, each once."""
        seen: list[str] = []
        for m in self.registry.mentions(text):
            if m.benchmark and m.benchmark not in seen:
                seen.append(m.benchmark)
        return seen

    def _caption_benchmarks(self, caption: str) -> list[str]:
        """The benchmarks a caption says the table reports on (not what a system was trained on)."""
        return self._benchmarks(_TRAINED_ON.sub(" ", caption))

    def grid_results(self, grid: Grid, own_name: str | None = None) -> list[Result]:
        """The records of one table (none for an ablation table or one that reports on no benchmark)."""
        caption = plain(grid.caption)
        if _ABLATION.search(caption) or (grid.label and "ablat" in grid.label.lower()) \
                or _NOT_SCORE_CAPTION.search(caption):
            return []
        n_header = _header_rows(grid.rows)
        if n_header == 0 or n_header >= len(grid.rows):
            return []
        header, body = grid.rows[:n_header], grid.rows[n_header:]
        width = max(sum(c.span for c in r.cells) for r in grid.rows)
        levels = [_labels(r, width) for r in header]
        n_label = _label_columns(body, width)
        own_names = [n for n in (own_name, *_OUR_NAME.findall(caption)) if n]
        reported = self._caption_benchmarks(caption)
        if len(reported) == 1 and _PARTS_HEADER.match(next((lv[0] for lv in levels if lv[0]), "")) \
                and not any(self._benchmarks(lv[c]) for lv in levels for c in range(n_label, width)):
            return self._average_rows(reported[0], caption, header, body, levels, n_label, width, own_names)
        columns = self._columns(levels, caption, n_label, width)
        row_named = not columns and not reported
        if row_named:  # "GSM8K / ELF-B & Supervised & 39.17 ...": each row names its benchmark
            columns = _plain_columns(levels, n_label, width)
        if not columns:
            return []
        system_col, backbone_col = _name_columns(levels, n_label)
        data_rows = [r for r in body if any(c is not None and _NUMBER.match(plain(c.tex))
                                            for c in _by_column(r, width)[n_label:])]
        bold_marks = system_col is not None and _bold_sets_apart([_by_column(r, width)[system_col] for r in data_rows])
        shade_marks = 0 < sum(r.shaded for r in data_rows) < len(data_rows)  # shading that sets some rows apart
        results: list[Result] = []
        section_backbone: str | None = None
        section_own = False
        for row in body:
            cells = _by_column(row, width)
            texts = [plain(c.tex) if c else "" for c in cells]
            filled = [t for t in texts if t]
            if (len(filled) == 1 and texts[0] and not any(_NUMBER.match(t) for t in texts[1:] if t)) \
                    or (row.cells and row.cells[0].span >= width - 1 and len(row.cells) == 1):
                label = filled[0] if filled else ""
                section_own = bool(_OURS.search(label))
                section_backbone = label if _looks_like_model(label) else None
                continue
            system = texts[system_col] if system_col is not None and system_col < len(texts) else None
            backbone = texts[backbone_col] if backbone_col is not None and backbone_col < len(texts) else None
            if not backbone and section_backbone:
                backbone = section_backbone
            name_cell = cells[system_col] if system_col is not None and system_col < len(cells) else None
            row_columns = columns
            if row_named:
                named = self._row_benchmark(texts[:n_label])
                if named is None:
                    continue
                bench, rest = named
                row_columns = {c: Column(bench, col.scope, col.metric, col.delta) for c, col in columns.items()}
                stage = next((t for t in texts[:n_label] if t.startswith("+")), None)
                system, backbone = (stage, rest) if stage else (rest, None)
            if system and _GAIN_ROW.match(system):  # "Gain from thinking SFT first"
                row_columns = {c: Column(col.benchmark, col.scope, col.metric, True) for c, col in row_columns.items()}
            own = section_own or (shade_marks and row.shaded) or _is_own(name_cell, system, own_names, bold_marks)
            role = "own" if own else "baseline"
            system = _clean_name(system)
            backbone = _clean_name(backbone)
            if system and backbone and system == backbone:
                backbone = None
            evidence = (caption + "\n" if caption else "") + " & ".join(plain(c.tex) for c in row.cells)
            for col, column in row_columns.items():
                cell = cells[col] if col < len(cells) else None
                if cell is None:
                    continue
                result = self._cell(cell, texts[col], column, system, backbone, role, evidence, row)
                if result is not None:
                    results.append(result)
        return results

    def _average_rows(self, bench: str, caption: str, header: list[Row], body: list[Row], levels: list[list[str]],
                      n_label: int, width: int, own_names: list[str]) -> list[Result]:
        """A table whose rows are the benchmark's datasets and whose columns are systems: its average row
        reports the benchmark, one record per system column; the row of one dataset is no record of it."""
        heads = {c: next((lv[c] for lv in reversed(levels) if lv[c]), "") for c in range(n_label, width)}
        head_cells = {c: next((cell for r in reversed(header) if (cell := _by_column(r, width)[c]) is not None), None)
                      for c in range(n_label, width)}
        bold_marks = _bold_sets_apart(list(head_cells.values()))
        column = Column(bench, "full", _metric(caption))
        results: list[Result] = []
        for row in body:
            cells = _by_column(row, width)
            label = " ".join(plain(c.tex) for c in cells[:n_label] if c)
            if not _AVERAGE.match(label.strip()):
                continue
            evidence = (caption + "\n" if caption else "") + " & ".join(plain(c.tex) for c in row.cells)
            for col in range(n_label, width):
                cell, system = cells[col], _clean_name(heads[col])
                if cell is None or not system or _NOT_SCORE.search(heads[col]):
                    continue
                role = "own" if _is_own(head_cells[col], heads[col], own_names, bold_marks) else "baseline"
                result = self._cell(cell, plain(cell.tex), column, system, None, role, evidence, row)
                if result is not None:
                    results.append(result)
        return results

    def _row_benchmark(self, labels: list[str]) -> tuple[str, str] | None:
        """The one benchmark a row's label cells name, and the label without it ("GSM8K / ELF-B" -> "ELF-B")."""
        for label in labels:
            found = [m for m in self.registry.mentions(label) if m.benchmark]
            if len({m.benchmark for m in found}) == 1:
                m = found[0]
                rest = (label[:m.start] + " " + label[m.end:]).strip(" /|:-,")
                return m.benchmark or "", " ".join(rest.split())
        return None

    def _columns(self, levels: list[list[str]], caption: str, n_label: int, width: int) -> dict[int, Column]:
        """The benchmark columns of a table, by column index."""
        out: dict[int, Column] = {}
        caption_metric = _metric(caption)
        named_any = False
        for col in range(n_label, width):
            labels = [lv[col] for lv in levels if col < len(lv)]
            found: list[tuple[int, str]] = []
            for k, label in enumerate(labels):
                for b in self._benchmarks(label):
                    if b not in [f[1] for f in found]:
                        found.append((k, b))
            if found:
                named_any = True
            if len(found) != 1 or any(_NOT_SCORE.search(lb) for lb in labels):
                continue
            k, bench = found[0]
            below = [lb for lb in labels[k + 1:] if lb and lb != labels[k]]
            own_words = _without(labels[k], bench)
            part = [w for w in [own_words, *below] if w and not _AVERAGE.match(w) and not _metric_only(w)]
            if any(self.registry.get(bench).is_member(plain(w)) for w in part):
                continue  # one dataset of a suite ("BEIR" over "SciFact"): no score of the suite
            metric = next((m for m in (_metric(lb) for lb in reversed(labels)) if m), None) or caption_metric
            out[col] = Column(bench, "subset" if part else "full", metric)
        if named_any:
            return out
        named = self._caption_benchmarks(caption)
        if len(named) != 1:
            return {}  # the caption names several benchmarks (or none): its columns cannot be told apart
        for col in range(n_label, width):
            labels = [lv[col] for lv in levels if col < len(lv)]
            bottom = next((lb for lb in reversed(labels) if lb and not lb.strip().isdigit()), "")  # not a count
            if not bottom or any(_NOT_SCORE.search(lb) for lb in labels) \
                    or self.registry.get(named[0]).is_member(plain(bottom)):
                continue  # (a column of one of the suite's datasets: no score of the suite)
            scope = "full" if _whole(_COUNT.sub(" ", bottom)) else "subset"
            metric = next((m for m in (_metric(lb) for lb in reversed(labels)) if m), None) or caption_metric
            out[col] = Column(named[0], scope, metric, bool(_DELTA_HEADER.search(bottom)))
        return out

    def _cell(self, cell: Cell, text: str, column: Column, system: str | None, backbone: str | None, role: str,
              evidence: str, row: Row) -> Result | None:
        """The record of one cell, or None when it holds no number."""
        m = _NUMBER.match(text)
        if not m or _TWO_VALUES.match(m.group("rest")) or cell.filled:
            return None
        rest = m.group("rest").strip()
        if rest and not re.fullmatch(r"[\s()\[\]+\-−\d.%↑↓*†‡§¶#^_,]*|[(\[]?[+\-−]?\d+(?:\.\d+)?%?[)\]]?.*", rest):
            return None  # a number inside words is not a score
        num = m.group("num")
        value = float(num)
        bench = self.registry.get(column.benchmark)
        kind = "delta" if m.group("sign") == "+" or column.delta else "score"
        if m.group("sign") in ("-", "−"):
            if kind == "score":
                kind = "delta"
            value = -value
        if kind == "score" and not bench.in_range(value):
            return None
        unit = "%" if m.group("pct") else None
        decimal = "." in num
        norm = value
        if kind == "score" and unit is None and decimal and value <= 1.0 and bench.scale == 100:
            norm = round(value * 100, 6)
        elif bench.scale != 100:
            norm = round(value * 100 / bench.scale, 6)
        model = f"{system} ({backbone})" if system and backbone else system
        return Result(
            benchmark=bench.name, value=value, kind=kind, evidence=evidence, start=row.start, end=row.end,
            metric=column.metric, unit=unit, model=model, value_norm=abs(norm) if value >= 0 else -abs(norm),
            role=role, model_key=_pair_key(system, backbone), system=system, backbone=backbone,
            scope=column.scope, value_start=cell.start, value_end=cell.end, how_linked="table-column",
            how_named="table-row", source="table",
        )


def _plain_columns(levels: list[list[str]], n_label: int, width: int) -> dict[int, Column]:
    """The value columns of a table whose rows name the benchmark (filled in per row)."""
    out: dict[int, Column] = {}
    for col in range(n_label, width):
        labels = [lv[col] for lv in levels if col < len(lv) and lv[col]]
        if labels and not any(_NOT_SCORE.search(lb) for lb in labels):
            metric = next((m for m in (_metric(lb) for lb in reversed(labels)) if m), None)
            out[col] = Column("", "full", metric, bool(_DELTA_HEADER.search(labels[-1])))
    return out


def _header_rows(rows: list[Row]) -> int:
    """How many rows the header takes: those before the first rule that follows a row (at most 4), else 1."""
    for k, row in enumerate(rows[1:5], 1):
        if row.rule_before:
            return k
    return 1


def _labels(row: Row, width: int) -> list[str]:
    """A header row's label for every column (a spanning cell labels each column it spans)."""
    out = [""] * width
    for col, cell in row.columns():
        text = plain(cell.tex)
        for j in range(col, min(width, col + cell.span)):
            out[j] = text
    return out


def _by_column(row: Row, width: int) -> list[Cell | None]:
    """The cell at each column (a spanning cell at its first column only)."""
    out: list[Cell | None] = [None] * width
    for col, cell in row.columns():
        if col < width:
            out[col] = cell
    return out


def _label_columns(body: list[Row], width: int) -> int:
    """How many leading columns hold names rather than numbers (at least 1)."""
    n = 0
    for col in range(width):
        texts = [t for r in body for c in [_by_column(r, width)[col]] if c is not None and c.tex.strip()
                 and not _PLACEHOLDER.match(t := plain(c.tex))]
        if not texts:
            if col == n:
                n += 1
            continue
        numeric = sum(1 for t in texts if _NUMBER.match(t) and not re.search(r"[A-Za-z]{2}", t))
        if numeric * 2 >= len(texts):
            break
        n += 1
    return max(1, min(n, width - 1))


def _name_columns(levels: list[list[str]], n_label: int) -> tuple[int | None, int | None]:
    """The system column and the backbone column (None when the table has none) among the label columns."""
    heads = [" ".join(lv[c] for lv in levels if c < len(lv)).strip() for c in range(n_label)]
    candidates = [c for c in range(n_label) if not _IGNORED_HEADER.match(heads[c] or "x")]
    if not candidates:
        return (n_label - 1, None)
    system = next((c for c in candidates if _SYSTEM_HEADER.search(heads[c])), None)
    backbone = next((c for c in candidates if c != system and _BACKBONE_HEADER.search(heads[c])), None)
    if backbone is None and system is not None:  # "Model & Method": the model is what the method runs on
        backbone = next((c for c in candidates if c != system and _MODEL_HEADER.search(heads[c])), None)
    if system is None:
        rest = [c for c in candidates if c != backbone]
        system = rest[-1] if rest else backbone
        if system == backbone:
            backbone = None
    return system, backbone


def _without(label: str, bench: str) -> str:
    """A header label without the benchmark's name, its metric, brackets and counts ("MTEB (56)" -> "")."""
    text = re.sub(re.escape(bench), " ", label, flags=re.I)
    text = _METRIC.sub(" ", _COUNT.sub(" ", text))
    text = re.sub(r"[()\[\]{}:,/]|\b\d+\b|\bavg\.?|\baverage\b|\bscore\b|\boverall\b|\bmean\b", " ", text, flags=re.I)
    return " ".join(text.split())


def _whole(label: str) -> bool:
    """A caption-named benchmark's column that reports all of it: its average, its metric, a gain over a baseline.

    >>> _whole("Mean (%)"), _whole("Δ vs Dr.GRPO"), _whole("TREC-COVID")
    (True, True, False)
    """
    if _DELTA_HEADER.search(label):
        return True
    return bool(_WHOLE.match(label.strip())) or _metric_only(label)


def _metric(text: str) -> str | None:
    m = _METRIC.search(text)
    return canonical_metric(m.group()) if m else None


def _metric_only(text: str) -> bool:
    return bool(_METRIC.fullmatch(text.strip())) or text.strip().lower() in ("score", "scores")


def _looks_like_model(text: str) -> bool:
    """A section row naming a model ("Qwen2.5-Math-7B"), not a group ("Open-source models").

    >>> _looks_like_model("Qwen2.5-Math-7B"), _looks_like_model("Open-source models")
    (True, False)
    """
    words = text.replace("(", " ").replace(")", " ").split()
    return 0 < len(words) <= 4 and any(re.search(r"\d+(?:\.\d+)?[BM]\b", w) or is_model_family(w.split("-")[0])
                                       for w in words)


def _clean_name(name: str | None) -> str | None:
    """A row's name without marks of its role or citations ("X (Ours)", "X$^\\dagger$")."""
    if not name:
        return None
    name = re.sub(r"\((?:ours|our method)\)|\bours\b:?|[*†‡§¶]+$", "", name, flags=re.I).strip(" :-")
    name = re.sub(r"^\+\s*", "", name).strip()
    return name or None


def _bold_sets_apart(cells: list[Cell | None]) -> bool:
    """Whether bold marks some names and not others (a table that sets every name in bold marks none)."""
    named = [c for c in cells if c is not None and c.tex.strip()]
    return not all(_BOLD.search(c.tex) for c in named)


def _is_own(cell: Cell | None, system: str | None, own_names: list[str], bold_marks: bool = True) -> bool:
    """Whether a row is the paper's own: marked "Ours", set apart in bold, or named as the paper (or the
    caption, "our Self Positioning") names its system."""
    if cell is None or not system:
        return False
    if _OURS.search(system) or (bold_marks and _BOLD.search(cell.tex)):
        return True
    name = re.sub(r"\W", "", system.lower())
    return any((key := re.sub(r"\W", "", own.lower())) and name.startswith(key) for own in own_names)
