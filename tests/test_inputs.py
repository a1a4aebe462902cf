"""The structured inputs people hold: the arXiv metadata snapshot (plain and gzipped), the arXiv API's Atom feed,
generic JSON lines and CSV; detection, fields, the category filter, the fast path and bad input."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from extract.reader import ReadError, file_format, iter_candidates, iter_papers, read_path
from extract.readers import ReadOptions
from extract.registry import default_registry

from .conftest import DEV, ROOT

DATA = ROOT / "tests" / "data"
LISTING = DATA / "listing.txt"
SNAPSHOT = DATA / "arxiv-metadata.jsonl"
FILES = {"arxiv-metadata.jsonl": "snapshot", "arxiv-metadata.jsonl.gz": "snapshot", "arxiv-api.atom": "atom",
         "daily-listing.jsonl": "jsonl", "papers.csv": "csv", "listing.txt": "B"}
PREFILTER = default_registry().prefilter


def _snapshot_lines() -> list[dict]:
    return [json.loads(line) for line in SNAPSHOT.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("name", "fmt"), FILES.items())
def test_every_format_is_detected_by_content(name: str, fmt: str, tmp_path: Path) -> None:
    assert file_format(DATA / name) == fmt
    renamed = tmp_path / "input"  # no extension: the content decides
    renamed.write_bytes((DATA / name).read_bytes())
    assert file_format(renamed) == fmt


@pytest.mark.parametrize("name", [n for n in FILES if n != "listing.txt"])
def test_every_format_gives_the_listing_papers_with_their_titles(name: str) -> None:
    listing = list(iter_papers(LISTING))
    papers = list(iter_papers(DATA / name))
    assert [(p.abstract, p.arxiv_id) for p in papers] == [(p.abstract, p.arxiv_id) for p in listing]
    assert [p.title for p in papers] == [r["title"] for r in _snapshot_lines()]
    # the daily listing carries no date (the store takes the id's month); the others carry the listing's
    expected = [None] * len(listing) if name == "daily-listing.jsonl" else [p.date for p in listing]
    assert [p.date for p in papers] == expected


def test_snapshot_paper_fields() -> None:
    parallel = next(p for p in iter_papers(SNAPSHOT) if p.arxiv_id == "2509.07980")
    assert parallel.title == "Parallel-R1: Towards Parallel Thinking via Reinforcement Learning"
    assert parallel.comments == "Project website: https://zhengkid.github.io/Parallel_R1.github.io/"
    assert parallel.date == "2025-09-10"
    assert (parallel.fmt, parallel.position) == ("snapshot", 2)
    assert "\n" not in parallel.abstract  # the hard line wraps are joined


def _categories(p_id: str) -> list[str]:
    return next(r["categories"].split() for r in _snapshot_lines() if r["id"] == p_id)


@pytest.mark.parametrize("name", [n for n in FILES if n != "listing.txt"])
@pytest.mark.parametrize("wanted", [("cs.CL",), ("cs.CL", "cs.CV"), ("cs",), ("cs.C",), ("math",)])
def test_category_filter_is_a_repeatable_prefix_match(name: str, wanted: tuple[str, ...]) -> None:
    options = ReadOptions(categories=wanted)
    expected = [p.arxiv_id for p in iter_papers(LISTING)
                if any(c.startswith(w) for c in _categories(p.arxiv_id or "") for w in wanted)]
    notes: list[str] = []
    assert [p.arxiv_id for p in iter_papers(DATA / name, options, notes)] == expected
    if not expected:
        assert notes == [f"no paper in the categories {', '.join(wanted)}"]
    assert [p.arxiv_id for p in iter_candidates(DATA / name, PREFILTER, options=options)] == [
        p.arxiv_id for p in iter_papers(DATA / name, options) if PREFILTER.search(p.abstract)]


def test_category_filter_on_a_format_without_categories_is_refused() -> None:
    with pytest.raises(ReadError, match="no categories in format B: --category cannot filter it"):
        list(iter_papers(LISTING, ReadOptions(categories=("cs.CL",))))


@pytest.mark.parametrize("name", ["arxiv-metadata.jsonl", "arxiv-metadata.jsonl.gz"])
def test_snapshot_fast_path_finds_what_the_full_read_finds(name: str) -> None:
    notes: list[str] = []
    fast = list(iter_candidates(DATA / name, PREFILTER, notes=notes))
    assert fast == [p for p in iter_papers(DATA / name) if PREFILTER.search(p.abstract)]
    assert len(fast) == 8
    assert notes == ["10 records read, 8 name a registry benchmark (only these are parsed in full)"]


def test_snapshot_fast_path_sees_a_name_split_by_a_line_wrap(tmp_path: Path) -> None:
    """A real abstract naming "Reward Bench", hard-wrapped between its two words as arXiv wraps abstracts."""
    paper = next(p for f in read_path([DEV]) for p in iter_papers(f) if "Reward Bench" in p.abstract)
    wrapped = paper.abstract.replace("Reward Bench", "Reward\nBench").replace(". ", ".\n  ", 1)
    record = {"id": "2401.00001", "title": None, "abstract": wrapped, "versions": [], "update_date": "2024-01-01"}
    f = tmp_path / "snap.jsonl"
    f.write_text(json.dumps(record) + "\n", encoding="utf-8")
    found = list(iter_candidates(f, PREFILTER))
    assert [p.abstract for p in found] == [paper.abstract]


def test_generic_fields_given_on_the_command_line(tmp_path: Path) -> None:
    text = (DATA / "papers.csv").read_text(encoding="utf-8")
    renamed = tmp_path / "renamed.tsv"
    header, rest = text.split("\n", 1)
    assert header == "arxiv_id,title,abstract,published,categories"
    renamed.write_text("paper,heading,text,when,categories\n" + rest, encoding="utf-8")
    options = ReadOptions(title_field="heading", abstract_field="text", id_field="paper", date_field="when")
    assert list(iter_papers(renamed, options)) == [
        p.__class__(**{**p.__dict__, "source": "renamed.tsv"}) for p in iter_papers(DATA / "papers.csv")]


def test_gzipped_generic_json_lines_are_read(tmp_path: Path) -> None:
    f = tmp_path / "daily.jsonl.gz"
    f.write_bytes(gzip.compress((DATA / "daily-listing.jsonl").read_bytes()))
    assert [p.abstract for p in iter_papers(f)] == [p.abstract for p in iter_papers(LISTING)]


# ------------------------------------------------------------------ bad input


def _cut(lines: list[str]) -> str:
    """Line 3 cut short mid-record, line 7 a stray text line: the rest as they are."""
    out = list(lines)
    out[2] = out[2][: len(out[2]) // 2]
    out[6] = "this line is not JSON"
    return "".join(line + "\n" for line in out)


@pytest.mark.parametrize("name", ["arxiv-metadata.jsonl", "daily-listing.jsonl"])
def test_malformed_json_lines_are_named_and_the_good_lines_kept(name: str, tmp_path: Path) -> None:
    f = tmp_path / name
    f.write_text(_cut((DATA / name).read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    notes: list[str] = []
    kept = [p.arxiv_id for p in iter_papers(f, notes=notes)]
    expected = [p.arxiv_id for i, p in enumerate(iter_papers(LISTING)) if i not in (2, 6)]
    assert kept == expected
    assert len(notes) == 1
    assert re.fullmatch(r"skipped 2 malformed lines: 3, 7 \(line 3: not valid JSON at column \d+ \(.+\)\)", notes[0])
    notes = []
    assert [p.arxiv_id for p in iter_candidates(f, PREFILTER, notes=notes)] == [
        a for a in expected if a not in ("2503.11731", "2503.11742")]
    assert any(n.startswith("skipped 2 malformed lines: 3, 7 (line 3: not valid JSON") for n in notes), notes


def test_a_file_of_only_malformed_lines_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "2401.00001", "abstract": \n{"id"\n', encoding="utf-8")
    with pytest.raises(ReadError, match=r"no abstracts found \(skipped 2 malformed lines: 1, 2"):
        list(iter_papers(f))


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_truncated_gzip_is_refused(keep: float, tmp_path: Path) -> None:
    data = (DATA / "arxiv-metadata.jsonl.gz").read_bytes()
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: int(len(data) * keep)])
    for read in (lambda: list(iter_papers(f)), lambda: list(iter_candidates(f, PREFILTER))):
        with pytest.raises(ReadError, match=r"truncated gzip: the compressed data ends early") as exc:
            read()
        assert exc.value.path == str(f)


@pytest.mark.parametrize(("content", "inside"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image"),
    (LISTING.read_bytes(), None),
    (b"\x1f\x8b" + bytes(30), None),
], ids=["png", "listing", "corrupt"])
def test_gzip_of_anything_but_json_lines_is_refused(content: bytes, inside: str | None, tmp_path: Path) -> None:
    f = tmp_path / "x.gz"
    f.write_bytes(gzip.compress(content) if content[:2] != b"\x1f\x8b" else content)
    with pytest.raises(ReadError) as exc:
        list(iter_papers(f))
    assert "gzip" in exc.value.reason
    if inside:
        assert inside in exc.value.reason


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id>
<summary>&lol9;</summary></entry></feed>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><summary>&secret;</summary></entry></feed>
"""


@pytest.mark.parametrize("xml", [BOMB, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_xml_bomb_and_external_entities_are_refused(xml: str, tmp_path: Path) -> None:
    f = tmp_path / "feed.atom"
    f.write_text(xml, encoding="utf-8")
    with pytest.raises(ReadError, match="refused: the XML has a document type declaration; its entities are never "
                                        r"expanded \(an XML bomb\?\)"):
        list(iter_papers(f))


def test_xml_that_is_not_an_atom_feed_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "other.xml"
    f.write_text('<?xml version="1.0"?>\n<rss><channel></channel></rss>\n', encoding="utf-8")
    with pytest.raises(ReadError, match=r"XML but not an Atom feed \(its root is <rss>\)"):
        list(iter_papers(f))
    f.write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>', encoding="utf-8")
    with pytest.raises(ReadError, match=r"malformed XML \(no element found: line 2"):
        list(iter_papers(f))


def test_csv_without_an_abstract_column_is_refused_naming_it(tmp_path: Path) -> None:
    f = tmp_path / "no-abstract.csv"
    rows = (DATA / "papers.csv").read_text(encoding="utf-8").replace("arxiv_id,title,abstract,", "arxiv_id,title,text,")
    f.write_text(rows, encoding="utf-8")
    with pytest.raises(ReadError) as exc:
        list(iter_papers(f))
    assert str(exc.value) == (f"{f}: no abstract column ('abstract' or 'summary'; name it with --abstract-field); "
                              "its columns: arxiv_id, title, text, published, categories")


@pytest.mark.parametrize(("name", "options", "message"), [
    ("papers.csv", ReadOptions(abstract_field="text"),
     "no column 'text' (--abstract-field); its columns: arxiv_id, title, abstract, published, categories"),
    ("papers.csv", ReadOptions(date_field="created"),
     "no column 'created' (--date-field); its columns: arxiv_id, title, abstract, published, categories"),
    ("daily-listing.jsonl", ReadOptions(title_field="name"),
     "no field 'name' (--title-field); its fields: id, categories, pdf, abs, authors, title, comment, summary"),
    ("daily-listing.jsonl", ReadOptions(id_field="arxiv"),
     "no field 'arxiv' (--id-field); its fields: id, categories, pdf, abs, authors, title, comment, summary"),
])
def test_wrong_field_names_are_refused_naming_the_field(name: str, options: ReadOptions, message: str) -> None:
    with pytest.raises(ReadError) as exc:
        list(iter_papers(DATA / name, options))
    assert exc.value.reason == message


# ------------------------------------------------------------------ one paper, any format: the same records

HF_HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"


def _write(fmt: str, papers: list[dict], titled: bool, path: Path) -> Path:
    """Real papers (tests/data) written in one format, with or without their titles."""
    def title(p: dict) -> str | None:
        return p["title"] if titled else None

    if fmt == "B":
        text = "".join(f"{p['joined']}\n\narXiv:{p['id']}\nCreated: {p['date']}\n\n" for p in papers)
    elif fmt == "C":
        text = HF_HEADER + "".join(f"{p['title']}\n\n{p['joined']}\n\n" for p in papers)
    elif fmt == "snapshot":
        text = "".join(json.dumps({"id": p["id"], "title": title(p), "abstract": p["abstract"],
                                   "categories": p["categories"], "versions": [
                                       {"version": "v1", "created": p["created"]}], "update_date": p["date"]}) + "\n"
                       for p in papers)
    elif fmt == "jsonl":
        text = "".join(json.dumps({"id": p["id"], "summary": p["abstract"]} | ({"title": p["title"]} if titled else {}))
                       + "\n" for p in papers)
    elif fmt == "csv":
        import csv
        import io

        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["arxiv_id", "title", "abstract", "published"])
        w.writerows([p["id"], title(p) or "", p["abstract"], p["date"]] for p in papers)
        text = out.getvalue()
    else:
        from xml.sax.saxutils import escape

        text = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n' + "".join(
            f"<entry><id>http://arxiv.org/abs/{p['id']}v2</id><published>{p['date']}T12:00:00Z</published>"
            + (f"<title>{escape(p['title'])}</title>" if titled else "")
            + f"<summary>{escape(p['abstract'])}</summary></entry>\n" for p in papers) + "</feed>\n")
    path.write_text(text, encoding="utf-8")
    return path


def _records(path: Path, drop: tuple[str, ...] = ("doc",)) -> list[dict]:
    from extract.extractor import Extractor

    extractor = Extractor()
    return [{k: v for k, v in r.to_record(p.source, p.title, p.arxiv_id).items() if k not in drop}
            for p in iter_candidates(path, extractor.registry.prefilter)
            for r in extractor.extract(p.abstract, p.title, prefiltered=True)]


def _papers() -> list[dict]:
    listing = {p.arxiv_id: p for p in iter_papers(LISTING)}
    return [{"id": r["id"], "title": r["title"], "abstract": r["abstract"], "joined": listing[r["id"]].abstract,
             "date": r["update_date"], "created": r["versions"][0]["created"], "categories": r["categories"]}
            for r in _snapshot_lines()]


PAPERS = _papers()


def test_the_records_of_a_paper_do_not_depend_on_its_format(tmp_path_factory: pytest.TempPathFactory) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=12, deadline=None)
    @given(st.lists(st.sampled_from(range(len(PAPERS))), min_size=1, max_size=6, unique=True), st.booleans())
    def check(picked: list[int], titled: bool) -> None:
        papers = [PAPERS[i] for i in picked]
        folder = tmp_path_factory.mktemp("formats")
        plain = "C" if titled else "B"  # a listing has no titles, a Hugging Face page always has them
        drop = ("doc", "arxiv_id") if titled else ("doc",)
        expected = _records(_write(plain, papers, titled, folder / plain), drop)
        for fmt in ("snapshot", "atom", "jsonl", "csv"):
            assert _records(_write(fmt, papers, titled, folder / fmt), drop) == expected, fmt

    check()
    assert _records(LISTING)  # the papers hold records to compare


def test_snapshot_fast_path_equals_a_full_read_however_the_abstracts_are_wrapped(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """Real abstracts (seeds and dev set), hard-wrapped at random widths as arXiv wraps them."""
    import textwrap

    from hypothesis import given, settings
    from hypothesis import strategies as st

    abstracts = [p.abstract for f in read_path([ROOT / "seeds", DEV]) for p in iter_papers(f)]

    @settings(max_examples=15, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(range(len(abstracts))), st.integers(20, 100)), min_size=1,
                    max_size=40))
    def check(picked: list[tuple[int, int]]) -> None:
        f = tmp_path_factory.mktemp("wrapped") / "snap.jsonl"
        f.write_text("".join(json.dumps({"id": f"2401.{n:05d}", "abstract": "  " + "\n".join(
            textwrap.wrap(abstracts[i], width)) + "\n", "versions": [], "update_date": "2024-01-01"}) + "\n"
            for n, (i, width) in enumerate(picked)), encoding="utf-8")
        assert list(iter_candidates(f, PREFILTER)) == [p for p in iter_papers(f) if PREFILTER.search(p.abstract)]

    check()
