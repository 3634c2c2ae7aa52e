"""``POST /v1/ask``: a question answered with verbatim citations, alone or as a follow-up."""

from fastapi import APIRouter

from api.deps import AssistantDep, CallerDep
from api.records_schemas import record_out
from api.schemas import AskRequest, AskResponse

router = APIRouter(prefix="/v1", tags=["ask"])


@router.post("/ask", summary="Answer a question with citations")
def ask(request: AskRequest, assistant: AssistantDep, caller: CallerDep) -> AskResponse:
    answer = assistant.ask_followup(
        request.question,
        [turn.to_domain() for turn in request.history],
        top_k=request.top_k,
        filters=request.filters.to_domain(),
        include_private=caller.audience,
    )
    return AskResponse.from_domain(answer, [record_out(r) for r in answer.records])
