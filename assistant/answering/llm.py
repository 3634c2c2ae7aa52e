"""Optional generative answers through a LangChain chat model (Ollama or any OpenAI-compatible server).

The retrieval, the quotes and the decision to abstain stay the same as for the default
answerer; the model only rewrites the answer text from the numbered quotes. Its text is
accepted only when every citation marker it uses points to a quote it was given and it uses
at least one; otherwise, or when the model fails, the extractive answer is returned.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any, Protocol

from assistant.errors import ConfigError
from assistant.models import Answer
from assistant.settings import Settings

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "Du beantwortest Fragen zu Sitzungsunterlagen deutscher Kommunalgremien. Antworte knapp auf Deutsch "
    "und nur mit dem, was in den nummerierten Zitaten steht. Belege jede Aussage mit der Nummer des "
    "Zitats in eckigen Klammern, z. B. [1]. Steht die Antwort nicht in den Zitaten, antworte genau: "
    "„In den vorliegenden Dokumenten habe ich dazu nichts gefunden.“"
)
_MARKER = re.compile(r"\[(\d+)\]")


class ChatModel(Protocol):
    """What the answerer needs of a chat model (any LangChain chat model has it)."""

    def invoke(self, messages: list[tuple[str, str]]) -> Any:
        """The reply to ``(role, text)`` messages; its ``content`` (or itself) is the text."""
        ...


def build_chat_model(settings: Settings) -> ChatModel:
    """The chat model the settings name; its integration package is imported only here."""
    match settings.llm_provider:
        case "ollama":
            try:
                from langchain_ollama import ChatOllama
            except ImportError as exc:
                raise ConfigError("RATSINFO_LLM_PROVIDER=ollama needs: pip install langchain-ollama") from exc
            return ChatOllama(model=settings.llm_model, base_url=settings.llm_base_url or None, temperature=0)
        case "openai":
            try:
                from langchain_openai import ChatOpenAI
            except ImportError as exc:
                raise ConfigError("RATSINFO_LLM_PROVIDER=openai needs: pip install langchain-openai") from exc
            return ChatOpenAI(
                model=settings.llm_model,
                base_url=settings.llm_base_url or None,
                api_key=settings.llm_api_key.get_secret_value() or "unused",
                temperature=0,
            )
    raise ConfigError(f"unknown RATSINFO_LLM_PROVIDER {settings.llm_provider!r}")


def prompt_messages(question: str, answer: Answer) -> list[tuple[str, str]]:
    quotes = "\n".join(
        f"[{n}] ({c.body}, {c.municipality}, {c.date}, TOP {c.agenda_item or '–'}): {' '.join(c.quote.split())}"
        for n, c in enumerate(answer.citations, start=1)
    )
    return [("system", SYSTEM_PROMPT), ("human", f"Zitate:\n{quotes}\n\nFrage: {question}")]


def valid_markers(text: str, citations: int) -> bool:
    numbers = [int(n) for n in _MARKER.findall(text)]
    return bool(numbers) and all(1 <= n <= citations for n in numbers)


class ChatAnswerer:
    """Rewrites an extractive answer with a chat model, keeping its citations."""

    def __init__(self, model: ChatModel) -> None:
        self.model = model

    def rewrite(self, question: str, answer: Answer) -> Answer:
        if answer.abstained or not answer.citations:
            return answer
        try:
            reply = self.model.invoke(prompt_messages(question, answer))
        except Exception as exc:  # any provider error: keep the extractive answer
            log.warning("chat model failed; extractive answer kept", extra={"error": str(exc)})
            return answer
        text = str(getattr(reply, "content", reply)).strip()
        if not valid_markers(text, len(answer.citations)):
            log.warning("chat model answer without valid citation markers; extractive answer kept")
            return answer
        return replace(answer, answer=text)
