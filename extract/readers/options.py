"""How to read structured inputs: the category filter and the field names of generic JSON lines and CSV."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ReadOptions:
    """Options of a run: `categories` keeps the records whose arXiv categories start with one of them
    ("cs.CL", "cs"); the `*_field` names say where generic JSON lines and CSV keep each value (None: the
    defaults in `extract.readers.records.DEFAULTS`)."""

    categories: tuple[str, ...] = ()
    title_field: str | None = None
    abstract_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None

    def key(self) -> str:
        """A stable text of the options ("" for the defaults), part of a source's identity when it is stored.

        >>> ReadOptions().key(), ReadOptions(categories=("cs.CL",)).key()
        ('', '{"categories": ["cs.CL"]}')
        """
        given = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items() if v}
        return json.dumps(given, sort_keys=True) if given else ""

    def wants(self, categories: object) -> bool:
        """Whether a record with these categories (a list, or a string separated by spaces as in the arXiv
        snapshot) passes the filter: a prefix match; without a filter, always.

        >>> ReadOptions(categories=("cs.CL",)).wants("cs.CLa stat.ML"), ReadOptions(("cs",)).wants(["math.OC"])
        (True, False)
        >>> ReadOptions(categories=("cs",)).wants(None), ReadOptions().wants(None)
        (False, True)
        """
        if not self.categories:
            return True
        cats = categories.split() if isinstance(categories, str) else categories if isinstance(categories, list) else []
        return any(isinstance(c, str) and c.startswith(p) for c in cats for p in self.categories)
