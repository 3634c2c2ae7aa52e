"""Shared fixtures: the real packaged model, real embedded Chroma, the project's corpus ingested once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.embedding import Embedder, build_embedder
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from assistant.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"

API_KEYS = {"member": "member-token-4711", "admin": "admin-token-0815"}


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    keys = ",".join(f"{role}:{token}" for role, token in API_KEYS.items())
    values: dict[str, object] = {"data_dir": data_dir, "api_keys": keys, "chroma_url": ""}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default model (packaged all-MiniLM-L6-v2), loaded once for the whole run."""
    return build_embedder(make_settings(Path("unused")))


@pytest.fixture(scope="session")
def api_keys() -> dict[str, str]:
    return dict(API_KEYS)


@pytest.fixture(scope="session")
def corpus_assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Assistant]:
    """An Assistant over a fresh embedded store holding the project's corpus/."""
    from ingest.pipeline import ingest_paths

    settings = make_settings(tmp_path_factory.mktemp("corpus-store"))
    kb = KnowledgeBase(settings, embedder)
    report = ingest_paths(kb, [CORPUS])
    assert report.ok, report.failures
    yield Assistant(settings, kb)
    kb.close()


@pytest.fixture()
def fresh_kb(tmp_path: Path, embedder: Embedder) -> Iterator[KnowledgeBase]:
    """An empty knowledge base in a temporary directory, with the real model."""
    kb = KnowledgeBase(make_settings(tmp_path / "data"), embedder)
    yield kb
    kb.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (third-party documents); tests using it are skipped when it is absent."""
    if not (SHARED / "corpus-dev" / "docs").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
