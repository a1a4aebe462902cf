"""Write tests/data/: a handful of real arXiv records in every structured input format benchboard reads.

    python scripts/reader_test_data.py MIRROR

MIRROR is a clone of github.com/dw-dengwei/daily-arXiv-ai-enhanced (the source of ../shared/bigcorpus): its
branch `data` holds the daily listings `data/YYYY-MM-DD.jsonl` with each paper's id, title, authors,
categories, comment and summary as arXiv gives them. Each paper is taken from the first day it appears, and
its text must be the bigcorpus abstract once its line wraps are joined; its date is that day (the
`Created:` date of the bigcorpus listing). Nothing is invented: fields the listing lacks are null.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import gzip
import json
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data"
BIGCORPUS = next((p / "shared" / "bigcorpus" / "arxiv-listing.txt.gz" for p in ROOT.parents
                  if (p / "shared" / "bigcorpus").is_dir()), ROOT.parent / "shared" / "bigcorpus")
IDS = ["2509.15172", "2601.21600", "2509.07980", "2506.03781", "2512.21332", "2606.01074", "2603.27355",
       "2606.01034", "2503.11731", "2503.11742"]


def listing() -> dict[str, tuple[str, str]]:
    """arXiv id -> (abstract, Created date) of the bigcorpus listing."""
    with gzip.open(BIGCORPUS, "rt", encoding="utf-8") as fh:
        blocks = fh.read().split("\n\n")
    out = {}
    for i, block in enumerate(blocks):
        if block.startswith("arXiv:"):
            arxiv_id, created = block.split("\n")[0][6:], block.split("\n")[1][9:]
            out[arxiv_id] = (blocks[i - 1], created)
    return out


def daily(mirror: Path) -> dict[str, tuple[str, dict]]:
    """arXiv id -> (the line as committed, its record) from the first daily file holding each wanted paper."""
    names = subprocess.run(["git", "-C", str(mirror), "ls-tree", "-r", "--name-only", "data"], check=True,
                           capture_output=True, text=True).stdout.split()
    found: dict[str, tuple[str, dict]] = {}
    for name in sorted(n for n in names if n.startswith("data/20") and n.count("_") == 0 and n.endswith(".jsonl")):
        text = subprocess.run(["git", "-C", str(mirror), "show", f"data:{name}"], check=True, capture_output=True,
                              text=True).stdout
        for line in text.splitlines():
            rec = json.loads(line)
            if rec["id"] in IDS and rec["id"] not in found:
                found[rec["id"]] = (line, rec)
        if len(found) == len(IDS):
            break
    return found


def main() -> None:
    big, day = listing(), daily(Path(sys.argv[1]))
    papers = []
    for arxiv_id in IDS:
        line, rec = day[arxiv_id]
        abstract, created = big[arxiv_id]
        joined = " ".join(x.strip() for x in rec["summary"].split("\n") if x.strip())
        assert joined == abstract, arxiv_id
        papers.append((line, rec, abstract, created))
    OUT.mkdir(exist_ok=True)
    # format B, as the bigcorpus holds them
    (OUT / "listing.txt").write_text("".join(f"{a}\n\narXiv:{r['id']}\nCreated: {c}\n\n" for _, r, a, c in papers),
                                     encoding="utf-8")
    # generic JSON lines: the daily listing's lines as committed
    (OUT / "daily-listing.jsonl").write_text("".join(line + "\n" for line, *_ in papers), encoding="utf-8")
    # the arXiv metadata snapshot's layout
    snap = []
    for _, r, _, c in papers:
        created = email.utils.format_datetime(dt.datetime.fromisoformat(c).replace(tzinfo=dt.UTC), usegmt=True)
        snap.append(json.dumps({
            "id": r["id"], "submitter": None, "authors": ", ".join(r["authors"]), "title": r["title"],
            "comments": r["comment"], "journal-ref": None, "doi": None, "report-no": None,
            "categories": " ".join(r["categories"]), "license": None, "abstract": r["summary"],
            "versions": [{"version": "v1", "created": created}], "update_date": c}, ensure_ascii=False) + "\n")
    (OUT / "arxiv-metadata.jsonl").write_text("".join(snap), encoding="utf-8")
    with (OUT / "arxiv-metadata.jsonl.gz").open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(snap).encode("utf-8"))
    # the arXiv API's Atom feed
    entries = []
    for _, r, _, c in papers:
        cats = "".join(f'\n    <category term={quoteattr(t)} scheme="http://arxiv.org/schemas/atom"/>'
                       for t in r["categories"])
        comment = f"\n    <arxiv:comment>{escape(r['comment'])}</arxiv:comment>" if r["comment"] else ""
        authors = "".join(f"\n    <author>\n      <name>{escape(a)}</name>\n    </author>" for a in r["authors"])
        entries.append(f"""  <entry>
    <id>http://arxiv.org/abs/{r['id']}v1</id>
    <updated>{c}T00:00:00Z</updated>
    <published>{c}T00:00:00Z</published>
    <title>{escape(r['title'])}</title>
    <summary>{escape(r['summary'])}</summary>{authors}{comment}
    <link href="http://arxiv.org/abs/{r['id']}v1" rel="alternate" type="text/html"/>
    <arxiv:primary_category term={quoteattr(r['categories'][0])} scheme="http://arxiv.org/schemas/atom"/>{cats}
  </entry>
""")
    (OUT / "arxiv-api.atom").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" \
xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query: search_query=id_list</title>
  <id>http://arxiv.org/api/query</id>
  <updated>{papers[-1][3]}T00:00:00-05:00</updated>
  <opensearch:totalResults>{len(papers)}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <opensearch:itemsPerPage>{len(papers)}</opensearch:itemsPerPage>
{''.join(entries)}</feed>
""", encoding="utf-8")
    # CSV, as a spreadsheet export would have it
    with (OUT / "papers.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["arxiv_id", "title", "abstract", "published", "categories"])
        for _, r, a, c in papers:
            w.writerow([r["id"], r["title"], a, c, " ".join(r["categories"])])


if __name__ == "__main__":
    main()
