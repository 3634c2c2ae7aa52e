"""Fuzzing every operation of the OpenAPI schema, anonymous and as a member: no server error.

``make test`` runs a bounded number of examples per operation and role (``RATSINFO_FUZZ_EXAMPLES``,
default 20); ``make fuzz`` runs many more. Schemathesis also checks each response against the
schema the API declares (status codes, shapes, content types).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from api.main import create_app
from assistant.service import Assistant
from tests.conftest import make_settings

EXAMPLES = int(os.environ.get("RATSINFO_FUZZ_EXAMPLES", "20"))
OPERATIONS = sorted(
    result.ok().label
    for result in schemathesis.openapi.from_asgi("/openapi.json", create_app(make_settings(Path("unused"))))
    .get_all_operations()
)


@pytest.fixture(scope="module")
def api_schema(corpus_assistant: Assistant) -> Any:
    app = create_app(corpus_assistant.settings, corpus_assistant)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.mark.parametrize("mode", list(GenerationMode))
@pytest.mark.parametrize("role", ["anonymous", "member"])
@pytest.mark.parametrize("label", OPERATIONS)
def test_operation(api_schema: Any, label: str, role: str, mode: GenerationMode, api_keys: dict[str, str]) -> None:
    """Valid requests (positive) must be served; invalid ones (negative) refused with a 4xx."""
    operation = next(r.ok() for r in api_schema.get_all_operations() if r.ok().label == label)
    headers = {} if role == "anonymous" else {"Authorization": f"Bearer {api_keys['member']}"}

    cases = 0

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def fuzz(case: Any) -> None:
        nonlocal cases
        cases += 1
        case.call_and_validate(headers=headers)

    try:
        fuzz()
    except Unsatisfiable:
        pytest.skip(f"{label} has no input that could be invalid")
    print(f"fuzz {label} as {role} ({mode.value}): {cases} cases, no failure")  # shown with pytest -s (make fuzz)
