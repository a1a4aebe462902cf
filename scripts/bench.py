"""benchboard's benchmark: throughput and memory of each pipeline stage, query and page timings.

    python scripts/bench.py                 # everything (what `make bench` runs)
    python scripts/bench.py --only corpus   # just the pipeline stages
    python scripts/bench.py --only queries --results 1000000
    python scripts/bench.py --only snapshot --snapshot-records 2700000

Stages run as whole processes (like a user runs them) and are timed with their peak memory;
`L` is the limit: reading the same files line by line and running the literal-first combined
name prefilter with Python `re`. Uses ../shared/bigcorpus when present, else a generated
corpus of the same shape. Prints Markdown tables (medians of --repeat runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIGCORPUS = next((p / "shared" / "bigcorpus" for p in ROOT.parents if (p / "shared" / "bigcorpus").is_dir()),
                 ROOT.parent / "shared" / "bigcorpus")
BIN = Path(sys.executable).with_name("benchboard")

LIMIT_SCRIPT = r"""
import re, sys
p = re.compile(r"M(?<!\wM)(?:TEB|ATH)|B(?<!\wB)EIR|G(?<!\wG)SM8K|R(?<!\wR)ewardBench")
n = 0
for f in sys.argv[1:]:
    with open(f, encoding="utf-8") as fh:
        for line in fh:
            if p.search(line):
                n += 1
print(n)
"""


def run(cmd: list[str], stdout: int | None = subprocess.DEVNULL) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def corpus(workdir: Path, size_mb: int) -> tuple[list[Path], int, str]:
    """The files to benchmark on, their abstract count, and a description."""
    if BIGCORPUS.exists():
        files = []
        for name in ("arxiv-listing.txt.gz", "hf-papers.txt.gz"):
            out = workdir / name.removesuffix(".gz")
            with gzip.open(BIGCORPUS / name, "rb") as src, out.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            files.append(out)
        n = sum(1 for line in files[0].open(encoding="utf-8") if line.startswith("arXiv:"))
        return files, n, "bigcorpus (real arXiv abstracts)"
    return generated_corpus(workdir, size_mb)


def generated_corpus(workdir: Path, size_mb: int) -> tuple[list[Path], int, str]:
    """A format-B corpus shaped like the bigcorpus: ~0.6% of abstracts name a benchmark."""
    sys.path.insert(0, str(ROOT))
    from extract.reader import iter_papers, read_path

    rng = random.Random(1)
    papers = [p.abstract for f in read_path([ROOT / "seeds", ROOT / "tests" / "gold" / "dev"]) for p in iter_papers(f)]
    from extract.registry import default_registry

    pf = default_registry().prefilter
    named = [a for a in papers if pf.search(a)]
    plain = [a for a in papers if not pf.search(a)]
    out = workdir / "generated-listing.txt"
    n, size = 0, 0
    with out.open("w", encoding="utf-8") as fh:
        while size < size_mb * 1_000_000:
            text = rng.choice(named) if rng.random() < 0.006 else rng.choice(plain)
            block = f"{text}\n\narXiv:25{rng.randrange(1, 13):02d}.{n:05d}\nCreated: 2025-01-01\n\n"
            fh.write(block)
            size += len(block)
            n += 1
    return [out], n, f"generated ({size_mb} MB from seeds/dev abstracts)"


def stages(files: list[Path], n_abstracts: int, repeat: int, workdir: Path) -> list[dict]:
    size = sum(f.stat().st_size for f in files) / 1e6
    py = sys.executable
    str_files = [str(f) for f in files]
    db = workdir / "bench.db"

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    plans = {
        "L: read lines + name prefilter": (None, [py, "-c", LIMIT_SCRIPT, *str_files]),
        "benchboard extract": (None, [str(BIN), "extract", *str_files, "--format", "jsonl"]),
        "benchboard ingest (fresh SQLite)": (fresh, [str(BIN), "ingest", *str_files, "--db", str(db), "-q"]),
        "benchboard ingest again (unchanged)": ("keep", [str(BIN), "ingest", *str_files, "--db", str(db), "-q"]),
        "benchboard ingest --workers 2": (fresh, [str(BIN), "ingest", *str_files, "--db", str(db), "-q",
                                               "--workers", "2"]),
    }
    rows = []
    for name, (setup, cmd) in plans.items():
        walls, mems = [], []
        for _ in range(repeat):
            if setup == "keep":
                fresh()
                run([str(BIN), "ingest", *str_files, "--db", str(db), "-q"])
            elif setup:
                setup()
            wall, mem = run(cmd)
            walls.append(wall)
            mems.append(mem)
        rows.append({"stage": name, "wall": statistics.median(walls), "mem": max(mems), "mb": size,
                     "n": n_abstracts})
    limit = rows[0]["wall"]
    for r in rows:
        r["mbps"] = r["mb"] / r["wall"]
        r["aps"] = r["n"] / r["wall"]
        r["ratio"] = limit / r["wall"]
    return rows


def listing_abstracts() -> list[tuple[str, str]]:
    """(abstract, Created date) of every paper of both bigcorpus listings."""
    sys.path.insert(0, str(ROOT))
    from extract.reader import iter_papers

    out = []
    for name in ("arxiv-listing.txt.gz", "arxiv-listing-2.txt.gz"):
        with tempfile.NamedTemporaryFile(suffix=".txt") as tmp:
            with gzip.open(BIGCORPUS / name, "rb") as src:
                shutil.copyfileobj(src, tmp)
            tmp.flush()
            out += [(p.abstract, p.date or "2025-01-01") for p in iter_papers(tmp.name)]
    return out


def snapshot_file(path: Path, records: int) -> Path:
    """An arXiv metadata snapshot of `records` lines: the real abstracts of both bigcorpus listings, repeated with
    re-numbered ids (99,999 a month from 2007-04 on) and their listing dates as v1; titles and categories, which
    the listings do not give, are null."""
    papers = listing_abstracts()
    with path.open("w", encoding="utf-8") as fh:
        for n in range(records):
            abstract, date = papers[n % len(papers)]
            month = 3 + n // 99_999
            arxiv_id = f"{7 + month // 12:02d}{month % 12 + 1:02d}.{n % 99_999 + 1:05d}"
            created = email.utils.format_datetime(dt.datetime.fromisoformat(date).replace(tzinfo=dt.UTC), usegmt=True)
            fh.write(json.dumps({"id": arxiv_id, "submitter": None, "authors": None, "title": None, "comments": None,
                                 "categories": None, "abstract": abstract,
                                 "versions": [{"version": "v1", "created": created}], "update_date": date}) + "\n")
    return path


def snapshot_stages(workdir: Path, records: int) -> list[dict]:
    """Ingest of a full-size snapshot with 2 workers, re-ingest, and extract (one run each: minutes per run)."""
    path = workdir / "arxiv-metadata-snapshot.json"
    # written by another process, so that this one stays small: a child's peak memory counts its parent's
    # pages from before it runs the command
    subprocess.run([sys.executable, __file__, "--write-snapshot", str(path), "--snapshot-records", str(records)],
                   check=True)
    size = path.stat().st_size / 1e6
    db = workdir / "snapshot.db"
    rows = []
    for name, cmd in (
        ("ingest --workers 2 (fresh SQLite)", [str(BIN), "ingest", str(path), "--db", str(db), "-q", "--workers", "2"]),
        ("ingest again (unchanged)", [str(BIN), "ingest", str(path), "--db", str(db), "-q"]),
        ("extract", [str(BIN), "extract", str(path), "--format", "jsonl"]),
    ):
        wall, mem = run(cmd)
        rows.append({"stage": name, "wall": wall, "mem": mem, "mbps": size / wall, "rps": records / wall})
    path.unlink()
    return rows


def queries(results: int, workdir: Path, repeat: int) -> tuple[list[dict], list[dict]]:
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from db import boards as b
    from db import queries as q
    from db.engine import make_engine
    from db.synthetic import generate

    path = workdir / "synthetic.db"
    engine = make_engine(str(path))
    t = time.perf_counter()
    generate(engine, results=results, papers=max(results // 5, 1000), models=max(results // 50, 100))
    gen_s = time.perf_counter() - t
    keys = tuple(q.models(engine)["model_key"].head(8))
    f = q.ResultFilter
    gsm8k = b.default_board(engine, "GSM8K")  # the standard metric and setting, own results
    everything = b.Board("GSM8K", baselines=True)  # every metric and setting, baselines too
    beir = b.Board("BEIR", metrics=("nDCG@10",), settings=None)
    plan = {
        "holdings GSM8K (the pickers' data)": lambda: b.holdings(engine, "GSM8K"),
        "leaderboard GSM8K (standard, top 500)": lambda: b.leaderboard(engine, gsm8k, 500),
        "leaderboard GSM8K (every metric and setting, top 500)": lambda: b.leaderboard(engine, everything, 500),
        "leaderboard BEIR nDCG@10 (top 500)": lambda: b.leaderboard(engine, beir, 500),
        "explore: benchmark": lambda: q.results(engine, f(benchmarks=("MATH",), limit=5000)),
        "explore: benchmark + kind + role": lambda: q.results(engine, f(benchmarks=("GSM8K",), kind="delta",
                                                                       role="own", limit=5000)),
        "explore: model substring": lambda: q.results(engine, f(model="model-12", limit=5000)),
        "explore: dates + value range": lambda: q.results(engine, f(date_from=dt.date(2024, 1, 1),
                                                                   date_to=dt.date(2024, 12, 31), value_min=60,
                                                                   value_max=80, limit=5000)),
        "explore: every filter": lambda: q.results(engine, f(benchmarks=("GSM8K", "MATH"), metric="accuracy",
                                                            kind="score", model="model", paper="synthetic",
                                                            date_from=dt.date(2023, 1, 1), value_min=50,
                                                            source="synthetic", role="own", limit=5000)),
        "explore: count of a filter": lambda: q.count_results(engine, f(benchmarks=("GSM8K",))),
        "explore: count with every filter": lambda: q.count_results(engine, f(
            benchmarks=("GSM8K", "MATH"), metric="accuracy", kind="score", model="model", paper="synthetic",
            date_from=dt.date(2023, 1, 1), value_min=50, source="synthetic", role="own")),
        "progress GSM8K": lambda: b.progress(engine, gsm8k),
        "compare 8 models": lambda: b.compare_models(engine, keys),
        "conflicts BEIR": lambda: q.conflicts(engine, "BEIR"),
        "papers search": lambda: q.search_papers(engine, "method 12"),
        "models list": lambda: q.models(engine),
        "benchmarks + counts": lambda: q.benchmarks(engine),
        "stats": lambda: q.stats(engine),
    }
    rows = [{"query": f"(generate {results:,} results)", "ms": gen_s * 1000}]
    for name, fn in plan.items():
        rows.append({"query": name, "ms": timed(fn, repeat)})
    combos = explore_filters(60)
    for what, fn in (("count", q.count_results), ("page of 5,000", q.results)):
        times = sorted(timed(lambda c=c, fn=fn: fn(engine, f(**c, limit=5000)), repeat) for c in combos)
        rows.append({"query": f"explore: {what}, median of {len(combos)} filter combinations",
                     "ms": statistics.median(times)})
        rows.append({"query": f"explore: {what}, slowest of {len(combos)} filter combinations", "ms": times[-1]})
    engine.dispose()
    return rows, pages(str(path), repeat)


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Median wall time of `fn` in ms, after one warm-up run (page cache)."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def explore_filters(n: int, seed: int = 11) -> list[dict]:
    """Explore filter combinations over the synthetic database: each filter alone, then random sets of
    2-9 of them (broad and narrow substrings, recent and old dates, common and rare values)."""
    import datetime as dt

    options: dict[str, list[dict]] = {
        "benchmarks": [{"benchmarks": ("GSM8K", "MATH")}, {"benchmarks": ("GPQA",)}],
        "metric": [{"metric": "accuracy"}], "kind": [{"kind": "score"}, {"kind": "delta"}],
        "role": [{"role": "own"}, {"role": "baseline"}],
        "model": [{"model": "model-1"}, {"model": "model-12345"}, {"model": "-7b"}],
        "paper": [{"paper": "paper 1"}, {"paper": "paper 12"}, {"paper": "humaneval"}, {"paper": "synthetic"}],
        "date_from": [{"date_from": dt.date(2023, 1, 1)}, {"date_from": dt.date(2026, 6, 1)}],
        "value_min": [{"value_min": 50}, {"value_min": 99}], "source": [{"source": "synthetic"}],
    }
    rng = random.Random(seed)
    out = [o for opts in options.values() for o in opts]
    while len(out) < n:
        combo: dict = {}
        for name in rng.sample(list(options), rng.randint(2, len(options))):
            combo.update(rng.choice(options[name]))
        out.append(combo)
    return out


def pages(db: str, repeat: int) -> list[dict]:
    """Render time of each dashboard page through AppTest (warm: the first, cold run is excluded)."""
    os.environ["BENCHBOARD_DB"] = db
    from streamlit.testing.v1 import AppTest

    out = []
    for page in ("leaderboard", "compare", "progress", "papers", "explore", "conflicts", "add_documents", "about"):
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120)
        at.run()
        at.switch_page(f"app_pages/{page}.py").run()  # cold
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - t) * 1000)
        out.append({"page": page, "ms": statistics.median(times), "error": bool(at.exception)})
    return out


def seeds_pages(workdir: Path, repeat: int) -> list[dict]:
    db = workdir / "seeds.db"
    run([str(BIN), "ingest", str(ROOT / "seeds"), "--db", str(db), "-q"])
    return pages(str(db), repeat)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--results", type=int, default=1_000_000)
    ap.add_argument("--size-mb", type=int, default=150, help="generated corpus size when no bigcorpus")
    ap.add_argument("--snapshot-records", type=int, default=2_700_000, help="lines of the arXiv snapshot row")
    ap.add_argument("--only", choices=["corpus", "snapshot", "queries", "pages"])
    ap.add_argument("--write-snapshot", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.write_snapshot:
        snapshot_file(args.write_snapshot, args.snapshot_records)
        return
    with tempfile.TemporaryDirectory(prefix="benchboard-bench-") as tmp:
        work = Path(tmp)
        print(f"benchboard bench · {os.cpu_count()} cores · Python {sys.version.split()[0]} · "
              f"median of {args.repeat} runs\n")
        if args.only in (None, "corpus"):
            files, n, what = corpus(work, args.size_mb)
            print(f"Corpus: {what}: {sum(f.stat().st_size for f in files) / 1e6:.0f} MB, {n:,} abstracts\n")
            print("| stage | MB/s | abstracts/s | wall (s) | peak memory (MB) | x L |")
            print("|---|---|---|---|---|---|")
            for r in stages(files, n, args.repeat, work):
                print(f"| {r['stage']} | {r['mbps']:.0f} | {r['aps']:,.0f} | {r['wall']:.2f} | {r['mem']:.0f} | "
                      f"{r['ratio']:.2f} |")
            print()
        if args.only in (None, "snapshot") and BIGCORPUS.exists():
            print(f"arXiv metadata snapshot: {args.snapshot_records:,} records built from the bigcorpus abstracts "
                  "(one run each):\n")
            print("| stage | MB/s | records/s | wall (s) | peak memory (MB) |")
            print("|---|---|---|---|---|")
            for r in snapshot_stages(work, args.snapshot_records):
                print(f"| {r['stage']} | {r['mbps']:.0f} | {r['rps']:,.0f} | {r['wall']:.1f} | {r['mem']:.0f} |")
            print()
        if args.only in (None, "pages"):
            print("Dashboard pages on the seeds database (AppTest, warm):\n")
            print("| page | render (ms) |")
            print("|---|---|")
            for r in seeds_pages(work, args.repeat):
                print(f"| {r['page']} | {r['ms']:.0f}{' (error)' if r['error'] else ''} |")
            print()
        if args.only in (None, "queries"):
            qrows, prows = queries(args.results, work, args.repeat)
            print(f"Queries on a synthetic database of {args.results:,} results (SQLite):\n")
            print("| query | time (ms) |")
            print("|---|---|")
            for r in qrows:
                print(f"| {r['query']} | {r['ms']:.0f} |")
            print(f"\nDashboard pages on the {args.results:,}-result database (AppTest, warm):\n")
            print("| page | render (ms) |")
            print("|---|---|")
            for r in prows:
                print(f"| {r['page']} | {r['ms']:.0f}{' (error)' if r['error'] else ''} |")


if __name__ == "__main__":
    main()
