"""Trustworthy under bad input, faults and several writers; every database test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from db import boards, queries, standard
from db.engine import init_db, make_engine
from db.models import SCHEMA_VERSION, Paper, PaperSource, Result, Source
from db.store import Store
from extract.extractor import extract
from extract.reader import iter_papers, read_path

from .conftest import ROOT, SEEDS

CLI = [sys.executable, "-m", "db.cli"]


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with Session(engine) as s:
        out = {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
               for m in (Source, Paper, PaperSource, Result)}
    engine.dispose()
    return out


def consistent(url: str) -> None:
    """Every stored file is whole: its links match its paper count, and nothing points nowhere."""
    engine = make_engine(url)
    with Session(engine) as s:
        for sid, n in s.execute(select(Source.id, Source.n_papers)).all():
            links = s.scalar(select(func.count()).select_from(PaperSource).where(PaperSource.source_id == sid))
            assert links == n, (sid, links, n)
        orphans = s.scalar(select(func.count()).select_from(Paper).where(
            ~Paper.id.in_(select(PaperSource.paper_id))))
        assert orphans == 0
        dangling = s.scalar(select(func.count()).select_from(Result).where(~Result.paper_id.in_(select(Paper.id))))
        assert dangling == 0
    engine.dispose()


def make_corpus(folder: Path, files: int, per_file: int) -> list[Path]:
    """Format-B files of distinct real-looking abstracts (seed abstracts, numbered so each is unique)."""
    seeds = [p.abstract for f in read_path([SEEDS]) for p in iter_papers(f)]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    n = 0
    for i in range(files):
        path = folder / f"part-{i:03d}.txt"
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(per_file):
                fh.write(f"{seeds[n % len(seeds)]} (Record {n}.)\n\narXiv:2401.{n:05d}\nCreated: 2024-01-15\n\n")
                n += 1
        out.append(path)
    return out


# ------------------------------------------------------------------ the same code path on both backends
def test_ingest_is_idempotent_and_merges_on_both_backends(any_db: str) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    store = Store(engine)
    first = store.ingest_paths(read_path([SEEDS]))
    assert (first.new_papers, first.merged_papers) == (185, 10) and not first.failed
    before = counts(any_db)
    second = store.ingest_paths(read_path([SEEDS]))
    assert {f.status for f in second.files} == {"unchanged"}
    assert counts(any_db) == before
    stats = queries.stats(engine)
    assert stats["papers"] == 185 and stats["papers_in_several_files"] == 10
    board = boards.leaderboard(engine, boards.default_board(engine, "GSM8K", untrusted=True))
    assert board.set_index("model").loc["MuMath-Code-70B", "rank"] == 1
    points, front = boards.progress(engine, boards.Board("GSM8K", baselines=True, untrusted=True))
    assert len(front) <= len(points)
    assert queries.count_results(engine, queries.ResultFilter(kind="delta")) >= 3
    engine.dispose()


def test_a_failing_file_leaves_nothing_on_both_backends(any_db: str, tmp_path: Path) -> None:
    good = "Abstract: Our X-7B achieves 83.8 on GSM8K, a new best for open models of this size.\n"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(good)
    (docs / "late.txt").write_bytes(good.replace("X-7B", "Y-7B").encode() * 3 + b"Abstract: \xff\xfe\n")
    engine = make_engine(any_db)
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([docs]))
    assert [f.status for f in report.files] == ["ingested", "failed"]
    assert counts(any_db) == {"sources": 1, "papers": 1, "paper_sources": 1, "results": 1}
    engine.dispose()


def test_cli_on_a_url(any_db: str) -> None:
    out = subprocess.run([*CLI, "ingest", str(SEEDS), "--db", any_db], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "papers: 185 new, 10 merged" in out.stdout


# ------------------------------------------------------------------ backup and portability
def test_dump_and_import_restore_an_identical_database(any_db: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'src.db'}"
    subprocess.run([*CLI, "ingest", str(SEEDS), "--db", source], check=True, capture_output=True, timeout=300)
    dump = tmp_path / "dump.json"
    subprocess.run([*CLI, "export", "--everything", "--db", source, "-o", str(dump)], check=True,
                   capture_output=True, timeout=300)
    out = subprocess.run([*CLI, "import", str(dump), "--db", any_db], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    again = tmp_path / "again.json"
    subprocess.run([*CLI, "export", "--everything", "--db", any_db, "-o", str(again)], check=True,
                   capture_output=True, timeout=300)
    a, b = json.loads(dump.read_text()), json.loads(again.read_text())
    assert a["tables"] == b["tables"]
    assert counts(any_db) == counts(source)
    refused = subprocess.run([*CLI, "import", str(dump), "--db", any_db], capture_output=True, text=True)
    assert refused.returncode == 2 and "not empty" in refused.stderr


# ------------------------------------------------------------------ faults
def _wait_for_sources(url: str, at_least: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if counts(url)["sources"] >= at_least:
                return
        except Exception:
            pass
        assert proc.poll() is None, "ingest ended before it could be killed"
        time.sleep(0.05)
    raise AssertionError("ingest made no progress")


def test_sigkill_mid_ingest_leaves_whole_files_and_a_rerun_completes(any_db: str, tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus", files=12, per_file=1500)
    proc = subprocess.Popen([*CLI, "ingest", str(tmp_path / "corpus"), "--db", any_db, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_sources(any_db, 2, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = counts(any_db)
    assert 2 <= partial["sources"] < len(files)
    consistent(any_db)
    assert partial["papers"] == 1500 * partial["sources"]
    rerun = subprocess.run([*CLI, "ingest", str(tmp_path / "corpus"), "--db", any_db, "-q"],
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    consistent(any_db)
    final = counts(any_db)
    assert final["sources"] == len(files) and final["papers"] == 1500 * len(files)


def test_ingest_rides_out_a_postgres_restart(tmp_path: Path) -> None:
    """PostgreSQL stopped for 2 seconds mid-ingest: the file in progress reconnects and is stored whole."""
    from . import pg

    if not pg.available():
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    server = pg.Server()  # its own server: the shared one stays up for the other tests
    try:
        url = server.create_db("restart")
        init_db(make_engine(url))
        files = make_corpus(tmp_path / "corpus", files=10, per_file=600)
        proc = subprocess.Popen([*CLI, "ingest", str(tmp_path / "corpus"), "--db", url, "-q"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _wait_for_sources(url, 2, proc)
        server.restart(down_seconds=2.0)
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert f"files read: {len(files)} ingested, 0 unchanged, 0 failed" in out
        consistent(url)
        assert counts(url)["papers"] == 600 * len(files)
    finally:
        server.stop()


def test_ctrl_c_stops_cleanly_with_a_summary(tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", files=12, per_file=1500)
    url = f"sqlite:///{tmp_path / 'c.db'}"
    proc = subprocess.Popen([*CLI, "ingest", str(tmp_path / "corpus"), "--db", url, "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for_sources(url, 1, proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted" in err and "files read:" in out
    consistent(url)


# ------------------------------------------------------------------ several writers
def test_two_concurrent_ingests_on_overlapping_files(any_db: str, tmp_path: Path) -> None:
    files = make_corpus(tmp_path / "corpus", files=6, per_file=400)
    seeds = read_path([SEEDS])
    first = [*map(str, files[:4]), *map(str, seeds)]
    second = [*map(str, files[2:]), *map(str, seeds[::-1])]
    init_db(make_engine(any_db))  # the schema exists before both start
    procs = [subprocess.Popen([*CLI, "ingest", *args, "--db", any_db, "-q"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for args in (first, second)]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    subprocess.run([*CLI, "ingest", *map(str, files), str(SEEDS), "--db", alone, "-q"], check=True, timeout=600)
    assert counts(any_db) == counts(alone)
    consistent(any_db)


# ------------------------------------------------------------------ bad input
def test_many_tiny_files_nested_folders_and_symlink_loops(tmp_path: Path, fresh_db: str) -> None:
    root = tmp_path / "tree"
    deep = root
    for i in range(40):
        deep = deep / f"level{i}"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("Abstract: Deep down, Our Z-7B achieves 61.5% on MATH in a deep folder.\n")
    (root / "level0" / "loop").symlink_to(root, target_is_directory=True)
    tiny = root / "tiny"
    tiny.mkdir()
    for i in range(10_000):
        (tiny / f"t{i:05d}.txt").write_text(f"Abstract: Tiny abstract number {i} with no benchmark at all.\n")
    out = subprocess.run([*CLI, "ingest", str(root), "--db", fresh_db, "-q"], capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    assert "files read: 10001 ingested" in out.stdout and "MATH 1" in out.stdout


def test_file_deleted_between_listing_and_reading(tmp_path: Path, fresh_db: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Abstract: Our X-7B achieves 83.8 on GSM8K.\n")
    b.write_text("Abstract: Our Y-7B achieves 84.8 on GSM8K.\n")
    files = read_path([tmp_path])
    b.unlink()
    engine = make_engine(fresh_db)
    init_db(engine)
    report = Store(engine).ingest_paths(files)
    assert [(f.status, f.error) for f in report.files] == [
        ("ingested", None), ("failed", "file not found (deleted while reading?)")]


@pytest.mark.parametrize(
    "content",
    [b"\xef\xbb\xbf" + "Abstract: caf\u00e9 na\u00efve".encode() + b" \xe9t\xe9\n",  # UTF-8 then latin-1
     b"Abstract: " + "r\u00e9sum\u00e9".encode("latin-1") + b"\n"],
    ids=["mixed-utf8-latin1", "latin-1"],
)
def test_latin1_and_mixed_encodings_are_rejected_with_the_line(tmp_path: Path, content: bytes) -> None:
    from extract.reader import ReadError

    f = tmp_path / "enc.txt"
    f.write_bytes(content)
    with pytest.raises(ReadError, match=r"invalid UTF-8 on line 1"):
        list(iter_papers(f))


def test_100mb_single_line_is_rejected_quickly(tmp_path: Path, fresh_db: str) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        for _ in range(100):
            fh.write(b"GSM8K 83.8 " * 95_325)  # ~1 MB per write, no newline anywhere
    out = subprocess.run([*CLI, "ingest", str(f), "--db", fresh_db], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "line 1 is longer than 1,000,000 bytes" in out.stderr
    assert counts(f"sqlite:///{fresh_db}")["papers"] == 0


# 48 adversarial shapes, each repeated into a long text: digit runs (ASCII, Arabic-Indic, full-width and
# mathematical digits), lists of signed numbers, "respectively", nested brackets, "vs." chains, right-to-left and
# zero-width marks, LaTeX, benchmark names and number-dense sentences
SHAPES = [
    "1", "12345678901234567890 ", "0.5", "83.8 ", "1,234,567 ", "\u0661\u0662\u0663 ", "\uff11\uff12\uff13 ",
    "\U0001d7cf\U0001d7d0 ",
    "+1.5, ", "+1.5% ", "-2.3 pp, ", "1.5/2.5/", "(+1.5) ", "83.8, 84.1 and 85.0 on GSM8K, MATH and BEIR, "
    "respectively. ", "respectively ", "A, B and C achieve 1%, 2% and 3% respectively ",
    "((", "))", "(GSM8K (83.8 (+1.5))) ", "[", "{",
    "83.8 vs. ", "vs. ", "83.8% vs 84.1% vs ", "versus 1.2 ",
    "\u200f", "\u200b", "\u202e83.8 ", "GSM8K\u200b83.8 ", "\u2066",
    "$\\sim$", "\\%", "$\\rightarrow$ ", "\\textbf{83.8} ", "^{", "$83.8_{\\pm 1.2}$ ",
    "GSM8K ", "GSM8K 83.8% ", "on MATH (", "83.8 on GSM8K and ", "Our M-7B achieves 83.8% on GSM8K. ",
    "from 83.8 to ", "improves by ", "Llama-3-8B (",
    ".", "%", "-", "; ",
]


@pytest.mark.parametrize("unit", SHAPES)
def test_pathological_text_takes_linear_time(unit: str) -> None:
    """Doubling an adversarial input at most doubles the time (with room for noise): a ratio, not seconds. The
    same text is read as about 40 KB twice as often as 80 KB, as many times as makes the first take 50 ms, so
    that the ratio is of work, not of the timer; the two are timed in turn, best of three each, so that load
    slows both. Linear time gives equal totals, quadratic time twice the first."""
    n = max(1, 40_000 // len(unit))
    texts = ["We report results on GSM8K. " + unit * k + " Done." for k in (n, 2 * n)]

    def seconds(text_: str, runs: int) -> float:
        t = time.perf_counter()
        for _ in range(runs):
            extract(text_)
        return time.perf_counter() - t

    once = min(seconds(texts[0], 1) for _ in range(2))
    runs = max(1, round(0.025 / max(once, 1e-5)))  # the 40 KB text is read 2 * runs times
    small = large = float("inf")
    for _ in range(3):
        small, large = min(small, seconds(texts[0], 2 * runs)), min(large, seconds(texts[1], runs))
    assert large < 1.5 * small, f"{unit!r}: {2 * runs} x {n:,} repeats {small:.3f} s, {runs} x {2 * n:,} {large:.3f} s"


def test_results_per_abstract_are_bounded_and_the_store_says_so(tmp_path: Path, fresh_db: str) -> None:
    """An abstract that is a table dump yields at most MAX_RESULTS records, and ingest names it in a note."""
    from extract.reading import MAX_RESULTS

    dump = "Abstract: " + "Our M-7B achieves 83.8% on GSM8K. " * 1000
    assert len(extract(dump)) == MAX_RESULTS
    f = tmp_path / "dump.txt"
    f.write_text(dump + "\n")
    out = subprocess.run([*CLI, "ingest", str(f), "--db", fresh_db], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    assert f"abstract 1: {MAX_RESULTS} results or more" in out.stdout + out.stderr
    assert counts(f"sqlite:///{fresh_db}")["results"] == MAX_RESULTS


def test_postgres_rejects_nothing_sqlite_accepts(pg_server) -> None:  # type: ignore[no-untyped-def]
    """The schema is created the same way on both, and the version is recorded."""
    url = pg_server.create_db("schema_check")
    engine = make_engine(url)
    init_db(engine)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
    assert version == str(SCHEMA_VERSION)
    engine.dispose()


def test_unreadable_file_is_reported() -> None:
    """As root every file is readable, so the read runs as the unprivileged `nobody` user there,
    from a world-readable copy of the (standard-library only) reader."""
    import shutil
    import tempfile

    root = Path(__file__).resolve().parents[1]
    work = Path(tempfile.mkdtemp(prefix="benchboard-perm-", dir="/tmp"))
    try:
        shutil.copytree(root / "extract", work / "extract")
        f = work / "secret.txt"
        f.write_text("Abstract: Our X-7B achieves 83.8 on GSM8K.\n")
        code = ("import sys\nfrom extract.reader import ReadError, iter_papers\n"
                "try:\n    list(iter_papers(sys.argv[1]))\nexcept ReadError as e:\n    print(e)\n")
        cmd = [sys.executable, "-c", code, str(f)]
        if os.geteuid() == 0:
            # the venv's interpreter may live under /root; the reader needs only the standard library
            system_python = shutil.which("python3", path="/usr/bin:/usr/local/bin")
            if not shutil.which("runuser") or not system_python:
                pytest.skip("runuser and a system python3 are needed to drop root")
            for path in [work, *work.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
            cmd = ["runuser", "-u", "nobody", "--", system_python, *cmd[1:]]
        f.chmod(0o000)
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=work,
                             env={**os.environ, "PYTHONPATH": str(work)})
        assert out.stdout.strip() == f"{f}: permission denied", out.stderr
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_readers_see_consistent_data_while_an_ingest_writes(any_db: str, tmp_path: Path) -> None:
    make_corpus(tmp_path / "corpus", files=8, per_file=800)
    init_db(make_engine(any_db))
    proc = subprocess.Popen([*CLI, "ingest", str(tmp_path / "corpus"), "--db", any_db, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    engine = make_engine(any_db)
    seen = 0
    while proc.poll() is None:
        with engine.connect() as conn:  # one statement, one snapshot: what a dashboard query sees
            sources, papers = conn.execute(select(
                select(func.count()).select_from(Source).scalar_subquery(),
                select(func.count()).select_from(Paper).scalar_subquery())).one()
        assert papers == 800 * sources, (sources, papers)  # never half a file
        seen += 1
        time.sleep(0.02)
    assert proc.returncode == 0 and seen > 3
    engine.dispose()


def _distinct_papers(engine, board: boards.Board) -> dict[str, int]:  # type: ignore[no-untyped-def]
    conds = [Result.benchmark == board.benchmark, Result.kind == board.kind, Result.model_key.is_not(None),
             Result.scope == "full", Result.value_min.is_(None), Result.relative == board.relative]
    for col, values in ((Result.metric, board.metrics), (Result.setting, board.settings)):
        if values is not None:
            conds.append(or_(col.in_([v for v in values if v]), *([col.is_(None)] if "" in values else [])))
    if not board.baselines:
        conds.append(Result.role == "own")
    with engine.connect() as conn:
        return dict(conn.execute(select(Result.model_key, func.count(func.distinct(Result.paper_id))).where(
            *conds).group_by(Result.model_key)).all())


def test_papers_per_system_match_count_distinct_on_both_backends(any_db: str) -> None:
    """The leaderboard counts each system's papers in the same pass that finds its best value: the same as a
    plain COUNT(DISTINCT paper_id) for every board (every metric, the standard one or each stated one; every
    setting kind asked for or none; with or without baselines; scores and changes). A database written by a
    newer benchboard is refused, not "upgraded" down."""
    engine = make_engine(any_db)
    init_db(engine)
    Store(engine).ingest_paths(read_path([SEEDS, ROOT / "tests" / "gold" / "dev", ROOT / "tests" / "schemas"]))
    checked = 0
    for bench in ("GSM8K", "MATH", "BEIR", "MTEB", "RewardBench", "MT-Bench", "AIME"):
        held = boards.holdings(engine, bench)
        for kind in ("score", "delta"):
            for metric in [None, *boards.metric_choices(held, kind)]:
                for kinds in ((), tuple(standard.SETTING_KINDS)):
                    for baselines in (False, True):
                        board = boards.board_of(held, bench, kind, metric, kinds=kinds, baselines=baselines,
                                                untrusted=True)
                        ranked = boards.leaderboard(engine, board)
                        expected = _distinct_papers(engine, board)
                        assert dict(zip(ranked["model_key"], ranked["n_papers"], strict=True)) == expected, board
                        assert set(ranked["systems"]) <= {len(expected)}
                        checked += len(expected)
    assert checked > 100
    with engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(SCHEMA_VERSION + 1)})
    with pytest.raises(RuntimeError, match="upgrade benchboard"):
        init_db(engine)
