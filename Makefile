# The one task runner. README and .ci/run call these recipes; nothing else copies their lines.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
EXAMPLE ?= examples/tier1-dataset
TIER    ?= 1

.PHONY: demo test setup system-deps lint typecheck generate generate-check release-check bench bench-quick clean rule-coverage fuzz-long site golden-record golden-compare

## First README command: set up, then check the shipped example dataset.
demo: setup
	$(BIN)/eucaim check $(EXAMPLE) --tier $(TIER)

## Second README command: set up (including the PostgreSQL server the tests start), then run every test.
# On PYTEST_WORKERS processes (pytest-xdist), each taking whole test files, so a file's module fixtures (Spark
# session, rule-coverage run, ETL databases) are built once; each worker starts its own PostgreSQL cluster.
# CI has 2 cores and the tests are mostly one-core Python; PYTEST_WORKERS=0 runs them in this process.
PYTEST_WORKERS ?= 2
test: setup system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

setup: $(STAMP)

# uv resolves and installs the locked set in seconds (pip takes ~1 min); it is itself pinned. Bytecode is
# compiled at install (as pip does, uv does not by default) and for our editable sources: where
# PYTHONDONTWRITEBYTECODE is set (CI images, this project's machines) every `eucaim` start otherwise compiled
# ~160 modules from source, ~0.8 s of each run (issue 15).
# The editable install compiles the DICOM header scan's C walk (hatch_build.py; reinstalled when its source
# changes).
$(STAMP): pyproject.toml requirements.lock hatch_build.py src/eucaim_spec/validate/dicom/_walk.c
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install -q -p $(BIN)/python --compile-bytecode -r requirements.lock
	$(BIN)/uv pip install -q -p $(BIN)/python --no-deps --reinstall-package eucaim-spec -e .
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

## Debian packages the tests need: a PostgreSQL server (the tests start their own cluster).
system-deps:
	@sh scripts/system-deps.sh

## ruff and mypy on the paths pyproject.toml configures (tests/test_code_quality.py runs the same two commands).
lint: setup
	$(BIN)/ruff check
	$(BIN)/mypy

## Every rule of `eucaim rules` broken on a mutation of a valid input: writes build/rule-coverage.md (also in `make test`).
rule-coverage: setup
	$(BIN)/python -m tests.rule_coverage

generate: setup
	$(BIN)/eucaim generate

generate-check: setup
	$(BIN)/eucaim generate --check

## CI gate of a release of the standards (README "Releasing the standards"); CI files call this recipe.
release-check: setup
	$(BIN)/eucaim release-check --junit build/release-check.xml $(RELEASE_CHECK_ARGS)

## The fuzzing suite for longer than `make test` runs it, on new random mutants; prints the cases per format.
FUZZ_EXAMPLES ?= 2000
FUZZ_SECONDS  ?= 120
fuzz-long: setup
	EUCAIM_FUZZ_LONG=1 EUCAIM_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) EUCAIM_FUZZ_SECONDS=$(FUZZ_SECONDS) \
		$(BIN)/python -m pytest -q -s -p no:cacheprovider tests/test_fuzz.py

## The standards as a website, generated from the sources (mkdocs --strict) into build/site; never into site/.
site: setup
	$(BIN)/eucaim docs build -o build/site

## Benchmarks: each figure printed next to its reference measured in the same run, with the ratio; then the table
## of the run with the machine, date and commit into benchmarks/RESULTS.md. benchmarks/collect.py holds each
## script's arguments; BENCH_ARGS="--only cli,dicom" runs some. bench-quick: small sizes, into build/bench/.
# Sources edited since setup are compiled again first, so no benchmark times Python's compiler.
bench: setup
	$(BIN)/python -m compileall -q src
	$(BIN)/python benchmarks/collect.py $(BENCH_ARGS)

bench-quick: setup
	$(BIN)/python -m compileall -q src
	$(BIN)/python benchmarks/collect.py --quick $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist

## Golden reports for refactorings: record every in-process `eucaim` call of the suite (tests/golden.py),
## e.g. `make golden-record GOLDEN=build/golden-before`, change, record `-after`, then `make golden-compare`.
GOLDEN ?= build/golden
golden-record: setup system-deps
	rm -rf $(GOLDEN)
	EUCAIM_GOLDEN_DIR=$(abspath $(GOLDEN)) $(BIN)/python -m tests.golden sweep build/golden-sweep
	EUCAIM_GOLDEN_DIR=$(abspath $(GOLDEN)) $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

golden-compare: setup
	$(BIN)/python -m tests.golden build/golden-before build/golden-after
