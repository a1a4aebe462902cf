"""Extractor cases: real sentences, one line each, grouped by where they came from.

Each case lists every record the sentence must yield as (benchmark, value, kind, model) (`model=...` means
"not checked") and, in `rules`, the link and attribution rules that make each record ("link-rule:naming-rule",
see `extract.rules`). The stage tests (`test_link.py`, `test_attribution.py`, `test_filters.py`) read these
tables, so a failing case names the rule it exercises. Known failures are `xfail(strict=True)`: when one starts
passing, promote it.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

Rec = tuple[str, float, str, Any]


class Case(NamedTuple):
    """One sentence and what it must yield."""

    text: str
    title: str | None
    records: list[Rec]
    rules: tuple[str, ...]  # "link-rule:naming-rule" per record, in the order of `records`
    id: str
    xfail: str | None  # why it fails today
    fails_in: str  # the stage whose test fails on it: "link", "attribute" or "filter"


def case(text: str, *records: Rec, title: str | None = None, rules: tuple[str, ...] = (), id: str,
         xfail: str | None = None, fails_in: str = "link") -> Case:
    """A case of the tables below."""
    return Case(text, title, list(records), rules, id, xfail, fails_in)


def paired(c: Case, got: list[Any]) -> list[tuple[Rec, Any]]:
    """Each record a case lists with the extracted record it is (same benchmark and value, taken in order);
    None where none is left."""
    pool = list(got)
    out = []
    for rec in c.records:
        match = next((r for r in pool if r.benchmark == rec[0] and r.value == float(rec[1])), None)
        if match is not None:
            pool.remove(match)
        out.append((rec, match))
    return out


def param(c: Case, prefix: str, stage: str) -> Any:
    """A pytest parameter for a case, its id led by the rule it exercises (a known failure only where it fails)."""
    marks = [pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail and c.fails_in == stage else []
    return pytest.param(c, id=f"{prefix}/{c.id}", marks=marks)


SEEDS = [
    case("Our MuMath-Code-7B achieves 83.8 on GSM8K and 52.4 on MATH, while MuMath-Code-70B model achieves new "
         "state-of-the-art performance among open methods -- achieving 90.7% on GSM8K and 55.1% on MATH.",
         ("GSM8K", 83.8, "score", "MuMath-Code-7B"), ("MATH", 52.4, "score", "MuMath-Code-7B"),
         ("GSM8K", 90.7, "score", "MuMath-Code-70B"), ("MATH", 55.1, "score", "MuMath-Code-70B"),
         rules=("name-after:subject", "name-after:subject", "name-after:subject", "name-after:subject"),
         id="seed-coordination-two-models"),
    case("Guided by these insights, we design a fine-tuning recipe that yields approximately 58.8% accuracy on the "
         "MATH dataset with fine-tuned PaLM 2-L models, an 11.2% accuracy improvement over the few-shot performance "
         "of pre-trained PaLM 2-L model with majority voting.",
         ("MATH", 58.8, "score", None), ("MATH", 11.2, "delta", None),
         rules=("name-after:own-system", "name-nearby:own-system"),
         id="seed-score-and-delta"),
    case("The leading model on the MTEB leaderboard [38 ], which achieves a score of 59.0 nDCG@10,2 produces a score "
         "of nDCG@10 of 18.0 on BRIGHT.", ("MTEB", 59.0, "score", None),
         rules=("name-nearby:which-clause",),
         id="seed-citation-footnote-foreign"),
    case("A Llama-3.1-70B-Instruct model tuned with this approach scores 94.1 on RewardBench, emerging top of more "
         "than 140 reward models as of 1 Oct 2024.", ("RewardBench", 94.1, "score", None),
         rules=("name-after:subject",),
         id="seed-count-and-date"),
    case("On the popular BEIR benchmark, XTR advances the state-of-the-art by 2.8 nDCG@10 without any distillation.",
         ("BEIR", 2.8, "delta", "XTR"),
         rules=("frame:subject",),
         id="seed-frame-delta"),
    case("We achieve improvements up to 24.2% on the GSM8K dataset, 32.6% on CaseHOLD, 32.0% on SNIPS, 52.6% on TREC "
         "and 39.8% on SST-2 over regular fine-tuning in the low-data regime using a LLaMA2-7B student model.",
         ("GSM8K", 24.2, "delta", ...),
         rules=("name-after:own-system",),
         id="seed-list-with-foreign-datasets"),
    case("We conduct extensive evaluations on 56 datasets from the BEIR and MTEB benchmarks.", id="seed-neg-count"),
    case("And LexMAE shows state-of-the-art zero-shot transfer capability on BEIR benchmark with 12 datasets.",
         id="seed-neg-count-2"),
    case("Our findings indicate that the with DPO we are able to surpass instruction-following capabilities of the "
         "language model, achieving a 6.73 score on MT-Bench, compared to Vicuna's 6.57 and LLaVA's 5.99 despite "
         "small data scale.", ("MT-Bench", 6.73, "score", ...), ("MT-Bench", 6.57, "score", "Vicuna"),
         ("MT-Bench", 5.99, "score", "LLaVA"),
         rules=("name-after:own-system", "continues-report:possessive", "continues-report:possessive"),
         id="seed-baselines-possessive"),
    case("Further, in the MMLU benchmark, ChatGPT and GPT-4 demonstrated an exact match rate of 52\\% and 57\\%, "
         "respectively, in guessing the missing options in benchmark test data.", id="seed-neg-contamination"),
    # a list of datasets beside the benchmark: the next sentence's numbers are not carried to it
    case("Using this dataset, we train a 7B LLM called Janus and test it on 921 prompts from 5 benchmarks (AlpacaEval "
         "2.0, FLASK, Koala, MT-Bench, and Self-Instruct) by adding various unseen system messages that reflect user "
         "preferences. Janus achieves tie+win rate of 75.2%, 72.4%, and 66.4% against Mistral 7B Instruct v0.2, "
         "GPT-3.5 Turbo, and GPT-4, respectively.", title="Aligning to Thousands of Preferences via System Message "
         "Generalization", id="seed-no-carry-from-a-list-of-datasets"),
    # the hardware is not the dataset; the dataset is the apposition at the sentence's end
    case("The pre-trained LexMAE is readily transferred to the lexicon-weighting retrieval via fine-tuning, achieving "
         "42.6\\% MRR@10 with 45.83 QPS on a CPU machine for the passage retrieval benchmark, MS-Marco.",
         ("MS MARCO", 42.6, "score", "LexMAE"),
         rules=("end-apposition:subject",),
         id="seed-benchmark-after-a-comma"),
]

DEV = [
    case("Notably, DCoLT-reinforced LLaDA boosts its reasoning accuracy by +9.8%, +5.7%, +11.4%, +19.5% on GSM8K, "
         "MATH, MBPP, and HumanEval.",
         ("GSM8K", 9.8, "delta", "DCoLT (LLaDA)"), ("MATH", 5.7, "delta", "DCoLT (LLaDA)"),
         ("MBPP", 11.4, "delta", ...), ("HumanEval", 19.5, "delta", ...),
         rules=("list-after:subject", "list-after:subject", "list-after:subject", "list-after:subject"),
         id="dev-list-pairwise"),
    case("For instance, APE enhances GPT-4o agreement rate on Reward Bench from 87.2% to 90.5% in the zero-shot "
         "setting.", ("RewardBench", 87.2, "score", "GPT-4o"), ("RewardBench", 90.5, "score", "APE (GPT-4o)"),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-object"),
         id="dev-from-to"),
    case("With o3-mini-high, it achieves new best results on GSM8K (98.1%), AIME'24 (94.4%), AIME'25 (93.7%), "
         "Math-500 (99.8%), and LiveCodeBench-V5 (91.6%) - highlighting holistic experience learning as a key step "
         "toward generalist agents capable of expert-level reasoning.",
         ("GSM8K", 98.1, "score", ...), ("AIME", 94.4, "score", ...), ("AIME", 93.7, "score", ...),
         ("MATH-500", 99.8, "score", ...),
         rules=("name-before:own-system", "name-before:own-system", "name-before:own-system", "name-before:own-system"),
         id="dev-parenthesised-list-variant"),
    case("On Qwen-2.5-7B, our method achieves a 29.2% absolute improvement over the base model on GSM8K (+2.9 pp vs. "
         "instruction-tuned, +6.6 pp vs. Self-Instruct), 8.7% on MATH, 13.1% on GPQA (+7.0 pp vs. SynthLLM), 8.9% on "
         "MedQA, 17.7% on CQA (law) and 13.7% on CFA (finance).",
         ("GSM8K", 29.2, "delta", ...), ("GSM8K", 2.9, "delta", ...), ("GSM8K", 6.6, "delta", ...),
         ("MATH", 8.7, "delta", ...), ("GPQA", 13.1, "delta", ...), ("GPQA", 7.0, "delta", ...),
         rules=("name-after:own-system", "name-before:own-system", "in-brackets:own-system", "name-after:own-system",
                "name-after:own-system", "name-before:own-system"),
         id="dev-paren-deltas-list"),
    case("Furthermore, URPO cultivates a superior internal evaluator as a byproduct of training, achieving a "
         "RewardBench score of 85.15 and surpassing the dedicated reward model it replaces (83.55).",
         ("RewardBench", 85.15, "score", "URPO"), ("RewardBench", 83.55, "score", None),
         rules=("name-before:subject", "continues-report:compared-bracket"),
         id="dev-carry-baseline"),
    case("On GSM8k and the MATH benchmarks, plan-tuned models outperform strong baselines by an average $\\sim7\\%$.",
         ("GSM8K", 7, "delta", None), ("MATH", 7, "delta", None),
         rules=("frame:descriptive-subject", "frame:descriptive-subject"),
         id="dev-joint-frame-latex"),
    case("We further instantiate SPO for two specific scenarios: (1) SPO-chain for short chain-of-thought (CoT), "
         "featuring novel cutpoint-based partition and chain-based advantage estimation, achieving $6$-$12$ "
         "percentage point improvements in accuracy over PPO and GRPO on GSM8K.",
         ("GSM8K", 12, "delta", "SPO-chain"),
         rules=("name-after:subject",),
         id="dev-range-latex"),
    case("Experiments on a subset of 12 medical and general tasks from the MTEB benchmark show STM boosts "
         "task-specific experts by up to 23.5\\% (average 7.5\\%) and produces merged models that outperform both "
         "single experts and strong baselines without extensive pretraining.",
         ("MTEB", 23.5, "delta", "STM"), ("MTEB", 7.5, "delta", "STM"),
         rules=("frame:subject", "continues-report:subject"),
         id="dev-frame-experiments-show"),
    case("Adding 100 human demonstrations improves the performance of GSM8K only by 0.4 pp, showing a limited added "
         "value.", ("GSM8K", 0.4, "delta", None),
         rules=("name-nearby:no-system",),
         id="dev-pp-unit"),
    case("Extensive experiments demonstrate that CRM improves generalization, with up to 9.94 points of accuracy gain "
         "on RewardBench under 40 percent label noise.", ("RewardBench", 9.94, "delta", "CRM"),
         rules=("name-after:subject",),
         id="dev-points-and-noise-level"),
    case("At 5.8 billion parameters SGPT improves on the previously best sentence embeddings by a margin of 7% and "
         "outperforms a concurrent method with 175 billion parameters as measured on the BEIR search benchmark.",
         ("BEIR", 7, "delta", "SGPT"),
         rules=("name-after:subject",),
         id="dev-sizes-then-trailing-benchmark"),
    case("Notably, while a baseline model distilled from a Llama-3.1 70B teacher achieves scores of 46.17 on GSM8K "
         "and 22.75 on CRUX, RAD achieves significantly higher scores of 71.27 on GSM8K and 28.25 on CRUX, even when "
         "using a much smaller Llama-3.1 8B teacher.",
         ("GSM8K", 46.17, "score", None), ("GSM8K", 71.27, "score", "RAD"),
         rules=("name-after:baseline-subject", "name-after:subject"),
         id="dev-two-clauses"),
    case("MedEIR consistently outperforms Jina V2 and MiniLM across MTEB benchmarks, achieving top scores on ArguAna "
         "(55.24), NFCorpus (38.44), MedicalQARetrieval (74.25), SciFact (72.04), and TRECCOVID (79.56).",
         id="dev-neg-member-datasets"),
    case("On MTEB medical benchmarks, the model obtained BIOSSES 0.77 Spearman and SciFact 0.61 NDCG@10, indicating "
         "competitive performance on related biomedical domains.", id="dev-neg-member-datasets-2"),
    case("Finetuning models with CDA reduces average miscalibration from 39.4% to 32.5% and average absolute skew "
         "difference from 20.5% to 10.0%, while maintaining overall RewardBench performance, showing that targeted "
         "debiasing is effective for building reliable preference models.", id="dev-neg-other-measures"),
    case("Our model achieves state-of-the-art results on the MTEB and CMTEB benchmarks, ranking first on both "
         "leaderboards (August 27 2025), and simultaneously achieves state-of-the-art performance on tasks including "
         "reranking, clustering, etc.", id="dev-neg-date"),
    case("Compared to previous SOTA models, R1-Reward achieves a $8.4\\%$ improvement on the VL Reward-Bench and a "
         "$14.3\\%$ improvement on the Multimodal Reward Bench.", ("VL-RewardBench", 8.4, "delta", "R1-Reward"),
         rules=("name-after:subject",),
         id="dev-variants-never-core"),
    case("For example, on benchmark MATH 500, majority voting over five refinement steps increases first-turn "
         "accuracy from 58.2% to 63.2% with Ministral-based models.",
         ("MATH-500", 58.2, "score", ...), ("MATH-500", 63.2, "score", ...),
         rules=("frame:pair-verb-object", "continues-report:base-model"),
         id="dev-math-500-with-space"),
]

# Real sentences from ../shared/bigcorpus (arXiv abstracts), checked by hand: one or more per registry
# benchmark beyond the core five, and the hard-case families on text nobody wrote for benchboard.
BIGCORPUS = [
    case("With 1B-scale models, CoCoS achieves improvements of 35.8% on the MBPP and 27.7% on HumanEval compared to "
         "the baselines.", ("MBPP", 35.8, "delta", "CoCoS"), ("HumanEval", 27.7, "delta", "CoCoS"),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-mbpp-humaneval-coordination"),
    case("We demonstrate the efficacy of our approach on Qwen3-8B: with only 5,000 training samples, D-CoT "
         "significantly boosts accuracy on GPQA-diamond by 9.9% and MMLU-Pro (0-shot) by 9.1%, while drastically "
         "reducing computational costs.", ("GPQA", 9.9, "delta", "D-CoT (Qwen3-8B)"),
         ("MMLU-Pro", 9.1, "delta", "D-CoT (Qwen3-8B)"),
         rules=("name-before:subject", "name-nearby:subject"),
         id="bc-gpqa-mmlu-pro"),
    case("On LLaDA-8B-Base, CoRe delivers consistent improvements across reasoning and code benchmarks, outperforming "
         "compute-matched baselines and improving MBPP by up to 9.2 percentage points.",
         ("MBPP", 9.2, "delta", "CoRe (LLaDA-8B-Base)"),
         rules=("name-before:subject",),
         id="bc-mbpp-percentage-points"),
    case("Evaluation results show that our approach can improve win rate of LLaMA-3.1-8B-Instruct from 19.5 to 48.3 on "
         "Arena-Hard and from 22.33 to 57.23 on AlpacaEval2, highlighting a promising direction for model alignment "
         "through this new scalable and diverse synthetic data recipe.",
         ("Arena-Hard", 19.5, "score", "LLaMA-3.1-8B-Instruct"), ("Arena-Hard", 48.3, "score", ...),
         ("AlpacaEval", 22.33, "score", ...), ("AlpacaEval", 57.23, "score", ...),
         rules=("pair-from:pair-verb-object", "name-after:pair-to-verb-object", "pair-from:pair-verb-object",
                "name-after:pair-to-verb-object"),
         id="bc-from-to-twice"),
    case("Moreover, applying iGRPO to OpenReasoning-Nemotron-7B trained on AceReason-Math achieves new "
         "state-of-the-art results of 85.62\\% and 79.64\\% on AIME24 and AIME25, respectively.",
         ("AIME", 85.62, "score", "iGRPO (OpenReasoning-Nemotron-7B)"),
         ("AIME", 79.64, "score", "iGRPO (OpenReasoning-Nemotron-7B)"),
         rules=("list-after:subject", "list-after:subject"),
         id="bc-aime-respectively-latex"),
    case("When integrated into leading multi-agent systems, our MARS agent achieves significant performance gains of "
         "10.0% on AIME and 12.5% on GPQA-Diamond.", ("AIME", 10.0, "delta", "MARS"), ("GPQA", 12.5, "delta", "MARS"),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-aime-gpqa-diamond"),
    case("We show that these results can be further improved by leveraging additional compute at test time to parse "
         "the retrieved context, demonstrating a 10 percentage point improvement on MMLU for the public LLaMA 3.1 8B "
         "model.", ("MMLU", 10, "delta", ...),
         rules=("name-after:no-system",),
         id="bc-mmlu-points"),
    case("Across models, our method improves RewardBench v2 accuracy by up to +7.7 points on average, with gains of up "
         "to +16.1 on in-domain math subsets and consistent improvements on out-of-domain safety and general subsets.",
         ("RewardBench 2", 7.7, "delta", ...), ("RewardBench 2", 16.1, "delta", ...),
         rules=("name-before:own-system", "continues-report:own-system"),
         id="bc-rewardbench-2-variant"),
    case("For example, RLVR improves MATH-500 performance for Qwen2.5-Math-7B in absolute points by 21.4% (random "
         "reward), 13.8% (format reward), 24.1% (incorrect label), 26.0% (1-shot RL), and 27.1% (majority voting) -- "
         "nearly matching the 29.1% gained with ground truth rewards.",
         ("MATH-500", 21.4, "delta", ...), ("MATH-500", 13.8, "delta", ...), ("MATH-500", 24.1, "delta", ...),
         ("MATH-500", 26.0, "delta", ...), ("MATH-500", 27.1, "delta", ...), ("MATH-500", 29.1, "delta", ...),
         rules=("name-nearby:subject", "continues-report:subject", "continues-report:subject",
                "continues-report:subject", "continues-report:subject", "continues-report:subject"),
         id="bc-math-500-list-with-settings"),
    case("Training a Llama-3-8B model with AutoRule results in a 28.6\\% relative improvement in length-controlled win "
         "rate on AlpacaEval2.0, and a 6.1\\% relative gain in second-turn performance on a held-out MT-Bench subset, "
         "compared to a GRPO baseline trained with the same learned reward model but without the rule-based auxiliary "
         "reward.", ("AlpacaEval", 28.6, "delta", ...), ("MT-Bench", 6.1, "delta", ...),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-alpacaeval-mt-bench"),
    case("It achieves gains of 6.22%-7.66% on GSM8K, 4.40%-7.20% on MATH500, 3.16%-14.84% on ARC-C, and 4.83%-5.74% "
         "on MMLU.", ("GSM8K", 7.66, "delta", ...), ("MATH-500", 7.2, "delta", ...), ("MMLU", 5.74, "delta", ...),
         rules=("name-after:own-system", "name-after:own-system", "name-after:own-system"),
         id="bc-percent-ranges"),
    case("Starting from a single trivial seed problem, OpenSIR substantially improves instruction models: "
         "Llama-3.2-3B-Instruct advances from 73.9 to 78.3 on GSM8K, and from 28.8 to 34.4 on College Math, while "
         "Gemma-2-2B-Instruct rises from 38.5 to 58.7 on GSM8K.",
         ("GSM8K", 73.9, "score", "Llama-3.2-3B-Instruct"), ("GSM8K", 78.3, "score", "Llama-3.2-3B-Instruct"),
         ("GSM8K", 38.5, "score", ...), ("GSM8K", 58.7, "score", ...),
         rules=("pair-from:pair-subject-moves", "name-after:pair-to-subject", "pair-from:pair-subject-moves",
                "name-after:pair-to-subject"),
         id="bc-from-to-intransitive"),
    case("On GSM8K, SVAMP, and Math500 we match or exceed baseline accuracy ($96\\%\\rightarrow96\\%$ with Claude, "
         "$91\\%\\rightarrow92\\%$ with Gemini) while reducing reasoning tokens by up to $87.5\\%$ and cutting "
         "dollar cost by $69$--$82\\%$.", ("GSM8K", 96.0, "score", "Claude"), ("GSM8K", 96.0, "score", None),
         ("GSM8K", 91.0, "score", "Gemini"), ("GSM8K", 92.0, "score", None),
         rules=("joint-frame:pair-in-brackets", "continues-report:own-system", "continues-report:pair-start",
                "continues-report:own-system"),
         id="bc-joint-arrows-stated-for-three"),  # (one number for three datasets: joint records)
    case("When applied to a model trained with SFT on MSMARCO web documents, our method reduces perplexity from 3.3 to "
         "2.3, compared to an expert LLAMA model's perplexity of 2.0.", id="bc-neg-perplexity"),
    case("Across seven frontier models and 57 MMLU subjects, flip rates range from 17.5% to 97.3%, revealing large "
         "differences in stability that are not captured by accuracy metrics alone.", id="bc-neg-flip-rates"),
    case("Across dialogue (MT-Bench), code (HumanEval), and math (GSM8K), and multiple LLMs (e.g., LLaMA-3.1-8B, "
         "LLaMA-3.3-70B, Vicuna-1.3-13B, DeepSeek-R1-Distill-LLaMA-8B), GTO increases acceptance length by 7.4% and "
         "yields an additional 7.7% speedup over prior state-of-the-art EAGLE-3.", id="bc-neg-speed"),
    # speed-up factors written in LaTeX or with the multiplication sign are factors, not scores
    case("Experiments on LLaDA-Instruct, LLaDA-1.5, and LLaDA-V across mathematical reasoning and code generation "
         "tasks demonstrate consistent speedups: $8.7\\times$ on GSM8K (256 tokens), $45.1\\times$ on longer "
         "sequences, and $4.8\\times$ on HumanEval, while consistently maintaining higher accuracy than the baseline.",
         id="bc-neg-latex-times"),
    case("Our method achieves significantly higher throughput ($6.8\\times$ on GSM8K) than existing confidence-based "
         "approaches while preserving generation quality, enabling practical deployment of diffusion LLMs.",
         id="bc-neg-latex-times-paren"),
    case("Specifically, it outperforms prior MoE compression methods by up to 16.7% on MMLU at 50% compression ratio, "
         "and achieves up to 1.28\\times inference speedup.", ("MMLU", 16.7, "delta", ...),
         rules=("name-after:own-system",),
         id="bc-times-after-a-delta"),  # ("compression methods by up to 16.7%": the methods outdone, not a measure)
    # shares of something else, stated for a pair of numbers: "97% and 99% of instances"
    case("For example, on GSM8K and MMLU, up to 97% and 99% of instances, respectively, can be decoded correctly "
         "using only half of the refinement steps.", id="bc-neg-shares-of-instances"),
    case("This approach improves AIME24 reasoning accuracy by 24% and 28.3% while offloading 1.35% and 5% of the "
         "generated tokens respectively.", ("AIME", 24, "delta", ...), ("AIME", 28.3, "delta", ...),
         rules=("name-nearby:own-system", "continues-report:own-system"),
         id="bc-shares-of-tokens-not-the-gains"),
    case("Across reasoning benchmarks, including GSM8K and MATH500, SSDP achieves up to a 2.3x speedup over "
         "state-of-the-art tree-search baselines while maintaining competitive accuracy (typically within 5% of the "
         "strongest baseline) and reducing the number of explored nodes by 85-90%, demonstrating a practical "
         "approach to efficient, scalable LLM reasoning.", id="bc-neg-number-of-nodes"),
    # ... but "of accuracy" keeps the pair, and decreases stated after the number are deltas
    case("Experimental results on the MATH and MMLU benchmark datasets demonstrate that the proposed BCCS framework "
         "outperforms the best existing results by 2.23% and 3.95% of accuracy on challenging tasks, respectively.",
         ("MATH", 2.23, "delta", "BCCS"), ("MMLU", 3.95, "delta", "BCCS"),
         rules=("respectively:subject", "respectively:subject"),
         id="bc-pair-of-accuracy-respectively"),
    case("On MATH500, R1-Compress achieves an accuracy of 92.4%, with only a 0.6% drop compared to the Long-CoT "
         "baseline, while reducing token usage by about 20%.", ("MATH-500", 92.4, "score", "R1-Compress"),
         ("MATH-500", -0.6, "delta", "R1-Compress"),
         rules=("frame:subject", "continues-report:subject"),
         id="bc-drop-after-the-number"),
    case("Serving as an empirical existence proof of efficient pretraining, a 1B-parameter HRM-Text model trained "
         "from scratch on only 40 billion unique tokens and $1,500 budget achieves 60.7% on MMLU, 81.9% on ARC-C, "
         "82.2% on DROP, 84.5% on GSM8K, and 56.2% on MATH.", ("MMLU", 60.7, "score", ...),
         ("GSM8K", 84.5, "score", ...), ("MATH", 56.2, "score", ...),
         rules=("name-after:subject", "name-after:subject", "name-after:subject"),
         id="bc-drop-the-benchmark-is-not-a-decrease"),
    # hyphenated points, "by A to B" ranges, "by an average of"
    case("Our RoPO achieves up to a 3.27-point improvement on AlpacaEval 2, and surpasses the best baseline by 6.2 to "
         "7.5 points on MT-Bench with merely 0.015% of the trainable parameters, demonstrating its effectiveness in "
         "alleviating the reward hacking problem of DPO.", ("AlpacaEval", 3.27, "delta", "RoPO"),
         ("MT-Bench", 7.5, "delta", "RoPO"),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-hyphen-point-and-a-to-range"),
    case("On AIME 2025, KACE achieves 62.2 percent accuracy, a 10.4-point absolute gain over fixed Best-of-5 "
         "self-consistency at a comparable solver-call budget and a 5.6-point gain over the strongest learned-context "
         "baseline, Tiered + GEPA.", ("AIME", 62.2, "score", "KACE"), ("AIME", 10.4, "delta", "KACE"),
         ("AIME", 5.6, "delta", "KACE"),
         rules=("frame:subject", "continues-report:subject", "frame:subject"),
         id="bc-hyphen-point-gains"),
    case("Specifically, SIMPLEMIX improves upon on-policy DPO and off-policy DPO by an average of 6.03% on Alpaca Eval "
         "2.0.", ("AlpacaEval", 6.03, "delta", "SIMPLEMIX"),
         rules=("name-after:subject",),
         id="bc-by-an-average-of-and-a-version"),
    case("For instance, we enhance Qwen-R1 32B by an average of 9.1 points on AIME 24, 7.6 on GPQA, and 9.6 on "
         "LiveCodeBench across compute budgets.", ("AIME", 9.1, "delta", ...), ("GPQA", 7.6, "delta", ...),
         rules=("name-after:own-system", "name-after:own-system"),
         id="bc-by-an-average-of-points"),
    # measures that are not scores: latency, attempts (and the number compared with them), error measures
    case("For instance, on HumanEval, FoCore improves pass@1 from 39.02 to 42.68 over standard Classifier-Free "
         "Guidance, while FoCore-A reduces the number of decoding steps by 2.07x and per-sample latency from 20.76s "
         "to 8.64s (-58.4\\%).", ("HumanEval", 39.02, "score", None), ("HumanEval", 42.68, "score", "FoCore"),
         rules=("frame:pair-verb-object", "continues-report:pair-to-subject"),
         id="bc-neg-latency-in-brackets"),
    case("On GSM8K, preliminary results show 75.42% accuracy versus 68.44% for SELF-REFINE and 67.07% for "
         "Self-Verification, while requiring fewer attempts (1.3 vs 2.0) at 27-37% increased inference cost.",
         ("GSM8K", 75.42, "score", None), ("GSM8K", 68.44, "score", "SELF-REFINE"),
         ("GSM8K", 67.07, "score", "Self-Verification"),
         rules=("frame:no-system", "continues-report:compared-with", "continues-report:compared-list"),
         id="bc-versus-list-and-attempts"),
    case("Extensive evaluations using different LLMs on a diverse set of challenging benchmarks across multiple "
         "domains such as Mathematical Reasoning, Multi-Hop QA, and Planning tasks indicate that STEER achieves "
         "competitive or enhanced accuracy while reducing inference costs (up to +20% accuracy with 48% less FLOPs "
         "compared to solely using the larger model on AIME), outperforming baselines that rely on trained external "
         "modules.", ("AIME", 20, "delta", ...),
         rules=("name-after:no-system",),
         id="bc-accuracy-inside-a-cost-bracket"),
    case("Across four LLMs and three MMLU variants, CCPS reduces Expected Calibration Error by approximately 55% and "
         "Brier score by 21%, while increasing accuracy by 5 percentage points, Area Under the Precision-Recall Curve "
         "by 4 percentage points, and Area Under the Receiver Operating Characteristic Curve by 6 percentage points, "
         "all relative to the strongest prior method.", ("MMLU", 5, "delta", "CCPS"),
         rules=("continues-report:subject",),
         id="bc-calibration-measures"),
    # (Brier score, AUPRC and AUROC are calibration and detection measures, not the benchmark's score)
    # "from X to Y": X is the object's (a named system) or the baseline's (a bare measure), never a benchmark's
    case("On Qwen3-8B, ReLAT raises AIME 2024 accuracy from 56.7% to 73.3%, a 16.6-point gain over the strongest "
         "open-loop latent baseline.", ("AIME", 56.7, "score", "Qwen3-8B"), ("AIME", 73.3, "score", "ReLAT (Qwen3-8B)"),
         ("AIME", 16.6, "delta", "ReLAT (Qwen3-8B)"),
         rules=("name-before:pair-verb-object", "pair-to:subject", "continues-report:subject"),
         id="bc-from-to-benchmark-is-not-the-system"),
    case("In particular, it improves the AIME25 accuracy of a Qwen3-4B model from 43.3% to 63.3%, and significantly "
         "increases success rates in complex multi-turn tool interactions.", ("AIME", 43.3, "score", "Qwen3-4B"),
         ("AIME", 63.3, "score", ...),
         rules=("name-nearby:pair-verb-object", "continues-report:pair-to-verb-object"),
         id="bc-from-to-accuracy-of-a-model"),
    case("SERL improves the LC win rate of Qwen3-8B on AlpacaEval 2 from 52.37% to 59.90%.",
         ("AlpacaEval", 52.37, "score", "Qwen3-8B"), ("AlpacaEval", 59.90, "score", "SERL"),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-subject"),
         id="bc-from-to-win-rate-of-a-model"),
    # statistics named by a Greek letter are not scores
    case("Results show a strong benchmark effect: under r=0.3, DeepSeek exhibits severe output expansion on MBPP "
         "(56x, Psi approx 0.15) but substantially lower expansion on HumanEval (5x, Psi approx 0.72), while "
         "GPT-4o-mini is comparatively stable across benchmarks.", id="bc-neg-greek-letter-statistics"),
    case("Re-asking the same GPQA-Diamond questions in free-response rather than multiple-choice form reopens the "
         "tail, with beta 0.127 and a five-judge panel with kappa 0.73 to 0.92, locating co-failure in answer "
         "format rather than subject.", id="bc-neg-beta-and-kappa"),
    # a bound is not a result; an adjective between "on the" and the name keeps the link
    case("On GSM8K, our method produces models that can decode more than $3\\times$ faster on average at $<5\\%$ "
         "drop in accuracy relative to single token decoding performance.", id="bc-neg-a-bound"),
    case("The recipe -- trained on a single GPU with no SFT, no reward models, no synthesized data, and no "
         "produce-critique-revise inner loop -- reaches 71.98% MATH-500 on Mathstral-7B-v0.1, the highest published "
         "result on this model to our knowledge, surpassing the heavier WizardMath pipeline at 70.9% on full MATH "
         "(SFT + PPO with process/instruction reward models).", ("MATH-500", 71.98, "score", ...),
         ("MATH", 70.9, "score", "WizardMath"),
         rules=("name-after:no-system", "name-after:compared-at"),
         id="bc-on-full-math"),
    # a capitalised word opening the sentence is not a model; "N% maj@16 accuracy"; the paper's experiments
    case("Mean accuracy on GSM8K was 44.35%, compared with 89.80% on BBH and 89.56% on ARC.",
         ("GSM8K", 44.35, "score", None),
         rules=("name-nearby:no-system",),
         id="bc-sentence-opening-word-is-not-a-model"),
    case("Overall, Nemotron-Math enables state-of-the-art performance, including 100\\% maj@16 accuracy on AIME 2024 "
         "and 2025 with Python TIR.", ("AIME", 100, "score", "Nemotron-Math"),
         rules=("name-after:subject",),
         id="bc-metric-after-a-setting"),
    case("To address this, we propose Review-Instruct, a novel framework that synthesizes multi-turn conversations "
         "through an iterative \"Ask-Respond-Review\" process involving three agent roles: a Candidate, multiple "
         "Reviewers, and a Chairman. The framework iteratively refines instructions by incorporating Reviewer "
         "feedback, enhancing dialogue diversity and difficulty. We construct a multi-turn dataset using the Alpaca "
         "dataset and fine-tune the LLaMA2-13B model. Evaluations on MT-Bench, MMLU-Pro, and Auto-Arena demonstrate "
         "significant improvements, achieving absolute gains of 2.9\\% on MMLU-Pro and 2\\% on MT-Bench compared to "
         "prior state-of-the-art models based on LLaMA2-13B.", ("MMLU-Pro", 2.9, "delta", "Review-Instruct"),
         ("MT-Bench", 2, "delta", "Review-Instruct"),
         rules=("name-after:study-subject", "name-after:study-subject"),
         id="bc-evaluations-show-the-own-system"),
    # the benchmark named in the sentence before, for the paper's own system's scores
    case("We conduct fine-tuning experiments on the mainstream mathematica reasoning task GSM8K. The results show that "
         "ESSAM achieves an average accuracy of 78.27\\% across all models and its overall performance is comparable "
         "to RL methods.", ("GSM8K", 78.27, "score", "ESSAM"),
         title="ESSAM: A Novel Competitive Evolution Strategies Approach to Reinforcement Learning for Memory "
               "Efficient LLMs Fine-Tuning",
         rules=("earlier-sentence:subject",),
         id="bc-carried-from-the-sentence-before"),
    case("We then tested its accuracy on MATH500, and AIME2024 benchmarks. Our experiments show a jump of 10.6%, and "
         "10% improvements in accuracy, respectively, over group relative policy optimization (GRPO), which is a "
         "commonly used RLVR algorithm.", ("MATH-500", 10.6, "delta", ...), ("AIME", 10, "delta", ...),
         title="Semantic Soft Bootstrapping: Long Context Reasoning in LLMs without Reinforcement Learning",
         rules=("earlier-sentence:own-system", "earlier-sentence:own-system"),
         id="bc-carried-respectively"),
    # bigcorpus sentences with the phrasings held-out 8 met
    case("Extensive experiments demonstrate ICE's effectiveness, achieving up to 17.29% accuracy improvement with "
         "4.12$\\times$ speedup on GSM8K, and up to 276.67$\\times$ acceleration on MMLU while maintaining "
         "competitive performance.", ("GSM8K", 17.29, "delta", None),
         rules=("name-after:no-system",),
         id="bc-a-factor-is-not-a-model"),
    case("PiCSAR achieves substantial gains across diverse benchmarks (+10.18 on MATH500, +9.81 on AIME2025), "
         "outperforming baselines with at least 2x fewer samples in 16 out of 20 comparisons.",
         ("MATH-500", 10.18, "delta", "PiCSAR"), ("AIME", 9.81, "delta", "PiCSAR"),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-gains-is-the-object"),
    case("On GSM8K, LYNX matches or improves baseline accuracy while reducing tokens by 40--65\\%; on MATH-500 it "
         "improves accuracy by up to 12 points with roughly 35--60\\% fewer tokens; on AIME 2024 it recovers "
         "baseline accuracy with more than 50\\% token savings; and on CommonsenseQA, a non-math benchmark, it "
         "transfers zero-shot with modest accuracy gains and up to 70\\% fewer tokens.", ("MATH-500", 12, "delta", ...),
         rules=("name-nearby:own-system",),
         id="bc-points-and-fewer-tokens"),
    case("Extensive experiments show that ProtoReasoning achieves 4.7% improvement over baseline models on logical "
         "reasoning (Enigmata-Eval), 6.3% improvement on planning tasks, 4.0% improvement on general reasoning (MMLU) "
         "and 1.0% on mathematics (AIME24).", ("MMLU", 4.0, "delta", "ProtoReasoning"), ("AIME", 1.0, "delta", ...),
         rules=("name-after:subject", "name-after:subject"),
         id="bc-number-on-its-own-task"),
    case("On the 5-shot MMLU benchmark, Lizard improves over prior models by 18 points and shows significant "
         "improvements on associative recall tasks.", ("MMLU", 18, "delta", "Lizard"),
         rules=("frame:subject",),
         id="bc-integer-points"),
    case("Remarkably, it surpasses the 400x larger DeepSeek R1 on three math benchmarks: AIME24 (80.3 vs. 79.8), "
         "AIME25 (74.4 vs. 70.0), and HMMT25 (50.4 vs. 41.7).", ("AIME", 80.3, "score", ...),
         ("AIME", 79.8, "score", "DeepSeek R1"), ("AIME", 74.4, "score", ...), ("AIME", 70.0, "score", ...),
         rules=("name-before:own-system", "in-brackets:compared-with", "name-before:own-system",
                "in-brackets:compared-with"),
         id="bc-versus-pair-after-the-compared-system"),
    case("Extensive experiments show that applying BACD and TCCF to TDAR-8B yields significant improvements over "
         "strong baselines such as TraDo-8B (2.26x speedup, +11.2 points on AIME24).",
         ("AIME", 11.2, "delta", "BACD (TDAR-8B)"),
         rules=("name-after:subject",),
         id="bc-parenthesis-names-its-benchmark"),
    case("Furthermore, applying Mid-Think to RL training after SFT reduces training time by approximately 15% while "
         "improving final performance of Qwen3-8B on AIME from 69.8% to 72.4% and on GPQA from 58.5% to 61.1%, "
         "demonstrating its effectiveness for both inference-time control and RL-based reasoning training.",
         ("AIME", 69.8, "score", "Qwen3-8B"), ("AIME", 72.4, "score", ...), ("GPQA", 58.5, "score", "Qwen3-8B"),
         ("GPQA", 61.1, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:subject", "name-before:pair-verb-object", "pair-to:subject"),
         id="bc-on-x-from-to-twice"),
    case("When collaborating with policy models, OPV consistently yields performance gains, e.g., raising the "
         "accuracy of DeepSeek-R1-Distill-Qwen-32B from 55.2\\% to 73.3\\% on AIME2025 as the compute budget scales.",
         ("AIME", 55.2, "score", "DeepSeek-R1-Distill-Qwen-32B"), ("AIME", 73.3, "score", "OPV"),
         rules=("pair-from:pair-verb-object", "name-after:subject"),
         id="bc-raising-from-to"),
    case("We find that shifting DDLM --> ARM communication from text space to latent space yields significant "
         "accuracy gains, for example increasing from 27.0% to 54.0% on DART-5 and from 0.0% to 14.0% on AIME24.",
         ("AIME", 0.0, "score", None), ("AIME", 14.0, "score", None),
         rules=("pair-from:pair-verb-object", "name-after:no-system"),
         id="bc-an-action-is-not-a-system"),
    case("Comprehensive evaluations across three challenging benchmarks (AIME 2024, AIME 2025, and GPQA) and multiple "
         "reasoning models demonstrate that DeepPrune achieves remarkable token reduction by over 80% compared to "
         "conventional consensus sampling on most cases, while maintaining competitive accuracy within 3 percentage "
         "points.", id="bc-within-is-a-bound"),
    case("On GPQA, PETS achieves perfect self-consistency in both settings while reducing the sampling budget by up "
         "to 75% (offline) and 55% (online) relative to uniform allocation.", id="bc-budget-reductions"),
    case("Finally, probe-guided early exit reduces tokens by up to 80% on MMLU and 30% on GPQA-Diamond with similar "
         "accuracy, positioning attention probing as an efficient tool for detecting performative reasoning and "
         "enabling adaptive computation.", id="bc-a-list-of-reductions"),
    case("Evaluations on tasks like academic paper review (58% success), safety assessments (100% on a JailbreakBench "
         "subset), and complex reasoning (outperforming Gemini 2.0 Flash on GSM8K: 96% vs. 61%; JEEBench: 80% vs. "
         "68.3%; SVAMP: 92% vs. 84%) demonstrate HASHIRU's capabilities.", ("GSM8K", 96, "score", ...),
         ("GSM8K", 61, "score", ...),
         rules=("name-before:no-system", "continues-report:compared-with"),
         id="bc-version-inside-a-model-name"),
    case("Further evaluations of TextualVerifier versioning yield 8.08, 10.71, and 3.92 percentage point improvements "
         "on GPQA, MMLU-ML, and MMLU-CP respectively.", ("GPQA", 8.08, "delta", ...),
         rules=("list-after:no-system",),
         id="bc-list-kind-after-the-last"),
    case("Our results show that CoT remains effective for sequential tasks with GPT-4o-mini (89.5\\% on GSM8K), "
         "while NoT surpasses ToT on multi-hop reasoning (91.0\\% vs.\\ 88.0\\% on HotpotQA with LLM-as-Judge).",
         ("GSM8K", 89.5, "score", "GPT-4o-mini"),
         rules=("name-after:subject",),
         id="bc-latex-space-after-vs"),
    case("The resulting Phi-4-Mini-Reasoning model exceeds, on math reasoning tasks, much larger reasoning models, "
         "e.g., outperforming DeepSeek-R1-Distill-Qwen-7B by 3.2 points and DeepSeek-R1-Distill-Llama-8B by 7.7 "
         "points on Math-500.", ("MATH-500", 7.7, "delta", "Phi-4-Mini-Reasoning"),
         rules=("name-after:subject",),
         id="bc-the-resulting-name"),
    # bigcorpus sentences with the phrasings held-out 9 met
    case("Notably, it boosts Verified Pass@1024 on AIME2024 from 26.7% to 62.6% and reduces the incidence of Miracle "
         "Steps by 71%.", ("AIME", 26.7, "score", None), ("AIME", 62.6, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:own-system"),
         id="bc-a-metric-is-not-the-object"),
    case("On Qwen3-4B, for example, PLE reduces no-think reflective tokens on AIME24 from 2.54 to 0.39 and improves "
         "no-think accuracy from 20.67% to 40.00%, all while preserving think-mode performance.",
         id="bc-token-counts-from-to"),
    case("On the GSM8K arithmetic benchmark, predictive scheduling yields up to 7.9 percentage points of absolute "
         "accuracy gain over uniform budgeting at identical token cost, closing over 50\\% of the gap to an oracle "
         "with perfect foresight.", ("GSM8K", 7.9, "delta", None),
         rules=("frame:descriptive-subject",),
         id="bc-lower-case-system"),
    case("In fact, the best Tina model achieves a >20\\% reasoning performance increase and 43.33\\% Pass@1 accuracy "
         "on AIME24, at only \\$9 USD post-training and evaluation cost (i.e., an estimated 260x cost reduction).",
         ("AIME", 43.33, "score", "Tina"),
         rules=("name-after:subject",),
         id="bc-a-number-with-its-own-metric"),
    case("Averaged over Qwen3 (0.6B, 1.7B, 4B, 8B) and five representative reasoning benchmarks (AIME 2024/2025, "
         "MATH500, LiveCodeBench, Hi-ToM), temperature scaling yields an additional 7.3 points over "
         "single-temperature TTS.", ("AIME", 7.3, "delta", None),
         rules=("name-nearby:descriptive-subject",),
         id="bc-an-additional-n-points"),
    # bigcorpus sentences with the phrasings held-out 10 met
    case("Experiments with Qwen2.5-Math models show significant improvements: ToRL-7B reaches 43.3\\% accuracy on "
         "AIME~24, surpassing reinforcement learning without tool integration by 14\\% and the best existing "
         "Tool-Integrated Reasoning (TIR) model by 17\\%.", ("AIME", 43.3, "score", "ToRL-7B"),
         ("AIME", 14, "delta", "ToRL-7B"), ("AIME", 17, "delta", "ToRL-7B"),
         rules=("name-after:subject", "continues-report:subject", "continues-report:subject"),
         id="bc-latex-tie-in-a-name"),
    case("On Qwen2.5-Math-7B, a single paired minibatch per update consistently outperforms a GRPO baseline that "
         "selects two prompts via commonly used variance-based selection heuristics: AIME~2025 Pass@8 improves from "
         "16.8 to 22.2, and AMC23 Pass@64 from 94.0 to 97.0, while remaining competitive with large-scale RLVR "
         "trained from a pool of 1209 training prompts.", ("AIME", 16.8, "score", ...), ("AIME", 22.2, "score", ...),
         rules=("name-nearby:pair-verb-object", "continues-report:base-model"),
         id="bc-capitalised-metric-is-not-a-name"),
    case("This self-improving strategy effectively maintains policy entropy during training and substantially "
         "improves Pass@k compared with standard RLVR, sustaining prolonged improvements and achieving absolute gains "
         "of 18.3% and 22.8% in Pass@32 performance on the competition-level AIME24 and AIME25 benchmarks.",
         ("AIME", 18.3, "delta", ...), ("AIME", 22.8, "delta", ...),
         rules=("list-after:descriptive-subject", "list-after:descriptive-subject"),
         id="bc-pair-then-modified-list"),
    case("Experiments on AIME2024 and AIME2025 datasets with DeepSeek-R1-Distill-Qwen-7B and 1.5B show that DTS "
         "improves accuracy by up to 8%, reduces average reasoning length by 23%, and decreases repetition frequency "
         "by 12%, demonstrating DTS's ability for scalable and efficient LRM reasoning.",
         ("AIME", 8, "delta", "DTS (DeepSeek-R1-Distill-Qwen-7B)"),
         rules=("frame:subject",),
         id="bc-a-frequency-is-not-a-score"),
    case("It reaches 69.6 on AIME-24 and 45.7 on LiveCodeBench-v6, exceeding LLaDA-2.1-mini (16B) by more than 26 and "
         "15 points, respectively.", ("AIME", 69.6, "score", ...), ("AIME", 26, "delta", ...),
         rules=("name-after:own-system", "respectively-earlier:own-system"),
         id="bc-respectively-after-two-scores"),
    # bigcorpus sentences with the phrasings held-out 11 met
    case("Our findings show that Auto Steer successfully modifies target behaviors (achieving scores of 3.33 vs. "
         "2.98 for prompting on Llama-8B and 3.57 vs. 3.10 on Llama-70B), but causes dramatic performance "
         "degradation: accuracy on the MMLU questions drops from 66% to 46% on Llama-8B and 87% to 73% on Llama-70B, "
         "with coherence falling from 4.62 to 2.24 and 4.94 to 3.89 respectively.", ("MMLU", 66, "score", ...),
         ("MMLU", 46, "score", ...), ("MMLU", 87, "score", ...), ("MMLU", 73, "score", ...),
         rules=("name-nearby:pair-start", "continues-report:base-model", "continues-report:pair-start",
                "continues-report:base-model"),
         id="bc-another-measure-falling"),
    case("Experiments on Qwen2.5-Math-1.5B trained with the MATH dataset show that CATPO achieves 37.5% macro accuracy "
         "across four benchmarks (AIME24, MATH-500, OlympiadBench, and MinervaMath), improving over TreeRPO by 1.9% "
         "and GRPO by 4.8%.", id="bc-training-data-is-not-the-target"),
    case("We find that sleep-time compute can reduce the amount of test-time compute needed to achieve the same "
         "accuracy by ~ 5x on Stateful GSM-Symbolic and Stateful AIME and that by scaling sleep-time compute we can "
         "further increase accuracy by up to 13% on Stateful GSM-Symbolic and 18% on Stateful AIME.",
         id="bc-a-modified-benchmark-is-not-the-benchmark"),
    # bigcorpus sentences
    case("On text-centric tasks, Sora-2 achieves 92% accuracy on MATH, and 75.53% accuracy on MMMU.",
         ("MATH", 92, "score", "Sora-2"),
         rules=("name-after:subject",),
         id="bigcorpus-version-digits-before-the-verb"),
    case("Third, at matched compute, VPS outperforms Reflexion by +8.5 to +12.1 points and Self-Consistency@5 by +5.0 "
         "pp (GPQA) and +8.3 pp (LiveCodeBench), isolating critique granularity as the key driver.",
         ("GPQA", 5.0, "delta", "VPS"),
         rules=("name-after:subject",),
         id="bigcorpus-untracked-dataset-in-brackets"),
    case("In particular, on the four MATH500, AIME24, AIME25, and GPQA benchmarks, the reasoning runtime of "
         "Pangu-R-38B, QwQ-32B, and DeepSeek-R1-Distill-Qwen-32B is improved by up to 70% with negligible impact on "
         "accuracy.",
         id="bigcorpus-runtime-of-models-improved"),
    case("Concretely, PerMix-RLVR improves persona stability score (PSS) over RLVR by +21.2% on MATH500, while also "
         "enhancing persona fidelity by +11.4% on PersonaGym.", id="bigcorpus-a-named-score-improved"),
    case("On four popular math-reasoning benchmarks (AIME24, GPQA-Diamond, MATH500, AMC23), FoReaL-Decoding reduces "
         "theoretical FLOPs by 30 to 50% and trims CoT length by up to 40%, while preserving 86 to 100% of model "
         "performance.", id="bigcorpus-cot-length"),
    case("On the AIME25 benchmark based on Qwen2.5-14B, DCPO achieves a performance of (23.3/19.0), surpassing GRPO "
         "(13.3/10.5) and DAPO (20.0/15.3).", ("AIME", 23.3, "score", "DCPO (Qwen2.5-14B)"),
         ("AIME", 13.3, "score", "GRPO"),
         rules=("frame:subject", "continues-report:compared-bracket"),
         id="bigcorpus-compared-pair-in-brackets"),
    case("Extensive experiments show that our approach significantly outperforms GRPO by 99% on AIME, 41% on AMC, and "
         "17% on Minerva Math.", ("AIME", 99, "delta", None),
         rules=("name-after:own-system",),
         id="bigcorpus-outperforms-a-system-by"),
    case("On Qwen3-14B, training-free LaTER reduces total token usage by 16%-32% on several benchmarks while matching "
         "or improving accuracy on most of them; for example, it improves AIME 2025 from 70.0% to 73.3% while reducing "
         "tokens from 15,730 to 10,661.", ("AIME", 70.0, "score", "Qwen3-14B"), ("AIME", 73.3, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:own-system"),
         id="bigcorpus-x-of-the-model-the-sentence-opens-on"),
    case("Evaluations on tasks like academic paper review (58% success), safety assessments (100% on a JailbreakBench "
         "subset), and complex reasoning (outperforming Gemini 2.0 Flash on GSM8K: 96% vs. 61%; JEEBench: 80% vs. "
         "68.3%; SVAMP: 92% vs. 84%) demonstrate HASHIRU's capabilities.", ("GSM8K", 96, "score", ...),
         ("GSM8K", 61, "score", ...),
         rules=("name-before:no-system", "continues-report:compared-with"),
         id="bigcorpus-a-version-after-outperforming"),
    case("In pretraining data curation, the evolved pipeline improves average benchmark performance by +3.96 points, "
         "with gains exceeding 18 points on MMLU.", ("MMLU", 18, "delta", ...),
         rules=("name-after:descriptive-subject",),
         id="bigcorpus-an-average-before-a-gain"),
    case("When applied to Llama-3-Instruct-8B, BPO achieves state-of-the-art performance among Llama-3-8B backbones, "
         "with a 55.9\\% length-controlled win rate on AlpacaEval2.",
         ("AlpacaEval", 55.9, "score", "BPO (Llama-3-Instruct-8B)"),
         rules=("name-after:subject",),
         id="bigcorpus-a-length-controlled-win-rate"),
    case("Across six challenging mathematical reasoning benchmarks, ThreadWeaver trained atop Qwen3-8B achieves "
         "accuracy comparable to cutting-edge sequential reasoning models (71.9% on average and 79.9% on AIME24) "
         "while delivering up to 1.53x average speedup in token latency, establishing a new Pareto frontier between "
         "accuracy and efficiency.", ("AIME", 79.9, "score", ...),
         rules=("name-after:subject",),
         id="bigcorpus-an-average-does-not-share-the-next-dataset"),
    case("First, on GPQA Diamond, GPT-5.4 (High) | GPT-5.4 (Low) reaches 94.9% at R=4, surpassing the 94.1% state of "
         "the art without gradient updates.", ("GPQA", 94.9, "score", "GPT-5.4 (High)"),
         rules=("name-nearby:subject",),
         id="bigcorpus-a-bracketed-model-variant"),
    case("NGM improves average performance by 0.5 to 1.2 points, with particularly clear gains on code generation and "
         "knowledge-intensive tasks (e.g., +3.0 on LiveCodeBench and +3.03 on GPQA for Qwen3-14B).",
         ("GPQA", 3.03, "delta", "NGM (Qwen3-14B)"),
         rules=("name-after:subject-on-base",),
         id="bigcorpus-system-for-a-model-in-brackets"),
]

# Sentences of the held-out sets whose phrasings had no other instance in the bigcorpus (these sets are
# tuned on: their figures are not first runs).
HELDOUT_TUNED = [
    case("Across mathematical reasoning and coding benchmarks, Order-Token Search consistently outperforms baselines "
         "on GSM8K, MATH500, Countdown, and HumanEval (3.1%, 3.8%, 7.9%, and 6.8% absolute over backbone), matching "
         "or surpassing diffu-GRPO post-trained d1-LLaDA.", ("GSM8K", 3.1, "delta", "Order-Token Search"),
         ("MATH-500", 3.8, "delta", ...), ("HumanEval", 6.8, "delta", ...),
         rules=("list-before-bracket:subject", "list-before-bracket:subject", "list-before-bracket:subject"),
         id="h8-numbers-in-the-list-order"),
    case("On MMLU-Pro, ORCH improves accuracy by over 10 points compared to the strongest baseline, and on GSM8K it "
         "yields gains exceeding 50 points; McNemar tests confirm statistical significance.",
         ("MMLU-Pro", 10, "delta", ...), ("GSM8K", 50, "delta", ...),
         rules=("frame:subject", "name-nearby:own-system"),
         id="h8-and-on-x-it"),
    case("We show MNL nearly matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K) and outperforms training-free "
         "alternatives on GSM8K, Spider, AIME, and KaggleDBQA.", ("GSM8K", 93.9, "score", "MNL"),
         ("GSM8K", 94.3, "score", None),
         rules=("versus:subject", "name-after:compared-with"),
         id="h8-matches-x-a-vs-b"),
    case("POME delivers consistent gains, boosting average performance by +2.5\\% on GSM8K and +1.0\\% on code "
         "generation.", ("GSM8K", 2.5, "delta", "POME"),
         rules=("name-after:subject",),
         id="h8-second-number-on-its-own-task"),
    case("Across multiple mathematical benchmarks, experimental results demonstrate its remarkable efficiency while "
         "preserving or improving accuracy, achieving a significant 81.2\\% reasoning truncation "
         "(DeepSeek-R1-Distill-Qwen-7B on GSM8K dataset) with 5.33$\\times$ computational acceleration.",
         id="h8-truncation-after-the-number"),
    # held-out 9
    case("On the default backbone, it achieves 92.8 EM on MATH, 90.4 accuracy on GPQA, 98.65 EM on GSM8K, 75.8 "
         "accuracy on BBEH, 85.6 accuracy on MMMU-Pro, and 48.8 accuracy on HLE, with gains over the strongest "
         "non-CoT2-Meta baseline of +3.6, +5.2, +1.15, +2.0, +4.3, and +4.3 points, respectively.",
         ("MATH", 92.8, "score", ...), ("GPQA", 90.4, "score", ...), ("GSM8K", 98.65, "score", ...),
         ("MATH", 3.6, "delta", ...), ("GPQA", 5.2, "delta", ...), ("GSM8K", 1.15, "delta", ...),
         rules=("name-after:own-system", "name-after:own-system", "name-after:own-system",
                "respectively-earlier:own-system", "respectively-earlier:own-system",
                "respectively-earlier:own-system"),
         id="h9-respectively-after-scores"),
    case("Our method demonstrates improvements of approx. 4%, 3%, and 5% across both debate (multi-round LLM "
         "discussions) and non-debate (Best-of-N with multiple LLMs) settings on GSM8K, MMLU (6 subsets), and ARC "
         "datasets respectively.", ("GSM8K", 4, "delta", None), ("MMLU", 3, "delta", None),
         rules=("respectively:own-system", "respectively:own-system"),
         id="h9-respectively-at-the-end"),
    case("Using Gemma-2-9B on GSM8K, we achieve 90.1% accuracy with a controllability score of 0.42, demonstrating "
         "that entropy-based rewards effectively guide focused reasoning patterns without requiring external reward "
         "annotations.", ("GSM8K", 90.1, "score", ...),
         rules=("frame:own-system",),
         id="h9-a-score-of-something-else"),
    case("On HotpotQA, vanilla CoCoNuT (10.4\\% EM) fails to improve over the CoT baseline (11.0\\% EM), and "
         "performance degrades with curriculum depth on GSM8K.", id="h9-bracketed-number-stays-in-its-clause"),
    case("When applied to the LLaDA-8B-Instruct model, dParallel reduces decoding steps from 256 to 30 on GSM8K, "
         "achieving an 8.5x speedup without performance degradation.", id="h9-decoding-steps"),
    case("In this work, we propose \"Pyramid MoA\", a hierarchical Mixture-of-Agents architecture that uses a "
         "lightweight Router to dynamically escalate queries only when necessary. By leveraging semantic agreement "
         "and confidence calibration among an ensemble of small models, our Router identifies \"hard\" problems with "
         "high precision. On the GSM8K benchmark, our system achieves 93.0% accuracy, effectively matching the "
         "Oracle baseline (98.0%) while reducing compute costs by 61%.",
         ("GSM8K", 93.0, "score", "Pyramid MoA"), ("GSM8K", 98.0, "score", ...),
         rules=("frame:own-system", "continues-report:compared-bracket"),
         id="h9-quoted-name"),
    # held-out 10
    case("At 40% sparsity, RESP attains 81.3% accuracy on GSM8K and 59.6% on MathQA, surpassing the strongest "
         "baselines by 66.87% and 47%, respectively.", ("GSM8K", 81.3, "score", "RESP"),
         ("GSM8K", 66.87, "delta", "RESP"),
         rules=("name-after:subject", "respectively-earlier:subject"),
         id="h10-respectively-after-a-foreign-score"),
    case("On 4-bit quantized Granite 4.0 H Small (32B/9B active, hybrid Mamba-Transformer): GSM8K maintains 88.84% "
         "accuracy at T = 3.0 (2.81pp degradation from T = 0.5); MMLU maintains 72.49% across 14,042 questions "
         "(1.24pp degradation).", ("GSM8K", 88.84, "score", ...), ("GSM8K", -2.81, "delta", ...),
         ("MMLU", 72.49, "score", ...), ("MMLU", -1.24, "delta", ...),
         rules=("name-nearby:own-system", "continues-report:own-system", "name-nearby:own-system",
                "continues-report:own-system"),
         id="h10-benchmark-maintains"),
    case("On the GSM8K dataset, it outperforms LoRA (rank 256) by about 3 percent on average across models such as "
         "Qwen2.5-0.5B, LLaMA3.2-1B, and Phi4-mini-3.8B.", ("GSM8K", 3, "delta", ...),
         rules=("frame:own-system",),
         id="h10-no-carry-from-a-bracketed-integer"),
    case("Evaluations on MTEB across Qwen, Mistral, and Llama backbones show that KV-Embedding outperforms existing "
         "training-free baselines by up to 10%, while maintaining robust performance on sequences up to 4,096 "
         "tokens.", ("MTEB", 10, "delta", "KV-Embedding"),
         rules=("frame:subject",),
         id="h10-models-listed-in-a-frame"),
    # held-out 11
    case("We introduce \"Sculpting,\" a constrained, rule-based prompting method designed to improve upon standard "
         "CoT by reducing errors from semantic ambiguity and flawed common sense. We evaluate three prompting "
         "strategies (Zero Shot, standard CoT, and Sculpting) across three OpenAI model generations (gpt-4o-mini, "
         "gpt-4o, gpt-5) using the GSM8K mathematical reasoning benchmark (1,317 problems). Our findings reveal a "
         "\"Prompting Inversion\": Sculpting provides advantages on gpt-4o (97% vs. 93% for standard CoT), but "
         "becomes detrimental on gpt-5 (94.00% vs. 96.36% for CoT on full benchmark).",
         ("GSM8K", 97, "score", "Sculpting (gpt-4o)"), ("GSM8K", 93, "score", "gpt-4o"),
         ("GSM8K", 94.0, "score", "Sculpting (gpt-5)"),
         ("GSM8K", 96.36, "score", "gpt-5"),
         rules=("earlier-sentence:subject", "earlier-sentence:compared-with", "earlier-sentence:subject",
                "earlier-sentence:compared-with"),
         id="h11-carried-to-compared-scores"),
    case("In a scaling study on 500 MATH problems with R1-Distill-Qwen-1.5B, learned spans outperform matched random "
         "spans (median delta = 0.409, 355 of 500 positive; sign test p = 2.3e-21).",
         id="h11-a-statistic-after-equals"),
    case("Notably, LoPA increases the TPF of D2F-Dream to 10.1 on the GSM8K while maintaining performance superior to "
         "the Dream baseline.", id="h11-an-acronym-measure"),
    case("DLLM-JEPA improves over diffusion-only fine-tuning in every (task, architecture) combination we evaluate: up "
         "to +18.7 pp on LLaDA-8B GSM8K and +11.4 pp on Dream-7B GSM8K, with consistent positive gains on Spider, "
         "NL-RX-SYNTH, and Django.", ("GSM8K", 18.7, "delta", "DLLM-JEPA"),
         ("GSM8K", 11.4, "delta", "DLLM-JEPA (LLaDA-8B)"),
         rules=("name-after:subject", "name-after:subject"),
         id="h11-model-then-benchmark"),
    case("Notably, with a 1.5B model, our method achieves 77\\% length reduction with only 1.1\\% performance loss on "
         "simple questions like GSM8k dataset, while the follow-up baseline sacrifices 4.3\\% for 68\\% length "
         "reduction.", ("GSM8K", -1.1, "delta", ...),
         rules=("name-after:own-system",),
         id="h11-performance-loss-like-gsm8k"),
    # held-out 12
    case("We find that quantifying the uncertainty of a reasoning model through the length of its reasoning trace "
         "yields an effective basis for deferral to a human, e.g., cutting the error rate of Qwen3 235B-A22B on "
         "difficult MATH problems from 3% to less than 1% when deferring 7.5% of queries.",
         id="h12-an-error-rate-cut-from"),
    case("We therefore introduce CANTANTE, a framework that decomposes system-level rewards into per-agent update "
         "signals by contrasting rollouts of multiple joint configurations on the same query. We instantiate it for "
         "prompt optimization, treating agent prompts as learnable system parameters. We evaluate CANTANTE against "
         "GEPA and MIPROv2 on programming (MBPP), mathematical reasoning (GSM8K), and multi-hop question answering "
         "(HotpotQA). Across these benchmarks, CANTANTE achieves the best average rank among all evaluated "
         "optimizers and consistently outperforms unoptimized prompts. It improves over the strongest baseline by "
         "+18.9 percentage points on MBPP and +12.5 percentage points on GSM8K, while incurring a lower inference "
         "cost.", ("MBPP", 18.9, "delta", "CANTANTE"), ("GSM8K", 12.5, "delta", "CANTANTE"),
         rules=("name-after:own-system", "name-after:own-system"),
         id="h12-we-therefore-introduce"),
    case("The results show that even a slight perturbation involving only a single word can significantly reduce the "
         "accuracy of all models, with the maximum drop reaching 49.89% on GSM8K and 35.40% on MATH500, while "
         "preserving the high semantic consistency of the perturbed questions.", ("GSM8K", -49.89, "delta", ...),
         ("MATH-500", -35.4, "delta", ...),
         rules=("name-after:no-system", "name-after:no-system"),
         id="h12-maximum-drop-reaching"),
    # held-out 13
    case("With only 1,000 training examples, a pair of small open source models (3B+4B) reaches Pass@2 of 99.54% on "
         "GSM8K and 92.08% on MATH, compared to 82.50% and 74.82% for single-model training.",
         ("GSM8K", 99.54, "score", ...), ("MATH", 92.08, "score", ...), ("GSM8K", 82.5, "score", ...),
         ("MATH", 74.82, "score", ...),
         rules=("name-after:no-system", "name-after:no-system", "respectively-earlier:compared-with",
                "respectively-earlier:compared-list"),
         id="h13-compared-to-a-pair"),
    case("Across MATH Level 5, GSM8K, MMLU, and MMLU-Pro, ARMOR-MAD consistently improves over fixed-round "
         "heterogeneous debate with the same model pool, reaching 65.5\\%, 96.5\\%, 90.0\\%, and 81.5\\% "
         "accuracy, respectively.", ("GSM8K", 96.5, "score", "ARMOR-MAD"), ("MMLU", 90.0, "score", "ARMOR-MAD"),
         ("MMLU-Pro", 81.5, "score", "ARMOR-MAD"),
         rules=("respectively:subject", "respectively:subject", "respectively:subject"),
         id="h13-math-level-5-is-not-math"),
    case("Experiments on the challenging MATH Olympiad benchmark AIME demonstrate ReTool's superiority: Our 32B model "
         "achieves 67% accuracy with 400 training steps, outperforming text-based RL baseline (40% accuracy, 1080 "
         "steps) in efficiency and performance.", ("AIME", 67, "score", ...), ("AIME", 40, "score", ...),
         rules=("frame:own-system", "continues-report:own-system"),
         id="h13-math-olympiad-is-not-math"),
    case("Experiments on long-context benchmarks and GSM8K show that our method reduces FP16 KV cache size by 87.5% "
         "with 2-bit quantization, while outperforming state-of-the-art KV cache quantization methods.",
         id="h13-cache-size"),
    case("Across structured reasoning tasks - arithmetic (GSM8K), logical deduction (PrOntoQA), and planning (Blocks "
         "World) - CSR improves faithfulness by up to 70 percentage points over standard fine-tuning and process "
         "supervision, with only minor accuracy loss.", id="h13-faithfulness"),
    # held-out 14 (registry benchmarks)
    case("Extensive evaluations show that Compass-Thinker-7B possesses exceptional reasoning potential, and achieves "
         "superior performance on mathematics compared to the same-sized RL model.Especially in the challenging "
         "AIME2024 evaluation, Compass-Thinker-7B achieves 40% accuracy.", ("AIME", 40, "score", "Compass-Thinker-7B"),
         rules=("name-nearby:subject",),
         id="h14-glued-full-stop"),
    case("After a 3-hour fine-tuning with 1K examples, our Multiverse-32B stands as the only open-sourced non-AR model "
         "achieving performance on par with leading AR-LLMs of the same scale, evidenced by AIME24 & 25 scores of 54% "
         "and 46%, respectively.", ("AIME", 54, "score", "Multiverse-32B"), ("AIME", 46, "score", "Multiverse-32B"),
         rules=("one-name-run:subject", "one-name-run:subject"),
         id="h14-duration-is-not-a-name"),
    case("Notably, fine-tuned with only code trajectories, Z1-7B demonstrates generalization to broader reasoning "
         "tasks (47.5% on GPQA Diamond).", ("GPQA", 47.5, "score", "Z1-7B"),
         rules=("name-after:subject",),
         id="h14-subject-after-opening-phrases"),
    case("Through multi-stage training on 23T tokens and comprehensive post-training with expert model iteration and "
         "reinforcement learning, GLM-4.5 achieves strong performance across agentic, reasoning, and coding (ARC) "
         "tasks, scoring 70.1% on TAU-Bench, 91.0% on AIME 24, and 64.2% on SWE-bench Verified.",
         ("AIME", 91.0, "score", "GLM-4.5"),
         rules=("name-after:subject",),
         id="h14-version-digits-before-the-verb"),
    case("To address this limitation, we propose \\textsc{Critique-Guided Distillation (CGD)}, a novel multi-stage "
         "framework that integrates teacher model generated \\emph{explanatory critiques} and \\emph{refined "
         "responses} into the SFT process. A student model is then trained to map the triplet of prompt, teacher "
         "critique, and its own initial response to the corresponding refined teacher response, thereby learning "
         "both \\emph{what} to imitate and \\emph{why}. Using entropy-based analysis, we show that \\textsc{CGD} "
         "reduces refinement uncertainty and can be interpreted as a Bayesian posterior update. We perform extensive "
         "empirical evaluation of \\textsc{CGD}, on variety of benchmark tasks, and demonstrate significant gains on "
         "both math (AMC23 +17.5%) and language understanding tasks (MMLU-Pro +6.3%), while successfully mitigating "
         "the format drift issues observed in previous critique fine-tuning (CFT) techniques.",
         ("MMLU-Pro", 6.3, "delta", "CGD"),
         rules=("name-before:own-system",),
         id="h14-styled-name-significant-gains"),
    case("We evaluated our approach on two popular benchmarks and demonstrated that our approach significantly "
         "improved multiple state-of-the-art LLMs, e.g., 17.1% pass@1 improvement for code-davinci-002 on HumanEval. "
         "Furthermore, we conducted a user study with 12 participants in comparison to two baselines: (1) interacting "
         "with GitHub Copilot, and (2) interacting with a multi-step code generation paradigm called Multi-Turn "
         "Program Synthesis.", ("HumanEval", 17.1, "delta", None),
         rules=("name-after:own-system",),
         id="h14-metric-improvement-a-called-baseline"),
    case("Across PRISM, AlpacaEval, and Chatbot Arena, we show that principle refinement (ICAI+) may be a first step "
         "towards ameliorating these problems: inter-executor agreement rises to $78\\%$, and transparent executors "
         "match LLM judge accuracy ($66\\%$ vs.\\ $67\\%$).", id="h14-across-other-datasets-too",
         xfail="an accuracy of executors and judges across three datasets read as a joint AlpacaEval result",
         fails_in="filter"),
    # held-out 15 (registry benchmarks)
    case("Experiments using the Gemma-3 270M model and the MMLU dataset on the Raspberry Pi Zero 2W platform "
         "demonstrate that the proposed approach reduces TTFT (Time to First Token) and TTLT (Time to Last Token) by "
         "93.12% and 50.07% on average, respectively.", id="h15-latency-respectively"),
    case("Experimental results across five challenging math reasoning benchmarks show that balanced online filtering "
         "yields an additional 10% in AIME and 4% improvements in average over plain GRPO.",
         ("AIME", 10, "delta", None),
         rules=("name-after:descriptive-subject",),
         id="h15-an-average-is-not-the-named-benchmark"),
    case("Experimental results demonstrate that using only 10K samples, our method achieves gains of 2.4% (HumanEval) "
         "and 2.3% (MBPP) over 92K full-sampled baseline, outperforming other sampling approaches in both performance "
         "and efficiency.", ("HumanEval", 2.4, "delta", None), ("MBPP", 2.3, "delta", None),
         rules=("name-after:own-system", "name-after:own-system"),
         id="h15-dataset-in-brackets-after-the-number"),
    case("This method models the semantic space by constructing a label graph and quantifies diversity based on the "
         "distribution of information within the graph. % Based on such a measurement, we further introduce an "
         "efficient sampling method that selects data samples iteratively to \\textbf{M}aximize the "
         "\\textbf{I}nformation \\textbf{G}ain (MIG) in semantic space. % Experiments on various datasets and base "
         "models demonstrate that MIG consistently outperforms state-of-the-art methods. % Notably, the model "
         "fine-tuned with 5\\% Tulu3 data sampled by MIG achieves comparable performance to the official SFT model "
         "trained on the full dataset, with improvements of +5.73\\% on AlpacaEval and +6.89\\% on Wildbench.",
         ("AlpacaEval", 5.73, "delta", "MIG"),
         rules=("name-after:own-system",),
         id="h15-latex-comment-marks-acronym-defined-by-initials"),
    case("Our experiments across various LLMs and challenging mathematical reasoning datasets (AIME2024 and AIME2025) "
         "show consistent accuracy improvements, with gains reaching up to 13\\% and 10\\% respectively.",
         ("AIME", 13, "delta", None), ("AIME", 10, "delta", None),
         rules=("respectively:own-system", "respectively:own-system"),
         id="h15-gains-reaching"),
    case("Differential smoothing improves both Pass@1 and Pass@k, with up to 6.7\\% improvements on AIME24 dataset.",
         ("AIME", 6.7, "delta", None),
         rules=("name-after:descriptive-subject",),
         id="h15-lower-case-system-opening-the-sentence"),
    case("We ultimately improve RLVR by restricting policy gradient updates to forking tokens and uncover a finding "
         "even beyond the 80/20 rule: utilizing only 20% of the tokens while maintaining performance comparable to "
         "full-gradient updates on the Qwen3-8B base model and significantly surpassing full-gradient updates on the "
         "Qwen3-32B (+11.04 on AIME'25 and +7.71 on AIME'24) and Qwen3-14B (+4.79 on AIME'25 and +5.21 on AIME'24) "
         "base models, highlighting a strong scaling trend.", ("AIME", 11.04, "delta", None),
         ("AIME", 7.71, "delta", None), ("AIME", 4.79, "delta", None),
         ("AIME", 5.21, "delta", None),
         rules=("name-after:own-system", "name-after:own-system", "name-after:own-system", "name-after:own-system"),
         id="h15-model-before-the-bracket"),
    case("Furthermore, we propose a process-aware RLVR training paradigm utilizing verifiers selected via PRIME. This "
         "approach substantially outperforms the outcome-only verification baseline, achieving absolute performance "
         "gains of 8.29%, 9.12%, and 7.31% on AIME24, AIME25, and Beyond-AIME, respectively, for the Qwen3-14B-Base "
         "model.", ("AIME", 8.29, "delta", None), ("AIME", 9.12, "delta", None),
         rules=("list-after:own-system", "list-after:own-system"),
         id="h15-model-at-the-end"),
    case("Notably, on AIME24 and LiveCodeBench, our approach achieves accuracies of 96.67% and 72.53%, respectively, "
         "substantially outperforming homogeneous role-play baselines, which score 80% and 65.93%.",
         ("AIME", 96.67, "score", None), ("AIME", 80, "score", None),
         rules=("respectively:own-system", "respectively-earlier:which-clause"),
         id="h15-baselines-which-score"),
    # held-out 16 (registry benchmarks)
    case("A 3B-parameter model trained on 60B tokens with FLUX achieves 32.14% MMLU accuracy, surpassing the previous "
         "state-of-the-art pipeline DCLM (31.98%) and significantly outperforming FineWeb (29.88%).",
         ("MMLU", 32.14, "score", "FLUX"), ("MMLU", 31.98, "score", "DCLM"), ("MMLU", 29.88, "score", "FineWeb"),
         rules=("name-after:base-model", "continues-report:compared-bracket", "continues-report:compared-bracket"),
         id="h16-compared-systems-in-brackets"),
    case("Specifically, AAO outperforms DPO by up to 8.9 points on AlpacaEval 2 and achieves an improvement of by up "
         "to 15.0 points on Arena-Hard.", ("AlpacaEval", 8.9, "delta", "AAO"), ("Arena-Hard", 15.0, "delta", "AAO"),
         rules=("name-after:subject", "name-after:subject"),
         id="h16-outperforms-a-system-by"),
    case("With the assistance of the 32B reasoning model, the 1.5B model's accuracy on MATH500 increases from 83.2% to "
         "89.4%, marking a substantial improvement of 6.2%. Simultaneously, the average output length is reduced from "
         "5439 tokens to 4583 tokens, representing a 15.7% decrease. Moreover, when applied to a non-reasoning model "
         "(Qwen-2.5-7B-Instruct), our framework boosts its accuracy from 74.0% to 81.8% on the same benchmark, "
         "achieving a relative improvement of 7.8%.", ("MATH-500", 83.2, "score", ...),
         ("MATH-500", 89.4, "score", ...), ("MATH-500", 6.2, "delta", ...), ("MATH-500", 74.0, "score", ...),
         ("MATH-500", 81.8, "score", ...), ("MATH-500", 7.8, "delta", ...),
         rules=("name-before:pair-verb-object", "pair-to:no-system", "continues-report:no-system",
                "same-benchmark:pair-verb-object", "same-benchmark:pair-to-verb-object", "same-benchmark:own-system"),
         id="h16-the-same-benchmark"),
    case("Applied to Qwen3-30B-A3B-Thinking-2507, MarsRL improves AIME2025 accuracy from 86.5% to 93.3% and BeyondAIME "
         "from 64.9% to 73.8%, even surpassing Qwen3-235B-A22B-Thinking-2507.",
         ("AIME", 86.5, "score", "Qwen3-30B-A3B-Thinking-2507"), ("AIME", 93.3, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-subject"),
         id="h16-applied-to-a-model"),
    case("As a highlight, on AIME 24 with a 1.5B model, CLUE boosts accuracy from 56.7% (majority@64) to 70.0% "
         "(top-maj@16).", ("AIME", 56.7, "score", None), ("AIME", 70.0, "score", "CLUE"),
         rules=("name-nearby:pair-verb-object", "continues-report:subject"),
         id="h16-from-x-with-a-bracket-to-y"),
    case("Using pairwise ranking with a custom Bradley-Terry-style aggregation model, we demonstrate that swarm "
         "inference substantially outperforms majority voting, achieving 85.90% on GPQA Diamond versus 68.69% for "
         "majority voting with the same model set - an improvement of +17.21 percentage points (approximately +25.1% "
         "relative).", ("GPQA", 85.90, "score", ...), ("GPQA", 68.69, "score", None),
         ("GPQA", 17.21, "delta", ...), ("GPQA", 25.1, "delta", ...),
         rules=("name-after:no-system", "continues-report:compared-with", "continues-report:no-system",
                "continues-report:no-system"),
         id="h16-versus-a-method-in-lower-case"),
    case("In particular, \\MethodPlus~improves over Min-K\\%++ by 18.8\\% on BookMIA for pre-training detection and "
         "by 7.6\\% on AIME for post-training detection.", id="h16-data-used-for-detection"),
    case("Across six challenging benchmarks, including GPQA Diamond, LiveCodeBench, and AIME, our evaluation indicates "
         "higher accuracy and strong resilience to adversarial and noisy free-form prompting (e.g., prompt-injection "
         "degradation of only 0.12% versus 6.20% for a monolithic single-model baseline), while retaining practical "
         "deployability.", id="h16-a-frame-listing-other-datasets"),
    # held-out 17 (registry benchmarks)
    case("On 12,032 MMLU-Pro questions across 14 subjects, using DeepSeek-v3.2 with deterministic decoding in a "
         "zero-shot setting, Reinforcement Inference improves accuracy from 60.72\\% to 84.03\\%, while only "
         "incurring 61.06\\% additional inference calls.", ("MMLU-Pro", 60.72, "score", ...),
         ("MMLU-Pro", 84.03, "score", "Reinforcement Inference"),
         rules=("frame:pair-verb-object", "continues-report:pair-to-subject"),
         id="h17-counts-in-the-frame"),
    case("Noteworthy, on Llama3-8B under the same conditions, StiefAttention outperforms EigenAttention by $11.9$ "
         "points on C4 perplexity and $5.4\\%$ on 0-shot MMLU accuracy at iso-compression, yielding lower relative "
         "error and higher cosine similarity with respect to the original decoder-layer outputs.",
         ("MMLU", 5.4, "delta", "StiefAttention (Llama3-8B)"),
         rules=("name-after:subject",),
         id="h17-its-own-measure-after-another"),
    case("For instance, GlimpRouter attains a substantial 10.7% improvement in accuracy while reducing inference "
         "latency by 25.9% compared to a standalone large model on AIME25.", ("AIME", 10.7, "delta", "GlimpRouter"),
         rules=("sentence-end:subject",),
         id="h17-the-dataset-at-the-end"),
    case("Notably, we show that POPO can achieve 36.67% in AIME 2025 with Qwen-Math-7B, outperforming GRPO 30.00%.",
         ("AIME", 36.67, "score", "POPO (Qwen-Math-7B)"), ("AIME", 30.00, "score", "GRPO"),
         rules=("name-after:subject", "continues-report:compared-name-before"),
         id="h17-outperforming-x-n"),
    case("Extensive experiments on challenging mathematics benchmarks demonstrate Scaf-GRPO's effectiveness, boosting "
         "the pass@1 score of the Qwen2.5-Math-7B model on the AIME24 benchmark by a relative 44.3% over a vanilla "
         "GRPO baseline.", ("AIME", 44.3, "delta", ...),
         rules=("name-nearby:no-system",),
         id="h17-by-a-relative"),
    # held-out 18 (registry benchmarks)
    case("Empirically, S-SPPO avoids the performance degradation seen in prior methods, achieving 52.19% win rate and "
         "47.46% length-controlled win rate on AlpacaEval 2.0 with Llama-3-8B, without using additional "
         "human-annotated preferences during training.", ("AlpacaEval", 52.19, "score", "S-SPPO (Llama-3-8B)"),
         ("AlpacaEval", 47.46, "score", "S-SPPO (Llama-3-8B)"),
         rules=("shared-measure:subject", "name-after:subject"),
         id="h18-two-measures-one-dataset"),
    case("On Llama-3-8B-Instruct trained on UltraFeedback under a SimPO similar setup, AdaDPO consistently outperforms "
         "DPO on AlpacaEval 2: it achieves higher length-controlled win rates (LC) in 81% of hyperparameter "
         "combinations, attains the global best LC (48.3%) and raw win rate (46.1%), and enlarges the LC-over-WR "
         "margin in 88% of combinations, indicating effective mitigation of length bias.",
         ("AlpacaEval", 48.3, "score", ...), ("AlpacaEval", 46.1, "score", ...),
         rules=("frame:own-system", "continues-report:own-system"),
         id="h18-a-colon-after-the-dataset"),
    case("We observed that ThinkPrune results in a remarkable performance-length tradeoff -- on the AIME24 dataset, "
         "the reasoning length of DeepSeek-R1-Distill-Qwen-1.5B can be reduced by half with only 2% drop in "
         "performance.",
         ("AIME", -2, "delta", ...),
         rules=("frame:own-system",),
         id="h18-a-frame-after-a-dash"),
    case("We achieve new state-of-the-art results on math benchmarks using 1.5B-parameter models: 67.1% (+5.3%) on "
         "AIME24, 59.5% (+10.0%) on AIME25, and 35.5% (+4.0%) on HMMT25.", ("AIME", 67.1, "score", ...),
         ("AIME", 5.3, "delta", ...), ("AIME", 59.5, "score", ...), ("AIME", 10.0, "delta", ...),
         rules=("name-after:own-system", "name-after:bracket-after-number", "name-after:own-system",
                "name-after:bracket-after-number"),
         id="h18-a-bracketed-delta-before-the-dataset"),
    case("Extensive experiments on LLaMA-2 (7B/13B), LLaMA-3 (8B), and Mistral (7B) demonstrate that Token Filtering "
         "consistently outperforms prior structured pruning methods, preserving accuracy on commonsense reasoning "
         "benchmarks and maintaining strong performance on challenging tasks such as MMLU, even with 50% pruning.",
         id="h18-a-pruning-ratio"),
    case("On unseen math problems, MAPPA achieves +5.0--17.5pp on AIME and +7.8--17.2pp on AMC.",
         ("AIME", 17.5, "delta", "MAPPA"),
         rules=("name-after:subject",),
         id="h18-a-signed-range-with-a-double-dash"),
    case("Notably, we find that math-only RL not only significantly enhances the performance of strong distilled "
         "models on math benchmarks (e.g., +14.6% / +17.2% on AIME 2025 for the 7B / 14B models), but also code "
         "reasoning tasks (e.g., +6.8% / +5.8% on LiveCodeBench for the 7B / 14B models).",
         ("AIME", 14.6, "delta", "math-only RL"), ("AIME", 17.2, "delta", "math-only RL"),
         rules=("one-name-run:subject", "one-name-run:subject"),
         id="h18-a-generic-method-with-its-modifier"),
    case("On the Qwen3-30B-A3B model, RL with segment rollout achieved 2.06x increase in training speed, while RL "
         "training with 128k-token outputs improves the model's performance on AIME2025 from 70.9\\% to 85.1\\% "
         "and on BeyondAIME from 50.7\\% to 61.9\\%, even surpassing Qwen3-235B-A22B with remarkable gains.",
         ("AIME", 70.9, "score", "Qwen3-30B-A3B"), ("AIME", 85.1, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:subject"),
         id="h18-on-the-model-model"),
    # held-out 19 (registry benchmarks)
    case("Our experiments demonstrate strong correlations with established benchmarks including MMLU-Pro and GPQA "
         "(respectively 78\\% and 63\\%), validating this peer-driven evaluation paradigm.",
         id="h19-correlations-respectively"),
    case("Experiments show that suppressing non-divergent high-loss tokens improves standard OPD from 47.8% to 48.2% "
         "average accuracy, while TOPD further improves performance to 52.2%, with gains on AIME24 from 60.0% to 63.3% "
         "and AIME25 from 46.7% to 53.3%.", ("AIME", 60.0, "score", ...), ("AIME", 63.3, "score", ...),
         ("AIME", 46.7, "score", ...), ("AIME", 53.3, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:subject", "name-before:pair-verb-object", "pair-to:subject"),
         id="h19-a-dataset-with-its-own-numbers"),
    case("Prior work has suggested selecting as few as 10 examples; we find that no micro-benchmarking method can "
         "consistently rank model pairs 3.5 points of accuracy apart on MMLU-Pro or 4 points apart on BIG-bench Hard.",
         id="h19-points-apart"),
    case("Empirically, DRIFT models trained on real-world \\textit{WildFeedback} datasets and synthetic "
         "\\textit{UltraFeedback} datasets achieve up to +6.23\\% (7B) / +7.61\\% (14B) on WildBench Task Score and "
         "up to +8.95\\% (7B) / +12.29\\% (14B) on AlpacaEval2 win rate over base models, outperforming strong "
         "baseline methods such as iterative DPO and SPIN.", ("AlpacaEval", 8.95, "delta", "DRIFT"),
         ("AlpacaEval", 12.29, "delta", "DRIFT"),
         rules=("shared-measure:subject", "name-after:subject"),
         id="h19-a-slash-pair"),
    case("Even for GPT models, our method helps: on AIME'25, GPT-4.1 rises by +14.0%, and o1-mini improves by +2.7% on "
         "AIME and +1.7% on GPQA, indicating that in-context demonstrations can be harnessed effectively via "
         "insight-refine-solve framework.", ("AIME", 14.0, "delta", "GPT-4.1"), ("AIME", 2.7, "delta", ...),
         ("GPQA", 1.7, "delta", ...),
         rules=("frame:subject", "name-after:subject", "name-after:subject"),
         id="h19-a-model-is-not-a-list-item"),
    case("For example, on MMLU with a zero-shot setting, skipping voids in Qwen2.5-7B-Instruct resulted in an "
         "improvement from 69.24 to 71.29 while the model uses only 30% of the layers.", ("MMLU", 69.24, "score", ...),
         ("MMLU", 71.29, "score", ...),
         rules=("frame:pair-verb-object", "continues-report:pair-to-verb-object"),
         id="h19-a-model-after-in-is-not-the-dataset"),
    case("Our resulting model, Open-Vision-Reasoner (OVR), achieves state-of-the-art performance on a suite of "
         "reasoning benchmarks, including 95.3% on MATH500, 51.8% on MathVision and 54.6% on MathVerse.",
         ("MATH-500", 95.3, "score", "Open-Vision-Reasoner"),
         rules=("name-after:subject",),
         id="h19-an-apposition-with-its-acronym"),
    case("Experiments show that RPD-selected training yields more varied outputs and higher pass@k, with an average "
         "+2.80% gain in pass@16 over a strong 1P1S baseline and a +4.99% gain on AIME24, demonstrating that 1PNS "
         "further amplifies the effectiveness of TTS.", ("AIME", 4.99, "delta", "RPD"),
         rules=("name-after:subject",),
         id="h19-a-name-made-participle"),
    # held-out 20 (registry benchmarks)
    case("Evaluated on HumanEval and MBPP with a 7B model, BatCoder achieved 83.5% and 81.0% pass@1, outperforming "
         "strong open-source baselines.", ("HumanEval", 83.5, "score", "BatCoder"), ("MBPP", 81.0, "score", "BatCoder"),
         rules=("list-before:subject", "list-before:subject"),
         id="h20-a-list-of-datasets-then-a-list-of-numbers"),
    case("Conversely, sparsifying attention to just 15% of heads maintains near-perfect retrieval while preserving 84% "
         "MMLU performance, suggesting self-attention specializes primarily for retrieval tasks.",
         id="h20-a-share-of-performance-kept"),
    case("This result matches the performance obtained using the 1.2k DeepScaleR subset (MATH500: 73.6%, average: "
         "35.9%), which includes the aforementioned example.", ("MATH-500", 73.6, "score", ...),
         rules=("name-before:base-model",),
         id="h20-a-labelled-average"),
    case("On MMLU mathematics benchmarks, accuracy remains flat at 19-20% (below 25% random chance) across all scales "
         "while cross-entropy loss decreases by 31%.", ("MMLU", 20, "score", ...),
         rules=("frame:no-system",),
         id="h20-a-loss-measure"),
    case("First, augmenting a strong baseline with SAND-Math data significantly boosts performance, outperforming the "
         "next-best synthetic dataset by \\textbf{$\\uparrow$ 17.85 absolute points} on the AIME25 benchmark.",
         ("AIME", 17.85, "delta", ...),
         rules=("name-after:base-model",),
         id="h20-an-arrow-before-a-gain"),
    case("Experiments show that RPC improves generation throughput of QwQ-32B by up to 1.60$\\times$ compared to the "
         "inference with full KV cache, with an accuracy drop of 1.2% on the AIME 2024 benchmark.",
         ("AIME", -1.2, "delta", ...),
         rules=("name-after:subject",),
         id="h20-a-drop-of"),
    # held-out 21 (registry benchmarks, a precision set)
    case("Our empirical analysis reveals an alarming inconsistency in existing evaluations: the standard deviation "
         "across ten repeated runs of a single model on HumanEval (1.67) actually exceeds the performance gap among "
         "the top-10 models on the official leaderboard (0.91), rendering current rankings statistically precarious.",
         id="h21-a-standard-deviation"),
    case("Specifically, on AIME24, we improve DeepSeek-R1-Distill-Qwen-7B from 54.0 to 61.3 (+7.3) and "
         "DeepSeek-R1-Distill-Llama-8B from 43.7 to 53.7 (+10.0).",
         ("AIME", 54.0, "score", "DeepSeek-R1-Distill-Qwen-7B"),
         ("AIME", 61.3, "score", None),
         ("AIME", 7.3, "delta", None),
         ("AIME", 43.7, "score", "DeepSeek-R1-Distill-Llama-8B"),
         ("AIME", 53.7, "score", None),
         ("AIME", 10.0, "delta", None),
         rules=("frame:pair-verb-object", "continues-report:pair-to-verb-object",
                "continues-report:bracket-after-number", "frame:pair-elided", "continues-report:pair-to-verb-object",
                "continues-report:bracket-after-number"),
         id="h21-a-verb-elided-before-a-second-from-to"),
    # held-out 22 (a core benchmark named away from its numbers)
    case("Using this method, we conduct preliminary experiments on the GSM8K dataset, where our method performs "
         "competitively against heuristic sampling strategies in the regime of highly parallel generation. For "
         "example, our method achieves 33.1\\% accuracy with an average of only only 4 generation steps, compared "
         "to 23.7-29.0\\% accuracy achieved by standard competitor methods in the same number of steps.",
         ("GSM8K", 33.1, "score", None),
         rules=("earlier-sentence:own-system",),
         id="h22-carried-to-an-unnamed-own-method"),
    case("Experiments on GSM8K reveal a fundamental trade-off between these objectives. Forward-only DPO training "
         "achieves the highest accuracy improvement, increasing from 83.1% to 86.6% (+3.5 percentage points), while "
         "backward-only training yields minimal accuracy gains but substantially reduces the false positive rate from "
         "13.4% to 4.3%.", ("GSM8K", 83.1, "score", None), ("GSM8K", 86.6, "score", "Forward-only DPO"),
         ("GSM8K", 3.5, "delta", "Forward-only DPO"),
         rules=("earlier-sentence:pair-verb-object", "earlier-sentence:subject",
                "earlier-sentence:bracket-after-number"),
         id="h22-carried-to-a-named-variant-with-where-it-started"),
    case("On MMLU, CMP achieves a mean AUROC of 0.75 against a within-model entropy baseline of 0.59.",
         id="h22-an-auroc-against-a-baseline"),
    # held-out 23 (registry benchmarks, a second precision set)
    case("For mitigation, Finch-Zk achieves 7-8 absolute percentage points improvement in answer accuracy on the "
         "GPQA-diamond dataset when applied to state-of-the-art models like Llama 4 Maverick and Claude 4 Sonnet.",
         ("GPQA", 8, "delta", "Finch-Zk"),
         rules=("name-after:subject",),
         id="h23-absolute-percentage-points"),
    case("On the 32B scale, A\\textsuperscript{2}FM achieves 13.4\\% on BrowseComp, 70.4\\% on AIME25, and 16.7\\% on "
         "HLE, setting new SOTA among comparable models and performing competitively with frontier LLMs across "
         "agentic, reasoning, and general benchmarks.", ("AIME", 70.4, "score", "A2FM"),
         rules=("name-after:subject",),
         id="h23-a-superscript-in-a-name"),
    case("In reinforcement pretraining, PretrainZero improves Qwen3-4B-Base for 8.43, 5.96 and 10.60 on MMLU-Pro, "
         "SuperGPQA and math average benchmarks.", ("MMLU-Pro", 8.43, "delta", "PretrainZero"),
         id="h23-numbers-then-datasets-the-last-described",
         xfail="the list pairs in order, but 'improves X for 8.43' is read as a score, not a gain"),
    # held-out 24 (registry benchmarks, a third precision set)
    case("We present Skywork R1V2, a next-generation multimodal reasoning model and a major leap forward from its "
         "predecessor, Skywork R1V. At its core, R1V2 introduces a hybrid reinforcement learning paradigm that "
         "harmonizes reward-model guidance with rule-based strategies, thereby addressing the long-standing "
         "challenge of balancing sophisticated reasoning capabilities with broad generalization. To further enhance "
         "training efficiency, we propose the Selective Sample Buffer (SSB) mechanism, which effectively counters "
         "the ``Vanishing Advantages'' dilemma inherent in Group Relative Policy Optimization (GRPO) by prioritizing "
         "high-value samples throughout the optimization process. Notably, we observe that excessive reinforcement "
         "signals can induce visual hallucinations--a phenomenon we systematically monitor and mitigate through "
         "calibrated reward thresholds throughout the training process. Empirical results affirm the exceptional "
         "capability of R1V2, with benchmark-leading performances such as 62.6 on OlympiadBench, 79.0 on AIME2024, "
         "63.6 on LiveCodeBench, and 74.0 on MMMU.",
         ("AIME", 79.0, "score", "Skywork R1V2"),
         rules=("name-after:study-subject",),
         id="h24-a-two-word-name-presented-first"),
    case("Extensive experiments demonstrate that $\\textbf{AGT$^{AO}$}$ achieves a superior trade-off between "
         "unlearning efficacy (KUR $\\approx$ 0.01) and model utility (MMLU 58.30).",
         ("MMLU", 58.30, "score", "AGT^AO"),
         rules=("name-before:subject",),
         id="h24-a-superscript-in-a-name"),
    # model attribution (sentences from held-out 2 and 19)
    case("For example, on MMLU with a zero-shot setting, skipping voids in Qwen2.5-7B-Instruct resulted in an "
         "improvement from 69.24 to 71.29 while the model uses only 30% of the layers.",
         ("MMLU", 69.24, "score", "Qwen2.5-7B-Instruct"), ("MMLU", 71.29, "score", None),
         rules=("frame:pair-verb-object", "continues-report:pair-to-verb-object"),
         id="h19-resulted-in-an-improvement-from"),
    case("The same plans improve LLaMA by only +5.7pp on GSM8K and +1.3pp on HumanEval -- diffusion models benefit "
         "2-10x more, supporting the coordination-problem hypothesis.", ("GSM8K", 5.7, "delta", None),
         ("HumanEval", 1.3, "delta", ...),
         rules=("name-after:base-model", "name-after:no-system"),
         id="h2-the-model-a-verb-improves-by"),
    # held-out 12: numbers labelled by systems after "<benchmark> ...:"
    case("Single-pass methods demonstrated superior capability preservation on the benchmarked subset (avg GSM8K "
         "change across three models: ErisForge -0.28 pp; DECCP -0.13 pp), while Bayesian-optimized abliteration "
         "produced variable distribution shift (KL divergence: 0.043-1.646) with model-dependent capability impact.",
         ("GSM8K", -0.28, "delta", "ErisForge"), ("GSM8K", -0.13, "delta", "DECCP"),
         rules=("label-list:subject", "label-list:subject"),
         id="h12-a-list-labelled-by-systems"),
    # held-out 6
    case("We propose a novel reward that we implement within Group Relative Policy Optimization (GRPO): a token-level "
         "mutual information (MI) reward that encourages trajectory specificity to z. Experiments on GSM8K with three "
         "open-weight models, Llama 3.1-8B, Qwen 2.5-7B, and R1-Distilled-Qwen2.5-Math-1.5B, show that UpSkill "
         "improves multi-attempt metrics on the stronger base models, yielding mean gains of ~3% in pass@k for both "
         "Qwen and Llama without degrading pass@1.", ("GSM8K", 3, "delta", "UpSkill"),
         rules=("frame:subject",),
         id="h6-a-sentence-after-a-lower-case-letter-and-models-in-the-frame"),
    case("Using a 4 bit Mistral 7B model on 200 GSM8K problems, we compare a direct answer baseline, a chain of "
         "thought (CoT) regime, and a babble control. CoT raises accuracy from 5.5 percent to 53 percent, sharply "
         "reduces pre collapse intention entropy (from 1.42 to 0.37 bits), and shows higher global effective "
         "dimensionality than the other regimes despite producing fewer tokens than babble.",
         ("GSM8K", 5.5, "score", ...), ("GSM8K", 53, "score", ...),
         rules=("earlier-sentence:pair-verb-object", "earlier-sentence:subject"),
         id="h6-other-regimes-are-not-other-data"),
    # model attribution (sentences from held-out 20)
    case("When applied to Mistral and Llama 3 models, the RPO-enhanced methods achieve substantial win rate gains on "
         "AlpacaEval 2 and Arena-Hard, with improvements of up to 7.0% and 5.4%, respectively.",
         ("AlpacaEval", 7.0, "delta", "RPO"), ("Arena-Hard", 5.4, "delta", "RPO"),
         rules=("respectively:subject", "respectively:subject"),
         id="h20-gains-as-a-noun"),
    case("Specifically, our method achieves 73.1% and 58.7% on AlpacaEval and Arena-Hard with Llama-3-8B-Instruct, "
         "and 70.0% and 74.1% with Qwen2.5-7B, corresponding to average absolute gains of +20.2 / +17.1 points over "
         "SFT distillation and +5.3 / +3.6 points over reference-free self-improvement on AlpacaEval / Arena-Hard.",
         ("AlpacaEval", 73.1, "score", None), ("Arena-Hard", 58.7, "score", None), ("AlpacaEval", 70.0, "score", None),
         ("Arena-Hard", 74.1, "score", None), ("AlpacaEval", 20.2, "delta", None), ("Arena-Hard", 17.1, "delta", None),
         ("AlpacaEval", 5.3, "delta", None), ("Arena-Hard", 3.6, "delta", None),
         rules=("list-after:own-system", "list-after:own-system", "list-before:own-system", "list-before:own-system",
                "parallel-run:own-system", "parallel-run:own-system", "list-after:own-system", "list-after:own-system"),
         id="h20-the-model-after-each-run"),
    case("As a bonus, we observe that applying entropy loss alone, without any outcome reward, significantly enhances "
         "Qwen2.5-Math-1.5B's performance on MATH500 by 27.4%.", ("MATH-500", 27.4, "delta", None),
         rules=("name-before:base-model",),
         id="h20-the-model-whose-score-is-raised"),
    # held-out 25 (the rest of the registry pool, 135 abstracts)
    case("(3) Closed-ended and open-ended judging draw on different capabilities: the best binary judge (Phi-4) drops "
         "to rank 9 on MT-Bench, while reasoning-trained models invert this ordering.", id="h25-a-rank"),
    case("For example, MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for OLMo-2-1.48B and 0.3 "
         "for SmolLM-2-1.7B.", ("AIME", 15.5, "score", "MobileLLM-R1-950M"), ("AIME", 0.6, "score", "OLMo-2-1.48B"),
         ("AIME", 0.3, "score", "SmolLM-2-1.7B"),
         rules=("name-before:subject", "continues-report:compared-with", "continues-report:compared-list"),
         id="h25-compared-to-just"),
    case("Furthermore, we rigorously validate the scalability of STOP under varying compute budgets - for instance, "
         "boosting GPT-OSS-20B accuracy on AIME25 from 84% to nearly 90% under fixed compute budgets.",
         ("AIME", 84, "score", "GPT-OSS-20B"), ("AIME", 90, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-verb-object"),
         id="h25-from-x-to-nearly-y"),
    case("Training on SSLogic-evolved data yields consistent gains over the seed baseline at matched training steps, "
         "improving SynLogic by +5.2, BBEH by +1.4, AIME25 by +3.0, and Brumo25 by +3.7.", ("AIME", 3.0, "delta", ...),
         rules=("name-before:no-system",),
         id="h25-each-dataset-by-its-gain"),
    case("Preliminary continual-pretraining experiments with OLMo2 suggest these curated subsets enable targeted "
         "improvements, with clinical upsampling boosting performance by ~5% on MMLU ProfMed and educational quality "
         "filtering improving MedQA and MedMCQA by ~1%.", ("MMLU", 5, "delta", ...),
         rules=("name-after:base-model",),
         id="h25-two-other-datasets-by"),
    case("Empirical results on AIME24/25, GPQA, and LiveCodeBench show average accuracy gains of 6%, 3%, and 5% over "
         "baselines.", ("AIME", 6, "delta", ...), ("GPQA", 3, "delta", ...),
         rules=("list-before:no-system", "list-before:no-system"),
         id="h25-datasets-then-numbers"),
    case("Empirically, on WMDP Bio/Cyber and RWKU benchmarks, SAGO consistently pushes the Pareto frontier: e.g., on "
         "WMDP Bio (SimNPO+GD), recovery of target model MMLU performance progresses from 44.6% (naive) to 94.0% "
         "(+PCGrad) and further to 96.0% (+SAGO), while maintaining comparable forgetting strength.",
         id="h25-a-share-of-performance-recovered"),
    case("Compared to training with single-horizon data, RLVR with R-HORIZON not only substantially improves "
         "performance on the multi-horizon reasoning tasks, but also promotes accuracy on standard reasoning tasks, "
         "with an increase of 7.5 on AIME2024.", ("AIME", 7.5, "delta", "RLVR with R-HORIZON"),
         rules=("name-after:subject",),
         id="h25-a-generic-method-with-a-name"),
    case("We show the effectiveness of TPTT on the MMLU benchmark with models of approximately 1 billion parameters, "
         "observing substantial improvements in both efficiency and accuracy. For instance, Titans-Llama-3.2-1B "
         "achieves a 20% increase in Exact Match (EM) over its baseline.",
         ("MMLU", 20, "delta", "Titans-Llama-3.2-1B"),
         rules=("earlier-sentence:subject",),
         id="h25-carried-to-an-instance"),
    case("This paper investigates the counterintuitive phenomenon where fine-tuning pre-trained transformer models "
         "degrades performance on the MS MARCO passage ranking task. Through comprehensive experiments involving five "
         "model variants-including full parameter fine-tuning and parameter efficient LoRA adaptations-we demonstrate "
         "that all fine-tuning approaches underperform the base sentence-transformers/all- MiniLM-L6-v2 model "
         "(MRR@10: 0.3026).", ("MS MARCO", 0.3026, "score", ...),
         rules=("earlier-sentence:no-system",),
         id="h25-carried-by-its-metric"),
    case("Extensive evaluations show that AgentMath achieves state-of-the-art performance on challenging mathematical "
         "competition benchmarks including AIME24, AIME25, and HMMT25. Specifically, AgentMath-30B-A3B attains 90.6%, "
         "86.4%, and 73.8% accuracy respectively, achieving advanced capabilities.",
         ("AIME", 90.6, "score", "AgentMath-30B-A3B"), ("AIME", 86.4, "score", "AgentMath-30B-A3B"),
         rules=("earlier-sentence:subject", "earlier-sentence:subject"),
         id="h25-respectively-over-a-list-named-before"),
    # model attribution (sentences from held-out 9, 16, 19 and the bigcorpus): the model
    # a verb moves "from X to Y" is the last one named before the verb; a compared pair's system may be descriptive
    case("For instance, providing our \"cognitive tools\" to GPT-4.1 increases its pass@1 performance on AIME2024 from "
         "26.7% to 43.3%, bringing it very close to the performance of o1-preview.",
         ("AIME", 26.7, "score", "GPT-4.1"), ("AIME", 43.3, "score", None),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-verb-object"),
         id="h19-the-model-a-verb-moves"),
    case("With the assistance of the 32B reasoning model, the 1.5B model's accuracy on MATH500 increases from 83.2% "
         "to 89.4%, marking a substantial improvement of 6.2%. Simultaneously, the average output length is reduced "
         "from 5439 tokens to 4583 tokens, representing a 15.7% decrease. Moreover, when applied to a non-reasoning "
         "model (Qwen-2.5-7B-Instruct), our framework boosts its accuracy from 74.0% to 81.8% on the same benchmark, "
         "achieving a relative improvement of 7.8%.", ("MATH-500", 83.2, "score", None),
         ("MATH-500", 89.4, "score", ...), ("MATH-500", 6.2, "delta", ...),
         ("MATH-500", 74.0, "score", "Qwen-2.5-7B-Instruct"),
         ("MATH-500", 81.8, "score", "Speculative Thinking (Qwen-2.5-7B-Instruct)"), ("MATH-500", 7.8, "delta", ...),
         title="Speculative Thinking: Enhancing Small-Model Reasoning with Large Model Guidance at Inference Time",
         rules=("name-before:pair-verb-object", "pair-to:no-system", "continues-report:no-system",
                "same-benchmark:pair-verb-object", "same-benchmark:pair-to-verb-object", "same-benchmark:own-system"),
         id="h16-the-model-our-framework-is-applied-to"),
    case("On Qwen3-30B-A3B-Instruct evaluated on GPQA-Diamond with 32 parallel samples, pass@32 rises from 85.4% to "
         "91.9%, and accuracy improves from 59.1% to 62.6% with Best-of-N verification.",
         ("GPQA", 85.4, "score", "Qwen3-30B-A3B-Instruct"), ("GPQA", 91.9, "score", "Qwen3-30B-A3B-Instruct"),
         ("GPQA", 59.1, "score", "Qwen3-30B-A3B-Instruct"), ("GPQA", 62.6, "score", None),
         rules=("frame:pair-start", "continues-report:subject", "continues-report:pair-verb-object",
                "continues-report:base-model"),
         id="bc-the-model-named-before-and-the-method-after"),
    case("Using gradient-magnitude profiling on Qwen 2.5 1.5B with GSM8K, we find that it does not: proportional rank "
         "allocation degrades accuracy by 4.5 points compared to uniform allocation (70.0% vs. 74.5%), despite using "
         "identical parameter budgets.", ("GSM8K", -4.5, "delta", None),
         ("GSM8K", 70.0, "score", None), ("GSM8K", 74.5, "score", "uniform allocation"),
         rules=("frame:descriptive-subject", "continues-report:descriptive-subject", "continues-report:compared-with"),
         id="h9-a-descriptive-system-compared"),
    # bigcorpus (2510.21398)
    case("We demonstrate this using only 1.5K training samples and found that our SFT+RL model performed better on "
         "the GSM8K dataset with varying compute budgets. Our main findings showed an overall higher accuracy while "
         "significantly reducing its token usage by over 40% compared to the SFT model, revealing how RL can recover "
         "the losses due to long-context training and altogether improving performance in mathematical reasoning.",
         id="h22-token-usage"),
    # held-out 27 and 28 (arxiv-listing-2): phrasings their first runs missed
    case("Notably, Step-DPO, when applied to Qwen2-72B-Instruct, achieves scores of 70.8% and 94.0% on the "
         "test sets of MATH and GSM8K, respectively, surpassing a series of closed-source models, including "
         "GPT-4-1106, Claude-3-Opus, and Gemini-1.5-Pro.",
         ("MATH", 70.8, "score", "Step-DPO (Qwen2-72B-Instruct)"),
         ("GSM8K", 94, "score", "Step-DPO (Qwen2-72B-Instruct)"),
         rules=("list-after:subject", "list-after:subject"),
         id="h28-respectively-over-the-test-sets-of"),
    case("RotateKV achieves less than 0.3 perplexity (PPL) degradation with 2-bit quantization on WikiText-2 "
         "using LLaMA-2-13B, maintains strong CoT reasoning and long-context capabilities, with less than "
         "1.7\\% degradation on GSM8K, outperforming existing methods even at lower average bit-widths.",
         ("GSM8K", -1.7, "delta", "RotateKV (LLaMA-2-13B)"),
         rules=("name-after:subject",),
         id="h28-a-degradation-on-the-benchmark-after-less-than"),
    case("Notably, when applied to Qwen2.5-14B-Instruct, TokenSkip reduces reasoning tokens by 40% (from 313 "
         "to 181) on GSM8K, with less than a 0.4% performance drop.",
         ("GSM8K", -0.4, "delta", "TokenSkip (Qwen2.5-14B-Instruct)"),
         rules=("name-nearby:subject",),
         id="h28-a-performance-drop-after-token-counts"),
    case("Our findings demonstrate that as few as 10K preference data pairs and fewer than 500 Step-DPO "
         "training steps can yield a nearly 3% gain in accuracy on MATH for models with over 70B parameters.",
         ("MATH", 3, "delta", None),
         rules=("name-after:no-system",),
         id="h28-a-gain-after-a-count-of-steps"),
    case("Notably, HALO achieves up to 13.3% performance gain on the Moral Scenarios subject in the MMLU "
         "benchmark and up to 19.6% performance gain on the Algebra subarea in the MATH benchmark, indicating "
         "its advanced proficiency in tackling highly specialized and expert-level tasks.",
         ("MMLU", 13.3, "delta", "HALO"), ("MATH", 19.6, "delta", "HALO"),
         rules=("name-after:subject", "name-after:subject"),
         id="h28-a-named-part-of-the-benchmark"),
    case("SOLAR achieves substantial gains on MATH and GSM8K: +5% accuracy with Topological Tuning, +9% with "
         "Topological Reward, and +10.02% with Hybrid Scaling.",
         ("MATH", 5, "delta", "SOLAR"), ("GSM8K", 5, "delta", "SOLAR"), ("MATH", 9, "delta", "SOLAR"),
         ("GSM8K", 9, "delta", "SOLAR"), ("MATH", 10.02, "delta", "SOLAR"), ("GSM8K", 10.02, "delta", "SOLAR"),
         rules=("joint-frame:subject", "joint-frame:subject", "continues-report:subject", "continues-report:subject",
                "continues-report:subject", "continues-report:subject"),
         id="h28-gains-listed-after-a-colon"),
    case("We applied this method to QwQ-32B-Preview, reducing reasoning chains on GSM8K from 741 to 225 tokens"
         " with a minor performance drop (95.07% to 94.92%) and on AIME from 6827 to 4629 tokens, with only "
         "one additional incorrect answer.",
         ("GSM8K", 95.07, "score", None), ("GSM8K", 94.92, "score", None),
         rules=("name-nearby:pair-in-brackets", "continues-report:pair-to-verb-object"),
         id="h28-a-bracketed-pair-after-a-drop"),
    case("In the evaluation of arithmetic reasoning tasks, our approach outperforms OpenMath2-Llama3.1-8B, "
         "dart-math-mistral-7b-uniform on MATH with increases in accuracy to 71.34%(+4.18%) and 48.06%(+4.94%)"
         " and LLama-3.1-8B-Instruct, Mistral-7B-Instruct-v0.1 on GSM8K with increases in accuracy to "
         "86.76%(+2.00%) and 38.06%(+2.28%).",
         ("MATH", 71.34, "score", None), ("MATH", 4.18, "delta", None), ("MATH", 48.06, "score", None),
         ("MATH", 4.94, "delta", None), ("GSM8K", 86.76, "score", None), ("GSM8K", 2, "delta", None),
         ("GSM8K", 38.06, "score", None), ("GSM8K", 2.28, "delta", None),
         rules=("name-nearby:own-system", "continues-report:bracket-after-number", "continues-report:own-system",
                "continues-report:bracket-after-number", "name-nearby:own-system",
                "continues-report:bracket-after-number", "continues-report:own-system",
                "continues-report:bracket-after-number"),
         id="h28-another-model-after-and"),
    case("For example, rounding Phi3mini-3.8B to a fixed quantization grid with 3.25 bits per parameter using "
         "DiscQuant gets 64\\% accuracy on the GSM8k dataset, whereas GPTQ achieves 54\\% and RTN achieves 31\\% "
         "(the original model achieves 84\\%).",
         ("GSM8K", 64, "score", None), ("GSM8K", 54, "score", "GPTQ (Phi3mini-3.8B)"),
         ("GSM8K", 31, "score", "RTN (Phi3mini-3.8B)"), ("GSM8K", 84, "score", "Phi3mini-3.8B"),
         rules=("name-after:no-system", "continues-report:subject", "continues-report:subject",
                "continues-report:baseline-subject"),
         id="h28-the-original-model"),
    case("Both algorithms demonstrate a $3\\sim10\\%$ performance enhancement on the GSM8K and MATH benchmarks "
         "across all configurations, achieving these gains without additional training or computational costs "
         "compared to existing algorithms.",
         ("GSM8K", 10, "delta", None), ("MATH", 10, "delta", None),
         rules=("name-after:no-system", "name-after:no-system"),
         id="h28-a-range-written-with-sim-for-two-benchmarks"),
    case("Our method demonstrates superior performance compared to existing techniques when evaluated on the "
         "GSM8K dataset, outperforming the standard ToT strategy by an average 5.6% across four LLMs.",
         ("GSM8K", 5.6, "delta", None),
         rules=("name-nearby:own-system",),
         id="h28-across-four-llms-is-not-a-dataset"),
    case("On the GSM8K and MATH test set, Self-Explore achieves 11.57% and 2.89% improvement on average across"
         " three LLMs compared to supervised fine-tuning (SFT).",
         ("GSM8K", 11.57, "delta", "Self-Explore"), ("MATH", 2.89, "delta", "Self-Explore"),
         rules=("list-before:subject", "list-before:subject"),
         id="h27-two-numbers-for-the-two-sets-opened-on"),
    # held-out 29 (arxiv-listing-2)
    case("Remarkably, rStar boosts GSM8K accuracy from 12.51% to 63.91% for LLaMA2-7B, from 36.46% to 81.88% "
         "for Mistral-7B, from 74.53% to 91.13% for LLaMA3-8B-Instruct.",
         ("GSM8K", 12.51, "score", "LLaMA2-7B"), ("GSM8K", 63.91, "score", "rStar (LLaMA2-7B)"),
         ("GSM8K", 36.46, "score", "Mistral-7B"), ("GSM8K", 81.88, "score", "rStar (Mistral-7B)"),
         ("GSM8K", 74.53, "score", "LLaMA3-8B-Instruct"), ("GSM8K", 91.13, "score", "rStar (LLaMA3-8B-Instruct)"),
         rules=("name-before:pair-verb-object", "pair-to:subject", "continues-report:pair-verb-object",
                "continues-report:subject", "continues-report:pair-verb-object", "continues-report:subject"),
         id="h29-parallel-pairs-each-for-its-model"),
    case("In particular, we show that our methods improve the Bo32 performance of Gemma 2B on Hendrycks MATH "
         "from 26.8% to 30.8%, and pass@32 from 60.0% to 67.0%, as well as the pass@16 on HumanEval from 61.6%"
         " to 67.1%.",
         ("MATH", 26.8, "score", "Gemma 2B"), ("MATH", 30.8, "score", None), ("MATH", 60, "score", "Gemma 2B"),
         ("MATH", 67, "score", None), ("HumanEval", 61.6, "score", "Gemma 2B"), ("HumanEval", 67.1, "score", None),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-verb-object", "continues-report:pair-verb-object",
                "continues-report:pair-to-verb-object", "name-before:pair-verb-object", "pair-to:pair-to-verb-object"),
         id="h29-a-second-pair-for-another-measure"),
    case("HEX even yields significant gains on MATH benchmark from 16.40% to 40.00%, scientific reasoning on "
         "ARC-C from 54.18% to 87.80%, and TruthfulQA from 28.36% to 57.46%.",
         ("MATH", 16.4, "score", None), ("MATH", 40, "score", "HEX"),
         rules=("name-before:pair-start", "pair-to:subject"),
         id="h29-the-benchmark-before-its-pair"),
    case("MINCE reduces IFEVAL by 54\\%, MMLU by 89\\%, and GSM8K by 70\\% with maximum drift $\\leq$2.62\\,pp on "
         "BF16 models and mean drift of 0.77--3.59\\,pp on held-out NPU models, while delivering median GPU "
         "evaluation speedups of 2.7--8.1$\\times$ and NPU evaluation speedups of 1.7--2.0$\\times$.",
         id="h29-a-benchmark-reduced-by-a-share"),
    case("Trained using a dataset constructed with real unfiltered LMSYS user prompts, Llama 3.1 8B's win rate"
         " against GPT-4 on AlpacaEval increases from 21% to 34% with 16 samples and math performance on GSM8K"
         " improves from 84% to 91%.",
         ("AlpacaEval", 21, "score", "Llama 3.1 8B"), ("AlpacaEval", 34, "score", None),
         ("GSM8K", 84, "score", "Llama 3.1 8B"), ("GSM8K", 91, "score", None),
         rules=("name-before:pair-verb-object", "pair-to:pair-to-verb-object", "name-before:pair-verb-object",
                "pair-to:pair-to-verb-object"),
         id="h29-another-subject-and-its-own-benchmark"),
    case("Co-trained into an existing 27B backbone using only a small dataset of GSM8K examples, the SST "
         "delivers a +15.15 point gain over a fine-tuning-matched baseline on out-of-distribution GPQA-Diamond"
         " and cuts that same baseline's remaining GSM8K errors by 46%, together showing that the reasoning "
         "improvement is attributable to the architectural mechanism rather than scale or training data.",
         ("GPQA", 15.15, "delta", "SST"),
         rules=("name-after:subject",),
         id="h29-a-training-dataset-of-benchmark-examples"),
    case("We conducted experiments on the open-source models Qwen2 and Llama3, achieving improvements of 1.7% "
         "and 0.9% on the GSM8K dataset, and 2.3% and 1.2% on the MATH dataset, outperforming DPO and other "
         "DPO variant methods.",
         ("GSM8K", 1.7, "delta", None), ("GSM8K", 0.9, "delta", None), ("MATH", 2.3, "delta", None),
         ("MATH", 1.2, "delta", None),
         rules=("one-name-run:respectively-subjects", "one-name-run:respectively-subjects",
                "one-name-run:respectively-subjects", "one-name-run:respectively-subjects"),
         id="h29-models-the-experiments-run-on-in-order"),
    case("Experimental results across four benchmark datasets with seven policy models demonstrate that our "
         "method significantly enhances performance, with gains of 11.8% for Llama3-8B and 10.3% for GPT-4o on"
         " the MATH dataset.",
         ("MATH", 11.8, "delta", None), ("MATH", 10.3, "delta", None),
         rules=("shared-measure:own-system", "name-after:own-system"),
         id="h29-gains-each-for-a-model"),
    case("Theorem-SFT yields consistent gains across benchmarks and model families: +8.8% on MATH "
         "(LLaMA3.2-3B-Instruct) and +20.27% on GeoQA (Qwen2.5-VL-7B-Instruct) without modality-specific re-"
         "training.",
         ("MATH", 8.8, "delta", "Theorem-SFT (LLaMA3.2-3B-Instruct)"),
         rules=("name-after:subject",),
         id="h29-the-model-in-brackets-after-the-benchmark"),
    case("On *GSM8K*, *Cool-Fusion* increases accuracy from three strong source LLMs by a significant "
         "8%-17.8%.",
         ("GSM8K", 17.8, "delta", "Cool-Fusion"),
         rules=("frame:subject",),
         id="h29-a-name-in-markdown-and-a-range-gain"),
    case("Empirically, our method outperforms standard LoRA up to 10.2\\% on GSM8K (OLMo2-7B) with reduced "
         "parameter overhead, demonstrating that effective alignment is architecturally localized rather than "
         "distributed.",
         ("GSM8K", 10.2, "delta", None),
         rules=("name-after:own-system",),
         id="h29-outperforms-up-to"),
    case("DNA 1.0 8B Instruct achieves state-of-the-art results on Korean-specific tasks, including KMMLU "
         "(53.26%), KoBEST (83.40%), and BELEBELE (57.99%), while maintaining strong English capabilities on "
         "MMLU (66.64%), MMLU-Pro (43.05%) and GSM8K (80.52%).",
         ("MMLU", 66.64, "score", "DNA 1.0 8B Instruct"), ("MMLU-Pro", 43.05, "score", "DNA 1.0 8B Instruct"),
         ("GSM8K", 80.52, "score", "DNA 1.0 8B Instruct"),
         rules=("name-before:subject", "name-before:subject", "name-before:subject"),
         id="h29-a-size-inside-a-name"),
    case("Evaluation of our PersonaMath models on MATH and GSM8K reveals that the PersonaMath-7B model (based "
         "on Qwen2.5-7B) achieves an accuracy of 61.2% on MATH and 87.8% on GSM8K, surpassing all baseline "
         "methods and achieving state-of-the-art performance.",
         ("MATH", 61.2, "score", "PersonaMath-7B"), ("GSM8K", 87.8, "score", "PersonaMath-7B"),
         rules=("name-after:subject", "name-after:subject"),
         id="h29-a-bracketed-aside-before-the-verb"),
    case("On the challenging MATH benchmark, our SIGMA-tuned 7B model achieves 54.92% accuracy using only 30K "
         "samples, outperforming state-of-the-art models trained on 590K samples.",
         ("MATH", 54.92, "score", "SIGMA"),
         rules=("frame:subject",),
         id="h29-a-tool-tuned-model"),

    # held-out 30 (arxiv-listing-2)
    case("With no change to the judge, the candidates, or the budget, EL-DGR reaches 58.2% on GSM8K (vs. 56.8%"
         " judge, 55.8% majority, 55.4% first candidate) and 17.33 EM / 25.46 F1 on HotpotQA (vs. 15.67/23.49,"
         " 15.33/23.19, 15.33/22.97), improving on first-candidate GRPO by +2.8 pp (exact McNemar p=0.0026) "
         "and +2.00 EM (p=0.070, borderline).",
         ("GSM8K", 58.2, "score", "EL-DGR"), ("GSM8K", 56.8, "score", None), ("GSM8K", 55.8, "score", None),
         ("GSM8K", 55.4, "score", None),
         rules=("name-after:subject", "in-brackets:compared-in-bracket", "in-brackets:compared-in-bracket",
                "in-brackets:compared-in-bracket"),
         id="h30-results-compared-in-a-bracket"),
    case("On frozen candidate pools from four GRPO policies, an unconstrained scalar DeepSeek-R1-7B judge buys"
         " almost nothing over answer-level majority vote (+1.0 pp on 500 GSM8K questions, +0.34 EM on 300 "
         "HotpotQA questions), and on a frozen-rule 30-question confirmation split it is 10 points worse than "
         "majority, a judge that destroys accuracy while scoring candidates confidently.",
         ("GSM8K", 1, "delta", None),
         rules=("name-after:no-system",),
         id="h30-a-count-of-benchmark-questions"),
    case("Exact-match accuracy on GSM8K improved from 36.5% to 49.1% for Qwen3-0.6B and from 53.5% to 66.5% "
         "for Qwen3-1.7B.",
         ("GSM8K", 36.5, "score", "Qwen3-0.6B"), ("GSM8K", 49.1, "score", None),
         ("GSM8K", 53.5, "score", "Qwen3-1.7B"), ("GSM8K", 66.5, "score", None),
         rules=("name-before:pair-start", "pair-to:base-model", "continues-report:pair-start",
                "continues-report:base-model"),
         id="h30-each-pair-for-a-fine-tuned-model"),
    case("Across 55 models, its overall ranking reproduces the official MTEB retrieval v2, MMTEB v2 retrieval,"
         " and English BEIR (full) at Spearman >0.97.",
         id="h30-a-correlation-is-not-a-score"),
    case("Evaluations on code-generation benchmarks (HumanEval, MBPP, and LiveCodeBench-lite) and mathematical"
         " reasoning benchmark (GSM8K) demonstrate that CURE increases the average accepted length by 4.2-7.5%"
         " over parallel baselines without repair, translating to an end-to-end speedup of $2.66-3.49\\times$ "
         "over target-only decoding.",
         id="h30-accepted-length-is-not-a-score"),
    case("Notably, it achieves an up to 12\\% improvement over the most competitive RL-based baseline in terms "
         "of predicted activity on DNA sequence design, and further improves the GSM8K score from 78.6 to 80.7"
         " on LLaDA-8B-Instruct for language modeling.",
         ("GSM8K", 78.6, "score", "LLaDA-8B-Instruct"), ("GSM8K", 80.7, "score", None),
         rules=("name-before:pair-verb-object", "pair-to:own-system"),
         id="h30-the-model-a-pair-was-measured-on"),
    # the default GSM8K leaderboard's top 20 on both bigcorpus files, read against their abstracts
    case("In the age of large language models achieving superhuman performance on benchmarks like GSM8K (95\\% "
         "accuracy) and HumanEval (90\\% pass@1), we must ask: have these systems learned to \\emph{reason}, or "
         "have they learned to \\emph{pattern-match over reasoning traces}?",
         ("GSM8K", 95, "score", None), ("HumanEval", 90, "score", None),
         rules=("name-before:models-in-general", "name-before:models-in-general"),
         id="top20-numbers-about-models-in-general"),
    case("In particular, within the Qwen3.5 family, GSM8K accuracy scales from $41\\%$ ($0.8$B) to $96.8\\%$ "
         "($397$B-A$17$B), yet genuine follow-up rates under deterministic generation remain near zero.",
         ("GSM8K", 41, "score", "Qwen3.5 0.8B"), ("GSM8K", 96.8, "score", "Qwen3.5 397B-A17B"),
         rules=("name-nearby:family-size", "continues-report:family-size"),
         id="top20-sizes-of-one-family"),
    # held-out 31 (arxiv-listing-2; scored once as a reserve, then fixed)
    case("On GSM8K, SLoRA and NLoRA achieve accuracies of 56.48% and 57.70%, surpassing LoRA by 33.52% and "
         "36.41%, with only 3.67 million additional trainable parameters.",
         ("GSM8K", 56.48, "score", "SLoRA"), ("GSM8K", 57.7, "score", "NLoRA"), ("GSM8K", 33.52, "delta", "SLoRA"),
         ("GSM8K", 36.41, "delta", "NLoRA"),
         rules=("frame:respectively-subjects", "continues-report:respectively-subjects",
                "continues-report:respectively-subjects", "continues-report:respectively-subjects"),
         id="h31-two-systems-then-their-two-numbers"),
    case("Encouragingly, without introducing any additional data or advanced training techniques, and merely "
         "by reformatting the response, LLaMA-2-13B's mathematical reasoning ability on GSM8K can be improved "
         "from 46.77% to 56.63% in accuracy.",
         ("GSM8K", 46.77, "score", "LLaMA-2-13B"), ("GSM8K", 56.63, "score", "LLaMA-2-13B"),
         rules=("name-nearby:pair-start", "continues-report:subject"),
         id="h31-a-possessive-name-before-a-pair"),
    case("Scorers trained on difficult data transfer zero-shot: a MuSR-trained scorer achieves 93.9% on GSM8K "
         "without seeing a math problem.",
         ("GSM8K", 93.9, "score", None),
         rules=("name-after:subject",),
         id="h31-a-scorer-named-by-its-training-data"),
    case("Experiments using real-world data from the LLaMA-65B model and the GSM8K dataset demonstrate that "
         "system utilization improves from 80.2% to 89.1%, and the total inference time decreases from 201.00 "
         "to 190.58 seconds.",
         id="h31-system-utilization-is-not-a-score"),




]

QUALIFIERS = [  # (sentence, benchmark, value, qualifier), real text
    ("Single-pass methods demonstrated superior capability preservation on the benchmarked subset (avg GSM8K change "
     "across three models: ErisForge -0.28 pp; DECCP -0.13 pp).", "GSM8K", -0.13, "average"),
    ("Empirical results on AIME24/25, GPQA, and LiveCodeBench show average accuracy gains of 6%, 3%, and 5% over "
     "baselines.", "GPQA", 3, "average"),
    ("With Qwen3-4B-Base and OctoThinker Hybrid-8B-Base, it improves Pass@1 by up to +140.7 percent on AIME25, +36.2 "
     "percent on MMLU_STEM, and +19.6 percent on GPQA-Diamond, nearly matching gold-label training while using no "
     "gold labels.", "GPQA", 19.6, "up to"),
    ("Across six challenging mathematical reasoning benchmarks, ThreadWeaver trained atop Qwen3-8B achieves accuracy "
     "comparable to cutting-edge sequential reasoning models (71.9% on average and 79.9% on AIME24) while delivering "
     "up to 1.53x average speedup in token latency.", "AIME", 79.9, None),
    ("Across five benchmarks spanning math (AIME'25), abstract reasoning (ARC-AGI-1), graduate-level science (GPQA), "
     "code generation (MBPP), and logic puzzles (Sudoku), SePO consistently outperforms Manual-CoT, TextGrad, and "
     "MetaSPO, improving the average accuracy by 4.49 points compared to Manual-CoT.", "AIME", 4.49, "average"),
    ("The model achieves an average improvement of 3.89% on AIME 24/25 benchmarks.", "AIME", 3.89, "average"),
    ("On difficult datasets such as AIME'25, Hermes achieves up to a 67% accuracy improvement while using 80% fewer "
     "total inference FLOPs.", "AIME", 67, "up to"),
    ("To this end, rStar2-Agent boosts a pre-trained 14B model to state of the art in only 510 RL steps within one "
     "week, achieving average pass@1 scores of 80.6% on AIME24 and 69.8% on AIME25, surpassing DeepSeek-R1 (671B) "
     "with significantly shorter responses.", "AIME", 80.6, "average"),
    ("Extensive experiments demonstrate that DeepTool achieves superior performance, boosting Qwen2.5-7B significantly "
     "across six benchmarks (e.g., AIME24: 3.2% -> 40.4% and HMMT25: 0.0% -> 28.6%).", "AIME", 40.4, None),
    ("Empirically, our method achieves an approximate +3 point improvement over standard RLVR using GRPO/PPO on AIME "
     "benchmarks.", "AIME", 3, "approximately"),
    ("Evaluated on three reasoning models (Qwen3-0.6B, DeepSeek-R1-Distill-Qwen-1.5B, Qwen3-1.7B), CARD achieves 81.4% "
     "to 89.2% accuracy on GSM8K while reducing token cost by 1.88x to 2.40x compared to fixed decomposition "
     "baselines.", "GSM8K", 89.2, "range"),
    ("On MATH-500, CARD reaches 75.1 to 86.8% accuracy using 1.71x to 5.74x fewer tokens.", "MATH-500", 86.8,
     "range"),
]


SETTINGS = [  # (sentence, benchmark, value, setting), real text: the end of a pair shares its start's setting
    ("Motivated by these findings, we propose a self-distillation method that trains the model on its own pure text "
     "reasoning traces paired with image inputs, raising image-mode accuracy on GSM8K from 30.71% to 92.72% and "
     "transferring to unseen benchmarks without catastrophic forgetting.", "GSM8K", 92.72, "image-mode"),
    ("For example, on MMLU with a zero-shot setting, skipping voids in Qwen2.5-7B-Instruct resulted in an improvement "
     "from 69.24 to 71.29 while the model uses only 30% of the layers.", "MMLU", 71.29, "zero-shot"),
    ("On 12,032 MMLU-Pro questions across 14 subjects, using DeepSeek-v3.2 with deterministic decoding in a zero-shot "
     "setting, Reinforcement Inference improves accuracy from 60.72\\% to 84.03\\%, while only incurring 61.06\\% "
     "additional inference calls.", "MMLU-Pro", 84.03, "zero-shot"),
    ("In particular, we show that our methods improve the Bo32 performance of Gemma 2B on Hendrycks MATH from 26.8% to "
     "30.8%, and pass@32 from 60.0% to 67.0%, as well as the pass@16 on HumanEval from 61.6% to 67.1%.", "MATH", 30.8,
     "best-of-32"),
    ("On 4-bit quantized Granite 4.0 H Small (32B/9B active, hybrid Mamba-Transformer): GSM8K maintains 88.84% "
     "accuracy at T = 3.0 (2.81pp degradation from T = 0.5); MMLU maintains 72.49% across 14,042 questions (1.24pp "
     "degradation).", "GSM8K", 88.84, "temperature 3.0"),
]

METRICS = [  # (sentence, benchmark, value, metric), real text
    ("We provide Mojo/MAX inference implementations of SRMs exhibiting 12x the throughput and 170x the concurrency of "
     "similarly powerful Transformers inferenced on vLLM, increases characteristic of Pytorch implementations "
     "resulting in a 30\\% increase in compute-constant GSM8k Pass@k.", "GSM8K", 30, "pass@k"),
    ("Especially, on AIME2024 with DeepSeek-R1-Distill-Qwen-7B, SRGen yields absolute improvements of +12.0% on "
     "Pass@1 and +13.3% on Cons@5.", "AIME", 13.3, "cons@5"),
    ("We demonstrate that bootstrapping our algorithm over multiple iterations enables smaller language models (7-8B "
     "parameters) to self-improve, achieving +8-10% in AlpacaEval win-rate, an average of +0.3 on MT-Bench, and "
     "+19-23% in principle-following win-rate on IFEval.", "MT-Bench", 0.3, None),  # (the win rates are the others')
    ("In evaluations on AIME 2024/2025 across multiple models, AlphaApollo delivers consistent gains: +5.15% "
     "Average@32 and +23.34% Pass@32 for Qwen2.5-14B-Instruct, and +8.91% Average@32 with +26.67% Pass@32 for "
     "Llama-3.3-70B-Instruct.", "AIME", 5.15, "avg@32"),
    ("Seed-Thinking-v1.5 achieves 86.7 on AIME 2024, 55.0 on Codeforces and 77.3 on GPQA, demonstrating excellent "
     "reasoning abilities in STEM and coding.", "GPQA", 77.3, None),  # not "EM" inside "STEM"
    ("With Qwen3-4B-Base and OctoThinker Hybrid-8B-Base, it improves Pass@1 by up to +140.7 percent on AIME25, +36.2 "
     "percent on MMLU_STEM, and +19.6 percent on GPQA-Diamond, nearly matching gold-label training while using no "
     "gold labels.", "GPQA", 19.6, "pass@1"),
    ("To this end, rStar2-Agent boosts a pre-trained 14B model to state of the art in only 510 RL steps within one "
     "week, achieving average pass@1 scores of 80.6% on AIME24 and 69.8% on AIME25, surpassing DeepSeek-R1 (671B) "
     "with significantly shorter responses.", "AIME", 80.6, "pass@1"),
    ("SERL improves the LC win rate of Qwen3-8B on AlpacaEval 2 from 52.37% to 59.90%.", "AlpacaEval", 59.9,
     "length-controlled win rate"),
    ("For example, on MATH500, RLTR achieves a +3.6%p gain in Maj@64 compared to RLVR and matches RLVR's average "
     "accuracy with roughly 2.5x fewer training steps, providing both more reliable reasoning and significantly more "
     "sample efficient.", "MATH-500", 3.6, "maj@64"),
    ("For example, it improves AIME 2025 average@32 accuracy by 7.1 and 2.8 points over GRPO for Qwen3-1.7B and "
     "Qwen3-4B respectively -- suggesting that reasoning-aware retrieval is a complementary axis of improvement and "
     "orthogonal to advances in reward design or training curricula.", "AIME", 7.1, "avg@32"),
    ("Across challenging math datasets, our pattern-aware method substantially improves both code usage and "
     "accuracy, for instance raising Code@1 on MATH500 from 64.0% to 70.5% and on AIME24 from 26.7% to 50.0%.",
     "MATH-500", 70.5, "code@1"),
]


IDENTITY = [  # names that must be filed under their own entry, from real text
    ("maintaining consistent performance on general-purpose semantic understanding tasks such as C-MTEB", "C-MTEB"),
    ("achieves SOTA performance on both the Massive Text Embedding Benchmark (MTEB) and Chinese MTEB", "C-MTEB"),
    ("On a GSM-Hard-derived test set built via adversarial synthesis", None),
    ("On GSM-Hard, accuracy", "GSM-Hard"),
    ("on benchmark MATH 500, majority voting", "MATH-500"),
    ("on RewardBench 2, it yields significant gains", "RewardBench 2"),
    ("achieves a $8.4\\%$ improvement on the VL Reward-Bench", "VL-RewardBench"),
]


# Short sentences written for shapes the extractor must handle (constructed, not from a paper).
REGRESSIONS = [  # constructed sentences, the smallest shape of one behaviour each (not real text)
    case("Pruning 20% and 50% of the weights keeps 95.1% and 90.3% of the accuracy and 61.2 and 70.3 on GSM8K and "
         "MATH.",
         ("GSM8K", 61.2, "score", None), ("MATH", 70.3, "score", None),
         rules=("list-after:no-system", "list-after:no-system"),
         id="a-run-unlike-the-paired-run-is-not-parallel"),
    case("We evaluate on GSM8K and MATH. Our model reaches 85.2% and 51.3% accuracy, respectively.",
         ("GSM8K", 85.2, "score", None), ("MATH", 51.3, "score", None),
         rules=("earlier-sentence:own-system", "earlier-sentence:own-system"),
         id="benchmark-named-in-previous-sentence"),
    case("On MMLU, CMP achieves a mean accuracy of 75.1 against a baseline of 59.2.",
         ("MMLU", 75.1, "score", "CMP"), ("MMLU", 59.2, "score", None),
         rules=("frame:subject", "continues-report:baseline-of"),
         id="against-a-baseline-of"),
    case("Our model reaches 0.832 nDCG@10 on BEIR.", ("BEIR", 0.832, "score", ...),
         rules=("name-after:own-system",),
         id="fraction-score"),
    case("It scores 62.53 (± 1.59) on MTEB.", ("MTEB", 62.53, "score", ...),
         rules=("name-after:own-system",),
         id="plus-minus"),
    case("GSM8K accuracy drops by 3.1 points for Llama-2-7B.", ("GSM8K", -3.1, "delta", ...),
         rules=("name-nearby:base-model",),
         id="decrease"),
    case("\\textbf{OurNet} obtains \\textbf{85.1}\\% on GSM8K.", ("GSM8K", 85.1, "score", ...),
         rules=("name-after:subject",),
         id="latex-textbf"),
    case("Accuracy on GSM8K improves from 41.2% $\\rightarrow$ 56.0%.", ("GSM8K", 41.2, "score", ...),
         ("GSM8K", 56.0, "score", ...),
         rules=("name-before:pair-verb-object", "pair-to:no-system"),
         id="latex-arrow"),
    case("On GSM8K, Model-A and Model-B achieve 80.1% and 82.3%, respectively.",
         ("GSM8K", 80.1, "score", "Model-A"), ("GSM8K", 82.3, "score", "Model-B"),
         rules=("one-name-run:respectively-subjects", "one-name-run:respectively-subjects"),
         id="respectively-models"),
    case("It improves nDCG@10 by 0.7\u20131.4 points on BEIR.", ("BEIR", 1.4, "delta", ...),
         rules=("name-after:own-system",),
         id="unicode-range"),
    case("The model uses 7B parameters and was trained on GSM8K in 2023 with 4 GPUs.", id="sizes-years-counts"),
    case("Our 8-shot results on GSM8K are strong.", id="shots-not-scores"),
    case("We study basic math skills; 85% of students passed.", id="lowercase-math"),
    case("MATH-Vision and GSM-Plus scores reach 40.1 and 70.2.", id="variants-only"),
]
