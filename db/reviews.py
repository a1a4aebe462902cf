"""Reviews: what people said of a result (verified, rejected or corrected), kept so that it outlives its row.

A review is keyed by the paper (`paper_key`: "arXiv:<id>", else "text:<abstract key>", what the store merges
papers on), the number's span in the abstract and the benchmark it was extracted for. Reviews are only ever
added; the latest review of a key is its verdict. Re-extraction and re-ingestion write new result rows: the
store gives each its key's verdict (`apply_to_rows`), and `record` applies a new review at once, both under the
writers' lock. A key finds its row by the exact span, else by a span that overlaps it (the extractor now reads
"83.8%" where it read "83.8"), else by the same sentence and number (a new version of the abstract moved it); a
key that finds no row, or a row reading another number there, is *orphaned*: kept, listed and exported, never
dropped.

What a verdict does to its row: a rejected row is hidden everywhere; a corrected row holds the corrections in
place of the extracted values (`results.extracted` keeps those, so that every later review starts from what was
extracted); a verified or corrected row is shown by default like a trusted one, and listed first among equals.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from extract.modelname import model_key as name_key
from extract.registry import UnknownBenchmark, default_registry

from .engine import bump_data_version, lock_writers, writer_engine
from .limits import ValueTooLong, check_lengths
from .models import (
    CORRECTED,
    REJECTED,
    UNNAMED,
    VERIFIED,
    Model,
    Paper,
    PaperSource,
    Result,
    Review,
    Source,
    unnamed_key,
)

VERDICTS = (VERIFIED, REJECTED, CORRECTED)
CORRECTABLE = ("system", "backbone", "benchmark", "value", "kind", "metric", "setting", "scope", "role")
CHOICES = {"kind": ("score", "delta"), "scope": ("full", "subset", "joint"), "role": ("own", "baseline")}
# what a review keeps of the row it judged (with the files that hold its paper: `docs`)
SNAPSHOT = ("paper_title", "arxiv_id", "abstract_key", "model", "model_key", "system", "backbone", "benchmark",
            "metric", "value", "value_min", "value_norm", "unit", "kind", "qualifier", "role", "setting", "scope",
            "relative", "evidence", "start", "end", "value_start", "value_end", "source", "how_linked", "how_named",
            "confidence", "trusted", "extractor_version")
ROW = ("id", "paper_id", "model_id", *[c for c in SNAPSHOT if c not in ("paper_title", "arxiv_id", "abstract_key")],
       "review", "extracted")  # the result columns a review reads and writes
CHUNK = 1000  # keys per IN (...) list


class ReviewError(ValueError):
    """A review that cannot be recorded; the message says why in one line."""


def paper_key(arxiv_id: str | None, abstract_key: str) -> str:
    """How a review names a paper: its arXiv id, else the key of its abstract's text.

    >>> paper_key("2404.13628", "ab12"), paper_key(None, "ab12")
    ('arXiv:2404.13628', 'text:ab12')
    """
    return f"arXiv:{arxiv_id}" if arxiv_id else f"text:{abstract_key}"


def paper_keys(arxiv_id: str | None, abstract_key: str) -> tuple[str, ...]:
    """Every key a review of this paper may carry (a paper reviewed before its arXiv id was known keeps its
    text key)."""
    return (f"arXiv:{arxiv_id}", f"text:{abstract_key}") if arxiv_id else (f"text:{abstract_key}",)


@dataclass(frozen=True)
class Key:
    """What a review is keyed by: the paper, the number's span and benchmark as extracted, and where the number
    was written ("abstract", or a LaTeX source's "body" or "table", whose offsets are in the source; kept in the
    review's snapshot)."""

    paper: str
    start: int
    end: int
    benchmark: str
    source: str = "abstract"


@dataclass(frozen=True)
class Verdict:
    """The latest review of a key, as matching and applying need it."""

    id: int
    key: Key
    verdict: str
    corrections: dict[str, Any]
    when: dt.datetime
    snapshot: dict[str, Any]


def _verdict(r: Any) -> Verdict:
    snapshot = json.loads(r.snapshot)
    return Verdict(r.id, Key(r.paper_key, r.value_start, r.value_end, r.benchmark,
                             snapshot.get("source") or "abstract"), r.verdict,
                   json.loads(r.corrections) if r.corrections else {}, r.reviewed_at, snapshot)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(set(items))
    for k in range(0, len(ordered), CHUNK):
        yield ordered[k:k + CHUNK]


def latest(session: Session, keys: Iterable[str]) -> list[Verdict]:
    """The latest review of every key of these papers (by time, then by id)."""
    found: dict[Key, Verdict] = {}
    for chunk in _chunks(keys):
        for r in session.scalars(select(Review).where(Review.paper_key.in_(chunk)).order_by(
                Review.reviewed_at, Review.id)):
            v = _verdict(r)
            found[v.key] = v
    return list(found.values())


# ---- matching ----------------------------------------------------------------------------------------------

def _sentence(text: Any) -> str:
    return " ".join(str(text).split())


def _same_number(v: Verdict, r: Mapping[str, Any]) -> bool:
    """The row reads the number the review judged: as extracted then, or as a reviewer corrected it (an extractor
    that now reads it right)."""
    judged = {abs(float(x)) for x in (v.snapshot.get("value"), v.corrections.get("value")) if x is not None}
    return abs(float(r["value"])) in judged


def _same_benchmark(v: Verdict, r: Mapping[str, Any]) -> bool:
    """The row is of the benchmark the review judged: as extracted then, or as a reviewer corrected it."""
    return r["benchmark"] in (v.key.benchmark, v.corrections.get("benchmark"))


def _exact(v: Verdict, r: Mapping[str, Any]) -> bool:
    return (r["value_start"], r["value_end"]) == (v.key.start, v.key.end) and _same_number(v, r)


def _overlapping(v: Verdict, r: Mapping[str, Any]) -> bool:
    return r["value_start"] < v.key.end and v.key.start < r["value_end"] and _same_number(v, r)


def _same_sentence(v: Verdict, r: Mapping[str, Any]) -> bool:
    return _sentence(r["evidence"]) == _sentence(v.snapshot.get("evidence", "")) and _same_number(v, r)


def match(verdicts: Iterable[Verdict], rows: Sequence[Mapping[str, Any]]) -> tuple[dict[int, Verdict], set[Key]]:
    """Each row's verdict (by the row's position) and the keys that find no row at all (orphaned).

    `rows` hold extracted values and `paper_keys`. A key takes the row with its exact span, else one whose span
    overlaps it, else one in the same sentence (always of its paper and source, of the benchmark and reading the
    number it judged, as extracted or as corrected; the nearest when several fit); newer reviews choose first, and
    a row a newer key took is not another's.

    >>> v = Verdict(1, Key("text:a", 10, 14, "GSM8K"), "verified", {}, dt.datetime(2026, 1, 1),
    ...             {"evidence": "X gets 83.8% on GSM8K.", "value": 83.8, "source": "abstract"})
    >>> row = {"paper_keys": ("text:a",), "value_start": 10, "value_end": 15, "benchmark": "GSM8K",
    ...        "source": "abstract", "evidence": "X gets 83.8% on GSM8K.", "value": 83.8}
    >>> match([v], [row])[0][0].id, match([v], [{**row, "value_start": 40, "value_end": 44}])[0][0].id
    (1, 1)
    >>> match([v], [{**row, "benchmark": "MATH"}]), match([v], [{**row, "value": 88.3}])[0]
    (({}, {Key(paper='text:a', start=10, end=14, benchmark='GSM8K', source='abstract')}), {})
    """
    by_paper: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for k in r["paper_keys"]:
            by_paper.setdefault(k, []).append(i)
    order = sorted(verdicts, key=lambda v: (v.when, v.id), reverse=True)
    taken: dict[int, Verdict] = {}
    placed: set[Key] = set()
    found: set[Key] = set()
    for fits in (_exact, _overlapping, _same_sentence):
        for v in order:
            if v.key in placed:
                continue
            near = [i for i in by_paper.get(v.key.paper, []) if _same_benchmark(v, rows[i])
                    and rows[i].get("source", "abstract") == v.key.source and fits(v, rows[i])]
            if near:
                found.add(v.key)
            free = [i for i in near if i not in taken]
            if free:
                taken[min(free, key=lambda i: (abs(rows[i]["value_start"] - v.key.start), i))] = v
                placed.add(v.key)
    return taken, {v.key for v in order} - found


# ---- what a verdict makes of a row ----------------------------------------------------------------------------

def normalised(value: float, unit: str | None, kind: str, benchmark: str) -> float:
    """A corrected value on the 0-100 scale the boards rank by, as the extractor puts it: a fraction score
    without a unit is a share, a benchmark on another scale is brought to 100, the sign kept.

    >>> normalised(0.713, None, "score", "BEIR"), normalised(8.1, None, "score", "MT-Bench")
    (71.3, 81.0)
    >>> normalised(-2.5, "%", "delta", "GSM8K")
    -2.5
    """
    try:
        scale = default_registry().get(benchmark).scale
    except UnknownBenchmark:
        scale = 100.0
    v = abs(value)
    if kind == "score" and unit is None and not float(v).is_integer() and v <= 1.0 and scale == 100:
        v = round(v * 100, 6)
    elif scale != 100:
        v = round(v * 100 / scale, 6)
    return -v if value < 0 else v


def identity(system: str | None, backbone: str | None, role: str, paper_id: int) -> tuple[str | None, str | None]:
    """A row's display name and leaderboard key from its system, backbone and role (as the store keys them).

    >>> identity("MDToC", "GPT-4-Turbo", "own", 3), identity(None, "Gemma-2-9B", "own", 3)
    (('MDToC (GPT-4-Turbo)', 'mdtoc@gpt-4-turbo'), (None, 'paper:3@gemma-2-9b'))
    >>> identity(None, None, "baseline", 3)
    (None, None)
    """
    if system:
        key = name_key(system) + (f"@{name_key(backbone)}" if backbone else "")
        return (f"{system} ({backbone})" if backbone else system), key
    if role == "own":
        return None, unnamed_key(paper_id, name_key(backbone) if backbone else None)
    return None, None


def extracted_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row with its extracted values back in place of its corrections."""
    out = dict(row)
    out.update(json.loads(row["extracted"]) if row.get("extracted") else {})
    out["review"], out["extracted"] = None, None
    return out


def applied(row: Mapping[str, Any], v: Verdict | None) -> dict[str, Any]:
    """The row (with its extracted values) as its verdict makes it: the verdict, and for a correction the corrected
    fields in place, with the extracted values they replace in `extracted` and its name, key and 0-100 value
    worked out again.

    >>> row = {"paper_id": 3, "system": "X-7B", "backbone": None, "role": "own", "model": "X-7B",
    ...        "model_key": "x-7b", "value": 0.5, "value_norm": 50.0, "unit": None, "kind": "score",
    ...        "benchmark": "GSM8K", "review": None, "extracted": None}
    >>> fix = Verdict(1, Key("text:a", 0, 3, "GSM8K"), "corrected", {"system": "Y-7B", "value": 0.55},
    ...               dt.datetime(2026, 1, 1), {})
    >>> out = applied(row, fix)
    >>> out["model"], out["model_key"], out["value_norm"], out["review"], json.loads(out["extracted"])["system"]
    ('Y-7B', 'y-7b', 55.0, 'corrected', 'X-7B')
    """
    out = dict(row)
    out["review"], out["extracted"] = (v.verdict if v else None), None
    if v is None or v.verdict != CORRECTED:
        return out
    changed = {f: value for f, value in v.corrections.items() if f in CORRECTABLE and out.get(f) != value}
    if not changed:
        return out
    before = {f: out.get(f) for f in changed}
    out.update(changed)
    if changed.keys() & {"value", "benchmark", "kind"}:
        before["value_norm"] = out.get("value_norm")
        out["value_norm"] = normalised(float(out["value"]), out.get("unit"), out["kind"], out["benchmark"])
    if changed.keys() & {"system", "backbone", "role"}:
        before["model"], before["model_key"] = out.get("model"), out.get("model_key")
        out["model"], out["model_key"] = identity(out.get("system"), out.get("backbone"), out["role"],
                                                  out["paper_id"])
    out["extracted"] = json.dumps(before, sort_keys=True, ensure_ascii=False)
    return out


def corrections_of(row: Mapping[str, Any], asked: Mapping[str, Any]) -> dict[str, Any]:
    """The corrections a reviewer asked for, checked and in canonical form, that differ from the extracted row;
    ReviewError names the first one that cannot be stored.

    >>> row = {"system": "X-7B", "benchmark": "GSM8K", "value": 83.8, "kind": "score", "metric": None}
    >>> corrections_of(row, {"system": " X-7B ", "benchmark": "gsm8k", "value": "88.3", "metric": ""})
    {'value': 88.3}
    >>> corrections_of({**row, "benchmark": "OldBench", "scope": None}, {"benchmark": "OldBench", "scope": None})
    {}
    >>> corrections_of(row, {"kind": "best"})
    Traceback (most recent call last):
    ...
    db.reviews.ReviewError: kind must be one of score, delta (not 'best')
    """
    out: dict[str, Any] = {}
    for field, raw in asked.items():
        if field not in CORRECTABLE:
            raise ReviewError(f"{field} cannot be corrected (only {', '.join(CORRECTABLE)})")
        value: Any = " ".join(str(raw).split()) if raw is not None else None
        value = value or None
        if (field == "benchmark" or field in CHOICES) and value == row.get(field):
            continue  # as extracted (a benchmark the registry no longer has, a field an older row does not set)
        if field == "value":
            try:
                value = float(value) if value is not None else math.nan
            except ValueError:
                value = math.nan
            if not math.isfinite(value):
                raise ReviewError(f"value must be a number (not {raw!r})")
        elif field == "benchmark":
            try:
                value = default_registry().get(value or "").name
            except UnknownBenchmark as exc:
                raise ReviewError(str(exc)) from None
        elif field in CHOICES and value not in CHOICES[field]:
            raise ReviewError(f"{field} must be one of {', '.join(CHOICES[field])} (not {raw!r})")
        if value != row.get(field):
            out[field] = value
    try:
        check_lengths("results", [out])
    except ValueTooLong as exc:
        raise ReviewError(str(exc)) from None
    return out


# ---- reading and writing the stored rows ----------------------------------------------------------------------

def _papers(session: Session, keys: Iterable[str]) -> dict[int, tuple[str, ...]]:
    """The stored papers these keys name (by arXiv id, or by an abstract text the paper or a source holds), with
    every key of each."""
    arxiv = [k.removeprefix("arXiv:") for k in keys if k.startswith("arXiv:")]
    texts = [k.removeprefix("text:") for k in keys if k.startswith("text:")]
    ids: set[int] = set()
    for chunk in _chunks(arxiv):
        ids.update(session.scalars(select(Paper.id).where(Paper.arxiv_id.in_(chunk))))
    for chunk in _chunks(texts):
        ids.update(session.scalars(select(Paper.id).where(Paper.abstract_key.in_(chunk))))
        ids.update(session.scalars(select(PaperSource.paper_id).where(PaperSource.abstract_key.in_(chunk))))
    return keys_of(session, ids)


def keys_of(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Every key a review of each of these stored papers may carry: its arXiv id, its abstract's text key and the
    text keys of the versions of its abstract its files held before."""
    out: dict[int, tuple[str, ...]] = {}
    for chunk in _chunks(ids):
        versions: dict[int, list[str]] = {}
        for pid, key in session.execute(select(PaperSource.paper_id, PaperSource.abstract_key).where(
                PaperSource.paper_id.in_(chunk), PaperSource.abstract_key.is_not(None))):
            versions.setdefault(pid, []).append(f"text:{key}")
        for pid, aid, key in session.execute(select(Paper.id, Paper.arxiv_id, Paper.abstract_key).where(
                Paper.id.in_(chunk))):
            out[pid] = tuple(dict.fromkeys([*paper_keys(aid, key), *versions.get(pid, [])]))
    return out


def _rows(session: Session, papers: Mapping[int, tuple[str, ...]]) -> list[dict[str, Any]]:
    """The stored rows of these papers, their extracted values back in place, with their papers' keys."""
    rows = []
    for chunk in _chunks(papers):
        for r in session.execute(select(*[getattr(Result, c) for c in ROW]).where(Result.paper_id.in_(chunk))):
            stored = dict(zip(ROW, r, strict=True))
            rows.append({**extracted_row(stored), "stored": stored, "paper_keys": papers[stored["paper_id"]]})
    return rows


def _model_id(session: Session, key: str | None, name: str | None) -> int | None:
    """The model row of a named system's key (created when missing); None for an unnamed one."""
    if not key or key.startswith(UNNAMED):
        return None
    found = session.scalar(select(Model.id).where(Model.key == key))
    if found is None:
        check_lengths("models", [{"key": key, "name": name or key}])
        found = session.scalar(insert(Model).values(key=key, name=name or key).returning(Model.id))
    return int(found) if found is not None else None


WRITTEN = ("model", "model_key", "value_norm", "review", "extracted", *CORRECTABLE)


def reapply(session: Session, keys: Iterable[str]) -> int:
    """Give the stored rows of the papers these keys name their keys' verdicts again (after a review was added
    or imported); returns the rows changed. Models no row names any longer are deleted."""
    papers = _papers(session, keys)
    rows = _rows(session, papers)
    taken, _ = match(latest(session, {k for ks in papers.values() for k in ks}), rows)
    changed, old_models = 0, set()
    for i, row in enumerate(rows):
        new = applied({k: v for k, v in row.items() if k not in ("stored", "paper_keys")}, taken.get(i))
        stored = row["stored"]
        values = {c: new[c] for c in WRITTEN if new.get(c) != stored.get(c)}
        if not values:
            continue
        if "model_key" in values:
            values["model_id"] = _model_id(session, new["model_key"], new["model"])
            old_models.add(stored["model_id"])
        session.execute(update(Result).where(Result.id == stored["id"]).values(**values))
        changed += 1
    for mid in old_models - {None}:
        session.execute(delete(Model).where(Model.id == mid, ~select(Result.id).where(
            Result.model_id == mid).exists()))
    return changed


def apply_to_rows(session: Session, rows: list[dict[str, Any]], papers: Mapping[int, tuple[str | None, str]]) -> None:
    """Give new result rows (`store.result_row` dicts, their identity set) their keys' verdicts, in place;
    `papers` maps each row's paper to its (arXiv id, abstract key) as written now. A paper's keys are those
    `reapply` finds it by (`keys_of`: its earlier abstracts' text keys too)."""
    stored = keys_of(session, {r["paper_id"] for r in rows})
    keys = {pid: tuple(dict.fromkeys([*paper_keys(*papers[pid]), *stored.get(pid, ())]))
            for pid in {r["paper_id"] for r in rows}}
    verdicts = latest(session, {k for ks in keys.values() for k in ks})
    if not verdicts:
        return
    taken, _ = match(verdicts, [{**r, "paper_keys": keys[r["paper_id"]]} for r in rows])
    for i, v in taken.items():
        rows[i].update(applied(rows[i], v))


def _docs(session: Session, paper_id: int, abstract_key: str, source: str | None = "abstract") -> list[list[Any]]:
    """The files a row of the paper was read from, with the abstract's position in each: for a number of the
    abstract those holding this version of it, for one of a LaTeX source's text or tables (`source` other than
    "abstract") the paper's LaTeX sources."""
    where = (PaperSource.fmt == "latex" if (source or "abstract") != "abstract" else
             or_(PaperSource.abstract_key == abstract_key, PaperSource.abstract_key.is_(None)))
    return [[name, pos] for name, pos in session.execute(
        select(Source.name, PaperSource.position).join(Source, Source.id == PaperSource.source_id).where(
            PaperSource.paper_id == paper_id, where).order_by(Source.name))]


def now() -> dt.datetime:
    """The time a review is recorded: UTC, to the microsecond, without a zone (as the column stores it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record(engine: Engine, result_id: int, reviewer: str, verdict: str, corrections: Mapping[str, Any] | None = None,
           note: str | None = None) -> int:
    """Record a review of a stored result and apply it at once (one transaction under the writers' lock, so that
    reviewers writing at the same time each add theirs); returns the review's id. A correction that changes
    nothing is a verification."""
    reviewer = " ".join((reviewer or "").split())
    if not reviewer:
        raise ReviewError("a review needs the reviewer's name")
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)} (not {verdict!r})")
    note = (note or "").strip() or None
    with Session(writer_engine(engine)) as session, session.begin():
        lock_writers(session)
        found = session.execute(select(*[getattr(Result, c) for c in ROW], Paper.title, Paper.arxiv_id,
                                       Paper.abstract_key).join(Paper, Paper.id == Result.paper_id).where(
            Result.id == result_id)).first()
        if found is None:
            raise ReviewError(f"result {result_id} is no longer stored (the data changed since the page was read): "
                              "reload the page")
        row = extracted_row(dict(zip(ROW, found[:len(ROW)], strict=True)))
        title, arxiv_id, abstract_key = found[len(ROW):]
        fixes = corrections_of(row, corrections or {}) if verdict == CORRECTED else {}
        if verdict == CORRECTED and not fixes:
            verdict = VERIFIED
        snapshot = {**{c: row.get(c) for c in SNAPSHOT}, "paper_title": title, "arxiv_id": arxiv_id,
                    "abstract_key": abstract_key, "docs": _docs(session, row["paper_id"], abstract_key, row["source"])}
        values = {"paper_key": paper_key(arxiv_id, abstract_key), "value_start": row["value_start"],
                  "value_end": row["value_end"], "benchmark": row["benchmark"], "reviewer": reviewer,
                  "reviewed_at": now(), "verdict": verdict,
                  "corrections": json.dumps(fixes, sort_keys=True, ensure_ascii=False) if fixes else None,
                  "note": note, "snapshot": json.dumps(snapshot, sort_keys=True, ensure_ascii=False)}
        try:
            check_lengths("reviews", [values])
        except ValueTooLong as exc:
            raise ReviewError(str(exc)) from None
        review_id = int(session.scalar(insert(Review).values(**values).returning(Review.id)) or 0)
        reapply(session, [values["paper_key"]])
        bump_data_version(session)
    return review_id


# ---- what the Review page and the exports read --------------------------------------------------------------

REVIEW_COLUMNS = ["review_id", "paper_key", "value_start", "value_end", "key_benchmark", "reviewer", "reviewed_at",
                  "verdict", "corrections", "note", "status", "result_id", *SNAPSHOT, "docs"]


def standing(session: Session) -> tuple[list[Verdict], dict[int, dict[str, Any]], set[Key]]:
    """Every review (oldest first), the stored row each key's latest review is applied to (by review id: the row
    as stored, with `paper_id`), and the keys whose number no row holds (orphaned)."""
    every = [_verdict(r) for r in session.scalars(select(Review).order_by(Review.reviewed_at, Review.id))]
    last: dict[Key, Verdict] = {v.key: v for v in every}
    rows = _rows(session, _papers(session, {v.key.paper for v in every}))
    taken, orphaned = match(last.values(), rows)
    return every, {v.id: rows[i]["stored"] for i, v in taken.items()}, orphaned


def status(v: Verdict, on_row: Mapping[int, Any], orphaned: set[Key], last: Mapping[Key, Verdict]) -> str:
    """"applied" (its key's latest, on a stored row), "orphaned" (its key's latest, no row holds its number) or
    "superseded" (a later review of its key, or of the row its key finds)."""
    return ("applied" if v.id in on_row else "orphaned" if v.key in orphaned and last[v.key] is v
            else "superseded")


def reviews(engine: Engine) -> pd.DataFrame:
    """Every review, newest first, with what it judged (its snapshot) and its `status`; `result_id` is the row an
    applied review is on."""
    with Session(engine) as session:
        every, on_row, orphaned = standing(session)
        notes = dict(session.execute(select(Review.id, Review.note)).all())
        who = dict(session.execute(select(Review.id, Review.reviewer)).all())
    last = {v.key: v for v in every}
    out = []
    for v in reversed(every):
        row = on_row.get(v.id)
        out.append([v.id, v.key.paper, v.key.start, v.key.end, v.key.benchmark, who[v.id], v.when, v.verdict,
                    v.corrections, notes[v.id], status(v, on_row, orphaned, last), row["id"] if row else None,
                    *[v.snapshot.get(c) for c in SNAPSHOT], v.snapshot.get("docs", [])])
    return pd.DataFrame(out, columns=REVIEW_COLUMNS)


def has_reviews(session: Session) -> bool:
    """Whether any review is stored (the store skips matching otherwise)."""
    return session.scalar(select(Review.id).limit(1)) is not None

