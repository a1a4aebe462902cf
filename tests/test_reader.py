"""Reading documents: formats, encodings, merging inputs, and clear errors for bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from db.store import abstract_key
from extract.reader import ReadError, detect_format, iter_papers, read_document, read_path

from .conftest import DEV, SEEDS

ABSTRACT = ("We propose XModel. XModel achieves 83.8 on GSM8K and 52.4 on MATH, improving over strong baselines "
            "by a wide margin across every setting we tried in our experiments.")


@pytest.mark.parametrize(
    ("name", "fmt", "papers", "titled", "with_id"),
    [
        ("000_38b5a0e689204a28.txt", "A", 10, 0, 0),
        ("001_5bd974733ad993a3.txt", "B", 10, 0, 10),
        ("002_892739a6261d75b2.txt", "A", 10, 0, 0),
        ("003_1b7a33e80e2ee25b.txt", "C", 72, 72, 0),
        ("004_61b7cc79d247826f.txt", "C", 93, 93, 0),
    ],
)
def test_seed_formats(name: str, fmt: str, papers: int, titled: int, with_id: int) -> None:
    doc = read_document(SEEDS / name)
    assert doc.fmt == fmt
    assert len(doc.papers) == papers
    assert sum(1 for p in doc.papers if p.title) == titled
    assert sum(1 for p in doc.papers if p.arxiv_id) == with_id
    assert [p.position for p in doc.papers] == list(range(papers))


def test_seeds_hold_185_distinct_abstracts_10_twice() -> None:
    keys = [abstract_key(p.abstract) for f in read_path([SEEDS]) for p in iter_papers(f)]
    assert len(keys) == 195
    assert len(set(keys)) == 185


def test_format_b_metadata() -> None:
    first = read_document(SEEDS / "001_5bd974733ad993a3.txt").papers[1]
    assert first.arxiv_id == "2404.13628"
    assert first.date == "2024-04-23" or first.date is not None
    assert first.comments == "17 pages, 11 figures"


def test_format_c_skips_boilerplate() -> None:
    doc = read_document(SEEDS / "003_1b7a33e80e2ee25b.txt")
    assert doc.papers[0].title == "ACE: All-round Creator and Editor Following Instructions via Diffusion Transformer"
    assert all(p.abstract not in ("new", "Subscribe", "Mar 13") for p in doc.papers)


@pytest.mark.parametrize("name", sorted(p.name for p in DEV.iterdir()))
def test_dev_documents_read(name: str) -> None:
    assert read_document(DEV / name).papers


@pytest.mark.parametrize(
    ("lines", "fmt"),
    [
        (["Abstract: text"], "A"),
        (["new", "", "Get trending papers in your email inbox!", "", "Subscribe"], "C"),
        (["para", "", "17 pages", "", "arXiv:2404.13628", "Created: 2024-04-23"], "B"),
        (["Just a paragraph of text."], "text"),
        ([], "text"),
    ],
)
def test_detect_format(lines: list[str], fmt: str) -> None:
    assert detect_format(lines) == fmt


def test_bom_crlf_trailing_whitespace(tmp_path: Path) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"\xef\xbb\xbfAbstract: " + ABSTRACT.encode() + b"   \r\nAbstract: Second one.\t \r\n")
    papers = list(iter_papers(f))
    assert [p.fmt for p in papers] == ["A", "A"]
    assert papers[0].abstract == ABSTRACT
    assert papers[1].abstract == "Second one."


def test_utf16_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(("Abstract: " + ABSTRACT + "\r\n").encode("utf-16"))
    assert [p.abstract for p in iter_papers(f)] == [ABSTRACT]


def test_generic_paragraphs_with_titles(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text(f"XModel: Better Math\n\n{ABSTRACT}\n\n{ABSTRACT.replace('XModel', 'YModel')}\n", encoding="utf-8")
    papers = list(iter_papers(f))
    assert [(p.fmt, p.title) for p in papers] == [("text", "XModel: Better Math"), ("text", None)]


def _png(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))


def _zip(p: Path) -> None:
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("a.txt", ABSTRACT)


@pytest.mark.parametrize(
    ("maker", "reason"),
    [
        (_png, "not text: looks like a PNG image"),
        (_zip, "not text: looks like a zip archive"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"), "not text: looks like a PDF document"),
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_bytes(b"  \n\n\t\n"), "file holds only whitespace"),
        (lambda p: p.write_bytes(b"Abstract: caf\xe9 au lait\n"), "invalid UTF-8 on line 1"),
        (lambda p: p.write_bytes(b"abc\x00def" * 10), "not text: binary data"),
        (lambda p: p.write_bytes(b"x" * (50 * 1024 * 1024)), "line 1 is longer than 1,000,000 bytes"),
    ],
    ids=["png", "zip", "pdf", "empty", "whitespace", "invalid-utf8", "binary", "50MB-one-line"],
)
def test_bad_input_raises_named_error(tmp_path: Path, maker, reason: str) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "bad.txt"
    maker(f)
    with pytest.raises(ReadError) as exc:
        list(iter_papers(f))
    assert str(f) in str(exc.value)
    assert reason in exc.value.reason


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="file not found"):
        list(iter_papers(tmp_path / "gone.txt"))


def test_read_path_walks_folders_without_duplicates(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    files = read_path([tmp_path, tmp_path / "a.txt"])
    assert [f.name for f in files] == ["a.txt", "b.txt"]
