"""Print the top rows of the default leaderboards with their evidence and full abstracts, to be read by hand.

    python scripts/leaderboard_check.py benchboard.db GSM8K MATH --top 20 > rows.md

Each row shows what the leaderboard shows (system, backbone, value, metric, setting, kind, role, scope), the
sentence it was read from and the paper's abstract, so that a reader can judge it right or wrong against the
text alone (docs/accuracy.md, "Reading the leaderboards").
"""

from __future__ import annotations

import argparse
import math
from typing import Any

from sqlalchemy import select

from db import boards
from db.engine import open_db
from db.models import Paper


def _shown(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db", help="a database (SQLite file or SQLAlchemy URL)")
    ap.add_argument("benchmarks", nargs="+")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    engine = open_db(args.db)
    n = 0
    with engine.connect() as conn:
        for bench in args.benchmarks:
            board = boards.leaderboard(engine, boards.default_board(engine, bench), limit=args.top)
            for _, r in board.iterrows():
                n += 1
                title, abstract = conn.execute(select(Paper.title, Paper.abstract).where(
                    Paper.id == int(r.paper_id))).one()
                print(f"### Row {n}: {bench} leaderboard, rank {r['rank']}\n"
                      f"- shown system: {_shown(r.system) or '(unnamed system of this paper)'}\n"
                      f"- backbone: {_shown(r.backbone)}\n"
                      f"- value: {r.value} {_shown(r.unit)} (0-100 scale: {r.value_norm}); metric: {_shown(r.metric)}; "
                      f"setting: {_shown(r.setting)}; kind: {r.kind}; role: {r.role}; scope: {r.scope}\n"
                      f"- arXiv: {_shown(r.arxiv_id)}; title: {_shown(title)}\n"
                      f"- evidence sentence: {r.evidence}\n- full abstract:\n\n{abstract}\n")


if __name__ == "__main__":
    main()
