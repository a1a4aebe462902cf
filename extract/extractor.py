"""The extractor's public entry points (the stages are in `extract.pipeline` and the packages it names)."""

from __future__ import annotations

from .classify.metric import canonical_metric
from .pipeline import EXTRACTOR_VERSION, Extractor, extract

__all__ = ["EXTRACTOR_VERSION", "Extractor", "canonical_metric", "extract"]
