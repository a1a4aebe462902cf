"""One end-to-end test in a real headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import artifacts_dir

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAGES = ["leaderboard", "compare", "progress", "papers", "explore", "conflicts", "add", "about"]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seeded_db: str) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (make test installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    port = _free_port()
    log = open(artifacts_dir() / "serve.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [sys.executable, "-m", "db.cli", "serve", "--db", seeded_db, "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("benchboard serve did not start: see test-artifacts/serve.log")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    # stopping `benchboard serve` stops the dashboard itself (no orphaned Streamlit server keeps the port)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)


def test_dashboard_in_a_real_browser(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    out = artifacts_dir()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.goto(f"{server}/?benchmark=GSM8K", wait_until="domcontentloaded")
        expect(page.get_by_role("heading", name="Leaderboard")).to_be_visible(timeout=30_000)
        expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible(timeout=30_000)
        chart = page.locator('[data-testid="stVegaLiteChart"]').first
        expect(chart).to_be_visible(timeout=30_000)
        expect(chart.locator("canvas, svg").first).to_be_visible(timeout=30_000)
        page.screenshot(path=str(out / "leaderboard.png"), full_page=True)

        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="Download PNG").first.click()
        png = Path(info.value.path()).read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
        (out / "download-leaderboard.png").write_bytes(png)

        for name in PAGES[1:]:
            page.goto(f"{server}/{name}", wait_until="domcontentloaded")
            expect(page.locator('[data-testid="stMain"]')).to_be_visible(timeout=30_000)
            page.wait_for_timeout(1500)
            assert page.locator('[data-testid="stException"]').count() == 0, name
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
        browser.close()
