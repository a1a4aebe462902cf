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

SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Meta(Base):
    """Key/value facts about the database itself (schema version)."""

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
    """Where a paper was found: a file and the abstract's position in it."""

    __tablename__ = "paper_sources"
    __table_args__ = (UniqueConstraint("paper_id", "source_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    fmt: Mapped[str] = mapped_column(String(8))

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
        Index("ix_results_board", "benchmark", "kind", "model_key", "value_norm", "paper_id"),
        Index("ix_results_date", "benchmark", "kind", "paper_date", "value_norm"),
        Index("ix_results_model", "model_key", "kind", "benchmark", "value_norm"),
        Index("ix_results_papers", "benchmark", "kind", "model_key", "paper_id"),  # papers per model, streamed
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("papers.id", ondelete="CASCADE"), index=True)
    benchmark: Mapped[str] = mapped_column(ForeignKey("benchmarks.name"))
    model_id: Mapped[int | None] = mapped_column(ForeignKey("models.id"), index=True)
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
    extractor_version: Mapped[str] = mapped_column(String(32))

    paper: Mapped[Paper] = relationship(back_populates="results")
