"""Ingest: files in, papers and results stored; one transaction per file.

The same abstract in several files is one paper (merged on arXiv id, else on
its normalised text) with every source recorded. Ingesting an unchanged file
again does nothing; re-ingesting after an extractor change replaces the
paper's results instead of adding duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from extract.attribution import own_system
from extract.extractor import EXTRACTOR_VERSION, Extractor
from extract.reader import PaperText, ReadError, file_format, iter_papers
from extract.record import Result as ExtractedResult

from .engine import lock_writers, writer_engine
from .models import Model, Paper, PaperSource, Result, Source, mark_firsts

BATCH = 2000  # papers per bulk statement

Prepared = tuple[list[str], list[list[ExtractedResult]]]


def prepare_batch(batch: list[PaperText]) -> Prepared:
    """The CPU work on a batch that needs no database: abstract keys and extraction (run in workers)."""
    extractor = _worker_extractor()
    return [abstract_key(pt.abstract) for pt in batch], [extractor.extract(pt.abstract, pt.title) for pt in batch]


_EXTRACTOR: Extractor | None = None


def _worker_extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _batched(items: Iterable[PaperText], size: int) -> Iterator[list[PaperText]]:
    batch: list[PaperText] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def abstract_key(abstract: str) -> str:
    """A key that is equal for the same abstract however it was spaced or cased.

    >>> abstract_key("We  study X.\\n") == abstract_key("we study x.")
    True
    """
    norm = " ".join(abstract.split()).lower()
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

    def __init__(self, engine: Engine, extractor: Extractor | None = None, workers: int = 1) -> None:
        self.engine = engine
        self.extractor = extractor or Extractor()
        self._model_ids: dict[str, int] = {}
        self.workers = max(1, workers)
        self._pool: Any = None
        if self.workers > 1:
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)

    def close(self) -> None:
        """Stop the worker processes, if any."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        with Session(writer_engine(self.engine)) as session, session.begin():
            lock_writers(session)  # one writer at a time: concurrent ingests never duplicate a paper
            source = session.scalars(select(Source).where(Source.path == key_path)).first()
            if source and source.sha256 == sha and source.extractor_version == EXTRACTOR_VERSION:
                return FileReport(shown, "unchanged", fmt=source.fmt, papers=source.n_papers)
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
                for batch, prepared in self._prepared_batches(path):
                    self._add_batch(session, source.id, batch, report, prepared)
            except ReadError as exc:
                raise ReadError(shown, exc.reason) from None
            source.n_papers = report.papers
        return report

    # ------------------------------------------------------------- papers
    def _prepared_batches(self, path: Path) -> Iterator[tuple[list[PaperText], Prepared]]:
        """The file's papers in batches, each with its keys and extracted results.

        With workers, batches are prepared in other processes while this one writes; at most
        2 x workers batches are in flight, so memory stays flat however large the file.
        """
        batches = _batched(iter_papers(path), BATCH)
        if self._pool is None:
            for batch in batches:
                yield batch, prepare_batch(batch)
            return
        pending: deque[tuple[list[PaperText], Any]] = deque()
        for batch in batches:
            pending.append((batch, self._pool.apply_async(prepare_batch, (batch,))))
            if len(pending) >= 2 * self.workers:
                done, job = pending.popleft()
                yield done, job.get()
        while pending:
            done, job = pending.popleft()
            yield done, job.get()

    def _add_batch(self, session: Session, source_id: int, batch: list[PaperText], report: FileReport,
                   prepared: Prepared) -> None:
        """Store a batch of papers from one file: merge, link, and (re-)extract where needed, in bulk."""
        keys, extracted = prepared
        ids = [pt.arxiv_id for pt in batch if pt.arxiv_id]
        cols = (Paper.id, Paper.abstract_key, Paper.arxiv_id, Paper.title, Paper.date, Paper.comments,
                Paper.abstract, Paper.extractor_version)
        found: dict[str, list[dict[str, Any]]] = {}  # by abstract key
        by_arxiv: dict[str, dict[str, Any]] = {}
        rows = list(session.execute(select(*cols).where(Paper.abstract_key.in_(set(keys))).order_by(Paper.id)).all())
        if ids:
            rows += session.execute(select(*cols).where(Paper.arxiv_id.in_(set(ids)))).all()
        seen_ids: set[int] = set()
        for r in rows:
            d = dict(r._mapping)
            if d["id"] in seen_ids:
                continue
            seen_ids.add(d["id"])
            found.setdefault(d["abstract_key"], []).append(d)
            if d["arxiv_id"]:
                by_arxiv[d["arxiv_id"]] = d
        new_rows: list[dict[str, Any]] = []
        dirty: dict[int, dict[str, Any]] = {}  # existing papers whose metadata or results change
        placed: list[dict[str, Any]] = []  # the paper row of each batch item
        for i, (pt, key) in enumerate(zip(batch, keys, strict=True)):
            report.papers += 1
            # merge on the arXiv id, else on the text; two different arXiv ids stay two papers
            same_text = found.get(key, [])
            if pt.arxiv_id:
                paper = by_arxiv.get(pt.arxiv_id) or next((p for p in same_text if not p["arxiv_id"]), None)
            else:
                paper = same_text[0] if same_text else None
            date = paper_date(pt.date, pt.arxiv_id)
            if paper is None:
                paper = {"id": None, "abstract_key": key, "arxiv_id": pt.arxiv_id, "title": pt.title, "date": date,
                         "comments": pt.comments, "abstract": pt.abstract, "extractor_version": None,
                         "pre": (pt.title, extracted[i])}
                new_rows.append(paper)
                found.setdefault(key, []).append(paper)
                if pt.arxiv_id:
                    by_arxiv[pt.arxiv_id] = paper
                report.new_papers += 1
            else:
                report.merged_papers += 1
                changed = False
                for attr, value in (("title", pt.title), ("arxiv_id", pt.arxiv_id), ("date", date),
                                    ("comments", pt.comments)):
                    if value and not paper[attr]:
                        paper[attr] = value
                        changed = True
                if changed or paper["extractor_version"] != EXTRACTOR_VERSION:
                    paper["changed"] = True
                    if paper["id"] is not None:
                        dirty[paper["id"]] = paper
            placed.append(paper)
        if new_rows:
            inserted = session.execute(
                insert(Paper).returning(Paper.id, Paper.abstract_key, Paper.arxiv_id),
                [{k: r[k] for k in ("abstract_key", "arxiv_id", "title", "date", "comments", "abstract")}
                 | {"extractor_version": EXTRACTOR_VERSION} for r in new_rows],
            ).all()
            ident = {(key, aid): pid for pid, key, aid in inserted}  # unique among new rows of a batch
            for row in new_rows:
                row["id"] = ident[(row["abstract_key"], row["arxiv_id"])]
                row["changed"] = True
        if dirty:  # one executemany: ORM bulk UPDATE by primary key
            session.execute(update(Paper), [
                {"id": pid, "title": p["title"], "arxiv_id": p["arxiv_id"], "date": p["date"],
                 "comments": p["comments"], "extractor_version": EXTRACTOR_VERSION} for pid, p in dirty.items()])
        links = {(p["id"], pt.position): pt.fmt for p, pt in zip(placed, batch, strict=True)}
        session.execute(insert(PaperSource), [
            {"paper_id": pid, "source_id": source_id, "position": pos, "fmt": fmt} for (pid, pos), fmt in links.items()
        ])
        # results: every paper that is new or changed is extracted again (only prefilter hits cost anything)
        redo = {p["id"]: p for p in placed if p.get("changed")}
        if dirty:
            session.execute(delete(Result).where(Result.paper_id.in_(list(dirty))))
        result_rows: list[dict[str, Any]] = []
        for pid, paper in redo.items():
            paper.pop("changed", None)
            pre_title, pre_results = paper.pop("pre", (None, None))
            if pre_results is not None and pre_title == paper["title"]:
                found_results = pre_results  # extracted while reading, with the same title
            else:
                found_results = self.extractor.extract(paper["abstract"], paper["title"])
            for r in found_results:
                result_rows.append({
                    "paper_id": pid, "benchmark": r.benchmark, "model": r.model, "model_key": r.model_key,
                    "metric": r.metric, "value": r.value, "value_min": r.value_min,
                    "value_norm": r.value_norm if r.value_norm is not None else r.value, "unit": r.unit,
                    "kind": r.kind, "qualifier": r.qualifier, "role": r.role, "setting": r.setting,
                    "evidence": r.evidence, "start": r.start, "end": r.end, "value_start": r.value_start,
                    "value_end": r.value_end, "paper_date": paper["date"], "extractor_version": EXTRACTOR_VERSION,
                })
        if redo:
            own = {pid: own_system(p["title"], p["abstract"]) for pid, p in redo.items()
                   if any(r["paper_id"] == pid for r in result_rows)}
            if own:
                session.execute(update(Paper), [{"id": pid, "own_system": name} for pid, name in own.items()])
        if result_rows:
            model_ids = self._model_ids_for(session, {(r["model_key"], r["model"]) for r in result_rows
                                                       if r["model_key"]})
            for row in result_rows:
                row["model_id"] = model_ids.get(row["model_key"]) if row["model_key"] else None
            mark_firsts(result_rows)  # each paper's results are all here, in insertion order
            session.execute(insert(Result), result_rows)
        # results of the batch's papers, for the report (unchanged papers keep theirs)
        pids = list({p["id"] for p in placed})
        for bench, n in session.execute(select(Result.benchmark, func.count()).where(
                Result.paper_id.in_(pids)).group_by(Result.benchmark)).all():
            report.results[bench] += n

    def _model_ids_for(self, session: Session, wanted: set[tuple[str, str]]) -> dict[str, int]:
        """Ids of models by canonical key, creating the missing ones."""
        keys = {k for k, _ in wanted}
        missing = keys - set(self._model_ids)
        if missing:
            for key, mid in session.execute(select(Model.key, Model.id).where(Model.key.in_(missing))).all():
                self._model_ids[key] = mid
            names = dict(sorted(wanted))
            to_add = [{"key": k, "name": names[k]} for k in sorted(keys - set(self._model_ids))]
            if to_add:
                for key, mid in session.execute(insert(Model).returning(Model.key, Model.id), to_add).all():
                    self._model_ids[key] = mid
        return {k: self._model_ids[k] for k in keys}
