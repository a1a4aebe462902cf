"""Storage: SQLAlchemy models (`db.models`), the engine (`db.engine`), ingest (`db.store`), the query layer
(`db.queries`), backups (`db.backup`) and the command line (`db.cli`). Never imports Streamlit.

Submodules are imported where they are used, so `benchboard extract` starts without SQLAlchemy.
"""
