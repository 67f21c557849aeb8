# Two commands do all set-up on a fresh machine (see README.md):
#   make example   create .venv, install arelle-cyd with Arelle, validate the bundled examples offline
#   make test      same set-up, then the whole test suite
# .ci/run calls `make test` plus `make lint` and `make typecheck`.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: example test lint typecheck generate check-generated clean bench bench-quick

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

example: $(BIN)/.installed
	$(BIN)/arelle-cyd validate examples/acme-10-k/acme-20241231.htm --cyd-reconstruction all
	$(BIN)/arelle-cyd validate tests/fixtures/filings/ABBV_10-K_2025-02-14/abbv-10-k-2025-02-14.html

test: $(BIN)/.installed
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check plugin generated tests bench
	$(BIN)/ruff format --check plugin generated tests bench

typecheck: $(BIN)/.installed
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis

# Benchmarks print ratios measured side by side (bench/README.md); they never fail on a time.
bench: $(BIN)/.installed
	$(BIN)/python bench/overhead.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/scaling.py
	$(BIN)/python bench/large_filing.py

bench-quick: $(BIN)/.installed
	$(BIN)/python bench/overhead.py --runs 3
	$(BIN)/python bench/throughput.py --copies 1
	$(BIN)/python bench/export.py --runs 3
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/scaling.py --sizes 1000,10000 --runs 3
	$(BIN)/python bench/large_filing.py --facts 10000
