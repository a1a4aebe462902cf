"""Ingest: files in, papers and results stored; one transaction per file.

The same abstract in several files is one paper (merged on arXiv id, else on
its normalised text) with every source recorded. Ingesting an unchanged file
again does nothing; re-ingesting an edited file replaces what it contributed
(see `Store`); re-ingesting after an extractor change replaces the paper's
results instead of adding duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from extract.attribute.own import own_system
from extract.extractor import EXTRACTOR_VERSION, Extractor
from extract.latex import LatexExtractor, read_latex
from extract.latex.archive import source_digest, source_size
from extract.modelname import model_key as name_key
from extract.reader import PaperText, ReadError, file_format, iter_candidates, iter_papers
from extract.readers import ReadOptions
from extract.reading import MAX_RESULTS
from extract.record import Result as ExtractedResult

from .engine import bump_data_version, describe, lock_writers, writer_engine
from .limits import ValueTooLong, check_lengths
from .models import UNNAMED, Model, Paper, PaperSource, Result, Source, unnamed_key
from .reviews import apply_to_rows, has_reviews

BATCH = 2000  # papers per bulk statement
RETRY_SECONDS = 10.0  # how long a file waits for a lost database connection to come back
MAX_UPLOAD_MIB = 20  # the largest file the dashboard accepts (Streamlit's server.maxUploadSize, in MiB)

Prepared = tuple[list[str], list[list[ExtractedResult]]]


def prepare_batch(batch: list[PaperText], extractor: Extractor | None = None) -> Prepared:
    """The CPU work on a batch that needs no database: abstract keys and extraction (run in workers, with the
    store's extractor)."""
    extractor = extractor or _worker_extractor()
    return [abstract_key(pt.abstract) for pt in batch], [extractor.extract(pt.abstract, pt.title) for pt in batch]


_EXTRACTOR: Extractor | None = None


def _use_extractor(extractor: Extractor) -> None:
    """A worker's start: extract with the store's extractor (inherited by the forked process, not pickled)."""
    global _EXTRACTOR
    _EXTRACTOR = extractor


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


def source_hash(path: Path, options: ReadOptions) -> str:
    """What identifies a source's content: its file's SHA-256, with the reading options when they are not the
    defaults (the same file read with another category filter or other field names is another content)."""
    sha = source_digest(path) if path.is_dir() else file_sha256(path)
    key = options.key()
    return hashlib.sha256(f"{sha} {key}".encode()).hexdigest() if key else sha


@dataclass
class FileReport:
    """What ingesting one file did."""

    path: str
    status: str  # "ingested" | "unchanged" | "failed"
    fmt: str | None = None
    papers: int = 0
    new_papers: int = 0
    merged_papers: int = 0
    results: Counter[str] = field(default_factory=Counter)  # the stored results of the file's papers
    error: str | None = None
    paper_ids: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)  # what the reader skipped or left out, one line each


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
    def paper_ids(self) -> set[int]:
        """Every paper the run's files hold (each once)."""
        return set().union(*(f.paper_ids for f in self.files))

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


def _chunks(items: Iterable[int], size: int = 2000) -> Iterator[list[int]]:
    """Sorted ids in lists short enough for one IN (...) on every backend."""
    ordered = sorted(items)
    for k in range(0, len(ordered), size):
        yield ordered[k:k + size]


def results_by_benchmark(session: Session, paper_ids: Iterable[int]) -> Counter[str]:
    """The stored results of these papers, counted by benchmark (each paper once, however many files held it)."""
    total: Counter[str] = Counter()
    for chunk in _chunks(set(paper_ids)):
        for bench, n in session.execute(select(Result.benchmark, func.count()).where(
                Result.paper_id.in_(chunk)).group_by(Result.benchmark)).all():
            total[bench] += n
    return total


def _lost_connection(exc: DBAPIError, dialect: str) -> bool:
    """Whether an error means the database server went away (worth reconnecting), not that the data is wrong."""
    server_gone = dialect != "sqlite" and isinstance(exc, OperationalError | InterfaceError)
    return bool(exc.connection_invalidated) or server_gone


@dataclass
class _FileState:
    """What one file's transaction collects as it goes."""

    held: set[int] = field(default_factory=set)  # papers the file held before this ingest
    models: set[int] = field(default_factory=set)  # models whose results were deleted (may be unused now)
    reuse: dict[tuple[str, str | None], list[ExtractedResult]] = field(default_factory=dict)  # (abstract, title)
    force: set[int] = field(default_factory=set)  # papers whose results are written again even if unchanged
    full: set[tuple[str, str | None]] = field(default_factory=set)  # keys of `reuse` read from a whole LaTeX source
    reviewed: bool = False  # the database holds reviews: new rows take their verdicts


def result_row(paper_id: int, date: dt.date | None, r: ExtractedResult) -> dict[str, Any]:
    """The `results` row of an extracted record (before its model id and, when unnamed, its paper identity)."""
    return {
        "paper_id": paper_id, "benchmark": r.benchmark, "model": r.model, "model_key": r.model_key,
        "system": r.system, "backbone": r.backbone, "metric": r.metric, "value": r.value, "value_min": r.value_min,
        "value_norm": r.value_norm if r.value_norm is not None else r.value, "unit": r.unit, "kind": r.kind,
        "qualifier": r.qualifier, "role": r.role, "setting": r.setting, "scope": r.scope, "relative": r.relative,
        "evidence": r.evidence, "start": r.start, "end": r.end, "value_start": r.value_start,
        "value_end": r.value_end, "paper_date": date, "how_linked": r.how_linked or None,
        "how_named": r.how_named or None, "source": r.source, "extractor_version": EXTRACTOR_VERSION,
        "confidence": r.confidence, "trusted": r.trusted,
    }


class Store:
    """Writes documents into a database.

    A paper is what its sources say of it: each link (`PaperSource`) records the abstract version, arXiv
    id, title, date and comments its file holds, and the paper takes, field by field, the latest link that
    gives one (the file ingested last). Re-ingesting a file replaces its links, so its new content replaces
    what it contributed; a paper no file holds any longer is deleted with its results, and a model no result
    names any longer goes with it, all in the file's transaction.
    """

    def __init__(self, engine: Engine, extractor: Extractor | None = None, workers: int = 1,
                 options: ReadOptions | None = None) -> None:
        self.engine = engine
        self.extractor = extractor or Extractor()
        self.options = options or ReadOptions()
        self._model_ids: dict[str, int] = {}
        self._unreachable = False  # the last file failed because the database could not be reached
        self.workers = max(1, workers)
        self._pool: Any = None
        if self.workers > 1:
            self._pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_use_extractor,
                                                                  initargs=(self.extractor,))

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

    def ingest_file(self, path: Path, display_name: str | None = None, source_key: str | None = None,
                    on_batch: Callable[[int, int], None] | None = None) -> FileReport:
        """Ingest one file in one transaction; on any error nothing of it is stored and the reason is reported.

        `source_key` identifies the source instead of the file's resolved path (uploads); `on_batch` is
        called with the abstracts and characters of each batch stored. A lost database connection is
        retried for up to RETRY_SECONDS (once only after a file already failed that way).
        """
        shown = display_name or str(path)
        conflicts, delay, deadline = 0, 0.1, None
        while True:
            try:
                report = self._ingest_file(path, shown, source_key, on_batch)
                self._unreachable = False
                return report
            except ReadError as exc:
                return FileReport(shown, "failed", error=exc.reason)
            except ValueTooLong as exc:
                return FileReport(shown, "failed", error=str(exc))
            except IntegrityError as exc:  # another writer got there first: read its rows and retry
                conflicts += 1
                if conflicts == 5:
                    return FileReport(shown, "failed", error=f"conflicting concurrent writes ({describe(exc)}); "
                                                             "retry the file")
            except DBAPIError as exc:
                if isinstance(exc, OperationalError) and "locked" in str(exc) and conflicts < 4:
                    conflicts += 1
                elif _lost_connection(exc, self.engine.dialect.name):
                    now = time.monotonic()
                    deadline = deadline or now + (0.0 if self._unreachable else RETRY_SECONDS)
                    if now >= deadline:
                        self._unreachable = True
                        return FileReport(shown, "failed", error=f"database unreachable: {describe(exc)}")
                    time.sleep(min(delay, deadline - now))
                    delay = min(2 * delay, 1.0)
                else:
                    return FileReport(shown, "failed", error=f"database error: {describe(exc)}")
            self._model_ids.clear()

    def _ingest_file(self, path: Path, shown: str, source_key: str | None = None,
                     on_batch: Callable[[int, int], None] | None = None) -> FileReport:
        try:
            sha = source_hash(path, self.options)
            size = source_size(path)
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
        notes: list[str] = []
        check_lengths("sources", [{"path": key_path, "name": Path(shown).name}])
        self._model_ids = {}  # ids seen in this transaction only (a rollback forgets them)
        state = _FileState()
        with Session(writer_engine(self.engine)) as session, session.begin():
            lock_writers(session)  # one writer at a time: concurrent ingests never duplicate a paper
            state.reviewed = has_reviews(session)
            source = session.scalars(select(Source).where(Source.path == key_path)).first()
            if source and source.sha256 == sha and source.extractor_version == EXTRACTOR_VERSION:
                return FileReport(shown, "unchanged", fmt=source.fmt, papers=source.n_papers)
            if source is None:
                source = Source(path=key_path, name=Path(shown).name, sha256=sha, size=size, fmt=fmt,
                                extractor_version=EXTRACTOR_VERSION)
                session.add(source)
                session.flush()
            else:
                state.held = set(session.scalars(select(PaperSource.paper_id).where(
                    PaperSource.source_id == source.id)))
                session.execute(delete(PaperSource).where(PaperSource.source_id == source.id))
                source.sha256, source.size, source.fmt = sha, size, fmt
                source.extractor_version = EXTRACTOR_VERSION
            if fmt == "latex":  # the source's full text and tables may change while its abstract stays
                state.force = set(state.held)
            try:
                for batch, prepared in self._prepared_batches(path, fmt, notes):
                    notes.extend(f"abstract {pt.position + 1}: {MAX_RESULTS} results or more (a table dump?); the "
                                 f"first {MAX_RESULTS} are kept" for pt, found in zip(batch, prepared[1], strict=True)
                                 if len(found) >= MAX_RESULTS and fmt != "latex")
                    self._add_batch(session, source.id, batch, report, prepared, state)
                    if on_batch:
                        on_batch(len(batch), sum(len(pt.abstract) for pt in batch))
            except ReadError as exc:
                raise ReadError(shown, exc.reason) from None
            report.notes = notes
            for chunk in _chunks(state.held - report.paper_ids):  # papers the file no longer holds
                self._write_results(session, self._settle(session, chunk, state), state)
            self._drop_unused_models(session, state.models)
            source.n_papers = report.papers
            report.results = results_by_benchmark(session, report.paper_ids)
            bump_data_version(session)
        return report

    # ------------------------------------------------------------- papers
    def _prepared_batches(self, path: Path, fmt: str, notes: list[str]) -> Iterator[tuple[list[PaperText], Prepared]]:
        """The file's papers in batches, each with its keys and extracted results.

        An arXiv metadata snapshot holds the whole of arXiv: of its papers, those whose abstract names a
        registry benchmark are stored (the others hold no result and are never parsed in full).
        With workers, batches are prepared in other processes while this one writes; at most
        2 x workers batches are in flight, so memory stays flat however large the file.
        """
        if fmt == "latex":  # one paper, with the records of its full text and tables
            paper = read_latex(path)
            found = LatexExtractor(self.extractor).results(paper)
            yield [paper.paper], ([abstract_key(paper.paper.abstract)], [found])
            return
        papers = (iter_candidates(path, self.extractor.registry.prefilter, options=self.options, notes=notes)
                  if fmt == "snapshot" else iter_papers(path, self.options, notes))
        batches = _batched(papers, BATCH)
        if self._pool is None:
            for batch in batches:
                yield batch, prepare_batch(batch, self.extractor)
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

    def _candidates(self, session: Session, keys: set[str], arxiv_ids: set[str]) -> list[dict[str, Any]]:
        """Stored papers a batch may merge into: by arXiv id, by their text or by a text a source holds."""
        linked = select(PaperSource.paper_id, PaperSource.abstract_key).where(PaperSource.abstract_key.in_(keys))
        versions: dict[int, set[str]] = {}
        for pid, key in session.execute(linked).all():
            versions.setdefault(pid, set()).add(str(key))
        conds = [Paper.abstract_key.in_(keys)] + ([Paper.arxiv_id.in_(arxiv_ids)] if arxiv_ids else [])
        conds += [Paper.id.in_(chunk) for chunk in _chunks(versions)]
        found: dict[int, dict[str, Any]] = {}
        for cond in conds:
            for pid, key, aid in session.execute(select(Paper.id, Paper.abstract_key, Paper.arxiv_id).where(cond)):
                found[pid] = {"id": pid, "abstract_key": key, "arxiv_id": aid, "keys": versions.get(pid, set()) | {key}}
        return [found[pid] for pid in sorted(found)]

    def _add_batch(self, session: Session, source_id: int, batch: list[PaperText], report: FileReport,
                   prepared: Prepared, state: _FileState) -> None:
        """Store a batch of papers from one file: merge, link, settle each paper on its sources, (re-)extract."""
        keys, extracted = prepared
        state.reuse, state.full = {}, set()
        by_key: dict[str, list[dict[str, Any]]] = {}
        by_arxiv: dict[str, dict[str, Any]] = {}
        for stored in self._candidates(session, set(keys), {pt.arxiv_id for pt in batch if pt.arxiv_id}):
            for key in stored["keys"]:
                by_key.setdefault(key, []).append(stored)
            if stored["arxiv_id"]:
                by_arxiv[stored["arxiv_id"]] = stored
        new_rows: list[dict[str, Any]] = []
        placed: list[dict[str, Any]] = []  # the paper of each batch item
        for pt, key, found in zip(batch, keys, extracted, strict=True):
            report.papers += 1
            state.reuse[(pt.abstract, pt.title)] = found
            if pt.fmt == "latex":
                state.full.add((pt.abstract, pt.title))
            # merge on the arXiv id, else on the text; two different arXiv ids stay two papers
            same_text = by_key.get(key, [])
            paper: dict[str, Any] | None
            if pt.arxiv_id:
                paper = by_arxiv.get(pt.arxiv_id) or next((p for p in same_text if not p["arxiv_id"]), None)
            else:
                paper = same_text[0] if same_text else None
            if paper is None:
                paper = {"id": None, "abstract_key": key, "arxiv_id": pt.arxiv_id, "abstract": pt.abstract,
                         "title": pt.title, "date": paper_date(pt.date, pt.arxiv_id), "comments": pt.comments,
                         "links": 0}
                new_rows.append(paper)
                by_key.setdefault(key, []).append(paper)
                report.new_papers += 1
            else:
                report.merged_papers += 1
            if pt.arxiv_id:
                paper["arxiv_id"] = paper["arxiv_id"] or pt.arxiv_id
                by_arxiv[pt.arxiv_id] = paper
            paper["links"] = paper.get("links", 0) + 1
            placed.append(paper)
        if new_rows:
            cols = ("abstract_key", "arxiv_id", "title", "date", "comments", "abstract")
            # a paper placed twice in the batch is settled on its links below, and extracted then
            rows = [{k: r[k] for k in cols} | {"extractor_version": EXTRACTOR_VERSION if r["links"] == 1 else None}
                    for r in new_rows]
            check_lengths("papers", rows)
            returning = insert(Paper).returning(Paper.id, sort_by_parameter_order=True)
            for row, pid in zip(new_rows, session.scalars(returning, rows).all(), strict=True):
                row["id"] = pid
        links: dict[tuple[int, int], dict[str, Any]] = {}
        for paper, pt, key in zip(placed, batch, keys, strict=True):
            links[(paper["id"], pt.position)] = {
                "paper_id": paper["id"], "source_id": source_id, "position": pt.position, "fmt": pt.fmt,
                "abstract_key": key, "abstract": None if key == paper["abstract_key"] else pt.abstract,
                "arxiv_id": pt.arxiv_id, "title": pt.title, "created": paper_date(pt.date, None),
                "comments": pt.comments}
        check_lengths("paper_sources", links.values())
        session.execute(insert(PaperSource), list(links.values()))
        report.paper_ids.update(p["id"] for p in placed)
        state.force.update(p["id"] for p, pt in zip(placed, batch, strict=True) if pt.fmt == "latex")
        fresh = {p["id"]: p for p in new_rows if p["links"] == 1}  # stored as their one source says
        self._write_results(session, fresh | self._settle(
            session, [p["id"] for p in {id(p): p for p in placed}.values() if p["id"] not in fresh], state), state,
            new=set(fresh))

    def _settle(self, session: Session, pids: list[int], state: _FileState) -> dict[int, dict[str, Any]]:
        """Make each paper what its sources say (see `Store`); delete those no source holds. Returns the papers
        whose results must be extracted again (abstract, title, date or extractor changed)."""
        if not pids:
            return {}
        papers = {r.id: r for r in session.execute(select(
            Paper.id, Paper.abstract_key, Paper.abstract, Paper.arxiv_id, Paper.title, Paper.date, Paper.comments,
            Paper.extractor_version).where(Paper.id.in_(pids)))}
        links: dict[int, list[Any]] = {}
        for link in session.execute(select(
                PaperSource.id, PaperSource.paper_id, PaperSource.abstract_key, PaperSource.abstract,
                PaperSource.arxiv_id, PaperSource.title, PaperSource.created, PaperSource.comments).where(
                PaperSource.paper_id.in_(pids)).order_by(PaperSource.id)):
            links.setdefault(link.paper_id, []).append(link)
        gone = [pid for pid in papers if pid not in links]
        if gone:
            state.models |= self._result_models(session, gone)
            session.execute(delete(Result).where(Result.paper_id.in_(gone)))
            session.execute(delete(Paper).where(Paper.id.in_(gone)))
        redo: dict[int, dict[str, Any]] = {}
        paper_rows: list[dict[str, Any]] = []
        link_rows: list[dict[str, Any]] = []
        for pid, held in links.items():
            p = papers[pid]

            def latest(attr: str, held: list[Any] = held) -> Any:
                return next((getattr(link, attr) for link in reversed(held) if getattr(link, attr)), None)

            arxiv_id = latest("arxiv_id")
            row = {"id": pid, "abstract_key": p.abstract_key, "abstract": p.abstract, "arxiv_id": arxiv_id,
                   "title": latest("title"), "date": latest("created") or paper_date(None, arxiv_id),
                   "comments": latest("comments"), "extractor_version": p.extractor_version}
            newest = held[-1]
            if newest.abstract_key != p.abstract_key and newest.abstract is not None:
                # the paper takes the newest version; the links holding its old one keep that text
                row["abstract_key"], row["abstract"] = newest.abstract_key, newest.abstract
                link_rows += [{"id": link.id, "abstract": p.abstract if link.abstract_key == p.abstract_key else None}
                              for link in held if link.abstract_key in (p.abstract_key, newest.abstract_key)]
            if pid in state.force or (row["abstract"], row["title"], row["date"], row["extractor_version"]) != (
                    p.abstract, p.title, p.date, EXTRACTOR_VERSION):
                row["extractor_version"] = EXTRACTOR_VERSION
                redo[pid] = row
            if any(row[k] != getattr(p, k) for k in row if k != "id"):
                paper_rows.append(row)
        if paper_rows:
            check_lengths("papers", paper_rows)
            session.execute(update(Paper), paper_rows)
        if link_rows:
            session.execute(update(PaperSource), link_rows)
        return redo

    @staticmethod
    def _result_models(session: Session, pids: list[int]) -> set[int]:
        """Models named by these papers' results (candidates for deletion once the results go)."""
        return set(session.scalars(select(Result.model_id).where(
            Result.paper_id.in_(pids), Result.model_id.is_not(None)).distinct()))

    def _write_results(self, session: Session, redo: dict[int, dict[str, Any]], state: _FileState,
                       new: set[int] | frozenset[int] = frozenset()) -> None:
        """Replace the results of these papers with those extracted from their current abstract and title.

        A paper a LaTeX source holds keeps the results of that source's full text and tables when only its
        abstract is read again (from another file); they are replaced when the source itself is ingested
        again, and go when no LaTeX source holds the paper any longer.
        """
        old = [pid for pid in redo if pid not in new]
        keys = {pid: (paper["abstract"], paper["title"]) for pid, paper in redo.items()}
        found_of = {pid: state.reuse.get(key) for pid, key in keys.items()}
        kept = self._latex_held(session, [pid for pid in old if keys[pid] not in state.full])
        if old:
            state.models |= self._result_models(session, old)
            whole = [pid for pid in old if pid not in kept]
            for chunk in _chunks(whole):
                session.execute(delete(Result).where(Result.paper_id.in_(chunk)))
            for chunk in _chunks(kept):
                session.execute(delete(Result).where(Result.paper_id.in_(chunk), Result.source == "abstract"))
        result_rows: list[dict[str, Any]] = []
        own: dict[int, str | None] = {}
        for pid, paper in redo.items():
            found = found_of[pid]
            if found is None:
                found = self.extractor.extract(paper["abstract"], paper["title"])
            result_rows += [result_row(pid, paper["date"], r) for r in found]
            if found or pid not in new:
                own[pid] = own_system(paper["title"], paper["abstract"]) if found else None
        if own:
            own_rows = [{"id": pid, "own_system": name} for pid, name in own.items()]
            check_lengths("papers", own_rows)
            session.execute(update(Paper), own_rows)
        if result_rows:
            for row in result_rows:
                if row["model_key"] is None and row["role"] == "own":  # the paper's unnamed system: no model row
                    row["model_key"] = unnamed_key(row["paper_id"], row["backbone"] and name_key(row["backbone"]))
            if state.reviewed:  # each row takes its key's verdict (a correction may name another system)
                apply_to_rows(session, result_rows, {pid: (p["arxiv_id"], p["abstract_key"])
                                                     for pid, p in redo.items()})
            named = {(r["model_key"], r["model"]) for r in result_rows
                     if r["model_key"] and not r["model_key"].startswith(UNNAMED)}
            check_lengths("results", result_rows)
            model_ids = self._model_ids_for(session, named)
            for row in result_rows:
                row["model_id"] = model_ids.get(row["model_key"])
            session.execute(insert(Result), result_rows)

    @staticmethod
    def _latex_held(session: Session, pids: list[int]) -> set[int]:
        """The papers among `pids` that a LaTeX source holds."""
        held: set[int] = set()
        for chunk in _chunks(pids):
            held.update(session.scalars(select(PaperSource.paper_id).where(
                PaperSource.paper_id.in_(chunk), PaperSource.fmt == "latex")))
        return held

    def _drop_unused_models(self, session: Session, candidates: set[int]) -> None:
        """Delete the models among `candidates` that no result names any longer."""
        for chunk in _chunks(candidates):
            used = select(Result.id).where(Result.model_id == Model.id).exists()
            session.execute(delete(Model).where(Model.id.in_(chunk), ~used))
        self._model_ids.clear()

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
                check_lengths("models", to_add)
                for key, mid in session.execute(insert(Model).returning(Model.key, Model.id), to_add).all():
                    self._model_ids[key] = mid
        return {k: self._model_ids[k] for k in keys}
