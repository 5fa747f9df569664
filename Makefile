# Baokan's two commands: `make serve` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test test-postgres install install-dev browser opensearch lint bench bench-opensearch bench-tools parser-model parser-eval

# constraints.txt holds the versions the tests passed with: installs take exactly those.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e . -c constraints.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -e ".[dev]" -c constraints.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# The benchmarks' own dependencies (the `bench` extra: the search anchors).
$(VENV)/.installed-bench: $(VENV)/.installed-dev pyproject.toml constraints.txt
	$(PY) -m pip install --quiet -e ".[dev,bench]" -c constraints.txt
	touch $@

# Installs the site, loads the seed pages, indexes them and serves on 127.0.0.1:8000.
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py ingest fixtures/seeds
	$(PY) manage.py rebuild_index --noinput --verbosity 0
	$(VENV)/bin/gunicorn -c gunicorn.conf.py --bind $(HOST):$(PORT)

# Debian's chromium for the browser tests, and axe-core (package.json) for their
# accessibility checks; each installed only where it is missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@test -f node_modules/axe-core/axe.min.js || npm install --no-audit --no-fund

# A real OpenSearch 2.19 node for the external-engine tests (tests/search/external/):
# Debian's Java 17 and Maven where missing, then the launcher in .ci/opensearch/ built
# with its jars from Maven Central. The tests start and stop the node themselves.
opensearch:
	@{ command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; } || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null; }
	mvn -q -B -f .ci/opensearch/pom.xml package

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run --verbosity 0

# Installs the development dependencies (and the benchmarks', whose anchors
# tests/bench/ checks) and runs every test.
test: install-dev $(VENV)/.installed-bench browser bench-tools opensearch lint
	$(PY) -m pytest

# The same suite against PostgreSQL (Debian's server, started for the run).
test-postgres: install-dev $(VENV)/.installed-bench browser bench-tools opensearch
	$(PY) -m pip install --quiet -e ".[dev,postgres]" -c constraints.txt
	.ci/with-postgres $(PY) -m pytest

# Every benchmark of issue #7 (about half an hour on two cores), one JSON line each; the
# README's table comes from it. `make bench ARGS=--quick` checks the machinery.
bench: $(VENV)/.installed-bench bench-tools
	$(PY) bench/run_all.py $(ARGS)

# Moving an archive to OpenSearch (issue #18): rebuild_index into a node of .ci/opensearch/
# and the search benchmark's queries over HTTP on both engines, side by side. Uses the
# archive `make bench` keeps in var/bench-100k, or builds one there (about an hour on
# two cores at 100 000 articles). `make bench-opensearch ARGS="--articles 3000 --data DIR"`
# for a small one.
bench-opensearch: install-dev opensearch
	$(PY) bench/opensearch_bench.py $(ARGS)

# Debian's wrk, the load generator bench/load_bench.py drives; installed only where missing.
bench-tools:
	@command -v wrk >/dev/null 2>&1 || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

# The parser's line-role model, trained from ../shared/corpus/ (a few minutes on two
# cores); writes archive/parsing/linemodel/model.crfsuite, which ships in the project.
parser-model: install-dev
	$(PY) -m archive.parsing.linemodel.train $(ARGS)

# The parser's figures on the seeds and on development pages rendered from
# ../shared/corpus/, beside issue #12's targets, with a table of misses by kind.
parser-eval: install-dev
	$(PY) bench/parser_eval.py $(ARGS)
