# Two commands matter: `make run` and `make test`. Everything sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1
export ANONYMIZED_TELEMETRY = False

.PHONY: install run ingest test fuzz lint bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

ingest: install
	$(BIN)/ratsinfo ingest corpus

run: ingest
	$(BIN)/ratsinfo serve

test: install
	$(BIN)/pytest -q

fuzz: install
	RATSINFO_FUZZ_EXAMPLES=$${RATSINFO_FUZZ_EXAMPLES:-500} $(BIN)/pytest -q -s tests/api/test_fuzz.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy assistant ingest api

bench: install
	$(BIN)/python -m assistant.evaluation.bench

eval: install
	$(BIN)/ratsinfo eval --docs $(SHARED)/corpus-dev/docs $(SHARED)/corpus-eval/docs $(SHARED)/corpus-bulk/docs \
		--qa $(SHARED)/corpus-dev/qa.jsonl --qa $(SHARED)/corpus-bulk/qa.jsonl
	$(BIN)/ratsinfo eval --no-baselines --docs $(SHARED)/corpus-dev/docs $(SHARED)/corpus-eval/docs \
		$(SHARED)/corpus-bulk/docs $(SHARED)/corpus-records/docs --qa tests/data/user_questions.jsonl \
		--qa tests/data/user_questions_2.jsonl --qa tests/data/user_questions_3.jsonl \
		--qa tests/data/user_questions_4.jsonl
	$(BIN)/python -m assistant.evaluation.records_eval
	$(BIN)/python -m tests.api.conversations --shared $(SHARED)

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache
