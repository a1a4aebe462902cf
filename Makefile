# benchboard: `make run` starts the dashboard on seeds/, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
DB     ?= benchboard.db

.PHONY: run test lint bench accuracy docs install dev-install browser postgres clean

$(BIN)/benchboard: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	@touch $@

install: $(BIN)/benchboard

$(VENV)/.dev-installed: $(BIN)/benchboard pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

dev-install: $(VENV)/.dev-installed

run: install
	$(BIN)/benchboard ingest seeds/ --db $(DB)
	$(BIN)/benchboard serve --db $(DB) --port $(PORT)

# Debian's chromium for the one real-browser test (Playwright's own download does not work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing: the browser test will be skipped (install Debian's chromium)"; fi; }

# PostgreSQL server binaries for the tests (the tests start and stop their own throwaway cluster).
postgres:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL binaries missing: the PostgreSQL half of the database tests will be skipped"; fi; }

test: dev-install browser postgres
	$(BIN)/python -m pytest -q

lint: dev-install
	$(BIN)/ruff check extract db dashboard tests scripts
	$(BIN)/mypy extract db dashboard

accuracy: install
	$(BIN)/python -m extract.accuracy
	$(BIN)/python scripts/doc_examples.py --write

# the examples and accuracy tables of README.md and docs/, from real runs (tests/test_docs.py checks them)
docs: install
	$(BIN)/python scripts/doc_examples.py --write

bench: install
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) benchboard.db benchboard.db-wal benchboard.db-shm test-artifacts .pytest_cache
