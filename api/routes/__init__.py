"""HTTP routes, one module per resource. Routes validate, call the Assistant and map to schemas."""

from fastapi import APIRouter

from api.routes import ask, documents, exports, feedback, health, records, search
from api.schemas import ERROR_RESPONSES

api_router = APIRouter(responses=ERROR_RESPONSES)
api_router.include_router(ask.router)
api_router.include_router(search.router)
api_router.include_router(documents.router)
api_router.include_router(exports.router)
api_router.include_router(records.router)
api_router.include_router(feedback.router)
api_router.include_router(health.router)

__all__ = ["api_router"]
