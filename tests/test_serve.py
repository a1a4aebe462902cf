"""`benchboard serve` as started for real: where it listens, what it lets visitors write, what it limits."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT

CLI = [sys.executable, "-m", "db.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
            address = str(s.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


class Served:
    """A running `benchboard serve` (the process becomes the Streamlit server)."""

    def __init__(self, db: str, *args: str) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen([*CLI, "serve", "--db", db, "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    def wait_healthy(self, host: str = "127.0.0.1", timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.stdout.read() if self.proc.stdout else ""
            try:
                with urllib.request.urlopen(f"http://{host}:{self.port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise AssertionError("the dashboard did not come up")

    def argv(self) -> list[str]:
        return Path(f"/proc/{self.proc.pid}/cmdline").read_bytes().decode().split("\0")

    def environ(self) -> dict[str, str]:
        pairs = Path(f"/proc/{self.proc.pid}/environ").read_bytes().decode(errors="replace").split("\0")
        return dict(p.split("=", 1) for p in pairs if "=" in p)

    def stop(self) -> str:
        self.proc.terminate()
        out, _ = self.proc.communicate(timeout=30)
        return out


@pytest.fixture()
def served(seeded_db: str) -> Iterator[list[Served]]:
    started: list[Served] = []
    yield started
    for s in started:
        if s.proc.poll() is None:
            s.stop()


def option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def test_serve_listens_on_loopback_only_and_limits_uploads(served: list[Served], seeded_db: str) -> None:
    s = Served(seeded_db)
    served.append(s)
    s.wait_healthy()
    argv = s.argv()
    assert option(argv, "--server.address") == "127.0.0.1"
    assert option(argv, "--server.maxUploadSize") == "20"  # MiB: Streamlit refuses more before buffering it
    assert s.environ()["BENCHBOARD_UPLOADS"] == "on"
    address = other_address()
    if address:
        with pytest.raises(OSError), socket.create_connection((address, s.port), timeout=2):
            pass
    out = s.stop()
    assert out.startswith(f"benchboard dashboard on http://localhost:{s.port}  (database: sqlite:///")
    assert "Network URL" not in out


def test_serve_on_every_interface_turns_uploads_off_unless_allowed(served: list[Served], seeded_db: str) -> None:
    closed = Served(seeded_db, "--host", "0.0.0.0")
    allowed = Served(seeded_db, "--host", "0.0.0.0", "--allow-uploads")
    served += [closed, allowed]
    for s in (closed, allowed):
        s.wait_healthy()
        assert option(s.argv(), "--server.address") == "0.0.0.0"
    assert closed.environ()["BENCHBOARD_UPLOADS"] == "off"
    assert allowed.environ()["BENCHBOARD_UPLOADS"] == "on"
    assert "adding documents is off" in closed.stop()
    assert "anyone who can reach it may add documents" in allowed.stop()


def test_serve_checks_the_port_before_announcing(seeded_db: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = subprocess.run([*CLI, "serve", "--db", seeded_db, "--port", str(port)], capture_output=True,
                             text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip().splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port}: Address already in use (another server? choose one with --port)"]


def test_serve_masks_the_password(pg_server, served: list[Served]) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_db("served").replace("postgres@", "postgres:s3cret-pw@")
    subprocess.run([*CLI, "ingest", str(ROOT / "seeds"), "--db", url, "-q"], check=True, timeout=300)
    s = Served(url)
    served.append(s)
    s.wait_healthy()
    out = s.stop()
    assert "s3cret" not in out and "postgres:***@" in out


def add_page(monkeypatch: pytest.MonkeyPatch, **env: str) -> AppTest:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/add_documents.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def uploader_shown(at: AppTest) -> bool:
    return bool(at.get("file_uploader"))


def test_add_documents_refuses_when_uploads_are_off(db_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = add_page(monkeypatch, BENCHBOARD_UPLOADS="off")
    assert not uploader_shown(at)
    assert any("Adding documents is off on this server" in i.value for i in at.info)
    assert uploader_shown(add_page(monkeypatch, BENCHBOARD_UPLOADS="on"))


def test_add_documents_asks_the_upload_password(db_env: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = add_page(monkeypatch, BENCHBOARD_UPLOADS="off", BENCHBOARD_UPLOAD_PASSWORD="open sesame")
    assert not uploader_shown(at)
    at.text_input(key="add_password").input("wrong").run()
    assert not uploader_shown(at) and at.error[0].value == "Wrong password."
    at.text_input(key="add_password").input("open sesame").run()
    assert uploader_shown(at)


def test_serve_takes_reviews_only_when_asked(served: list[Served], seeded_db: str) -> None:
    closed, reviewing = Served(seeded_db), Served(seeded_db, "--review")
    served += [closed, reviewing]
    for s in (closed, reviewing):
        s.wait_healthy()
    assert closed.environ()["BENCHBOARD_REVIEW"] == "off" and reviewing.environ()["BENCHBOARD_REVIEW"] == "on"
    assert "reviews: on" not in closed.stop()
    assert "reviews: on (the Review page asks each reviewer's name" in reviewing.stop()
