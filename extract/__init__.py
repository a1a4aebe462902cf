"""Text in, result records out: readers, the benchmark registry and the extractor.

Pure: no database, no Streamlit.
"""

from .extractor import EXTRACTOR_VERSION, Extractor, extract
from .reader import Document, PaperText, ReadError, read_document, read_path
from .record import CONTRACT_FIELDS, FIELDS, Result
from .registry import CORE, Benchmark, Registry, UnknownBenchmark, default_registry

__all__ = [
    "CONTRACT_FIELDS", "CORE", "EXTRACTOR_VERSION", "FIELDS", "Benchmark", "Document", "Extractor",
    "PaperText", "ReadError", "Registry", "Result", "UnknownBenchmark", "default_registry", "extract",
    "read_document", "read_path",
]
