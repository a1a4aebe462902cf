"""Papers' LaTeX sources: full text and results tables.

`read_latex(path)` opens a source as arXiv serves it (`extract.latex.archive`), follows its inputs inside
it, and reduces it to title, abstract and body (`extract.latex.text`); `LatexExtractor` turns the paper
into records: the abstract's and the body's sentences through the same extractor as any abstract
(`source` "abstract" / "body"), and the results tables cell by cell (`extract.latex.tables`, `source`
"table").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..attribute.own import own_system
from ..confidence import scored
from ..pipeline import Extractor
from ..reader import PaperText, ReadError
from ..record import Result
from .archive import MAX_BYTES, MAX_MEMBERS, expand, is_latex, open_source
from .tables import TableReader
from .text import paragraphs, parts, strip_comments

__all__ = ["LatexExtractor", "LatexPaper", "is_latex", "read_latex"]

# an arXiv id in the file name arXiv gives a source ("2404.13628v2.tar.gz", "arXiv-2404.13628.gz")
_ARXIV_NAME = re.compile(r"(?<!\d)(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)")


@dataclass(frozen=True)
class LatexPaper:
    """A paper read from its LaTeX source: its record as a paper, its reduced body and its LaTeX."""

    paper: PaperText
    body: str
    tex: str  # the whole document, inputs inlined, comments removed


def read_latex(path: str | Path, max_bytes: int = MAX_BYTES, max_members: int = MAX_MEMBERS) -> LatexPaper:
    """A LaTeX source read whole; ReadError for a broken or unsafe one, or one with no text at all."""
    path = Path(path)
    source = open_source(path, max_bytes, max_members)
    tex = strip_comments(expand(source, path, max_bytes))
    p = parts(tex)
    abstract = p.abstract or next((para.text for para in paragraphs(p.body) if len(para.text) > 200), None)
    if not abstract:
        raise ReadError(path, "no abstract and no paragraph of text in the LaTeX source")
    m = _ARXIV_NAME.search(path.name)
    paper = PaperText(abstract, path.name, 0, "latex", title=p.title, arxiv_id=m.group(1) if m else None)
    return LatexPaper(paper, p.body, tex)


class LatexExtractor:
    """Records of a LaTeX paper: abstract, body sentences and tables."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        self.extractor = extractor or Extractor()
        self.tables = TableReader(self.extractor.registry)

    def body_results(self, paper: LatexPaper) -> list[Result]:
        """The body's records, offsets in the reduced body (`LatexPaper.body`)."""
        out: list[Result] = []
        title = paper.paper.title
        for para in paragraphs(paper.body):
            for r in self.extractor.extract(para.text, title):
                out.append(scored(replace(r, start=r.start + para.start, end=r.end + para.start,
                                          value_start=r.value_start + para.start,
                                          value_end=r.value_end + para.start, source="body"),
                                  self.extractor.registry))
        return out

    def table_results(self, paper: LatexPaper) -> list[Result]:
        """The tables' records, offsets in the LaTeX document (`LatexPaper.tex`)."""
        return [scored(r, self.extractor.registry)
                for r in self.tables.results(paper.tex, own_system(paper.paper.title, paper.paper.abstract))]

    def results(self, paper: LatexPaper) -> list[Result]:
        """Every record of the paper: abstract first, then body, then tables."""
        found = self.extractor.extract(paper.paper.abstract, paper.paper.title)
        return found + self.body_results(paper) + self.table_results(paper)
