"""Ingest: files in, papers and results stored; one transaction per file.

The same abstract in several files is one paper (merged on arXiv id, else on
its normalised text) with every source recorded. Ingesting an unchanged file
again does nothing; re-ingesting after an extractor change replaces the
paper's results instead of adding duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from extract.attribution import own_system
from extract.extractor import EXTRACTOR_VERSION, Extractor
from extract.reader import PaperText, ReadError, file_format, iter_papers

from .models import Model, Paper, PaperSource, Result, Source


def abstract_key(abstract: str) -> str:
    """A key that is equal for the same abstract however it was spaced or cased.

    >>> abstract_key("We  study X.\\n") == abstract_key("we study x.")
    True
    """
    norm = re.sub(r"\s+", " ", abstract).strip().lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass
class FileReport:
    """What ingesting one file did."""

    path: str
    status: str  # "ingested" | "unchanged" | "failed"
    fmt: str | None = None
    papers: int = 0
    new_papers: int = 0
    merged_papers: int = 0
    results: Counter[str] = field(default_factory=Counter)
    error: str | None = None


@dataclass
class IngestReport:
    """A whole run: one FileReport per file."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def results(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.results)
        return total

    @property
    def new_papers(self) -> int:
        return sum(f.new_papers for f in self.files)

    @property
    def merged_papers(self) -> int:
        return sum(f.merged_papers for f in self.files)


def paper_date(created: str | None, arxiv_id: str | None) -> dt.date | None:
    """The paper's date: its `Created:` date, else the first day of the month its arXiv id encodes.

    >>> paper_date("2024-04-23", None), paper_date(None, "2404.15100"), paper_date(None, None)
    (datetime.date(2024, 4, 23), datetime.date(2024, 4, 1), None)
    """
    if created:
        try:
            return dt.date.fromisoformat(created)
        except ValueError:
            pass
    m = re.match(r"^(\d{2})(\d{2})\.\d{4,5}$", arxiv_id or "")
    if m and 1 <= int(m.group(2)) <= 12:
        return dt.date(2000 + int(m.group(1)), int(m.group(2)), 1)
    return None


class Store:
    """Writes documents into a database."""

    def __init__(self, engine: Engine, extractor: Extractor | None = None) -> None:
        self.engine = engine
        self.extractor = extractor or Extractor()
        self._model_ids: dict[str, int] = {}

    # -------------------------------------------------------------- files
    def ingest_paths(
        self, paths: Iterable[Path], progress: Callable[[FileReport], None] | None = None
    ) -> IngestReport:
        """Ingest files one by one; a failed file is reported and the run goes on."""
        report = IngestReport()
        for path in paths:
            file_report = self.ingest_file(path)
            report.files.append(file_report)
            if progress:
                progress(file_report)
        return report

    def ingest_file(self, path: Path, display_name: str | None = None, source_key: str | None = None) -> FileReport:
        """Ingest one file in one transaction; on any error nothing of it is stored.

        `source_key` identifies the source instead of the file's resolved path (uploads).
        """
        shown = display_name or str(path)
        for attempt in range(5):
            try:
                return self._ingest_file(path, shown, source_key)
            except ReadError as exc:
                return FileReport(shown, "failed", error=exc.reason)
            except IntegrityError:
                if attempt == 4:
                    return FileReport(shown, "failed", error="conflicting concurrent writes; retry the file")
                self._model_ids.clear()  # another writer got there first: read its rows and retry
            except OperationalError as exc:
                if "locked" not in str(exc) or attempt == 4:
                    return FileReport(shown, "failed", error=f"database error: {exc.orig}")
                self._model_ids.clear()
        raise AssertionError("unreachable")

    def _ingest_file(self, path: Path, shown: str, source_key: str | None = None) -> FileReport:
        try:
            sha = file_sha256(path)
            size = path.stat().st_size
        except FileNotFoundError:
            raise ReadError(shown, "file not found (deleted while reading?)") from None
        except IsADirectoryError:
            raise ReadError(shown, "is a directory") from None
        except PermissionError:
            raise ReadError(shown, "permission denied") from None
        except OSError as exc:
            raise ReadError(shown, f"cannot read ({exc.strerror})") from None
        key_path = source_key or str(path.resolve())
        with Session(self.engine) as session:
            source = session.scalars(select(Source).where(Source.path == key_path)).first()
            if source and source.sha256 == sha and source.extractor_version == EXTRACTOR_VERSION:
                return FileReport(shown, "unchanged", fmt=source.fmt, papers=source.n_papers)
        fmt = file_format(path)
        report = FileReport(shown, "ingested", fmt=fmt)
        self._model_ids = {}  # ids seen in this transaction only (a rollback forgets them)
        with Session(self.engine) as session, session.begin():
            source = session.scalars(select(Source).where(Source.path == key_path)).first()
            if source is None:
                source = Source(path=key_path, name=Path(shown).name, sha256=sha, size=size, fmt=fmt,
                                extractor_version=EXTRACTOR_VERSION)
                session.add(source)
                session.flush()
            else:
                session.execute(delete(PaperSource).where(PaperSource.source_id == source.id))
                source.sha256, source.size, source.fmt = sha, size, fmt
                source.extractor_version = EXTRACTOR_VERSION
            try:
                for paper_text in iter_papers(path):
                    self._add_paper(session, source, paper_text, report)
            except ReadError as exc:
                raise ReadError(shown, exc.reason) from None
            source.n_papers = report.papers
        return report

    # ------------------------------------------------------------- papers
    def _add_paper(self, session: Session, source: Source, pt: PaperText, report: FileReport) -> None:
        key = abstract_key(pt.abstract)
        paper = None
        if pt.arxiv_id:
            paper = session.scalars(select(Paper).where(Paper.arxiv_id == pt.arxiv_id)).first()
        if paper is None:
            paper = session.scalars(select(Paper).where(Paper.abstract_key == key)).first()
        report.papers += 1
        changed = False
        if paper is None:
            paper = Paper(abstract_key=key, abstract=pt.abstract, arxiv_id=pt.arxiv_id, title=pt.title,
                          date=paper_date(pt.date, pt.arxiv_id), comments=pt.comments)
            session.add(paper)
            session.flush()
            report.new_papers += 1
            changed = True
        else:
            report.merged_papers += 1
            for attr, value in (("title", pt.title), ("arxiv_id", pt.arxiv_id), ("date", paper_date(pt.date, pt.arxiv_id)),
                                ("comments", pt.comments)):
                if value and not getattr(paper, attr):
                    setattr(paper, attr, value)
                    changed = True
        link = session.scalars(select(PaperSource).where(
            PaperSource.paper_id == paper.id, PaperSource.source_id == source.id,
            PaperSource.position == pt.position)).first()
        if link is None:
            session.add(PaperSource(paper_id=paper.id, source_id=source.id, position=pt.position, fmt=pt.fmt))
        if changed or paper.extractor_version != EXTRACTOR_VERSION:
            self._replace_results(session, paper)
        for bench in (r.benchmark for r in paper.results):
            report.results[bench] += 1

    def _replace_results(self, session: Session, paper: Paper) -> None:
        """Extract the paper's results again and replace the stored ones."""
        session.execute(delete(Result).where(Result.paper_id == paper.id))
        session.expire(paper, ["results"])
        paper.own_system = own_system(paper.title, paper.abstract)
        paper.extractor_version = EXTRACTOR_VERSION
        for r in self.extractor.extract(paper.abstract, paper.title):
            model_id = self._model_id(session, r.model, r.model_key) if r.model and r.model_key else None
            session.add(Result(
                paper_id=paper.id, benchmark=r.benchmark, model_id=model_id, model=r.model,
                model_key=r.model_key, metric=r.metric, value=r.value, value_min=r.value_min,
                value_norm=r.value_norm if r.value_norm is not None else r.value, unit=r.unit, kind=r.kind,
                qualifier=r.qualifier, role=r.role, setting=r.setting, evidence=r.evidence, start=r.start,
                end=r.end, value_start=r.value_start, value_end=r.value_end, paper_date=paper.date,
                extractor_version=EXTRACTOR_VERSION,
            ))
        session.flush()
        session.expire(paper, ["results"])

    def _model_id(self, session: Session, name: str, key: str) -> int:
        if key in self._model_ids:
            return self._model_ids[key]
        row = session.scalars(select(Model).where(Model.key == key)).first()
        if row is None:
            row = Model(key=key, name=name)
            session.add(row)
            session.flush()
        self._model_ids[key] = row.id
        return row.id
