"""Progress on one big file: bytes and abstracts done, with rate and ETA, while the file is read."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from db.engine import init_db, make_engine
from db.store import BATCH, Store

CLI = [sys.executable, "-m", "db.cli"]
ABSTRACT = "Abstract: Record {n}: our M-{n} model is studied on a new task and compared with many baselines.\n"


def big_file(path: Path, abstracts: int) -> Path:
    path.write_text("".join(ABSTRACT.format(n=n) for n in range(abstracts)))
    return path


def test_each_batch_of_a_file_is_reported_as_it_is_stored(tmp_path: Path) -> None:
    f = big_file(tmp_path / "big.txt", 2 * BATCH + 500)
    engine = make_engine(str(tmp_path / "bb.db"))
    init_db(engine)
    seen: list[tuple[int, int]] = []
    report = Store(engine).ingest_file(f, on_batch=lambda n, chars: seen.append((n, chars)))
    assert report.status == "ingested"
    assert [n for n, _ in seen] == [BATCH, BATCH, 500]
    assert 0.8 * f.stat().st_size < sum(c for _, c in seen) <= f.stat().st_size
    engine.dispose()


def test_the_progress_bar_of_a_single_file_shows_bytes_abstracts_and_rate(tmp_path: Path) -> None:
    f = big_file(tmp_path / "big.txt", 60_000)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([*CLI, "ingest", str(f), "--db", str(tmp_path / "bb.db")], stdout=subprocess.PIPE,
                            stderr=secondary, env={**os.environ, "COLUMNS": "200", "TERM": "xterm"})
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    out, _ = proc.communicate(timeout=300)
    os.close(primary)
    assert proc.returncode == 0, shown
    frames = re.findall(r"([\d.]+)/([\d.]+) MB\s+([\d.]+ [kM]?B/s|\?)\s+([\d,]+) abstracts\s+(\S+)",
                        re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", "replace")))
    midway = [f for f in frames if float(f[0]) < float(f[1]) and int(f[3].replace(",", "")) > 0]
    assert midway, frames  # bytes and abstracts counted while the one file is read, not 0/1 until its end
    assert any(f[2].endswith("/s") and re.fullmatch(r"\d+:\d\d:\d\d", f[4]) for f in midway), midway  # rate, ETA
    assert "files read: 1 ingested" in out.decode()
