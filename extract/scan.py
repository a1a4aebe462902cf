"""Finding where a benchmark name may start in raw bytes, fast.

The registry's prefilter is a set of literals. Scanning a whole 1 MB block of a listing
for them is the hot loop of `benchboard extract`: Hyperscan does it at several GB/s
where `re` manages ~400 MB/s, so it is used when installed (x86-64 wheels), with `re`
over the same bytes as the fallback. Both report every position where a literal starts
(Hyperscan also overlapping ones): the callers re-check candidates with the `re` prefilter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

Scanner = Callable[[bytes], list[int]]


@lru_cache(maxsize=16)
def byte_scanner(pattern: str, use_hyperscan: bool = True) -> Scanner:
    """A function giving the sorted start offsets of `pattern`'s matches in bytes.

    `pattern` must be ASCII (the registry's literal trie is): its matches in UTF-8 bytes
    are then exactly its matches in the decoded text.

    >>> scan = byte_scanner(r"GSM8K|MATH", use_hyperscan=False)
    >>> scan("MATH and GSM8K, é GSM8K".encode())
    [0, 9, 19]
    """
    if not pattern.isascii():
        raise ValueError("byte_scanner needs an ASCII pattern")
    if use_hyperscan:
        try:
            import hyperscan
        except ImportError:
            pass
        else:
            return _hyperscan(hyperscan, pattern)
    compiled = re.compile(pattern.encode("ascii"))
    return lambda data: [m.start() for m in compiled.finditer(data)]


def _hyperscan(hs: object, pattern: str) -> Scanner:
    db = hs.Database()  # type: ignore[attr-defined]
    db.compile(expressions=[pattern.encode("ascii")], ids=[0], elements=1,
               flags=[hs.HS_FLAG_SOM_LEFTMOST])  # type: ignore[attr-defined]

    def scan(data: bytes) -> list[int]:
        starts: list[int] = []

        def on_match(_id: int, start: int, _end: int, _flags: int, _ctx: object) -> None:
            starts.append(start)

        db.scan(data, match_event_handler=on_match)
        return sorted(set(starts))

    return scan
