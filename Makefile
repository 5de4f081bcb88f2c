# The two commands a user needs are `make run` and `make test`; the rest are for operators and developers.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
SERVICES_DIR ?= /tmp/cms-services-$(shell id -u)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-suite lint check services services-stop bench load install install-dev

# Reinstalls only when a requirements file changed.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	@echo ""
	@echo "  Site:   http://127.0.0.1:8000/"
	@echo "  Admin:  http://127.0.0.1:8000/admin/"
	@echo "  API:    http://127.0.0.1:8000/api/v2/pages/"
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:8000

# Starts PostgreSQL, Elasticsearch and S3 on loopback, runs every check and the suite, stops them again.
test: install-dev
	bash .ci/ensure-browser.sh
	VENV=$(VENV) bash .ci/with-services.sh $(MAKE) --no-print-directory test-suite

test-suite:
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(MAKE) --no-print-directory lint
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates

services: install-dev
	VENV=$(VENV) bash .ci/services.sh start $(SERVICES_DIR)
	@echo "Services are up. Use them with:  source $(SERVICES_DIR)/env"

services-stop:
	VENV=$(VENV) bash .ci/services.sh stop $(SERVICES_DIR)
	rm -rf $(SERVICES_DIR)

# Seeds BENCH_N articles (default 10,000) into throwaway services, measures against stock Wagtail, prints the
# table and writes bench/results.json (docs/benchmarks.md).
bench: install-dev
	VENV=$(VENV) bash .ci/with-services.sh $(PY) -m bench.run

# gunicorn (2 workers) on loopback, 32 readers for 60 s while an editor publishes 20 signed-off articles.
load: install-dev
	VENV=$(VENV) bash .ci/with-services.sh $(PY) -m bench.load
