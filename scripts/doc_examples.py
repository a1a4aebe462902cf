"""The examples of README.md and docs/*.md, generated from real runs (`tests/test_docs.py` checks them).

Two kinds of text in those documents are generated, never typed:

- a ```console block: every line starting with "$ " is a command (continued on the lines right after it
  that start with "> ", as bash shows a here-document), run with bash in a temporary folder
  that holds links to the repository's `seeds/` and `tests/` (one folder per document, its commands in
  the order shown, so a later command sees the database an earlier one wrote); the lines after a command
  are its output, stdout and stderr as they come. The temporary folder's path is shown as ".".
- a table between `<!-- generated: NAME -->` and `<!-- end -->`: written from `extract/first_runs.json`
  (`first-runs`, `first-runs-pooled`) or `extract/accuracy.json` (`tuned`).

    python scripts/doc_examples.py           # check: print what is stale, exit 1 if anything is
    python scripts/doc_examples.py --write   # rewrite the documents from real runs (`make docs`)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIRST_RUNS = ROOT / "extract" / "first_runs.json"
ACCURACY = ROOT / "extract" / "accuracy.json"
LINKED = ("seeds", "tests")  # what a command may read, linked into its folder
WIDTH = "120"  # terminal width the commands' tables are drawn for
TIMEOUT = 120

FENCE = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)
GENERATED = re.compile(r"(<!-- generated: ([a-z-]+) -->\n)(.*?)(<!-- end -->)", re.S)


def documents() -> list[Path]:
    """README.md and every page of docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


# ---- console blocks -------------------------------------------------------------------------------------

def _prompts(block: str) -> list[list[str]]:
    """The command lines of a console block: each "$ " line with the "> " lines that continue it."""
    out: list[list[str]] = []
    lines = block.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("$ "):
            out.append([line])
        elif line.startswith("> ") and out and lines[i - 1] == out[-1][-1]:
            out[-1].append(line)
    return out


def commands(text: str) -> list[str]:
    """The commands of a document's console blocks, in order.

    >>> commands("x\\n```console\\n$ benchboard stats\\nsources: 5\\n$ cat <<EOF\\n> a\\n> EOF\\n```\\n")
    ['benchboard stats', 'cat <<EOF\\na\\nEOF']
    """
    return ["\n".join(line[2:] for line in prompt) for block in FENCE.findall(text) for prompt in _prompts(block)]


def _environment(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BENCHBOARD_", "PYTEST", "COV_"))}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", COLUMNS=WIDTH,
               LINES="50", NO_COLOR="1", TERM="dumb", HOME=str(folder), PYTHONHASHSEED="0")
    return env


def normalise(output: str, folder: Path) -> str:
    """What must vary between runs made the same: the temporary folder's path; trailing spaces.

    >>> normalise("wrote /tmp/x1/a.csv  \\n", Path("/tmp/x1"))
    'wrote ./a.csv\\n'
    """
    for shown in {str(folder), str(folder.resolve())}:
        output = output.replace(shown, ".")
    return "".join(line.rstrip() + "\n" for line in output.splitlines())


def run_all(cmds: list[str]) -> list[str]:
    """Each command's output, run in order in one fresh folder."""
    with tempfile.TemporaryDirectory(prefix="benchboard-docs-") as tmp:
        folder = Path(tmp)
        for name in LINKED:
            (folder / name).symlink_to(ROOT / name, target_is_directory=True)
        env = _environment(folder)
        outputs = []
        for cmd in cmds:
            proc = subprocess.run(["bash", "-c", cmd], cwd=folder, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT, check=False)
            outputs.append(normalise(proc.stdout, folder))
        return outputs


def with_outputs(text: str, outputs: list[str]) -> str:
    """The document with each command's output replaced by `outputs` (in the order of `commands`)."""
    it = iter(outputs)

    def block(m: re.Match[str]) -> str:
        return "```console\n" + "".join("".join(f"{line}\n" for line in prompt) + next(it)
                                         for prompt in _prompts(m.group(1))) + "```"

    return FENCE.sub(block, text)


# ---- tables from the accuracy files ---------------------------------------------------------------------

def _num(value: Any, digits: int = 3) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# first_runs.json: every key a run may hold, and its column (None: shown in the set's name or apart)
FIRST_RUN_COLUMNS = {
    "gold set": "gold set", "abstracts": "abstracts", "tables": "tables", "records": "records",
    "precision": "precision", "recall": "recall", "model": "model", "system": "system", "backbone": "backbone",
    "system and backbone": "system and backbone", "role": "role", "scope": "scope", "sign": "sign",
    "kind": "kind", "negatives violated": "negatives violated", "date": "date", "per benchmark": None,
}


def first_runs_table(runs: list[dict[str, Any]]) -> str:
    """Every first run as recorded, one row each (and one per benchmark where the run has them)."""
    unknown = {k for run in runs for k in run} - FIRST_RUN_COLUMNS.keys()
    if unknown:
        raise ValueError(f"extract/first_runs.json has fields the docs do not show yet: {sorted(unknown)} "
                         "(add them to FIRST_RUN_COLUMNS in scripts/doc_examples.py)")
    header = [c for c in FIRST_RUN_COLUMNS.values() if c and any(c in run for run in runs)]

    def cell(run: dict[str, Any], col: str) -> str:
        v = run.get(col)
        return _num(v) if isinstance(v, float) else "" if v is None else str(v)

    rows = []
    for run in runs:
        rows.append([cell(run, c) for c in header])
        for bench, sub in run.get("per benchmark", {}).items():
            rows.append([cell({**sub, "gold set": f"{run['gold set']}: {bench}"}, c) for c in header])
    return _table(header, rows)


def _group(name: str) -> str | None:
    """The group a first run is pooled in (None: left out, such as a subset of another run).

    >>> _group("held-out 7"), _group("held-out 15 (registry)"), _group("held-out 28 (arxiv-listing-2, core)")
    ('core', 'registry', 'listing-2')
    >>> _group("held-out 14, the 25 abstracts no test had seen"), _group("LaTeX tables (tests/data/latex)")
    (None, 'latex')
    """
    if name.startswith("LaTeX"):
        return "latex"
    m = re.fullmatch(r"held-out (\d+)( \(.*\))?", name)
    if not m:
        return None
    if "arxiv-listing-2" in name:
        return "listing-2"
    return "core" if int(m.group(1)) <= 13 else "registry"


GROUPS = {
    "core": "from arXiv listing 1, core benchmarks",
    "registry": "from arXiv listing 1, the other registry benchmarks",
    "listing-2": "from arXiv listing 2, core benchmarks",
    "latex": "LaTeX results tables: GSM8K, MATH, MTEB and BEIR",
}


def pooled(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """First runs pooled per group: counts rebuilt from each run's records, recall and precision; the
    model (else system) figure weighted by the numbers each run found."""
    out = []
    for key, label in GROUPS.items():
        members = [r for r in runs if _group(r["gold set"]) == key]
        if not members:
            continue
        nums = [int(m.group()) for r in members if (m := re.search(r"\d+", r["gold set"])) and key != "latex"]
        found = [round(r["recall"] * r["records"]) for r in members]
        reported = [round(f / r["precision"]) if r["precision"] else 0 for f, r in zip(found, members, strict=True)]
        named = [(r.get("model", r.get("system")), f) for r, f in zip(members, found, strict=True)]
        named = [(v, f) for v, f in named if v is not None]
        out.append({
            "label": label, "sets": f"held-out {min(nums)}-{max(nums)}" if nums else f"{len(members)} run",
            "size": sum(r.get("abstracts", r.get("tables", 0)) for r in members),
            "unit": "tables" if key == "latex" else "abstracts",
            "records": sum(r["records"] for r in members),
            "precision": sum(found) / sum(reported) if sum(reported) else None,  # (a run that reported nothing)
            "recall": sum(found) / sum(r["records"] for r in members),
            "model": sum(v * f for v, f in named) / sum(f for _, f in named) if named else None,
        })
    return out


def pooled_table(runs: list[dict[str, Any]]) -> str:
    rows = [[f"{p['sets']}: {p['size']} {p['unit']} {p['label']}" if p["unit"] == "abstracts"
             else f"{p['size']} {p['label']}", str(p["records"]),
             _num(p["precision"], 2), _num(p["recall"], 2), _num(p["model"], 2)] for p in pooled(runs)]
    return _table(["first runs on unseen text", "numbers", "precision", "recall", "model"], rows)


def tuned_table(scores: dict[str, Any]) -> str:
    """Each gold set scored by the extractor as it is now (`make accuracy`)."""
    attribution = ["system", "backbone", "role", "scope", "sign"]
    header = ["gold set", "records", "precision", "recall", "model", *attribution, "metric", "kind",
              "negatives violated"]
    rows = []
    for name, s in scores.items():
        micro = s["micro"]
        found = micro["tp"] > 0  # (a figure over no record is left blank, not shown as 1.000)

        def field(value: float, found: bool = found) -> str:
            return _num(value) if found else ""

        rows.append([name, str(micro["tp"] + micro["fn"]),
                     _num(micro["precision"]) if micro["tp"] + micro["fp"] else "none extracted",
                     _num(micro["recall"]) if micro["tp"] + micro["fn"] else "none expected",
                     field(s["fields"]["model"]),
                     *(field(s["attribution"][a], s["attribution_counts"][a] > 0) for a in attribution),
                     field(s["fields"]["metric"]), field(s["fields"]["kind"]), str(s["negative_violations"])])
    return _table(header, rows)


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


TABLES: dict[str, Callable[[], str]] = {
    "first-runs": lambda: first_runs_table(_load(FIRST_RUNS)["runs"]),
    "first-runs-pooled": lambda: pooled_table(_load(FIRST_RUNS)["runs"]),
    "tuned": lambda: tuned_table(_load(ACCURACY)),
}


def with_tables(text: str) -> str:
    """The document with every generated table written afresh."""
    def table(m: re.Match[str]) -> str:
        if m.group(2) not in TABLES:
            raise ValueError(f"unknown generated table {m.group(2)!r} (known: {', '.join(TABLES)})")
        return m.group(1) + TABLES[m.group(2)]() + m.group(4)

    return GENERATED.sub(table, text)


# ---- both -----------------------------------------------------------------------------------------------

def regenerate(paths: list[Path]) -> dict[Path, str]:
    """Each document as it should read: its tables written afresh and its commands run (documents in
    parallel, each in its own folder)."""
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        outputs = dict(zip(paths, pool.map(lambda p: run_all(commands(texts[p])), paths), strict=True))
    return {p: with_tables(with_outputs(texts[p], outputs[p])) for p in paths}


def main(argv: list[str]) -> int:
    write = "--write" in argv
    paths = [Path(a).resolve() for a in argv if not a.startswith("--")] or documents()
    stale = 0
    for path, text in regenerate(paths).items():
        if text == path.read_text(encoding="utf-8"):
            continue
        stale += 1
        if write:
            path.write_text(text, encoding="utf-8")
            print(f"rewrote {path.relative_to(ROOT)}")
        else:
            print(f"stale: {path.relative_to(ROOT)} (python scripts/doc_examples.py --write)")
    return 1 if stale and not write else 0


if __name__ == "__main__":
    if shutil.which("bash") is None:
        sys.exit("bash is needed to run the documents' commands")
    sys.exit(main(sys.argv[1:]))
