# The whole set-up is `make run` (serve the demo) and `make test` (the suite).
# `make help` lists every target.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install messages migrate demo index run test test-lucene quality lint format clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create .venv and install the project with its dev tools

CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

messages: install $(CATALOGUES) ## Compile the Arabic and Hebrew interface catalogues under locale/

# Only a catalogue older than its .po is compiled, so that two test runs side by side (CI's
# SQLite and PostgreSQL passes) never rewrite a file the other is reading.
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po $(VENV)/.installed
	$(BIN)/pybabel --quiet compile --domain django --directory locale --locale $*

migrate: messages ## Create or update the database (var/hub.sqlite3 unless DATABASE_URL is set)
	mkdir -p var
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content, role groups and demo users (idempotent)
	$(MANAGE) load_demo

index: demo ## Build the public search index and the admin's
	$(MANAGE) search_index rebuild --noinput
	$(MANAGE) update_index

run: index ## Install, migrate, load the demo and serve http://127.0.0.1:$(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: messages ## Run the whole test suite
	$(BIN)/pytest

test-lucene: install ## Prove the Elasticsearch analysers against the Python analysis in Lucene
	$(BIN)/pytest -m lucene

quality: messages ## Relevance figures per language on the judged test set, in a throwaway database
	$(MANAGE) search_quality

lint: install ## ruff check, ruff format --check, import contracts, makemigrations --check, check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check

format: install ## Fix what ruff can fix and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean: ## Remove the virtualenv, the local database and media, compiled catalogues
	rm -rf $(VENV) var locale/*/LC_MESSAGES/*.mo
