# The two set-up commands: `make demo` and `make test` (see README.md).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
SEED := $(SHARED)/seed/000_aed213d12f714603.txt

.PHONY: demo test venv lint bench fast test-compiled core-check reference clean

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
	MARKETFACTS_EXPECT_COMPILED=0 $(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/mypy

# The compiled build: the reader's core compiled to C with mypyc (setup.py),
# installed (not editable) in its own venv, so that src/ stays plain Python.
FAST := .venv-fast
$(FAST)/bin/marketfacts: pyproject.toml setup.py $(wildcard src/marketfacts/*.py)
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	$(PY) -m venv $(FAST)
	$(FAST)/bin/pip install -q --upgrade pip
	$(FAST)/bin/pip uninstall -q -y marketfacts 2>/dev/null || true
	MARKETFACTS_COMPILE=1 $(FAST)/bin/pip install -q ".[dev]"
	@touch $@

fast: $(FAST)/bin/marketfacts

# the same tests against the compiled install (tests import the installed package)
test-compiled: fast
	MARKETFACTS_EXPECT_COMPILED=1 $(FAST)/bin/python -m pytest

# what `pip install .` gives a user with no extras (the compiled build where it
# can be made): it reads the seed from the command line and from Python, and a
# command that needs an extra says which in one line, exit 2
CORE := .venv-core
core-check:
	@command -v $(PY) >/dev/null 2>&1 || { echo "need $(PY) (set PY=python3 to use another)"; exit 1; }
	rm -rf $(CORE)
	$(PY) -m venv $(CORE)
	$(CORE)/bin/pip install -q --upgrade pip
	$(CORE)/bin/pip install -q .
	$(CORE)/bin/marketfacts --version
	$(CORE)/bin/marketfacts extract $(SEED) --format table
	$(CORE)/bin/python -c "import sys, marketfacts; d = marketfacts.read(open(sys.argv[1], encoding='utf-8').read()); print(d); sys.exit(0 if len(d.moves) > 5 else 1)" $(SEED)
	$(CORE)/bin/python -c "import importlib.util as u, sys; sys.exit(any(u.find_spec(m) for m in ('duckdb', 'pyarrow', 'fastapi', 'pandas')))"
	@$(CORE)/bin/marketfacts ingest $(SEED) --db $(CORE)/x.duckdb 2>$(CORE)/err.txt; test $$? -eq 2 && grep -q "marketfacts\[store\]" $(CORE)/err.txt && test $$(wc -l < $(CORE)/err.txt) -eq 1 && echo "ingest without [store]: one line, exit 2"

bench: fast
	$(FAST)/bin/python bench/throughput.py

reference:
	$(PY) scripts/build_reference.py

clean:
	rm -rf $(VENV) $(FAST) $(CORE) build out .pytest_cache .mypy_cache .ruff_cache
