"""The optional chat-model answerer: it rewrites only with valid citation markers, else falls back."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.errors import ConfigError
from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import make_settings

SEED = "Welche Variante favorisierte Herr Czernitzki beim Integrationskonzept?"


def _with_model(corpus_assistant: Assistant, *replies: str) -> Assistant:
    return Assistant(
        corpus_assistant.settings, corpus_assistant.kb, chat_model=FakeListChatModel(responses=list(replies))
    )


def test_model_answer_with_valid_markers_is_used(corpus_assistant: Assistant) -> None:
    answer = _with_model(corpus_assistant, "Herr Czernitzki favorisierte die Variante 1 [1].").ask(SEED)
    assert answer.answer == "Herr Czernitzki favorisierte die Variante 1 [1]."
    assert answer.citations == corpus_assistant.ask(SEED).citations


@pytest.mark.parametrize("reply", ["Variante 1, ganz sicher.", "Variante 1 [9]."])
def test_model_answer_without_valid_markers_falls_back(corpus_assistant: Assistant, reply: str) -> None:
    answer = _with_model(corpus_assistant, reply).ask(SEED)
    assert answer.answer == corpus_assistant.ask(SEED).answer


def test_abstention_does_not_ask_the_model(corpus_assistant: Assistant) -> None:
    answer = _with_model(corpus_assistant, "Erfunden [1].").ask(
        "Wie viele Windräder plant die Gemeinde auf dem Mond?"
    )
    assert answer.abstained and answer.citations == []


def test_llm_settings_are_checked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="RATSINFO_LLM_MODEL"):
        make_settings(tmp_path, llm_provider="ollama")
    settings: Settings = make_settings(tmp_path, llm_provider="ollama", llm_model="llama3.1:8b")
    try:
        import langchain_ollama  # noqa: F401
    except ImportError:
        from assistant.answering.llm import build_chat_model

        with pytest.raises(ConfigError, match="pip install langchain-ollama"):
            build_chat_model(settings)
