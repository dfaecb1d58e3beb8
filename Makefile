# privkit developer commands. `make demo` and `make test` each set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -e ".[all]" --group dev
	touch $(STAMP)

## demo: run the main job on the embedded defaults
demo: $(STAMP)
	$(PY) -m privkit demo

## system-deps: PostgreSQL server binaries and a Java runtime for the real-service tests
system-deps:
	@bash scripts/system-deps.sh

## test: lint, type-check and run the whole suite (what CI runs)
test: $(STAMP) system-deps lint typecheck unit

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks docs
	$(VENV)/bin/ruff format --check src tests benchmarks docs

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest

## bench: benchmarks against Presidio (slow; figures go to docs/benchmarks.md)
bench: $(STAMP)
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
