"""Every page through Streamlit's AppTest, plus interactions by widget key.

Two databases: `seeds/` alone, and "rough" data (seeds plus untitled, undated and unnamed results,
fractions, deltas, a conflict, and a title and a file name written as Markdown) that no page may show
as "None", "nan" or markup.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hyp
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from dashboard import params
from dashboard.widgets import plain
from db.engine import init_db, make_engine
from db.models import Paper, Result
from db.store import MAX_UPLOAD_MIB, Store
from extract.reader import read_path

from .conftest import ROOT, SEEDS

APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["leaderboard", "compare", "progress", "papers", "explore", "conflicts", "review", "add_documents", "about"]

HOSTILE_TITLE = "![px](http://127.0.0.1:{port}/p.png) [link](http://x) :red[x] $x$ **bold**"
HOSTILE_FILE = "![f](f.png) [l](x) :red[f] $f$.txt"  # a file name cannot hold "/"
# what would show if any of them were rendered as Markdown instead of text
MARKUP = ["![px](", "[link](http", ":red[x]", "$x$", "**bold**", "![f](", "[l](x)", ":red[f]", "$f$"]
ABSTRACT = ("We introduce Hostile-7B, a compact math model trained with synthetic curricula. Our Hostile-7B "
            "achieves 97.5% accuracy on GSM8K and an nDCG@10 of 0.532 on BEIR, improving over the strongest "
            "baseline by 2.1 points on GSM8K.")
HF_PAGE = ("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n"
           "Mar 13\n\n{title}\n\n" + ABSTRACT + "\n")
LISTING = (ABSTRACT + "\n\narXiv:2401.00001\nCreated: 2024-01-10\n\n"
           "We re-evaluate public math models in a single harness with greedy decoding. In our harness, Hostile-7B "
           "achieves 95.0% accuracy on GSM8K, below the figure its authors report.\n\n"
           "arXiv:2402.00002\nCreated: 2024-02-01\n")
UNDATED = ("Abstract: We present Undated-3B, a small reasoning model for competition math. Undated-3B reaches 61.2 "
           "accuracy on MATH, and its retriever reaches 0.471 nDCG@10 on BEIR.\n")


def build_rough_db(db: str, folder: Path, image_port: int = 18777) -> None:
    """seeds/ plus the rough files above (the Hugging Face page stored under a Markdown file name)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hf.txt").write_text(HF_PAGE.format(title=HOSTILE_TITLE.format(port=image_port)))
    (folder / "listing.txt").write_text(LISTING)
    (folder / "undated.txt").write_text(UNDATED)
    engine = make_engine(db)
    init_db(engine)
    store = Store(engine)
    assert not store.ingest_paths(read_path([SEEDS])).failed
    assert store.ingest_file(folder / "hf.txt", display_name=HOSTILE_FILE).status == "ingested"
    for name in ("listing.txt", "undated.txt"):
        assert store.ingest_file(folder / name).status == "ingested"
    engine.dispose()


@pytest.fixture(scope="module")
def rough_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("rough")
    db = str(tmp / "rough.db")
    build_rough_db(db, tmp / "files")
    return db


@pytest.fixture()
def rough_env(rough_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("BENCHBOARD_DB", rough_db)
    return rough_db


def paper_ids(db: str) -> dict[str, int]:
    """Paper ids of the rough data: "hostile" (titled, dated), "untitled" (dated), "undated"."""
    with make_engine(db).connect() as conn:
        rows = conn.execute(select(Paper.id, Paper.arxiv_id, Paper.abstract)).all()
    ids = {"hostile": next(i for i, a, _ in rows if a == "2401.00001"),
           "untitled": next(i for i, a, _ in rows if a == "2402.00002"),
           "undated": next(i for i, _, t in rows if "Undated-3B" in t)}
    return ids


def open_page(page: str, **params: str) -> AppTest:
    """A page as a new browser tab opens it with these query parameters (the root URL for the leaderboard)."""
    at = AppTest.from_file(APP, default_timeout=60)
    if page == "leaderboard":  # the root URL forwards to /leaderboard with its parameters
        for k, v in params.items():
            at.query_params[k] = v
        at.run()
    else:
        at.run()
        at.query_params.clear()
        for k, v in params.items():
            at.query_params[k] = v
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frame(at: AppTest, column: str) -> pd.DataFrame:
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with a {column!r} column")


def shown_markdown(at: AppTest) -> list[str]:
    """Every piece of text the page renders as Markdown (elements, labels, metric values)."""
    out = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        out += [str(e.value) for e in getattr(at, kind)]
    out += [e.label for e in at.expander]
    out += [m.label for m in at.metric] + [str(m.value) for m in at.metric]
    out += [b.label for b in at.button]
    return out


def shown_text(at: AppTest) -> list[str]:
    """All text a page shows: Markdown, plain text, widget options and every table cell."""
    out = shown_markdown(at) + [str(t.value) for t in at.text]
    for w in (*at.selectbox, *at.multiselect):
        out += [str(o) for o in w.options]  # the options as shown
    for df in at.dataframe:
        out += [str(c) for c in df.value.columns]
        out += [str(v) for v in df.value.astype(str).to_numpy().ravel()]
    return out


# -- every page -------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_page_renders(page: str, db_env: str) -> None:
    at = open_page(page)
    assert at.title or at.markdown


def test_about_shows_current_and_first_run_accuracy(db_env: str) -> None:
    """Both the tuned figures and the untuned first runs, each held-out set in both tables."""
    at = open_page("about")
    current = frame(at, "full-tuple F1")
    first = frame(at, "abstracts")
    assert "per benchmark" not in first.columns  # a run's figures per benchmark are not a cell
    assert {"seeds", "dev", "all"} <= set(current["gold set"])
    assert {f"held-out {k}" for k in range(1, 7)} <= set(current["gold set"]) & set(first["gold set"])
    nothing = current.set_index("gold set").loc["held-out 26 (registry)"]  # no record to find, none found
    assert nothing["records"] == 0 and nothing["precision"] == "" and nothing["recall"] == ""  # blank, not 1.000


def test_leaderboard_ranks_gsm8k(db_env: str) -> None:
    at = open_page("leaderboard", untrusted="1")
    at.selectbox(key="lb_benchmark").set_value("GSM8K").run()
    board = frame(at, "rank")
    models = board["system"].tolist()
    assert models.index("MuMath-Code-70B") < models.index("MuMath-Code-7B")
    row = board.set_index("system").loc["MuMath-Code-70B"]
    assert (row["rank"], row["score"], row["as written"], row["role"], row["scope"]) == (1, 90.7, "90.7%", "own",
                                                                                          "full")
    assert at.query_params["benchmark"] in ("GSM8K", ["GSM8K"])
    assert "delta" not in set(board.get("kind", []))


def test_leaderboard_deltas_in_their_own_table(db_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", deltas="1", untrusted="1")
    tables = [df.value for df in at.dataframe if "rank" in df.value.columns]
    assert len(tables) == 2
    assert 24.2 in tables[1]["score"].tolist() and 24.2 not in tables[0]["score"].tolist()
    assert "+24.2%" in tables[1]["as written"].tolist()


def test_query_params_are_honoured(db_env: str) -> None:
    at = open_page("leaderboard", benchmark="MATH", top="7", baselines="0", untrusted="1")
    assert at.selectbox(key="lb_benchmark").value == "MATH"
    assert at.slider(key="lb_top").value == 7 and at.toggle(key="lb_baselines").value is False
    assert 55.1 in frame(at, "rank")["score"].tolist()
    assert not at.warning


def test_explore_kind_delta_shows_only_deltas(db_env: str) -> None:
    at = open_page("explore")
    at.selectbox(key="ex_kind").set_value("delta").run()
    table = frame(at, "evidence")
    assert len(table) > 0 and set(table["kind"]) == {"delta"}
    assert at.query_params["kind"] in ("delta", ["delta"])


def test_explore_model_substring(db_env: str) -> None:
    at = open_page("explore", model="mumath")
    table = frame(at, "evidence")
    assert len(table) == 4 and table["system"].str.contains("MuMath").all()


def test_papers_page_escapes_and_highlights(db_env: str) -> None:
    at = open_page("papers", q="MuMath-Code")
    text = " ".join(m.value for m in at.markdown)
    assert ":blue-background[**83\\.8**]:blue-badge[1]" in text  # the paper's own number, row 1
    assert "MuMath\\-Code\\-7B" in text  # paper text is escaped, never interpreted


def test_compare_models(db_env: str) -> None:
    at = open_page("compare", models="mumath-code-7b,mumath-code-70b", untrusted="1")
    assert set(at.multiselect(key="cmp_models").value) == {"mumath-code-7b", "mumath-code-70b"}
    cells = frame(at, "evidence")
    assert set(cells["benchmark"]) == {"GSM8K", "MATH"}
    matrix = frame(at, "GSM8K").set_index("model")
    assert matrix.loc["MuMath-Code-70B", "GSM8K"] == "90.7" and matrix.loc["MuMath-Code-7B", "MATH"] == "52.4"
    assert set(cells["as written"]) == {"83.8", "52.4", "90.7%", "55.1%"}


def test_model_pickers_add_one_match_per_enter(db_env: str) -> None:
    """The pickers offer no "Select all matches" (Enter then adds the best match only)."""
    at = open_page("compare")
    at2 = open_page("explore")
    for picker in (at.multiselect(key="cmp_models"), at.multiselect(key="cmp_papers"),
                   at2.multiselect(key="ex_benchmarks")):
        assert picker.proto.select_all == 0, picker.key


# -- conflicts --------------------------------------------------------------------------------------


@pytest.fixture()
def conflict_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    a = "Abstract: Our Foo-7B achieves 80.1% on GSM8K, beating every open model of its size by a wide margin.\n"
    b = "Abstract: We re-evaluate public models; Foo-7B achieves 77.4% on GSM8K in our own evaluation harness.\n"
    c = ("Abstract: We train Foo-7B with process rewards for grade-school math. Our Foo-7B improves GSM8K "
         "accuracy from 70.1% to 75.3% after training.\n")  # one sentence, two values: not a conflict
    for name, text_ in (("a.txt", a), ("b.txt", b), ("c.txt", c)):
        (tmp_path / name).write_text(text_)
    db = str(tmp_path / "c.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_paths([tmp_path / n for n in ("a.txt", "b.txt", "c.txt")])
    monkeypatch.setenv("BENCHBOARD_DB", db)
    return db


def test_conflicts_page_lists_a_conflict(conflict_db: str) -> None:
    at = open_page("conflicts")
    summary = frame(at, "spread")
    assert summary[["model", "benchmark"]].values.tolist() == [["Foo-7B", "GSM8K"]]
    row = summary.iloc[0]
    assert row["spread"] == pytest.approx(2.7) and row["reports"] == 2
    assert any("Foo\\-7B · GSM8K" in e.label for e in at.expander)
    assert {m.value for m in at.metric} == {"80.1%", "77.4%"}


# -- empty states -----------------------------------------------------------------------------------


def test_empty_database_shows_how_to_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_DB", str(tmp_path / "empty.db"))
    for page in ("leaderboard", "explore", "conflicts", "progress", "compare", "papers"):
        at = open_page(page)
        assert any("benchboard ingest seeds/" in i.value for i in at.info), page


def test_empty_board_says_what_is_stored_and_shows_the_deltas(db_env: str) -> None:
    """BEIR holds one improvement and no score: no "widen the filters", a button that shows it."""
    at = open_page("leaderboard", benchmark="BEIR", untrusted="1")
    said = " ".join(i.value for i in at.info)
    assert "The database holds 1 result for BEIR: 1 reported change (delta)" in said
    assert "Widen" not in said
    at.button(key="lb_offer_0").click().run()
    assert at.toggle(key="lb_deltas").value is True
    assert frame(at, "rank")["score"].tolist() == [2.8]
    assert at.query_params["deltas"] in ("1", ["1"])


def test_empty_board_points_to_scores_no_board_ranks(db_env: str) -> None:
    """MTEB's one score is quoted for a leading model the text does not name: not ranked, found in Explore."""
    at = open_page("leaderboard", benchmark="MTEB", untrusted="1")
    assert any("1 score (0 naming their system, 0 from a dated paper, 1 quoted for baselines)" in i.value
               for i in at.info)
    assert [link.proto.label for link in at.get("page_link")] == ["See the 1 score no board ranks in Explore"]


def test_empty_progress_says_why(db_env: str) -> None:
    at = open_page("progress", benchmark="GSM8K", untrusted="1")
    said = " ".join(i.value for i in at.info)
    assert "No score here comes from a dated paper" in said and "holds 3 results for GSM8K" in said
    assert [link.proto.label for link in at.get("page_link")] == ["See the 2 undated scores in Explore"]


def test_progress_on_dated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "b.txt"
    blocks = []
    for i, (v, day) in enumerate([(70.1, "2024-01-10"), (75.3, "2024-03-02"), (72.0, "2024-05-20")]):
        blocks.append(f"Our Sys{i}-7B achieves {v}% on GSM8K, a strong result for open models of this size in every "
                      f"setting.\n\narXiv:2401.0000{i}\nCreated: {day}\n")
    f.write_text("\n".join(blocks))
    db = str(tmp_path / "p.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_file(f)
    monkeypatch.setenv("BENCHBOARD_DB", db)
    at = open_page("progress", benchmark="GSM8K", untrusted="1")
    sota = frame(at, "evidence")
    assert sota["score"].tolist() == [70.1, 75.3] and sota["as written"].tolist() == ["70.1%", "75.3%"]
    assert sota["system"].tolist() == ["Sys0-7B", "Sys1-7B"] and set(sota["scope"]) == {"full"}
    assert sota["date"].tolist() == ["2024-01-10", "2024-03-02"]
    assert sota["arxiv"].tolist() == ["https://arxiv.org/abs/2401.00000", "https://arxiv.org/abs/2401.00001"]


# -- rough data: nothing missing shows as None / nan, untitled papers are named ----------------------

NOT_SHOWN = re.compile(r"^(None|nan|NaN|NaT|<NA>)$|arxiv\.org/abs/(nan|None)|arXiv:? ?(nan|None)|nan \[|"
                       r"[0-9](nan|None)|[0-9]\.[0-9]*?(9{6,}|0{6,})[0-9]|[0-9] 00:00:00")


def rough_views(db: str) -> Iterator[tuple[str, dict[str, str]]]:
    ids = paper_ids(db)
    yield "leaderboard", {"benchmark": "GSM8K", "deltas": "1", "untrusted": "1"}
    yield "leaderboard", {"benchmark": "GSM8K"}  # trusted rows only: an empty board, what the toggle would show
    yield "leaderboard", {"benchmark": "BEIR", "deltas": "1", "untrusted": "1"}
    yield "leaderboard", {"benchmark": "MS MARCO", "untrusted": "1"}
    yield "leaderboard", {"benchmark": "MTEB", "untrusted": "1"}
    yield "compare", {"models": "hostile-7b,undated-3b,mumath-code-7b", "untrusted": "1",
                      "papers": ",".join(str(i) for i in ids.values())}
    yield "compare", {"models": "hostile-7b,undated-3b,mumath-code-7b"}
    yield "compare", {"models": "hostile-7b,llm2llm", "kind": "delta", "untrusted": "1"}
    yield "progress", {"benchmark": "GSM8K", "untrusted": "1"}
    yield "progress", {"benchmark": "GSM8K"}
    yield "progress", {"benchmark": "BEIR", "untrusted": "1"}
    for paper in ids.values():
        yield "papers", {"paper": str(paper)}
    yield "explore", {}
    yield "conflicts", {}
    yield "review", {}
    with make_engine(db).connect() as conn:  # the row of the paper whose title is written as Markdown
        hostile = conn.execute(select(Result.id).where(Result.paper_id == ids["hostile"])).scalars().first()
    yield "review", {"row": str(hostile)}
    yield "about", {}


def test_no_page_shows_none_or_nan_for_missing_values(rough_env: str) -> None:
    for page, query in rough_views(rough_env):
        at = open_page(page, **query)
        for df in at.dataframe:
            assert not df.value.isna().to_numpy().any(), (page, query, df.value[df.value.isna().any(axis=1)])
        bad = [t for t in shown_text(at) if NOT_SHOWN.search(t)]
        assert not bad, (page, query, bad)


def test_untitled_papers_are_named_by_their_abstract_and_arxiv_id(rough_env: str) -> None:
    ids = paper_ids(rough_env)
    at = open_page("conflicts")
    assert {m.label for m in at.metric} == {
        "We re\\-evaluate public math models in a single harness with…",
        "\\!\\[px\\]\\(http\\://127\\.0\\.0\\.1\\:18777/p\\.png\\) \\[link\\]\\(http\\://x\\) \\:red\\[x\\] \\$x\\$ "
        "\\*\\*bold\\*\\*"}
    assert "[arXiv:2402.00002](https://arxiv.org/abs/2402.00002)" in [c.value for c in at.caption]
    explore = frame(open_page("explore", model="hostile"), "evidence")
    untitled = explore[explore["arxiv"] == "https://arxiv.org/abs/2402.00002"]
    assert untitled["paper"].tolist() == ["We re-evaluate public math models in a single harness with…"]
    board = frame(open_page("leaderboard", benchmark="MS MARCO", untrusted="1"), "rank")  # untitled, no arXiv id
    assert board["paper"].iloc[0].startswith("Unsupervised") or board["paper"].iloc[0].endswith("…")
    assert board["arxiv"].tolist() == [""]
    picker = open_page("compare").multiselect(key="cmp_papers")
    assert picker.format_func(ids["untitled"]).endswith("[2402.00002]")
    assert picker.format_func(ids["undated"]).startswith("We present Undated-3B")


def test_numbers_and_dates_as_reported(rough_env: str) -> None:
    at = open_page("explore", benchmarks="BEIR")
    table = frame(at, "evidence")
    assert sorted(table["score"].tolist()) == [2.8, 47.1, 53.2]  # fractions on the 0-100 scale of the boards
    assert sorted(table["as written"]) == ["+2.8", "0.471", "0.532"]  # and as the papers wrote them
    assert "2024-01-10" in set(table["date"]) and "" in set(table["date"])


# -- paper text never renders as markup -------------------------------------------------------------


def test_paper_text_is_never_rendered_as_markup_on_any_page(rough_env: str) -> None:
    """A title and a file name written as Markdown (image, link, colour, LaTeX, bold) show as text."""
    views = [*rough_views(rough_env), ("leaderboard", {"benchmark": "GSM8K", "untrusted": "1"})]
    for page, query in views:
        at = open_page(page, **query)
        leaked = [t for t in shown_markdown(at) if any(m in t for m in MARKUP)]
        assert not leaked, (page, query, leaked)
    ids = paper_ids(rough_env)
    at = open_page("papers", paper=str(ids["hostile"]))
    assert at.subheader[0].value.startswith("\\!\\[px\\]\\(http\\://127")
    assert any("\\!\\[f\\]\\(f\\.png\\) \\[l\\]\\(x\\) \\:red\\[f\\] \\$f\\$\\.txt" in c.value for c in at.caption)


@pytest.fixture()
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    text_ = ("Hostile: Scripts in Abstracts\n\n<script>alert('x')</script> Our **Bold-7B** achieves 83.8 on GSM8K "
             "[click](javascript:alert(1)) :red[styled] $x^2$ <img src=x onerror=alert(2)> by a wide margin overall.\n")
    (tmp_path / "hostile.txt").write_text(text_)
    db = str(tmp_path / "h.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_file(tmp_path / "hostile.txt")
    monkeypatch.setenv("BENCHBOARD_DB", db)
    return db


def test_paper_text_is_shown_as_text(hostile_db: str) -> None:
    at = open_page("papers", q="Hostile")
    shown = " ".join(m.value for m in at.markdown)
    assert "<script>" not in shown and "\\<script\\>" in shown
    assert "](javascript" not in shown and "\\:red\\[styled\\]" in shown
    assert "\\*\\*Bold\\-7B\\*\\*" in shown


def test_injection_strings_are_plain_filter_values(hostile_db: str) -> None:
    for value in ("'; DROP TABLE results; --", "%", "_", "\\", "x' OR '1'='1", "A" * 100):
        at = open_page("explore", model=value, paper=value, source=value)
        assert any("No results match" in i.value for i in at.info), value
    at = open_page("explore")
    assert len(frame(at, "evidence")) == 1  # the table is still there


# -- Add documents ----------------------------------------------------------------------------------


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="add_files").set_value([(name, content, "text/plain") for name, content in files]).run()
    at.button(key="add_go").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _stored_by_benchmark(url: str) -> list[dict[str, Any]]:
    from sqlalchemy import func

    engine = make_engine(url, create=False)
    with engine.connect() as conn:
        rows = conn.execute(select(Result.benchmark, func.count()).group_by(Result.benchmark)).all()
    engine.dispose()
    return [{"benchmark": b, "results": n} for b, n in sorted(rows)]


def test_upload_totals_count_each_stored_result_once(any_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files holding the same ten real papers (an arXiv listing and the same papers as CSV): the summary
    counts the results stored for them, each paper once, as `benchboard stats` does."""
    monkeypatch.setenv("BENCHBOARD_DB", any_db)
    data = ROOT / "tests" / "data"
    at = upload(open_page("add_documents"), ("listing.txt", (data / "listing.txt").read_bytes()),
                ("papers.csv", (data / "papers.csv").read_bytes()))
    assert [s.value for s in at.success] == ["2 files ingested: 10 new papers, 10 merged into existing papers."]
    stored = _stored_by_benchmark(any_db)
    assert stored and frame(at, "results").to_dict("records") == stored


def test_opening_the_dashboard_without_a_database_says_so_and_creates_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`streamlit run dashboard/app.py` with no database (a mistyped BENCHBOARD_DB, or none ingested yet): each
    page says there is none, and nothing is created; the first upload creates it."""
    missing = tmp_path / "not-yet" / "bb.db"
    monkeypatch.setenv("BENCHBOARD_DB", str(missing))
    for page in PAGES:
        at = open_page(page)
        if page == "add_documents":
            assert at.get("file_uploader"), page
            continue
        assert [e.value for e in at.error] == [
            plain(f"{missing}: no such database (`benchboard ingest` or `benchboard import` creates one)")], page
    assert not missing.parent.exists()
    at = upload(open_page("add_documents"), ("hf.txt", (SEEDS / "003_1b7a33e80e2ee25b.txt").read_bytes()))
    assert any("1 files ingested" in s.value for s in at.success)
    assert missing.exists()


def test_a_database_server_database_without_tables_is_not_filled_by_reading(
        pg_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty PostgreSQL database given to the dashboard stays empty until something is added."""
    from sqlalchemy import inspect

    url = pg_server.create_db("dashboard_empty")
    monkeypatch.setenv("BENCHBOARD_DB", url)
    at = open_page("leaderboard")
    assert len(at.error) == 1 and "holds no benchboard data" in at.error[0].value
    engine = make_engine(url, create=False)
    with engine.connect() as conn:
        assert not inspect(conn).get_table_names()
    engine.dispose()


def test_upload_again_says_already_ingested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_DB", str(tmp_path / "u.db"))
    content = (SEEDS / "003_1b7a33e80e2ee25b.txt").read_bytes()
    at = upload(open_page("add_documents"), ("hf.txt", content))
    assert any("1 files ingested" in s.value for s in at.success)
    at = upload(open_page("add_documents"), ("same.txt", content))
    assert [i.value for i in at.info] == [
        "same\\.txt: already ingested (the same content was uploaded before); nothing changed."]
    assert not at.success


def test_undated_upload_says_it_will_not_appear_on_progress(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_DB", str(tmp_path / "u.db"))
    at = upload(open_page("add_documents"), ("undated.txt", UNDATED.encode()),
                ("dated.txt", LISTING.encode()))
    warned = [w.value for w in at.warning]
    assert warned == ["undated\\.txt: 2 of its 2 results come from papers without a date, so they will not appear "
                      "on Progress (dates come from arXiv listings' Created: lines)."]


def test_rejected_upload_names_the_file_as_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_DB", str(tmp_path / "u.db"))
    at = upload(open_page("add_documents"), (HOSTILE_FILE, b"\x89PNG\r\n\x1a\n" + bytes(200)))
    assert len(at.error) == 1 and at.error[0].value.startswith("Rejected \\!\\[f\\]\\(f\\.png\\)")
    assert not [m for m in MARKUP if m in at.error[0].value]


def test_streamlit_settings_hide_the_developer_menu_and_limit_uploads() -> None:
    """The settings file next to the app script (read wherever `benchboard serve` starts) matches the page."""
    settings_ = tomllib.loads((ROOT / "dashboard" / ".streamlit" / "config.toml").read_text())
    assert settings_["client"]["toolbarMode"] == "viewer"  # no "Deploy" button
    assert settings_["server"]["maxUploadSize"] == MAX_UPLOAD_MIB == 20
    assert settings_["browser"]["gatherUsageStats"] is False


def test_about_shows_blank_not_none(db_env: str) -> None:
    at = open_page("about")
    for df in at.dataframe:
        assert not [t for t in df.value.astype(str).to_numpy().ravel() if t in ("None", "nan")]



# -- crafted URLs: every parameter parsed, bounded, and when invalid ignored with a notice -----------

CRAFTED = [
    ("leaderboard", "top", "²"), ("leaderboard", "top", "99999999999999999999"), ("leaderboard", "top", "4"),
    ("leaderboard", "baselines", "yes"), ("leaderboard", "deltas", "²"), ("leaderboard", "benchmark", "GSM8"),
    ("leaderboard", "metric", "nope"), ("papers", "paper", "²"), ("papers", "paper", "99999999"),
    ("papers", "all", "true"), ("papers", "q", "x" * 300), ("compare", "papers", "²"),
    ("compare", "papers", "1,²"), ("compare", "models", "nope"), ("compare", "kind", "deltas"),
    ("explore", "min", "inf"), ("explore", "min", "-inf"), ("explore", "min", "1e309"), ("explore", "max", "-inf"),
    ("explore", "max", "nan"), ("explore", "from", "0001-01-01"), ("explore", "to", "2024-13-40"),
    ("explore", "kind", "x"), ("explore", "role", "x"), ("explore", "benchmarks", "GSM8K,nope"),
    ("explore", "model", "m" * 300), ("conflicts", "spread", "nan"), ("conflicts", "spread", "101"),
    ("conflicts", "spread", "-1"), ("conflicts", "benchmark", "nope"), ("progress", "benchmark", "²"),
    ("progress", "metric", "nope"), ("progress", "untrusted", "yes"), ("compare", "untrusted", "2"),
]


@pytest.mark.parametrize(("page", "name", "value"), CRAFTED, ids=[f"{p}-{n}-{v[:12]}" for p, n, v in CRAFTED])
def test_crafted_url_parameter_is_ignored_with_a_notice(db_env: str, page: str, name: str, value: str) -> None:
    at = open_page(page, **{name: value})
    assert any(w.value.startswith(f"Ignored the URL's {name}: ") for w in at.warning), [w.value for w in at.warning]
    assert not [t for t in shown_text(at) if str(ROOT) in t or "Traceback" in t]


# every parameter each page reads, with the rule its value must follow (None: any text the page knows)
PAGE_PARAMS: dict[str, dict[str, Any]] = {
    "leaderboard": {"benchmark": None, "metric": None, "settings": None, "top": lambda v: params.parse_whole(v, 5, 50),
                    "baselines": params.parse_flag, "deltas": params.parse_flag, "change": None,
                    "untrusted": params.parse_flag},
    "compare": {"models": None, "kind": None, "any": params.parse_flag, "papers": lambda v: params.parse_ids(v, 8),
                "untrusted": params.parse_flag},
    "progress": {"benchmark": None, "metric": None, "settings": None, "untrusted": params.parse_flag},
    "papers": {"q": None, "all": params.parse_flag, "paper": lambda v: params.parse_ids(v, 1)},
    "explore": {"benchmarks": None, "kind": None, "metric": None, "model": None, "paper": None, "source": None,
                "role": None, "scope": None, "from": params.parse_day, "to": params.parse_day,
                "min": params.parse_number, "max": params.parse_number},
    "conflicts": {"benchmark": None, "spread": lambda v: params.parse_number(v, 0, 100)},
}
VALUES = hyp.one_of(
    hyp.sampled_from(["²", "٣", "99999999999999999999", "inf", "-inf", "1e309", "nan", "NaN", "-0", "0", "1", "5",
                      "50", "2024-02-29", "0001-01-01", "GSM8K", "MATH,GSM8K", "accuracy", "delta", "own", " ",
                      ",", "1,2,3", "../../etc/passwd", "<script>", "![x](http://127.0.0.1:1/x.png)", "%", "\\"]),
    hyp.integers(-10**12, 10**12).map(str),
    hyp.floats(allow_nan=True, allow_infinity=True).map(str),
    hyp.text(max_size=40),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=hyp.data())
def test_any_url_parameters_give_a_page_or_notices_never_an_error(db_env: str, data: hyp.DataObject) -> None:
    page = data.draw(hyp.sampled_from(sorted(PAGE_PARAMS)))
    names = PAGE_PARAMS[page]
    query = data.draw(hyp.dictionaries(hyp.sampled_from(sorted(names)), VALUES, max_size=4))
    query = {k: v for k, v in query.items() if v and "\x00" not in v}
    at = open_page(page, **query)  # no exception
    assert at.title and at.title[0].value
    noticed = {w.value.split(":", 1)[0].removeprefix("Ignored the URL's ") for w in at.warning}
    for name, value in query.items():
        rule = names[name]
        if rule is not None and len(value) <= params.MAX_RAW:
            try:
                rule(value)
            except params.Invalid:
                assert name in noticed, (page, name, value)
    assert not [t for t in shown_text(at) if str(ROOT) in t or "Traceback" in t]


def _reason(parse: Any) -> str:
    try:
        parse("\x00")
    except params.Invalid as exc:
        return str(exc)
    raise AssertionError("accepted a NUL")


@given(hyp.text(max_size=60))
def test_parameter_parsers_return_a_bounded_value_or_say_why(raw: str) -> None:
    """Any text gives a value within bounds or `Invalid` with the parser's one reason (never the text)."""
    for parse, ok in ((lambda v: params.parse_whole(v, 5, 50), lambda x: 5 <= x <= 50),
                      (params.parse_number, lambda x: abs(x) <= params.NUMBER_LIMIT),
                      (params.parse_day, lambda x: params.FIRST_DAY <= x <= params.LAST_DAY),
                      (params.parse_flag, lambda x: isinstance(x, bool)),
                      (lambda v: params.parse_ids(v, 8), lambda x: len(x) <= 8 and all(i >= 0 for i in x))):
        try:
            assert ok(parse(raw)), raw
        except params.Invalid as exc:
            assert str(exc) == _reason(parse)
