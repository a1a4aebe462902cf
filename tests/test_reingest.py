"""An edited file re-ingested replaces what it contributed; nothing stale and no orphan is left (both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import queries
from db.engine import data_stamp, init_db, make_engine
from db.models import Model, Paper, PaperSource, Result
from db.store import Store
from extract.reader import read_path

from .conftest import DEV, SEEDS


def listing(*blocks: tuple[str, str]) -> str:
    """An arXiv listing (format B) of (abstract, arXiv id) blocks."""
    return "".join(f"{text}\n\narXiv:{aid}\nCreated: 2024-01-15\n\n" for text, aid in blocks)


FOO = "Our Foo-7B achieves 83.8% on GSM8K, a new best for open models of this size."
BAR = "Our Bar-13B reaches 61.5% on MATH, ahead of every open model we compare against."
BAZ = "Our Baz-1B scores 52.0 on BEIR, a strong result for a retriever of its size."


def stored(engine: Engine) -> list[tuple[str | None, str, float, str]]:
    """(model, benchmark, value, source files) of every stored result."""
    df = queries.export_rows(engine)
    return sorted(zip(df["model"], df["benchmark"], df["value"], df["doc"], strict=True)) if not df.empty else []


def table_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in (Paper, PaperSource, Result, Model)}


@pytest.fixture()
def store(any_db: str) -> Store:
    engine = make_engine(any_db)
    init_db(engine)
    return Store(engine)


def test_edited_listing_block_with_an_arxiv_id_replaces_the_number(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(listing((FOO, "2401.00001")))
    store.ingest_file(f)
    f.write_text(listing((FOO.replace("83.8", "38.8"), "2401.00001")))
    report = store.ingest_file(f)
    assert (report.status, report.new_papers, report.merged_papers) == ("ingested", 0, 1)
    assert stored(store.engine) == [("Foo-7B", "GSM8K", 38.8, "a.txt")]
    with Session(store.engine) as s:
        (paper,) = s.scalars(select(Paper)).all()
        assert "38.8%" in paper.abstract and paper.arxiv_id == "2401.00001"


def test_edited_abstract_without_an_id_replaces_the_old_paper(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"Abstract: {FOO}\nAbstract: {BAR}\n")
    store.ingest_file(f)
    f.write_text(f"Abstract: {FOO.replace('83.8', '38.8')}\nAbstract: {BAR}\n")
    report = store.ingest_file(f)
    assert (report.new_papers, report.merged_papers) == (1, 1)
    assert stored(store.engine) == [("Bar-13B", "MATH", 61.5, "a.txt"), ("Foo-7B", "GSM8K", 38.8, "a.txt")]
    assert table_counts(store.engine) == {"papers": 2, "paper_sources": 2, "results": 2, "models": 2}


def test_abstracts_removed_from_a_file_go_with_their_results_and_models(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002"), (BAZ, "2401.00003")))
    store.ingest_file(f)
    assert table_counts(store.engine)["papers"] == 3
    f.write_text(listing((BAR, "2401.00002")))
    store.ingest_file(f)
    assert stored(store.engine) == [("Bar-13B", "MATH", 61.5, "a.txt")]
    assert table_counts(store.engine) == {"papers": 1, "paper_sources": 1, "results": 1, "models": 1}
    with Session(store.engine) as s:
        assert s.scalars(select(Model.name)).all() == ["Bar-13B"]


def test_a_paper_held_by_another_file_stays_and_takes_that_files_version(store: Store, tmp_path: Path) -> None:
    """The abstract is the version of the file ingested last that holds the paper; when that file drops it,
    the version another file holds comes back."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002")))
    b.write_text(listing((FOO.replace("83.8", "38.8"), "2401.00001")))
    store.ingest_file(a)
    store.ingest_file(b)
    assert stored(store.engine) == [("Bar-13B", "MATH", 61.5, "a.txt"), ("Foo-7B", "GSM8K", 38.8, "a.txt;b.txt")]
    b.write_text(listing((BAZ, "2401.00003")))
    store.ingest_file(b)
    assert stored(store.engine) == [("Bar-13B", "MATH", 61.5, "a.txt"), ("Baz-1B", "BEIR", 52.0, "b.txt"),
                                    ("Foo-7B", "GSM8K", 83.8, "a.txt")]
    a.write_text(listing((BAR, "2401.00002")))
    store.ingest_file(a)
    assert stored(store.engine) == [("Bar-13B", "MATH", 61.5, "a.txt"), ("Baz-1B", "BEIR", 52.0, "b.txt")]
    assert table_counts(store.engine) == {"papers": 2, "paper_sources": 2, "results": 2, "models": 2}


def test_a_text_another_file_held_merges_into_the_paper(store: Store, tmp_path: Path) -> None:
    """An abstract without an id merges on any version a source holds, not only the paper's current one."""
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(listing((FOO, "2401.00001")))
    b.write_text(listing((FOO.replace("83.8", "38.8"), "2401.00001")))
    c.write_text(f"Abstract: {FOO}\n")
    for f in (a, b, c):
        store.ingest_file(f)
    assert table_counts(store.engine)["papers"] == 1
    assert stored(store.engine) == [("Foo-7B", "GSM8K", 83.8, "a.txt;b.txt;c.txt")]


def test_every_ingest_changes_the_data_stamp_even_a_merge_only_one(store: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(listing((FOO, "2401.00001")))
    b.write_text(f"Abstract: {FOO}\n")  # the same paper again: nothing but a new source
    with store.engine.connect() as conn:
        stamps = [data_stamp(conn)]
    for f in (a, b, b):
        store.ingest_file(f)
        with store.engine.connect() as conn:
            stamps.append(data_stamp(conn))
    assert stamps[0][0] != 0 and len({s[0] for s in stamps}) == 1  # one database
    assert stamps[1] != stamps[0] and stamps[2] != stamps[1]  # the merge-only ingest counts too
    assert stamps[3] == stamps[2]  # an unchanged file writes nothing


def _model_rows(engine: Engine) -> tuple[int, int]:
    """(rows in models, models some result names)."""
    with Session(engine) as s:
        return (int(s.scalar(select(func.count()).select_from(Model)) or 0),
                int(s.scalar(select(func.count(func.distinct(Result.model_id)))) or 0))


def test_models_count_only_what_results_name_in_any_file_order(any_db: str, tmp_path: Path) -> None:
    files = read_path([SEEDS, DEV])
    counts = []
    for order, url in ((files, any_db), (files[::-1], f"sqlite:///{tmp_path / 'reversed.db'}")):
        engine = make_engine(url)
        init_db(engine)
        assert not Store(engine).ingest_paths(order).failed
        models, named = _model_rows(engine)
        assert models == named
        counts.append(queries.stats(engine)["models"])
        engine.dispose()
    assert counts[0] == counts[1]


# A real abstract (bigcorpus: arXiv listing and Hugging Face papers page) whose model is named differently
# once the page's title is known: ingesting the listing first re-extracts it when the title arrives.
UCOT = ("Recent developments have enabled advanced reasoning in Large Language Models (LLMs) via long "
        "Chain-of-Thought (CoT), while long CoT suffers from high computational costs and significant latency "
        "losses owing to the autoregressive nature of generative LLMs. CoT compression aims to improve "
        "efficiency in the reasoning process by reducing output length. Previous works trade reasoning "
        "efficiency by either laborious discrete prompt designing or the construction of external compressed "
        "CoT datasets that sacrifice key reasoning details. In this work, we propose Upfront CoT (UCoT): an "
        "efficient reasoning framework with upfront thought embedding to automate CoT compression. UCoT is a "
        "cooperative workflow involving a small model (compressor) and a large model (executor). The first stage "
        "of UCoT trains compressor to generate upfront thought embeddings rich in reasoning information for the "
        "executor, avoiding the drawbacks of manually designed prompts. The second stage optimizes executor to "
        "utilize upfront thought embeddings to derive the correct answer with short reasoning, using a reward "
        "mechanism. Extensive experiments show that UCoT maintains the powerful reasoning ability of executor "
        "while significantly reducing the length of CoT. It is worth mentioning that when applying UCoT to the "
        "Qwen2.5-7B-Instruct model, the usage of tokens on GSM8K dataset is reduced by 50\\%, while the "
        "performance is 3.08\\% higher than that of the state-of-the-art (SOTA) method. The code and dataset "
        "are in supplementary material.")


def test_a_title_arriving_later_leaves_no_unused_model_in_either_order(any_db: str, tmp_path: Path) -> None:
    listing_file, page = tmp_path / "listing.txt", tmp_path / "page.txt"
    listing_file.write_text(listing((UCOT, "2510.08647")))
    page.write_text("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nUpfront Chain-of-Thought: "
                    f"A Cooperative Framework for Chain-of-Thought Compression\n\n{UCOT}\n")
    seen = []
    for url, order in ((any_db, [listing_file, page]), (str(tmp_path / "two.db"), [page, listing_file])):
        engine = make_engine(url)
        init_db(engine)
        assert not Store(engine).ingest_paths(order).failed
        models, named = _model_rows(engine)
        assert models == named, url
        seen.append((models, stored(engine)))
        engine.dispose()
    assert seen[0] == seen[1]


def test_re_extraction_leaves_no_unused_model(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(listing((FOO, "2401.00001")))
    store.ingest_file(f)
    f.write_text(listing((FOO.replace("Foo-7B", "Qux-7B"), "2401.00001")))
    store.ingest_file(f)
    with Session(store.engine) as s:
        assert s.scalars(select(Model.name)).all() == ["Qux-7B"]


def test_the_dashboard_shows_a_second_source_after_a_merge_only_ingest(
        any_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    from dashboard import data

    from .conftest import ROOT

    monkeypatch.setenv("BENCHBOARD_DB", any_db)
    engine = make_engine(any_db)
    init_db(engine)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(listing((FOO, "2401.00001")))
    b.write_text(f"Abstract: {FOO}\n")

    def sources_shown() -> str:
        data.stamp.clear()  # the stamp is read again after its 5-second life, as a later visit would
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
        at.run()
        at.switch_page("app_pages/papers.py").run()
        assert not at.exception, [e.value for e in at.exception]
        shown = next(c.value for c in at.caption if c.value.startswith("Sources:"))
        return shown.replace("\\", "")  # file names are Markdown-escaped ("a\\.txt")

    Store(engine).ingest_file(a)
    assert "b.txt" not in sources_shown()
    Store(engine).ingest_file(b)  # adds a source and nothing else: no new result, paper or id
    assert "a.txt" in sources_shown() and "b.txt" in sources_shown()
    engine.dispose()
