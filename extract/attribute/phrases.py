"""Noun phrases that name systems: what looks like a name, the subject of a clause, a model named with "with".

These are the attribute stage's readers of text; the rules that decide whose a number is are in
`extract.attribute.system`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..rules import P
from ..words import WORDS


def is_name(token: str) -> bool:
    """Whether a token looks like a system or model name.

    >>> [is_name(t) for t in ["MuMath-Code-7B", "XTR", "Vicuna", "accuracy", "Our", "2-L", "5.33x", "3-hour"]]
    [True, True, True, False, False, True, False, False]
    """
    token = token.strip("()[],.;:'’")
    if not token or token in WORDS.common_capitalised:
        return False
    if token[0].isdigit() and (P.factor_or_share.fullmatch(token) or P.unit_compound.fullmatch(token)):
        return False  # "5.33x", "40%", "3-hour", "4-bit": a factor, a share or a quantity, never a name
    if token[0].isupper() or any(map(str.isupper, token[1:])):
        return True
    return any(map(str.isdigit, token)) and any(map(str.isalpha, token))


def _name_run(text: str) -> str | None:
    """The longest run of name-like tokens at the start of `text` ("PaLM 2-L models" -> "PaLM 2-L")."""
    tokens = text.split()
    run: list[str] = []
    for t in tokens:
        if t.startswith("("):  # a bracketed qualifier of the name: "GPT-5.4 (High)"
            if run and re.fullmatch(r"\([\w\-.]+\)[,.;:]?", t):
                run.append(t.rstrip(",.;:"))
            break
        bare = t.rstrip(",.;:)")
        if is_name(bare) and bare.lower() not in WORDS.generic_tail:
            run.append(bare)
            if bare != t:
                break
        else:
            break
    return " ".join(run) if run else None


def clean_np(np: str, opens: bool = False) -> tuple[str | None, str]:
    """Reduce a subject noun phrase to (model name or None, kind); `opens`: the phrase opens its sentence.

    kind is "name", "own" (we / our method), "descriptive" ("the fixed-token
    approach") or "none".

    >>> clean_np("Our MuMath-Code-7B")
    ('MuMath-Code-7B', 'name')
    >>> clean_np("A Llama-3.1-70B-Instruct model tuned with this approach")
    ('Llama-3.1-70B-Instruct', 'name')
    >>> clean_np("our method")
    (None, 'own')
    >>> clean_np("the fixed-token approach")
    ('fixed-token approach', 'descriptive')
    >>> clean_np("DCoLT-reinforced LLaDA")
    ('DCoLT-reinforced LLaDA', 'name')
    >>> clean_np("math-only RL")
    ('math-only RL', 'name')
    >>> clean_np("RPD-selected training")
    ('RPD', 'name')
    >>> clean_np("applying iGRPO to OpenReasoning-Nemotron-7B trained on AceReason-Math")
    ('iGRPO (OpenReasoning-Nemotron-7B)', 'name')
    >>> clean_np("shifting DDLM --> ARM communication from text space")
    (None, 'none')
    >>> clean_np("The resulting Phi-4-Mini-Reasoning model")
    ('Phi-4-Mini-Reasoning', 'name')
    >>> clean_np("RLVR with R-HORIZON")
    ('RLVR with R-HORIZON', 'name')
    >>> clean_np("The pre-trained LexMAE")
    ('LexMAE', 'name')
    >>> clean_np("Differential smoothing", opens=True)
    ('Differential smoothing', 'descriptive')
    >>> clean_np("DNA 1.0 8B Instruct")
    ('DNA 1.0 8B Instruct', 'name')
    >>> clean_np("a Qwen-72B base language model equipped with Meta Prompting-without additional instruction tuning-")
    ('Meta Prompting (Qwen-72B)', 'name')
    """
    np = np.strip(" ,;:-–—")
    np = P.trailing_adverbs.sub("", np).strip()
    if not np:
        return None, "none"
    if re.search(r"\bwe\b", np, re.IGNORECASE) or P.own_pronoun.match(np) or re.search(r"(?:^|[,\s])it$", np):
        return None, "own"  # "..., and on GSM8K it yields": the clause's subject is the system spoken of
    if any(w.lower().strip(",.") in WORDS.measures for w in np.split()):
        return None, "measure"
    gerund = P.gerund_subject.match(np)
    if gerund:  # an action as the subject: "applying iGRPO to OpenReasoning-Nemotron-7B achieves ..."
        applied, target = _name_run(gerund.group("x")), gerund.group("y") and _name_run(gerund.group("y"))
        if gerund.group("verb").lower() in WORDS.apply_verbs and applied:
            return (f"{applied} ({target})" if target else applied), "name"
        return None, "none"  # "shifting DDLM --> ARM communication ... yields": not a system
    equipped = P.model_equipped_with.match(np)
    if equipped:  # "a Qwen-72B base language model equipped with Meta Prompting": the method on the model
        return f"{equipped.group('method')} ({equipped.group('model')})", "name"
    generic_with = re.match(r"(?:the\s+)?(\S+)\s+with\s+([^\s,;]+)(?=\s+(?:not|also|further)\b|\s*$)", np, re.I)
    if generic_with and generic_with.group(1) in WORDS.generic_methods and is_name(generic_with.group(2)):
        return f"{generic_with.group(1)} with {generic_with.group(2)}", "name"  # "RLVR with R-HORIZON": the variant
    cut = P.noun_phrase_cut.search(np)
    if cut and not P.leading_article.sub("", np[:cut.start()] + " ").strip() and cut.group().strip()[-1] in "d":
        np = np[cut.end():]  # "The pre-trained LexMAE": a participle before the name describes it
        cut = P.noun_phrase_cut.search(np)
    if cut:
        np = np[: cut.start()]
    np = P.leading_article.sub("", np).strip()
    if P.own_pronoun.match(np) or re.fullmatch(
            r"(?:proposed |new )?(?:method|model|approach|framework|system)s?", np, re.I):
        return None, "own"
    every = np.split()
    at = [k for k, w in enumerate(every) if not P.size_token.match(w)]
    words = [every[k] for k in at]  # "a 1B-parameter HRM-Text model" (a size inside a name stays: see below)
    if any(w.lower() in WORDS.measures for w in words):
        return None, "measure"  # "the sensitivity of model scores ... decreased": a measure, not a system
    if any(w.lower() in ("accuracy", "score", "scores", "performance", "results", "error") for w in words):
        return None, "none"  # "GSM8K accuracy drops by ...": a measure, not a system
    while words and words[-1].lower() in WORDS.generic_tail and len(words) > 1 and is_name(words[-2]):
        words.pop()
    if not words:
        return None, "none"
    names = [w for w in words if is_name(w)]
    if names and all(w[:1].isupper() and w[1:].islower() for w in names) and len(words) > len(names) \
            and words[0] == names[0] and len(names) == 1 and words[-1][:1].islower():
        names = []  # "Direct regeneration baselines": sentence case, not a name
    tool = P.tool_participle.fullmatch(names[0]) if len(names) == 1 and names[0] != words[-1] else None
    if tool and words[words.index(names[0]) + 1][:1].islower():
        return tool.group(1), "name"  # "RPD-selected training yields ...": the tool that did the selecting
    if names and len(words) <= 5:
        # keep a hyphenated lower-case modifier glued to the name ("DCoLT-reinforced LLaDA", "math-only RL")
        first = next(i for i, w in enumerate(words) if is_name(w))
        last = max(i for i, w in enumerate(words) if is_name(w))
        if first == 1 and first == last and re.fullmatch(r"[a-z]+-[a-z]+", words[0]) \
                and words[1].strip(",.;:") in WORDS.generic_methods:
            first = 0  # a generic method made specific ("math-only RL"; not "hand-designed ProbL2-GRPO")
        if last + 1 < len(words) and words[last + 1].strip(",.;:").lower() == "prompting":
            return " ".join(every[at[first]:at[last + 1] + 1]), "descriptive"  # "NAIVE prompting": a way of
            # prompting is a setting of the system, not a system
        return " ".join(every[at[first]:at[last] + 1]).strip(",.;:"), "name"  # ("DNA 1.0 8B Instruct")
    if (len(words) <= 4 and words[-1].lower() in WORDS.method_nouns and any("-" in w for w in words[:-1])
            and not any(w.lower() in ("baseline", "leading", "base", "best") for w in words)):
        return " ".join(words), "descriptive"
    low = [words[0][:1].lower() + words[0][1:], *words[1:]] if opens else words  # "Differential smoothing ..."
    if (1 < len(words) <= 3 and all(re.fullmatch(r"[a-z][a-z\-]*", w) and w not in WORDS.function_words
                                    and not w.endswith("ly") for w in low)
            and low[-1] not in WORDS.not_a_system and low[0] not in WORDS.not_a_system):
        return " ".join(words), "descriptive"  # "proportional rank allocation degrades accuracy by 4.5 points"
    return None, "none"


_ASIDE = re.compile(r"\([^()]*\)")


def _asides_blanked(text: str) -> str:
    """The text with each closed bracket's inside blanked (same length): an aside never holds a clause's
    subject or verb ("(MATH forget 45/150 to 37/150; McNemar p=0.0078)")."""
    if ";" not in text and ":" not in text:
        return text  # (only an aside with its own clause boundary can mislead the subject search)
    return _ASIDE.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")" if ";" in m.group() or ":" in m.group()
                      else m.group(), text)


def subject_of(s: str, pos: int, is_benchmark: Callable[[str], bool] = lambda _: False) -> tuple[str | None, str]:
    """The subject (as `clean_np` kinds) of the clause that reports the number at `pos`.

    >>> subject_of("Our MuMath-Code-7B achieves 83.8 on GSM8K", 28)
    ('MuMath-Code-7B', 'name')
    >>> subject_of("By using X on BEIR, PRP outperforms A and outperforms B by 4.2%", 60)
    ('PRP', 'name')
    >>> subject_of("POME delivers consistent gains, boosting average performance by +2.5% on GSM8K", 64)
    ('POME', 'name')
    >>> subject_of("Our results show that CoT remains effective with GPT-4o-mini (89.5% on GSM8K)", 61)
    ('CoT', 'name')
    >>> subject_of("MAST induces forgetting (MATH 45/150 to 37/150; McNemar p=0.0078) while preserving GSM8K (+0.8", 91)
    ('MAST', 'name')
    """
    left = _asides_blanked(s[:pos])
    verbs = [
        m for m in P.reporting_verb.finditer(left)
        # (end-anchored checks search a window ending at the verb: `pos`/`endpos` keep the text's own boundaries)
        if not P.noun_before.search(left, max(0, m.start() - 40), m.start())  # "a 7.44% increase" is a noun
        and not P.of_next.match(left, m.end())  # "scores of 46.17"
        and not (m.group().startswith("score") and not P.score_verb_next.match(left, m.end()))  # "model scores"
        and not (m.group() in WORDS.noun_forms  # "delivers consistent gains", "demonstrate significant gains"
                 and (P.object_after_verb.search(left, max(0, m.start() - 120), m.start())
                      or P.adjective_before_noun.search(left, max(0, m.start() - 30), m.start())))
    ]
    for i in range(len(verbs) - 1, -1, -1):
        v = verbs[i]
        if v.group("part"):
            continue
        before = left[: v.start()]
        aside = P.participle_aside.search(before)
        if aside:  # "Step-DPO, when applied to Qwen2-72B-Instruct, achieves": the subject stands before the aside
            before = before[:aside.start()]
        bracket = re.search(r"\s*\([^()]*\s[^()]*\)\s*$", before)
        if bracket:  # "the PersonaMath-7B model (based on Qwen2.5-7B) achieves": a bracketed phrase is an aside
            before = before[:bracket.start()] + " "
        prev_end = verbs[i - 1].end() if i > 0 else 0
        starts = [m.end() for m in P.noun_phrase_start.finditer(before, max(0, prev_end - 20)) if m.end() >= prev_end]
        np_start = max([prev_end, *starts]) if starts else prev_end
        np = P.trailing_adverbs.sub("", before[np_start:].rstrip())
        if re.search(r"(?:\band|\bbut|,)\s*$", np):
            continue  # "X outperforms A and outperforms B": the subject is earlier
        if not np.strip():
            appos = re.search(r",\s*(?P<np>[^,;:()]{1,60}?(?:\s*\([^(),;:]{1,15}\))?),\s*$", before)  # ("..., X (XR),")
            if appos:  # "the best-performing model, Gemini-2.5-Pro, achieves"
                name, kind = clean_np(appos.group("np"))
                if kind == "name":
                    return name, kind
            rel = re.search(r"(?P<np>[^,;:()]{1,80}?)\s+(?:that|which|who)\s*$", before)
            if rel:  # "a recipe that yields ...": the antecedent
                return clean_np(rel.group("np"))
            continue
        name, kind = clean_np(np, opens=not before[:np_start].strip())
        if kind == "name" and name and is_benchmark(name):
            rest = [w.lower().strip(",.") for w in np.replace(name, " ").split()]
            if all(w in WORDS.benchmark_np_words for w in rest):
                return name, "benchmark"  # "MMLU-Pro raises the challenge ...": a statement about the benchmark
            return None, "none"  # "re-solving all GSM8K examples lowers ...": about something else
        return name, kind
    # no finite verb: "(1) SPO-chain for short CoT, ..., achieving 6-12 points",
    # "Furthermore, URPO cultivates ..., achieving a score of 85.15": the first name
    colon = max(left.rfind(":"), left.rfind(";"))
    for that in re.finditer(r"\b(?:show|shows|demonstrate|demonstrates|reveal|reveals|indicate|indicates|find|"
                            r"suggest|suggests|confirm|confirms)\s+that\s", left):
        colon = max(colon, that.end() - 1)  # "Our results show that CoT remains effective ...": after "that"
    start = colon + 1
    for _ in range(3):  # an opening phrase ends at a comma: "Notably, fine-tuned with only code, Z1-7B ..."
        found = _first_name(left, start, colon < 0 and start == 0, is_benchmark)
        if isinstance(found, int):
            start = found
            continue
        name, kind, at = found
        if start > colon + 1 and kind == "name" and "," in left[at:] and not re.search(r"\b[Oo]ur\s*$", left[:at]):
            break  # past an opening phrase, a name counts only in the number's own clause
        return name, kind
    return None, "none"


def _first_name(left: str, start: int, opens: bool,
                is_benchmark: Callable[[str], bool]) -> tuple[str | None, str, int] | int:
    """The first name from `start` on (as `subject_of`, with where it starts), or where to look next when an
    opening phrase ("After a 3-hour fine-tuning with 1K examples,") ends at a comma before any name."""
    seg = left[start:]
    intro = article = False
    for m in re.finditer(r"[A-Za-z0-9][\w.\-+']*[\w+]", seg):
        if re.fullmatch(r"\d+", m.group()):
            continue  # an enumeration mark
        word = m.group()
        first = not seg[:m.start()].strip(" ,()0123456789")
        if first and word in ("The", "A", "An"):
            article = True  # "The pre-trained LexMAE is readily transferred ..., achieving": the name after it
            continue
        if article and word.lower().endswith("ed") and "-" in word:
            continue  # (its participle: "pre-trained", "fine-tuned")
        article = False
        if word in WORDS.common_capitalised or word.lower() in ("we", "our"):
            if word.lower() == "our":  # "our Multiverse-32B stands as ...": the name after "our"
                nxt = _name_run(seg[m.end():].lstrip())
                if nxt and not is_benchmark(nxt) and not P.size_token.match(nxt):
                    return nxt, "name", start + m.end()
            if word.lower() in ("we", "our", "it"):
                return None, "own", start + m.start()
            intro = intro or first
            continue
        if word.lower().endswith(("ed", "ing", "ly")) and (word[0].isupper() or first):
            intro = intro or first
            continue  # "Guided by these insights, ...", "fine-tuned with only code trajectories, ..."
        if opens and m.start() == 0 and word[1:] == word[1:].lower() and not any(c.isdigit() for c in word):
            break  # "Cross-domain transfer is ...": capitalised because it opens the sentence
        if is_name(word) and not is_benchmark(word):
            return _name_run(seg[m.start():]) or word, "name", start + m.start()
        if is_benchmark(word) and re.search(r"\b(?:on|in)\s+$", seg[max(0, m.start() - 4):m.start()], re.I):
            continue  # "On GSM8K we observe ...": the frame, then the subject
        if intro and "," in seg[m.end():]:
            return start + seg.index(",", m.end()) + 1
        break
    return None, "none", start


def base_model_in(clause: str, is_benchmark: Callable[[str], bool] = lambda _: False) -> str | None:
    """A model named with "with/using/for/via NAME" in a clause ("using a LLaMA2-7B student model").

    >>> base_model_in("yields 58.8% on the MATH dataset with fine-tuned PaLM 2-L models, an")
    'PaLM 2-L'
    """
    for m in P.with_model.finditer(clause):
        name = _name_run(m.group("name"))
        if name and not is_benchmark(name) and not P.size_token.match(name):  # "with a 1B model": a size
            if re.match(r"\s*(?:configuration|setting|mode|regime|schedule|template|prompt|format)s?\b",
                        clause[m.start("name") + len(name):]):
                continue  # "with the Wide-t configuration": a setting, not a model
            return name
    return None
