"""Request dependencies: the shared Assistant and the caller's rights.

Authorisation is by ``Authorization: Bearer TOKEN`` with tokens from ``RATSINFO_API_KEYS``.
No header means an anonymous caller who sees public content only; a known token of role
member or admin may see non-public content; any other header is rejected with 401.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.models import EVERYTHING, PUBLIC, Audience
from assistant.service import Assistant
from assistant.settings import Settings

CallerRole = Literal["anonymous", "member", "admin"]

bearer_scheme = HTTPBearer(
    auto_error=False,
    description="API token from RATSINFO_API_KEYS; without it only public content is visible.",
)


@dataclass(frozen=True)
class Caller:
    """Who is asking. Only members and admins may see non-public content; a token issued for some
    municipalities (``member@Landkreis Börde:TOKEN``) sees only theirs."""

    role: CallerRole = "anonymous"
    scope: frozenset[str] = frozenset()
    """The municipalities the token is issued for; empty: all."""

    @property
    def audience(self) -> Audience:
        """Whose non-public content this caller may see (what every read is given)."""
        if self.role == "anonymous":
            return PUBLIC
        return Audience(municipalities=self.scope) if self.scope else EVERYTHING


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_assistant(request: Request) -> Assistant:
    """The app's Assistant, built on first use (loading the model is slow; failures map to 503)."""
    return assistant_of(request.app.state)


def assistant_of(state: Any) -> Assistant:
    """The Assistant held in an app's state, built on first use."""
    assistant: Assistant | None = state.assistant
    if assistant is not None:
        return assistant
    lock: threading.Lock = state.assistant_lock
    with lock:
        if state.assistant is None:
            state.assistant = Assistant(state.settings)
            state.owns_assistant = True
        built: Assistant = state.assistant
    return built


def _unauthorized(reason: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=reason,
        headers={"WWW-Authenticate": "Bearer"},
    )


def role_for_token(token: str, tokens_by_role: dict[str, Literal["member", "admin"]]) -> CallerRole | None:
    """The role of ``token``, comparing against every known token in constant time."""
    found: CallerRole | None = None
    candidate = token.encode("utf-8")
    for known, role in tokens_by_role.items():
        if hmac.compare_digest(candidate, known.encode("utf-8")):
            found = role
    return found


def get_caller(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> Caller:
    """Anonymous without an Authorization header; 401 for a malformed or unknown token, or for
    more than one Authorization header (which one a proxy passes on is not ours to guess)."""
    return caller_for(request.headers.getlist("authorization"), settings)


def caller_for(authorization: list[str], settings: Settings) -> Caller:
    """The caller named by the Authorization header values of one request (the HTTP API and the
    MCP endpoint share it): none is anonymous; 401 for a malformed or unknown token."""
    if len(authorization) > 1:
        raise _unauthorized("send exactly one Authorization header")
    if not authorization:
        return Caller()
    scheme, _, token = authorization[0].strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized("Authorization header must be 'Bearer <token>'")
    role = role_for_token(token.strip(), settings.tokens_by_role)
    if role is None:
        raise _unauthorized("invalid API token")
    return Caller(role, settings.token_scopes.get(token.strip(), frozenset()))


def require_admin(caller: Annotated[Caller, Depends(get_caller)]) -> Caller:
    """The caller, if an admin: 401 without a token, 403 with a member's."""
    if caller.role == "anonymous":
        raise _unauthorized("an admin token is required")
    if caller.role != "admin":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="only admins may do this")
    return caller


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
AdminDep = Annotated[Caller, Depends(require_admin)]
CallerDep = Annotated[Caller, Depends(get_caller)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
