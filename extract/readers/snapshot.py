"""The arXiv metadata snapshot: JSON lines, one paper each, with `id`, `title`, `abstract`, `categories`,
`comments`, `versions` ([{"version": "v1", "created": RFC 2822 date}, ...]) and `update_date`.

The paper's date is the `created` of its v1. A snapshot holds the whole of arXiv (2.7 million lines), so
`candidates` reads it the way `iter_candidates` reads a listing: it scans raw blocks for benchmark names and
parses only the lines where one occurs; the other lines are checked for their shape (an object on one line),
not parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..reader import PaperText, ReadError
from ..scan import Scanner
from .lines import BadLines, json_object, objects
from .options import ReadOptions
from .values import arxiv_id, day, fold

ByteBlocks = Iterator[tuple[bytes, int, bool]]


def paper(record: dict[str, Any], source: str, position: int, options: ReadOptions) -> PaperText | str | None:
    """The paper of one snapshot record, None when the category filter leaves it out, or why it holds none.

    >>> r = {"id": "0704.0001", "title": "Calculation of prompt diphoton production cross sections at Tevatron and\\n"
    ...      "  LHC energies", "abstract": "  A fully differential calculation in perturbative quantum chromodynamics"
    ...      " is\\npresented.\\n", "categories": "hep-ph", "comments": "37 pages, 15 figures; published version",
    ...      "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"},
    ...                   {"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"}]}
    >>> p = paper(r, "arxiv-metadata.json", 0, ReadOptions())
    >>> p.title, p.arxiv_id, p.date, p.abstract
    ('Calculation of prompt diphoton production cross sections at Tevatron and LHC energies', '0704.0001', \
'2007-04-02', 'A fully differential calculation in perturbative quantum chromodynamics is presented.')
    >>> paper(r, "arxiv-metadata.json", 0, ReadOptions(categories=("cs.CL",))) is None
    True
    """
    if not options.wants(record.get("categories")):
        return None
    abstract = fold(record.get("abstract"))
    if abstract is None:
        return "no abstract"
    return PaperText(abstract, source, position, "snapshot", title=fold(record.get("title")),
                     arxiv_id=arxiv_id(record.get("id")), date=first_version_date(record.get("versions")),
                     comments=fold(record.get("comments")))


def first_version_date(versions: object) -> str | None:
    """The date v1 was created (the first version listed when none is called v1), or None.

    >>> first_version_date([{"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"},
    ...                     {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}])
    '2007-04-02'
    >>> first_version_date(None), first_version_date([{"created": "not a date"}])
    (None, None)
    """
    if not isinstance(versions, list) or not versions:
        return None
    entries = [v for v in versions if isinstance(v, dict)]
    first = next((v for v in entries if v.get("version") == "v1"), entries[0] if entries else None)
    return day(first.get("created")) if first else None


def papers(path: Path, blocks: Iterator[str], options: ReadOptions, notes: list[str]) -> Iterator[PaperText]:
    """Every paper of a snapshot (each line parsed); malformed lines are skipped and named in one note.
    A paper's position is its line's 0-based number."""
    return objects(blocks, lambda obj, n: paper(obj, path.name, n - 1, options), notes)


def escaped_pattern(pattern: str) -> str:
    """A prefilter pattern for raw JSON: where it has a space, JSON text may hold a line wrap or a tab, written
    as an escape, with spaces around it ("Reward\\nBench", which reads "Reward Bench" once the abstract's
    lines are joined). Scanning raw lines for it finds every line whose joined abstract the prefilter finds.

    >>> import re
    >>> bool(re.search(escaped_pattern(r"Reward\\ B"), r'"abstract": "on Reward\\n  Bench, ..."'))
    True
    """
    return pattern.replace("\\ ", "(?:\\ |\\\\[nrt])+")


def candidates(path: Path, blocks: ByteBlocks, check: Callable[[bytes, int, bool], object], scan: Scanner,
               prefilter: re.Pattern[str], options: ReadOptions, notes: list[str]) -> Iterator[PaperText]:
    """The papers of a snapshot whose abstract `prefilter` finds something in, in file order, parsing only
    the lines where `scan` (a scanner for `escaped_pattern(prefilter.pattern)`) finds a name. `check`
    validates each raw block (its encoding) as the full reader does. Lines that are not one object each (cut
    short, stray text) are named in a note wherever they are."""
    bad = BadLines()
    lines_before = 0  # lines in the blocks already read
    records = kept = 0
    for data, offset, first in blocks:
        check(data, offset, first)
        if first and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        n_lines = data.count(b"\n")
        records += n_lines
        if not (data.count(b"\n{") + data.startswith(b"{") == n_lines == data.count(b"}\n")):
            records -= _misshapen(data, lines_before, bad)
        done = 0  # the end of the last line parsed
        at_line, at_pos = 0, 0  # the number of the line starting at `at_pos`
        for hit in scan(data):
            if hit < done:
                continue
            at_line += data.count(b"\n", at_pos, hit)
            at_pos = data.rfind(b"\n", 0, hit) + 1
            done = data.index(b"\n", hit) + 1
            line = data[at_pos:done - 1]
            if not line.strip():
                continue
            obj = json_object(line)
            n = lines_before + at_line + 1
            if isinstance(obj, str):
                if line.strip().startswith(b"{") and line.rstrip().endswith(b"}"):  # else counted as misshapen
                    bad.add(n, obj)
                    records -= 1
                continue
            found = paper(obj, path.name, n - 1, options)
            if isinstance(found, str):
                bad.add(n, found)
            elif found is not None and prefilter.search(found.abstract):
                kept += 1
                yield found
        lines_before += n_lines
    if bad:
        notes.append(bad.message())
    if records == 0:
        raise ReadError(path, "no abstracts found" + (f" ({notes[-1]})" if bad else ""))
    notes.append(f"{records:,} records read, {kept:,} name a registry benchmark (only these are parsed in full)")


def _misshapen(data: bytes, lines_before: int, bad: BadLines) -> int:
    """Add the lines of a block that are neither blank nor a JSON object to `bad`; return how many lines are
    not records (blank or bad)."""
    not_records = 0
    for i, line in enumerate(data[:-1].split(b"\n")):
        stripped = line.strip()
        if stripped.startswith(b"{") and stripped.endswith(b"}"):
            continue
        not_records += 1
        if stripped:
            obj = json_object(line)
            if isinstance(obj, str):
                bad.add(lines_before + i + 1, obj)
            else:
                not_records -= 1
    return not_records
