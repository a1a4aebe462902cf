"""A paper's LaTeX source as arXiv serves it: a `.tex`, a folder, a `.tar.gz` or a single gzipped `.tex`.

The kind is told by content, never by the file name: gzip magic, then a tar header inside it, else one
`.tex`. Nothing is ever written to disk: archive members are read into memory, within bounds on the
expanded size and the member count, and a member or link that points outside the archive is refused.
`\\input` / `\\include` are followed inside the source only (`expand`).
"""

from __future__ import annotations

import gzip
import io
import os
import posixpath
import re
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..reader import ReadError

MAX_BYTES = 256 * 1024 * 1024  # the most a source may expand to (all of its files together)
MAX_MEMBERS = 5000  # files in one archive or folder
MAX_DEPTH = 20  # nested \input
_TEXT_SUFFIXES = (".tex", ".bbl", ".sty", ".cls", ".def", ".cfg", ".txt", ".ltx")

# the marks of a LaTeX document in its first bytes
_LATEX_MARK = re.compile(rb"(?m)^[ \t]*\\(?:documentclass|begin\{document\}|section\*?\{|begin\{abstract\}|"
                         rb"begin\{table|begin\{tabular|input\{|title\{)")
_INPUT = re.compile(r"\\(?:input|include|subfile)\s*(?:\{([^{}\n]*)\}|\s([^\s{}%\\]+))")
_COMMENT = re.compile(r"(?<!\\)%.*")


@dataclass(frozen=True)
class Source:
    """The text files of one LaTeX source, by their path inside it, and the main file."""

    files: dict[str, str]
    main: str


def is_latex(path: Path) -> bool:
    """Whether a file or folder holds a LaTeX source (by content: gzip or tar magic, or LaTeX markup).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "p.tex").write_text("\\\\documentclass{article}")
    23
    >>> is_latex(d / "p.tex"), is_latex(d)
    (True, True)
    """
    if path.is_dir():
        return any(f.suffix == ".tex" for f in _folder_files(path, limit=False))
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return False
    if head.startswith(b"\x1f\x8b"):  # arXiv's .tar.gz or .gz, or another gzipped file: look inside
        try:
            with path.open("rb") as fh:  # (what a truncated or corrupt stream yields: its reader says why)
                head = zlib.decompressobj(31).decompress(fh.read(65536), 8192)
        except (OSError, zlib.error):
            return False
    if len(head) > 262 and head[257:262] == b"ustar":
        return True
    return bool(_LATEX_MARK.search(head))


def is_source_folder(folder: Path) -> bool:
    """Whether a folder holds a paper's source: a `.tex` with `\\documentclass` at its top level.

    >>> import tempfile; d = Path(tempfile.mkdtemp()) / "src"; d.mkdir()
    >>> _ = (d / "ms.tex").write_text("\\\\documentclass{article}")
    >>> is_source_folder(d), is_source_folder(d.parent)
    (True, False)
    """
    try:
        for f in folder.iterdir():
            if f.suffix == ".tex" and f.is_file() and not f.is_symlink():
                with f.open("rb") as fh:
                    if b"\\documentclass" in fh.read(65536):
                        return True
    except OSError:
        return False
    return False


def source_size(path: Path) -> int:
    """The bytes of a source: its file, or every text file of its folder."""
    return sum(f.stat().st_size for f in _folder_files(path)) if path.is_dir() else path.stat().st_size


def source_digest(path: Path) -> str:
    """The SHA-256 of a source folder's text files, names and contents (what re-ingesting compares)."""
    import hashlib

    h = hashlib.sha256()
    for f in _folder_files(path):
        h.update(f.relative_to(path).as_posix().encode() + b"\0")
        h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


def open_source(path: Path, max_bytes: int = MAX_BYTES, max_members: int = MAX_MEMBERS) -> Source:
    """The files of a LaTeX source; ReadError (naming `path` and the reason) for anything unsafe or broken."""
    if path.is_dir():
        return _main_of(path, _read_folder(path, max_bytes, max_members))
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise ReadError(path, f"cannot open ({exc.strerror})") from None
    if head.startswith(b"\x1f\x8b"):
        data = _gunzip(path, max_bytes)
        if len(data) > 262 and data[257:262] == b"ustar":
            return _main_of(path, _read_tar(path, data, max_bytes, max_members))
        return Source({path.name.removesuffix(".gz"): _decode(path, data)}, path.name.removesuffix(".gz"))
    if len(head) > 262 and head[257:262] == b"ustar":
        return _main_of(path, _read_tar(path, path.read_bytes(), max_bytes, max_members))
    if path.stat().st_size > max_bytes:
        raise ReadError(path, f"larger than {max_bytes // 2**20} MiB")
    return Source({path.name: _decode(path, path.read_bytes())}, path.name)


def _gunzip(path: Path, max_bytes: int) -> bytes:
    """A gzip file expanded in blocks, refused as soon as it grows past `max_bytes` (a zip bomb)."""
    out = io.BytesIO()
    size = 0
    try:
        with gzip.open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                size += len(block)
                if size > max_bytes:
                    raise ReadError(path, f"gzip expands past {max_bytes // 2**20} MiB: refused (a zip bomb?)")
                out.write(block)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        reason = "truncated" if isinstance(exc, EOFError) else f"corrupt ({exc})"
        raise ReadError(path, f"gzip archive is {reason}") from None
    return out.getvalue()


def _read_tar(path: Path, data: bytes, max_bytes: int, max_members: int) -> dict[str, str]:
    """The text files of a tar archive held in memory; links are resolved by name inside the archive."""
    files: dict[str, str] = {}
    links: dict[str, str] = {}
    total = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            for n, member in enumerate(tar):
                if n >= max_members:
                    raise ReadError(path, f"archive holds more than {max_members} members")
                name = _inside(path, member.name, "member")
                if member.issym() or member.islnk():
                    target = member.linkname if member.islnk() else posixpath.join(posixpath.dirname(name),
                                                                                   member.linkname)
                    links[name] = _inside(path, target, f"link {member.name!r} ->")
                    continue
                if not member.isfile() or not name.endswith(_TEXT_SUFFIXES):
                    continue  # figures, folders, devices: never read
                total += member.size
                if total > max_bytes:
                    raise ReadError(path, f"archive expands past {max_bytes // 2**20} MiB")
                fh = tar.extractfile(member)
                if fh is not None:
                    files[name] = _decode(path, fh.read(), name)
    except tarfile.TarError as exc:
        raise ReadError(path, f"broken tar archive ({exc})") from None
    for name, target in links.items():
        if target in files:
            files[name] = files[target]
    return files


def _inside(path: Path, name: str, what: str) -> str:
    """A member path normalised inside the archive; ReadError for an absolute path or one that climbs out."""
    norm = posixpath.normpath(name.replace("\\", "/"))
    if name.startswith("/") or norm == ".." or norm.startswith("../"):
        raise ReadError(path, f"{what} {name!r} points outside the archive: refused")
    return norm.removeprefix("./")


def _folder_files(root: Path, limit: bool = True) -> list[Path]:
    """The regular text files under a folder, not following symlinks (none can lead outside it)."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            p = Path(dirpath) / f
            if f.endswith(_TEXT_SUFFIXES) and not p.is_symlink():
                out.append(p)
                if not limit and f.endswith(".tex"):
                    return out
    return out


def _read_folder(root: Path, max_bytes: int, max_members: int) -> dict[str, str]:
    files: dict[str, str] = {}
    total = 0
    found = _folder_files(root)
    if len(found) > max_members:
        raise ReadError(root, f"folder holds more than {max_members} text files")
    for p in found:
        total += p.stat().st_size
        if total > max_bytes:
            raise ReadError(root, f"folder holds more than {max_bytes // 2**20} MiB of text")
        name = p.relative_to(root).as_posix()
        files[name] = _decode(root, p.read_bytes(), name)
    return files


def _decode(path: Path, data: bytes, member: str | None = None) -> str:
    """UTF-8 text (latin-1 when it is not UTF-8, as old sources are), with LF line ends."""
    if b"\x00" in data[:8192]:
        raise ReadError(path, f"{member + ': ' if member else ''}not text: binary data (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _main_of(path: Path, files: dict[str, str]) -> Source:
    """The main file: the `.tex` with `\\documentclass` (the one with `\\begin{document}` first), else the
    largest `.tex`."""
    tex = [n for n in files if n.endswith(".tex")]
    if not tex:
        raise ReadError(path, "no .tex file in the source")
    ranked = sorted(tex, key=lambda n: ("\\begin{document}" not in files[n], "\\documentclass" not in files[n],
                                        -len(files[n]), n))
    return Source(files, ranked[0])


def expand(source: Source, path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The main file with every `\\input`/`\\include` of a file in the source put in its place.

    Inputs name files relative to the main file's folder (`.tex` added when missing); one that points
    outside the source is refused, one that is missing (a package file, a figure) is left out, and a file
    that inputs itself is followed once.
    """
    base = posixpath.dirname(source.main)
    total = 0

    def resolve(name: str) -> str | None:
        name = name.strip()
        norm = posixpath.normpath(posixpath.join(base, name.replace("\\", "/")))
        if name.startswith("/") or norm == ".." or norm.startswith("../"):
            raise ReadError(path, f"\\input{{{name}}} points outside the source: refused")
        for cand in (norm, norm + ".tex"):
            if cand in source.files:
                return cand
        return None

    def inline(name: str, depth: int, seen: frozenset[str]) -> str:
        nonlocal total
        text = source.files[name]
        total += len(text)
        if total > max_bytes:
            raise ReadError(path, f"inputs expand past {max_bytes // 2**20} MiB")
        if "\\in" not in text and "\\subfile" not in text:
            return text
        out: list[str] = []
        last = 0
        for m in _INPUT.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _COMMENT.search(text, line_start, m.start()):
                continue  # commented out
            target = resolve(m.group(1) if m.group(1) is not None else m.group(2))
            out.append(text[last:m.start()])
            if target is not None and target not in seen and depth < MAX_DEPTH:
                out.append(inline(target, depth + 1, seen | {target}))
            last = m.end()
        out.append(text[last:])
        return "".join(out)

    return inline(source.main, 0, frozenset({source.main}))
