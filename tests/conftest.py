"""Shared fixtures: the real packaged model, real embedded Chroma, the project's corpus ingested once."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    values: dict[str, object] = {"data_dir": data_dir, "api_keys": keys, "chroma_url": "", "rate_limit_per_minute": 0}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def shared_documents(doc_ids: Sequence[str]) -> list[Path]:
    """The files of these ../shared documents; the test is skipped when any is missing."""
    found = {p.stem: p for p in SHARED.glob("corpus-*/docs/*.txt")}
    missing = [name for name in doc_ids if name not in found]
    if missing:
        pytest.skip(f"not in ../shared: {', '.join(missing)}")
    return [found[name] for name in doc_ids]


@contextmanager
def assistant_over(paths: Sequence[Path], data_dir: Path, embedder: Embedder) -> Iterator[Assistant]:
    """An Assistant over a fresh embedded store holding ``paths`` (closed afterwards)."""
    from ingest.pipeline import ingest_paths

    kb = KnowledgeBase(make_settings(data_dir), embedder)
    try:
        report = ingest_paths(kb, list(paths))
        assert report.ok, report.failures
        yield Assistant(kb.settings, kb)
    finally:
        kb.close()


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_chroma(path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A real `chroma run` (shipped with chromadb) on 127.0.0.1 and a free port: its URL and process."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None:
                pytest.fail("chroma run exited early")
            time.sleep(0.2)
        else:
            pytest.fail("chroma run did not start listening within 60 s")
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def without_echo(response: dict[str, Any], question: str) -> dict[str, Any]:
    """A ``/v1/ask`` response without the caller's own words where an abstention names them
    ("Zu „Zander“ enthalten die vorliegenden Dokumente nichts"): echoing the question leaks nothing.
    Only an abstention without citations may echo; anything else is returned unchanged."""
    if not response.get("abstained") or response.get("citations"):
        return response
    text = response["answer"]
    for word in re.findall(r"„([^“]+)“", text):
        if word.casefold() in question.casefold():
            text = text.replace(f"„{word}“", "„…“")
    return {**response, "answer": text}
