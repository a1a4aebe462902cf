"""Storage: SQLAlchemy models, the engine, ingest (the store) and the query layer. Never imports Streamlit."""

from .engine import init_db, make_engine, resolve_url
from .store import IngestReport, Store

__all__ = ["IngestReport", "Store", "init_db", "make_engine", "resolve_url"]
