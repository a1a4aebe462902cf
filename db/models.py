"""SQLAlchemy 2.0 typed models: sources, papers, paper-source links, models, benchmarks, results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 4  # 2: results.firsts and the leaderboard index over it; 3: covering Explore indexes;
# 4: what each source holds of a paper (its abstract version and metadata) on paper_sources

# results.firsts: bit flags marking, within one paper, the first result (lowest id) of each leaderboard
# group, so "papers reporting this model" is a SUM over the index instead of a COUNT(DISTINCT paper_id):
FIRST_OF_MODEL = 1  # (benchmark, kind, model_key)
FIRST_OF_METRIC = 2  # (benchmark, kind, model_key, metric)
FIRST_OWN_OF_MODEL = 4  # the same two among the paper's own results only
FIRST_OWN_OF_METRIC = 8


def first_bit(by_metric: bool, own_only: bool) -> int:
    """The `firsts` bit that counts papers for a leaderboard of one metric or all, with or without baselines."""
    return (FIRST_OWN_OF_METRIC if by_metric else FIRST_OWN_OF_MODEL) if own_only else (
        FIRST_OF_METRIC if by_metric else FIRST_OF_MODEL)


def mark_firsts(rows: list[dict[str, object]]) -> None:
    """Set `firsts` on result rows given in id order, each paper's results all present.

    >>> rows = [{"paper_id": 1, "benchmark": "GSM8K", "kind": "score", "model_key": "m", "metric": m, "role": r}
    ...         for m, r in [("accuracy", "baseline"), ("accuracy", "own"), ("pass@1", "own")]]
    >>> mark_firsts(rows); [r["firsts"] for r in rows]
    [3, 12, 10]
    """
    seen: set[tuple[object, ...]] = set()
    for row in rows:
        group = (row["paper_id"], row["benchmark"], row["kind"], row["model_key"])
        metric = (*group, row["metric"])
        bits = 0
        for key, bit, own_bit in ((group, FIRST_OF_MODEL, FIRST_OWN_OF_MODEL),
                                  (metric, FIRST_OF_METRIC, FIRST_OWN_OF_METRIC)):
            if key not in seen:
                seen.add(key)
                bits |= bit
            if row["role"] == "own" and ("own", *key) not in seen:
                seen.add(("own", *key))
                bits |= own_bit
        row["firsts"] = bits


# The same flags in SQL, for databases written before the column existed (and bulk loads).
FIRSTS_SQL = """
UPDATE results SET firsts = f.bits FROM (
  SELECT id,
    (CASE WHEN row_number() OVER (PARTITION BY paper_id, benchmark, kind, model_key ORDER BY id) = 1
          THEN 1 ELSE 0 END)
  + (CASE WHEN row_number() OVER (PARTITION BY paper_id, benchmark, kind, model_key, metric ORDER BY id) = 1
          THEN 2 ELSE 0 END)
  + (CASE WHEN role = 'own' AND row_number() OVER (PARTITION BY paper_id, benchmark, kind, model_key, role
          ORDER BY id) = 1 THEN 4 ELSE 0 END)
  + (CASE WHEN role = 'own' AND row_number() OVER (PARTITION BY paper_id, benchmark, kind, model_key, metric,
          role ORDER BY id) = 1 THEN 8 ELSE 0 END) AS bits
  FROM results
) AS f WHERE results.id = f.id
"""


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Meta(Base):
    """Key/value facts about the database itself: schema version, database id, data version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class Source(Base):
    """A file that was ingested."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    name: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    fmt: Mapped[str] = mapped_column(String(8))
    n_papers: Mapped[int] = mapped_column(Integer, default=0)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    links: Mapped[list[PaperSource]] = relationship(back_populates="source", cascade="all, delete-orphan")


class Paper(Base):
    """One paper, however many files it was found in."""

    __tablename__ = "papers"
    id: Mapped[int] = mapped_column(primary_key=True)
    abstract_key: Mapped[str] = mapped_column(String(40), index=True)  # not unique: two arXiv ids, one text
    arxiv_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    comments: Mapped[str | None] = mapped_column(Text)
    abstract: Mapped[str] = mapped_column(Text)
    own_system: Mapped[str | None] = mapped_column(String(256))
    extractor_version: Mapped[str | None] = mapped_column(String(32))

    links: Mapped[list[PaperSource]] = relationship(back_populates="paper", cascade="all, delete-orphan")
    results: Mapped[list[Result]] = relationship(back_populates="paper", cascade="all, delete-orphan")


class PaperSource(Base):
    """Where a paper was found: a file, the abstract's position in it, and what that file says of the paper.

    The paper's own fields are the latest of these (see `db.store`); `abstract` holds this file's text
    only while it differs from the paper's (`abstract_key` always names the version).
    """

    __tablename__ = "paper_sources"
    __table_args__ = (UniqueConstraint("paper_id", "source_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    fmt: Mapped[str] = mapped_column(String(8))
    abstract_key: Mapped[str | None] = mapped_column(String(40), index=True)
    abstract: Mapped[str | None] = mapped_column(Text)
    arxiv_id: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    created: Mapped[dt.date | None] = mapped_column(Date)
    comments: Mapped[str | None] = mapped_column(Text)

    paper: Mapped[Paper] = relationship(back_populates="links")
    source: Mapped[Source] = relationship(back_populates="links")


class Model(Base):
    """A model, identified by its canonical key; `name` is its first spelling seen."""

    __tablename__ = "models"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(256), unique=True)
    name: Mapped[str] = mapped_column(String(256))


class Benchmark(Base):
    """A registry entry as stored (so the database is self-describing)."""

    __tablename__ = "benchmarks"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    core: Mapped[bool] = mapped_column(Boolean, default=False)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    range_min: Mapped[float] = mapped_column(Float)
    range_max: Mapped[float] = mapped_column(Float)
    scale: Mapped[float] = mapped_column(Float, default=100.0)
    variant_of: Mapped[str | None] = mapped_column(String(64))
    metrics: Mapped[str] = mapped_column(String(256), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Result(Base):
    """One reported number with its evidence sentence and offsets."""

    __tablename__ = "results"
    __table_args__ = (
        # a leaderboard (best value and papers per model, any metric/role filter) reads only this index
        Index("ix_results_leaderboard", "benchmark", "kind", "model_key", "value_norm", "metric", "role", "firsts"),
        # the other three each lead with what one Explore filter narrows (benchmarks and dates, models,
        # papers) and carry every other filter column: a filtered count or page of ids reads one index
        Index("ix_results_dated", "benchmark", "kind", "paper_date", "value_norm", "metric", "role", "value",
              "model_id", "paper_id"),
        Index("ix_results_model", "model_id", "kind", "benchmark", "value_norm", "metric", "role", "paper_date",
              "value", "paper_id"),
        Index("ix_results_paper", "paper_id", "benchmark", "kind", "paper_date", "value_norm", "metric", "role",
              "value", "model_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"))
    benchmark: Mapped[str] = mapped_column(ForeignKey("benchmarks.name"))
    model_id: Mapped[int | None] = mapped_column(ForeignKey("models.id"))
    model: Mapped[str | None] = mapped_column(String(256))  # as written
    model_key: Mapped[str | None] = mapped_column(String(256))
    metric: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    value_min: Mapped[float | None] = mapped_column(Float)
    value_norm: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    qualifier: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="own")
    setting: Mapped[str | None] = mapped_column(String(128))
    evidence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value_start: Mapped[int] = mapped_column(Integer)
    value_end: Mapped[int] = mapped_column(Integer)
    paper_date: Mapped[dt.date | None] = mapped_column(Date)  # copied from the paper: no join to rank by date
    firsts: Mapped[int] = mapped_column(Integer, default=0)  # see FIRST_OF_MODEL
    extractor_version: Mapped[str] = mapped_column(String(32))

    paper: Mapped[Paper] = relationship(back_populates="results")
