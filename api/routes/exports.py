"""CSV exports of the record lists: the same filters, rights and rows as the JSON endpoints.

Semicolon-separated UTF-8 with a byte-order mark, so spreadsheet programs set to German open it
as it is; cells that a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``) get a
leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel

from api.deps import AssistantDep, CallerDep
from api.records_schemas import DecisionParams, OpenItemParams, PositionParams
from api.routes import records

router = APIRouter(prefix="/v1", tags=["records"])

PLACE = ("doc_id", "municipality", "body", "date", "agenda_item", "vorlage")
DECISION_COLUMNS = (*PLACE, "outcome", "unanimous", "yes", "no", "abstain", "by_faction", "text", "quote", "source")
POSITION_COLUMNS = (*PLACE, "person", "role", "faction", "stance", "object", "quote", "source")
OPEN_ITEM_COLUMNS = (
    *PLACE, "owner", "task", "due", "status", "settled_by_doc_id", "settled_by_date", "settled_by_quote", "quote", "source"
)
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}, "description": "CSV file"}}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _flat(row: BaseModel) -> dict[str, Any]:
    data = row.model_dump()
    votes = data.pop("votes", None) or {}
    settled = data.pop("settled_by", None) or {}
    data.update({key: votes.get(key) for key in ("yes", "no", "abstain")} if votes else {})
    if "status" in data:
        data.update(
            settled_by_doc_id=settled.get("doc_id"),
            settled_by_date=settled.get("date"),
            settled_by_quote=settled.get("quote"),
        )
    return data


def csv_response(filename: str, columns: Sequence[str], rows: Iterable[BaseModel]) -> Response:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        flat = _flat(row)
        writer.writerow([_cell(flat.get(column)) for column in columns])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/decisions.csv", summary="Decisions as CSV", response_class=Response, responses=CSV_RESPONSE)
def decisions_csv(
    params: Annotated[DecisionParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> Response:
    found = records.decisions(params, assistant, caller).results
    return csv_response("beschluesse.csv", DECISION_COLUMNS, found)


@router.get("/positions.csv", summary="Positions as CSV", response_class=Response, responses=CSV_RESPONSE)
def positions_csv(
    params: Annotated[PositionParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> Response:
    found = records.positions(params, assistant, caller).results
    return csv_response("positionen.csv", POSITION_COLUMNS, found)


@router.get(
    "/people/{name}/positions.csv",
    summary="One person's positions as CSV, oldest first",
    response_class=Response,
    responses=CSV_RESPONSE,
)
def person_positions_csv(
    name: Annotated[str, Path(min_length=2, max_length=100)], assistant: AssistantDep, caller: CallerDep
) -> Response:
    found = records.person_positions(name, assistant, caller).results
    return csv_response("positionen.csv", POSITION_COLUMNS, found)


@router.get("/open-items.csv", summary="Open items as CSV", response_class=Response, responses=CSV_RESPONSE)
def open_items_csv(
    params: Annotated[OpenItemParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> Response:
    found = records.open_items(params, assistant, caller).results
    return csv_response("auftraege.csv", OPEN_ITEM_COLUMNS, found)
