"""Accuracy of the extractor on the project's gold sets (what the README and the About page show)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .extractor import extract
from .reader import iter_papers, read_path
from .registry import default_registry
from .scorer import Score, load_jsonl, score

# gold set name -> (documents, gold records, negative sentences), relative to tests/gold/
GOLD_SETS = {
    "seeds": ("../../seeds", "seeds.jsonl", "seeds-negatives.jsonl"),
    "dev": ("dev", "dev.jsonl", "dev-negatives.jsonl"),
    "held-out 1": ("heldout/bigcorpus_sample.txt", "heldout.jsonl", "heldout-negatives.jsonl"),
    "held-out 2": ("heldout/bigcorpus_sample_2.txt", "heldout2.jsonl", "heldout2-negatives.jsonl"),
    "held-out 3": ("heldout/bigcorpus_sample_3.txt", "heldout3.jsonl", "heldout3-negatives.jsonl"),
    "held-out 4": ("heldout/bigcorpus_sample_4.txt", "heldout4.jsonl", "heldout4-negatives.jsonl"),
    "held-out 5": ("heldout/bigcorpus_sample_5.txt", "heldout5.jsonl", "heldout5-negatives.jsonl"),
    "held-out 6": ("heldout/bigcorpus_sample_6.txt", "heldout6.jsonl", "heldout6-negatives.jsonl"),
    "held-out 7": ("heldout/bigcorpus_sample_7.txt", "heldout7.jsonl", "heldout7-negatives.jsonl"),
    "held-out 8": ("heldout/bigcorpus_sample_8.txt", "heldout8.jsonl", "heldout8-negatives.jsonl"),
    "held-out 9": ("heldout/bigcorpus_sample_9.txt", "heldout9.jsonl", "heldout9-negatives.jsonl"),
    "held-out 10": ("heldout/bigcorpus_sample_10.txt", "heldout10.jsonl", "heldout10-negatives.jsonl"),
    "held-out 11": ("heldout/bigcorpus_sample_11.txt", "heldout11.jsonl", "heldout11-negatives.jsonl"),
    "held-out 12": ("heldout/bigcorpus_sample_12.txt", "heldout12.jsonl", "heldout12-negatives.jsonl"),
    "held-out 13": ("heldout/bigcorpus_sample_13.txt", "heldout13.jsonl", "heldout13-negatives.jsonl"),
    "held-out 14 (registry)": ("heldout/bigcorpus_sample_14.txt", "heldout14.jsonl", "heldout14-negatives.jsonl"),
    "held-out 15 (registry)": ("heldout/bigcorpus_sample_15.txt", "heldout15.jsonl", "heldout15-negatives.jsonl"),
    "held-out 16 (registry)": ("heldout/bigcorpus_sample_16.txt", "heldout16.jsonl", "heldout16-negatives.jsonl"),
    "held-out 17 (registry)": ("heldout/bigcorpus_sample_17.txt", "heldout17.jsonl", "heldout17-negatives.jsonl"),
    "held-out 18 (registry)": ("heldout/bigcorpus_sample_18.txt", "heldout18.jsonl", "heldout18-negatives.jsonl"),
    "held-out 19 (registry)": ("heldout/bigcorpus_sample_19.txt", "heldout19.jsonl", "heldout19-negatives.jsonl"),
    "held-out 20 (registry)": ("heldout/bigcorpus_sample_20.txt", "heldout20.jsonl", "heldout20-negatives.jsonl"),
    "held-out 21 (registry)": ("heldout/bigcorpus_sample_21.txt", "heldout21.jsonl", "heldout21-negatives.jsonl"),
    "held-out 22 (registry)": ("heldout/bigcorpus_sample_22.txt", "heldout22.jsonl", "heldout22-negatives.jsonl"),
    "held-out 23 (registry)": ("heldout/bigcorpus_sample_23.txt", "heldout23.jsonl", "heldout23-negatives.jsonl"),
    "held-out 24 (registry)": ("heldout/bigcorpus_sample_24.txt", "heldout24.jsonl", "heldout24-negatives.jsonl"),
    "held-out 25 (registry)": ("heldout/bigcorpus_sample_25.txt", "heldout25.jsonl", "heldout25-negatives.jsonl"),
    "held-out 26 (registry)": ("heldout/bigcorpus_sample_26.txt", "heldout26.jsonl", "heldout26-negatives.jsonl"),
    "held-out 27 (arxiv-listing-2)": ("listing2/sample_27.txt", "listing2/heldout27.jsonl",
                                      "listing2/heldout27-negatives.jsonl"),
    "held-out 28 (arxiv-listing-2)": ("listing2/sample_28.txt", "listing2/heldout28.jsonl",
                                      "listing2/heldout28-negatives.jsonl"),
    "held-out 29 (arxiv-listing-2)": ("listing2/sample_29.txt", "listing2/heldout29.jsonl",
                                      "listing2/heldout29-negatives.jsonl"),
    "held-out 30 (arxiv-listing-2)": ("listing2/sample_30.txt", "listing2/heldout30.jsonl",
                                      "listing2/heldout30-negatives.jsonl"),
    "held-out 31 (arxiv-listing-2)": ("listing2/sample_31.txt", "listing2/heldout31.jsonl",
                                      "listing2/heldout31-negatives.jsonl"),
    "held-out 32 (arxiv-listing-2)": ("listing2/sample_32.txt", "listing2/heldout32.jsonl",
                                      "listing2/heldout32-negatives.jsonl"),
}
# sets annotated on every registry benchmark; the others (and "all") are scored on the core five
REGISTRY_SCOPED = {f"held-out {n} (registry)" for n in range(14, 27)}
ACCURACY_FILE = Path(__file__).with_name("accuracy.json")


def predictions(paths: list[Path]) -> list[dict[str, Any]]:
    """Extracted records of every paper in `paths`."""
    out: list[dict[str, Any]] = []
    for f in read_path(list(paths)):
        for p in iter_papers(f):
            out.extend(r.to_record(p.source, p.title, p.arxiv_id) for r in extract(p.abstract, p.title))
    return out


def measure(gold_dir: Path) -> dict[str, Score]:
    """Scores per gold set and over all of them together (core benchmarks)."""
    everything = [b.name for b in default_registry()]
    scores: dict[str, Score] = {}
    all_preds: list[dict[str, Any]] = []
    all_gold: list[dict[str, Any]] = []
    all_neg: list[dict[str, Any]] = []
    for name, (docs, gold, neg) in GOLD_SETS.items():
        preds = predictions([gold_dir / docs])
        g, n = load_jsonl(gold_dir / gold), load_jsonl(gold_dir / neg)
        scores[name] = score(preds, g, n, everything) if name in REGISTRY_SCOPED else score(preds, g, n)
        all_preds += preds
        all_gold += g
        all_neg += n
    scores["all"] = score(all_preds, all_gold, all_neg)
    return scores


SNAPSHOT = "extract-snapshot.jsonl"


def snapshot(gold_dir: Path) -> list[str]:
    """Every record extracted from the seeds, dev and held-out documents, one JSON line each."""
    docs = [gold_dir / d for d, _, _ in GOLD_SETS.values()]
    return [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in predictions(docs)]


def main() -> None:
    """Write extract/accuracy.json and the extraction snapshot from tests/gold."""
    gold_dir = Path(__file__).resolve().parents[1] / "tests" / "gold"
    (gold_dir / SNAPSHOT).write_text("\n".join(snapshot(gold_dir)) + "\n", encoding="utf-8")
    figures = {name: s.as_dict() for name, s in measure(gold_dir).items()}
    ACCURACY_FILE.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    for name, f in figures.items():
        m = f["micro"]
        if m["tp"] + m["fp"] + m["fn"] == 0:
            print(f"{name:<11} nothing to find, nothing found")
            continue
        print(f"{name:<11} P={m['precision']:.3f} R={m['recall']:.3f} "
              f"model={f['fields']['model']:.3f} (records {m['tp'] + m['fn']})")


if __name__ == "__main__":
    main()
