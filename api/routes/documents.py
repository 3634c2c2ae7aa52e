"""``GET /v1/documents`` and ``GET /v1/documents/{doc_id}``."""

from fastapi import APIRouter

from api.deps import AssistantDep, CallerDep
from api.schemas import DocumentList, DocumentOut, DocumentSummaryOut

router = APIRouter(prefix="/v1/documents", tags=["documents"])


@router.get("", summary="List the documents visible to the caller")
def list_documents(assistant: AssistantDep, caller: CallerDep) -> DocumentList:
    summaries = assistant.list_documents(include_private=caller.audience)
    return DocumentList(documents=[DocumentSummaryOut.from_domain(s) for s in summaries])


@router.get(
    "/{doc_id}",
    summary="One document with its full text",
    responses={404: {"description": "No such document, or not visible to the caller"}},
)
def get_document(doc_id: str, assistant: AssistantDep, caller: CallerDep) -> DocumentOut:
    document = assistant.get_document(doc_id, include_private=caller.audience)
    redacted = not caller.audience.sees(False, document.meta.municipality) and bool(document.private_spans)
    return DocumentOut.from_domain(document, redacted=redacted)
