"""Every command fails in one line naming the target and the cause, with a non-zero exit; readers never create."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from db.cli import app

from .conftest import ROOT, SEEDS

runner = CliRunner()
CLI = [sys.executable, "-m", "db.cli"]
ONE_FILE = str(SEEDS / "003_1b7a33e80e2ee25b.txt")
GOLD = str(ROOT / "tests" / "gold" / "seeds.jsonl")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def one_line_error(args: list[str]) -> str:
    """Run a command that must fail: its stderr is one line starting with 'error:'; returns that line."""
    result = runner.invoke(app, args)
    assert result.exit_code != 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture()
def dump(tmp_path: Path, seeded_db: str) -> Path:
    out = tmp_path / "results.json"
    assert runner.invoke(app, ["export", "--db", seeded_db, "-f", "json", "-o", str(out)]).exit_code == 0
    return out


@pytest.mark.parametrize("command", ["stats", "ingest", "export", "import", "serve"])
def test_a_closed_postgres_port(command: str, tmp_path: Path) -> None:
    url = f"postgresql+psycopg://bob:hunter2@127.0.0.1:{closed_port()}/bb"
    empty_dump = tmp_path / "dump.json"
    empty_dump.write_text('{"format": "benchboard-dump", "schema_version": 4, "tables": {}}')
    full = {"stats": ["stats"], "ingest": ["ingest", ONE_FILE], "export": ["export"],
            "import": ["import", str(empty_dump)], "serve": ["serve"]}[command]
    line = one_line_error([*full, "--db", url])
    assert re.fullmatch(r"error: postgresql\+psycopg://bob:\*\*\*@127\.0\.0\.1:\d+/bb: connection failed: .*"
                        r"Connection refused", line), line
    assert "hunter2" not in line


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_text("these are notes, not a database\n")
    for args in (["stats"], ["export"], ["ingest", ONE_FILE]):
        assert one_line_error([*args, "--db", str(f)]) == f"error: {f}: file is not a database"


def test_a_db_folder_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "sub" / "x.db"
    assert one_line_error(["ingest", ONE_FILE, "--db", str(target)]) == (
        f"error: cannot create the folder {target.parent}: Not a directory")


def test_a_missing_driver() -> None:
    line = one_line_error(["stats", "--db", "mysql://u@localhost/bb"])
    assert line.startswith("error: mysql://u@localhost/bb: its database driver is not installed (No module named")


def test_evaluate_with_a_missing_gold_file(tmp_path: Path) -> None:
    assert one_line_error(["evaluate", str(tmp_path / "gold.jsonl"), ONE_FILE]) == (
        f"error: {tmp_path / 'gold.jsonl'}: no such file")


def test_evaluate_with_an_unknown_benchmark() -> None:
    assert one_line_error(["evaluate", GOLD, ONE_FILE, "-b", "FOO"]).startswith("error: unknown benchmark 'FOO'")


def test_evaluate_with_malformed_gold_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a.txt", "benchmark": "GSM8K", "value": 1, "evidence": "x"}\n\n{"doc": "b.txt",\n')
    assert one_line_error(["evaluate", str(gold), ONE_FILE]).startswith(f"error: {gold} line 3: not JSON (")
    gold.write_text('{"doc": "a.txt", "value": 1}\n')
    assert one_line_error(["evaluate", str(gold), ONE_FILE]) == f"error: {gold}: record 1 has no benchmark, evidence"


def test_evaluate_on_a_missing_folder(tmp_path: Path) -> None:
    assert one_line_error(["evaluate", GOLD, str(tmp_path / "nowhere")]) == (
        f"error: {tmp_path / 'nowhere'}: no such file or folder")


def test_import_of_a_results_export(dump: Path, tmp_path: Path) -> None:
    target = tmp_path / "restored.db"
    line = one_line_error(["import", str(dump), "--db", str(target)])
    assert line == (f"error: {dump}: a results export (`benchboard export`), not a full dump: write one with "
                    "`benchboard export --everything`")
    assert not target.exists()


@pytest.mark.parametrize("args", [["stats"], ["export"], ["export", "--everything"], ["serve"]])
def test_readers_never_create_a_database_or_a_folder(args: list[str], tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    assert one_line_error([*args, "--db", str(target)]) == (
        f"error: {target}: no such database (`benchboard ingest` or `benchboard import` creates one)")
    assert not (tmp_path / "no").exists()


def test_a_missing_path_is_reported_once(fresh_db: str) -> None:
    result = runner.invoke(app, ["ingest", "no/such/file.txt", ONE_FILE, "--db", fresh_db])
    assert result.exit_code == 1
    assert "files read: 1 ingested, 0 unchanged, 1 failed" in result.stdout
    assert result.stderr.strip().splitlines() == ["skipped no/such/file.txt: no such file or folder"]
    extract = runner.invoke(app, ["extract", "no/such/file.txt", ONE_FILE])
    assert extract.exit_code == 1
    assert extract.stderr.strip().splitlines() == ["skipped no/such/file.txt: no such file or folder"]


def test_the_summary_counts_what_is_stored(tmp_path: Path, fresh_db: str) -> None:
    """A paper in two files has its results counted once, as `stats` counts them."""
    text = "Our Foo-7B achieves 83.8% on GSM8K, a new best for open models of this size."
    (tmp_path / "a.txt").write_text(f"{text}\n\narXiv:2401.00001\nCreated: 2024-01-15\n")
    (tmp_path / "b.txt").write_text(f"Abstract: {text}\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", fresh_db])
    assert "papers: 1 new, 1 merged" in result.stdout
    assert "results by benchmark: GSM8K 1\n" in result.stdout
    assert "results: 1" in runner.invoke(app, ["stats", "--db", fresh_db]).stdout


def test_stats_masks_the_password(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_db("masked").replace("postgres@", "postgres:s3cret-pw@")  # trust: any password works
    assert runner.invoke(app, ["ingest", ONE_FILE, "--db", url]).exit_code == 0
    out = runner.invoke(app, ["stats", "--db", url])
    assert out.exit_code == 0 and "s3cret" not in out.output
    assert f"database: {url.replace('s3cret-pw', '***')}" in out.stdout


# ------------------------------------------------------------------ a read-only folder or mount
@pytest.fixture()
def read_only_copy(seeded_db: str, tmp_path: Path) -> Iterator[Path]:
    """The seeded database in a folder this process cannot write: a read-only bind mount as root (root
    writes through permissions), else a folder without write permission."""
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(seeded_db, folder / "bb.db")
    if os.geteuid() == 0:
        if subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True).returncode:
            pytest.skip("cannot bind-mount read-only here")
        try:
            yield folder / "bb.db"
        finally:  # (lazily: a file still open in this process must not leave the mount behind)
            subprocess.run(["umount", "--lazy", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield folder / "bb.db"
        finally:
            folder.chmod(0o755)


def test_a_read_only_database_is_read_and_never_written(read_only_copy: Path, tmp_path: Path) -> None:
    db = str(read_only_copy)
    stats = subprocess.run([*CLI, "stats", "--db", db], capture_output=True, text=True, timeout=120)
    assert stats.returncode == 0, stats.stderr
    assert "papers: 185" in stats.stdout
    export = subprocess.run([*CLI, "export", "--db", db, "-f", "json"], capture_output=True, text=True, timeout=120)
    assert export.returncode == 0 and '"benchmark":"GSM8K"' in export.stdout.replace(" ", ""), export.stderr
    ingest = subprocess.run([*CLI, "ingest", ONE_FILE, "--db", db], capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 2
    assert ingest.stderr.strip().splitlines() == [
        f"error: {db}: read-only (this command writes; its folder or file cannot be written)"]
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == ["bb.db"]  # no -wal, no -shm
    review = subprocess.run([*CLI, "serve", "--db", db, "--review", "--port", "1"], capture_output=True, text=True,
                            timeout=120)
    assert review.returncode == 2 and review.stderr.strip().splitlines() == [
        f"error: {db}: read-only (--review writes reviews; its folder or file cannot be written)"]


def test_the_review_page_on_a_read_only_database_says_why_and_shows_no_control(
        read_only_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import data

    from .test_dashboard import frame, open_page

    monkeypatch.setenv("BENCHBOARD_DB", str(read_only_copy))
    monkeypatch.setenv("BENCHBOARD_REVIEW", "on")  # reviews asked for, on a database that cannot take them
    data.stamp.clear()
    at = open_page("review")
    assert any(i.value.startswith("The database is read-only here") and "no review can be recorded" in i.value
               for i in at.info), [i.value for i in at.info]
    assert not at.button and not at.text_input and not at.get("form")
    assert len(frame(at, "evidence")) > 0  # the queue is there to read
    assert sorted(p.name for p in read_only_copy.parent.iterdir()) == ["bb.db"]  # nothing written


def test_the_add_documents_page_refuses_a_read_only_database(read_only_copy: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    from dashboard import data

    monkeypatch.setenv("BENCHBOARD_DB", str(read_only_copy))
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/add_documents.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.get("file_uploader")
    assert any("The database is read-only here" in i.value for i in at.info)
    at.query_params["untrusted"] = "1"  # every row: the seeds' rows need not be trusted
    at.switch_page("app_pages/leaderboard.py").run()  # reading works
    assert not at.exception and at.dataframe
    data.engine(data.db_url()).dispose()
    data.engine.clear()
