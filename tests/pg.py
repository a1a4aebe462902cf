"""A throwaway PostgreSQL server for the tests: its own cluster in a temp dir, on a free loopback port.

`initdb` and `postgres` refuse to run as root, so as root they run as the `postgres` system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    """Whether the server binaries are installed."""
    return all(_bin(n) for n in ("initdb", "pg_ctl", "postgres"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A running cluster; `url(db)` gives an SQLAlchemy URL, `create_db(name)` a fresh database."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="benchboard-pg-"))
        self.data = self.tmp / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.tmp, "postgres", "postgres")
        self._run([_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                   "--locale=C"])
        self.start()

    def start(self) -> None:
        self._run([_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.tmp / "server.log"), "-w", "-t", "60",
                   "-o", f"-p {self.port} -k {self.tmp} -c listen_addresses=127.0.0.1 -c fsync=off "
                         f"-c max_connections=50", "start"])

    def restart(self, down_seconds: float) -> None:
        """Stop the server (closing every connection), keep it down for `down_seconds`, start it again."""
        import time

        self._run([_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
        time.sleep(down_seconds)
        self.start()

    def _run(self, cmd: list[str | None]) -> None:
        args = [c for c in cmd if c is not None]
        if self.as_root:
            args = ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(args, check=True, capture_output=True, cwd=self.tmp)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def create_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run([_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
