"""The benchmark registry: declarative entries loaded from `benchmarks.toml`.

Spellings of every entry (and the names that must not match) are compiled into
one alternation, longest first, so "MATH-500" is found as MATH-500 and never as
MATH, and "C-MTEB" is never MTEB.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

CORE = ("MTEB", "BEIR", "GSM8K", "MATH", "RewardBench")


class UnknownBenchmark(KeyError):
    """A benchmark name that is not in the registry (with a "did you mean")."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Benchmark:
    """One registry entry."""

    name: str
    spellings: tuple[str, ...]
    case_sensitive: bool = True
    not_names: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    higher_is_better: bool = True
    range: tuple[float, float] = (0.0, 100.0)
    scale: float = 100.0
    core: bool = False
    variant_of: str | None = None
    description: str = ""
    url: str = ""
    standard_metric: str | None = None  # the metric a default leaderboard ranks (canonical spelling)
    standard_spellings: tuple[str, ...] = ()  # other ways papers write that metric ("overall accuracy")
    standard_setting: str | None = None  # the setting a default leaderboard ranks, its parts joined by "/"
    members: tuple[str, ...] = ()  # the datasets a suite is made of (a score on one alone is not the suite's)

    def is_member(self, label: str) -> bool:
        """Whether a label names one of the suite's datasets (case, spaces, hyphens and accents aside).

        >>> suite = Benchmark("BEIR", ("BEIR",), members=("TREC-COVID", "Touché-2020"))
        >>> suite.is_member("trec covid"), suite.is_member("Touch\\\\'e-2020")
        (True, True)
        >>> Benchmark("BEIR", ("BEIR",), members=("TREC-COVID",)).is_member("Avg.")
        False
        """
        return _member_key(label) in {_member_key(m) for m in self.members}

    def in_range(self, value: float) -> bool:
        """Whether `value` is a plausible reported value for this benchmark.

        >>> Benchmark("MT-Bench", ("MT-Bench",), range=(0.0, 10.0)).in_range(6.57)
        True
        """
        low, high = self.range
        return low <= value <= high


def _member_key(label: str) -> str:
    """A dataset name reduced for comparison: "Touché-2020", "Touch\\'e-2020" (LaTeX) and "touche 2020" are one."""
    label = re.sub(r"\\[`'\"^~=.]\{?([A-Za-z])\}?", r"\1", label)  # a LaTeX accent on a letter
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return re.sub(r"[\s\-_.]+", "", plain).lower()


@dataclass(frozen=True)
class Mention:
    """A benchmark name found in text; `benchmark` is None for a name that must not match."""

    start: int
    end: int
    written: str
    benchmark: str | None = field(compare=True)


# A name is whole: not glued to a word or a hyphenated prefix before it, and not
# followed by a letter, a digit, or a hyphenated suffix ("MATH-500", "GSM8K-Hard").
_BEFORE = r"(?<![\w\-+'])"
_AFTER = r"(?![\w+]|-\w|'s?\w)"


def _case_forms(spelling: str, case_sensitive: bool) -> list[str]:
    """The written forms of a spelling: as written, and for case-insensitive ones UPPER and Capitalised.

    Lower-case forms never count ("reward bench" in "reward benchmarks" is not RewardBench).

    >>> _case_forms("RewardBench", False)
    ['RewardBench', 'REWARDBENCH', 'Rewardbench']
    """
    forms = [spelling]
    if not case_sensitive:
        for f in (spelling.upper(), spelling[:1] + spelling[1:].lower()):
            if f not in forms:
                forms.append(f)
    return forms


def _spelling_pattern(spelling: str, case_sensitive: bool) -> str:
    """A regex for one spelling in its written forms; spaces and hyphens inside it are interchangeable."""
    out = []
    for form in _case_forms(spelling, case_sensitive):
        parts = [re.escape(p) for p in re.split(r"[\s\-]+", form)]
        out.append(r"[\s\-]?".join(parts) if len(parts) > 1 else parts[0])
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


def _anchors(spelling: str, case_sensitive: bool) -> set[str]:
    """Literal prefixes that every match of the spelling starts with (for the prefilter).

    A multi-word spelling contributes its first word and the first letter of the second
    ("C-M", "C M", "CM" for C-MTEB), since the separators between words may vary.

    >>> sorted(_anchors("VL Reward-Bench", True))
    ['VL R', 'VL-R', 'VLR']
    """
    out: set[str] = set()
    for form in _case_forms(spelling, case_sensitive):
        parts = [p for p in re.split(r"[\s\-]+", form) if p]
        if len(parts) == 1:
            out.add(parts[0])
        else:
            out |= {parts[0] + sep + parts[1][0] for sep in (" ", "-", "")}
    return {a for a in out if a and not a[:1].islower()}


def trie_regex(literals: Iterable[str]) -> str:
    """One regex for many literals, factored by common prefixes (fast to scan with `re`).

    >>> trie_regex(["MATH", "MTEB", "MBPP", "BEIR"])
    '(?:BEIR|M(?:ATH|BPP|TEB))'
    """
    trie: dict[str, dict] = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        return body + "?" if optional and body else body

    return build(trie) if len(trie) == 1 else "(?:" + "|".join(
        re.escape(ch) + build(trie[ch]) for ch in sorted(trie)) + ")"


class Registry:
    """Benchmarks by canonical name, with one compiled matcher for all spellings."""

    def __init__(self, benchmarks: Iterable[Benchmark] = (), trust_threshold: float = 0.5) -> None:
        self.trust_threshold = trust_threshold  # a record at or above this confidence is trusted
        self._by_name: dict[str, Benchmark] = {}
        self._pattern: re.Pattern[str] | None = None
        self._prefilter: re.Pattern[str] | None = None
        self._anchors: re.Pattern[str] | None = None
        self._owner: dict[str, str | None] = {}
        for b in benchmarks:
            self.register(b)

    def register(self, benchmark: Benchmark) -> None:
        """Add an entry; a duplicate name raises ValueError."""
        if benchmark.name in self._by_name:
            raise ValueError(f"benchmark {benchmark.name!r} is already registered")
        self._by_name[benchmark.name] = benchmark
        self._pattern = None
        self._prefilter = None
        self._anchors = None

    def __iter__(self) -> Iterator[Benchmark]:
        return iter(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> Benchmark:
        """The entry for a canonical name or any spelling; unknown names raise with suggestions."""
        if name in self._by_name:
            return self._by_name[name]
        for b in self._by_name.values():
            if any(name.lower() == s.lower() for s in b.spellings):
                return b
        close = difflib.get_close_matches(name, list(self._by_name), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownBenchmark(f"unknown benchmark {name!r}{hint}")

    def _compile(self) -> re.Pattern[str]:
        alternatives: list[tuple[str, str, str | None]] = []  # (spelling, pattern, owner)
        taken: set[str] = set()
        for b in self._by_name.values():
            for s in b.spellings:
                alternatives.append((s, _spelling_pattern(s, b.case_sensitive), b.name))
                taken.add(s.lower())
        for b in self._by_name.values():
            for s in b.not_names:
                if s.lower() not in taken:  # a not-name that is another entry's spelling stays that entry's
                    alternatives.append((s, _spelling_pattern(s, True), None))
                    taken.add(s.lower())
        alternatives.sort(key=lambda a: len(a[0]), reverse=True)
        groups = []
        self._owner = {}
        for i, (_, pattern, owner) in enumerate(alternatives):
            groups.append(f"(?P<g{i}>{pattern})")
            self._owner[f"g{i}"] = owner
        return re.compile(_BEFORE + "(?:" + "|".join(groups) + ")" + _AFTER)

    def _literal_matcher(self, with_not_names: bool) -> re.Pattern[str]:
        literals: set[str] = set()
        for b in self._by_name.values():
            for s in b.spellings:
                literals |= _anchors(s, b.case_sensitive)
            if with_not_names:
                for s in b.not_names:
                    literals |= _anchors(s, True)
        # a literal that extends another one adds nothing to a prefix test
        minimal = [x for x in literals if not any(y != x and x.startswith(y) for y in literals)]
        return re.compile(trie_regex(minimal))

    @property
    def prefilter(self) -> re.Pattern[str]:
        """A fast literal-only matcher: text without a match names no registered benchmark.

        Every branch starts with an upper-case literal, so `re` skips quickly to candidate
        positions (no word boundaries here: the full `pattern` checks those). Lower-case
        forms never count as names ("reward bench" in "reward benchmarks").
        """
        if self._prefilter is None:
            self._prefilter = self._literal_matcher(with_not_names=False)
        return self._prefilter

    @property
    def anchors(self) -> re.Pattern[str]:
        """Where a benchmark name or a not-name may start (the prefilter plus not-names)."""
        if self._anchors is None:
            self._anchors = self._literal_matcher(with_not_names=True)
        return self._anchors

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled matcher for every spelling and not-name."""
        if self._pattern is None:
            self._pattern = self._compile()
        return self._pattern

    def mentions(self, text: str) -> list[Mention]:
        """Every benchmark name in `text`, left to right.

        >>> [(m.written, m.benchmark) for m in default_registry().mentions("GSM8k, MATH-500 and C-MTEB")]
        [('GSM8k', 'GSM8K'), ('MATH-500', 'MATH-500'), ('C-MTEB', 'C-MTEB')]
        >>> default_registry().mentions("basic math skills")
        []
        """
        pattern, prefilter = self.pattern, self.anchors
        found = []
        pos = 0
        while (hit := prefilter.search(text, pos)) is not None:
            m = pattern.match(text, hit.start())  # the full check (word boundaries) only where a name may start
            if m is None:
                pos = hit.start() + 1
                continue
            group = m.lastgroup
            assert group is not None
            found.append(Mention(m.start(), m.end(), m.group(), self._owner[group]))
            pos = m.end()
        return found


_DEFAULT: Registry | None = None
DATA_FILE = Path(__file__).with_name("benchmarks.toml")


def load_registry(path: Path = DATA_FILE) -> Registry:
    """Read a registry file (TOML with `[[benchmark]]` tables)."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    entries = []
    for raw in data.get("benchmark", []):
        raw = dict(raw)
        for key in ("spellings", "not_names", "metrics", "standard_spellings", "members"):
            if key in raw:
                raw[key] = tuple(raw[key])
        if "range" in raw:
            raw["range"] = (float(raw["range"][0]), float(raw["range"][1]))
        if raw["name"] not in raw.get("spellings", ()):
            raw["spellings"] = (raw["name"], *raw.get("spellings", ()))
        entries.append(Benchmark(**raw))
    threshold = float(data.get("confidence", {}).get("threshold", 0.5))
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"{path}: [confidence] threshold must lie in [0, 1], not {threshold}")
    return Registry(entries, trust_threshold=threshold)


def default_registry() -> Registry:
    """The registry shipped with benchboard (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_registry()
    return _DEFAULT
