"""The request bodies the API accepts: strict (unknown fields are refused, 422 naming the
field), and the response shapes other than the report, whose contract is
``data/report.schema.json``."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sos_lang.api.settings import MAX_BATCH_TEXTS

Profile = Literal["accurate", "fast"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class CheckRequest(Strict):
    text: str = Field(description="The record or draft to check.")
    record_type: str | None = Field(default=None, description="The kind of record.")
    profile: Profile = Field(default="accurate",
                             description="accurate (the parser) or fast (no parser).")


class BatchRequest(Strict):
    texts: list[str] = Field(min_length=1, max_length=MAX_BATCH_TEXTS)
    record_type: str | None = None
    profile: Profile = "fast"


class ClassifyRequest(Strict):
    sentences: list[str] = Field(min_length=1, max_length=10_000)


class RewriteRequest(Strict):
    text: str
    profile: Profile = "accurate"


class RedactRequest(Strict):
    text: str
    family_names: list[str] = Field(default_factory=list, max_length=200)


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Change(BaseModel):
    rule_id: str
    start: int
    end: int
    original: str
    replacement: str


class RewriteResponse(BaseModel):
    text: str
    changes: list[Change]


class RedactedSpanOut(BaseModel):
    start: int
    end: int
    type: str


class RedactResponse(BaseModel):
    text: str
    spans: list[RedactedSpanOut]
