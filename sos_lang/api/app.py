"""The JSON-over-HTTP API (``sos-lang serve``): the report contract of ``check --format
json`` for case systems and note-taking tools.

Safe by default: every error is a JSON body ``{"error": {"code", "message"}}`` and never a
traceback or the request's text; bodies are size-limited before they are read; each request
has a time limit; a bearer token, when set, is checked in constant time; the access log
holds the method, path, status, size and time only. Analysis runs on one thread per worker
process (the pipeline is built once, before the first request), and check requests that
arrive while it is busy are analysed together (``Batcher``); more concurrency comes from
``--workers``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any, TypeVar

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sos_lang import __version__
from sos_lang.api.models import (
    BatchRequest,
    CheckRequest,
    ClassifyRequest,
    ErrorResponse,
    RedactRequest,
    RedactResponse,
    RewriteRequest,
    RewriteResponse,
)
from sos_lang.api.settings import MAX_BATCH_BYTES, MAX_TEXT_BYTES, ServerSettings
from sos_lang.inputs import InputError
from sos_lang.lexicon.schema import LexiconError
from sos_lang.report import Report, flat_dict
from sos_lang.rules.model import RuleError

ACCESS_LOG = logging.getLogger("sos_lang.api.access")
PUBLIC_PATHS = frozenset({"/healthz", "/readyz"})
T = TypeVar("T")


class ApiError(Exception):
    """An error the caller should see, with its HTTP status and a stable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class JsonBody(JSONResponse):
    """JSON encoded by orjson: the same bytes as Starlette's ``json.dumps`` (compact, UTF-8)
    ten times faster, which matters for a report of hundreds of sentences and findings."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def error_response(status: int, code: str, message: str) -> JsonBody:
    return JsonBody({"error": {"code": code, "message": message}}, status_code=status)


def _input_error(exc: InputError) -> ApiError:
    """An input problem as the caller's error: too long for one record is 413, the rest 400."""
    message = str(exc)
    if "characters" in message and ("cap" in message or "more than" in message):
        return ApiError(413, "too_large", message)
    return ApiError(400, "bad_input", message)


class HttpLayer:
    """A plain ASGI layer around the application that sees HTTP requests only (no
    BaseHTTPMiddleware: its task group would wrap errors raised while the body is read)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        else:
            await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class BodyLimit(HttpLayer):
    """Refuse a body over the path's limit with 413 before the application reads it: by its
    declared length, and by counting while it streams in."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = MAX_BATCH_BYTES if scope["path"].endswith("/batch") else MAX_TEXT_BYTES
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            if int(declared) <= DRAIN_BYTES:  # read and drop it, so the caller gets the 413
                while (await receive()).get("more_body"):
                    pass
            await _too_large(limit)(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise ApiError(413, "too_large", _limit_text(limit))
            return message

        await self.app(scope, counted, send)


DRAIN_BYTES = 64 * 1024 * 1024
"""A body over the limit but no larger than this is read and dropped before the 413 (an
HTTP client that is still sending would see a broken connection, not the answer)."""


def _limit_text(limit: int) -> str:
    return f"the request body is larger than the {limit // (1024 * 1024)} MB allowed"


def _too_large(limit: int) -> JsonBody:
    return error_response(413, "too_large", _limit_text(limit))


class AccessLog(HttpLayer):
    """One line a request: method, path (never the query), status, response size, time."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started, status, size = time.perf_counter(), 500, 0

        async def observed(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, observed)
        finally:
            ACCESS_LOG.info("%s %s %d %d %.1fms", scope["method"], scope["path"], status, size,
                            (time.perf_counter() - started) * 1000)


class TokenCheck(HttpLayer):
    """When the server has a token, every path but the health probes needs
    ``Authorization: Bearer <token>``, compared in constant time."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        super().__init__(app)
        self.token = token

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.token and scope["path"] not in PUBLIC_PATHS:
            sent = dict(scope.get("headers", [])).get(b"authorization", b"")
            if not hmac.compare_digest(sent, f"Bearer {self.token}".encode()):
                await error_response(401, "unauthorized", "a valid bearer token is required"
                                     )(scope, receive, send)
                return
        await self.app(scope, receive, send)


class Guard(HttpLayer):
    """Turn any error raised below into a JSON body, never a traceback: ApiError keeps its
    status; anything else is a 500 whose log line names only the exception's type (its
    message could quote the text)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except ApiError as exc:
            if not started:
                await error_response(exc.status, exc.code, exc.message)(scope, receive, send)
        except Exception as exc:  # the last line of defence: no traceback reaches a caller
            logging.getLogger("sos_lang.api").error("internal error: %s", type(exc).__name__)
            if not started:
                await error_response(500, "internal", "internal error; nothing of the "
                                     "request was logged")(scope, receive, send)


class Worker:
    """Runs analysis on one thread with a time limit per request."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1,
                                                          thread_name_prefix="sos-lang")
        self.ready = False

    async def run(self, work: Callable[[], T]) -> T:
        return await self.wait(asyncio.wrap_future(self.pool.submit(work)))

    async def wait(self, future: Awaitable[T]) -> T:
        """A result within the request's time limit, its errors as the caller's errors."""
        try:
            return await asyncio.wait_for(future, self.settings.timeout_seconds)
        except TimeoutError:
            raise ApiError(504, "timeout", f"the request took longer than "
                           f"{self.settings.timeout_seconds:g} s") from None
        except InputError as exc:
            raise _input_error(exc) from None
        except (RuleError, LexiconError) as exc:  # names the file, entry and field only
            raise ApiError(500, "bad_config", f"the server's config is invalid: {exc}"
                           ) from None

    def warm(self) -> None:
        """Build both pipelines and load the classifier and the entity model once."""
        from sos_lang.analysis import analyse
        from sos_lang.redact import redact

        for profile in ("fast", "accurate"):
            analyse("Mum said Sam is safe at home.", profile=profile,
                    config_path=self.settings.config_path)
        redact("Sam Smith lives at home.")
        self.ready = True


Pending = tuple[tuple[str, str | None], str, "asyncio.Future[Report]"]


class Batcher:
    """Check requests that arrive while the analysis thread is busy are analysed together
    when it is free: ``analyse_many`` runs them through the pipeline and the classifier in
    one batch (a third faster a text than one at a time), and each keeps its own report
    (the same as ``analyse`` gives), its own error and its own time limit."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.pending: list[Pending] = []
        self.busy = False

    async def analyse(self, text: str, profile: str, record_type: str | None) -> Report:
        future: asyncio.Future[Report] = asyncio.get_running_loop().create_future()
        self.pending.append(((profile, record_type), text, future))
        if not self.busy:
            self._next()
        return await self.worker.wait(future)

    def _next(self) -> None:
        batch, self.pending = self.pending, []
        self.busy = True
        loop = asyncio.get_running_loop()
        done = self.worker.pool.submit(self._analyse_batch, batch)

        def deliver(_: object) -> None:
            with contextlib.suppress(RuntimeError):  # the server stopped while it ran
                loop.call_soon_threadsafe(self._finish, batch, done)

        done.add_done_callback(deliver)

    def _analyse_batch(self, batch: list[Pending]) -> list[Report | Exception]:
        from sos_lang.analysis import analyse, analyse_many
        from sos_lang.inputs import check_record

        config = self.worker.settings.config_path
        results: list[Report | Exception] = [InputError("not analysed")] * len(batch)
        groups: dict[tuple[str, str | None], list[int]] = {}
        for index, (key, text, _) in enumerate(batch):
            try:
                check_record(text)
                groups.setdefault(key, []).append(index)
            except InputError as exc:
                results[index] = exc
        for (profile, record_type), indices in groups.items():
            try:
                reports = analyse_many([batch[i][1] for i in indices], profile=profile,
                                       config_path=config, record_type=record_type)
                for index, report in zip(indices, reports, strict=True):
                    results[index] = report
            except Exception:  # one text's failure must not fail the others: one at a time
                for index in indices:
                    try:
                        results[index] = analyse(batch[index][1], profile=profile,
                                                 config_path=config, record_type=record_type)
                    except Exception as exc:
                        results[index] = exc
        return results

    def _finish(self, batch: list[Pending],
                done: concurrent.futures.Future[list[Report | Exception]]) -> None:
        self.busy = False
        try:
            results: list[Report | BaseException] = list(done.result())
        except BaseException as exc:
            results = [exc] * len(batch)
        for (_, _, future), result in zip(batch, results, strict=True):
            if future.done():  # its caller timed out
                continue
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)
        if self.pending:
            self._next()


def _known_record_type(record_type: str | None, config_path: str | None) -> None:
    """400 for a record type the server does not know (record_types.py)."""
    from sos_lang.record_types import resolve

    try:
        resolve(record_type, config_path)
    except InputError as exc:
        raise ApiError(400, "unknown_record_type", str(exc)) from None


def _report_schema() -> dict[str, Any]:
    schema = json.loads(resources.files("sos_lang").joinpath("data", "report.schema.json")
                        .read_text(encoding="utf-8"))
    return {key: value for key, value in schema.items() if not key.startswith("$")}


def _entry_dict(entry: Any) -> dict[str, Any]:
    return {"rule_id": entry.rule_id, "vocabulary": entry.vocabulary, "kind": entry.kind,
            "subtype": entry.subtype, "severity": entry.severity, "terms": entry.terms_text,
            "expansion": entry.expansion, "alternatives": list(entry.alternatives),
            "why": entry.note, "source": entry.source,
            "exceptions": list(entry.exceptions), "rewrite": dict(entry.rewrite),
            "examples": {"flag": list(entry.examples.flag),
                         "no_flag": list(entry.examples.no_flag)}}


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": why} for status, why in (
        (400, "empty text, undecodable upload, unknown record type, malformed JSON"),
        (401, "a token is required and was missing or wrong"),
        (413, "the body or a text is too large"),
        (422, "a field is missing, unknown or of the wrong type"),
        (504, "the request took longer than the time limit"))}


def create_app(settings: ServerSettings | None = None, warm: bool = True) -> FastAPI:
    """The API with ``settings`` (default: from the environment ``sos-lang serve`` sets)."""
    settings = settings or ServerSettings.from_environment()
    worker = Worker(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if warm:
            await asyncio.wrap_future(worker.pool.submit(worker.warm))
        else:
            worker.ready = True
        yield
        worker.pool.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="sos_lang", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/v1/openapi.json",
                  description="Check case records and drafts the Signs of Safety way. "
                              "Runs offline; no request text is logged.")
    app.state.worker = worker
    batcher = Batcher(worker)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JsonBody:
        error = validation_error(exc.errors())
        return error_response(error.status, error.code, error.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JsonBody:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JsonBody:
        return error_response(exc.status, exc.code, exc.message)

    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """The process answers."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], responses={503: {"model": ErrorResponse}})
    async def readyz() -> Any:
        """Ready once the pipelines and the model are loaded."""
        if not worker.ready:
            return error_response(503, "not_ready", "the model is still loading")
        return {"status": "ready", "version": __version__}

    @app.post("/v1/check", tags=["check"], responses={
        200: {"description": "The report, exactly as `check --format json` prints it.",
              "content": {"application/json": {"schema": _report_schema()}}}, **ERRORS},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": CheckRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": "a .txt, .md or .docx file"},
                               "profile": {"type": "string", "enum": ["accurate", "fast"]},
                               "record_type": {"type": "string"}}}}}}})
    async def check(request: Request) -> Any:
        """One text (JSON) or one uploaded .txt/.md/.docx file (multipart): its report."""
        body = await _check_request(request)
        _known_record_type(body.record_type, settings.config_path)
        report = await batcher.analyse(body.text, body.profile, body.record_type)
        return JsonBody(report.to_dict())

    @app.post("/v1/check/batch", tags=["check"], responses=ERRORS,
              response_model=dict[str, list[dict[str, Any]]])
    async def check_batch(body: BatchRequest) -> JsonBody:
        """Up to 100 texts: a report each, in order; a text that cannot be checked gets an
        error in its place and the others are still checked."""
        from sos_lang.analysis import analyse_many
        from sos_lang.inputs import check_record

        _known_record_type(body.record_type, settings.config_path)

        def work() -> list[dict[str, Any]]:
            results: list[dict[str, Any] | None] = [None] * len(body.texts)
            good = []
            for index, text in enumerate(body.texts):
                try:
                    check_record(text, f"texts[{index}]")
                    good.append(index)
                except InputError as exc:
                    error = _input_error(exc)
                    results[index] = {"error": {"code": error.code, "message": error.message}}
            reports = analyse_many([body.texts[i] for i in good], profile=body.profile,
                                   config_path=settings.config_path,
                                   record_type=body.record_type)
            for index, report in zip(good, reports, strict=True):
                results[index] = report.to_dict()
            return [result for result in results if result is not None]

        return JsonBody({"reports": await worker.run(work)})

    @app.post("/v1/classify", tags=["classify"], responses=ERRORS)
    async def classify(body: ClassifyRequest) -> list[dict[str, Any]]:
        """Sentences in, a label each out (as ``classify --format jsonl``)."""
        from sos_lang.statements.model import classify_sentences

        results = await worker.run(lambda: classify_sentences(body.sentences))
        return [result.to_dict() for result in results]

    @app.post("/v1/rewrite", tags=["rewrite"], responses=ERRORS)
    async def rewrite(body: RewriteRequest) -> RewriteResponse:
        """The text with only the safe plain-word replacements made, and the changes."""
        from sos_lang.analysis import analyse
        from sos_lang.rewrite import apply_replacements, plan_rewrite

        def work() -> RewriteResponse:
            changes = plan_rewrite(analyse(body.text, profile=body.profile,
                                           config_path=settings.config_path))
            return RewriteResponse(text=apply_replacements(body.text, changes),
                                   changes=[flat_dict(change) for change in changes])

        return await worker.run(work)

    @app.post("/v1/redact", tags=["redact"], responses=ERRORS)
    async def redact_text(body: RedactRequest) -> RedactResponse:
        """Personal details replaced by typed placeholders; where they were (no text)."""
        from sos_lang.inputs import check_record
        from sos_lang.redact import redact

        def work() -> RedactResponse:
            redacted, spans = redact(check_record(body.text, "text"), body.family_names)
            return RedactResponse(text=redacted, spans=[
                {"start": span.start, "end": span.end, "type": span.kind} for span in spans])

        return await worker.run(work)

    @app.get("/v1/lexicon", tags=["lexicon"], responses=ERRORS)
    async def lexicon() -> list[dict[str, Any]]:
        """Every vocabulary entry in force, the server's central overrides applied."""
        from sos_lang.rules.config import active_lexicon

        entries = await worker.run(lambda: active_lexicon(settings.config_path).entries)
        return [_entry_dict(entry) for entry in entries]

    @app.get("/v1/lexicon/{rule_id}", tags=["lexicon"],
             responses={404: {"model": ErrorResponse}, **ERRORS})
    async def lexicon_entry(rule_id: str) -> dict[str, Any]:
        """One vocabulary entry, by its id (``jargon.complex-prior-to``)."""
        from sos_lang.rules.config import active_lexicon

        lexicon = await worker.run(lambda: active_lexicon(settings.config_path))
        try:
            return _entry_dict(lexicon.get(rule_id))
        except KeyError:
            raise ApiError(404, "unknown_rule", f"no vocabulary entry {rule_id[:80]!r}"
                           ) from None

    app.add_middleware(TokenCheck, token=settings.token)
    for middleware in (Guard, BodyLimit, AccessLog):
        app.add_middleware(middleware)
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["authorization", "content-type"])
    return app


def validation_error(errors: Any) -> ApiError:
    """Pydantic's errors as the caller's: malformed JSON is 400; anything else 422 naming
    the fields (never echoing the input, which may be the record)."""
    errors = list(errors)
    if any(error.get("type") == "json_invalid" for error in errors):
        return ApiError(400, "bad_json", "the body is not valid JSON")
    return ApiError(422, "invalid", "; ".join(
        f"{'.'.join(str(part) for part in error.get('loc', ()))}: "
        f"{error.get('msg', 'invalid')}" for error in errors[:10]))


async def _check_request(request: Request) -> CheckRequest:
    """A check request from a JSON body or from a multipart upload of one file."""
    from sos_lang.inputs import text_from_bytes

    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=4)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "invalid", "file: a .txt, .md or .docx file is required")
        data = await upload.read()
        try:
            text = text_from_bytes(data, upload.filename or "upload")
        except InputError as exc:
            raise _input_error(exc) from None
        fields = {key: value for key, value in form.items() if key != "file"}
        try:
            return CheckRequest.model_validate({"text": text, **fields})
        except ValidationError as exc:
            raise validation_error(exc.errors()) from None
    try:
        return CheckRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise validation_error(exc.errors()) from None


def app_from_environment() -> FastAPI:
    """The factory each ``sos-lang serve`` worker process calls."""
    return create_app(ServerSettings.from_environment())
