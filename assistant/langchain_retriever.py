"""The assistant's hybrid retrieval as a LangChain retriever, for use in LCEL chains.

Each LangChain ``Document`` is one citation: ``page_content`` is the verbatim quote and the
metadata carries everything needed to trace it back (``doc_id``, ``char_start``/``char_end``
into the stored text, body, date, agenda item, page, source, score). Non-public content is
returned only when the retriever is built with ``include_private=True``.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.models import Citation, SearchFilters
from assistant.service import Assistant


def citation_document(citation: Citation) -> LCDocument:
    """A LangChain document whose content is the quote and whose metadata is the rest of the citation."""
    metadata: dict[str, Any] = citation.as_dict()
    quote = metadata.pop("quote")
    return LCDocument(page_content=quote, metadata=metadata)


class RatsinfoRetriever(BaseRetriever):
    """Ranked, cited passages from an :class:`~assistant.service.Assistant`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: Assistant
    """The façade whose hybrid retrieval (BM25 + vectors, metadata filters) answers the query."""
    k: int = Field(5, ge=1, description="How many passages to return.")
    filters: SearchFilters = Field(default_factory=SearchFilters)
    """Metadata constraints (municipality, body, dates, kind); empty fields do not filter."""
    include_private: bool = False
    """Whether non-public content may be returned; decide it from the caller's rights."""

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        citations = self.assistant.search(
            query, k=self.k, filters=self.filters, include_private=self.include_private
        )
        return [citation_document(c) for c in citations]
