"""Show that the extractor's output is unchanged against an earlier revision.

Runs `benchboard extract --format jsonl` with the working tree and with a git revision (checked out into a
temporary directory) over the same inputs, drops the fields the revision's records do not have (fields added
since, such as provenance), and prints the records that differ. Exit code 0 when the outputs are identical.

    python scripts/same_output.py [--base REV] [PATH ...]

Without paths it reads the seeds, the dev set, the held-out documents of `tests/gold/heldout/` and the two
files of `../shared/bigcorpus/` that every rule has already seen (`arxiv-listing.txt.gz`, `hf-papers.txt.gz`;
decompressed into a temporary directory). The reserved held-out sets of `tests/gold/listing2/` are never read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `../shared/bigcorpus` beside the checkout (or beside a parent folder, for a git worktree)
BIGCORPUS = next((d / "shared" / "bigcorpus" for d in ROOT.parents if (d / "shared" / "bigcorpus").is_dir()),
                 ROOT.parent / "shared" / "bigcorpus")
SEEN = ("arxiv-listing.txt.gz", "hf-papers.txt.gz")


def default_inputs(tmp: Path) -> list[Path]:
    """The seeds, dev and held-out documents, and the seen bigcorpus files (decompressed into `tmp`)."""
    gold = ROOT / "tests" / "gold"
    paths = [ROOT / "seeds", gold / "dev", *sorted((gold / "heldout").glob("*.txt"))]
    for name in SEEN:
        src = BIGCORPUS / name
        if src.exists():
            dst = tmp / name.removesuffix(".gz")
            with gzip.open(src, "rb") as fin, dst.open("wb") as fout:
                shutil.copyfileobj(fin, fout)
            paths.append(dst)
    return paths


def extract_with(tree: Path, paths: list[Path]) -> list[str]:
    """JSONL lines of `benchboard extract` run from the source tree `tree`."""
    code = ("import sys; from db.cli import main; sys.argv = ['benchboard', 'extract', *sys.argv[1:], "
            "'--format', 'jsonl']; main()")
    out = subprocess.run([sys.executable, "-c", code, *map(str, paths)], cwd=tree, capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    return [line for line in out.stdout.splitlines() if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="git revision to compare with (default: main)")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        paths = args.paths or default_inputs(tmp)
        base_tree = tmp / "base"
        base_tree.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(base_tree)], input=archive.stdout, check=True)
        before = extract_with(base_tree, paths)
        after = extract_with(ROOT, paths)
    diffs = 0
    if len(before) != len(after):
        print(f"record counts differ: {len(before)} at {args.base}, {len(after)} now")
        diffs += 1
    for i, (b, a) in enumerate(zip(before, after, strict=False)):
        rb, ra = json.loads(b), json.loads(a)
        ra = {k: ra.get(k) for k in rb}
        if ra != rb or list(ra) != list(rb):
            diffs += 1
            if diffs <= 20:
                print(f"record {i}:\n  {args.base}: {json.dumps(rb, ensure_ascii=False)}\n  now: "
                      f"{json.dumps(ra, ensure_ascii=False)}")
    fields_now = {k for line in after[:1] for k in json.loads(line)}
    extra = sorted(fields_now - {k for line in before[:1] for k in json.loads(line)})
    print(f"{len(after)} records from {len(paths)} inputs; {diffs} differ from {args.base}"
          + (f" (fields added since, not compared: {', '.join(extra)})" if extra else ""))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
