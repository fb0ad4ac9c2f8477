# The two set-up commands: `make demo` and `make test` (see README.md).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
SEED := $(SHARED)/seed/000_aed213d12f714603.txt

.PHONY: demo test venv lint bench reference clean

$(BIN)/marketfacts: pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

venv: $(BIN)/marketfacts

demo: venv
	@mkdir -p out
	$(BIN)/marketfacts extract $(SEED) --out out/seed.jsonl
	$(BIN)/marketfacts extract $(SEED) --format table
	$(BIN)/marketfacts ingest $(SEED) --db out/marketfacts.duckdb --no-progress
	@echo "Facts of the seed are in out/seed.jsonl and out/marketfacts.duckdb."
	@echo "To browse them: $(BIN)/marketfacts serve --db out/marketfacts.duckdb  then open http://127.0.0.1:8000/"

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/mypy

bench: venv
	$(BIN)/python bench/throughput.py

reference:
	$(PY) scripts/build_reference.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
