"""Inputs a hostile or careless caller sends: each gets a clear 4xx, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

EMPTY_FILTERS = (
    "/v1/search?q=Haushalt&body=",
    "/v1/search?q=Haushalt&municipality=",
    "/v1/search?q=Haushalt&kind=",
    "/v1/search?q=Haushalt&date_from=&date_to=",
    "/v1/decisions?q=",
    "/v1/decisions?q=&body=&municipality=&outcome=",
    "/v1/positions?person=",
    "/v1/positions?person=&q=&body=",
    "/v1/open-items?owner=",
    "/v1/open-items?owner=&body=",
)


@pytest.mark.parametrize("path", EMPTY_FILTERS)
def test_empty_filter_means_no_filter(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    unfiltered = client.get(path.split("?")[0] + ("?q=Haushalt" if "search" in path else ""))
    assert response.json() == unfiltered.json()


@pytest.mark.parametrize("filters", [{"body": ""}, {"kind": None}, {"municipality": "  "}, {"date_from": ""}])
def test_ask_with_empty_filters(client: TestClient, filters: dict[str, Any]) -> None:
    plain = client.post("/v1/ask", json={"question": "Haushalt Schulsozialarbeit"})
    response = client.post("/v1/ask", json={"question": "Haushalt Schulsozialarbeit", "filters": filters})
    assert response.status_code == 200, response.text
    assert response.json() == plain.json()


@pytest.mark.parametrize(
    "raw",
    [
        '{"question": "Haushalt", "top_k": 1e309}',
        '{"question": "Haushalt", "top_k": NaN}',
        '{"question": "Haushalt", "top_k": -Infinity}',
        '{"question": "\\ud800"}',
        '{"question": "Haus\\udfffhalt"}',
        '{"question": "Haushalt", "filters": {"body": "\\ud800"}}',
        '{"\\ud800": 1, "question": "Haushalt"}',
        '{"question": "   \\n\\t "}',
        '{"question": "\\u0085\\ufeff\\u001c"}',
        '{"question": "Haushalt"',
    ],
)
def test_unechoable_or_invalid_input_is_a_422(client: TestClient, raw: str) -> None:
    response = client.post("/v1/ask", content=raw.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_two_authorization_headers_are_refused(client: TestClient, api_keys: dict[str, str]) -> None:
    headers = [("authorization", f"Bearer {api_keys['admin']}"), ("authorization", "Bearer wrong")]
    response = client.get("/v1/documents", headers=headers)
    assert response.status_code == 401
    assert "one Authorization" in response.json()["detail"]


def test_person_filter_takes_percent_and_underscore_literally(client: TestClient) -> None:
    assert client.get("/v1/positions").json()["results"]  # there are positions to match
    assert client.get("/v1/positions?person=%25").json()["results"] == []
    assert client.get("/v1/positions?person=_").json()["results"] == []


def test_openapi_says_what_the_api_does(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/v1/ask"]["post"]
    assert {} in ask["security"]  # the token is optional
    assert {"400", "401", "422", "503"} <= set(ask["responses"])
    question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["pattern"] == r"[^\s\u001c-\u001f\u0085\ufeff]"
    date_from = next(p for p in schema["paths"]["/v1/decisions"]["get"]["parameters"] if p["name"] == "date_from")
    assert {"type": "string", "format": "date"} in date_from["schema"]["anyOf"]


def test_an_inverted_date_range_matches_nothing(client: TestClient) -> None:
    filters = {"date_from": "2018-01-01", "date_to": "2017-01-01"}
    response = client.post("/v1/ask", json={"question": "Integrationskonzept Variante", "filters": filters})
    assert response.status_code == 200
    assert response.json()["abstained"] and response.json()["citations"] == []
    assert client.get("/v1/search", params={"q": "Variante", **filters}).json()["results"] == []
