"""The README and docs/ say what the program does: every shown output is what a real run prints now, every
accuracy table is what `extract/first_runs.json` and `extract/accuracy.json` hold, every command, benchmark
and record field is documented, and every link resolves."""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from db.cli import app
from extract.record import FIELDS
from extract.registry import default_registry

from .conftest import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\]\(([^)#\s]+\.md)(#[^)\s]+)?\)")


def _load_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("doc_examples", ROOT / "scripts" / "doc_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


examples = _load_examples()


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def regenerated() -> dict[Path, str]:
    """Every document as real runs make it now (commands run, tables written from the accuracy files)."""
    return examples.regenerate(examples.documents())


@pytest.mark.parametrize("path", examples.documents(), ids=lambda p: p.name)
def test_shown_output_is_what_the_program_prints(path: Path, regenerated: dict[Path, str]) -> None:
    shown, real = _text(path), regenerated[path]
    diff = "".join(difflib.unified_diff(shown.splitlines(True), real.splitlines(True), "shown", "real run", n=1))
    assert shown == real, f"{path.name} is stale; `make docs` rewrites it from real runs:\n{diff}"


def test_readme_is_short() -> None:
    size = len(README.read_bytes())
    assert size < 12_000, f"README.md is {size:,} bytes; move detail to docs/"


def test_readme_example_ingests_exports_and_evaluates() -> None:
    cmds = examples.commands(_text(README))
    for needed in ("benchboard ingest seeds/", "benchboard stats", "benchboard export", "benchboard evaluate"):
        assert any(c.startswith(needed) for c in cmds), needed


def test_every_shown_command_is_checked() -> None:
    """A `$ benchboard` line outside a console block would show output nobody runs."""
    for path in [README, *DOCS]:
        outside = examples.FENCE.sub("", _text(path))
        assert not re.search(r"^\$ ", outside, re.M), f"{path.name}: a command outside a ```console block"
        for block in examples.FENCE.findall(_text(path)):
            assert block.startswith("$ "), f"{path.name}: a console block must start with a command"


def test_no_command_is_cut_short_by_head() -> None:
    """`cmd | head` may stop a Python command mid-write (a BrokenPipeError on some runs); `sed -n 1,Np` reads
    all of it, so the output is the same every time."""
    for path in [README, *DOCS]:
        for cmd in examples.commands(_text(path)):
            assert not re.search(r"(benchboard|python)\b.*\|\s*head\b", cmd), f"{path.name}: {cmd}"


def test_two_setup_commands() -> None:
    readme = _text(README)
    makefile = _text(ROOT / "Makefile")
    for target in ("run", "test"):
        assert f"make {target}" in readme
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_every_command_is_documented() -> None:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names
    readme, cli = _text(README), _text(ROOT / "docs" / "cli.md")
    for name in names:
        assert re.search(rf"benchboard {name}\b", readme), f"`benchboard {name}` is not in the README"
        assert re.search(rf"^## .*`benchboard {name}\b", cli, re.M), f"docs/cli.md has no section on {name}"


def test_every_benchmark_is_listed() -> None:
    readme = _text(README)
    for b in default_registry():
        assert b.name in readme, b.name


def test_every_record_field_is_documented() -> None:
    rows = {name.strip() for line in _text(ROOT / "docs" / "cli.md").splitlines() if line.startswith("| ")
            for name in line.split("|")[1].split(",")}
    missing = [f for f in FIELDS if f not in rows]
    assert not missing, f"record fields without a row in docs/cli.md: {missing}"


def _anchors(text: str) -> set[str]:
    """GitHub's anchors of a document's headings."""
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
            for h in re.findall(r"^#+ (.*)$", text, re.M)}


def test_links_resolve() -> None:
    for path in [README, *DOCS]:
        links = LINK.findall(_text(path))
        for target, anchor in links:
            linked = (path.parent / target).resolve()
            assert linked.is_file(), f"{path.name} links to {target}, which does not exist"
            if anchor:
                assert anchor[1:] in _anchors(_text(linked)), f"{path.name}: no heading {anchor} in {target}"


def test_readme_links_every_page_of_docs() -> None:
    linked = {(ROOT / t).resolve() for t, _ in LINK.findall(_text(README))}
    assert DOCS, "docs/ is empty"
    for page in DOCS:
        assert page.resolve() in linked, f"README.md does not link docs/{page.name}"


def test_docs_state_facts_not_history() -> None:
    narration = re.compile(r"\b(sessions?|rounds?)\b|issue #|\bissue's\b|\bwe then\b|first contact", re.I)
    for path in [README, *DOCS]:
        prose = examples.FENCE.sub("", _text(path))  # (program output quotes papers' own words)
        for line in prose.splitlines():
            assert not narration.search(line), f"{path.name} narrates how work was done: {line.strip()}"


def test_every_schema_version_is_described() -> None:
    from db.models import SCHEMA_VERSION

    database = _text(ROOT / "docs" / "database.md")
    assert f"(currently {SCHEMA_VERSION})" in database
    for version in range(1, SCHEMA_VERSION + 1):
        assert re.search(rf"^\| {version} \|", database, re.M), f"docs/database.md: no row for schema {version}"


def test_pooling_one_run_gives_its_own_figures() -> None:
    runs = json.loads(_text(examples.FIRST_RUNS))["runs"]
    for run in runs:
        if examples._group(run["gold set"]) is None:
            continue
        (pooled,) = examples.pooled([run])
        assert pooled["records"] == run["records"]
        if run["precision"] is None:  # a run that reported nothing has no precision, pooled alone or not
            assert pooled["precision"] is None, run["gold set"]
        else:
            assert pooled["precision"] == pytest.approx(run["precision"], abs=0.02), run["gold set"]
        assert pooled["recall"] == pytest.approx(run["recall"], abs=0.002), run["gold set"]


def test_every_first_run_and_gold_set_is_shown() -> None:
    accuracy = _text(ROOT / "docs" / "accuracy.md")
    for run in json.loads(_text(examples.FIRST_RUNS))["runs"]:
        assert f"| {run['gold set']} |" in accuracy, run["gold set"]
    for name in json.loads(_text(examples.ACCURACY)):
        assert f"| {name} |" in accuracy, name
