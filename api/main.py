"""The FastAPI application factory: routers, error handlers and the static chat page.

``uvicorn --factory api.main:create_app`` serves it with settings from the environment;
tests call ``create_app(settings, assistant)`` with their own.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route

from api.deps import assistant_of
from api.limits import LimitsMiddleware
from api.mcp_server import RequireValidToken, build_mcp, http_app, http_caller
from api.routes import api_router
from api.staff_pages import STAFF_PAGES, render_staff_page
from assistant.errors import ConfigError, NotFoundError, RatsinfoError, StoreError
from assistant.service import Assistant
from assistant.settings import Settings

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    if app.state.warm_up:  # a served worker: load the model and build the index before listening
        warmed = Assistant(app.state.settings)
        warmed.warm_up()
        app.state.assistant, app.state.owns_assistant = warmed, True
    _start_mcp(app)  # a session manager runs once: every start of the app gets a new one
    async with app.state.mcp.session_manager.run():
        yield
    assistant: Assistant | None = app.state.assistant
    if assistant is not None and app.state.owns_assistant:
        assistant.kb.close()
        app.state.assistant = None


def _error(status_code: int, detail: str) -> JSONResponse:
    return JSONResponse(status_code=status_code, content={"detail": detail})


async def not_found_handler(request: Request, exc: Exception) -> JSONResponse:
    return _error(status.HTTP_404_NOT_FOUND, str(exc) or "not found")


async def unavailable_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("service unavailable", extra={"path": request.url.path, "error": str(exc)})
    return _error(status.HTTP_503_SERVICE_UNAVAILABLE, f"service unavailable: {exc}")


async def bad_request_handler(request: Request, exc: Exception) -> JSONResponse:
    return _error(status.HTTP_400_BAD_REQUEST, str(exc) or type(exc).__name__)


async def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 with pydantic's errors, each input echoed only where JSON can carry it: ``1e309``,
    ``NaN`` or a lone surrogate would otherwise make the error response itself fail."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    return JSONResponse(
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        content={"detail": [_echoable(error) for error in errors]},
    )


def _echoable(error: Any) -> dict[str, Any]:
    loc = [part if isinstance(part, int) else _json_safe(part) for part in error.get("loc", ())]
    out: dict[str, Any] = {"type": error.get("type", ""), "loc": loc, "msg": _json_safe(error.get("msg", ""))}
    if "input" in error:
        out["input"] = _json_safe(error["input"])
    return out


def _json_safe(value: Any) -> Any:
    """``value`` when JSON represents it faithfully, else its (ASCII) ``repr``."""
    try:
        json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError):
        return ascii(value)[:200]
    return value


def _openapi_with_optional_auth(app: FastAPI, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The schema, saying that the bearer token is optional: an empty security requirement next to
    it lets anonymous callers in (they see public content only)."""
    if app.openapi_schema is None:
        schema = build()
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                if isinstance(operation, dict) and operation.get("security") and {} not in operation["security"]:
                    operation["security"].append({})
        app.openapi_schema = schema
    return app.openapi_schema


def create_served_app() -> FastAPI:
    """What each ``ratsinfo serve`` worker process runs: settings from the environment, the model
    loaded and the index built before the worker takes requests."""
    return create_app(Settings(), warm_up=True)  # type: ignore[call-arg]


def create_app(
    settings: Settings | None = None, assistant: Assistant | None = None, warm_up: bool = False
) -> FastAPI:
    """Build the app. Without ``assistant`` one is created on start-up (``warm_up``) or on the first
    request that needs it."""
    if settings is None:
        settings = assistant.settings if assistant is not None else Settings()  # type: ignore[call-arg]
    app = FastAPI(
        title="Ratsinfo-Assistent",
        summary="Questions about council documents, answered with verbatim citations.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.owns_assistant = False
    app.state.warm_up = warm_up and assistant is None
    app.state.assistant_lock = threading.Lock()

    app.add_exception_handler(NotFoundError, not_found_handler)
    app.add_exception_handler(ConfigError, unavailable_handler)
    app.add_exception_handler(StoreError, unavailable_handler)
    app.add_exception_handler(RatsinfoError, bad_request_handler)
    app.add_exception_handler(RequestValidationError, validation_handler)

    app.include_router(api_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_pages(app, settings)
    _add_mcp(app, settings)
    _add_middleware(app, settings)

    app.openapi = partial(_openapi_with_optional_auth, app, app.openapi)  # type: ignore[method-assign]
    return app


PAGES = {"/": "index.html", "/widget-demo": "widget-demo.html"}
"""The pages kept as files: the chat (also the widget's frame) and the widget demo; the staff
lists are rendered from one template (``api/staff_pages.py``)."""


def _frame_ancestors(origins: list[str]) -> str:
    return "frame-ancestors " + ("*" if "*" in origins else " ".join(["'self'", *origins]))


def _add_pages(app: FastAPI, settings: Settings) -> None:
    """The file pages and the staff lists; only the chat page may be framed by the widget's
    allowed origins."""
    for path, name in PAGES.items():
        policy = _frame_ancestors(settings.widget_origin_list if path == "/" else [])
        app.add_api_route(path, _file_page(name, policy), methods=["GET"], include_in_schema=False)
    for page in STAFF_PAGES:
        html = _rendered_page(render_staff_page(page), _frame_ancestors([]))
        app.add_api_route(page.path, html, methods=["GET"], include_in_schema=False)


def _file_page(name: str, policy: str) -> Callable[[], FileResponse]:
    """A route for one file in ``static/``. It takes no arguments: FastAPI would read a
    parameter of the route function from the query string."""

    def page() -> FileResponse:
        headers = {"Content-Security-Policy": policy}
        return FileResponse(STATIC_DIR / name, media_type="text/html", headers=headers)

    return page


def _rendered_page(html: str, policy: str) -> Callable[[], HTMLResponse]:
    """A route for a page rendered once; no arguments, for the same reason as ``_file_page``."""

    def page() -> HTMLResponse:
        return HTMLResponse(html, headers={"Content-Security-Policy": policy})

    return page


def _add_mcp(app: FastAPI, settings: Settings) -> None:
    """The MCP tools at ``/mcp`` (streamable HTTP), with the rights of the request's token."""
    app.state.mcp = build_mcp(partial(assistant_of, app.state), http_caller(settings))
    route = Route("/mcp", _start_mcp(app), include_in_schema=False)
    app.state.mcp_route = route
    app.router.routes.append(route)


def _start_mcp(app: FastAPI) -> RequireValidToken:
    """A fresh streamable HTTP endpoint (with its own session manager) for the MCP server; the
    ``/mcp`` route, once added, is pointed at it."""
    settings = app.state.settings
    endpoint = RequireValidToken(http_app(app.state.mcp, settings).routes[0].app, settings)  # type: ignore[attr-defined]
    route: Route | None = getattr(app.state, "mcp_route", None)
    if route is not None:
        route.app = endpoint
    return endpoint


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    """CORS outermost (a 429 or 413 still carries its headers, so a portal's script can read
    Retry-After), then the limits, which turn a flood away before anything else runs."""
    app.add_middleware(
        LimitsMiddleware,
        max_request_bytes=settings.max_request_bytes,
        per_minute=settings.rate_limit_per_minute,
        burst=settings.rate_limit_burst,
        trust_forwarded_for=settings.trust_forwarded_for,
    )
    origins = settings.cors_origin_list
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"] if "*" in origins else origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Mcp-Session-Id", "Mcp-Protocol-Version"],
            expose_headers=["Retry-After", "Content-Disposition", "Mcp-Session-Id"],
            max_age=600,
        )
