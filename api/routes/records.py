"""``GET /v1/decisions``, ``/v1/positions``, ``/v1/people/{name}/positions``, ``/v1/open-items``."""

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import AssistantDep, CallerDep
from api.records_schemas import (
    DecisionList,
    DecisionOut,
    DecisionParams,
    OpenItemList,
    OpenItemOut,
    OpenItemParams,
    PositionList,
    PositionOut,
    PositionParams,
)

router = APIRouter(prefix="/v1", tags=["records"])


@router.get("/decisions", summary="Decisions with outcome and vote counts")
def decisions(
    params: Annotated[DecisionParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> DecisionList:
    found = assistant.decisions(params.to_domain(), include_private=caller.audience)
    return DecisionList(results=[DecisionOut.from_domain(d) for d in found if params.keep(d)])


@router.get("/positions", summary="Who argued what")
def positions(
    params: Annotated[PositionParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> PositionList:
    found = assistant.positions(params.to_domain(), include_private=caller.audience)
    return PositionList(results=[PositionOut.from_domain(p) for p in found])


@router.get("/people/{name}/positions", summary="One person's positions over time, oldest first")
def person_positions(
    name: Annotated[str, Path(min_length=2, max_length=100)], assistant: AssistantDep, caller: CallerDep
) -> PositionList:
    found = assistant.person_positions(name.strip(), include_private=caller.audience)
    return PositionList(results=[PositionOut.from_domain(p) for p in found])


@router.get("/open-items", summary="Tasks and follow-ups, open or settled by a later document")
def open_items(
    params: Annotated[OpenItemParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> OpenItemList:
    found = assistant.open_items(params.to_domain(), include_private=caller.audience)
    return OpenItemList(results=[OpenItemOut.from_domain(o) for o in found])
