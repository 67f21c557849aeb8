# Two commands do all set-up on a fresh machine (see README.md):
#   make example   create .venv, install arelle-cyd with Arelle, validate the bundled examples offline
#   make test      same set-up, then the whole test suite
# .ci/run calls `make test` plus `make lint` and `make typecheck`.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# SKIP_INSTALL=1 uses $(VENV) as it is (the docs tests run `make example` that way, offline).
INSTALLED := $(if $(filter 1,$(SKIP_INSTALL)),,$(BIN)/.installed)

.PHONY: example test lint typecheck generate check-generated clean screenshots bench bench-quick

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

example: $(INSTALLED)
	$(BIN)/arelle-cyd validate examples/acme-10-k/acme-20241231.htm --cyd-reconstruction all
	$(BIN)/arelle-cyd validate tests/fixtures/filings/ABBV_10-K_2025-02-14/abbv-10-k-2025-02-14.html

test: $(INSTALLED)
	$(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check plugin generated tests bench
	$(BIN)/ruff format --check plugin generated tests bench

typecheck: $(INSTALLED)
	$(BIN)/mypy

generate: $(INSTALLED)
	$(BIN)/arelle-cyd generate

check-generated: $(INSTALLED)
	$(BIN)/arelle-cyd generate --check

# The pictures in docs/gui.md, taken by the GUI tests on a virtual display (needs Xvfb).
screenshots: $(INSTALLED)
	ARELLE_CYD_SCREENSHOTS=docs/img $(BIN)/python -m pytest tests/test_gui.py -m gui -q -rs

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
