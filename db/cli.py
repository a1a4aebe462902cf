"""The `benchboard` command line: a thin edge over `extract` and `db`."""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import Enum
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from extract.extractor import Extractor
from extract.reader import ReadError, iter_candidates, read_path
from extract.record import FIELDS
from extract.registry import UnknownBenchmark, default_registry
from extract.scorer import format_report, load_jsonl, score

if TYPE_CHECKING:
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


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(2)


@app.command()
def ingest(paths: PathsArg, db: DbOption = None,
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
           workers: Annotated[int, typer.Option("--workers", "-w", min=1, max=64,
                                                help="Processes that parse and extract while one writes.")] = 1,
           ) -> None:
    """Read files, extract results and store them (one transaction per file)."""
    from .engine import init_db, make_engine
    from .store import Store

    files = read_path(list(paths))
    missing = [p for p in paths if not p.exists()]
    engine = make_engine(db)
    init_db(engine)
    store = Store(engine, workers=workers)
    reports: list[FileReport] = []
    show_bar = not quiet and len(files) > 1 and sys.stderr.isatty()
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[name]}"),
                        TimeRemainingColumn(), console=err, transient=True, disable=not show_bar)
    try:
        with progress:
            task = progress.add_task("ingest", total=len(files), name="")
            for f in files:
                progress.update(task, name=f.name)
                reports.append(store.ingest_file(f))
                progress.advance(task)
    except KeyboardInterrupt:
        store.close()
        err.print("[yellow]interrupted:[/yellow] files done so far are stored; the file in progress is not.")
        _summary(reports, missing, interrupted=True)
        raise typer.Exit(130) from None
    store.close()
    _summary(reports, missing)
    if missing or any(r.status == "failed" for r in reports):
        raise typer.Exit(1)


def _summary(reports: list[FileReport], missing: list[Path], interrupted: bool = False) -> None:
    done = [r for r in reports if r.status == "ingested"]
    unchanged = [r for r in reports if r.status == "unchanged"]
    failed = [r for r in reports if r.status == "failed"]
    new = sum(r.new_papers for r in reports)
    merged = sum(r.merged_papers for r in reports)
    out.print(f"files read: {len(done)} ingested, {len(unchanged)} unchanged, {len(failed) + len(missing)} failed"
              + (" (interrupted)" if interrupted else ""), highlight=False)
    out.print(f"papers: {new} new, {merged} merged into existing papers", highlight=False)
    totals: dict[str, int] = {}
    for r in reports:
        for bench, n in r.results.items():
            totals[bench] = totals.get(bench, 0) + n
    if totals:
        out.print("results by benchmark: " + ", ".join(f"{b} {n}" for b, n in sorted(totals.items())),
                  highlight=False)
    else:
        out.print("results by benchmark: none", highlight=False)
    for p in missing:
        err.print(f"skipped {p}: no such file or folder", highlight=False)
    for r in failed:
        err.print(f"skipped {r.path}: {r.error}", highlight=False)


def _file_records(extractor: Extractor, f: Path) -> list[dict[str, Any]]:
    """The result records of one file (only the papers the name prefilter hits are parsed)."""
    return [r.to_record(paper.source, paper.title, paper.arxiv_id)
            for paper in iter_candidates(f, extractor.registry.prefilter)
            for r in extractor.extract(paper.abstract, paper.title, prefiltered=True)]


@app.command()
def extract(paths: PathsArg,
            format: Annotated[ExtractFormat,
                              typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.jsonl,
            ) -> None:
    """Print the result records found in files (no database)."""
    extractor = Extractor()
    failed = 0
    writer = None
    table_rows: list[dict[str, Any]] = []
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"skipped {p}: no such file or folder", highlight=False)
    for f in read_path(list(paths)):
        try:
            records = _file_records(extractor, f)
        except ReadError as exc:
            err.print(f"skipped {exc}", highlight=False)
            failed += 1
            continue
        if format is ExtractFormat.jsonl:
            for rec in records:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif format is ExtractFormat.csv:
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(FIELDS))
                writer.writeheader()
            writer.writerows(records)
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
                                                    "(for backups and `benchboard import`).")] = False) -> None:
    """Export stored results as CSV or JSON, or the whole database as a JSON dump."""
    from . import queries
    from .engine import init_db, make_engine

    if everything:
        from .backup import dump

        engine = make_engine(db)
        init_db(engine)
        data = json.dumps(dump(engine), ensure_ascii=False, indent=0)
        if output:
            output.write_text(data + "\n", encoding="utf-8")
            err.print(f"wrote a full dump to {output}", highlight=False)
        else:
            sys.stdout.write(data + "\n")
        return

    engine = make_engine(db)
    init_db(engine)
    if benchmark:
        try:
            benchmark = default_registry().get(benchmark).name
        except UnknownBenchmark as exc:
            _fail(str(exc))
    df = queries.export_rows(engine, benchmark)
    cols = [c for c in (*FIELDS, "date") if c in df.columns]
    df = df[cols] if not df.empty else df.reindex(columns=cols)
    text = df.to_csv(index=False) if format is ExportFormat.csv else df.to_json(orient="records", indent=1,
                                                                                 force_ascii=False)
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {len(df)} results to {output}", highlight=False)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


@app.command("import")
def import_(dump_file: Annotated[Path, typer.Argument(help="A dump written by `benchboard export --everything`.")],
            db: DbOption = None) -> None:
    """Restore a full JSON dump into an empty database (any backend)."""
    from .backup import DumpError, restore
    from .engine import make_engine, resolve_url

    try:
        data = json.loads(dump_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(f"{dump_file}: cannot read the dump ({exc})")
    try:
        loaded = restore(make_engine(db), data)
    except DumpError as exc:
        _fail(f"{dump_file}: {exc}")
    out.print(f"restored into {resolve_url(db).split('@')[-1]}: "
              + ", ".join(f"{n} {t}" for t, n in loaded.items()), highlight=False)


@app.command()
def stats(db: DbOption = None) -> None:
    """Counts of sources, papers, models and results."""
    from . import queries
    from .engine import init_db, make_engine, resolve_url

    engine = make_engine(db)
    init_db(engine)
    s = queries.stats(engine)
    out.print(f"database: {resolve_url(db)}", highlight=False)
    for key in ("sources", "papers", "papers_in_several_files", "models", "results"):
        out.print(f"{key.replace('_', ' ')}: {s[key]}", highlight=False)
    if s["results_by_benchmark"]:
        table = Table("benchmark", "kind", "results")
        for row in s["results_by_benchmark"]:
            table.add_row(row["benchmark"], row["kind"], str(row["results"]))
        _print_table(table)


@app.command()
def benchmarks() -> None:
    """List the benchmark registry."""
    table = Table("benchmark", "core", "spellings", "not the same as", "metrics", "higher is better", "range")
    for b in default_registry():
        table.add_row(b.name, "yes" if b.core else "", ", ".join(b.spellings), ", ".join(b.not_names),
                      ", ".join(b.metrics), "yes" if b.higher_is_better else "no", f"{b.range[0]:g}-{b.range[1]:g}")
    _print_table(table)


@app.command()
def evaluate(gold: Annotated[Path, typer.Argument(help="Gold records (JSONL).")], paths: PathsArg,
             negatives: Annotated[Path | None, typer.Option("--negatives", help="Negative sentences (JSONL).")] = None,
             benchmark: Annotated[list[str] | None, typer.Option(
                 "--benchmark", "-b", help="Score these ('all': every registry benchmark; default: the five core).")
             ] = None,
             as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
             verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List errors.")] = False) -> None:
    """Score extraction on files against hand-checked gold records (precision, recall, F1, fields)."""
    extractor = Extractor()
    preds: list[dict[str, Any]] = []
    for f in read_path(list(paths)):
        try:
            preds.extend(_file_records(extractor, f))
        except ReadError as exc:
            err.print(f"skipped {exc}", highlight=False)
    registry = default_registry()
    scored = ([b.name for b in registry] if benchmark == ["all"] else [registry.get(b).name for b in benchmark]
              if benchmark else [b.name for b in registry if b.core])
    records = load_jsonl(gold)
    unscored = sorted({r["benchmark"] for r in records if r.get("benchmark") and r["benchmark"] not in scored})
    if unscored:  # (a gold file on other benchmarks would otherwise score a silent, empty 1.000)
        err.print(f"note: {gold.name} has records on {', '.join(unscored)}, not scored; pass -b all or -b NAME",
                  highlight=False)
    s = score(preds, records, load_jsonl(negatives) if negatives else [], benchmarks=scored)
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


@app.command()
def serve(db: DbOption = None,
          port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.")] = 8501,
          headless: Annotated[bool, typer.Option("--headless/--browser", help="Do not open a browser.")] = True,
          ) -> None:
    """Start the Streamlit dashboard."""
    from .engine import init_db, make_engine, resolve_url

    spec = find_spec("dashboard")
    if spec is None or spec.origin is None:
        _fail("the dashboard package is not installed")
    assert spec is not None and spec.origin is not None
    app_file = Path(spec.origin).with_name("app.py")
    engine = make_engine(db)
    init_db(engine)
    env = {**os.environ, "BENCHBOARD_DB": resolve_url(db)}
    cmd = [sys.executable, "-m", "streamlit", "run", str(app_file), "--server.port", str(port),
           "--server.headless", "true" if headless else "false", "--browser.gatherUsageStats", "false"]
    out.print(f"benchboard dashboard on http://localhost:{port}  (database: {resolve_url(db)})", highlight=False)
    engine.dispose()
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
