"""Keys and keyed hashes for the audit: worker pseudonyms and each record's content hash.

The store keeps a pseudonym instead of a worker's name, and a content hash so a
re-run skips what is unchanged; both are computed here and nowhere else, both keyed with
the same key, so neither confirms a guessed name or text without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

from sos_lang.audit.groups import normalise_value
from sos_lang.audit.readers import AuditItem
from sos_lang.store import StoreError


def pseudonym_key(explicit: str | None = None) -> bytes:
    """The key for worker pseudonyms and content hashes: given, $SOS_LANG_PSEUDONYM_KEY, or
    a private key file, created on first use."""
    if explicit:
        return explicit.encode()
    if os.environ.get("SOS_LANG_PSEUDONYM_KEY"):
        return os.environ["SOS_LANG_PSEUDONYM_KEY"].encode()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "sos_lang"
    path = base / "pseudonym.key"
    if not path.is_file():
        _create_key_file(path)
    key = path.read_text(encoding="ascii").strip()
    if not key:
        raise StoreError(f"the pseudonym key file {path} is empty; restore it from a backup "
                         "(a new key changes every worker pseudonym and content hash)")
    return key.encode()


def _create_key_file(path: Path) -> None:
    """Write a new random key atomically: a complete private file is linked into place, so
    processes starting at once all read the one key that won, never a half-written one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".pseudonym.key.")
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as stream:  # mkstemp: mode 0600
            stream.write(secrets.token_hex(32))
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileExistsError):  # another process won: use its key
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def pseudonymise(name: str | None, key: bytes) -> str | None:
    """A keyed hash of a worker's name: stable per key, not reversible without it."""
    if not name:
        return None
    normalised = " ".join(name.lower().split())
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()[:16]


def content_hash(item: AuditItem, key: bytes) -> str:
    """Keyed hash (HMAC-SHA256, the pseudonym key) of the text and the metadata stored with
    it: a change to either re-analyses. Keyed, so a stored hash cannot confirm a guess of a
    record's text or worker without the key. Grouping values count only when there are
    some, so adding --group-cols re-analyses (and stores them) while hashes of records
    audited without them are unchanged."""
    digest = hmac.new(key, digestmod=hashlib.sha256)
    groups = [f"{name}={normalise_value(cell)}" for name, cell in sorted(item.groups.items())]
    for part in (item.text or "", item.team or "", str(item.date or ""),
                 item.record_type or "", item.worker or "", *groups):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\x1f")
    return digest.hexdigest()
