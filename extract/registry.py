"""The benchmark registry: declarative entries loaded from `benchmarks.toml`.

Spellings of every entry (and the names that must not match) are compiled into
one alternation, longest first, so "MATH-500" is found as MATH-500 and never as
MATH, and "C-MTEB" is never MTEB.
"""

from __future__ import annotations

import difflib
import re
import tomllib
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

    def in_range(self, value: float) -> bool:
        """Whether `value` is a plausible reported value for this benchmark.

        >>> Benchmark("MT-Bench", ("MT-Bench",), range=(0.0, 10.0)).in_range(6.57)
        True
        """
        low, high = self.range
        return low <= value <= high


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


def _spelling_pattern(spelling: str, case_sensitive: bool) -> str:
    """A regex for one spelling: spaces and hyphens inside it are interchangeable."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", spelling)]
    body = r"[\s\-]?".join(parts) if len(parts) > 1 else parts[0]
    return body if case_sensitive else f"(?i:{body})"


class Registry:
    """Benchmarks by canonical name, with one compiled matcher for all spellings."""

    def __init__(self, benchmarks: Iterable[Benchmark] = ()) -> None:
        self._by_name: dict[str, Benchmark] = {}
        self._pattern: re.Pattern[str] | None = None
        self._owner: dict[str, str | None] = {}
        for b in benchmarks:
            self.register(b)

    def register(self, benchmark: Benchmark) -> None:
        """Add an entry; a duplicate name raises ValueError."""
        if benchmark.name in self._by_name:
            raise ValueError(f"benchmark {benchmark.name!r} is already registered")
        self._by_name[benchmark.name] = benchmark
        self._pattern = None

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
        pattern = self.pattern
        found = []
        for m in pattern.finditer(text):
            group = m.lastgroup
            assert group is not None
            found.append(Mention(m.start(), m.end(), m.group(), self._owner[group]))
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
        for key in ("spellings", "not_names", "metrics"):
            if key in raw:
                raw[key] = tuple(raw[key])
        if "range" in raw:
            raw["range"] = (float(raw["range"][0]), float(raw["range"][1]))
        if raw["name"] not in raw.get("spellings", ()):
            raw["spellings"] = (raw["name"], *raw.get("spellings", ()))
        entries.append(Benchmark(**raw))
    return Registry(entries)


def default_registry() -> Registry:
    """The registry shipped with benchboard (loaded once)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_registry()
    return _DEFAULT
