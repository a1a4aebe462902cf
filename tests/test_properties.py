"""Property-based tests (Hypothesis) for the readers and the extractor."""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import reader
from extract.extractor import extract
from extract.reader import ReadError, iter_candidates, iter_papers
from extract.registry import default_registry
from extract.scan import byte_scanner

# text that looks like abstracts: benchmark names, numbers, units, LaTeX and punctuation mixed with words
PIECES = st.sampled_from([
    "GSM8K", "MATH", "MTEB", "BEIR", "RewardBench", "MATH-500", "C-MTEB", "math", "on", "of", "by", "up to",
    "83.8", "0.832", "+3.5", "-2.1", "12", "2024", "7B", "%", "\\%", "pp", "points", "$\\sim$", "$\\rightarrow$",
    "\\textbf{", "}", "(", ")", "[38 ]", ",", ".", ";", " and ", "respectively", "from", "to", "Our", "model",
    "XModel-7B", "achieves", "improves", "accuracy", "nDCG@10", "±", "\u2212", "\u2009", "\n", "\r\n", " ",
])
ABSTRACTISH = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ABSTRACTISH)
def test_extractor_never_raises_and_records_are_sound(text: str) -> None:
    reg = default_registry()
    for r in extract(text):
        assert text[r.start:r.end] == r.evidence
        assert r.start <= r.value_start < r.value_end <= r.end
        assert math.isfinite(r.value) and reg.get(r.benchmark).in_range(abs(r.value) if r.kind == "delta" else r.value)
        assert r.kind in ("score", "delta") and r.role in ("own", "baseline")


@SETTINGS
@given(st.text(max_size=400))
def test_extractor_never_raises_on_any_text(text: str) -> None:
    extract(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_readers_raise_only_read_errors(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "any.txt"
    f.write_bytes(data)
    try:
        for paper in iter_papers(f):
            assert paper.abstract.strip()
    except ReadError as exc:
        assert str(f) in str(exc)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ABSTRACTISH.filter(lambda t: t.strip()), min_size=1, max_size=4))
def test_output_does_not_depend_on_line_endings(tmp_path: Path, abstracts: list[str]) -> None:
    lines = ["Abstract: " + " ".join(a.replace("\r", " ").replace("\n", " ").split()) for a in abstracts]
    results = []
    for i, newline in enumerate(("\n", "\r\n", "\r")):
        f = tmp_path / f"e{i}.txt"
        f.write_bytes(newline.join(lines).encode("utf-8") + newline.encode())
        try:
            papers = list(iter_papers(f))
        except ReadError as exc:
            results.append(("error", exc.reason))
            continue
        results.append([(p.abstract, [(r.benchmark, r.value, r.start) for r in extract(p.abstract)]) for p in papers])
    assert results[0] == results[1] == results[2]


# format-B listings with every kind of line the reader handles: regular records, comments, ids with
# no Created line, Created lines without a date or with junk, whitespace lines, CRLF, extra blank lines
B_LINES = st.sampled_from([
    "We reach 83.8 on GSM8K.", "Our model gets 52.4 on MATH and 61.2 on MTEB.", "No benchmark here.",
    "Comments: 12 pages", "arXiv:2404.15100", "arXiv:2404.15100v2 Created: 2024-04-23", "Created: 2024-04-23",
    "Created:", "Created: soon", "  Created: 2024-04-23  ", "", "", "   ", "BEIR nDCG@10 of 0.52.",
    "RewardBench", "é GSM8K ü 90.1 MATH", "arXiv:hep-th/9901001", "Created: 2024-04-23 arXiv:2404.1",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(B_LINES, min_size=1, max_size=40), block=st.sampled_from([16, 64, 1_000_000]),
       crlf=st.booleans(), record=st.sampled_from([40, 4_000_000]))
def test_candidates_are_the_papers_the_prefilter_hits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      lines: list[str], block: int, crlf: bool, record: int) -> None:
    """The fast reader of `benchboard extract` reads the same papers as the full reader, whatever the
    block size (records cut across blocks) or a fallback to the slow way midway."""
    f = tmp_path / "listing.txt"
    f.write_bytes(("arXiv:2401.00001\nCreated: 2024-01-01\n\n" + "\n".join(lines) + "\n")
                  .replace("\n", "\r\n" if crlf else "\n").encode())
    monkeypatch.setattr(reader, "BLOCK_BYTES", block)
    monkeypatch.setattr(reader, "MAX_RECORD_BYTES", record)
    pf = default_registry().prefilter
    try:
        expected = [replace(p, position=-1) for p in iter_papers(f) if pf.search(p.abstract)]
    except ReadError as exc:
        with pytest.raises(ReadError, match=re.escape(exc.reason)):
            list(iter_candidates(f, pf))
        return
    for scan in (None, byte_scanner(pf.pattern, use_hyperscan=False)):
        assert list(iter_candidates(f, pf, scan)) == expected


def test_a_title_only_adds_records_on_every_hugging_face_paper(tmp_path: Path) -> None:
    """Merging never loses results: for each of the 536 papers of the Hugging Face pages (tests/data), the
    records read with the title include those read without it (benchmark, value, kind): a title never
    overrides what the text names, whatever the order the listing and the page arrive in."""
    pages = tmp_path / "hf-papers.txt"
    pages.write_bytes(gzip.decompress((Path(__file__).parent / "data" / "hf-papers.txt.gz").read_bytes()))
    papers = list(iter_papers(pages))
    assert len(papers) == 536 and all(p.title for p in papers)
    for p in papers:
        with_title = {(r.benchmark, r.value, r.kind) for r in extract(p.abstract, p.title)}
        without = {(r.benchmark, r.value, r.kind) for r in extract(p.abstract, None)}
        assert with_title >= without, (p.title, without - with_title)
