"""Whose number is it: the paper's own system, a named model, or a quoted baseline."""

from __future__ import annotations

import re
from collections.abc import Callable

# A name-like token: "MuMath-Code-7B", "XTR", "LLaVA", "PaLM", "2-L", "o3-mini-high".
_TOKEN = r"(?:[A-Za-z0-9][\w.\-+'’]*[\w+]|[A-Z0-9])"
_COMMON_CAPITALISED = frozenset(
    """A An The Our This These Those Its We It They Their In On For With By Across Compared
    Overall Further Furthermore Moreover Notably Specifically Additionally However Finally
    Extensive Experimental Experiments Results Evaluations Evaluation Empirically Empirical
    Also Both Each All Most Such When While Although Despite Using Based Code Here Then Thus
    Consequently Importantly Remarkably Surprisingly Similarly Interestingly Besides Through
    Compared Unlike Like Given After Before As At To From Of And Or But Finetuning Fine-tuning
    Adding Training Evaluating Applying Taking Even Only Further Second First Third Lastly
    Existing Previous Prior Current State-of-the-art SOTA Large Small Base Baseline Human Within Without
    Among Under Over Beyond Through Via During Against Toward Towards Upon Whereas Since Because Once Still Yet
    Instead Meanwhile Ultimately Crucially Critically Concretely Practically Experimentally Quantitatively
    Qualitatively Theoretically Specifically Generally Typically Such""".split()
)
_BENCHMARK_NP_WORDS = frozenset(
    "the a an this our new benchmark benchmarks dataset datasets suite leaderboard itself not only also".split())
_SIZE_TOKEN = re.compile(r"^\d+(?:\.\d+)?[BMKT](?:-param(?:eter)?s?)?$", re.IGNORECASE)
_MEASURES = frozenset(
    """sensitivity variance miscalibration calibration latency cost costs memory speed throughput
    sparsity correlation skew overlap contamination leakage size""".split()
)
_GENERIC_TAIL = frozenset("model models variant variants version versions student backbone checkpoint".split())
# words that head (or open) a lower-case phrase that is not a system: measures, data, quantifiers
_NOT_A_SYSTEM = frozenset(
    """accuracy performance score scores result results gap gaps gain gains improvement improvements drop drops
    increase increases decrease decreases rate rates error errors cost costs model models method methods approach
    approaches baseline baselines data dataset datasets benchmark benchmarks task tasks setting settings case cases
    number average mean it this that these those which each both all most some many several other others such
    analysis analyses experiments experiment evaluation evaluations study studies work paper findings training
    inference reasoning size sizes time budget budgets tokens token length lengths margin difference variant
    variants version versions students student teacher teachers humans human people users participants annotators
    proportion share fraction percentage ratio overall further first second final best worst loss losses
    perplexity entropy same initial original""".split())
# a name made into a participle: "RPD-selected", "PRM-guided" (the name is the part before it)
_TOOL_PARTICIPLE = re.compile(r"([A-Z][\w]*?)-(?:selected|guided|filtered|based|driven|aware|augmented|enhanced)")
# training or inference recipes named by a generic acronym: a modifier in front of one is part of the name
_GENERIC_METHODS = frozenset("RL SFT DPO GRPO PPO KD ICL CoT RAG RLHF RLVR LoRA".split())
_FUNCTION_WORDS = frozenset("and or to of for with by in on at as from no not only also nor than but".split())
_METHOD_NOUNS = frozenset(
    """method methods approach approaches framework model models system configuration variant
    recipe technique algorithm pipeline strategy agent judge policy retriever reranker
    embedder tool""".split()
)
_OWN_NOUNS = r"method|model|approach|framework|system|technique|algorithm|pipeline|strategy|tool|recipe"
_PRONOUN_OWN = re.compile(
    r"^(?:we|it|they|ours?|(?:our|the proposed|this|the resulting|the new|our proposed|our final|our best|the)"
    r"\s+(?:proposed\s+|new\s+|final\s+|best\s+|full\s+|simple\s+|resulting\s+)?(?:" + _OWN_NOUNS + r")s?"
    # "this compact architecture", "our lightweight reranker": a demonstrative or "our", then adjectives
    r"|(?:the|our)\s+(?:best|final|strongest)\s+(?:variant|configuration|version)"  # "The best variant improves"
    r"|(?:our|this|the proposed|our proposed)\s+(?:(?-i:[a-z]+)\s+|\d+(?:\.\d+)?[BMK]\s+){0,2}?"  # ("our 0.6B student")
    r"(?:" + _OWN_NOUNS + r"|architecture|design|reranker|retriever|embedder|encoder|solver|agent|variant|student)s?)$",
    re.IGNORECASE,
)

# Finite verbs that report a number. Forms that are also common nouns ("a drop", "an increase",
# "a boost", "a score") are listed only in their -s / -ed forms.
FINITE_VERBS = (
    "achieves|achieve|achieved|scores|scored|reaches|reach|reached|obtains|obtain|obtained|attains|attain|"
    "gets|get|yields|yield|yielded|improves|improve|improved|boosts|boosted|outperforms|outperform|"
    "outperformed|surpasses|surpass|surpassed|exceeds|exceed|advances|sets|establishes|delivers|"
    "deliver|records|enhances|enhance|enhanced|raises|raise|increases|increased|lifts|gains|brings|bring|"
    "drops|dropped|decreases|decreased|falls|fell|declines|declined|degrades|degraded|"
    "beats|beat|matches|ranks|tops|hits|produces|produce|secures|attained|leads|"
    "reports|performs|perform|cultivates|trains|provides|offers|lowers|reduces|cuts|retains|maintains|"
    "enables|allows|helps|lets|pushes|elevates|narrows|closes|accelerates|accelerate|speeds|exhibits|shows|"
    "collapses|collapsed|recovers|recovered|preserves|preserved|corrects|corrected|mitigates|solves|resolves|"
    "rises|rose|jumps|jumped|climbs|climbed|grows|grew"
)
PARTICIPLES = (
    "achieving|scoring|reaching|obtaining|yielding|improving|boosting|outperforming|surpassing|exceeding|"
    "setting|establishing|attaining|delivering|gaining|leading|resulting|bringing|raising|enhancing"
)
# verb forms that are also plural nouns: after a verb and an adjective or two they are its object
_NOUN_FORMS = frozenset("gains records sets leads matches drops falls reports ranks tops hits lifts increases "
                        "decreases declines boosts cuts".split())
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:significant|substantial|consistent|considerable|notable|remarkable|strong|large|clear|modest|great|huge|"
    r"marked|dramatic|impressive|solid|steady|meaningful|absolute|relative|further|additional)\s+"
    r"(?:(?:win|success|pass|accuracy|performance)\s+(?:rate\s+)?)?$", re.IGNORECASE)  # ("substantial win rate gains")
_AFTER_VERB = re.compile(rf"\b(?:{FINITE_VERBS})\s+(?:(?!(?:and|or|but|while|then)\b)[a-z][\w\-]*\s+){{0,2}}$")
_VERB = re.compile(rf"(?<![\w\-])(?:(?P<finite>{FINITE_VERBS})|(?P<part>{PARTICIPLES}))(?![\w\-])")  # not "produce-..."
_SCORE_VERB_NEXT = re.compile(
    r"\s+(?:[\d~≈$]|an?\b|about|around|over|up|highly|well|higher|lower|best|top|only|just|nearly|roughly|"
    r"approximately|above|below|more|less|\+)", re.IGNORECASE)
_OF_NEXT = re.compile(r"\s+of\b")
# "with gains of", "a 7.44% increase" (not "GLM-4.5 achieves": digits inside a name)
_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|with)|(?<![\w.\-])\d[\d.]*\s?%?)\s+$", re.IGNORECASE)
_NP_START = re.compile(
    r"(?:^|,(?=\s)|[;:()]|\b(?:that|which|who|while|whereas|when|where|but|show|shows|demonstrate|demonstrates|"
    r"indicate|indicates|reveal|reveals|find|confirm|confirms)\b)\s*"
)
_NP_CUT = re.compile(
    r"\s(?:tuned|trained|fine-tuned|finetuned|distilled|built|post-trained|pre-trained|pretrained|with|from|"
    r"on|in|of|that|which|using|via|through|after|under|at|as)\b"
)
_LEADING = re.compile(r"^(?:\(\w\)\s*|\d+\)\s*)?(?:(?:a|an|the|our|its|their|this|these|each|both)\s+)", re.IGNORECASE)
_ADVERBS = re.compile(
    r"(?:\s+(?:consistently|significantly|substantially|also|further|still|even|notably|remarkably|"
    r"only|now|thus|therefore|clearly|largely|greatly|dramatically|considerably|again|then|all|both|"
    r"nearly|almost|closely|slightly|far|generally|often|typically|"
    r"respectively|can|could|is|are|was|were|has|have|had|able|to|be|which|that|(?-i:[a-z]+ly)))+$",
    re.IGNORECASE,
)
_WITH_NAME = re.compile(
    rf"(?<!\bpar )\b(?:with|using|for|via)\s+(?:(?:a|an|the)\s+)?(?:(?:much\s+)?(?:smaller|larger|fine-tuned|"
    rf"finetuned|pre-trained|pretrained|base|strong)\s+)?(?P<name>(?:{_TOKEN})(?:\s+(?:{_TOKEN}))*)"
    # (not "on par with X")
)


_GERUND_NP = re.compile(r"^(?P<verb>[A-Za-z][a-z]+ing)\s+(?P<x>\S+(?:\s+\S+)*?)(?:\s+(?:to|on)\s+(?P<y>\S+).*)?$")
_APPLY_VERBS = frozenset("applying adding using combining integrating".split())


_FACTOR = re.compile(r"\d+(?:\.\d+)?(?:x|×|%)", re.IGNORECASE)
_UNIT_COMPOUND = re.compile(r"\d+(?:\.\d+)?-[a-z]+")


def is_name(token: str) -> bool:
    """Whether a token looks like a system or model name.

    >>> [is_name(t) for t in ["MuMath-Code-7B", "XTR", "Vicuna", "accuracy", "Our", "2-L", "5.33x", "3-hour"]]
    [True, True, True, False, False, True, False, False]
    """
    token = token.strip("()[],.;:'’")
    if not token or token in _COMMON_CAPITALISED:
        return False
    if token[0].isdigit() and (_FACTOR.fullmatch(token) or _UNIT_COMPOUND.fullmatch(token)):
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
        if is_name(bare) and bare.lower() not in _GENERIC_TAIL:
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
    """
    np = np.strip(" ,;:-–—")
    np = _ADVERBS.sub("", np).strip()
    if not np:
        return None, "none"
    if re.search(r"\bwe\b", np, re.IGNORECASE) or _PRONOUN_OWN.match(np) or re.search(r"(?:^|[,\s])it$", np):
        return None, "own"  # "..., and on GSM8K it yields": the clause's subject is the system spoken of
    if any(w.lower().strip(",.") in _MEASURES for w in np.split()):
        return None, "measure"
    gerund = _GERUND_NP.match(np)
    if gerund:  # an action as the subject: "applying iGRPO to OpenReasoning-Nemotron-7B achieves ..."
        applied, target = _name_run(gerund.group("x")), gerund.group("y") and _name_run(gerund.group("y"))
        if gerund.group("verb").lower() in _APPLY_VERBS and applied:
            return (f"{applied} ({target})" if target else applied), "name"
        return None, "none"  # "shifting DDLM --> ARM communication ... yields": not a system
    generic_with = re.match(r"(?:the\s+)?(\S+)\s+with\s+([^\s,;]+)(?=\s+(?:not|also|further)\b|\s*$)", np, re.I)
    if generic_with and generic_with.group(1) in _GENERIC_METHODS and is_name(generic_with.group(2)):
        return f"{generic_with.group(1)} with {generic_with.group(2)}", "name"  # "RLVR with R-HORIZON": the variant
    cut = _NP_CUT.search(np)
    if cut and not _LEADING.sub("", np[:cut.start()] + " ").strip() and cut.group().strip()[-1] in "d":
        np = np[cut.end():]  # "The pre-trained LexMAE": a participle before the name describes it
        cut = _NP_CUT.search(np)
    if cut:
        np = np[: cut.start()]
    np = _LEADING.sub("", np).strip()
    if _PRONOUN_OWN.match(np) or re.fullmatch(
            r"(?:proposed |new )?(?:method|model|approach|framework|system)s?", np, re.I):
        return None, "own"
    words = [w for w in np.split() if not _SIZE_TOKEN.match(w)]  # "a 1B-parameter HRM-Text model"
    if any(w.lower() in _MEASURES for w in words):
        return None, "measure"  # "the sensitivity of model scores ... decreased": a measure, not a system
    if any(w.lower() in ("accuracy", "score", "scores", "performance", "results", "error") for w in words):
        return None, "none"  # "GSM8K accuracy drops by ...": a measure, not a system
    while words and words[-1].lower() in _GENERIC_TAIL and len(words) > 1 and is_name(words[-2]):
        words.pop()
    if not words:
        return None, "none"
    names = [w for w in words if is_name(w)]
    if names and all(w[:1].isupper() and w[1:].islower() for w in names) and len(words) > len(names) \
            and words[0] == names[0] and len(names) == 1 and words[-1][:1].islower():
        names = []  # "Direct regeneration baselines": sentence case, not a name
    tool = _TOOL_PARTICIPLE.fullmatch(names[0]) if len(names) == 1 and names[0] != words[-1] else None
    if tool and words[words.index(names[0]) + 1][:1].islower():
        return tool.group(1), "name"  # "RPD-selected training yields ...": the tool that did the selecting
    if names and len(words) <= 5:
        # keep a hyphenated lower-case modifier glued to the name ("DCoLT-reinforced LLaDA", "math-only RL")
        first = next(i for i, w in enumerate(words) if is_name(w))
        last = max(i for i, w in enumerate(words) if is_name(w))
        if first == 1 and first == last and re.fullmatch(r"[a-z]+-[a-z]+", words[0]) \
                and words[1].strip(",.;:") in _GENERIC_METHODS:
            first = 0  # a generic method made specific ("math-only RL"; not "hand-designed ProbL2-GRPO")
        return " ".join(words[first:last + 1]).strip(",.;:"), "name"
    if (len(words) <= 4 and words[-1].lower() in _METHOD_NOUNS and any("-" in w for w in words[:-1])
            and not any(w.lower() in ("baseline", "leading", "base", "best") for w in words)):
        return " ".join(words), "descriptive"
    low = [words[0][:1].lower() + words[0][1:], *words[1:]] if opens else words  # "Differential smoothing ..."
    if (1 < len(words) <= 3 and all(re.fullmatch(r"[a-z][a-z\-]*", w) and w not in _FUNCTION_WORDS
                                    and not w.endswith("ly") for w in low)
            and low[-1] not in _NOT_A_SYSTEM and low[0] not in _NOT_A_SYSTEM):
        return " ".join(words), "descriptive"  # "proportional rank allocation degrades accuracy by 4.5 points"
    return None, "none"


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
    """
    left = s[:pos]
    verbs = [
        m for m in _VERB.finditer(left)
        # (end-anchored checks search a window ending at the verb: `pos`/`endpos` keep the text's own boundaries)
        if not _NOUN_BEFORE.search(left, max(0, m.start() - 40), m.start())  # "a 7.44% increase" is a noun
        and not _OF_NEXT.match(left, m.end())  # "scores of 46.17"
        and not (m.group().startswith("score") and not _SCORE_VERB_NEXT.match(left, m.end()))  # "model scores"
        and not (m.group() in _NOUN_FORMS  # "delivers consistent gains", "demonstrate significant gains"
                 and (_AFTER_VERB.search(left, max(0, m.start() - 120), m.start())
                      or _ADJECTIVE_BEFORE.search(left, max(0, m.start() - 30), m.start())))
    ]
    for i in range(len(verbs) - 1, -1, -1):
        v = verbs[i]
        if v.group("part"):
            continue
        before = left[: v.start()]
        prev_end = verbs[i - 1].end() if i > 0 else 0
        starts = [m.end() for m in _NP_START.finditer(before, max(0, prev_end - 20)) if m.end() >= prev_end]
        np_start = max([prev_end, *starts]) if starts else prev_end
        np = _ADVERBS.sub("", before[np_start:].rstrip())
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
            if all(w in _BENCHMARK_NP_WORDS for w in rest):
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
        if word in _COMMON_CAPITALISED or word.lower() in ("we", "our"):
            if word.lower() == "our":  # "our Multiverse-32B stands as ...": the name after "our"
                nxt = _name_run(seg[m.end():].lstrip())
                if nxt and not is_benchmark(nxt) and not _SIZE_TOKEN.match(nxt):
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
    for m in _WITH_NAME.finditer(clause):
        name = _name_run(m.group("name"))
        if name and not is_benchmark(name) and not _SIZE_TOKEN.match(name):  # "with a 1B model": a size
            if re.match(r"\s*(?:configuration|setting|mode|regime|schedule|template|prompt|format)s?\b",
                        clause[m.start("name") + len(name):]):
                continue  # "with the Wide-t configuration": a setting, not a model
            return name
    return None


_TITLE_OPENERS = frozenset("The A An On Towards Toward Beyond When Why How What Is Are Do Does Can".split())
_TITLE_NAME = re.compile(r"^\s*(?P<name>[^:]{2,40}?)\s*:\s+\S")
_INTRO_ADVERB = r"(?:(?:therefore|thus|hence|also|further|then|here|now|first|instead|finally|\w+ly)\s+)?"
_INTRO_PATTERNS = [
    # "we propose a method called X", "our framework, dubbed X" (not "a paradigm called X" the paper compares
    # with: `_OWN_CONTEXT` must come before it)
    re.compile(rf"\b(?:called|named|dubbed|termed|coined|we call)\s+(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})"),
    # "We present ZAYA1-8B, a reasoning-focused mixture-of-experts (MoE) model": the name before the apposition
    re.compile(rf"\b(?:we|We)\s+{_INTRO_ADVERB}(?:propose|introduce|present|develop|design|release|build)s?\s+"
               rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN})?),\s+(?:a|an|the)\s"),  # ("We present Skywork R1V2, a ...")
    re.compile(
        rf"\b(?:we|We|paper|work)\s+{_INTRO_ADVERB}(?:propose|introduce|present|develop|design|release|build)s?\s+"
        rf"(?:(?:a|an|the)\s+)?[^.;()]{{0,80}}?\((?P<name>{_TOKEN}(?:\s[A-Z0-9]{{1,2}})?)\)"
    ),
    re.compile(
        rf"\b(?:we|We)\s+{_INTRO_ADVERB}(?:propose|introduce|present|develop|design|release|build|proposed|introduced|presented|"
        rf"developed|designed|released|built)\s+(?:(?:a|an)\s+[^.;,]{{0,60}}?,\s+)?"
        rf"[\"“]?(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})[\"”]?"
        # (". ": "we propose CLEANER.", not "Dr. GRPO")
        rf"(?=\s*(?:,|\(|:|(?<!\b[A-Z][a-z])\.\s|\bwhich\b|\bthat\b|\bto\b|\bas\b|\ba\b|\ban\b))"
    ),
    # "Our approach, JustGRPO, is minimalist ..."
    re.compile(rf"\b(?:Our|our)\s+(?:proposed\s+)?(?:approach|method|framework|model|system|algorithm|technique|"
               rf"pipeline|recipe),\s+(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,2}}),"),
    # a title-case name before a generic noun: "we introduce a Silhouette-Aware Reweighting strategy that ..."
    re.compile(
        rf"\b(?:we|We)\s+{_INTRO_ADVERB}(?:propose|introduce|present|develop|design)s?\s+(?:a|an|the)\s+"
        r"(?:(?:novel|new|simple|lightweight|general|unified|principled|efficient|effective)\s+)?"
        r"(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){1,3})\s+(?:strategy|method|framework|approach|algorithm|"
        r"technique|pipeline|recipe|module|mechanism|paradigm|objective)\b"
    ),
    # the verb second in a coordination: "We question whether ... and propose TinyLoRA, a method ..."
    re.compile(
        rf"\b(?:we|We)\s+[a-z][^.;]{{0,80}}?\s+and\s+(?:propose|introduce|present|develop|design)\s+"
        rf"(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{0,3}})(?=\s*(?:,|\(|:|\bwhich\b|\bthat\b|\bto\b|\bas\b|\ba\b|\ban\b))"
    ),
]


def own_system(title: str | None, abstract: str) -> str | None:
    """The name the paper gives its own system: a title prefix ("MuMath-Code: ...") or "we propose NAME".

    >>> own_system("MuMath-Code: Combining Tool-Use LLMs", "")
    'MuMath-Code'
    >>> own_system(None, "We introduce Synthetic Data RL, a simple and general framework.")
    'Synthetic Data RL'
    >>> own_system(None, "we propose a novel Trajectory Score Matching (TSM) method")
    'TSM'
    >>> own_system(None, "we propose the Hessian Robust Quantization (HeRo Q) algorithm, which applies ...")
    'HeRo Q'
    >>> own_system(None, "we introduce conditional memory, instantiated via Engram, a module that modernizes ...")
    'Engram'
    >>> own_system(None, "Here we introduce the Structured Recurrent Mixer, an architecture that allows ...")
    'Structured Recurrent Mixer'
    >>> own_system(None, "We therefore introduce CANTANTE, a framework that decomposes system-level rewards.")
    'CANTANTE'
    >>> own_system(None, "we introduce the tokenization alignment distance (STAD), a metric that measures ...") is None
    True
    >>> own_system(None, "we further introduce a method that selects data to Maximize the Information Gain (MIG).")
    'MIG'
    >>> own_system(None, "To confirm this, we introduce a Silhouette-Aware Reweighting strategy that prioritizes ...")
    'Silhouette-Aware Reweighting'
    >>> own_system(None, "We present ZAYA1-8B, a reasoning-focused mixture-of-experts (MoE) model with 8B parameters")
    'ZAYA1-8B'
    >>> own_system(None, "We present Skywork R1V2, a new model. We propose the Selective Sample Buffer (SSB)")
    'Skywork R1V2'
    >>> own_system(None, "To address these challenges, we propose CLEANER. Distinct from external filtering, ...")
    'CLEANER'
    >>> own_system(None, "Compared with baselines: (1) GitHub Copilot, and (2) a paradigm called MT-Synth.") is None
    True
    >>> own_system(None, "jina-reranker-v3 is a 0.6B parameter multilingual document reranker that ...")
    'jina-reranker-v3'
    >>> own_system(None, "Quantization is a practical technique for making models easier to deploy.") is None
    True
    """
    if title:
        m = _TITLE_NAME.match(title)
        if m:
            name = m.group("name").strip()
            words = name.split()
            if (len(words) <= 3 and "," not in name and any(is_name(w) for w in words)
                    and words[0] not in _TITLE_OPENERS):  # "The Flexibility Trap: ..." names no system
                return name
    for pattern in _INTRO_PATTERNS:
        for m in pattern.finditer(abstract):
            if _NOT_SYSTEM_INTRO.match(abstract, m.end("name")):
                continue  # "(STAD), a metric that ...": not a system
            if pattern is _INTRO_PATTERNS[0] and not _OWN_CONTEXT.search(abstract, max(0, m.start() - 120), m.start()):
                continue
            kept = []
            for w in m.group("name").strip(" ,.").split():
                if is_name(w):
                    kept.append(w)
                else:
                    break
            if kept:  # (not "we propose positive--negative pairing": look further on)
                return " ".join(kept)
    # the name given further on, as an apposition: "we introduce conditional memory ..., instantiated via Engram, a
    # module that ..." (searched only in the 200 characters after the verb: the pattern backtracks)
    for verb in _INTRO_VERB.finditer(abstract):
        seg = abstract[verb.end():verb.end() + 200].split(";", 1)[0]
        m = _APPOSITION.search(seg)
        if m and is_name(m.group("name").split()[-1]):
            return m.group("name")
        # an acronym defined by the capitalised words before it, further on in the sentence: "we further
        # introduce an efficient sampling method that ... to Maximize the Information Gain (MIG)"
        for acr in _ACRONYM.finditer(seg.split(". ", 1)[0]):
            if _defines(acr.group("acr"), seg[:acr.start()]):
                return acr.group("acr")
    m = _OPENING_NAME.match(abstract)
    if m and is_name(m.group("name")) and not _sentence_case(m.group("name")):
        return m.group("name")
    return None


# what an introduced name turns out to be when it is an evaluation instrument, not a system: "(STAD), a metric
# that measures ...", "PRIME, a benchmark for ..." (a training dataset still names what the paper's models learn from)
_NOT_SYSTEM_INTRO = re.compile(r"\)?\s*,\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:metric|measure|benchmark|"
                               r"suite|leaderboard|test set|score)s?\b")
_OWN_CONTEXT = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work))\b[^.;]*$")
_INTRO_VERB = re.compile(r"\b(?:we|We)\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design)\b")
_APPOSITION = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w\-.+]*\s+){{0,3}}{_TOKEN}),\s+an?\s+(?:[\w\-]+\s+){{0,3}}?(?:module|method|"
    r"framework|model|approach|system|architecture|technique|algorithm|mechanism|layer|pipeline|recipe)\b")
# An abstract that opens by defining its system: "jina-reranker-v3 is a 0.6B parameter multilingual document
# reranker that ..." (not "Quantization is a practical technique ...": a sentence-case word is a topic).
_OPENING_NAME = re.compile(
    rf"^\s*(?P<name>{_TOKEN})\s+is\s+(?:a|an)\s+(?:[^.;:]|\.\d){{0,80}}?\b(?:model|LLM|reranker|retriever|embedder|"
    r"encoder|framework|system|method|approach|agent|pipeline|architecture|algorithm)s?\b"
)


_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9\-]{1,12})\)")


def _defines(acronym: str, before: str) -> bool:
    """Whether the capitalised words right before a bracket spell `acronym`'s capitals.

    >>> _defines("MIG", "to Maximize the Information Gain ")
    True
    >>> [_defines(a, "a reinforcement learning ") for a in ("RL", "MoE")]
    [False, False]
    """
    capitals = [c for c in acronym if c.isupper()]
    words = [w for w in re.split(r"[\s\-]+", before.strip()) if w]
    initials = [w[0] for w in words if w[0].isupper()]
    tail = words[-len(capitals):] if capitals else []
    return len(capitals) >= 2 and initials[-len(capitals):] == capitals and bool(tail) and tail[-1][0].isupper()


def _sentence_case(word: str) -> bool:
    """ "Quantization", "Pseudo-labeling": a capitalised common word, not a name."""
    return not any(c.isdigit() for c in word) and not any(c.isupper() for c in word[1:])
