"""Generic JSON lines and CSV: one paper per record, its values found under the field names of `ReadOptions`
or, by default, the usual ones (`DEFAULTS`)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..reader import PaperText, ReadError
from .lines import BadLines, objects
from .options import ReadOptions
from .values import arxiv_id, day, fold

# the names looked for when no field is given, in order: the first present in a file is used
DEFAULTS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "abstract": ("abstract", "summary"),
    "id": ("id", "arxiv_id"),
    "date": ("date", "published"),
    "comments": ("comments", "comment"),
    "categories": ("categories",),
}
OPTION = {"title": "--title-field", "abstract": "--abstract-field", "id": "--id-field", "date": "--date-field"}


def field_names(path: Path, keys: Iterable[str], options: ReadOptions, what: str) -> dict[str, str | None]:
    """Which of a file's keys (its first record's, or its CSV header) holds each value.

    A name given in `options` must be there, and so must an abstract; otherwise the file cannot be read and
    the ReadError names the file, the missing field and the fields it has. `what` is "field" or "column".
    """
    have = list(keys)
    out: dict[str, str | None] = {}
    for value, defaults in DEFAULTS.items():
        given = getattr(options, f"{value}_field", None)
        if given is not None:
            if given not in have:
                raise ReadError(path, f"no {what} {given!r} ({OPTION[value]}); its {what}s: {_listed(have)}")
            out[value] = given
        else:
            out[value] = next((k for k in defaults if k in have), None)
    if out["abstract"] is None:
        raise ReadError(path, f"no abstract {what} ({' or '.join(map(repr, DEFAULTS['abstract']))}; name it with "
                              f"--abstract-field); its {what}s: {_listed(have)}")
    if options.categories and out["categories"] is None:
        raise ReadError(path, f"no {what} 'categories': --category cannot filter it")
    return out


def _listed(keys: list[str]) -> str:
    return ", ".join(keys[:30]) + (f" and {len(keys) - 30} more" if len(keys) > 30 else "") if keys else "none"


def paper(record: Mapping[str, Any], names: Mapping[str, str | None], source: str, position: int, fmt: str,
          options: ReadOptions) -> PaperText | str | None:
    """The paper a record holds, None when the category filter leaves it out, or why it holds none."""
    def get(value: str) -> Any:
        key = names[value]
        return record.get(key) if key is not None else None

    if not options.wants(get("categories")):
        return None
    abstract = fold(get("abstract"))
    if abstract is None:
        return f"no abstract in {names['abstract']!r}"
    return PaperText(abstract, source, position, fmt, title=fold(get("title")), arxiv_id=arxiv_id(get("id")),
                     date=day(get("date")), comments=fold(get("comments")))


def jsonl_papers(path: Path, blocks: Iterator[str], options: ReadOptions, notes: list[str]) -> Iterator[PaperText]:
    """The papers of a JSON-lines file, one per object; malformed lines are skipped and named in one note."""
    names: dict[str, str | None] = {}

    def make(obj: dict[str, Any], n: int) -> PaperText | str | None:
        if not names:  # the first record's fields name them for the whole file
            names.update(field_names(path, obj, options, "field"))
        return paper(obj, names, path.name, n - 1, "jsonl", options)

    return objects(blocks, make, notes)


def csv_papers(path: Path, blocks: Iterator[str], options: ReadOptions, notes: list[str]) -> Iterator[PaperText]:
    """The papers of a CSV (or tab-separated) file with a header row; rows without an abstract are named in one
    note. A row may span lines (quoted line ends); its position is its 0-based row number."""
    lines = (line for block in blocks for line in block.splitlines(keepends=True))
    first = next(lines, "")
    rows = csv.reader(_chain(first, lines), delimiter="\t" if "\t" in first else ",")
    bad = BadLines()
    try:
        header = [h.strip() for h in next(rows)]
        names = field_names(path, header, options, "column")
        for i, row in enumerate(rows):
            if not any(cell.strip() for cell in row):
                continue
            line = rows.line_num
            if len(row) != len(header):
                bad.add(line, f"{len(row)} cells for {len(header)} columns")
                continue
            found = paper(dict(zip(header, row, strict=True)), names, path.name, i, "csv", options)
            if isinstance(found, str):
                bad.add(line, found)
            elif found is not None:
                yield found
    except csv.Error as exc:
        raise ReadError(path, f"malformed CSV on line {rows.line_num} ({exc})") from None
    if bad:
        notes.append(bad.message())


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
