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

SCHEMA_VERSION = 7  # 2: results.firsts (dropped in 5); 3: covering Explore indexes; 4: what each source holds
# of a paper (its abstract version and metadata) on paper_sources; 5: whose number it is (system, backbone, scope,
# relative, provenance), where it was written (source), an identity for a paper's unnamed system, papers per
# model counted without flags; 6: the model index orders metric and setting right after the benchmark; 7: how
# sure the extractor is (confidence, trusted), what reviewers said (the reviews table; each result's verdict and
# the extracted values a correction replaced), the indexes carrying them

UNNAMED = "paper:"  # model_key prefix of a paper's own unnamed system: "paper:12", "paper:12@qwen-2.5-7b"
VERIFIED, REJECTED, CORRECTED = "verified", "rejected", "corrected"  # a review's verdicts
ACCEPTED = (VERIFIED, CORRECTED)  # the verdicts that vouch for a row (a corrected row is right as corrected)


def unnamed_key(paper_id: int, backbone_key: str | None = None) -> str:
    """The leaderboard identity of a paper's own result whose system the text never names: the paper itself
    (and the backbone, when the text gives one), so it never merges with another paper's unnamed system.

    >>> unnamed_key(12), unnamed_key(12, "qwen-2.5-7b")
    ('paper:12', 'paper:12@qwen-2.5-7b')
    """
    return f"{UNNAMED}{paper_id}" + (f"@{backbone_key}" if backbone_key else "")


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
        # a leaderboard (best value and papers per system, any metric, setting or role) reads only this index
        # (paper_id right after model_key: each system's papers come in order, counted distinct cheaply); every
        # index ends with what decides whether a row is shown (trusted, its review's verdict)
        Index("ix_results_leaderboard", "benchmark", "kind", "model_key", "paper_id", "value_norm", "metric", "role",
              "scope", "setting", "value_min", "relative", "trusted", "review"),
        # the other three each lead with what one Explore filter narrows (benchmarks and dates, models,
        # papers) and carry every other filter column: a filtered count or page of ids reads one index
        # (Progress and a benchmark's holdings read the dated one, Compare the model one, with the columns a
        # ranking looks at; metric and setting right after the benchmark: Compare groups on them as it reads)
        Index("ix_results_dated", "benchmark", "kind", "paper_date", "value_norm", "metric", "role", "value",
              "model_id", "paper_id", "scope", "setting", "value_min", "relative", "trusted", "review"),
        Index("ix_results_model", "model_id", "kind", "benchmark", "metric", "setting", "value_norm", "role",
              "paper_date", "value", "paper_id", "scope", "value_min", "relative", "trusted", "review"),
        Index("ix_results_paper", "paper_id", "benchmark", "kind", "paper_date", "value_norm", "metric", "role",
              "value", "model_id", "scope", "trusted", "review"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"))
    benchmark: Mapped[str] = mapped_column(ForeignKey("benchmarks.name"))
    model_id: Mapped[int | None] = mapped_column(ForeignKey("models.id"))
    model: Mapped[str | None] = mapped_column(String(256))  # display name: "system (backbone)" or the system
    model_key: Mapped[str | None] = mapped_column(String(256))  # keys the pair; a paper's unnamed own: `unnamed_key`
    system: Mapped[str | None] = mapped_column(String(256))  # the model or named method the number belongs to
    backbone: Mapped[str | None] = mapped_column(String(256))  # the model the system runs on, when the text says
    metric: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[float] = mapped_column(Float)
    value_min: Mapped[float | None] = mapped_column(Float)
    value_norm: Mapped[float] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    qualifier: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="own")
    setting: Mapped[str | None] = mapped_column(String(128))
    scope: Mapped[str] = mapped_column(String(8), default="full")  # "full" | "subset" | "joint"
    relative: Mapped[bool] = mapped_column(Boolean, default=False)  # a change stated as relative
    evidence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value_start: Mapped[int] = mapped_column(Integer)
    value_end: Mapped[int] = mapped_column(Integer)
    paper_date: Mapped[dt.date | None] = mapped_column(Date)  # copied from the paper: no join to rank by date
    how_linked: Mapped[str | None] = mapped_column(String(64))  # the rule that linked the number (`extract.rules`)
    how_named: Mapped[str | None] = mapped_column(String(64))  # the rule that named its system (None: stored before)
    extractor_version: Mapped[str] = mapped_column(String(32))
    # where the number was written: "abstract", or a LaTeX source's "body" or "table" (whose evidence is the
    # table's caption and row, and whose offsets are in the source, not in the abstract)
    source: Mapped[str] = mapped_column(String(8), default="abstract", server_default="abstract")
    confidence: Mapped[float | None] = mapped_column(Float)  # `extract.confidence` (None: stored before schema 7)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)  # confidence at or above the registry's threshold
    # the verdict of the row's latest review ("verified", "rejected", "corrected"; None: not reviewed), and, for a
    # corrected row (whose fields hold the corrections), the extracted values they replaced (a JSON object)
    review: Mapped[str | None] = mapped_column(String(9))
    extracted: Mapped[str | None] = mapped_column(Text)

    paper: Mapped[Paper] = relationship(back_populates="results")


class Review(Base):
    """What a reviewer said of a result: verified, rejected or corrected, with a note.

    Keyed so that it outlives the result row (re-extraction and re-ingestion write new rows): the paper
    (`paper_key`: its arXiv id, else its abstract's key), the number's span and the benchmark it was extracted
    for, and where it was written (the snapshot's `source`: an abstract's and a LaTeX source's offsets differ).
    Reviews are never updated or deleted: the latest review of a key is its verdict. `snapshot` holds the
    reviewed row as extracted (a JSON object), so a review whose number is no longer found is still shown and
    exported.
    """

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_key", "paper_key", "benchmark", "value_start", "value_end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_key: Mapped[str] = mapped_column(String(64))
    value_start: Mapped[int] = mapped_column(Integer)
    value_end: Mapped[int] = mapped_column(Integer)
    benchmark: Mapped[str] = mapped_column(String(64))  # as extracted (a correction may name another)
    reviewer: Mapped[str] = mapped_column(String(128))
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC
    verdict: Mapped[str] = mapped_column(String(9))  # "verified" | "rejected" | "corrected"
    corrections: Mapped[str | None] = mapped_column(Text)  # a JSON object: field -> corrected value
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text)
