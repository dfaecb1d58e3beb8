# privkit developer commands. `make demo` and `make test` each set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit test-floor bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -e ".[all]" --group dev
	touch $(STAMP)

## demo: run the main job on the embedded defaults
demo: $(STAMP)
	$(PY) -m privkit demo

## system-deps: PostgreSQL server binaries, a Java runtime and Chromium for the real-service tests
system-deps:
	@bash scripts/system-deps.sh

## test: lint, type-check and run the whole suite (what CI runs)
test: $(STAMP) system-deps lint typecheck unit test-floor

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks docs
	$(VENV)/bin/ruff format --check src tests benchmarks docs

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## unit: the suite on two worker processes (CI has 2 cores); Spark's tests share one worker
unit: $(STAMP)
	$(PY) -m pytest -n 2 --dist loadgroup

## test-floor: the crypto tests against the lowest cryptography release pyproject allows
## (45.0.0 is yanked and cannot AES-SIV-encrypt an empty string; 45.0.1 can)
CRYPTO_FLOOR := $(shell sed -n 's/.*"cryptography>=\([0-9.]*\),.*/\1/p' pyproject.toml)
FLOOR_VENV := .venv-floor
test-floor:
	$(PYTHON) -m venv $(FLOOR_VENV)
	$(FLOOR_VENV)/bin/python -m pip install --quiet "cryptography==$(CRYPTO_FLOOR)" -e . pytest hypothesis
	$(FLOOR_VENV)/bin/python -m pytest -q -p no:cacheprovider -o addopts="--import-mode=importlib" \
		tests/unit/transform/test_vectors.py tests/unit/transform/test_encrypt.py \
		tests/property/test_transform_properties.py
	$(FLOOR_VENV)/bin/python -c "import cryptography; print('cryptography', cryptography.__version__)"

## bench: benchmarks against Presidio (slow; figures go to docs/benchmarks.md)
bench: $(STAMP)
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) $(FLOOR_VENV) .pytest_cache .mypy_cache .ruff_cache
