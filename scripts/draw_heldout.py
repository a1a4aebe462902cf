"""Draw held-out sets from `../shared/bigcorpus/arxiv-listing-2.txt.gz`, reproducibly.

The abstracts that name a core benchmark (a registry mention, the same test the extractor's prefilter makes;
no extraction rule runs) are shuffled with a fixed seed and cut into numbered sets, each written as a
format-B file with its blocks exactly as in the corpus. The last sets are the reserve: annotated like the
others but scored only once.

    python scripts/draw_heldout.py [--corpus PATH] [--out tests/gold/listing2]
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
from pathlib import Path

from extract.registry import CORE, default_registry

SEED = 20261207
FIRST_SET = 27
SIZES = (74, 74, 74, 74, 100, 100)  # sets 27-30 fixed after their first runs, 31-32 the reserve (200 of 496)
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "bigcorpus" / "arxiv-listing-2.txt.gz"


def blocks(text: str) -> list[tuple[str, str]]:
    """(arXiv id, raw block) of every record of a format-B listing: its paragraphs up to `Created:`."""
    out, current = [], []
    for para in re.split(r"\n\s*\n", text):
        if not para.strip():
            continue
        current.append(para.strip("\n"))
        if para.lstrip().startswith("arXiv:"):
            ident = para.split()[0].removeprefix("arXiv:")
            out.append((ident, "\n\n".join(current)))
            current = []
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "gold" / "listing2")
    args = ap.parse_args()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        text = fh.read()
    reg = default_registry()
    core = set(CORE)
    chosen = []
    for ident, block in blocks(text):
        abstract = block.split("\n\narXiv:")[0]
        if any(m.benchmark in core for m in reg.mentions(abstract)):
            chosen.append((ident, block))
    chosen.sort()
    random.Random(SEED).shuffle(chosen)
    print(f"{len(chosen)} abstracts name a core benchmark")
    start = 0
    for k, size in enumerate(SIZES):
        part = chosen[start:start + size]
        start += size
        path = args.out / f"sample_{FIRST_SET + k}.txt"
        path.write_text("\n\n".join(b for _, b in part) + "\n", encoding="utf-8")
        print(f"{path.name}: {len(part)} abstracts")


if __name__ == "__main__":
    main()
