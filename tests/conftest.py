"""Shared fixtures: paths to the sample corpus and gold files, a seeded SQLite database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.engine import init_db, make_engine
from db.store import Store
from extract.reader import read_path

from . import pg

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
DEV = GOLD / "dev"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An SQLite file holding `seeds/` (built once per session; tests must not write to it)."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    engine = make_engine(str(path))
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([SEEDS]))
    assert not report.failed
    engine.dispose()
    return str(path)


@pytest.fixture()
def fresh_db(tmp_path: Path) -> str:
    """An empty SQLite file path."""
    return str(tmp_path / "bb.db")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.Server]:
    """A real PostgreSQL server started for this test session (skipped only off CI when not installed)."""
    if not pg.available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries are missing (make test installs them with apt)")
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    server = pg.Server()
    yield server
    server.stop()


_counter = iter(range(1_000_000))


@pytest.fixture(params=["sqlite", "postgres"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database URL: an SQLite file, then a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bb.db'}"
    server: pg.Server = request.getfixturevalue("pg_server")
    return server.create_db(f"t{next(_counter)}")


@pytest.fixture()
def db_env(seeded_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """BENCHBOARD_DB pointing at the seeded database (for the dashboard)."""
    monkeypatch.setenv("BENCHBOARD_DB", seeded_db)
    return seeded_db


def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
