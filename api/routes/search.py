"""``GET /v1/search``: the passages that best match a query, as citations."""

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import AssistantDep, CallerDep
from api.schemas import CitationOut, SearchParams, SearchResponse

router = APIRouter(prefix="/v1", tags=["search"])


@router.get("/search", summary="Search passages")
def search(
    params: Annotated[SearchParams, Query()], assistant: AssistantDep, caller: CallerDep
) -> SearchResponse:
    citations = assistant.search(
        params.q, k=params.k, filters=params.to_domain(), include_private=caller.audience
    )
    return SearchResponse(results=[CitationOut.from_domain(c) for c in citations])
