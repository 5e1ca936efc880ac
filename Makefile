# Heraldo: `make run` starts the demo office, `make test` proves it works.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run test setup lint format migrate messages bench bench-smoke audit api-fuzz sql-injection dast fuzz clean

run: migrate
	$(PY) manage.py demo_load --no-logins
	$(PY) manage.py serve --port $(PORT) --demo-logins

test: setup lint
	$(PY) -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

migrate: setup
	$(PY) manage.py migrate --noinput

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-logo

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: setup
	$(PY) manage.py makemessages -l en --ignore=.venv --ignore=node_modules --ignore=var --no-obsolete
	$(PY) manage.py compilemessages -l en --ignore=.venv --ignore=node_modules

bench: setup
	@for script in bench/[!_]*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

# Every benchmark at its smallest size (BENCH_SMOKE=1, see bench/README.md), on SQLite: proves they still run.
bench-smoke: setup
	rm -rf var/bench-smoke
	env -u DATABASE_URL HERALDO_VAR_DIR=var/bench-smoke/template $(PY) manage.py migrate --noinput --verbosity 0
	@for script in bench/[!_]*.py; do \
		echo "== $$script"; start=$$(date +%s); \
		env -u DATABASE_URL BENCH_SMOKE=1 $(PY) $$script || exit 1; \
		echo "   ($$(( $$(date +%s) - start )) s)"; \
	done

# S12: pip-audit and npm audit of the pinned packages; exit 3 when no vulnerability database answers.
audit: setup
	$(PY) tests/security/supply_chain.py

# S10: schemathesis against the API's schema, one API key per demo role, on a throwaway loopback server.
api-fuzz: setup
	$(PY) tests/security/api_schemathesis.py

# S9: Debian's sqlmap against the API's search, filter and date parameters, on a throwaway loopback server.
sql-injection: setup
	$(PY) tests/security/sql_injection.py

# S11: wapiti (from a venv of its own: WAPITI=/path/to/bin/wapiti) signed in as the head of unit, loopback only.
dast: setup
	$(PY) tests/security/dast_wapiti.py

# S14/F4: atheris harnesses (ATHERIS_PYTHON: a Python with atheris that also sees the project's packages).
fuzz: setup
	$(PY) tests/security/fuzz/run.py

clean:
	rm -rf $(VENV) node_modules var
