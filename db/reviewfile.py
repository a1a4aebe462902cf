"""Reviews as data: gold records that `benchboard evaluate` scores, and the same records read into a database.

`records` writes each key's standing verdict (applied to a row, or orphaned; never a superseded one), one record
per file that holds its paper:

- a verified or corrected number is a *gold record* (`docs/annotation.md`): the values the reviewer judged
  right (as extracted, with the corrections in place), the sentence as the file has it, the file and the
  abstract's position in it;
- a rejected number is a *negative record*: its sentence (`sentence`, not `evidence`), `why`, and the benchmark
  and value that must not be extracted from it.

Each record carries `review`: the verdict, reviewer, time, note, corrections, the key (paper, span, benchmark
as extracted) and `extracted`, what the row held when reviewed where the record says otherwise, so that
`read` stores the same review in another database, matched to its rows by the key (`db.reviews`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from extract.registry import UnknownBenchmark, default_registry

from .engine import bump_data_version, lock_writers, writer_engine
from .limits import ValueTooLong, check_lengths
from .models import CORRECTED, REJECTED, VERIFIED, Paper, Review
from .reviews import (
    SNAPSHOT,
    VERDICTS,
    Key,
    ReviewError,
    Verdict,
    _chunks,
    _docs,
    corrections_of,
    identity,
    reapply,
    standing,
    status,
)

WRITTEN_IN = ("abstract", "body", "table")  # where a number was written: `results.source`
GOLD = ("doc", "paper_title", "arxiv_id", "model", "system", "backbone", "benchmark", "metric", "value", "unit",
        "kind", "relative", "qualifier", "value_min", "role", "scope", "setting", "evidence")


def _judged(v: Verdict) -> dict[str, Any]:
    """The row as the reviewer judged it right: as extracted, the corrections in place (its name worked out)."""
    out = {**v.snapshot, **v.corrections}
    if v.corrections.keys() & {"system", "backbone", "role"}:
        out["model"] = identity(out.get("system"), out.get("backbone"), out.get("role") or "own", 0)[0]
    return out


def _review(v: Verdict, reviewer: str, note: str | None, record: Mapping[str, Any]) -> dict[str, Any]:
    extracted = {k: x for k, x in v.snapshot.items() if k not in record or record[k] != x}
    return {"verdict": v.verdict, "reviewer": reviewer, "reviewed_at": v.when.isoformat(), "note": note,
            "corrections": v.corrections, "key": {"paper": v.key.paper, "value_start": v.key.start,
                                                  "value_end": v.key.end, "benchmark": v.key.benchmark,
                                                  "source": v.key.source},
            "extracted": extracted}


def _record(v: Verdict, reviewer: str, note: str | None, row: Mapping[str, Any] | None, doc: str,
            position: int) -> dict[str, Any]:
    judged = _judged(v)
    evidence = row["evidence"] if row else judged.get("evidence")  # (the sentence as the file has it now)
    if v.verdict == REJECTED:
        why = f"rejected by a reviewer: {note}" if note else "rejected by a reviewer"
        record = {"doc": doc, "sentence": evidence, "why": why, "abstract_index": position,
                  "arxiv_id": judged.get("arxiv_id"), "benchmark": v.key.benchmark, "value": judged.get("value")}
    else:
        record = {k: judged.get(k) for k in GOLD if k != "relative" or judged.get("kind") == "delta"}
        record.update(doc=doc, evidence=evidence, abstract_index=position)
    record["review"] = _review(v, reviewer, note, {**record, "evidence": evidence})
    return record


def records(engine: Engine) -> list[dict[str, Any]]:
    """Every key's standing review as gold or negative records, one per file holding its paper (the files its
    row's paper is in now; an orphaned review's, those it was in when reviewed), in key order."""
    out = []
    with Session(engine) as session:
        every, on_row, orphaned = standing(session)
        who = dict(session.execute(select(Review.id, Review.reviewer)).all())
        notes = dict(session.execute(select(Review.id, Review.note)).all())
        last = {v.key: v for v in every}
        for key in sorted(last, key=lambda k: (k.paper, k.start, k.end, k.benchmark, k.source)):
            v = last[key]
            if status(v, on_row, orphaned, last) == "superseded":
                continue
            row = on_row.get(v.id)
            if row:
                paper_key = session.scalar(select(Paper.abstract_key).where(Paper.id == row["paper_id"]))
                docs = _docs(session, row["paper_id"], paper_key or "", row["source"])
            else:
                docs = v.snapshot.get("docs") or [[None, None]]
            for doc, position in docs:
                out.append(_record(v, who[v.id], notes[v.id], row, doc, position))
    return out


def jsonl(recs: Iterable[Mapping[str, Any]]) -> str:
    """Records as JSON lines."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---- reading them into a database ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadReport:
    """What `read` did: reviews added, reviews the database held already, and of the keys read, those applied
    to a stored row and those whose number no row holds (orphaned: kept)."""

    added: int
    present: int
    applied: int
    orphaned: int


def _when(text: Any) -> dt.datetime:
    when = dt.datetime.fromisoformat(str(text))
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


def review_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """The `reviews` row a record stands for; ReviewError says what is missing or wrong.

    >>> rec = {"doc": "a.txt", "benchmark": "GSM8K", "value": 88.3, "evidence": "X gets 83.8 on GSM8K.",
    ...        "system": "X-7B", "review": {"verdict": "corrected", "reviewer": "ana",
    ...        "reviewed_at": "2026-01-02T03:04:05", "note": None, "corrections": {"value": 88.3},
    ...        "key": {"paper": "arXiv:2401.00001", "value_start": 7, "value_end": 11, "benchmark": "GSM8K"},
    ...        "extracted": {"value": 83.8, "docs": [["a.txt", 0]]}}}
    >>> row = review_row(rec)
    >>> row["paper_key"], row["verdict"], row["corrections"], json.loads(row["snapshot"])["value"]
    ('arXiv:2401.00001', 'corrected', '{"value": 88.3}', 83.8)
    >>> review_row({**rec, "review": {**rec["review"], "verdict": "maybe"}})
    Traceback (most recent call last):
    ...
    db.reviews.ReviewError: verdict must be one of verified, rejected, corrected (not 'maybe')
    """
    review = record.get("review")
    if not isinstance(review, dict):
        raise ReviewError("no review (not written by `benchboard reviews export`)")
    key = review.get("key")
    if not isinstance(key, dict) or not all(k in key for k in ("paper", "value_start", "value_end", "benchmark")):
        raise ReviewError("its review has no key (paper, value_start, value_end, benchmark)")
    paper = str(key["paper"])
    if not paper.startswith(("arXiv:", "text:")) or paper in ("arXiv:", "text:"):
        raise ReviewError(f"its key's paper must be 'arXiv:<id>' or 'text:<abstract key>' (not {paper!r})")
    try:
        benchmark = default_registry().get(str(key["benchmark"])).name
    except UnknownBenchmark as exc:
        raise ReviewError(f"its key's benchmark: {exc}") from None
    verdict = review.get("verdict")
    if verdict not in VERDICTS:
        raise ReviewError(f"verdict must be one of {', '.join(VERDICTS)} (not {verdict!r})")
    reviewer = " ".join(str(review.get("reviewer") or "").split())
    if not reviewer:
        raise ReviewError("its review has no reviewer")
    try:
        when = _when(review.get("reviewed_at"))
        start, end = int(key["value_start"]), int(key["value_end"])
    except (TypeError, ValueError) as exc:
        raise ReviewError(f"its review's time or span cannot be read ({exc})") from None
    asked = review.get("corrections") or {}
    if not isinstance(asked, dict) or not isinstance(review.get("extracted") or {}, dict):
        raise ReviewError("its review's corrections and extracted values must be JSON objects")
    as_read = {**record, "evidence": record.get("evidence", record.get("sentence"))}
    snapshot = {**{k: as_read[k] for k in SNAPSHOT if k in as_read}, **review.get("extracted", {})}
    source = key.get("source", snapshot.get("source")) or "abstract"  # (a file written before keys held it)
    if source not in WRITTEN_IN:
        raise ReviewError(f"its key's source must be one of {', '.join(WRITTEN_IN)} (not {source!r})")
    snapshot["source"] = source
    fixes = corrections_of(snapshot, asked) if verdict == CORRECTED else {}
    if verdict == CORRECTED and not fixes:
        verdict = VERIFIED  # (a correction that changes nothing, as `reviews.record` stores it)
    note = review.get("note")
    row = {"paper_key": paper, "value_start": start, "value_end": end, "benchmark": benchmark,
           "reviewer": reviewer, "reviewed_at": when, "verdict": verdict,
           "corrections": json.dumps(fixes, sort_keys=True, ensure_ascii=False) if fixes else None,
           "note": str(note) if note else None, "snapshot": json.dumps(snapshot, sort_keys=True, ensure_ascii=False)}
    try:
        check_lengths("reviews", [row])
    except ValueTooLong as exc:
        raise ReviewError(str(exc)) from None
    return row


def review_rows(recs: Iterable[tuple[int, Mapping[str, Any]]], source: str) -> list[dict[str, Any]]:
    """The `reviews` rows of these (line number, record) pairs, one per review (a paper in several files has one
    record per file); a record that cannot be read raises ReviewError naming `source` and its line."""
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for n, rec in recs:
        try:
            row = review_row(rec)
        except ReviewError as exc:
            raise ReviewError(f"{source} line {n}: {exc}") from None
        rows.setdefault(_identity(row), row)
    return list(rows.values())


def read(engine: Engine, checked: Iterable[Mapping[str, Any]]) -> ReadReport:
    """Store the reviews of these `review_rows` that the database does not hold yet (the same key, reviewer, time
    and verdict), and give every row its key's verdict: one transaction under the writers' lock."""
    rows = {_identity(r): dict(r) for r in checked}
    with Session(writer_engine(engine)) as session, session.begin():
        lock_writers(session)
        keys = {r["paper_key"] for r in rows.values()}
        held = {_identity({c: getattr(r, c) for c in IDENTITY}) for chunk in _chunks(keys)
                for r in session.scalars(select(Review).where(Review.paper_key.in_(chunk)))}
        new = [r for k, r in rows.items() if k not in held]
        if new:
            session.execute(insert(Review), new)
            reapply(session, keys)
            bump_data_version(session)
        every, on_row, orphaned = standing(session)
    read_keys = {Key(r["paper_key"], r["value_start"], r["value_end"], r["benchmark"],
                     json.loads(r["snapshot"]).get("source") or "abstract") for r in rows.values()}
    last = {v.key: v for v in every if v.key in read_keys}
    applied = sum(1 for v in last.values() if v.id in on_row)
    return ReadReport(len(new), len(rows) - len(new), applied, len(read_keys & orphaned))


IDENTITY = ("paper_key", "value_start", "value_end", "benchmark", "reviewer", "reviewed_at", "verdict")


def _identity(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes a review the same review in two databases."""
    return tuple(row[c].isoformat(timespec="microseconds") if c == "reviewed_at" else row[c] for c in IDENTITY)


# ---- what evaluate scores of a reviews file ----------------------------------------------------------------

def _sentence(text: Any) -> str:
    return " ".join(str(text).split())


def judged_only(predictions: Iterable[dict[str, Any]], gold: Iterable[Mapping[str, Any]],
                negatives: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The predictions that read a number reviewers judged: same file, same sentence, the same number as judged
    or as extracted then (the rest of a reviewed paper was not judged, so it is neither right nor wrong).

    >>> g = {"doc": "a.txt", "evidence": "X gets 88.3 on GSM8K.", "value": 88.3,
    ...      "review": {"extracted": {"value": 83.8}}}
    >>> n = {"doc": "a.txt", "sentence": "Y has 7 tasks of MATH.", "value": 7}
    >>> p = [{"doc": "a.txt", "evidence": "X gets 88.3 on GSM8K.", "value": 83.8},
    ...      {"doc": "a.txt", "evidence": "Y has 7 tasks of MATH.", "value": 7.0},
    ...      {"doc": "a.txt", "evidence": "Z gets 50.1 on MATH.", "value": 50.1}]
    >>> [x["value"] for x in judged_only(p, [g], [n])]
    [83.8, 7.0]
    """
    judged: set[tuple[str, str, float]] = set()
    for g in gold:
        extracted = (g.get("review") or {}).get("extracted") or {}
        for value in (g.get("value"), extracted.get("value")):
            if value is not None:
                judged.add((str(g["doc"]), _sentence(g["evidence"]), round(abs(float(value)), 4)))
    for n in negatives:
        if n.get("value") is not None:
            judged.add((str(n["doc"]), _sentence(n["sentence"]), round(abs(float(n["value"])), 4)))
    return [p for p in predictions
            if (str(p["doc"]), _sentence(p["evidence"]), round(abs(float(p["value"])), 4)) in judged]

