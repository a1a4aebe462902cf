"""The dashboard in a real headless Chromium (Debian's, driven by Playwright), served by `benchboard serve --review`.

The database holds seeds/ plus the rough data of test_dashboard (untitled papers, a title and a file
name written as Markdown, whose image points at a local listener that must never be asked for it).
"""

from __future__ import annotations

import csv
import http.server
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from .conftest import ROOT, artifacts_dir
from .test_dashboard import build_rough_db, paper_ids

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Listener(http.server.BaseHTTPRequestHandler):
    """Records every request: a paper title's image URL points here."""

    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[int, list[str]]]:
    port = _free_port()
    httpd = http.server.HTTPServer(("127.0.0.1", port), _Listener)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield port, _Listener.seen
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, listener: tuple[int, list[str]]) -> Iterator[tuple[str, str]]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (make test installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    tmp = tmp_path_factory.mktemp("browser")
    db = str(tmp / "rough.db")
    build_rough_db(db, tmp / "files", image_port=listener[0])
    port = _free_port()
    log = open(artifacts_dir() / "serve.log", "w")  # noqa: SIM115
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(  # started outside the project: the dashboard's own Streamlit settings still apply
        [sys.executable, "-m", "db.cli", "serve", "--db", db, "--port", str(port), "--review"],
        stdout=log, stderr=subprocess.STDOUT, cwd=tmp, env=env,
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
        yield base, db
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


@pytest.fixture(scope="module")
def browser_page(server: tuple[str, str]) -> Iterator[tuple[Any, list[str]]]:
    """A Chromium page and the list of every URL it requested."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
        requested: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        yield page, requested
        browser.close()


def _open(page: Any, url: str, heading: str, shows: str | None = None) -> str:
    """Go to a URL, wait for the page's heading, for the text it `shows` (a busy machine renders slowly)
    and for the script to finish; return the page's text."""
    from playwright.sync_api import expect

    page.goto(url, wait_until="domcontentloaded")
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible(timeout=60_000)
    if shows:
        page.wait_for_function("t => document.body.innerText.includes(t)", arg=shows, timeout=60_000)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    page.wait_for_timeout(500)
    assert page.locator('[data-testid="stException"]').count() == 0, url
    body = str(page.locator("body").inner_text())
    assert "Page not found" not in body, url
    return body


def test_every_page_opens_at_its_own_url_path_with_query_parameters(server: tuple[str, str],
                                                                    browser_page: tuple[Any, list[str]]) -> None:
    from playwright.sync_api import expect

    base, db = server
    page, _ = browser_page
    ids = paper_ids(db)
    out = artifacts_dir()
    views = [
        ("leaderboard", "benchmark=GSM8K&top=10&untrusted=1", "Leaderboard", "Hostile-7B"),
        ("compare", "models=hostile-7b,mumath-code-7b&untrusted=1", "Compare", "Best reported value per benchmark"),
        ("progress", "benchmark=GSM8K&metric=accuracy&untrusted=1", "Progress", "State of the art over time"),
        ("papers", f"paper={ids['untitled']}", "Papers", "We re-evaluate public math models"),
        ("explore", "benchmarks=BEIR&kind=score", "Explore", "2 results"),
        ("conflicts", "benchmark=GSM8K", "Conflicts", "Hostile-7B · GSM8K · accuracy · score"),
        ("add", "", "Add documents", "Up to 20 MiB per file"),
        ("about", "", "About the data", "Benchmarks"),
    ]
    for path, query, heading, expected in views:
        body = _open(page, f"{base}/{path}?{query}", heading, expected)
        assert page.url.startswith(f"{base}/{path}"), (path, page.url)
        for pair in filter(None, query.split("&")):  # the view keeps its parameters in the URL
            assert pair in urllib.parse.unquote(page.url), (path, pair, page.url)
        assert expected in body, (path, expected)
        page.screenshot(path=str(out / f"{path}.png"), full_page=True)
    chart = page.locator('[data-testid="stVegaLiteChart"]')
    _open(page, f"{base}/leaderboard?benchmark=GSM8K&untrusted=1", "Leaderboard")
    expect(chart.first.locator("canvas, svg").first).to_be_visible(timeout=30_000)

    # the root URL forwards to /leaderboard with its parameters
    _open(page, f"{base}/?benchmark=MATH", "Leaderboard")
    assert page.url == f"{base}/leaderboard?benchmark=MATH"


def test_paper_text_is_text_the_dashboard_is_offline_and_has_no_developer_menu(
        server: tuple[str, str], browser_page: tuple[Any, list[str]], listener: tuple[int, list[str]]) -> None:
    base, db = server
    page, requested = browser_page
    ids = paper_ids(db)
    port, seen = listener
    title = f"![px](http://127.0.0.1:{port}/p.png) [link](http://x) :red[x] $x$ **bold**"
    body = _open(page, f"{base}/papers?paper={ids['hostile']}", "Papers", "Sources:")
    assert title in body  # shown literally: not an image, a link, colour, LaTeX or bold
    assert "![f](f.png) [l](x) :red[f] $f$.txt" in body
    for path, heading, shows in (("conflicts", "Conflicts", "Hostile-7B · GSM8K · accuracy"),
                                 ("leaderboard?benchmark=GSM8K&untrusted=1", "Leaderboard", "Download PNG"),
                                 ("compare?models=hostile-7b&untrusted=1", "Compare", "Where each cell comes from")):
        _open(page, f"{base}/{path}", heading, shows)
        assert page.locator(f'img[src*="{port}"], a[href^="http://x"], .katex').count() == 0, path
    assert seen == []  # nothing ever asked the listener for the title's image
    outside = {u for u in requested if not u.startswith((base, "data:", "blob:", "about:"))}
    assert outside == set()  # works offline: the favicon and fonts come from the dashboard itself
    icon = page.locator('link[rel*="icon"]').first.get_attribute("href") or ""
    assert (icon and not icon.startswith("http")) or icon.startswith(base)

    body = _open(page, f"{base}/add", "Add documents", "per file")
    assert "Deploy" not in body and page.locator('[data-testid="stAppDeployButton"]').count() == 0
    assert re.search(r"\b20 ?MB per file", body)  # the uploader states the 20 MiB limit (not 200)


def test_crafted_url_shows_a_notice_not_a_traceback(server: tuple[str, str],
                                                    browser_page: tuple[Any, list[str]]) -> None:
    base, _ = server
    page, _ = browser_page
    for url, name in ((f"{base}/?top=%C2%B2", "top"), (f"{base}/explore?min=inf&max=-inf", "min"),
                      (f"{base}/papers?paper=%C2%B2", "paper"), (f"{base}/conflicts?spread=nan", "spread")):
        heading = {"top": "Leaderboard", "min": "Explore", "paper": "Papers", "spread": "Conflicts"}[name]
        body = _open(page, url, heading, f"Ignored the URL's {name}:")
        assert f"Ignored the URL's {name}:" in body and "Traceback" not in body and str(ROOT) not in body


def test_model_picker_enter_adds_the_best_match_only(server: tuple[str, str],
                                                     browser_page: tuple[Any, list[str]]) -> None:
    base, _ = server
    page, _ = browser_page
    _open(page, f"{base}/compare?models=hostile-7b&untrusted=1", "Compare", "Best reported value per benchmark")
    picker = page.locator('[data-testid="stMultiSelect"]').first.locator(".react-aria-ComboBox")
    chips = picker.locator("[data-tag]")
    assert chips.count() == 1
    picker.locator('input[role="combobox"]').click()
    page.keyboard.type("mumath")
    page.keyboard.press("Enter")
    page.wait_for_timeout(1500)
    assert chips.count() == 2, picker.inner_text()
    assert "MuMath-Code" in chips.nth(1).inner_text()


def test_chart_downloads_as_png(server: tuple[str, str], browser_page: tuple[Any, list[str]]) -> None:
    base, _ = server
    page, _ = browser_page
    _open(page, f"{base}/leaderboard?benchmark=GSM8K&untrusted=1", "Leaderboard", "Download PNG")
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Download PNG").first.click()
    png = Path(info.value.path()).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    (artifacts_dir() / "download-leaderboard.png").write_bytes(png)


def test_one_review_verifies_a_row_and_the_leaderboard_shows_it(server: tuple[str, str],
                                                                browser_page: tuple[Any, list[str]]) -> None:
    """The last test of the module (it writes): a reviewer gives a name, verifies Hostile-7B's GSM8K score in one
    click, and the default leaderboard (trusted and verified rows) shows it marked."""
    from playwright.sync_api import expect
    from sqlalchemy import select

    from db.engine import make_engine
    from db.models import Paper, Result

    base, db = server
    page, _ = browser_page
    engine = make_engine(db)
    with engine.connect() as conn:
        row = conn.execute(select(Result.id).join(Paper, Paper.id == Result.paper_id).where(
            Paper.arxiv_id == "2401.00001", Result.benchmark == "GSM8K", Result.kind == "score")).scalar_one()
    engine.dispose()
    _open(page, f"{base}/review?row={row}", "Review", "Give your name")
    name = page.get_by_label("Your name, recorded with each review you make")
    name.fill("Ana")
    name.press("Enter")
    verify = page.get_by_role("button", name="Verify", exact=True)
    expect(verify).to_be_visible(timeout=60_000)
    assert "Hostile-7B · GSM8K · 97.5%" in page.locator("body").inner_text()
    verify.click()
    expect(page.get_by_text("Recorded: verified.")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("tab", name="Reviewed (1)")).to_be_visible(timeout=60_000)  # the page read it back
    page.screenshot(path=str(artifacts_dir() / "review.png"), full_page=True)
    body = _open(page, f"{base}/leaderboard?benchmark=GSM8K", "Leaderboard", "Download CSV")
    assert "Include untrusted rows" in body
    with page.expect_download(timeout=60_000) as info:  # the table's cells are drawn on a canvas: read its CSV
        page.get_by_role("button", name="Download CSV").first.click()
    ranked = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    assert [(r["system"], r["reviewed"], r["review"]) for r in ranked if r["system"] == "Hostile-7B"] == [
        ("Hostile-7B", "✓ verified", "verified")]
