"""Reading documents: detect the format of a file and split it into papers.

Formats (see `seeds/`):

- A: one abstract per line, each line starting ``Abstract:``;
- B: arXiv listing blocks: abstract paragraph, optional comments line,
  ``arXiv:NNNN.NNNNN`` and ``Created: YYYY-MM-DD``;
- C: a Hugging Face papers page: boilerplate header, then title / abstract pairs;
- text: anything else that is text, read as paragraphs of abstracts;
- snapshot, atom, jsonl, csv: the arXiv metadata snapshot, the arXiv API's Atom
  feed, generic JSON lines and CSV (`extract.readers`); JSON lines may be gzipped.

Files are read line by line (memory does not grow with file size). Anything
that is not readable text raises `ReadError` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from .readers import STRUCTURED, ReadOptions
from .readers.detect import structured_format
from .scan import Scanner, byte_scanner

MAX_LINE_BYTES = 1_000_000
SNIFF_BYTES = 8192

HF_BOILERPLATE = frozenset(
    {
        "new",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "Subscribe",
        "byAK and the research community",
        "Daily Papers",
        "Trending Papers",
    }
)
_HF_DATE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?$")
_ARXIV = re.compile(r"^arXiv:\s*(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\s*$")
_CREATED = re.compile(r"^Created:\s*(?P<date>\d{4}-\d{2}-\d{2})\s*$")
# an arXiv id and/or a Created line, as one paragraph ("arXiv:2404.15100 Created: 2024-04-23")
_META = re.compile(
    r"^(?:arXiv:\s*(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)?\s*"
    r"(?P<created>Created:\s*(?P<date>\d{4}-\d{2}-\d{2})?)?\s*$"
)
_ABSTRACT = re.compile(r"^Abstract:\s*")
COMPRESSIBLE = frozenset({"snapshot", "jsonl"})  # the formats read from a gzip file

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a zip archive"),
    (GZIP_MAGIC := b"\x1f\x8b", "a gzip archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
]


class ReadError(ValueError):
    """A file that cannot be read as abstracts; the message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class PaperText:
    """One paper as found in one document."""

    abstract: str
    source: str  # file name (basename)
    position: int  # 0-based index of the abstract in its document; -1 if not counted (`iter_candidates`)
    fmt: str  # "A" | "B" | "C" | "text" | "snapshot" | "atom" | "jsonl" | "csv"
    title: str | None = None
    arxiv_id: str | None = None
    date: str | None = None  # YYYY-MM-DD
    comments: str | None = None


@dataclass(frozen=True)
class Document:
    """A file read whole: its format and its papers."""

    path: str
    fmt: str
    papers: tuple[PaperText, ...]


def _sniff(path: Path, head: bytes) -> str:
    """The text encoding of a file from its first bytes, or a ReadError."""
    if not head.strip():
        raise ReadError(path, "empty file" if not head else "file holds only whitespace")
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ReadError(path, f"not text: looks like {what}")
    if b"\x00" in head:
        raise ReadError(path, "not text: binary data (NUL bytes)")
    return "utf-8"


BLOCK_BYTES = MAX_LINE_BYTES  # a block this size with no newline means a line over the limit


def _blocks(path: Path, fh: BinaryIO, encoding: str) -> Iterator[str]:
    """Decoded text in large blocks, each ending at a line end, with "\n" line ends.

    Reading in blocks keeps the cost per byte low (no Python work per line) and memory flat.
    Errors name the line: invalid UTF-8, NUL bytes, and lines longer than the limit.
    """
    if encoding == "utf-16":
        stream = io.TextIOWrapper(fh, encoding="utf-16", errors="strict", newline=None)
        try:
            tcarry = ""
            while True:
                text = stream.read(BLOCK_BYTES)
                if not text:
                    break
                text = tcarry + text
                cut = text.rfind("\n")
                if cut == -1:
                    if len(text) > MAX_LINE_BYTES:
                        raise ReadError(path, f"a line is longer than {MAX_LINE_BYTES:,} characters")
                    tcarry = text
                    continue
                tcarry = text[cut + 1:]
                yield text[: cut + 1]
            if tcarry:
                yield tcarry + "\n"
        except UnicodeDecodeError as exc:
            raise ReadError(path, f"invalid UTF-16 ({exc.reason})") from None
        return
    for data, offset, first in _byte_blocks(path, fh):
        yield _decode(path, data, offset, first)


def _byte_blocks(path: Path, fh: BinaryIO) -> Iterator[tuple[bytes, int, bool]]:
    """UTF-8 bytes in large blocks, each ending at a line end, with its offset in the file and
    whether it is the first block. NUL bytes and over-long lines raise ReadError."""
    offset = 0  # file offset of `carry` (then of the block yielded)
    carry = b""
    first = True
    while True:
        block = fh.read(BLOCK_BYTES)
        if not block:
            break
        if b"\x00" in block:
            at = _lines_before(path, offset + len(carry) + block.index(b"\x00")) + 1
            raise ReadError(path, f"not text: binary data (NUL bytes) on line {at}")
        first_nl = block.find(b"\n")
        if (first_nl == -1 and len(carry) + len(block) > MAX_LINE_BYTES) or len(carry) + first_nl > MAX_LINE_BYTES:
            raise ReadError(path, f"line {_lines_before(path, offset) + 1} is longer than {MAX_LINE_BYTES:,} bytes: "
                            "not an abstract listing")
        if first_nl == -1:
            carry += block
            continue
        last_nl = block.rfind(b"\n")
        data, carry = carry + block[: last_nl + 1], block[last_nl + 1:]
        yield data, offset, first
        first = False
        offset += len(data)
    if carry:
        yield carry + b"\n", offset, first


def _lines_before(path: Path, offset: int) -> int:
    """The number of line ends in the first `offset` bytes of a file (for error messages only)."""
    n = 0
    with _input(path) as (fh, _):
        while offset > 0:
            chunk = fh.read(min(offset, BLOCK_BYTES))
            if not chunk:
                break
            n += chunk.count(b"\n")
            offset -= len(chunk)
    return n


def _decode(path: Path, data: bytes, offset: int, first: bool) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _lines_before(path, offset) + data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReadError(path, f"invalid UTF-8 on line {line} (byte 0x{data[exc.start]:02x} at column {col})") from None
    if first:
        text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _lines(blocks: Iterator[str]) -> Iterator[str]:
    """Lines without line ends or trailing whitespace."""
    for block in blocks:
        for line in block[:-1].split("\n"):
            yield line.rstrip()


_BLANK = re.compile(r"\n[ \t\f\v]*\n")


def _raw_paragraphs(blocks: Iterator[str]) -> Iterator[str]:
    """Blank-line separated paragraphs, stripped, inner line ends kept."""
    carry = ""
    for block in blocks:
        parts = _BLANK.split(carry + block)
        carry = parts.pop()  # may continue in the next block
        for para in parts:
            para = para.strip()
            if para:
                yield para
    carry = carry.strip()
    if carry:
        yield carry


def _join(para: str) -> str:
    """A paragraph's lines stripped and joined by a space."""
    return para if "\n" not in para else " ".join(x.strip() for x in para.split("\n") if x.strip())


def _paragraphs(blocks: Iterator[str]) -> Iterator[str]:
    """Blank-line separated paragraphs, their lines stripped and joined by a space."""
    for para in _raw_paragraphs(blocks):
        yield _join(para)


def _b_items(blocks: Iterator[str]) -> Iterator[str]:
    """Paragraphs for format B, except that `arXiv:` and `Created:` lines always stand alone."""
    for para in _raw_paragraphs(blocks):
        if "\n" not in para:
            yield para
            continue
        buf: list[str] = []
        for line in para.split("\n"):
            line = line.strip()
            if line.startswith(("arXiv:", "Created:")):
                if buf:
                    yield " ".join(buf)
                    buf = []
                yield line
            elif line:
                buf.append(line)
        if buf:
            yield " ".join(buf)


def detect_format(first_lines: list[str]) -> str:
    """The format of a document from its first lines.

    >>> detect_format(["Abstract: We study ..."])
    'A'
    >>> detect_format(["new", "", "Get trending papers in your email inbox!"])
    'C'
    >>> detect_format(["An abstract.", "", "arXiv:2404.15100", "Created: 2024-04-23"])
    'B'
    """
    non_empty = [line.strip() for line in first_lines if line.strip()]
    if not non_empty:
        return "text"
    if _ABSTRACT.match(non_empty[0]):
        return "A"
    structured = structured_format([line.strip() for line in first_lines[:400]])
    if structured:
        return structured
    if any(line in HF_BOILERPLATE for line in non_empty[:12]) and any(
        line.startswith("Get trending papers") or line == "byAK and the research community" for line in non_empty[:12]
    ):
        return "C"
    if any(_ARXIV.match(line) for line in non_empty) or any(_CREATED.match(line) for line in non_empty):
        return "B"
    return "text"


def _parse_a(name: str, lines: Iterator[str]) -> Iterator[PaperText]:
    position = 0
    current: list[str] = []
    for line in chain(lines, ["Abstract:"]):  # a sentinel closes the last abstract
        if _ABSTRACT.match(line):
            if current:
                text = " ".join(current).strip()
                if text:
                    yield PaperText(text, name, position, "A")
                    position += 1
            current = [_ABSTRACT.sub("", line)]
        elif line.strip():
            current.append(line.strip())


def _parse_b(name: str, paragraphs: Iterator[str]) -> Iterator[PaperText]:
    """arXiv listing blocks: abstract, optional comments, `arXiv:` id, `Created:` date."""
    position = 0
    pending: list[str] = []
    arxiv_id: str | None = None

    def emit(date: str | None) -> PaperText | None:
        nonlocal position
        if not pending:
            return None
        paper = PaperText(pending[0], name, position, "B", arxiv_id=arxiv_id, date=date,
                          comments=" ".join(pending[1:]) or None)
        position += 1
        return paper

    for para in paragraphs:
        if para.startswith(("arXiv:", "Created:")):
            m = _META.match(para)
            if m:
                arxiv_id = m.group("id") or arxiv_id
                if m.group("date") is not None or m.group("created"):
                    paper = emit(m.group("date"))
                    if paper:
                        yield paper
                    pending, arxiv_id = [], None
                continue
        if arxiv_id is not None:  # an id with no Created line closes its block
            paper = emit(None)
            if paper:
                yield paper
            pending, arxiv_id = [], None
        pending.append(para)
    if pending:
        paper = emit(None)
        if paper:
            yield paper


def _is_title(para: str) -> bool:
    return len(para) <= 300 and not para.endswith(".")


def _parse_titled(name: str, paragraphs: Iterator[str], fmt: str) -> Iterator[PaperText]:
    """Title / abstract pairs; a paragraph that is not preceded by a title stands alone."""
    position = 0
    title: str | None = None
    for para in paragraphs:
        if fmt == "C" and position == 0 and title is None and (para in HF_BOILERPLATE or _HF_DATE.match(para)):
            continue
        if title is None and _is_title(para):
            title = para
            continue
        if title is not None and _is_title(para) and len(para) < 200:
            # two short paragraphs in a row: the first was not a title after all
            yield PaperText(title, name, position, fmt)
            position += 1
            title = para
            continue
        yield PaperText(para, name, position, fmt, title=title)
        position += 1
        title = None
    if title is not None and fmt == "text":
        yield PaperText(title, name, position, fmt)


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise ReadError(path, "file not found (deleted while reading?)") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot open ({exc.strerror})") from None


class _Gunzipped:
    """The decompressed bytes of a gzip file; a truncated or corrupt stream raises ReadError."""

    def __init__(self, path: Path, raw: BinaryIO) -> None:
        self.path, self.raw, self.done = path, raw, 0
        self.gz = gzip.GzipFile(fileobj=raw, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.gz.read(size)
        except EOFError:
            raise ReadError(self.path, f"truncated gzip: the compressed data ends early (after {self.done:,} bytes "
                                       "of text)") from None
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            raise ReadError(self.path, f"corrupt gzip data after {self.done:,} bytes of text ({exc})") from None
        self.done += len(data)
        return data

    def seek(self, offset: int) -> None:
        self.gz.seek(offset)
        self.done = offset


@contextmanager
def _input(path: Path) -> Iterator[tuple[BinaryIO, bool]]:
    """An open file's bytes, decompressed when it is gzipped, and whether it was."""
    with _open(path) as raw:
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        yield (_Gunzipped(path, raw) if compressed else raw), compressed  # type: ignore[misc]


def _is_atom(head: bytes, encoding: str) -> bool:
    """Whether a file's first bytes open an XML document (read as an Atom feed, whatever its line lengths)."""
    text = head.decode(encoding if encoding != "utf-16" else "utf-16", errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith(("<?xml", "<feed"))


def _encoding(path: Path, fh: BinaryIO, compressed: bool) -> tuple[str, bytes]:
    """A file's encoding (from its first bytes, read then rewound) and those bytes; a gzip file must hold text."""
    head = fh.read(SNIFF_BYTES)
    fh.seek(0)
    try:
        return _sniff(path, head), head
    except ReadError as exc:
        if compressed:
            raise ReadError(path, f"not text: looks like a gzip archive ({exc.reason} inside)") from None
        raise


def _start(path: Path, fh: BinaryIO, compressed: bool = False) -> tuple[str, Iterator[str]]:
    """The format of an open file and its text blocks (the first one read ahead for detection)."""
    encoding, head = _encoding(path, fh, compressed)
    blocks: Iterator[str]
    if _is_atom(head, encoding):
        fmt, blocks = "atom", iter(())
    else:
        blocks = _blocks(path, fh, encoding)
        first = next(blocks, "")
        fmt, blocks = detect_format(first.split("\n", 400)[:400]), chain([first], blocks)
    _check_input(path, fmt, compressed, None)
    return fmt, blocks


def _check_input(path: Path, fmt: str, compressed: bool, options: ReadOptions | None) -> None:
    """A ReadError when a file of this format cannot be read that way (gzipped, or filtered by category)."""
    if compressed and fmt not in COMPRESSIBLE:
        raise ReadError(path, "not text: looks like a gzip archive (only JSON lines, such as the arXiv metadata "
                              "snapshot, are read compressed)")
    if options and options.categories and fmt not in STRUCTURED:
        raise ReadError(path, f"no categories in format {fmt}: --category cannot filter it")


def _structured(path: Path, fmt: str, fh: BinaryIO, blocks: Iterator[str], options: ReadOptions,
                notes: list[str]) -> Iterator[PaperText]:
    from .readers import atom, records, snapshot

    if fmt == "atom":
        fh.seek(0)
        return atom.papers(path, fh, options, notes)
    if fmt == "snapshot":
        return snapshot.papers(path, blocks, options, notes)
    if fmt == "jsonl":
        return records.jsonl_papers(path, blocks, options, notes)
    return records.csv_papers(path, blocks, options, notes)


def iter_papers(path: str | Path, options: ReadOptions | None = None,
                notes: list[str] | None = None) -> Iterator[PaperText]:
    """The papers of one file, read lazily; raises ReadError for unreadable input.

    `options` filters by category and names the fields of generic JSON lines and CSV; `notes` receives
    what the reader skipped (malformed lines), one line each.
    """
    path = Path(path)
    options = options or ReadOptions()
    notes = notes if notes is not None else []
    if _is_latex(path):
        yield _latex_paper(path, options)
        return
    with _input(path) as (fh, compressed):
        fmt, blocks = _start(path, fh, compressed)
        _check_input(path, fmt, compressed, options)
        name = path.name
        if fmt in STRUCTURED:
            papers = _structured(path, fmt, fh, blocks, options, notes)
        elif fmt == "A":
            papers = _parse_a(name, _lines(blocks))
        elif fmt == "B":
            papers = _parse_b(name, _b_items(blocks))
        else:
            papers = _parse_titled(name, _paragraphs(blocks), fmt)
        count = 0
        for paper in papers:
            count += 1
            yield paper
        if count == 0:
            if options.categories and fmt in STRUCTURED and not notes:
                notes.append(f"no paper in the categories {', '.join(options.categories)}")
                return
            raise ReadError(path, "no abstracts found" + (f" ({notes[-1]})" if notes else ""))


# A line that closes a format-B record: after it `_parse_b` holds no state, so a listing can be cut there.
_CLOSE = re.compile(
    rb"[^\S\n]*(?:arXiv:\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)?[^\S\n]*"
    rb"Created:[^\S\n]*(?:\d{4}-\d{2}-\d{2})?[^\S\n]*\n"
)
MAX_RECORD_BYTES = 4_000_000  # a listing with no record end this long is parsed the slow way


class _Irregular(Exception):
    """A listing that cannot be cut into records cheaply."""


def _close_before(data: bytes, pos: int) -> int:
    """The end of the last record-closing line that ends at or before `pos` (0 if none)."""
    at = pos
    while True:
        at = data.rfind(b"Created:", 0, at)
        if at == -1:
            return 0
        m = _CLOSE.match(data, data.rfind(b"\n", 0, at) + 1)
        if m and m.end() <= pos:
            return m.end()


def _close_after(data: bytes, pos: int) -> int:
    """The end of the first record-closing line that ends after `pos` (len(data) if none)."""
    at = pos
    while True:
        at = data.find(b"Created:", at)
        if at == -1:
            return len(data)
        m = _CLOSE.match(data, data.rfind(b"\n", 0, at) + 1)
        if m and m.end() > pos:
            return m.end()
        at += 8


def _b_candidates(path: Path, blocks: Iterator[tuple[bytes, int, bool]], scan: Scanner,
                  prefilter: re.Pattern[str]) -> Iterator[PaperText]:
    """Format-B papers around name hits: only the records holding a hit are decoded and parsed."""
    carry = b""
    for data, offset, first in blocks:
        _decode(path, data, offset, first)  # the same checks (and messages) as the full reader
        if first and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        data = carry + data
        cut = _close_before(data, len(data))  # what follows the last record end continues in the next block
        if cut == 0 and len(data) > MAX_RECORD_BYTES:
            raise _Irregular
        done = 0
        for hit in scan(data):
            if hit >= cut:
                break
            if hit < done:
                continue
            start = max(done, _close_before(data, hit))
            done = _close_after(data, hit)
            yield from _hits(path.name, data[start:done], prefilter)
        carry = data[cut:]
    if carry.strip():
        yield from _hits(path.name, carry, prefilter)


def _hits(name: str, segment: bytes, prefilter: re.Pattern[str]) -> Iterator[PaperText]:
    text = segment.decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for paper in _parse_b(name, _b_items(iter([text]))):
        if prefilter.search(paper.abstract):
            yield PaperText(paper.abstract, paper.source, -1, "B", paper.title, paper.arxiv_id, paper.date,
                            paper.comments)


def iter_candidates(path: str | Path, prefilter: re.Pattern[str], scan: Scanner | None = None,
                    options: ReadOptions | None = None, notes: list[str] | None = None) -> Iterator[PaperText]:
    """The papers of one file whose abstract `prefilter` finds something in, in file order.

    The same papers as filtering `iter_papers`, except that `position` is -1 in a listing. In a UTF-8
    arXiv listing (format B) or metadata snapshot, `scan` (default: a byte scanner for `prefilter`) finds
    the name hits in each raw block and only the records around them are decoded and parsed, so extraction
    runs at about the speed of the scan. Raises ReadError like `iter_papers`.
    """
    path = Path(path)
    options = options or ReadOptions()
    notes = notes if notes is not None else []
    sent = 0
    if _is_latex(path):
        paper = _latex_paper(path, options)
        if prefilter.search(paper.abstract):
            yield paper
        return
    with _input(path) as (fh, compressed):
        encoding, head_bytes = _encoding(path, fh, compressed)
        fast = encoding.startswith("utf-8") and prefilter.pattern.isascii() and not _is_atom(head_bytes, encoding)
        blocks = _byte_blocks(path, fh) if fast else None
        head = next(blocks, None) if blocks else None
        fmt = detect_format(_decode(path, *head).split("\n", 400)[:400]) if blocks and head else None
        if fmt is not None:
            _check_input(path, fmt, compressed, options)
        if blocks and head and fmt == "snapshot":
            from .readers import snapshot

            yield from snapshot.candidates(path, chain([head], blocks), lambda *b: _decode(path, *b),
                                           scan or byte_scanner(snapshot.escaped_pattern(prefilter.pattern)),
                                           prefilter, options, notes)
            return
        if blocks and head and fmt == "B":
            try:
                for paper in _b_candidates(path, chain([head], blocks), scan or byte_scanner(prefilter.pattern),
                                           prefilter):
                    sent += 1
                    yield paper
                if not sent:
                    next(iter_papers(path), None)  # ReadError when the file holds no abstract at all
                return
            except _Irregular:
                pass
    skip = sent  # the slow way from the start, without repeating what was sent
    for paper in iter_papers(path, options, notes):
        if prefilter.search(paper.abstract):
            if skip:
                skip -= 1
                continue
            yield paper if paper.fmt in STRUCTURED else replace(paper, position=-1)


def file_format(path: str | Path) -> str:
    """The detected format of a file (reads only its beginning)."""
    path = Path(path)
    if _is_latex(path):
        return "latex"
    with _input(path) as (fh, compressed):
        return _start(path, fh, compressed)[0]


def _is_latex(path: Path) -> bool:
    """Whether a file or folder is a paper's LaTeX source (`extract.latex`)."""
    from .latex import is_latex

    return is_latex(path)


def _latex_paper(path: Path, options: ReadOptions) -> PaperText:
    """The paper of a LaTeX source (its abstract, title and the arXiv id its name carries)."""
    from .latex import read_latex

    if options.categories:
        raise ReadError(path, "no categories in a LaTeX source: --category cannot filter it")
    return read_latex(path).paper


def read_document(path: str | Path) -> Document:
    """A whole file: its format and all of its papers."""
    papers = tuple(iter_papers(path))
    return Document(str(path), papers[0].fmt if papers else "text", papers)


def read_path(paths: list[str | Path]) -> list[Path]:
    """Files named by `paths` (folders walked recursively, hidden files skipped), sorted, no duplicates."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir() and not _is_latex_folder(p):
            candidates = sorted(f for f in _walk(p) if not f.name.startswith("."))
        else:
            candidates = [p]
        for f in candidates:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, not following symlinked folders (no loops); a folder holding a paper's LaTeX source
    is one item."""
    import os

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        sources = [d for d in dirnames if _is_latex_folder(Path(dirpath) / d)]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in sources)
        for f in sorted([*filenames, *sources]):
            yield Path(dirpath) / f


def _is_latex_folder(folder: Path) -> bool:
    """A folder with a LaTeX document (`\\documentclass`) at its top: one paper's source, read whole."""
    from .latex.archive import is_source_folder

    return is_source_folder(folder)
