"""``GET /healthz``: counts and store status; 503 when the store is degraded."""

from fastapi import APIRouter, Response, status

from api.deps import AssistantDep, CallerDep
from api.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Health and corpus counts", responses={503: {"model": HealthOut}})
def healthz(assistant: AssistantDep, caller: CallerDep, response: Response) -> HealthOut:
    health = HealthOut.model_validate(assistant.health(caller.audience))
    if health.status != "ok":
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return health
