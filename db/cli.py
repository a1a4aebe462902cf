"""The `benchboard` command line: a thin edge over `extract` and `db`."""

from __future__ import annotations

import csv
import json
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from extract.extractor import Extractor
from extract.latex import LatexExtractor, is_latex, read_latex
from extract.reader import ReadError, iter_candidates, read_path
from extract.readers import ReadOptions
from extract.record import FIELDS
from extract.registry import UnknownBenchmark, default_registry
from extract.scorer import format_report, load_jsonl, score

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .store import FileReport

# The database layer (SQLAlchemy, pandas) is imported inside the commands that need it,
# so `benchboard extract` starts fast.

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Harvest benchmark scores from paper abstracts into a leaderboard.",
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _print_table(table: Table) -> None:
    """Tables print at full width when the output is not a terminal (pipes, files, tests)."""
    Console(width=None if sys.stdout.isatty() else 240).print(table)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database: an SQLAlchemy URL or an SQLite file "
                              "(default: $BENCHBOARD_DB or benchboard.db)."),
]
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders (walked recursively).")]
CategoryOption = Annotated[list[str] | None, typer.Option(
    "--category", help="Only papers in this arXiv category, by prefix (cs.CL, cs); repeatable. Applies to the arXiv "
                       "snapshot, the Atom feed and JSON lines or CSV with a categories field.")]
TitleField = Annotated[str | None, typer.Option("--title-field", help="JSON lines/CSV: the title field (title).")]
AbstractField = Annotated[str | None, typer.Option(
    "--abstract-field", help="JSON lines/CSV: the abstract field (abstract, else summary).")]
IdField = Annotated[str | None, typer.Option("--id-field",
                                             help="JSON lines/CSV: the arXiv id field (id, else arxiv_id).")]
DateField = Annotated[str | None, typer.Option("--date-field",
                                               help="JSON lines/CSV: the date field (date, else published).")]


def _read_options(category: list[str] | None, title_field: str | None, abstract_field: str | None,
                  id_field: str | None, date_field: str | None) -> ReadOptions:
    """The reading options of a command; an empty category or field name ends it with a one-line error."""
    named = {"--title-field": title_field, "--abstract-field": abstract_field, "--id-field": id_field,
             "--date-field": date_field}
    for option, value in named.items():
        if value is not None and not value.strip():
            _fail(f"{option} needs a field name")
    if category and not all(c.strip() for c in category):
        _fail("--category needs a category (such as cs.CL)")
    return ReadOptions(tuple(c.strip() for c in category or ()), title_field, abstract_field, id_field, date_field)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _fail(message: str) -> None:
    """End the command: one line on stderr naming the target and the cause, exit code 2."""
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    raise typer.Exit(2)


@contextmanager
def _database(db: str | None, write: bool = False) -> Iterator[Engine]:
    """The engine a command works on; a database that cannot be opened, read or written ends the command
    with one line naming it and the cause. Only writers (`write`) may create a database."""
    from sqlalchemy.exc import SQLAlchemyError

    from .engine import DatabaseUnavailable, describe, open_db, shown_name

    try:
        engine = open_db(db, write=write)
    except DatabaseUnavailable as exc:
        _fail(str(exc))
    try:
        yield engine
    except SQLAlchemyError as exc:
        _fail(f"{shown_name(db)}: {describe(exc)}")
    finally:
        engine.dispose()


def _inputs(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files named by `paths` (folders walked) and the paths that do not exist (each reported once)."""
    missing = [p for p in paths if not p.exists()]
    return read_path([p for p in paths if p.exists()]), missing


@app.command()
def ingest(paths: PathsArg, db: DbOption = None,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
           workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64,
                                                help="Processes that parse and extract while one writes.")] = 1,
           category: CategoryOption = None, title_field: TitleField = None, abstract_field: AbstractField = None,
           id_field: IdField = None, date_field: DateField = None,
           ) -> None:
    """Read files, extract results and store them (one transaction per file)."""
    from sqlalchemy.orm import Session

    from .store import Store, results_by_benchmark

    options = _read_options(category, title_field, abstract_field, id_field, date_field)
    files, missing = _inputs(list(paths))
    reports: list[FileReport] = []
    with _database(db, write=True) as engine:
        store = Store(engine, workers=workers, options=options)
        sizes = [_size(f) for f in files]
        progress = Progress(TextColumn("ingest"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                            TextColumn("{task.fields[abstracts]:,} abstracts"), TimeRemainingColumn(),
                            TextColumn("{task.fields[name]}"), console=err, transient=True,
                            disable=quiet or not err.is_terminal)
        try:
            with progress:
                meter = _Meter(progress, progress.add_task("ingest", total=sum(sizes), name="", abstracts=0))
                for f, size in zip(files, sizes, strict=True):
                    meter.start(f.name, size)
                    reports.append(store.ingest_file(f, on_batch=meter.batch))
                    meter.finish()
        except KeyboardInterrupt:
            store.close()
            err.print("[yellow]interrupted:[/yellow] files done so far are stored; the file in progress is not.")
            with Session(engine) as session:
                stored = results_by_benchmark(session, set().union(*(r.paper_ids for r in reports)))
            _summary(reports, missing, stored, interrupted=True)
            raise typer.Exit(130) from None
        store.close()
        with Session(engine) as session:
            stored = results_by_benchmark(session, set().union(*(r.paper_ids for r in reports)))
    _summary(reports, missing, stored)
    if missing or any(r.status == "failed" for r in reports):
        raise typer.Exit(1)


class _Meter:
    """Feeds the progress bar: bytes done (estimated by the characters of the abstracts stored while a file
    is read, exact at its end), abstracts done, and the file in progress."""

    def __init__(self, progress: Progress, task: Any) -> None:
        self.progress, self.task = progress, task
        self.done = self.size = self.read = self.abstracts = 0

    def start(self, name: str, size: int) -> None:
        self.size, self.read = size, 0
        self.progress.update(self.task, name=name, completed=self.done)

    def batch(self, abstracts: int, chars: int) -> None:
        self.read += chars
        self.abstracts += abstracts
        self.progress.update(self.task, completed=self.done + min(self.read, self.size), abstracts=self.abstracts)

    def finish(self) -> None:
        self.done += self.size
        self.progress.update(self.task, completed=self.done)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _summary(reports: list[FileReport], missing: list[Path], stored: dict[str, int],
             interrupted: bool = False) -> None:
    """What the run stored: files, papers, and the results of the papers its files hold, counted once each."""
    done = [r for r in reports if r.status == "ingested"]
    unchanged = [r for r in reports if r.status == "unchanged"]
    failed = [r for r in reports if r.status == "failed"]
    new = sum(r.new_papers for r in reports)
    merged = sum(r.merged_papers for r in reports)
    out.print(f"files read: {len(done)} ingested, {len(unchanged)} unchanged, {len(failed) + len(missing)} failed"
              + (" (interrupted)" if interrupted else ""), highlight=False)
    out.print(f"papers: {new} new, {merged} merged into existing papers", highlight=False)
    if stored:
        out.print("results by benchmark: " + ", ".join(f"{b} {n}" for b, n in sorted(stored.items())),
                  highlight=False)
    else:
        out.print("results by benchmark: none", highlight=False)
    for r in reports:
        for note in r.notes:
            err.print(f"note: {r.path}: {note}", highlight=False, markup=False)
    for p in missing:
        err.print(f"skipped {p}: no such file or folder", highlight=False, markup=False)
    for r in failed:
        err.print(f"skipped {r.path}: {r.error}", highlight=False, markup=False)


def _file_records(extractor: Extractor, f: Path, options: ReadOptions | None = None) -> list[dict[str, Any]]:
    """The result records of one file (only the papers the name prefilter hits are parsed; of a LaTeX source,
    its full text and tables too); what the reader skipped is printed as notes."""
    if is_latex(f):
        paper = read_latex(f)
        return [r.to_record(paper.paper.source, paper.paper.title, paper.paper.arxiv_id)
                for r in LatexExtractor(extractor).results(paper)]
    notes: list[str] = []
    records = [r.to_record(paper.source, paper.title, paper.arxiv_id)
               for paper in iter_candidates(f, extractor.registry.prefilter, options=options, notes=notes)
               for r in extractor.extract(paper.abstract, paper.title, prefiltered=True)]
    for note in notes:
        err.print(f"note: {f}: {note}", highlight=False, markup=False)
    return records


@app.command()
def extract(paths: PathsArg,
            format: Annotated[ExtractFormat,
                              typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
            category: CategoryOption = None, title_field: TitleField = None, abstract_field: AbstractField = None,
            id_field: IdField = None, date_field: DateField = None,
            ) -> None:
    """Print the result records found in files (no database)."""
    from .tabular import safe_cell

    options = _read_options(category, title_field, abstract_field, id_field, date_field)
    extractor = Extractor()
    failed = 0
    writer = None
    table_rows: list[dict[str, Any]] = []
    files, missing = _inputs(list(paths))
    for p in missing:
        err.print(f"skipped {p}: no such file or folder", highlight=False, markup=False)
    for f in files:
        try:
            records = _file_records(extractor, f, options)
        except ReadError as exc:
            err.print(f"skipped {exc}", highlight=False, markup=False)
            failed += 1
            continue
        if format is ExtractFormat.jsonl:
            for rec in records:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif format is ExtractFormat.csv:
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(FIELDS))
                writer.writeheader()
            writer.writerows({k: safe_cell(v) for k, v in rec.items()} for rec in records)
        else:
            table_rows.extend(records)
    if format is ExtractFormat.table:
        table = Table("doc", "model", "benchmark", "metric", "value", "unit", "kind", "qualifier", "role")
        for rec in table_rows:
            table.add_row(*(str(rec[c]) if rec[c] is not None else "" for c in
                            ("doc", "model", "benchmark", "metric", "value", "unit", "kind", "qualifier", "role")))
        _print_table(table)
    sys.stdout.flush()
    if failed or missing:
        raise typer.Exit(1)


@app.command()
def export(db: DbOption = None,
           format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.csv,
           benchmark: Annotated[str | None, typer.Option("--benchmark", "-b", help="Only this benchmark.")] = None,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
           everything: Annotated[bool, typer.Option("--everything", help="A full JSON dump of every table "
                                                    "(for backups and `benchboard import`).")] = False,
           rejected: Annotated[bool, typer.Option("--include-rejected", help="Also the rows a reviewer "
                                                  "rejected (left out otherwise).")] = False) -> None:
    """Export stored results as CSV, JSON or Parquet (each with its review status), or the whole database as a
    JSON dump."""
    from . import queries
    from .tabular import to_csv, typed

    if format is ExportFormat.parquet and output is None:
        _fail("--format parquet writes a file: give it with --output FILE")
    if benchmark:
        try:
            benchmark = default_registry().get(benchmark).name
        except UnknownBenchmark as exc:
            _fail(str(exc))
    with _database(db) as engine:
        if everything:
            from .backup import dump

            data = json.dumps(dump(engine), ensure_ascii=False, indent=0)
            if output:
                _write(output, data + "\n")
                err.print(f"wrote a full dump to {output}", highlight=False, markup=False)
            else:
                sys.stdout.write(data + "\n")
            return
        df = queries.export_rows(engine, benchmark, rejected=rejected)
    if not df.empty:
        df["review"] = df["review"].fillna("none")
    cols = [c for c in (*FIELDS, "date", "review") if c in df.columns]
    df = df[cols] if not df.empty else df.reindex(columns=cols)
    if format is ExportFormat.parquet:
        assert output is not None
        try:
            typed(df).to_parquet(output, index=False)
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")
        err.print(f"wrote {len(df)} results to {output}", highlight=False, markup=False)
        return
    text = to_csv(df) if format is ExportFormat.csv else df.to_json(orient="records", indent=1, force_ascii=False)
    if output:
        _write(output, text)
        err.print(f"wrote {len(df)} results to {output}", highlight=False, markup=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{path}: cannot write ({exc.strerror or exc})")


@app.command("import")
def import_(dump_file: Annotated[Path, typer.Argument(help="A dump written by `benchboard export --everything`.")],
            db: DbOption = None) -> None:
    """Restore a full JSON dump into an empty database (any backend)."""
    from .backup import DumpError, restore, validate
    from .engine import shown_name

    try:
        data = json.loads(dump_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(f"{dump_file}: cannot read the dump ({getattr(exc, 'strerror', None) or exc})")
    try:
        validate(data)  # before any database is created
    except DumpError as exc:
        _fail(f"{dump_file}: {exc}")
    with _database(db, write=True) as engine:
        try:
            loaded = restore(engine, data)
        except DumpError as exc:
            _fail(f"{dump_file}: {exc}")
    out.print(f"restored into {shown_name(db)}: " + ", ".join(f"{n} {t}" for t, n in loaded.items()),
              highlight=False)


@app.command()
def stats(db: DbOption = None) -> None:
    """Counts of sources, papers, models and results."""
    from . import queries
    from .engine import mask_url, resolve_url

    with _database(db) as engine:
        s = queries.stats(engine)
    out.print(f"database: {mask_url(resolve_url(db))}", highlight=False)
    for key in ("sources", "papers", "papers_in_several_files", "models", "results"):
        out.print(f"{key.replace('_', ' ')}: {s[key]}", highlight=False)
    if s["results_by_benchmark"]:
        table = Table("benchmark", "kind", "results")
        for row in s["results_by_benchmark"]:
            table.add_row(row["benchmark"], row["kind"], str(row["results"]))
        _print_table(table)


@app.command()
def benchmarks() -> None:
    """List the benchmark registry, with the metric and setting each leaderboard ranks by default."""
    table = Table("benchmark", "core", "spellings", "not the same as", "metrics", "standard metric",
                  "standard setting", "higher is better", "range")
    for b in default_registry():
        metric = b.standard_metric or ""
        if b.standard_spellings:
            metric += f" (also written {', '.join(b.standard_spellings)})"
        table.add_row(b.name, "yes" if b.core else "", ", ".join(b.spellings), ", ".join(b.not_names),
                      ", ".join(b.metrics), metric, b.standard_setting or "", "yes" if b.higher_is_better else "no",
                      f"{b.range[0]:g}-{b.range[1]:g}")
    _print_table(table)
    out.print("A leaderboard ranks full-benchmark values in the standard metric (a result stating none counts) and "
              "the standard setting (a result stating none counts, and so does one sample: pass@1, greedy); other "
              "metrics and settings (pass@k > 1, maj@k, shot counts, CoT) are ranked when asked for.",
              highlight=False)


@app.command()
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold records (JSONL).")], paths: PathsArg,
             negatives: Annotated[Path | None, typer.Option("--negatives", help="Negative sentences (JSONL).")] = None,
             benchmark: Annotated[list[str] | None, typer.Option(
                 "--benchmark", "-b", help="Score these ('all': every registry benchmark; default: the five core).")
             ] = None,
             as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
             verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List errors.")] = False) -> None:
    """Score extraction on files against hand-checked gold records (precision, recall, F1, fields)."""
    registry = default_registry()
    try:
        scored = ([b.name for b in registry] if benchmark == ["all"] else [registry.get(b).name for b in benchmark]
                  if benchmark else [b.name for b in registry if b.core])
    except UnknownBenchmark as exc:
        _fail(str(exc))
    records, inline = _gold(gold)  # (a reviews export holds negative records too)
    negative_records = [*inline, *(_gold(negatives, ("doc", "sentence"))[0] if negatives else [])]
    files, missing = _inputs(list(paths))
    if missing:
        _fail(f"{missing[0]}: no such file or folder")
    extractor = Extractor()
    preds: list[dict[str, Any]] = []
    for f in files:
        try:
            preds.extend(_file_records(extractor, f))
        except ReadError as exc:
            err.print(f"skipped {exc}", highlight=False, markup=False)
    unscored = sorted({r["benchmark"] for r in records if r.get("benchmark") and r["benchmark"] not in scored})
    if unscored:  # (a gold file on other benchmarks would otherwise score a silent, empty 1.000)
        err.print(f"note: {gold.name} has records on {', '.join(unscored)}, not scored; pass -b all or -b NAME",
                  highlight=False)
    if any("review" in r for r in (*records, *inline)):  # reviews: only the numbers reviewers judged are scored
        from .reviewfile import judged_only

        preds = judged_only(preds, records, inline)
        alone = [n for n in inline if n["doc"] not in {r["doc"] for r in records}]
        if alone:  # (the scorer scores the files its gold records name)
            err.print(f"note: {len(alone)} rejected number{' is' if len(alone) == 1 else 's are'} in a file no "
                      f"verified or corrected record names ({', '.join(sorted({str(n['doc']) for n in alone}))}): "
                      "not scored", highlight=False, markup=False)
    s = score(preds, records, negative_records, benchmarks=scored)
    if as_json:
        sys.stdout.write(json.dumps(s.as_dict(), indent=1) + "\n")
    else:
        out.print(format_report(s, f"{gold.name}: {len(preds)} records extracted"), highlight=False)
        if verbose:
            for p in s.false_positives:
                out.print(f"  FP {p['benchmark']} {p['value']} | {p['evidence'][:160]}", highlight=False)
            for g in s.false_negatives:
                out.print(f"  FN {g['benchmark']} {g['value']} | {g['evidence'][:160]}", highlight=False)
            for name, p, g in s.field_errors:
                out.print(f"  {name}: {p.get(name)!r} (gold {g.get(name)!r}) | {p['evidence'][:120]}",
                          highlight=False)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file, or a one-line error naming the file (and the line) and the cause."""
    try:
        return load_jsonl(path)
    except FileNotFoundError:
        _fail(f"{path}: no such file")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})")
    except ValueError as exc:
        _fail(str(exc))
    raise AssertionError("unreachable")  # (_fail ends the command)


def _gold(path: Path, needs: tuple[str, ...] = ("doc", "benchmark", "value", "evidence")
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Records of a gold JSONL file, and apart the negative records it holds (a `sentence`, no `evidence`: what
    `benchboard reviews export` writes of a rejected number), or a one-line error naming the file (and the
    line) and the cause."""
    records = _jsonl(path)
    positive: list[dict[str, Any]] = []
    negative: list[dict[str, Any]] = []
    for n, rec in enumerate(records, 1):
        apart = "sentence" in rec and "evidence" not in rec and "evidence" in needs
        lacking = [k for k in (("doc", "sentence") if apart else needs) if k not in rec]
        if lacking:
            _fail(f"{path}: record {n} has no {', '.join(lacking)}")
        (negative if apart else positive).append(rec)
    return positive, negative


confidence_app = typer.Typer(no_args_is_help=True, help="The confidence model: how sure the extractor is of a record.")
app.add_typer(confidence_app, name="confidence")


@confidence_app.command("refit")
def confidence_refit(
        gold: Annotated[Path, typer.Option("--gold", help="The gold sets' folder (tests/gold of a checkout).")] = Path(
            "tests/gold"),
        check: Annotated[bool, typer.Option("--check", help="Only measure; exit 1 when the shipped weights or "
                                                            "threshold differ from a refit.")] = False) -> None:
    """Refit the confidence model on the gold sets (scikit-learn), measure it leave-one-set-out, choose the trust
    threshold, and write the weights (extract/confidence.json) and the threshold (extract/benchmarks.toml)."""
    try:
        from extract import fitting
    except ImportError as exc:
        _fail(f"refitting needs scikit-learn ({exc.name} is missing): pip install 'benchboard[fit]'")
    if not (gold / "dev.jsonl").is_file():
        _fail(f"{gold}: not the gold sets' folder (no dev.jsonl); run from a checkout or pass --gold")
    try:
        report = fitting.refit(gold)
    except ImportError as exc:
        _fail(f"refitting needs scikit-learn ({exc.name} is missing): pip install 'benchboard[fit]'")
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    table = Table("confidence", "records", "right", "precision", title="Leave-one-set-out reliability")
    for band in report.band_table():
        table.add_row(band["band"], str(band["records"]), str(band["right"]),
                      "" if band["precision"] is None else f"{band['precision']:.3f}")
    _print_table(table)
    at = report.at_threshold()
    out.print(f"threshold {at['threshold']:.2f}: {at['trusted']} of {at['records']} records trusted; right "
              f"{at['precision (row right)']}, matching a gold record {at['precision (matched)']}; recall "
              f"{at['recall']} (all records: {at['recall without threshold']}); right records kept "
              f"{at['right records kept']}", highlight=False)
    if check:
        from extract.confidence import _weights

        intercept, weights = _weights()
        same = (intercept, weights) == (report.intercept, report.weights) \
            and default_registry().trust_threshold == report.threshold
        if not same:
            err.print("the shipped weights or threshold differ from a refit: run `benchboard confidence refit`",
                      highlight=False)
            raise typer.Exit(1)
        return
    fitting.write(report)
    out.print("wrote extract/confidence.json and the threshold in extract/benchmarks.toml", highlight=False)


reviews_app = typer.Typer(no_args_is_help=True, help="Reviews as data: gold records out, into another database.")
app.add_typer(reviews_app, name="reviews")


class ReviewsFormat(str, Enum):
    jsonl = "jsonl"


@reviews_app.command("export")
def reviews_export(db: DbOption = None,
                   format: Annotated[ReviewsFormat, typer.Option("--format", "-f")] = ReviewsFormat.jsonl,
                   output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
                   ) -> None:
    """Write every number's standing review as a gold record `benchboard evaluate` scores (a rejected number as
    a negative record), with what `benchboard reviews import` needs to store it again."""
    from .reviewfile import jsonl, records

    with _database(db) as engine:
        recs = records(engine)
    text = jsonl(recs)
    negative = sum(1 for r in recs if "sentence" in r)
    said = (f"wrote {len(recs) - negative} gold record{'' if len(recs) - negative == 1 else 's'} (verified or "
            f"corrected) and {negative} negative record{'' if negative == 1 else 's'} (rejected)")
    if output:
        _write(output, text)
        err.print(f"{said} to {output}", highlight=False, markup=False)
    else:
        sys.stdout.write(text)
        err.print(said, highlight=False, markup=False)


@reviews_app.command("import")
def reviews_import(file: Annotated[Path, typer.Argument(help="Records written by `benchboard reviews export`.")],
                   db: DbOption = None) -> None:
    """Store the reviews of a `reviews export` file in a database, each on the row its key finds there (a review
    whose number is not stored is kept as orphaned); reviews it holds already are skipped."""
    from .engine import shown_name
    from .reviewfile import read, review_rows
    from .reviews import ReviewError

    try:  # every record is read before the database is opened (or created)
        rows = review_rows(enumerate(_jsonl(file), 1), str(file))
    except ReviewError as exc:
        _fail(str(exc))
    with _database(db, write=True) as engine:
        report = read(engine, rows)
    out.print(f"{shown_name(db)}: {report.added} review{'' if report.added == 1 else 's'} added, {report.present} "
              f"already there; {report.applied} applied to stored rows, {report.orphaned} orphaned (their number is "
              "not stored here: kept, applied when it is)", highlight=False)


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(db: DbOption = None,
          port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8501,
          host: Annotated[str, typer.Option("--host", help="Address to listen on: 127.0.0.1 (this machine only) "
                                                           "or 0.0.0.0 (every interface).")] = "127.0.0.1",
          allow_uploads: Annotated[bool, typer.Option(
              "--allow-uploads", help="Let visitors add documents when listening beyond this machine "
                                      "(or set BENCHBOARD_UPLOAD_PASSWORD).")] = False,
          review: Annotated[bool, typer.Option(
              "--review", help="Let visitors review rows on the Review page (each gives a name); without it the "
                               "dashboard writes no review.")] = False,
          headless: Annotated[bool, typer.Option("--headless/--browser", help="Do not open a browser.")] = True,
          ) -> None:
    """Start the Streamlit dashboard (on 127.0.0.1 unless told otherwise)."""
    from .engine import mask_url, resolve_url
    from .store import MAX_UPLOAD_MIB

    spec = find_spec("dashboard")
    if spec is None or spec.origin is None:
        _fail("the dashboard package is not installed")
    assert spec is not None and spec.origin is not None
    app_file = Path(spec.origin).with_name("app.py")
    from .engine import is_read_only, shown_name

    with _database(db) as engine:  # the database exists and can be read (serving never creates one)
        if review and is_read_only(engine):
            _fail(f"{shown_name(db)}: read-only (--review writes reviews; its folder or file cannot be written)")
    try:  # the port must be free before the URL is announced
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc} (another server? choose one with --port)")
    uploads = "on" if host in LOOPBACK or allow_uploads else "off"
    env = {**os.environ, "BENCHBOARD_DB": resolve_url(db), "BENCHBOARD_UPLOADS": uploads,
           "BENCHBOARD_REVIEW": "on" if review else "off"}
    cmd = [sys.executable, "-m", "streamlit", "run", str(app_file), "--server.port", str(port),
           "--server.address", host, "--server.maxUploadSize", str(MAX_UPLOAD_MIB),
           "--server.headless", "true" if headless else "false", "--browser.gatherUsageStats", "false"]
    shown = "localhost" if host in LOOPBACK else host
    out.print(f"benchboard dashboard on http://{shown}:{port}  (database: {mask_url(resolve_url(db))})",
              highlight=False)
    if host not in LOOPBACK:
        who = ("anyone who can reach it may add documents" if allow_uploads else
               "adding documents needs the password in BENCHBOARD_UPLOAD_PASSWORD"
               if os.environ.get("BENCHBOARD_UPLOAD_PASSWORD") else
               "adding documents is off (--allow-uploads or BENCHBOARD_UPLOAD_PASSWORD turns it on)")
        out.print(f"listening on {host}: {who}", highlight=False)
    if review:
        out.print("reviews: on (the Review page asks each reviewer's name; anyone who can reach it may review)",
                  highlight=False)
    sys.stdout.flush()
    sys.stderr.flush()
    # become the Streamlit server (no child process): Ctrl-C and a supervisor's SIGTERM reach it directly
    # and nothing is left running when this process is stopped
    os.execve(sys.executable, cmd, env)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
