"""``POST /v1/feedback`` (anyone) and ``GET /v1/feedback`` (admins): readers' verdicts on answers."""

from typing import Annotated

from fastapi import APIRouter, Query, status

from api.deps import AdminDep, AssistantDep, CallerDep
from api.feedback_schemas import FeedbackIn, FeedbackList, FeedbackOut
from assistant.vocab import FeedbackRating

router = APIRouter(prefix="/v1", tags=["feedback"])


@router.post("/feedback", summary="Give feedback on an answer", status_code=status.HTTP_201_CREATED)
def give_feedback(feedback: FeedbackIn, assistant: AssistantDep, caller: CallerDep) -> FeedbackOut:
    return FeedbackOut.from_domain(assistant.add_feedback(feedback.to_domain(caller.role, caller.audience)))


@router.get(
    "/feedback",
    summary="Feedback, newest first (admin token; an admin scoped to some councils lists the feedback of "
    "anonymous readers and of members of those councils only)",
    responses={403: {"description": "Only admins may read feedback"}},
)
def list_feedback(
    assistant: AssistantDep,
    admin: AdminDep,
    rating: Annotated[FeedbackRating | None, Query()] = None,
) -> FeedbackList:
    return FeedbackList(results=[FeedbackOut.from_domain(f) for f in assistant.feedback(rating, admin.audience)])
