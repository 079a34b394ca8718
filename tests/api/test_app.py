"""The HTTP API in process (FastAPI's test client): every endpoint, the report identical
to ``check --format json``, auth, limits, JSON errors, no text in the logs, OpenAPI."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sos_lang.analysis import analyse
from sos_lang.api.app import create_app
from sos_lang.api.settings import MAX_TEXT_BYTES, ServerSettings
from sos_lang.cli import main

DRAFT = ("Mum was non-compliant and failed to engage; the LAC review is prior to contact. "
         "On 2 March Dad hit Sam and Sam told his teacher. Sam loves football.")
TOKEN = "a-long-test-token-0123456789"


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(ServerSettings(), warm=True)) as test_client:
        yield test_client


def _error(response) -> dict[str, str]:  # type: ignore[no-untyped-def]
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return body["error"]


def test_check_returns_exactly_what_the_cli_prints(client: TestClient, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    response = client.post("/v1/check", json={"text": DRAFT})
    assert response.status_code == 200
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    main(["check", str(draft), "--format", "json", "--fail-on", "never"])
    assert response.json() == json.loads(capsys.readouterr().out)
    fast = client.post("/v1/check", json={"text": DRAFT, "profile": "fast"}).json()
    assert fast == analyse(DRAFT, profile="fast").to_dict()


def test_check_takes_an_uploaded_text_or_word_file(client: TestClient) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(DRAFT)
    buffer = io.BytesIO()
    document.save(buffer)
    expected = analyse(DRAFT, profile="fast").to_dict()
    for name, data in (("draft.txt", DRAFT.encode("cp1252")), ("draft.docx", buffer.getvalue())):
        response = client.post("/v1/check", files={"file": (name, data)},
                               data={"profile": "fast"})
        assert response.status_code == 200, response.text
        assert response.json() == expected


def test_batch_reports_each_text_in_order_and_an_error_in_place_of_a_bad_one(
        client: TestClient) -> None:
    texts = ["Dad hit Mum on Monday.", "   ", "Sam loves football."]
    response = client.post("/v1/check/batch", json={"texts": texts})
    assert response.status_code == 200
    reports = response.json()["reports"]
    assert len(reports) == 3
    assert reports[0] == analyse(texts[0], profile="fast").to_dict()
    assert reports[1]["error"]["code"] == "bad_input"
    assert reports[2] == analyse(texts[2], profile="fast").to_dict()
    too_many = client.post("/v1/check/batch", json={"texts": ["a."] * 101})
    assert too_many.status_code == 422 and "texts" in _error(too_many)["message"]


def test_classify_rewrite_and_redact(client: TestClient) -> None:
    from sos_lang.statements.model import classify_sentences

    sentences = ["Dad hit Mum on Monday.", "Mum lacks insight."]
    labels = client.post("/v1/classify", json={"sentences": sentences}).json()
    assert labels == [c.to_dict() for c in classify_sentences(sentences)]
    rewritten = client.post("/v1/rewrite", json={"text": "We met prior to the review."}).json()
    assert rewritten["text"] == "We met before the review."
    assert rewritten["changes"][0]["original"] == "prior to"
    redacted = client.post("/v1/redact", json={"text": "Call Jo Bloggs on 07700 900123.",
                                               "family_names": ["Bloggs"]}).json()
    assert "07700" not in redacted["text"] and "Bloggs" not in redacted["text"]
    assert {span["type"] for span in redacted["spans"]} == {"NAME", "PHONE"}
    assert all(set(span) == {"start", "end", "type"} for span in redacted["spans"])


def test_lexicon_lists_entries_and_shows_one(client: TestClient) -> None:
    entries = client.get("/v1/lexicon").json()
    ids = {entry["rule_id"] for entry in entries}
    assert "jargon.complex-prior-to" in ids
    one = client.get("/v1/lexicon/jargon.complex-prior-to").json()
    assert one["alternatives"] and one["source"] and one["examples"]["flag"]
    missing = client.get("/v1/lexicon/no.such-rule")
    assert missing.status_code == 404 and _error(missing)["code"] == "unknown_rule"


def test_the_central_config_applies_to_every_caller(tmp_path: Path) -> None:
    config = tmp_path / "sos-lang.toml"
    config.write_text('disable = ["jargon.complex-prior-to"]\n', encoding="utf-8")
    with TestClient(create_app(ServerSettings(config_path=str(config)), warm=False)) as local:
        report = local.post("/v1/check", json={"text": "We met prior to the review.",
                                               "profile": "fast"}).json()
        assert not any(f["rule_id"] == "jargon.complex-prior-to" for f in report["findings"])
        assert local.get("/v1/lexicon/jargon.complex-prior-to").status_code == 404


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"


def test_readiness_waits_for_the_model() -> None:
    app = create_app(ServerSettings(), warm=True)
    with TestClient(app) as warm_client:  # the lifespan loads everything before serving
        assert app.state.worker.ready
        assert warm_client.get("/readyz").status_code == 200


def test_a_token_is_required_when_set_and_compared_exactly() -> None:
    with TestClient(create_app(ServerSettings(token=TOKEN), warm=False)) as secured:
        body = {"text": "Sam loves football.", "profile": "fast"}
        assert secured.post("/v1/check", json=body).status_code == 401
        wrong = secured.post("/v1/check", json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and _error(wrong)["code"] == "unauthorized"
        right = secured.post("/v1/check", json=body,
                             headers={"Authorization": f"Bearer {TOKEN}"})
        assert right.status_code == 200
        assert secured.get("/healthz").status_code == 200  # probes stay open


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"text": "   "}, 400, "bad_input"),
    ({"text": "Sam is safe.", "record_type": "shopping list"}, 400, "unknown_record_type"),
    ({"text": "Sam is safe.", "colour": "red"}, 422, "invalid"),
    ({"text": 42}, 422, "invalid"),
    ({}, 422, "invalid"),
    ({"text": "Sam is safe.", "profile": "quick"}, 422, "invalid"),
])
def test_bad_requests_get_a_json_error_naming_the_problem(client: TestClient, body: dict,
                                                          status: int, code: str) -> None:
    response = client.post("/v1/check", json=body)
    assert response.status_code == status
    assert _error(response)["code"] == code


def test_malformed_json_and_undecodable_uploads_are_400(client: TestClient) -> None:
    response = client.post("/v1/check", content=b"{not json",
                           headers={"content-type": "application/json"})
    assert response.status_code == 400 and _error(response)["code"] == "bad_json"
    upload = client.post("/v1/check", files={"file": ("draft.txt", b"\x00\x01binary\x00")})
    assert upload.status_code == 400 and "draft.txt" in _error(upload)["message"]
    broken = client.post("/v1/check", files={"file": ("draft.docx", b"PK\x03\x04broken")})
    assert broken.status_code == 400


def test_a_body_over_the_limit_is_413_declared_or_streamed(client: TestClient) -> None:
    big = "a" * (MAX_TEXT_BYTES + 10)
    declared = client.post("/v1/check", json={"text": big})
    assert declared.status_code == 413 and _error(declared)["code"] == "too_large"

    def chunks():  # no Content-Length: counted while it streams in
        yield b'{"text": "'
        for _ in range(5):
            yield b"a" * (MAX_TEXT_BYTES // 4)
        yield b'"}'

    streamed = client.post("/v1/check", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413
    assert client.post("/v1/check/batch", json={"texts": ["a"] * 2}).status_code == 200


def test_a_request_over_the_time_limit_is_504() -> None:
    with TestClient(create_app(ServerSettings(timeout_seconds=0.001), warm=False)) as slow:
        response = slow.post("/v1/check", json={"text": DRAFT * 200, "profile": "accurate"})
        assert response.status_code == 504 and _error(response)["code"] == "timeout"


def test_unknown_paths_and_methods_are_json_errors(client: TestClient) -> None:
    assert _error(client.get("/v1/nothing"))["code"] == "not_found"
    assert _error(client.get("/v1/check"))["code"] == "method_not_allowed"


def test_no_request_text_reaches_any_log(client: TestClient,
                                         caplog: pytest.LogCaptureFixture) -> None:
    marker = "Zqxmarker Vorlinsk"
    caplog.set_level(logging.DEBUG)
    for path, body in (("/v1/check", {"text": f"{marker} was non-compliant."}),
                       ("/v1/redact", {"text": f"{marker} lives here."}),
                       ("/v1/check", {"text": marker, "record_type": marker}),
                       ("/v1/check", {"text": marker, "unknown": marker})):
        client.post(path, json=body)
    assert "POST /v1/check" in caplog.text  # the access line is there
    assert "Zqxmarker" not in caplog.text and "Vorlinsk" not in caplog.text


def test_cors_is_off_unless_origins_are_configured(client: TestClient) -> None:
    origin = {"Origin": "https://case-system.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in client.options("/v1/check",
                                                               headers=origin).headers
    settings = ServerSettings(cors_origins=("https://case-system.example",))
    with TestClient(create_app(settings, warm=False)) as open_client:
        allowed = open_client.options("/v1/check", headers=origin)
        assert allowed.headers["access-control-allow-origin"] == "https://case-system.example"


def test_the_openapi_file_in_docs_is_the_apps_and_uses_the_report_schema(
        client: TestClient) -> None:
    schema = client.get("/v1/openapi.json").json()
    docs = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
    assert json.loads(docs.read_text(encoding="utf-8")) == schema, (
        "docs/openapi.json is stale: python scripts/write_openapi.py")
    report = json.loads((Path(__file__).resolve().parents[2] / "sos_lang" / "data"
                         / "report.schema.json").read_text(encoding="utf-8"))
    check_200 = schema["paths"]["/v1/check"]["post"]["responses"]["200"]
    served = check_200["content"]["application/json"]["schema"]
    assert served == {key: value for key, value in report.items() if not key.startswith("$")}
    assert {"/v1/check", "/v1/check/batch", "/v1/classify", "/v1/rewrite", "/v1/redact",
            "/v1/lexicon", "/v1/lexicon/{rule_id}", "/healthz", "/readyz"} <= set(
        schema["paths"])


def test_concurrent_checks_are_analysed_together_each_with_its_own_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests that arrive while the analysis thread is busy share one batch: every report
    is what ``analyse`` gives, and a bad text gets its own error without failing the rest."""
    import asyncio

    import sos_lang.analysis
    from sos_lang.api.app import Batcher, Worker

    texts = ["Dad hit Mum on Monday.", "Sam loves football.", "   ",
             "Mum was non-compliant and failed to engage.", "We met prior to the review."]
    batches: list[int] = []
    real = sos_lang.analysis.analyse_many

    def counted(many, **kwargs):  # type: ignore[no-untyped-def]
        many = list(many)
        batches.append(len(many))
        return real(many, **kwargs)

    monkeypatch.setattr(sos_lang.analysis, "analyse_many", counted)
    batcher = Batcher(Worker(ServerSettings()))

    async def all_at_once() -> list:
        return await asyncio.gather(*(batcher.analyse(text, "fast", None) for text in texts),
                                    return_exceptions=True)

    results = asyncio.run(all_at_once())
    assert results[2].__class__.__name__ == "ApiError" and results[2].status == 400
    for text, result in zip(texts, results, strict=True):
        if text.strip():
            assert result.to_dict() == analyse(text, profile="fast").to_dict()
    assert sum(batches) == 4 and len(batches) < 4  # the first alone, then the rest together
