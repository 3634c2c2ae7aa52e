"""The LangChain retriever over the project's corpus: citations as documents, inside an LCEL chain."""

from __future__ import annotations

from langchain_core.documents import Document as LCDocument
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompt_values import PromptValue
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from assistant.langchain_retriever import RatsinfoRetriever
from assistant.models import SearchFilters
from assistant.service import Assistant

SEED_QUESTION = "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?"
CITATION_FIELDS = {
    "doc_id",
    "title",
    "municipality",
    "body",
    "date",
    "agenda_item",
    "page",
    "char_start",
    "char_end",
    "source",
    "score",
}
SECRET_QUESTIONS = [
    "Stundung der Gewerbesteuer Geheimmarker Quitte",
    "Erwerb Teilfläche Schillerwiese Erbengemeinschaft Kaufpreis Geheimmarker Zander",
    "Flurstück 118/3 Schillerwiese Geheimmarker Lerche",
]


def format_docs(docs: list[LCDocument]) -> str:
    return "\n\n".join(
        f"[{d.metadata['doc_id']} TOP {d.metadata['agenda_item']}] {d.page_content}" for d in docs
    )


def test_documents_are_verbatim_citations(corpus_assistant: Assistant) -> None:
    retriever = RatsinfoRetriever(assistant=corpus_assistant, k=3)
    docs = retriever.invoke(SEED_QUESTION)
    assert 0 < len(docs) <= 3
    first = docs[0]
    assert "Czernitzki" in first.page_content and "Variante 1" in first.page_content
    assert set(first.metadata) == CITATION_FIELDS
    assert first.metadata["doc_id"] == "boerde-2017-02-01-integrationskonzept"
    assert first.metadata["agenda_item"] == "Ö 4.1"
    for doc in docs:
        stored = corpus_assistant.kb.documents.get(doc.metadata["doc_id"])
        assert stored is not None
        assert stored.text[doc.metadata["char_start"] : doc.metadata["char_end"]] == doc.page_content


def test_filters_are_applied(corpus_assistant: Assistant) -> None:
    retriever = RatsinfoRetriever(
        assistant=corpus_assistant, k=5, filters=SearchFilters(municipality="Landkreis Börde")
    )
    docs = retriever.invoke("Variante")
    assert docs
    assert {d.metadata["municipality"] for d in docs} == {"Landkreis Börde"}


def test_context_reaches_the_prompt_in_an_lcel_chain(corpus_assistant: Assistant) -> None:
    retriever = RatsinfoRetriever(assistant=corpus_assistant, k=3)
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", "Antworte nur aus diesen Auszügen:\n{context}"),
            ("human", "{question}"),
        ]
    )
    seen: list[PromptValue] = []

    def record(value: PromptValue) -> PromptValue:
        seen.append(value)
        return value

    model = FakeListChatModel(responses=["Variante 1 [1]"])
    chain = (
        {"context": retriever | RunnableLambda(format_docs), "question": RunnablePassthrough()}
        | prompt
        | RunnableLambda(record)
        | model
        | StrOutputParser()
    )
    assert chain.invoke(SEED_QUESTION) == "Variante 1 [1]"
    assert len(seen) == 1
    system, human = seen[0].to_messages()
    assert human.content == SEED_QUESTION
    context = str(system.content)
    assert "boerde-2017-02-01-integrationskonzept TOP Ö 4.1" in context
    assert "Herr Czernitzki führt aus, dass er auf Grundlage des Entwurfes die Variante 1" in " ".join(
        context.split()
    )


def test_anonymous_retrieval_never_returns_non_public_content(corpus_assistant: Assistant) -> None:
    anonymous = RatsinfoRetriever(assistant=corpus_assistant, k=10)
    member = RatsinfoRetriever(assistant=corpus_assistant, k=10, include_private=True)
    for question in SECRET_QUESTIONS:
        assert all("Geheimmarker" not in d.page_content for d in anonymous.invoke(question))
    # the markers are there for callers who may see them, so the check above can fail
    found = [d for q in SECRET_QUESTIONS for d in member.invoke(q) if "Geheimmarker" in d.page_content]
    assert found
