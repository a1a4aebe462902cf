"""The arXiv API's Atom feed: a `<feed>` of `<entry>` elements with `<id>` (http://arxiv.org/abs/2401.00001v1),
`<title>`, `<summary>`, `<published>`, `<arxiv:comment>` and `<category term=...>`.

Parsed as a stream with defusedxml: a document type declaration is refused, so no entity is ever expanded
(an XML bomb) and no external entity or DTD is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from ..reader import PaperText, ReadError
from .lines import BadLines
from .options import ReadOptions
from .values import arxiv_id, day, fold

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def papers(path: Path, fh: BinaryIO, options: ReadOptions, notes: list[str]) -> Iterator[PaperText]:
    """The papers of an Atom feed, one per entry (entries without a summary are named in one note)."""
    bad = BadLines("entry", "entries")
    position = 0  # entries seen
    root = None
    try:
        events = iterparse(fh, events=("start", "end"), forbid_dtd=True)
        for event, elem in events:
            if event == "start":
                if root is None:
                    root = elem.tag
                    if root != f"{ATOM}feed":
                        raise ReadError(path, f"XML but not an Atom feed (its root is <{_local(root)}>)")
                continue
            if elem.tag != f"{ATOM}entry":
                continue
            position += 1
            found = paper(elem, path.name, position - 1, options)
            if isinstance(found, str):
                bad.add(position, found)
            elif found is not None:
                yield found
            elem.clear()
    except (DTDForbidden, EntitiesForbidden) as exc:
        raise ReadError(path, "refused: the XML has a document type declaration; its entities are never "
                              f"expanded (an XML bomb?){_where(exc)}") from None
    except ExternalReferenceForbidden as exc:
        raise ReadError(path, f"refused: the XML refers to an external entity{_where(exc)}") from None
    except DefusedXmlException as exc:
        raise ReadError(path, f"refused: unsafe XML ({exc})") from None
    except ReadError:
        raise
    except ParseError as exc:
        raise ReadError(path, f"malformed XML ({exc})") from None
    except (ValueError, LookupError) as exc:  # an encoding the parser does not know, say
        raise ReadError(path, f"unreadable XML ({exc})") from None
    if bad:
        notes.append(bad.message())


def paper(entry: Element, source: str, position: int, options: ReadOptions) -> PaperText | str | None:
    """The paper of one `<entry>`, None when the category filter leaves it out, or why it holds none."""
    if options.categories and not options.wants([c.get("term", "") for c in entry.iter(f"{ATOM}category")]):
        return None
    abstract = fold(entry.findtext(f"{ATOM}summary"))
    if abstract is None:
        return "no <summary>"
    return PaperText(abstract, source, position, "atom", title=fold(entry.findtext(f"{ATOM}title")),
                     arxiv_id=arxiv_id(entry.findtext(f"{ATOM}id")), date=day(entry.findtext(f"{ATOM}published")),
                     comments=fold(entry.findtext(f"{ARXIV}comment")))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _where(exc: DefusedXmlException) -> str:
    line = getattr(exc, "lineno", None)
    return f" (line {line})" if line else ""
